import { eventBars } from "../kinds/event-bars.ts";

/** Members of the cooperatives whose projects were opened at each event. */
export default eventBars({
  id: "package-members",
  theme: "jobs",
  title: "اعضای تعاونی‌های طرح‌های افتتاح‌شده در هر رویداد",
  subtitle: "اعضای تعاونی‌هایی که طرحشان در هفتهٔ تعاون، دههٔ فجر و برنامه‌های دیگر در لرستان افتتاح شد",
  indicator: "package-members",
  place: "lorestan",
  unitLabel: "نفر",
  noun: "اعضا",
});
