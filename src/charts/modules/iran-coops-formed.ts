import { periodBars } from "../kinds/period-bars.ts";

/** Cooperatives registered in Iran, per period as published (a month, a quarter, half a year, a year): national context for Lorestan's registrations. */
export default periodBars({
  id: "iran-coops-formed",
  theme: "context",
  title: "تعاونی‌های تازه ثبت‌شدهٔ کشور",
  subtitle: "تعداد تعاونی‌هایی که در هر دوره در ایران تشکیل و ثبت شده‌اند، با دورهٔ هر رقم همان‌طور که منتشر شده (ماه، نیمسال، سال)",
  indicator: "coops-formed",
  place: "iran",
  unitLabel: "تعاونی",
  noun: "تعاونی‌های تازه ثبت‌شدهٔ کشور",
});
