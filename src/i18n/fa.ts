/**
 * The site's Persian interface text, in one place. Pages and components import from here;
 * logic never holds Persian strings of its own.
 */
export const SITE = {
  name: "آمار تعاونی‌های لرستان",
  tagline: "ارقام رسمی تعاون، سرمایه‌گذاری، تسهیلات و اشتغال در استان لرستان، با منبع هر عدد",
  description:
    "داشبوردهای آماری تعاونی‌های استان لرستان: تعداد تعاونی‌ها، سرمایه‌گذاری، تسهیلات و اشتغال، از گفته‌های رسمی منتشرشده در رسانه‌ها، با منبع و تاریخ هر رقم.",
  skip: "رفتن به محتوای اصلی",
  navLabel: "بخش‌های سایت",
  footerNote: "این ارقام گفته‌های مقام‌های رسمی به نقل از رسانه‌هاست، نه آمار حسابرسی‌شده. هر عدد به منبعش پیوند دارد.",
  licence: "داده‌ها با مجوز CC BY 4.0 منتشر می‌شوند؛ مرز شهرستان‌ها: © مشارکت‌کنندگان OpenStreetMap (ODbL).",
  methodCite: "روش‌شناسی و نحوهٔ استناد",
  /** The language switch: a link to the same page in the other edition, named in that language. */
  switchLabel: "زبان",
  switchTo: "English",
  switchHint: "همین صفحه به انگلیسی",
} as const;

export const NAV = [
  { href: "", label: "خانه" },
  { href: "cooperatives/", label: "تعاونی‌ها" },
  { href: "investment/", label: "سرمایه‌گذاری و تسهیلات" },
  { href: "jobs/", label: "اشتغال و اعضا" },
  { href: "iran/", label: "لرستان در ایران" },
  { href: "counties/", label: "شهرستان‌ها" },
  { href: "sources/", label: "منابع" },
  { href: "timeline/", label: "گاه‌شمار" },
  { href: "methodology/", label: "روش‌شناسی" },
  { href: "data/", label: "داده‌های باز" },
] as const;

export const LABELS = {
  source: "منبع",
  sources: "منابع",
  official: "گوینده",
  published: "تاریخ انتشار",
  period: "زمان",
  place: "مکان",
  value: "مقدار",
  indicator: "شاخص",
  note: "یادداشت",
  noDate: "تاریخ انتشار در صفحه نیامده",
  periodKind: { stated: "تصریح‌شده", inferred: "برآوردی", unknown: "نامعلوم" },
  periodKindLong: {
    stated: "زمان رقم در خبر آمده است",
    inferred: "زمان رقم در خبر نیامده و از قرائن برآورد شده است",
    unknown: "زمان رقم معلوم نیست؛ در نمودار نمی‌آید",
  },
  doubt: "مشکوک",
  doubtLong: "رقم مشکوک؛ احتمال خطای چاپی. در نمودار نمی‌آید و جمع زده نمی‌شود.",
  conflict: "ارقام ناهمخوان",
  conflictLong: "رسانه‌ها برای یک موضوع عددهای متفاوت گزارش کرده‌اند؛ هر دو نشان داده می‌شوند.",
  alsoReported: "همچنین گزارش‌شده در",
  readOn: "نسخهٔ خوانده‌شده در",
  gregorian: "میلادی",
  tableOf: "جدول داده‌های نمودار",
  summary: "خلاصه",
  noData: "بدون داده",
  chartPage: "صفحهٔ این نمودار: جاسازی، دریافت تصویر و داده",
} as const;

/** Page links of the long lists (sources, timeline, every figure of a dashboard). */
export const PAGER = {
  label: "صفحه‌های این فهرست",
  previous: "صفحهٔ قبل",
  next: "صفحهٔ بعد",
  page: (n: string) => `صفحهٔ ${n}`,
  of: (n: string, count: string) => `صفحهٔ ${n} از ${count}`,
} as const;
