/**
 * What a page shows of a number, a figure, a period or a date, in either edition: Persian pages
 * use lib/format.ts as before (Persian digits, Jalali first, Gregorian beside); English pages get
 * Latin digits, English number formats and the Gregorian date first with the Jalali date beside.
 * Also the English-or-Persian field of a data row (`name_en`/`name_fa`).
 */
import type { Lang } from "./lang.ts";
import { faDigits, faFigure, faJalali, faNumber, faPeriod, formatFigure, formatNumber, formatPeriod, gregorianOf } from "../lib/format.ts";
import { jalaliToGregorian } from "../lib/jalali.ts";

const enLong = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export const JALALI_MONTHS_EN = [
  "Farvardin",
  "Ordibehesht",
  "Khordad",
  "Tir",
  "Mordad",
  "Shahrivar",
  "Mehr",
  "Aban",
  "Azar",
  "Dey",
  "Bahman",
  "Esfand",
];

type FigureLike = Parameters<typeof formatFigure>[0];
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** «12 Tir 1401», «Tir 1401» or «1401». */
export function enJalali(value: string): string {
  const [y, m, d] = value.split("-").map(Number);
  return [d, m && JALALI_MONTHS_EN[m - 1], y].filter(Boolean).join(" ");
}

export interface Display {
  lang: Lang;
  /** 1234.5 -> «1,234.5» / «۱٬۲۳۴٫۵» */
  number: (n: number) => string;
  /** Latin digits in a string, made Persian on Persian pages (ids, years, codes). */
  digits: (s: string | number) => string;
  /** The figure as printed: «more than 6 billion tomans». */
  figure: (f: FigureLike, countNoun?: string) => string;
  /** A period: «2020/21 (1399)» / «۱۳۹۹». */
  period: (period?: string, end?: string) => string;
  /** A Jalali year as a heading or link text: «1399 (2020/21)» / «۱۳۹۹». */
  year: (y: number) => string;
  /** A Jalali date in the edition's order: main text, the other calendar, and ISO Gregorian for <time>. */
  date: (jalali: string) => { main: string; other?: string; iso?: string };
  /** List separators: «A, B» / «الف، ب», and the stronger «A; B» / «الف؛ ب». */
  sep: string;
  semi: string;
  /** A doubt reason for a tooltip: the English twin where the data has it (TODO: doubt_reason_en from rel3), else the Persian. */
  doubt: (f: { doubt_reason?: string; doubt_reason_en?: string }) => string | undefined;
  /** Is the doubt reason shown in Persian on a page of another language (no English twin yet)? Then it goes in a lang="fa" isolate. */
  doubtInPersian: (f: { doubt_reason?: string; doubt_reason_en?: string }) => boolean;
  /** The English or Persian field of a data row: `field(o, "name")` -> `o.name_en` / `o.name_fa`. */
  field: <K extends string>(o: Partial<Record<`${K}_fa` | `${K}_en`, string>> | undefined, key: K) => string | undefined;
}

export function display(lang: Lang): Display {
  if (lang === "fa") {
    return {
      lang,
      number: faNumber,
      digits: faDigits,
      figure: faFigure,
      period: faPeriod,
      year: (y) => faDigits(y),
      date: (j) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(j)) return { main: faJalali(j) };
        const g = gregorianOf(j);
        return { main: faJalali(j), other: g.fa, iso: g.iso };
      },
      sep: "، ",
      semi: "؛ ",
      doubt: (f) => f.doubt_reason,
      doubtInPersian: () => false,
      field: (o, key) => (o as Record<string, string | undefined> | undefined)?.[`${key}_fa`],
    };
  }
  // Numbers, figures and periods as the charts print them (lib/format.ts), so a page's table and
  // its chart's table read the same.
  return {
    lang,
    number: (n) => formatNumber(n, "en"),
    digits: (s) => String(s),
    figure: (o, countNoun = "") => formatFigure(o, "en", countNoun),
    period: (period, end) => formatPeriod(period, end, "en"),
    year: (y) => formatPeriod(String(y), undefined, "en"),
    date: (j) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(j)) return { main: formatPeriod(j, undefined, "en") };
      const iso = jalaliToGregorian(j);
      return { main: enLong.format(utc(iso)), other: enJalali(j), iso };
    },
    sep: ", ",
    semi: "; ",
    // The schema requires doubt_reason_en beside a Persian reason; a model built by hand may lack it.
    doubt: (f) => f.doubt_reason_en ?? f.doubt_reason,
    doubtInPersian: (f) => !!f.doubt_reason && !f.doubt_reason_en,
    field: (o, key) => {
      const r = o as Record<string, string | undefined> | undefined;
      return r?.[`${key}_en`] ?? r?.[`${key}_fa`];
    },
  };
}
