/**
 * Persian text of the press kit: the chart pages, the embeds, the open-data page and the text
 * drawn into downloaded images. Kept here so the pages and the image code hold no Persian of
 * their own.
 */
import { faDigits } from "../lib/format.ts";

/** Dashboard themes in page order (the charts' `Theme` is one of these keys). */
export const THEME_FA = {
  cooperatives: "تعاونی‌ها",
  investment: "سرمایه‌گذاری و تسهیلات",
  jobs: "اشتغال و اعضا",
  context: "لرستان در ایران",
  counties: "شهرستان‌ها",
} as const;

export const PRESS = {
  breadcrumb: "مسیر",
  home: "خانه",
  charts: "نمودارها",
  indexTitle: "همهٔ نمودارها",
  indexIntro:
    "هر نمودار صفحه‌ای دارد با جدول داده‌ها، منابع، متن آمادهٔ استناد، کد جاسازی در سایت‌های دیگر و فایل‌ها برای دریافت: داده‌ها برای اکسل (XLSX) و برای برنامه‌ها (CSV)، و تصویر (SVG و PNG).",
  indexDescription: "فهرست همهٔ نمودارهای آمار تعاونی‌های لرستان، با کد جاسازی و فایل‌های داده و تصویر برای خبرنگاران.",
  empty: "بدون داده",
  summary: "خلاصه",
  sourcesLabel: "منابع",
  sourceLabel: "منبع",
  updated: "آخرین به‌روزرسانی",
  updatedHint: "تاریخ تازه‌ترین انتشار داده‌ها که رقمی از این نمودار را افزود، اصلاح کرد یا پس گرفت",
  toolsTitle: "دریافت و جاسازی",
  toolsIntro: "استفاده با ذکر منبع آزاد است (مجوز CC BY 4.0).",
  downloads: "دریافت فایل‌ها",
  dl: {
    // Persian first inside the brackets, Latin last: a Latin word before digits would pull them
    // into a left-to-right run and scramble the order.
    csv: "داده‌های نمودار برای برنامه‌ها (فایل CSV، UTF-8، ارقام لاتین)",
    xlsx: "داده‌های نمودار برای اکسل (فایل XLSX، راست‌به‌چپ، سرستون فارسی)",
    svg: "تصویر برداری (فایل SVG)",
    png: "تصویر با کیفیت بالا (دو برابر، فایل PNG)",
    card: "تصویر شبکه‌های اجتماعی (۱۲۰۰ در ۶۳۰، فایل PNG)",
  },
  embedTitle: "جاسازی در سایت شما",
  embedLabel: "کد جاسازی (HTML)",
  embedHelp:
    "این کد را در بخش HTML خبر بگذارید. خط دوم اختیاری است: ارتفاع قاب را با نمودار هماهنگ می‌کند؛ بدون آن، قاب با ارتفاع پیش‌فرض همهٔ نمودار را نشان می‌دهد.",
  embedPreview: "پیش‌نمایش قاب جاسازی",
  citeTitle: "استناد",
  citeHelp: "متن آماده برای ذکر منبع:",
  copy: "رونوشت",
  copied: "رونوشت شد.",
  copyFailed: "رونوشت نشد؛ متن را انتخاب و رونوشت کنید.",
  tableTitle: "داده‌های نمودار",
  tableNote: "همان ردیف‌هایی که در نمودار رسم شده‌اند؛ فایل CSV همین جدول است با ارقام لاتین.",
  sourcesTitle: "منابع این نمودار",
  sourcesFirst: (shown: number, total: number) => `${faDigits(shown)} منبع نخست از ${faDigits(total)} منبع؛ همه در صفحهٔ منابع.`,
  onSourcesPage: "در صفحهٔ منابع",
  relatedTitle: "نمودارهای مرتبط",
  allCharts: "همهٔ نمودارها",
  chartWord: "نمودار",
  /** Citation (the page address follows it): {site}. «{title}» [نمودار]، به‌روزشده در {date}. بر پایهٔ گزارش‌های {outlets}. */
  cite: (o: { site: string; title: string; date?: string; outlets: string }) =>
    `${o.site}. «${o.title}» [نمودار]${o.date ? `، به‌روزشده در ${o.date}` : ""}. بر پایهٔ گزارش‌های ${o.outlets}.`,
  noDate: "منابع این نمودار تاریخ انتشار ندارند",
  embed: {
    openOnSite: "نمودار و داده‌ها در",
    sourcePrefix: "منبع:",
  },
  image: {
    sourcePrefix: "منبع:",
    updated: "به‌روزرسانی:",
    licence: "داده‌ها: CC BY 4.0",
  },
} as const;

