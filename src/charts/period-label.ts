/**
 * Periods as readers say them: «۱۳۹۷», «نیمهٔ اول ۱۴۰۰», «آذر ۱۳۹۸», «۱۱ تا ۱۷ شهریور ۱۴۰۴»,
 * «مرداد ۱۴۰۰ تا مرداد ۱۴۰۳». Flows of different lengths sit side by side in the charts, so the
 * label has to say how long each one is; a bare «۱۴۰۰» would hide that one bar is half a year.
 */
import { JALALI_MONTHS, faDigits, faJalali } from "../lib/format.ts";
import { PERIOD_TEXT } from "../i18n/charts.ts";

interface Parts { y: number; m?: number; d?: number }

const parts = (p: string): Parts => {
  const [y, m, d] = p.split("-").map(Number);
  return { y, m, d };
};

/** Named runs of months within one year (inclusive month numbers). */
const NAMED_RUNS = PERIOD_TEXT.runs;


/**
 * A Jalali period (`YYYY[-MM[-DD]]`, optionally with an end) in words. Unknown periods return
 * «زمان نامعلوم» (they are never charted, but tables still name them).
 */
export function periodLabel(period?: string, end?: string): string {
  if (!period) return PERIOD_TEXT.unknown;
  const a = parts(period);
  if (!end || end === period) return faJalali(period);
  const b = parts(end);
  if (a.y === b.y) {
    if (a.m === undefined && b.m === undefined) return faDigits(a.y);
    if (a.m !== undefined && b.m !== undefined && a.d === undefined && b.d === undefined) {
      const run = NAMED_RUNS.find((r) => r.from === a.m && r.to === b.m);
      if (run) return `${run.name} ${faDigits(a.y)}`;
      if (a.m === 1 && b.m === 12) return faDigits(a.y);
      return `${JALALI_MONTHS[a.m - 1]} ${PERIOD_TEXT.to} ${JALALI_MONTHS[b.m - 1]} ${faDigits(a.y)}`;
    }
    if (a.m !== undefined && a.m === b.m && a.d !== undefined && b.d !== undefined) {
      return `${faDigits(a.d)} ${PERIOD_TEXT.to} ${faDigits(b.d)} ${JALALI_MONTHS[a.m - 1]} ${faDigits(a.y)}`;
    }
  }
  return `${faJalali(period)} ${PERIOD_TEXT.to} ${faJalali(end)}`;
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
