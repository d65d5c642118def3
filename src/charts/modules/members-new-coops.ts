import { periodBars } from "../kinds/period-bars.ts";

/** Members of the cooperatives formed in each published period. */
export default periodBars({
  id: "members-new-coops",
  theme: "jobs",
  title: "اعضای تعاونی‌های تازه تشکیل‌شده در لرستان",
  subtitle: "اعضای تعاونی‌هایی که در هر دوره تشکیل شده‌اند، با دورهٔ هر رقم همان‌طور که منتشر شده",
  indicator: "members-new-coops",
  place: "lorestan",
  unitLabel: "نفر",
  noun: "اعضای تعاونی‌های تازه",
});
