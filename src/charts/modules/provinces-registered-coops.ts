import { provinceBars } from "./provinces-active-coops.ts";

/** Registered cooperatives, province by province: kept apart from the active ones (a register counts dormant and closed cooperatives too). */
export default provinceBars({
  id: "provinces-registered-coops",
  title: "لرستان در میان استان‌ها: تعاونی‌های ثبت‌شده",
  subtitle: "تازه‌ترین رقم منتشرشدهٔ تعاونی‌های ثبت‌شدهٔ هر استان (با هر وضعیتی)، با تاریخ و منبع خودش؛ لرستان به رنگ دیگر",
  indicator: "coops-registered",
  unitLabel: "تعاونی ثبت‌شده",
  noun: "تعاونی‌های ثبت‌شده",
  definition: "تعاونی‌های ثبت‌شده همهٔ تعاونی‌های ثبت‌شده یا موجودند، فعال و راکد و تعطیل؛ با شمار تعاونی‌های فعال در یک نمودار نیامده‌اند.",
});
