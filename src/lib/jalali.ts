/**
 * Jalali (Persian calendar) dates: strict validation and conversion.
 * jalaali-js converts but rolls impossible dates over (1401-12-30 -> 1402-01-01), so every date is
 * checked with isValidJalaaliDate first.
 */
import jalaali from "jalaali-js";

const { isValidJalaaliDate, toGregorian, toJalaali } = jalaali;
import { toLatinDigits } from "./normalize.ts";

/** Jalali years accepted in data: wide enough for history (1300s) and a few decades ahead. */
export const MIN_YEAR = 1300;
export const MAX_YEAR = 1500;

export type JalaliPrecision = "year" | "month" | "day";

export interface JalaliParts {
  year: number;
  month?: number;
  day?: number;
}

export type JalaliResult =
  | { ok: true; value: string; parts: JalaliParts; precision: JalaliPrecision; warnings: string[] }
  | { ok: false; type: "jalali-invalid" | "type-error" | "mixed-digits"; message: string };

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a date column allows only the last). Accepts `/` and
 * unpadded parts (`۱۴۰۲/۱/۵` -> `1402-01-05`) with a warning.
 */
export function parseJalali(raw: string, allowed: readonly JalaliPrecision[] = ["day"]): JalaliResult {
  const warnings: string[] = [];
  const digits = toLatinDigits(raw.trim());
  if (!digits.ok) return { ok: false, type: "mixed-digits", message: digits.message };
  if (digits.converted) warnings.push("converted Persian/Arabic digits to Latin digits");
  const m = digits.value.match(/^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/);
  if (!m) return { ok: false, type: "type-error", message: `not a Jalali date (expected ${allowed.map(patternOf).join(" or ")})` };
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  const precision: JalaliPrecision = day !== undefined ? "day" : month !== undefined ? "month" : "year";
  if (!allowed.includes(precision)) {
    return { ok: false, type: "type-error", message: `expected ${allowed.map(patternOf).join(" or ")}` };
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, type: "jalali-invalid", message: `year ${year} is outside ${MIN_YEAR}-${MAX_YEAR}: is this a Gregorian date?` };
  }
  if (month !== undefined && (month < 1 || month > 12)) {
    return { ok: false, type: "jalali-invalid", message: `month ${month} does not exist` };
  }
  if (day !== undefined && !validDay(year, month!, day)) {
    return { ok: false, type: "jalali-invalid", message: `day ${day} does not exist in ${year}-${pad(month!)}` };
  }
  const value = [String(year), month && pad(month), day && pad(day)].filter(Boolean).join("-");
  if (value !== digits.value) warnings.push(`wrote the date as ${value}`);
  return { ok: true, value, parts: { year, month, day }, precision, warnings };
}

function patternOf(p: JalaliPrecision): string {
  return p === "year" ? "YYYY" : p === "month" ? "YYYY-MM" : "YYYY-MM-DD";
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * isValidJalaaliDate, remembered: it works out the leap-year cycle on every call, and a data file
 * names the same few thousand days over and over. The key is the date as a number.
 */
const validDays = new Map<number, boolean>();
function validDay(year: number, month: number, day: number): boolean {
  const key = year * 10000 + month * 100 + day;
  let ok = validDays.get(key);
  if (ok === undefined) {
    ok = isValidJalaaliDate(year, month, day);
    if (validDays.size > 100_000) validDays.clear();
    validDays.set(key, ok);
  }
  return ok;
}

/**
 * Answers of isJalali, per precisions array (each schema field passes its own, always the same
 * one) and value: the schemas ask again for every date cell the reader has just parsed.
 */
const jalaliAnswers = new WeakMap<readonly JalaliPrecision[], Map<string, boolean>>();
const DAY_ONLY: readonly JalaliPrecision[] = ["day"];

/** Is this a real Jalali date string in `YYYY-MM-DD` (or coarser, if allowed)? */
export function isJalali(value: string, allowed: readonly JalaliPrecision[] = DAY_ONLY): boolean {
  let answers = jalaliAnswers.get(allowed);
  if (!answers) jalaliAnswers.set(allowed, (answers = new Map()));
  let ok = answers.get(value);
  if (ok === undefined) {
    ok = parseJalali(value, allowed).ok;
    if (answers.size > 100_000) answers.clear();
    answers.set(value, ok);
  }
  return ok;
}

/** Converts a valid Jalali `YYYY-MM-DD` to ISO Gregorian `YYYY-MM-DD`. */
export function jalaliToGregorian(value: string): string {
  const [jy, jm, jd] = value.split("-").map(Number);
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return `${gy}-${pad(gm)}-${pad(gd)}`;
}

/** Converts an ISO Gregorian `YYYY-MM-DD` to Jalali `YYYY-MM-DD`. */
export function gregorianToJalali(iso: string): string {
  const [gy, gm, gd] = iso.split("-").map(Number);
  const { jy, jm, jd } = toJalaali(gy, gm, gd);
  return `${jy}-${pad(jm)}-${pad(jd)}`;
}

/** The Jalali year a period string starts in. */
export function jalaliYear(value: string): number {
  return Number(value.slice(0, 4));
}

/** Gregorian `YYYY-MM-DD` -> Jalali `YYYY-MM-DD` (e.g. the build date). */
export function jalaliOf(iso: string): string {
  const [gy, gm, gd] = iso.split("-").map(Number);
  const j = jalaali.toJalaali(gy, gm, gd);
  return `${j.jy}-${String(j.jm).padStart(2, "0")}-${String(j.jd).padStart(2, "0")}`;
}
