/** Persian text of the site search: the header form, the search page and its results. */
import { faDigits } from "../lib/format.ts";

export const SEARCH = {
  /** Header form. */
  label: "جستجو در سایت",
  placeholder: "شهرستان، رقم، شاخص…",
  submit: "جستجو",
  /** Search page. */
  title: "جستجو",
  description: "جستجو در داشبوردها، نمودارها، شهرستان‌ها، منابع و تک‌تک ارقام سایت.",
  intro:
    "نام شهرستان، شاخص، رقم یا رسانه را بنویسید. فرقی نمی‌کند «ي/ك» عربی بنویسید یا «ی/ک» فارسی، رقم‌ها فارسی باشند یا لاتین، یا بین اجزای کلمه نیم‌فاصله، فاصله یا هیچ بگذارید.",
  noJs: "جستجو به جاوااسکریپت نیاز دارد و در مرورگر شما اجرا نمی‌شود. صفحه‌های سایت در فهرست زیر آمده‌اند.",
  noJsQuery: (q: string) => `عبارت جستجو: «${q}»`,
  filters: "محدود کردن نتیجه‌ها",
  filterAll: "همه",
  filter: { theme: "موضوع", county: "شهرستان", year: "سال", kind: "نوع" },
  loading: "در حال بارگیری جستجو…",
  failed: "جستجو بارگیری نشد. فهرست صفحه‌ها در پایین همین صفحه است.",
  empty: "عبارتی برای جستجو بنویسید.",
  none: (q: string) => `نتیجه‌ای برای «${q}» پیدا نشد.`,
  count: (n: number, q: string) => `${faDigits(n)} نتیجه برای «${q}»`,
  countAll: (n: number) => `${faDigits(n)} نتیجه`,
  more: "نتیجه‌های بیشتر",
  directory: "همهٔ صفحه‌های سایت",
  dir: { dashboards: "داشبوردها", charts: "نمودارها", counties: "شهرستان‌ها", sources: "منابع و صفحه‌های دیگر" },
  /** Kinds of result, shown with each result and used as a filter. */
  kinds: { dashboard: "داشبورد", chart: "نمودار", county: "شهرستان", source: "منبع", figure: "رقم", page: "صفحه" },
  /** The themes (one per dashboard) used as a filter. */
  themes: {
    cooperatives: "تعاونی‌ها",
    investment: "سرمایه‌گذاری و تسهیلات",
    jobs: "اشتغال و اعضا",
    context: "لرستان در ایران",
    counties: "شهرستان‌ها",
  },
} as const;

export type SearchKind = keyof typeof SEARCH.kinds;
export type SearchTheme = keyof typeof SEARCH.themes;
