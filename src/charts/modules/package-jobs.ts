import { eventBars } from "../kinds/event-bars.ts";

/** Jobs of the projects opened at each event. */
export default eventBars({
  id: "package-jobs",
  theme: "jobs",
  title: "اشتغال طرح‌های افتتاح‌شده در هر رویداد",
  subtitle: "فرصت‌های شغلی طرح‌های تعاونی افتتاح‌شده در هفتهٔ تعاون، دههٔ فجر و برنامه‌های دیگر در لرستان",
  indicator: "package-jobs",
  place: "lorestan",
  unitLabel: "فرصت شغلی",
  noun: "اشتغال",
});
