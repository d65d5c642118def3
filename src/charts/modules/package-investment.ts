import { eventBars } from "../kinds/event-bars.ts";

/** Investment in the projects opened at each event (Cooperative Week, Fajr decade, others). */
export default eventBars({
  id: "package-investment",
  theme: "investment",
  title: "سرمایه‌گذاری طرح‌های افتتاح‌شده در هر رویداد",
  subtitle: "بستهٔ افتتاح هفتهٔ تعاون، دههٔ فجر و برنامه‌های دیگر در لرستان، به میلیارد تومان",
  indicator: "package-investment",
  place: "lorestan",
  unitLabel: "میلیارد تومان",
  noun: "سرمایه‌گذاری",
});
