/**
 * "Did you mean": the closest known value to a mistyped one, by edit distance on the normalised
 * form (ZWNJ, spaces, case and Arabic letters ignored), plus the Persian words that data/README.md
 * maps to enum values (بیش از -> more_than, حدود -> about).
 */
import { comparisonKey } from "../lib/normalize.ts";

/** Persian (and common English) words for enum values, as data/README.md gives them. */
export const ENUM_WORDS: Record<string, string> = {
  // qualifier
  حدود: "about",
  حدودا: "about",
  حدوداً: "about",
  تقریبا: "about",
  تقریباً: "about",
  "نزدیک به": "about",
  "بیش از": "more_than",
  "بیشتر از": "more_than",
  "افزون بر": "more_than",
  بالای: "more_than",
  تا: "up_to",
  حداکثر: "up_to",
  حداقل: "at_least",
  "دست کم": "at_least",
  "بالغ بر": "amounting_to",
  دقیق: "exact",
  // unit
  تومان: "toman",
  ریال: "rial",
  دلار: "usd",
  نفر: "people",
  شغل: "jobs",
  "فرصت شغلی": "jobs",
  درصد: "percent",
  عدد: "count",
  تعداد: "count",
  // scale
  هزار: "thousand",
  میلیون: "million",
  میلیارد: "billion",
  "هزار میلیارد": "trillion",
  همت: "trillion",
  // sex
  زن: "female",
  زنان: "female",
  مرد: "male",
  مردان: "male",
  // period_kind
  نامعلوم: "unknown",
  برآوردی: "inferred",
  // booleans
  بله: "true",
  آری: "true",
  خیر: "false",
  نه: "false",
  yes: "true",
  no: "false",
};
const WORD_KEYS = new Map(Object.entries(ENUM_WORDS).map(([w, v]) => [comparisonKey(w), v]));

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/**
 * The candidate closest to `value`: the same normalised form, a documented Persian word, or an
 * edit distance of at most a third of the candidate's length (at least 2). Undefined if none is
 * close. `candidates` may be large (all ids of a file): lengths prune before distances.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const key = comparisonKey(value);
  const word = WORD_KEYS.get(key);
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (word !== undefined && c === word) return c;
    const ck = comparisonKey(c);
    if (ck === key) return c;
    const limit = Math.max(2, Math.floor(c.length / 3));
    if (Math.abs(ck.length - key.length) > Math.min(limit, bestD)) continue;
    const d = editDistance(key, ck);
    if (d < bestD || (d === bestD && best !== undefined && c < best)) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** " did you mean X?" or "" */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const c = closest(value, candidates);
  return c === undefined ? "" : `; did you mean ${c}?`;
}
