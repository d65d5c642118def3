/** Text of the per-mark tooltips (the SVG <title> of each dot, bar and county), per edition. */
import type { Lang } from "./lang.ts";

const fa = {
  period: "زمان",
  inferred: "برآوردی",
  source: "منبع",
  sources: "منابع",
  noData: "بدون داده",
  /** The share chart's bars: «سهم لرستان: ۲٫۵٪», then both figures. */
  share: "سهم لرستان",
  lorestan: "لرستان",
  iran: "ایران",
  /** «و ۳ منبع دیگر» after the first few outlets. */
  more: (n: string) => `و ${n} منبع دیگر`,
  /** «۱۳۹۸ تا ۱۴۰۲»: the years behind a county's figures. */
  years: (lo: string, hi: string) => (lo === hi ? lo : `${lo} تا ${hi}`),
};

const en: typeof fa = {
  period: "Period",
  inferred: "estimated",
  source: "Source",
  sources: "Sources",
  noData: "No data",
  share: "Lorestan's share",
  lorestan: "Lorestan",
  iran: "Iran",
  more: (n) => `and ${n} more`,
  years: (lo, hi) => (lo === hi ? lo : `${lo}–${hi}`),
};

export const MARKS: Record<Lang, typeof fa> = { fa, en };

/** The Persian tooltips (kept for callers that know only Persian). */
export const MARK = fa;