export const DATA_PAGE = {
  title: "داده‌های باز",
  description: "همهٔ داده‌های آمار تعاونی‌های لرستان به صورت CSV و JSON، با طرح‌وارهٔ هر جدول و بستهٔ دادهٔ Frictionless، با مجوز CC BY 4.0.",
  intro: "همهٔ ارقام این سایت از این فایل‌ها می‌آید. هر جدول در سه قالب منتشر می‌شود و طرح‌وارهٔ آن کنار آن است:",
  /** Which file is for what: Persian first, the format's Latin name last (see the note on PRESS.dl). */
  formats: [
    "برای اکسل و نرم‌افزارهای صفحه‌گسترده، فایل XLSX: برگهٔ راست‌به‌چپ، سرستون فارسی با کلید انگلیسی زیر آن، عددها به صورت عدد، تاریخ خورشیدی با تاریخ میلادی کنارش، و منبع و مجوز در برگهٔ «یادداشت‌ها».",
    "برای برنامه‌ها و تحلیل داده، فایل CSV: با کدگذاری UTF-8، ارقام لاتین و بدون جداکنندهٔ هزارگان. اکسل این فایل را با دوبار کلیک درست نمی‌خواند؛ برای اکسل فایل XLSX را بگیرید.",
    "برای برنامه‌نویسان، فایل JSON با همان داده‌ها، و طرح‌وارهٔ هر جدول در قالب JSON Schema.",
  ],
  tableCaption: "جدول‌های داده",
  cols: { name: "جدول", description: "شرح (انگلیسی)", rows: "تعداد ردیف", files: "فایل‌ها" },
  schema: "طرح‌واره",
  packageTitle: "بستهٔ داده",
  packageText: "فهرست همهٔ جدول‌ها با ستون‌ها، نوع‌ها و کلیدها، در قالب Frictionless Data Package:",
  updatedTitle: "به‌روزرسانی",
  built: "تاریخ ساخت این نسخه:",
  latestSource: "تازه‌ترین منبع:",
  licenceTitle: "مجوز",
  licenceData:
    "داده‌های گردآوری‌شده (جدول‌های بالا) با مجوز Creative Commons Attribution 4.0 (CC BY 4.0) منتشر می‌شوند: استفاده، بازنشر و تغییر آزاد است، به شرط ذکر منبع:",
  attribution: "منبع: آمار تعاونی‌های لرستان، به نقل از گفته‌های منتشرشدهٔ مقام‌های رسمی در رسانه‌ها",
  licenceNote: "ارقام، گفته‌های مقام‌های رسمی به نقل از رسانه‌هاست، نه آمار حسابرسی‌شده؛ منبع هر رقم در ستون source_id آمده است.",
  /** Persian text, then the licence's own (Latin) name, shown isolated so punctuation stays put. */
  licenceMap: ["مرز شهرستان‌ها در نقشه: © مشارکت‌کنندگان OpenStreetMap، با مجوز", "Open Database License (ODbL)"],
  licenceFont: ["قلم وزیرمتن (Vazirmatn)، با مجوز", "SIL Open Font License 1.1"],
  chartsLink: "داده‌های هر نمودار جداگانه (CSV و XLSX) در صفحهٔ همان نمودار است:",
  chartsLinkText: "همهٔ نمودارها",
} as const;
