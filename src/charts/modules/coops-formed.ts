import { periodBars } from "../kinds/period-bars.ts";

/** Cooperatives formed in Lorestan, per period as published (periods of different lengths). */
export default periodBars({
  id: "coops-formed",
  theme: "cooperatives",
  title: "تعاونی‌های تازه تشکیل‌شده در لرستان",
  subtitle: "تعداد تعاونی‌هایی که در هر دوره تشکیل شده‌اند، با دورهٔ هر رقم همان‌طور که منتشر شده",
  indicator: "coops-formed",
  place: "lorestan",
  unitLabel: "تعاونی",
  noun: "تعاونی‌های تازه",
});
