/**
 * The text the chart kit and the chart kinds write around and into every chart, per edition:
 * capped notes, the notes of bar, dot and map charts, the generated summaries' sentence templates,
 * shared table headers, table cells, period words, the map's legend and credit, and the text drawn
 * into downloaded images. Chart titles are in chart-titles.ts, the text of single charts in
 * chart-modules.ts, mark tooltips in marks.ts. Same keys in both tables, checked recursively
 * (tests/charts/i18n-tables.test.ts). Numbers reach these functions as numbers or as text already
 * formatted for the edition (lib/format.ts).
 */
import { faDigits } from "../lib/format.ts";
import { SITE as SITE_FA } from "./fa.ts";
import { SITE as SITE_EN } from "./en/site.ts";
import type { Lang } from "./lang.ts";

const fa = {
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
  /** Why a chart of a kind is empty (Prepared.empty holds the key). */
  empty: {
    noDated: "هنوز رقمی با زمان معلوم برای این نمودار منتشر نشده است.",
    countyTooFew: "ارقام این شهرستان برای نمودار کافی نیست؛ همه در جدول آمده‌اند.",
    noCounties: "فهرست شهرستان‌ها در داده‌ها نیست.",
  },
  /** Notes every bar chart may carry (charts/kinds/figure-rows.ts). */
  bar: {
    estimate: "* زمان این رقم در خبر نیامده و برآورد شده است؛ میله‌اش کم‌رنگ با حاشیهٔ خط‌چین است.",
    excluded: "ارقام مشکوک و ارقامی که زمانشان معلوم نیست در نمودار نیستند و در جدول همهٔ ارقام آمده‌اند.",
    conflict: "هر جا رسانه‌ها برای یک موضوع عددهای متفاوت نوشته‌اند، هر عدد میلهٔ خودش را دارد و نام رسانه کنارش آمده است.",
    /** «رنگ میله‌ها: آبی: ثبت‌شده؛ نارنجی: فعال.» */
    colours: (parts: string[]) => `رنگ میله‌ها: ${parts.join("؛ ")}.`,
    colourName: { s1: "آبی", s2: "نارنجی", s3: "سبز", s4: "صورتی", est: "خاکستری" },
    /** Heading of a group of figures that disagree. */
    conflictHeading: (title: string) => `${title}: ارقام ناهمخوان`,
    /** After a group title in a summary when a period is inferred. */
    inferredPeriod: " (زمان برآوردی)",
    /** «ایرنا (۲)»: the second figure of one outlet in one group. */
    nth: (outlet: string, n: number) => `${outlet} (${faDigits(n)})`,
    /** A label and the outlet that tells it apart: «ثبت‌شده ۱۴۰۲، ایرنا». */
    withOutlet: (label: string, outlet: string) => `${label}، ${outlet}`,
  },
  /** Notes of the dot charts (time dots, county series). */
  dot: {
    hollow: "نقطهٔ توخالی: زمان رقم در خبر نیامده و برآورد شده است؛ خط افقی بازهٔ برآورد را نشان می‌دهد.",
    excludedParts:
      "ارقام مشکوک، ارقامی که زمانشان معلوم نیست و ارقام جزء (به تفکیک جنس، بانک یا تعاونی) در نمودار نیستند و در جدول ارقام آمده‌اند.",
    before: (year: number, list: string[]) =>
      `برای خوانایی، رقم‌های پیش از ${faDigits(year)} در نمودار نیستند و در جدول آمده‌اند: ${list.join("؛ ")}.`,
    inferredShort: "، برآوردی",
    /** What the years of a time axis are (Persian readers need no note). */
    calendar: "",
  },
  /** Generated summaries of the kinds. */
  summary: {
    timeDots: {
      range: (n: number, noun: string, lo: string, hi: string) =>
        `${faDigits(n)} رقم منتشرشده دربارهٔ ${noun}؛ کمترین ${lo} و بیشترین ${hi}.`,
      ends: (firstWhen: string, first: string, lastWhen: string, last: string) =>
        `نخستین رقم (${firstWhen}) ${first} است و تازه‌ترین (${lastWhen}) ${last}.`,
      repeated: (when: string, n: number, items: string[]) => `برای ${when}، ${faDigits(n)} رقم گزارش شده است: ${items.join(" و ")}.`,
      item: (label: string, outlet: string) => `${label} (${outlet})`,
      inferred: (n: number) => `زمان ${faDigits(n)} رقم در خبر نیامده و برآوردی است (نقطهٔ توخالی).`,
    },
    periodBars: {
      head: (n: number, noun: string, periods: number) => `${faDigits(n)} رقم منتشرشده دربارهٔ ${noun} در ${faDigits(periods)} دورهٔ متفاوت:`,
      group: (title: string, values: string[]) => `${title}: ${values.join(" یا ")}`,
      noSum: "طول دوره‌ها یکسان نیست و رقم‌ها با هم جمع زده نمی‌شوند.",
    },
    eventBars: {
      head: (n: number, noun: string, events: number, from: string, to: string) =>
        `${faDigits(n)} رقم ${noun} برای ${faDigits(events)} رویداد، از ${from} تا ${to}.`,
      extremes: (hi: string, hiWhen: string, lo: string, loWhen: string, unit: string) =>
        `بیشترین ${hi} ${unit} (${hiWhen}) و کمترین ${lo} ${unit} (${loWhen}).`,
      conflict: (title: string, n: number, values: string[]) =>
        `برای ${title}، ${faDigits(n)} رقم متفاوت گزارش شده است: ${values.join(" و ")}.`,
      noSum: "هر بسته رقم یک رویداد است و این رقم‌ها با هم جمع زده نمی‌شوند.",
    },
    countySeries: {
      count: (n: number) => `${faDigits(n)} رقم.`,
      item: (label: string, when: string, inferred: boolean) => `${label} (${when}${inferred ? "، برآوردی" : ""})`,
      series: (name: string, items: string[]) => `${name}: ${items.join("؛ ")}`,
    },
  },
  /** Notes of the kinds beyond the shared ones. */
  notes: {
    periodLengths: "دوره‌ها هم‌طول نیستند (یک ماه، شش ماه، یک سال یا چند سال)؛ برچسب هر میله دورهٔ آن را می‌گوید.",
    eventColours: { "cooperative-week": "آبی: هفتهٔ تعاون", "fajr-decade": "سبز: دههٔ فجر", other: "صورتی: برنامه‌ها و افتتاح‌های دیگر" },
    eventPart: (part: string, of: string) => `${part} بخشی از ${of} است؛ دو رقم را با هم جمع نزنید.`,
  },
  /** Events in words (charts/kinds/event-bars.ts). */
  events: {
    kind: { "cooperative-week": "هفتهٔ تعاون", "fajr-decade": "دههٔ فجر" } as Record<string, string>,
    /** «هفتهٔ تعاون ۱۴۰۳», «دههٔ فجر ۱۳۹۴ یا ۱۳۹۵». */
    named: (kind: string, years: string[]) => `${kind} ${years.join(" یا ")}`,
    /** «… ۱۵ شهریور»: one day of a week. */
    day: (label: string, day: string) => `${label}، ${day}`,
    /** «نمایشگاه …، ۱۴۰۲»: another programme with the figure's year. */
    withYear: (name: string, year: string) => `${name}، ${year}`,
  },
  /** Column headers of chart tables, by column key (a chart may name its own: ChartText.columns). */
  columns: {
    indicator: "شاخص",
    period: "زمان",
    period_kind: "نوع زمان",
    value: "مقدار",
    qualifier: "قید",
    source: "منبع",
    event: "رویداد",
    county: "شهرستان",
    place: "مکان",
    org: "بانک یا صندوق",
    sex: "جنس",
    cooperative: "تعاونی",
    table: "جدول",
    basis: "مبنای تطبیق",
  } as Record<string, string>,
  /** Table cells: codes shown as words (charts/cell-text.ts). */
  cell: {
    exact: "دقیق",
    sex: { female: "زنان", male: "مردان" } as Record<string, string>,
    basis: { event: "همان رویداد", period: "همان دوره", year: "همان سال" } as Record<string, string>,
    periodKind: { stated: "تصریح‌شده", inferred: "برآوردی", unknown: "نامعلوم" } as Record<string, string>,
  },
  /** Periods in words (charts/period-label.ts). */
  period: {
    unknown: "زمان نامعلوم",
    runs: [
      { from: 1, to: 6, name: "نیمهٔ اول" },
      { from: 7, to: 12, name: "نیمهٔ دوم" },
      { from: 1, to: 3, name: "بهار" },
      { from: 4, to: 6, name: "تابستان" },
      { from: 7, to: 9, name: "پاییز" },
      { from: 10, to: 12, name: "زمستان" },
    ],
    /** «نیمهٔ اول ۱۴۰۰». */
    run: (name: string, year: string) => `${name} ${year}`,
    /** «آذر تا اسفند ۱۳۹۸». */
    months: (from: string, to: string, year: string) => `${from} تا ${to} ${year}`,
    /** «۱۱ تا ۱۷ شهریور ۱۴۰۴». */
    days: (from: string, to: string, month: string, year: string) => `${from} تا ${to} ${month} ${year}`,
  },
  /** The county map (charts/kinds/map-choropleth.ts). */
  map: {
    noData: "بدون داده",
    credit: "© مشارکت‌کنندگان OpenStreetMap",
    range: (lo: string, hi: string) => (lo === hi ? lo : `${lo} تا ${hi}`),
    withInside: (outer: string, inner: string[]) => `${outer}\n(با ${inner.join(" و ")})`,
    and: " و ",
    list: "، ",
    creditLine: (credit: string) => `مرز شهرستان‌ها: ${credit} (ODbL)`,
    hatched: (noData: string) => `شهرستان‌های بدون داده هاشور خورده‌اند و «${noData}» به معنای صفر نیست.`,
    merged: (outer: string, inner: string, n: string) =>
      `چندضلعی ${outer} محدودهٔ پیش از جدایی ${inner} را هم در بر دارد؛ رنگ آن جمع هر ${n} شهرستان است.`,
    unofficial: (credit: string) => `مرز شهرستان‌ها: ${credit} (ODbL)؛ مرزها رسمی نیستند.`,
  },
  /** Short names: what an outlet's or a cooperative's full name may drop in chart labels. */
  names: {
    /** «مهر» from «خبرگزاری مهر» (a name in brackets, «(ایرنا)», is taken first). */
    outletDrop: /^خبرگزاری\s+/,
    /** «درمانی آبان» from «مجموعه تعاونی درمانی آبان»: the kind of body is implied by the chart. */
    coopDrop: /^(شرکت تعاونی|مجموعه تعاونی|تعاونی)\s+/,
  },
  /** Text drawn into downloaded images and citations (publish/chart-svg.ts, charts/info.ts). */
  image: {
    siteName: SITE_FA.name as string,
    empty: "بدون داده",
    sourcePrefix: "منبع:",
    updated: "به‌روزرسانی:",
    licence: "داده‌ها: CC BY 4.0",
    /** Citation (the page address follows it). */
    cite: (o: { site: string; title: string; date?: string; outlets: string }) =>
      `${o.site}. «${o.title}» [نمودار]${o.date ? `، به‌روزشده در ${o.date}` : ""}. بر پایهٔ گزارش‌های ${o.outlets}.`,
  },
};

