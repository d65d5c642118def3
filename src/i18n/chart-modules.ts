/**
 * The text of the charts that are more than a configured kind (charts/modules/*.ts): their
 * empty reasons, measure names, column headers, notes and summary sentences, per edition, keyed
 * by chart id. Same keys in both tables (tests/charts/i18n-tables.test.ts). Numbers arrive
 * already formatted for the edition unless typed `number`.
 */
import { faDigits } from "../lib/format.ts";
import type { Lang } from "./lang.ts";

const fa = {
  "coop-investment": {
    empty: "هنوز رقم پولی هیچ تعاونی‌ای با زمان معلوم منتشر نشده است.",
    measures: { "coop-investment": "سرمایه‌گذاری", "coop-facilities": "تسهیلات", "coop-own-contribution": "آوردهٔ اعضا" } as Record<
      string,
      string
    >,
    columns: { place: "شهرستان" } as Record<string, string>,
    single: "هر گروه رقم یک تعاونی است، نه کل شهرستان؛ رقم‌ها را برای شهرستان جمع نزنید.",
    title: (coop: string, place: string, when: string) => `${coop}، ${place}، ${when}`,
    twice: (measure: string, outlet: string) => `${measure} (${outlet})`,
    item: (label: string, value: string) => `${label} ${value}`,
    group: (title: string, items: string[]) => `${title}: ${items.join("، ")}`,
    summary: (groups: string[], unit: string) => `${groups.join("؛ ")} (${unit}).`,
    top: (coop: string, place: string) => ` بیشترین سرمایه‌گذاری: ${coop} در ${place}.`,
  },
  "coops-registered-active": {
    empty: "هنوز برای هیچ مکانی رقم تعاونی‌های ثبت‌شده و فعالِ همان سال‌ها منتشر نشده است.",
    measures: { "coops-registered": "ثبت‌شده", "coops-declared-active": "اعلام فعالیت در سامانه", "coops-active": "فعال" } as Record<
      string,
      string
    >,
    scale:
      "طول میله‌ها در هر مکان جداگانه سنجیده شده است (بلندترین میلهٔ هر مکان تمام‌قد است)؛ عددها را بخوانید، نه طول میله‌ها را میان مکان‌ها.",
    label: (measure: string, when: string) => `${measure}\n${when}`,
    item: (label: string, value: string) => `${label}: ${value}`,
    ratio: (pct: number) => `${faDigits(pct)} درصد`,
    ratios: (list: string[]) => ` (در یک گزارش، ${list.join(" و ")} از تعاونی‌های ثبت‌شده فعال یا اعلام‌فعالیت‌کرده‌اند)`,
    group: (title: string, items: string[], ratios: string) => `${title}: ${items.join("؛ ")}${ratios}.`,
  },
  "county-map": {
    columns: { sources: "شمار منابع", years: "سال‌ها" } as Record<string, string>,
    summary: (withData: number, all: number) =>
      `برای ${faDigits(withData)} شهرستان از ${faDigits(all)} شهرستان لرستان رقمی منتشرشده یافته‌ایم.`,
    top: (items: string[]) => `بیشترین ارقام: ${items.join("، ")}.`,
    topItem: (name: string, n: number) => `${name} (${faDigits(n)} رقم)`,
    none: (names: string[]) => `برای ${names.join("، ")} هنوز رقمی نیافته‌ایم.`,
    noneAtAll: "برای هیچ شهرستانی هنوز رقمی نیافته‌ایم.",
  },
  "facilities-banks": {
    empty: "هنوز رقمی از تسهیلات بانکی با زمان معلوم منتشر نشده است.",
    part: (org: string, total: string) => `${org} بخشی از ${total} است؛ دو رقم را جمع نزنید.`,
    title: (place: string, when: string) => `${place}، ${when}`,
    label: (indicator: string, org?: string) => indicator + (org ? `: ${org}` : ""),
    item: (label: string, value: string) => `${label} ${value}`,
    group: (title: string, items: string[], unit: string) => `${title}: ${items.join("؛ ")} ${unit}.`,
  },
  "investment-vs-facilities": {
    empty: "هنوز رویدادی نیست که هم سرمایه‌گذاری و هم تسهیلاتش با زمان معلوم منتشر شده باشد.",
    measures: { "package-investment": "سرمایه‌گذاری", "package-facilities": "تسهیلات" } as Record<string, string>,
    part: "تسهیلات بخشی از سرمایه‌گذاری است (باقی آوردهٔ اعضاست)؛ دو میله را جمع نزنید.",
    share: (pct: number) => `؛ تسهیلات ${faDigits(pct)} درصد سرمایه‌گذاری`,
    twice: (measure: string, outlet: string) => `${measure} (${outlet})`,
    title: (event: string, place?: string) => event + (place ? `، ${place}` : ""),
    item: (label: string, value: string) => `${label} ${value}`,
    group: (title: string, items: string[], unit: string, share: string) => `${title}: ${items.join("، ")} ${unit}${share}.`,
  },
  "iran-coops-definitions": {
    empty: "هنوز رقم زمان‌داری از تعاونی‌های کشور منتشر نشده است.",
    definitions: {
      "coops-registered": "ثبت‌شده (با هر وضعیتی)",
      "coops-active": "فعال",
      "coops-active-or-building": "فعال یا در دست اجرا (اتاق تعاون)",
      "coops-inactive": "غیرفعال یا نیمه‌فعال",
      "coops-dissolved": "منحل‌شده (از آغاز)",
    } as Record<string, string>,
    legend: { s1: "ثبت‌شده", s2: "فعال", s3: "فعال یا در دست اجرا", s4: "غیرفعال یا منحل‌شده" },
    columns: { indicator: "تعریف" } as Record<string, string>,
    apart:
      "تعریف‌ها جدا مانده‌اند: ثبت‌شده همهٔ تعاونی‌هاست، فعال بخشی از آن‌ها، و «فعال یا در دست اجرا»ی اتاق تعاون طرح‌های نیمه‌کاره را هم شمرده است؛ این گروه‌ها را نباید به هم وصل کرد یا از هم کم کرد.",
    label: (when: string, outlet: string) => `${when}، ${outlet}`,
    item: (value: string, label: string, inferred: boolean) => `${value} (${label}${inferred ? "، زمان برآوردی" : ""})`,
    group: (title: string, items: string[]) => `${title}: ${items.join("؛ ")}`,
    summary: (n: number, defs: number, groups: string[], apart: string) =>
      `${faDigits(n)} رقم منتشرشده از شمار تعاونی‌های ایران در ${faDigits(defs)} تعریف. ${groups.join(". ")}. ${apart}`,
  },
  "lorestan-share": {
    empty: "هنوز هیچ رقم لرستان و ایرانی نیست که به یک زمان مربوط باشند.",
    assume: "فرض این است که رقم کشور رقم لرستان را هم در بر دارد؛ منبع هر دو رقم در جدول آمده است.",
    columns: {
      lorestan_period: "زمان رقم لرستان",
      lorestan_value: "لرستان",
      lorestan_source: "منبع لرستان",
      iran_period: "زمان رقم ایران",
      iran_value: "ایران",
      iran_source: "منبع ایران",
      share_qualifier: "قید سهم",
      share_percent: "سهم لرستان (درصد)",
    } as Record<string, string>,
    label: (indicator: string, when: string) => `${indicator}\n${when}`,
    basisNote: (bases: string[]) =>
      `مبنای تطبیق: ${bases.join("، ")}. رقم‌هایی که زمانشان بازه‌ای چندساله است با هیچ رقمی تطبیق داده نمی‌شوند.`,
    figureNote: (indicator: string, when: string, notes: string[]) => `${indicator} (${when}): ${notes.join(" ")}`,
    item: (
      indicator: string,
      when: string,
      inferred: boolean,
      lorestan: string,
      iran: string,
      share: string,
      lorestanOutlet: string,
      iranOutlet: string,
    ) =>
      `${indicator} (${when}${inferred ? "، زمان برآوردی" : ""}): ${lorestan} از ${iran}، یعنی ${share}؛ منابع: ${lorestanOutlet} و ${iranOutlet}`,
    summary: (n: number, items: string[]) => `سهم لرستان در ${faDigits(n)} مورد که زمان رقم استان و کشور یکی است: ${items.join(". ")}.`,
  },
  "members-by-sex": {
    empty: "هنوز رقمی به تفکیک زنان و مردان با زمان معلوم منتشر نشده است.",
    sexes: { female: "زنان", male: "مردان" },
    scale: "طول میله‌ها در هر گروه جداگانه سنجیده شده است؛ عددها را میان گروه‌ها مقایسه کنید، نه طول میله‌ها را.",
    total: (title: string, total: string, sum: string) =>
      total === sum
        ? `${title}: مجموع اعلام‌شده ${total}.`
        : `${title}: مجموع اعلام‌شده ${total} است و جمع زنان و مردان ${sum}؛ هر دو همان‌طور که منتشر شده آمده‌اند.`,
    title: (indicator: string, place: string, when: string) => `${indicator}، ${place}، ${when}`,
    item: (label: string, value: string) => `${label} ${value}`,
    group: (title: string, items: string[], share: number) => `${title}: ${items.join(" و ")}؛ زنان ${faDigits(share)} درصد این دو رقم.`,
  },
  provinces: {
    empty: "هنوز برای هیچ استانی رقم زمان‌دار منتشر نشده است.",
    lorestan: "لرستان",
    others: "استان‌های دیگر",
    columns: { place: "استان" } as Record<string, string>,
    label: (place: string, when: string, outlet: string) => `${place}\n${when}، ${outlet}`,
    spread: (n: number, from: string, to: string) =>
      `این ${faDigits(n)} رقم مربوط به سال‌های ${from} تا ${to} هستند و هر کدام تاریخ خودش را دارد؛ یک سرشماری هم‌زمان نیستند.`,
    notRank:
      "ترتیب میله‌ها فقط به اندازهٔ رقم‌هاست و رتبه‌بندی رسمی نیست: رقم‌ها از گزارش‌ها و سال‌های گوناگون‌اند و بیشتر استان‌ها در آن‌ها نیامده‌اند.",
    latest: "برای هر استان فقط تازه‌ترین رقم زمان‌دار آمده است؛ رقم‌های دیگر در جدول‌های صفحه هستند.",
    undated: (names: string[]) => `رقم‌های ${names.join("، ")} زمان معلوم ندارند یا مشکوک‌اند و در نمودار نیستند.`,
    item: (place: string, value: string, when: string, inferred: boolean, outlet: string) =>
      `${place} ${value} (${when}${inferred ? "، برآوردی" : ""}، ${outlet})`,
    head: (noun: string, n: number, items: string[]) => `تازه‌ترین رقم منتشرشدهٔ ${noun} در ${faDigits(n)} استان: ${items.join("؛ ")}.`,
    lorestanIs: (value: string, when: string) => `رقم لرستان ${value} است (${when}).`,
    noLorestan: "برای لرستان رقم زمان‌داری در دست نیست.",
  },
  "provinces-national-tables": {
    empty: "هنوز هیچ جدول کشوری‌ای با ارقام دو استان یا بیشتر در داده‌ها نیست.",
    lorestan: "لرستان",
    others: "استان‌های دیگر",
    columns: { place: "استان" } as Record<string, string>,
    scale: "طول میله‌ها در هر گروه جداگانه سنجیده شده است؛ گروه‌ها واحد و زمان متفاوت دارند و با هم سنجیدنی نیستند.",
    partial:
      "هر گروه فقط استان‌هایی را دارد که خبر نام برده است (معمولاً بالا یا پایین جدول)، نه همهٔ ۳۱ استان؛ جایگاه لرستان فقط جایی معلوم است که خبر آن را آورده باشد.",
    noLorestan: (n: number) => `لرستان در ${faDigits(n)} گروه از این جدول‌ها نیامده است.`,
    title: (indicator: string, when: string, outlet: string) => `${indicator}، ${when}، ${outlet}`,
    item: (label: string, value: string) => `${label} ${value}`,
    group: (title: string, items: string[]) => `${title}: ${items.join("، ")}`,
    summary: (n: number, groups: string[]) =>
      `${faDigits(n)} جدول یا رتبه‌بندی کشوری که چند استان را در یک زمان نام برده‌اند. ${groups.join(". ")}.`,
  },
};

