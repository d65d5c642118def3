/**
 * Display formatting in both editions: digits, numbers with qualifiers and units, Jalali dates
 * with the Gregorian date alongside (Persian: Jalali first; English: Gregorian first), periods.
 * Data files keep Latin digits; only what the reader sees passes here. The words come from
 * i18n/units.ts; every `lang` defaults to Persian, and the `fa*` helpers are the Persian forms.
 */
import jalaali from "jalaali-js";
import { jalaliToGregorian } from "./jalali.ts";
import type { Lang } from "../i18n/lang.ts";
import { UNIT_WORDS } from "../i18n/units.ts";

const NF: Record<Lang, Intl.NumberFormat> = {
  fa: new Intl.NumberFormat("fa-IR", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};
/** Intl puts U+200E before a minus sign; strip it so numbers sit cleanly in RTL text and SVG. */
const clean = (s: string) => s.replace(/\u200E/g, "");

/** 1234567.5 -> «۱٬۲۳۴٬۵۶۷٫۵» (fa) or «1,234,567.5» (en). */
export const formatNumber = (n: number, lang: Lang = "fa"): string => clean(NF[lang].format(n));

/** 1234567.5 -> «۱٬۲۳۴٬۵۶۷٫۵» */
export const faNumber = (n: number): string => formatNumber(n, "fa");

/** Latin digits in any string -> Persian digits (for ids, years, codes shown to readers). */
export const faDigits = (s: string | number): string => String(s).replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]);

/** Persian or Arabic-Indic digits -> Latin digits (display text back to the data's digits). */
export const toLatin = (s: string): string =>
  s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) =>
    String(d.charCodeAt(0) >= 0x06f0 ? d.charCodeAt(0) - 0x06f0 : d.charCodeAt(0) - 0x0660),
  );

/** Digits as the edition writes them: Persian in fa, Latin (as stored) in en. */
export const digits = (s: string | number, lang: Lang = "fa"): string => (lang === "fa" ? faDigits(s) : String(s));

/** «۲٫۵٪», «2.5%». */
export const formatPercent = (n: number, lang: Lang = "fa"): string => `${formatNumber(n, lang)}${UNIT_WORDS[lang].percent}`;

type Words = (typeof UNIT_WORDS)["fa"];
type Qualifier = Exclude<keyof Words["qualifier"], "less_than">;
type UnitKey = keyof Words["unit"];
type ScaleKey = keyof Words["scale"];

/** The qualifiers of schemas/observations.ts as printed in Persian (lib needs no schema). */
export const QUALIFIER_FA: Record<Qualifier, string> = (({ less_than: _, ...q }) => q)(UNIT_WORDS.fa.qualifier);
export const UNIT_FA: Record<UnitKey, string> = UNIT_WORDS.fa.unit;
export const SCALE_FA: Record<ScaleKey, string> = UNIT_WORDS.fa.scale;

/** A qualifier as printed in one edition (less_than too: computed shares carry it). */
export const qualifierWord = (q: keyof Words["qualifier"], lang: Lang = "fa"): string => UNIT_WORDS[lang].qualifier[q];
export const unitWord = (u: UnitKey, lang: Lang = "fa"): string => UNIT_WORDS[lang].unit[u];
export const scaleWord = (s: ScaleKey, lang: Lang = "fa"): string => UNIT_WORDS[lang].scale[s];

export interface FigureLike {
  value: number;
  unit: UnitKey;
  scale: ScaleKey;
  qualifier: Qualifier;
}

/** «بیش از ۶ میلیارد تومان», «more than 6 billion tomans», «۵۳۷»: the figure as printed. */
export function formatFigure(o: FigureLike, lang: Lang = "fa", countNoun = ""): string {
  const w = UNIT_WORDS[lang];
  const unit = o.unit === "count" ? countNoun : w.unit[o.unit];
  return [w.qualifier[o.qualifier], formatNumber(o.value, lang), w.scale[o.scale], unit].filter(Boolean).join(" ");
}

/** «بیش از ۶ میلیارد تومان», «حدود ۱۲ نفر», «۵۳۷» — the figure as printed, in Persian. */
export const faFigure = (o: FigureLike, countNoun = ""): string => formatFigure(o, "fa", countNoun);

export const JALALI_MONTHS = UNIT_WORDS.fa.jalaliMonths;

/** Jalali month names of an edition, Farvardin first. */
export const jalaliMonths = (lang: Lang = "fa"): string[] => UNIT_WORDS[lang].jalaliMonths;
/** Gregorian month names of an edition, January first. */
export const gregorianMonths = (lang: Lang = "fa"): string[] => UNIT_WORDS[lang].gregorianMonths;