export type ChartStrings = typeof fa;

const en: ChartStrings = {
  capped: {
    newest: (shown, total) => `Of ${total} groups of figures, the ${shown} newest are drawn; every figure is in the tables of all figures.`,
    newestItems: (shown, total) =>
      `Of ${total} figures, the ${shown} newest are drawn (in each place, the newest figures of each indicator); every figure is in the tables of all figures.`,
    perYear: (shown, total) =>
      `${total} figures have been published; to stay legible, only the newest figure of each year is drawn (${shown} dots). Every figure is in the tables of all figures.`,
  },
  tableCapped: (shown, total) => `The first ${shown} of ${total} rows; every row is in`,
  tableCsv: "this chart's CSV file",
  empty: {
    noDated: "No figure with a known date has been published for this chart yet.",
    countyTooFew: "This county's figures are too few for a chart; all of them are in the table.",
    noCounties: "The data hold no list of counties.",
  },
  bar: {
    estimate: "* The report did not give this figure's date; it is estimated, and its bar is pale with a dashed outline.",
    excluded: "Doubtful figures and figures with an unknown date are not charted; they are in the table of all figures.",
    conflict: "Where outlets reported different numbers for the same thing, each number has its own bar, labelled with the outlet.",
    colours: (parts) => `Bar colours: ${parts.join("; ")}.`,
    colourName: { s1: "blue", s2: "orange", s3: "green", s4: "pink", est: "grey" },
    conflictHeading: (title) => `${title}: conflicting figures`,
    inferredPeriod: " (date estimated)",
    nth: (outlet, n) => `${outlet} (${n})`,
    withOutlet: (label, outlet) => `${label}, ${outlet}`,
  },
  dot: {
    hollow: "Hollow dot: the report did not give the figure's date and it is estimated; the horizontal line shows the estimated range.",
    excludedParts:
      "Doubtful figures, figures with an unknown date and partial figures (by sex, bank or cooperative) are not charted; they are in the table of figures.",
    before: (year, list) => `For legibility, figures before ${year} are not charted; they are in the table: ${list.join("; ")}.`,
    inferredShort: ", estimated",
    calendar: "Years are Iranian (solar hijri) years, which begin on 21 March: 1400 runs from March 2021 to March 2022.",
  },
  summary: {
    timeDots: {
      range: (n, noun, lo, hi) => `${n} published figures on ${noun}; the lowest ${lo} and the highest ${hi}.`,
      ends: (firstWhen, first, lastWhen, last) =>
        `The first figure, for ${firstWhen}, is ${first} and the latest, for ${lastWhen}, ${last}.`,
      repeated: (when, n, items) => `For ${when}, ${n} figures were reported: ${items.join(" and ")}.`,
      item: (label, outlet) => `${label} (${outlet})`,
      inferred: (n) =>
        `The report did not give the date of ${n} ${n === 1 ? "figure" : "figures"}; ${n === 1 ? "it is" : "they are"} estimated (hollow dot).`,
    },
    periodBars: {
      head: (n, noun, periods) => `${n} published figures on ${noun} for ${periods} different periods:`,
      group: (title, values) => `${title}: ${values.join(" or ")}`,
      noSum: "The periods differ in length and the figures are not added up.",
    },
    eventBars: {
      head: (n, noun, events, from, to) => `${n} figures of ${noun} for ${events} events, from ${from} to ${to}.`,
      extremes: (hi, hiWhen, lo, loWhen, unit) =>
        `The highest ${hi} ${unit.toLowerCase()} (${hiWhen}) and the lowest ${lo} ${unit.toLowerCase()} (${loWhen}).`,
      conflict: (title, n, values) => `For ${title}, ${n} different figures were reported: ${values.join(" and ")}.`,
      noSum: "Each package is one event's figure and these figures are not added up.",
    },
    countySeries: {
      count: (n) => `${n} ${n === 1 ? "figure" : "figures"}.`,
      item: (label, when, inferred) => `${label} (${when}${inferred ? ", estimated" : ""})`,
      series: (name, items) => `${name}: ${items.join("; ")}`,
    },
  },
  notes: {
    periodLengths: "The periods differ in length (a month, six months, a year or several years); each bar's label gives its period.",
    eventColours: {
      "cooperative-week": "blue: Cooperative Week",
      "fajr-decade": "green: Fajr decade",
      other: "pink: other programmes and openings",
    },
    eventPart: (part, of) => `${part} is part of ${of}; do not add the two figures.`,
  },
  events: {
    kind: { "cooperative-week": "Cooperative Week", "fajr-decade": "Fajr decade" },
    named: (kind, years) => `${kind} ${years.join(" or ")}`,
    day: (label, day) => `${label}, ${day}`,
    withYear: (name, year) => `${name}, ${year}`,
  },
  columns: {
    indicator: "Indicator",
    period: "Period",
    period_kind: "Kind of date",
    value: "Value",
    qualifier: "Qualifier",
    source: "Source",
    event: "Event",
    county: "County",
    place: "Place",
    org: "Bank or fund",
    sex: "Sex",
    cooperative: "Cooperative",
    table: "Table",
    basis: "Matched by",
  },
  cell: {
    exact: "exact",
    sex: { female: "women", male: "men" },
    basis: { event: "same event", period: "same period", year: "same year" },
    periodKind: { stated: "stated", inferred: "estimated", unknown: "unknown" },
  },
  period: {
    unknown: "date unknown",
    runs: [
      { from: 1, to: 6, name: "first half of" },
      { from: 7, to: 12, name: "second half of" },
      { from: 1, to: 3, name: "spring" },
      { from: 4, to: 6, name: "summer" },
      { from: 7, to: 9, name: "autumn" },
      { from: 10, to: 12, name: "winter" },
    ],
    run: (name, year) => `${name} ${year}`,
    months: (from, to, year) => `${from} to ${to} ${year}`,
    days: (from, to, month, year) => `${from}–${to} ${month} ${year}`,
  },
  map: {
    noData: "No data",
    credit: "© OpenStreetMap contributors",
    range: (lo, hi) => (lo === hi ? lo : `${lo}–${hi}`),
    withInside: (outer, inner) => `${outer}\n(with ${inner.join(" and ")})`,
    and: " and ",
    list: ", ",
    creditLine: (credit) => `County boundaries: ${credit} (ODbL)`,
    hatched: (noData) => `Counties without data are hatched; “${noData}” does not mean zero.`,
    merged: (outer, inner, n) =>
      `The ${outer} polygon also covers ${inner}, which was part of it before becoming a county; its colour is the total of all ${n} counties.`,
    unofficial: (credit) => `County boundaries: ${credit} (ODbL); the boundaries are not official.`,
  },
  names: {
    outletDrop: /\s+News Agency$/,
    coopDrop: /^(Cooperative Company|Cooperative Complex|Cooperative)\s+|\s+Cooperative( Company)?$/,
  },
  image: {
    siteName: SITE_EN.name,
    empty: "No data",
    sourcePrefix: "Source:",
    updated: "Updated:",
    licence: "Data: CC BY 4.0",
    cite: (o) => `${o.site}. “${o.title}” [chart]${o.date ? `, updated ${o.date}` : ""}. Based on reports by ${o.outlets}.`,
  },
};

export const CHART_STRINGS: Record<Lang, ChartStrings> = { fa, en };

/** The Persian table, under the name pages already use (ChartTable.astro: tableCapped, tableCsv). */
export const CHART_TEXT = fa;
