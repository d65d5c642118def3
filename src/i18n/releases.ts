/** Text of the "what's new" page, the feed and the revision marks. */
import { faDigits } from "../lib/format.ts";

const RELEASES_RELEASE = (id: string) => `انتشار ${faDigits(id.slice(1))}`;

export const RELEASES = {
  title: "تازه‌ها: انتشارهای داده",
  navLabel: "تازه‌ها",
  description: "هر انتشار داده‌های سایت با تاریخ و خلاصه‌اش: ارقامی که افزوده، اصلاح یا پس گرفته شده‌اند، با دلیل هر اصلاح.",
  intro:
    "هر بار که ارقام تازه افزوده یا رقمی اصلاح می‌شود، یک «انتشار» ثبت می‌شود. رقم منتشرشده هیچ‌گاه بی‌صدا عوض نمی‌شود: نسخهٔ پیشین و دلیل اصلاح همین‌جا و کنار خود رقم می‌ماند.",
  feed: "خوراک اتم (Atom) انتشارها",
  none: "هنوز انتشاری ثبت نشده است.",
  release: RELEASES_RELEASE,
  added: (n: number) => `${faDigits(n)} رقم تازه`,
  revised: (n: number) => `${faDigits(n)} اصلاح`,
  withdrawn: (n: number) => `${faDigits(n)} رقم پس‌گرفته`,
  addedList: "ارقام تازه",
  revisedList: "اصلاح‌ها",
  withdrawnList: "ارقام پس‌گرفته",
  reason: "دلیل",
  noReason: "دلیل هنوز نوشته نشده است",
  from: "پیش‌تر",
  to: "اکنون",
  revisedTag: "اصلاح‌شده",
  revisedHint: "این رقم پس از انتشار اصلاح شده است؛ تاریخچه را باز کنید",
  withdrawnTag: "پس‌گرفته",
  history: "تاریخچه",
  chartHistory: "اصلاح‌های ارقام این نمودار",
  chartHistoryNote: "این ارقام پس از نخستین انتشار اصلاح شده‌اند؛ نمودار و جدول بالا مقدار کنونی را نشان می‌دهند.",
  firstIn: (r: string) => `نخستین بار در ${r}`,
  allReleases: "همهٔ انتشارها",
  more: (n: number) => `و ${faDigits(n)} رقم دیگر`,
  /** Footer of every page: the newest release among the page's figures. */
  pageUpdated: "آخرین به‌روزرسانی ارقام این صفحه",
  /** Pinned embeds: «داده‌ها چنان‌که در انتشار ۳ (تاریخ) بود.» */
  pinnedAsOf: "داده‌ها چنان‌که در",
  pinnedWas: "بود.",
  pinnedNever: "این قاب با انتشارهای بعدی تغییر نمی‌کند.",
  /** The chart page's two snippets. */
  liveLabel: "کد جاسازی زنده (HTML)",
  pinnedLabel: (id: string) => `کد جاسازی ثابت، داده‌های ${RELEASES_RELEASE(id)} (HTML)`,
  liveVsPinned: (id: string) =>
    `قاب زنده با هر انتشار تازه به‌روز می‌شود؛ قاب ثابت نمودار را چنان‌که در ${RELEASES_RELEASE(id)} بود نگه می‌دارد و هرگز تغییر نمی‌کند، تا با متن خبر شما هم‌خوان بماند.`,
  pinnedPreview: "پیش‌نمایش قاب ثابت",
  /** The data as of a release, /data/releases/<release>/. */
  dataTitle: (id: string) => `داده‌ها چنان‌که در ${RELEASES_RELEASE(id)} بود`,
  dataDescription: (id: string) => `ارقام منتشرشده چنان‌که در ${RELEASES_RELEASE(id)} بود، و دفتر این انتشار، برای استناد دقیق.`,
  dataCrumb: "داده‌های باز",
  dataWhatsNew: "آنچه این انتشار تغییر داد",
  dataIntro:
    "این فایل‌ها با انتشارهای بعدی تغییر نمی‌کنند: هر رقم با مقداری است که تا این انتشار منتشر شده بود (پیش از اصلاح‌های بعدی)، ارقام افزوده‌شده پس از آن در آن نیستند و ارقامی که بعدها پس گرفته شدند هنوز در آن هستند. ستون‌ها همان ستون‌های جدول ارقام در داده‌های باز است.",
  dataObservations: (n: string) => `ارقام منتشرشده تا این انتشار (${n} رقم)`,
  dataLedger: (n: string) => `دفتر این انتشار: ویژگی‌های منتشرشدهٔ هر رقمی که این انتشار افزود یا اصلاح کرد (${n} ردیف)`,
  dataSha: "چکیدهٔ SHA-256 دفتر:",
  dataCite:
    "برای استناد، نشانی این صفحه یا فایل را همراه با شمارهٔ انتشار بیاورید؛ چکیدهٔ SHA-256 دفتر در فایل انتشارها (releases.csv) ثبت است.",
  ledgerWord: "دفتر انتشار",
  dataListTitle: "داده‌ها به تفکیک انتشار",
  dataListIntro: "برای استناد به داده‌ها چنان‌که در یک انتشار بود (بی‌تغییر با انتشارهای بعدی):",
} as const;
