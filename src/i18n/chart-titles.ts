/**
 * What each chart of the registry is called, per edition, keyed by chart id: title, subtitle and,
 * for the charts configured from a kind, the unit label of the value axis and the noun the
 * generated summary uses. Same keys in both tables (tests/i18n/tables.test.ts).
 */
import type { Lang } from "./lang.ts";

export interface ChartTitle {
  title: string;
  subtitle: string;
  /** Axis label: the unit («میلیارد تومان», «billion tomans»). */
  unitLabel?: string;
  /** What the figures are about, for the summary («سرمایه‌گذاری», «investment»). */
  noun?: string;
  /** What the sources call this count (province charts' definitions note). */
  definition?: string;
}

const fa = {
  "active-coops": {
    title: "تعاونی‌های فعال لرستان در گذر زمان",
    subtitle: "تعداد تعاونی‌های فعال استان به گفتهٔ مدیران کل تعاون، کار و رفاه اجتماعی؛ هر نقطه یک رقم منتشرشده",
    noun: "تعاونی‌های فعال لرستان",
    unitLabel: "تعداد تعاونی",
  },
  "coops-formed": {
    title: "تعاونی‌های تازه تشکیل‌شده در لرستان",
    subtitle: "تعداد تعاونی‌هایی که در هر دوره تشکیل شده‌اند، با دورهٔ هر رقم همان‌طور که منتشر شده",
    unitLabel: "تعاونی",
    noun: "تعاونی‌های تازه",
  },
  "coops-registered-active": {
    title: "تعاونی‌های ثبت‌شده و فعال",
    subtitle: "در هر مکان، تعاونی‌های ثبت‌شده در کنار تعاونی‌های فعال یا اعلام‌فعالیت‌کرده در همان سال‌ها؛ هر میله یک رقم منتشرشده",
  },
  "coops-knowledge-based": {
    title: "تعاونی‌های دانش‌بنیان لرستان",
    subtitle: "تعداد تعاونی‌های دانش‌بنیان استان در ارقام منتشرشده؛ هر نقطه یک رقم",
    noun: "تعاونی‌های دانش‌بنیان لرستان",
    unitLabel: "تعداد تعاونی",
  },
  "package-investment": {
    title: "سرمایه‌گذاری طرح‌های افتتاح‌شده در هر رویداد",
    subtitle: "بستهٔ افتتاح هفتهٔ تعاون، دههٔ فجر و برنامه‌های دیگر در لرستان، به میلیارد تومان",
    unitLabel: "میلیارد تومان",
    noun: "سرمایه‌گذاری",
  },
  "package-projects": {
    title: "طرح‌های افتتاح‌شده در هر رویداد",
    subtitle: "تعداد طرح‌های تعاونی افتتاح‌شده در هفتهٔ تعاون، دههٔ فجر و برنامه‌های دیگر در لرستان",
    unitLabel: "طرح",
    noun: "تعداد طرح",
  },
  "investment-vs-facilities": {
    title: "سرمایه‌گذاری و تسهیلات در هر رویداد",
    subtitle: "سرمایه‌گذاری طرح‌های افتتاح‌شده و تسهیلات بانکی همان طرح‌ها، به میلیارد تومان",
    unitLabel: "میلیارد تومان",
  },
  "facilities-banks": {
    title: "تسهیلات بانکی تعاونی‌ها",
    subtitle: "اعتبار طرح‌های معرفی‌شده به بانک‌ها، تسهیلات درخواستی و تخصیص‌یافته، و سهم بانک‌ها و صندوق‌ها، به میلیارد تومان",
    unitLabel: "میلیارد تومان",
  },
  "coop-investment": {
    title: "سرمایه‌گذاری تعاونی‌های افتتاح‌شده در شهرستان‌ها",
    subtitle: "سرمایه‌گذاری، تسهیلات و آوردهٔ اعضای هر تعاونی، به میلیارد تومان؛ هر گروه یک تعاونی و شهرستانش",
    unitLabel: "میلیارد تومان",
  },
  "package-jobs": {
    title: "اشتغال طرح‌های افتتاح‌شده در هر رویداد",
    subtitle: "فرصت‌های شغلی طرح‌های تعاونی افتتاح‌شده در هفتهٔ تعاون، دههٔ فجر و برنامه‌های دیگر در لرستان",
    unitLabel: "فرصت شغلی",
    noun: "اشتغال",
  },
  "jobs-new-coops": {
    title: "اشتغال تعاونی‌های تازه تشکیل‌شده در لرستان",
    subtitle: "فرصت‌های شغلی تعاونی‌هایی که در هر دوره تشکیل شده‌اند، با دورهٔ هر رقم همان‌طور که منتشر شده",
    unitLabel: "فرصت شغلی",
    noun: "اشتغال تعاونی‌های تازه",
  },
  employment: {
    title: "شاغلان بخش تعاون لرستان در گذر زمان",
    subtitle: "تعداد شاغلان تعاونی‌های استان در ارقام منتشرشده؛ هر نقطه یک رقم",
    noun: "شاغلان بخش تعاون لرستان",
    unitLabel: "نفر",
  },
  "members-new-coops": {
    title: "اعضای تعاونی‌های تازه تشکیل‌شده در لرستان",
    subtitle: "اعضای تعاونی‌هایی که در هر دوره تشکیل شده‌اند، با دورهٔ هر رقم همان‌طور که منتشر شده",
    unitLabel: "نفر",
    noun: "اعضای تعاونی‌های تازه",
  },
  "package-members": {
    title: "اعضای تعاونی‌های طرح‌های افتتاح‌شده در هر رویداد",
    subtitle: "اعضای تعاونی‌هایی که طرحشان در هفتهٔ تعاون، دههٔ فجر و برنامه‌های دیگر در لرستان افتتاح شد",
    unitLabel: "نفر",
    noun: "اعضا",
  },
  "members-by-sex": {
    title: "زنان و مردان عضو تعاونی‌ها",
    subtitle: "هر جا گزارشی رقم را به تفکیک جنس آورده است؛ هر گروه یک گزارش",
  },
  "provinces-active-coops": {
    title: "لرستان در میان استان‌ها: تعاونی‌های فعال",
    subtitle: "تازه‌ترین رقم منتشرشدهٔ تعاونی‌های فعال هر استان، با تاریخ و منبع خودش؛ لرستان به رنگ دیگر",
    unitLabel: "تعاونی فعال",
    noun: "تعاونی‌های فعال",
    definition:
      "تعریف «فعال» در منابع یکی نیست (فعال، در حال فعالیت، در حال بهره‌برداری)؛ رقم‌هایی که تعاونی‌های «فعال یا در دست اجرا» را با هم شمرده‌اند جدا نگه داشته شده و اینجا نیستند.",
  },
  "provinces-registered-coops": {
    title: "لرستان در میان استان‌ها: تعاونی‌های ثبت‌شده",
    subtitle: "تازه‌ترین رقم منتشرشدهٔ تعاونی‌های ثبت‌شدهٔ هر استان (با هر وضعیتی)، با تاریخ و منبع خودش؛ لرستان به رنگ دیگر",
    unitLabel: "تعاونی ثبت‌شده",
    noun: "تعاونی‌های ثبت‌شده",
    definition:
      "تعاونی‌های ثبت‌شده همهٔ تعاونی‌های ثبت‌شده یا موجودند، فعال و راکد و تعطیل؛ با شمار تعاونی‌های فعال در یک نمودار نیامده‌اند.",
  },
  "provinces-national-tables": {
    title: "جدول‌های کشوری با ارقام چند استان",
    subtitle: "هر گروه یک جدول یا رتبه‌بندی منتشرشده (یک خبر، یک شاخص، یک زمان) با استان‌هایی که نام برده است؛ لرستان به رنگ دیگر",
  },
  "lorestan-share": {
    title: "سهم لرستان از کشور",
    subtitle: "رقم لرستان تقسیم بر رقم ایران، فقط جایی که هر دو به یک سال، یک دوره یا یک رویداد مربوط‌اند؛ به درصد",
    unitLabel: "درصد",
  },
  "iran-active-coops": {
    title: "تعاونی‌های فعال کشور در گذر زمان",
    subtitle: "تعداد تعاونی‌های فعال ایران در ارقام منتشرشده؛ هر نقطه یک رقم",
    noun: "تعاونی‌های فعال کشور",
    unitLabel: "تعداد تعاونی",
  },
  "iran-coops-definitions": {
    title: "تعاونی‌های کشور به تعریف‌های گوناگون",
    subtitle:
      "ارقام منتشرشدهٔ ثبت‌شده، فعال، فعال یا در دست اجرا، غیرفعال و منحل‌شده، هر تعریف در گروه خودش؛ هر میله یک رقم با تاریخ و منبعش",
    unitLabel: "تعاونی",
  },
  "iran-coops-formed": {
    title: "تعاونی‌های تازه ثبت‌شدهٔ کشور",
    subtitle: "تعداد تعاونی‌هایی که در هر دوره در ایران تشکیل و ثبت شده‌اند، با دورهٔ هر رقم همان‌طور که منتشر شده (ماه، نیمسال، سال)",
    unitLabel: "تعاونی",
    noun: "تعاونی‌های تازه ثبت‌شدهٔ کشور",
  },
  "iran-employment": {
    title: "شاغلان بخش تعاون کشور در گذر زمان",
    subtitle: "تعداد شاغلان تعاونی‌های ایران در ارقام منتشرشده؛ هر نقطه یک رقم",
    noun: "شاغلان بخش تعاون کشور",
    unitLabel: "نفر",
  },
  "county-map": {
    title: "نقشهٔ شهرستان‌های لرستان: شمار ارقام منتشرشده",
    subtitle: "هر شهرستان به رنگ شمار ارقامی که دربارهٔ آن در خبرها یافته‌ایم؛ این شمار ارقام است، نه شمار تعاونی‌ها",
    unitLabel: "شمار ارقام منتشرشده",
  },
} satisfies Record<string, ChartTitle>;