/** «۱۵ شهریور ۱۴۰۴» / «15 Shahrivar 1404», «شهریور ۱۴۰۴» or «۱۴۰۴», from `YYYY[-MM[-DD]]`: the Jalali form alone. */
export function jalaliWords(value: string, lang: Lang = "fa"): string {
  const [y, m, d] = value.split("-").map(Number);
  return [d && digits(d, lang), m && UNIT_WORDS[lang].jalaliMonths[m - 1], digits(y, lang)].filter(Boolean).join(" ");
}

/** «۱۵ شهریور ۱۴۰۴», «شهریور ۱۴۰۴» or «۱۴۰۴», from `YYYY[-MM[-DD]]`. */
export const faJalali = (value: string): string => jalaliWords(value, "fa");

const GREGORIAN_FMT: Record<Lang, Intl.DateTimeFormat> = {
  fa: new Intl.DateTimeFormat("fa-IR-u-ca-gregory", { dateStyle: "long", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }),
};

/** The Gregorian date of a full Jalali date: ISO (for `datetime`) and the long form in each edition. */
export function gregorianOf(jalaliDay: string): { iso: string; fa: string; en: string } {
  const iso = jalaliToGregorian(jalaliDay);
  const date = new Date(`${iso}T00:00:00Z`);
  return { iso, fa: clean(GREGORIAN_FMT.fa.format(date)), en: GREGORIAN_FMT.en.format(date) };
}

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * A date for readers: Persian «۱۵ شهریور ۱۴۰۴ (۶ سپتامبر ۲۰۲۵)», Jalali first; English
 * «6 September 2025 (15 Shahrivar 1404)», Gregorian first. A month or a year (no single Gregorian
 * day) is written as a period.
 */
export function formatDate(jalali: string, lang: Lang = "fa"): string {
  if (!isDay(jalali)) return lang === "fa" ? faJalali(jalali) : formatPeriod(jalali, undefined, lang);
  const g = gregorianOf(jalali);
  return lang === "fa" ? `${faJalali(jalali)} (${g.fa})` : `${g.en} (${jalaliWords(jalali, "en")})`;
}

/** First and last day (Jalali `YYYY-MM-DD`) of a Jalali period of any precision. */
function dayBounds(period: string, end = period): [string, string] {
  const pad = (n: number) => String(n).padStart(2, "0");
  const [y0, m0 = 1, d0 = 1] = period.split("-").map(Number);
  const [y1, m1 = 12, d1] = end.split("-").map(Number);
  const last = d1 ?? jalaali.jalaaliMonthLength(y1, m1);
  return [`${y0}-${pad(m0)}-${pad(d0)}`, `${y1}-${pad(m1)}-${pad(last)}`];
}

/**
 * The Gregorian time a Jalali period covers, in English: «2020–21» (a Jalali year), «Nov–Dec 2019»
 * (a month), «Mar–Sep 2021», «6 Sep 2025», «Dec 2019–Jan 2020».
 */
export function gregorianSpan(period: string, end?: string): string {
  const [a, b] = dayBounds(period, end).map((d) => jalaliToGregorian(d).split("-").map(Number));
  const short = UNIT_WORDS.en.gregorianMonthsShort;
  const sameDay = a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
  if (sameDay) return `${a[2]} ${short[a[1] - 1]} ${a[0]}`;
  // Whole Jalali years: the two Gregorian years they touch.
  if (/^\d{4}$/.test(period) && (!end || /^\d{4}$/.test(end))) {
    return Math.floor(a[0] / 100) === Math.floor(b[0] / 100) ? `${a[0]}–${String(b[0]).slice(2)}` : `${a[0]}–${b[0]}`;
  }
  if (a[0] === b[0]) return a[1] === b[1] ? `${short[a[1] - 1]} ${a[0]}` : `${short[a[1] - 1]}–${short[b[1] - 1]} ${a[0]}`;
  return `${short[a[1] - 1]} ${a[0]}–${short[b[1] - 1]} ${b[0]}`;
}

/**
 * A period for display: «۱۳۹۹» or «۱۳۹۸ تا ۱۳۹۹» in Persian; in English the Jalali period with
 * the Gregorian time it covers, «1399 (2020–21)», «1398 to 1399 (2019–21)», and a single day
 * Gregorian first (formatDate).
 */
export function formatPeriod(period?: string, end?: string, lang: Lang = "fa"): string {
  const w = UNIT_WORDS[lang];
  if (!period) return w.unknown;
  const single = !end || end === period;
  const jalali = single ? jalaliWords(period, lang) : `${jalaliWords(period, lang)} ${w.to} ${jalaliWords(end, lang)}`;
  if (lang === "fa") return jalali;
  if (single && isDay(period)) return formatDate(period, "en");
  return `${jalali} (${gregorianSpan(period, single ? undefined : end)})`;
}

/** A period for display: «۱۳۹۹» or «۱۳۹۸ تا ۱۳۹۹». */
export const faPeriod = (period?: string, end?: string): string => formatPeriod(period, end, "fa");
