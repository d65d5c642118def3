import { periodBars } from "../kinds/period-bars.ts";

/** Jobs in the cooperatives formed in each published period. */
export default periodBars({
  id: "jobs-new-coops",
  theme: "jobs",
  title: "اشتغال تعاونی‌های تازه تشکیل‌شده در لرستان",
  subtitle: "فرصت‌های شغلی تعاونی‌هایی که در هر دوره تشکیل شده‌اند، با دورهٔ هر رقم همان‌طور که منتشر شده",
  indicator: "jobs-new-coops",
  place: "lorestan",
  unitLabel: "فرصت شغلی",
  noun: "اشتغال تعاونی‌های تازه",
});
