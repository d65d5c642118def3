import { eventBars } from "../kinds/event-bars.ts";

/** Number of projects opened at each event. */
export default eventBars({
  id: "package-projects",
  theme: "investment",
  title: "طرح‌های افتتاح‌شده در هر رویداد",
  subtitle: "تعداد طرح‌های تعاونی افتتاح‌شده در هفتهٔ تعاون، دههٔ فجر و برنامه‌های دیگر در لرستان",
  indicator: "package-projects",
  place: "lorestan",
  unitLabel: "طرح",
  noun: "تعداد طرح",
});