export type ChartModuleText = typeof fa;

const en: ChartModuleText = {
  "coop-investment": {
    empty: "No money figure with a known date has been published for any cooperative yet.",
    measures: { "coop-investment": "Investment", "coop-facilities": "Bank facilities", "coop-own-contribution": "Members' contribution" },
    columns: { place: "County" },
    single: "Each group is one cooperative's figures, not the whole county's; do not add them up for the county.",
    title: (coop, place, when) => `${coop}, ${place}, ${when}`,
    twice: (measure, outlet) => `${measure} (${outlet})`,
    item: (label, value) => `${label} ${value}`,
    group: (title, items) => `${title}: ${items.join(", ")}`,
    summary: (groups, unit) => `${groups.join("; ")} (${unit.toLowerCase()}).`,
    top: (coop, place) => ` The largest investment: ${coop} in ${place}.`,
  },
  "coops-registered-active": {
    empty: "No place has published figures of registered and active cooperatives for the same years yet.",
    measures: {
      "coops-registered": "Registered",
      "coops-declared-active": "Declared active in the registry system",
      "coops-active": "Active",
    },
    scale:
      "Bar lengths are scaled within each place (the longest bar of each place is full length); read the numbers, not the bar lengths, across places.",
    label: (measure, when) => `${measure}\n${when}`,
    item: (label, value) => `${label}: ${value}`,
    ratio: (pct) => `${pct} percent`,
    ratios: (list) => ` (in one report, ${list.join(" and ")} of registered cooperatives are active or declared active)`,
    group: (title, items, ratios) => `${title}: ${items.join("; ")}${ratios}.`,
  },
  "county-map": {
    columns: { sources: "Sources", years: "Years" },
    summary: (withData, all) => `We found published figures for ${withData} of Lorestan's ${all} counties.`,
    top: (items) => `Most figures: ${items.join(", ")}.`,
    topItem: (name, n) => `${name} (${n} ${n === 1 ? "figure" : "figures"})`,
    none: (names) => `No figure found yet for ${names.join(", ")}.`,
    noneAtAll: "No figure found yet for any county.",
  },
  "facilities-banks": {
    empty: "No bank facilities figure with a known date has been published yet.",
    part: (org, total) => `${org} is part of ${total}; do not add the two figures.`,
    title: (place, when) => `${place}, ${when}`,
    label: (indicator, org) => indicator + (org ? `: ${org}` : ""),
    item: (label, value) => `${label} ${value}`,
    group: (title, items, unit) => `${title}: ${items.join("; ")} ${unit.toLowerCase()}.`,
  },
  "investment-vs-facilities": {
    empty: "There is no event yet with both its investment and its facilities published with a known date.",
    measures: { "package-investment": "Investment", "package-facilities": "Bank facilities" },
    part: "Facilities are part of the investment (the rest is the members' contribution); do not add the two bars.",
    share: (pct) => `; facilities ${pct} percent of the investment`,
    twice: (measure, outlet) => `${measure} (${outlet})`,
    title: (event, place) => event + (place ? `, ${place}` : ""),
    item: (label, value) => `${label} ${value}`,
    group: (title, items, unit, share) => `${title}: ${items.join(", ")} ${unit.toLowerCase()}${share}.`,
  },
  "iran-coops-definitions": {
    empty: "No dated figure of Iran's cooperatives has been published yet.",
    definitions: {
      "coops-registered": "Registered (in any state)",
      "coops-active": "Active",
      "coops-active-or-building": "Active or under construction (Chamber of Cooperatives)",
      "coops-inactive": "Inactive or semi-active",
      "coops-dissolved": "Dissolved (since the beginning)",
    },
    legend: { s1: "registered", s2: "active", s3: "active or under construction", s4: "inactive or dissolved" },
    columns: { indicator: "Definition" },
    apart:
      "The definitions are kept apart: registered is every cooperative, active is part of them, and the Chamber of Cooperatives' “active or under construction” also counts unfinished projects; these groups must not be joined or subtracted from one another.",
    label: (when, outlet) => `${when}, ${outlet}`,
    item: (value, label, inferred) => `${value} (${label}${inferred ? ", date estimated" : ""})`,
    group: (title, items) => `${title}: ${items.join("; ")}`,
    summary: (n, defs, groups, apart) =>
      `${n} published figures of the number of Iran's cooperatives under ${defs} definitions. ${groups.join(". ")}. ${apart}`,
  },
  "lorestan-share": {
    empty: "There are no figures for Lorestan and Iran that refer to the same time yet.",
    assume: "This assumes that the national figure includes Lorestan's; the sources of both figures are in the table.",
    columns: {
      lorestan_period: "Period of Lorestan's figure",
      lorestan_value: "Lorestan",
      lorestan_source: "Source for Lorestan",
      iran_period: "Period of Iran's figure",
      iran_value: "Iran",
      iran_source: "Source for Iran",
      share_qualifier: "Share qualifier",
      share_percent: "Lorestan's share (percent)",
    },
    label: (indicator, when) => `${indicator}\n${when}`,
    basisNote: (bases) => `Matched by: ${bases.join(", ")}. Figures whose period spans several years are matched with none.`,
    figureNote: (indicator, when, notes) => `${indicator} (${when}): ${notes.join(" ")}`,
    item: (indicator, when, inferred, lorestan, iran, share, lorestanOutlet, iranOutlet) =>
      `${indicator} (${when}${inferred ? ", date estimated" : ""}): ${lorestan} of ${iran}, that is ${share}; sources: ${lorestanOutlet} and ${iranOutlet}`,
    summary: (n, items) =>
      `Lorestan's share in ${n} ${n === 1 ? "case" : "cases"} where the provincial and national figures refer to the same time: ${items.join(". ")}.`,
  },
  "members-by-sex": {
    empty: "No figure by women and men with a known date has been published yet.",
    sexes: { female: "Women", male: "Men" },
    scale: "Bar lengths are scaled within each group; compare the numbers across groups, not the bar lengths.",
    total: (title, total, sum) =>
      total === sum
        ? `${title}: stated total ${total}.`
        : `${title}: the stated total is ${total} and women plus men make ${sum}; both are shown as published.`,
    title: (indicator, place, when) => `${indicator}, ${place}, ${when}`,
    item: (label, value) => `${label} ${value}`,
    group: (title, items, share) => `${title}: ${items.join(" and ")}; women are ${share} percent of the two figures.`,
  },
  provinces: {
    empty: "No province has a dated figure published yet.",
    lorestan: "Lorestan",
    others: "other provinces",
    columns: { place: "Province" },
    label: (place, when, outlet) => `${place}\n${when}, ${outlet}`,
    spread: (n, from, to) =>
      `These ${n} figures refer to the years ${from} to ${to}, each with its own date; they are not one census taken at one time.`,
    notRank:
      "The bars are ordered only by size and are not an official ranking: the figures come from different reports and years, and most provinces are not in them.",
    latest: "Each province shows only its latest dated figure; the other figures are in the tables on the page.",
    undated: (names) => `The figures of ${names.join(", ")} have no known date or are doubtful and are not charted.`,
    item: (place, value, when, inferred, outlet) => `${place} ${value} (${when}${inferred ? ", estimated" : ""}, ${outlet})`,
    head: (noun, n, items) => `The latest published figure of ${noun} in ${n} provinces: ${items.join("; ")}.`,
    lorestanIs: (value, when) => `Lorestan's figure is ${value} (${when}).`,
    noLorestan: "No dated figure is available for Lorestan.",
  },
  "provinces-national-tables": {
    empty: "The data hold no national table with figures for two or more provinces yet.",
    lorestan: "Lorestan",
    others: "other provinces",
    columns: { place: "Province" },
    scale: "Bar lengths are scaled within each group; the groups differ in unit and time and cannot be compared.",
    partial:
      "Each group has only the provinces the report named (usually the top or bottom of the table), not all 31; Lorestan's place is known only where the report gave it.",
    noLorestan: (n) => `Lorestan is not in ${n} of these ${n === 1 ? "tables" : "tables"}.`,
    title: (indicator, when, outlet) => `${indicator}, ${when}, ${outlet}`,
    item: (label, value) => `${label} ${value}`,
    group: (title, items) => `${title}: ${items.join(", ")}`,
    summary: (n, groups) =>
      `${n} national ${n === 1 ? "table or ranking" : "tables or rankings"} naming several provinces at one time. ${groups.join(". ")}.`,
  },
};

export const CHART_MODULE_TEXT: Record<Lang, ChartModuleText> = { fa, en };
