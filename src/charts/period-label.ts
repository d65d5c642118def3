/**
 * Periods as readers say them: 1397, first half of 1400, Azar 1398, 11-17 Shahrivar 1404, Mordad
 * 1400 to Mordad 1403 (in Persian words and digits, or in English with the Gregorian time beside).
 * Flows of different lengths sit side by side in the charts, so the label has to say how long
 * each one is; a bare 1400 would hide that one bar is half a year.
 */
import { digits, gregorianSpan, jalaliMonths, jalaliWords } from "../lib/format.ts";
import { CHART_STRINGS } from "../i18n/charts.ts";
import { UNIT_WORDS } from "../i18n/units.ts";
import type { Lang } from "../i18n/lang.ts";

interface Parts {
  y: number;
  m?: number;
  d?: number;
}

const parts = (p: string): Parts => {
  const [y, m, d] = p.split("-").map(Number);
  return { y, m, d };
};

/**
 * A Jalali period (`YYYY[-MM[-DD]]`, optionally with an end) in words. Unknown periods return
 * "date unknown" (they are never charted, but tables still name them). English adds the Gregorian
 * time the period covers, «first half of 1400 (Mar–Sep 2021)», and writes a single day Gregorian
 * first, «6 Sep 2025 (15 Shahrivar 1404)».
 */
export function periodLabel(period?: string, end?: string, lang: Lang = "fa"): string {
  const T = CHART_STRINGS[lang].period;
  if (!period) return T.unknown;
  const words = jalaliLabel(period, end, lang);
  if (lang === "fa") return words;
  // A single day: Gregorian first, short ("9 Sep 2025 (18 Shahrivar 1404)"), as labels must be.
  if ((!end || end === period) && period.length === 10) return `${gregorianSpan(period)} (${words})`;
  return `${words} (${gregorianSpan(period, end && end !== period ? end : undefined)})`;
}

/** The Jalali words of a period (Persian labels are only these). */
function jalaliLabel(period: string, end: string | undefined, lang: Lang): string {
  const T = CHART_STRINGS[lang].period;
  const months = jalaliMonths(lang);
  const d = (n: number) => digits(n, lang);
  const a = parts(period);
  if (!end || end === period) return jalaliWords(period, lang);
  const b = parts(end);
  if (a.y === b.y) {
    if (a.m === undefined && b.m === undefined) return d(a.y);
    if (a.m !== undefined && b.m !== undefined && a.d === undefined && b.d === undefined) {
      // Named runs of months within one year (inclusive month numbers).
      const run = T.runs.find((r) => r.from === a.m && r.to === b.m);
      if (run) return T.run(run.name, d(a.y));
      if (a.m === 1 && b.m === 12) return d(a.y);
      return T.months(months[a.m - 1], months[b.m - 1], d(a.y));
    }
    if (a.m !== undefined && a.m === b.m && a.d !== undefined && b.d !== undefined) {
      return T.days(d(a.d), d(b.d), months[a.m - 1], d(a.y));
    }
  }
  return `${jalaliWords(period, lang)} ${UNIT_WORDS[lang].to} ${jalaliWords(end, lang)}`;
}

/** First and last Jalali year a period touches. */
export function yearSpan(period: string, end?: string): [number, number] {
  const y0 = parts(period).y;
  const y1 = end ? parts(end).y : y0;
  return [y0, y1];
}

/** The `period/period_end` form used in chart tables and CSV (Latin digits, ISO-8601-like interval). */
export const periodKey = (period?: string, end?: string): string | null =>
  period ? (end && end !== period ? `${period}/${end}` : period) : null;
