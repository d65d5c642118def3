/**
 * Display formatting in Persian: digits, numbers with qualifiers and units, Jalali dates with the
 * Gregorian date alongside. Data files keep Latin digits; only what the reader sees passes here.
 */
import { jalaliToGregorian } from "./jalali.ts";

const nf = new Intl.NumberFormat("fa-IR", { maximumFractionDigits: 2 });
/** Intl puts U+200E before a minus sign; strip it so numbers sit cleanly in RTL text and SVG. */
const clean = (s: string) => s.replace(/\u200E/g, "");

/** 1234567.5 -> «۱٬۲۳۴٬۵۶۷٫۵» */
export const faNumber = (n: number): string => clean(nf.format(n));

/** Latin digits in any string -> Persian digits (for ids, years, codes shown to readers). */
export const faDigits = (s: string | number): string => String(s).replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]);

/** The qualifiers of schemas/observations.ts as printed (declared here so lib needs no schema). */
export const QUALIFIER_FA = {
  exact: "",
  about: "حدود",
  more_than: "بیش از",
  up_to: "تا",
  at_least: "حداقل",
  amounting_to: "بالغ بر",
} as const;
type Qualifier = keyof typeof QUALIFIER_FA;

export const UNIT_FA = {
  count: "",
  people: "نفر",
  jobs: "فرصت شغلی",
  percent: "درصد",
  toman: "تومان",
  rial: "ریال",
  usd: "دلار",
  tonne: "تن",
} as const;

export const SCALE_FA = { one: "", thousand: "هزار", million: "میلیون", billion: "میلیارد", trillion: "هزار میلیارد" } as const;

/** «بیش از ۶ میلیارد تومان», «حدود ۱۲ نفر», «۵۳۷» — the figure as printed, in Persian. */
export function faFigure(o: { value: number; unit: keyof typeof UNIT_FA; scale: keyof typeof SCALE_FA; qualifier: Qualifier }, countNoun = ""): string {
  const unit = o.unit === "count" ? countNoun : UNIT_FA[o.unit];
  return [QUALIFIER_FA[o.qualifier], faNumber(o.value), SCALE_FA[o.scale], unit].filter(Boolean).join(" ");
}

export const JALALI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];

/** «۱۵ شهریور ۱۴۰۴», «شهریور ۱۴۰۴» or «۱۴۰۴», from `YYYY[-MM[-DD]]`. */
export function faJalali(value: string): string {
  const [y, m, d] = value.split("-").map(Number);
  return [d && faDigits(d), m && JALALI_MONTHS[m - 1], faDigits(y)].filter(Boolean).join(" ");
}

const gregorianFa = new Intl.DateTimeFormat("fa-IR-u-ca-gregory", { dateStyle: "long", timeZone: "UTC" });

/** The Gregorian date of a full Jalali date: ISO (for `datetime`) and Persian long form. */
export function gregorianOf(jalaliDay: string): { iso: string; fa: string } {
  const iso = jalaliToGregorian(jalaliDay);
  return { iso, fa: clean(gregorianFa.format(new Date(`${iso}T00:00:00Z`))) };
}

/** A period for display: «۱۳۹۹» or «۱۳۹۸ تا ۱۳۹۹». */
export function faPeriod(period?: string, end?: string): string {
  if (!period) return "نامعلوم";
  return end && end !== period ? `${faJalali(period)} تا ${faJalali(end)}` : faJalali(period);
}
