/**
 * Persian text the chart kit adds around every chart (module-specific titles and notes live with
 * their chart until they move here; see the issue on string tables).
 */
import { faDigits } from "../lib/format.ts";

export const CHART_TEXT = {
  capped: {
    newest: (shown: number, total: number) =>
      `از ${faDigits(total)} گروه رقم، ${faDigits(shown)} گروه تازه‌تر رسم شده‌اند؛ همهٔ ارقام در جدول‌های همهٔ ارقام هستند.`,
    newestItems: (shown: number, total: number) =>
      `از ${faDigits(total)} رقم، ${faDigits(shown)} رقم تازه‌تر رسم شده‌اند (در هر مکان، تازه‌ترین رقم‌های هر شاخص)؛ همهٔ ارقام در جدول‌های همهٔ ارقام هستند.`,
    perYear: (shown: number, total: number) =>
      `${faDigits(total)} رقم منتشر شده است؛ برای خوانا ماندن، از هر سال فقط تازه‌ترین رقم رسم شده (${faDigits(shown)} نقطه). همهٔ ارقام در جدول‌های همهٔ ارقام هستند.`,
  },
  tableCapped: (shown: number, total: number) => `${faDigits(shown)} ردیف نخست از ${faDigits(total)} ردیف؛ همهٔ ردیف‌ها در`,
  tableCsv: "فایل CSV این نمودار",
} as const;

/** Notes every bar chart may carry (charts/kinds/figure-rows.ts). */
export const BAR_NOTES = {
  estimate: "* زمان این رقم در خبر نیامده و برآورد شده است؛ میله‌اش کم‌رنگ با حاشیهٔ خط‌چین است.",
  excluded: "ارقام مشکوک و ارقامی که زمانشان معلوم نیست در نمودار نیستند و در جدول همهٔ ارقام آمده‌اند.",
  conflict: "هر جا رسانه‌ها برای یک موضوع عددهای متفاوت نوشته‌اند، هر عدد میلهٔ خودش را دارد و نام رسانه کنارش آمده است.",
  /** «رنگ میله‌ها: آبی: ثبت‌شده؛ نارنجی: فعال.» */
  colours: (parts: string[]) => `رنگ میله‌ها: ${parts.join("؛ ")}.`,
  colourName: { s1: "آبی", s2: "نارنجی", s3: "سبز", s4: "صورتی", est: "خاکستری" },
} as const;

/** Notes of the dot charts (time dots, county series). */
export const DOT_NOTES = {
  hollow: "نقطهٔ توخالی: زمان رقم در خبر نیامده و برآورد شده است؛ خط افقی بازهٔ برآورد را نشان می‌دهد.",
  excludedParts: "ارقام مشکوک، ارقامی که زمانشان معلوم نیست و ارقام جزء (به تفکیک جنس، بانک یا تعاونی) در نمودار نیستند و در جدول ارقام آمده‌اند.",
  before: (year: string, list: string) => `برای خوانایی، رقم‌های پیش از ${year} در نمودار نیستند و در جدول آمده‌اند: ${list}.`,
  countyTooFew: "ارقام این شهرستان برای نمودار کافی نیست؛ همه در جدول آمده‌اند.",
  inferredShort: "، برآوردی",
} as const;

/** Column headers of chart tables that the kinds share. */
export const COLUMN_LABELS = {
  indicator: "شاخص",
  period: "زمان",
  periodKind: "نوع زمان",
  value: "مقدار",
  qualifier: "قید",
  source: "منبع",
  event: "رویداد",
  county: "شهرستان",
} as const;

/** Table cells: codes shown as words (charts/cell-text.ts). */
export const CELL_TEXT = {
  exact: "دقیق",
  extraQualifiers: { less_than: "کمتر از" } as Record<string, string>,
  sex: { female: "زنان", male: "مردان" } as Record<string, string>,
  basis: { event: "همان رویداد", period: "همان دوره", year: "همان سال" } as Record<string, string>,
} as const;

/** Periods in words (charts/period-label.ts). */
export const PERIOD_TEXT = {
  unknown: "زمان نامعلوم",
  to: "تا",
  runs: [
    { from: 1, to: 6, name: "نیمهٔ اول" },
    { from: 7, to: 12, name: "نیمهٔ دوم" },
    { from: 1, to: 3, name: "بهار" },
    { from: 4, to: 6, name: "تابستان" },
    { from: 7, to: 9, name: "پاییز" },
    { from: 10, to: 12, name: "زمستان" },
  ],
} as const;

/** The county map (charts/kinds/map-choropleth.ts). */
export const MAP_TEXT = {
  noData: "بدون داده",
  credit: "© مشارکت‌کنندگان OpenStreetMap",
  range: (lo: string, hi: string) => (lo === hi ? lo : `${lo} تا ${hi}`),
  withInside: (outer: string, inner: string[]) => `${outer}\n(با ${inner.join(" و ")})`,
  and: " و ",
  list: "، ",
  creditLine: (credit: string) => `مرز شهرستان‌ها: ${credit} (ODbL)`,
  hatched: (noData: string) => `شهرستان‌های بدون داده هاشور خورده‌اند و «${noData}» به معنای صفر نیست.`,
  merged: (outer: string, inner: string, n: string) => `چندضلعی ${outer} محدودهٔ پیش از جدایی ${inner} را هم در بر دارد؛ رنگ آن جمع هر ${n} شهرستان است.`,
  unofficial: (credit: string) => `مرز شهرستان‌ها: ${credit} (ODbL)؛ مرزها رسمی نیستند.`,
  noCounties: "فهرست شهرستان‌ها در داده‌ها نیست.",
} as const;
