/**
 * Words of the figures as printed, per edition: qualifiers (schemas/observations.ts), units and
 * scales (lib/units.ts), month names of both calendars, and the few words of a period. The same
 * keys in both tables (tests/i18n/tables.test.ts checks it); lib/format.ts writes with them.
 */
import type { Lang } from "./lang.ts";

export interface UnitWords {
  qualifier: { exact: string; about: string; more_than: string; up_to: string; at_least: string; amounting_to: string; less_than: string };
  unit: { count: string; people: string; jobs: string; percent: string; toman: string; rial: string; usd: string; tonne: string };
  scale: { one: string; thousand: string; million: string; billion: string; trillion: string };
  /** Jalali months, Farvardin first. */
  jalaliMonths: string[];
  /** Gregorian months, January first (long form). */
  gregorianMonths: string[];
  /** Gregorian months, short form (in spans such as «Nov–Dec 2019»). */
  gregorianMonthsShort: string[];
  /** Between the two ends of a period: «۱۳۹۸ تا ۱۳۹۹», «1398 to 1399». */
  to: string;
  /** A period nobody stated. */
  unknown: string;
  /** The percent sign after a number («۲٫۵٪», «2.5%»). */
  percent: string;
  /** Joins a list: «ایرنا، ایسنا», «IRNA, ISNA». */
  list: string;
  /** Joins alternatives: «۱۲ یا ۱۴», «12 or 14». */
  or: string;
  /** Joins two items: «۱۲ و ۱۴», «12 and 14». */
  and: string;
  /** Between clauses of one sentence: «؛», «;». */
  semicolon: string;
}

export const UNIT_WORDS: Record<Lang, UnitWords> = {
  fa: {
    qualifier: {
      exact: "",
      about: "حدود",
      more_than: "بیش از",
      up_to: "تا",
      at_least: "حداقل",
      amounting_to: "بالغ بر",
      less_than: "کمتر از",
    },
    unit: { count: "", people: "نفر", jobs: "فرصت شغلی", percent: "درصد", toman: "تومان", rial: "ریال", usd: "دلار", tonne: "تن" },
    scale: { one: "", thousand: "هزار", million: "میلیون", billion: "میلیارد", trillion: "هزار میلیارد" },
    jalaliMonths: ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"],
    gregorianMonths: ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
    gregorianMonthsShort: ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
    to: "تا",
    unknown: "نامعلوم",
    percent: "٪",
    list: "، ",
    or: " یا ",
    and: " و ",
    semicolon: "؛ ",
  },
  en: {
    qualifier: {
      exact: "",
      about: "about",
      more_than: "more than",
      up_to: "up to",
      at_least: "at least",
      amounting_to: "amounting to",
      less_than: "less than",
    },
    unit: {
      count: "",
      people: "people",
      jobs: "jobs",
      percent: "percent",
      toman: "tomans",
      rial: "rials",
      usd: "dollars",
      tonne: "tonnes",
    },
    scale: { one: "", thousand: "thousand", million: "million", billion: "billion", trillion: "trillion" },
    jalaliMonths: ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"],
    gregorianMonths: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    gregorianMonthsShort: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    to: "to",
    unknown: "unknown",
    percent: "%",
    list: ", ",
    or: " or ",
    and: " and ",
    semicolon: "; ",
  },
};
