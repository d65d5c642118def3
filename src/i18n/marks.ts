/** Persian text of the per-mark tooltips (the SVG <title> of each dot, bar and county). */
export const MARK = {
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
} as const;