export type ChartId = keyof typeof fa;

const en: Record<ChartId, ChartTitle> = {
  "active-coops": {
    title: "Active cooperatives in Lorestan over time",
    subtitle:
      "Number of active cooperatives in the province as stated by the directors-general of Cooperatives, Labour and Social Welfare; each dot is one published figure",
    noun: "active cooperatives in Lorestan",
    unitLabel: "Cooperatives",
  },
  "coops-formed": {
    title: "New cooperatives formed in Lorestan",
    subtitle: "Number of cooperatives formed in each period, with each figure's period as published",
    unitLabel: "Cooperatives",
    noun: "new cooperatives",
  },
  "coops-registered-active": {
    title: "Registered and active cooperatives",
    subtitle:
      "In each place, registered cooperatives beside those active or declared active in the same years; each bar is one published figure",
  },
  "coops-knowledge-based": {
    title: "Knowledge-based cooperatives in Lorestan",
    subtitle: "Number of knowledge-based cooperatives in the province in published figures; each dot is one figure",
    noun: "knowledge-based cooperatives in Lorestan",
    unitLabel: "Cooperatives",
  },
  "package-investment": {
    title: "Investment in projects opened at each event",
    subtitle: "Opening packages of Cooperative Week, the Fajr decade and other programmes in Lorestan, in billion tomans",
    unitLabel: "Billion tomans",
    noun: "investment",
  },
  "package-projects": {
    title: "Projects opened at each event",
    subtitle: "Number of cooperative projects opened in Cooperative Week, the Fajr decade and other programmes in Lorestan",
    unitLabel: "Projects",
    noun: "projects",
  },
  "investment-vs-facilities": {
    title: "Investment and bank facilities at each event",
    subtitle: "Investment in the projects opened and the bank facilities of the same projects, in billion tomans",
    unitLabel: "Billion tomans",
  },
  "facilities-banks": {
    title: "Bank facilities for cooperatives",
    subtitle:
      "Credit of projects introduced to banks, facilities requested and allocated, and the parts of banks and funds, in billion tomans",
    unitLabel: "Billion tomans",
  },
  "coop-investment": {
    title: "Investment in cooperatives opened in the counties",
    subtitle:
      "Investment, bank facilities and members' contribution of each cooperative, in billion tomans; each group is one cooperative and its county",
    unitLabel: "Billion tomans",
  },
  "package-jobs": {
    title: "Jobs in projects opened at each event",
    subtitle: "Jobs of cooperative projects opened in Cooperative Week, the Fajr decade and other programmes in Lorestan",
    unitLabel: "Jobs",
    noun: "jobs",
  },
  "jobs-new-coops": {
    title: "Jobs in new cooperatives formed in Lorestan",
    subtitle: "Jobs of the cooperatives formed in each period, with each figure's period as published",
    unitLabel: "Jobs",
    noun: "jobs in new cooperatives",
  },
  employment: {
    title: "Employment in Lorestan's cooperative sector over time",
    subtitle: "Number of people employed by the province's cooperatives in published figures; each dot is one figure",
    noun: "employment in Lorestan's cooperative sector",
    unitLabel: "People",
  },
  "members-new-coops": {
    title: "Members of new cooperatives formed in Lorestan",
    subtitle: "Members of the cooperatives formed in each period, with each figure's period as published",
    unitLabel: "People",
    noun: "members of new cooperatives",
  },
  "package-members": {
    title: "Members of the cooperatives whose projects opened at each event",
    subtitle: "Members of the cooperatives whose projects opened in Cooperative Week, the Fajr decade and other programmes in Lorestan",
    unitLabel: "People",
    noun: "members",
  },
  "members-by-sex": {
    title: "Women and men members of cooperatives",
    subtitle: "Wherever a report gave the figure by sex; each group is one report",
  },
  "provinces-active-coops": {
    title: "Lorestan among the provinces: active cooperatives",
    subtitle:
      "The latest published figure of active cooperatives in each province, with its own date and source; Lorestan in another colour",
    unitLabel: "Active cooperatives",
    noun: "active cooperatives",
    definition:
      "Sources do not define “active” alike (active, operating, in operation); figures that counted cooperatives “active or under construction” together are kept apart and are not here.",
  },
  "provinces-registered-coops": {
    title: "Lorestan among the provinces: registered cooperatives",
    subtitle:
      "The latest published figure of registered cooperatives (in any state) in each province, with its own date and source; Lorestan in another colour",
    unitLabel: "Registered cooperatives",
    noun: "registered cooperatives",
    definition:
      "Registered cooperatives are all cooperatives registered or existing, active, dormant and closed; they are not charted with the counts of active ones.",
  },
  "provinces-national-tables": {
    title: "National tables with figures for several provinces",
    subtitle:
      "Each group is one published table or ranking (one report, one indicator, one time) with the provinces it named; Lorestan in another colour",
  },
  "lorestan-share": {
    title: "Lorestan's share of Iran",
    subtitle: "Lorestan's figure divided by Iran's, only where both refer to the same year, period or event; in percent",
    unitLabel: "Percent",
  },
  "iran-active-coops": {
    title: "Active cooperatives in Iran over time",
    subtitle: "Number of active cooperatives in Iran in published figures; each dot is one figure",
    noun: "active cooperatives in Iran",
    unitLabel: "Cooperatives",
  },
  "iran-coops-definitions": {
    title: "Iran's cooperatives by different definitions",
    subtitle:
      "Published figures of registered, active, active or under construction, inactive and dissolved cooperatives, each definition in its own group; each bar is one figure with its date and source",
    unitLabel: "Cooperatives",
  },
  "iran-coops-formed": {
    title: "New cooperatives registered in Iran",
    subtitle:
      "Number of cooperatives formed and registered in Iran in each period, with each figure's period as published (month, half-year, year)",
    unitLabel: "Cooperatives",
    noun: "new cooperatives registered in Iran",
  },
  "iran-employment": {
    title: "Employment in Iran's cooperative sector over time",
    subtitle: "Number of people employed by Iran's cooperatives in published figures; each dot is one figure",
    noun: "employment in Iran's cooperative sector",
    unitLabel: "People",
  },
  "county-map": {
    title: "Map of Lorestan's counties: number of published figures",
    subtitle: "Each county coloured by the number of figures about it we found in the news; this counts figures, not cooperatives",
    unitLabel: "Published figures",
  },
};

export const CHART_TITLES: Record<Lang, Record<ChartId, ChartTitle>> = { fa, en };

/** A chart's title entry; charts outside the registry (county pages) bring their own text. */
export function chartTitle(id: string, lang: Lang): ChartTitle {
  const t = (CHART_TITLES[lang] as Record<string, ChartTitle>)[id];
  if (!t) throw new Error(`no ${lang} title for chart ${id} in i18n/chart-titles.ts`);
  return t;
}
