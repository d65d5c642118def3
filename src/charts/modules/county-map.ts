import { choropleth, type ChoroplethData } from "../kinds/map-choropleth.ts";
import { faDigits } from "../../lib/format.ts";
import type { CountyEntry } from "../../data/counties.ts";

/** Persian text of this map, in one place. */
const T = {
  title: "نقشهٔ شهرستان‌های لرستان: شمار ارقام منتشرشده",
  subtitle: "هر شهرستان به رنگ شمار ارقامی که دربارهٔ آن در خبرها یافته‌ایم؛ این شمار ارقام است، نه شمار تعاونی‌ها",
  valueLabel: "شمار ارقام منتشرشده",
  sources: "شمار منابع",
  years: "سال‌ها",
  yearsRange: (a: number, b: number) => (a === b ? String(a) : `${a}–${b}`),
  summary: (withData: number, all: number) => `برای ${faDigits(withData)} شهرستان از ${faDigits(all)} شهرستان لرستان رقمی منتشرشده یافته‌ایم.`,
  top: (items: string[]) => `بیشترین ارقام: ${items.join("، ")}.`,
  topItem: (name: string, n: number) => `${name} (${faDigits(n)} رقم)`,
  none: (names: string[]) => `برای ${names.join("، ")} هنوز رقمی نیافته‌ایم.`,
  noneAtAll: "برای هیچ شهرستانی هنوز رقمی نیافته‌ایم.",
};

/** Figures published about the county (every figure, doubted ones included: this counts statements, it sums no values). */
const figureCount = (e: CountyEntry): number | undefined => (e.figures.length > 0 ? e.figures.length : undefined);

function summarise(d: ChoroplethData): string {
  const withData = d.counties.filter((c) => c.value !== undefined).sort((a, b) => b.value! - a.value!);
  const without = d.counties.filter((c) => c.value === undefined).map((c) => c.entry.place.name_fa);
  const parts = [T.summary(withData.length, d.counties.length)];
  if (withData.length) parts.push(T.top(withData.slice(0, 3).map((c) => T.topItem(c.entry.place.name_fa, c.value!))));
  parts.push(without.length === d.counties.length ? T.noneAtAll : without.length ? T.none(without) : "");
  return parts.filter(Boolean).join(" ");
}

/** Lorestan's counties shaded by how many published figures each has (an honest count of coverage). */
export default choropleth({
  id: "county-map",
  theme: "counties",
  title: T.title,
  subtitle: T.subtitle,
  value: figureCount,
  valueLabel: T.valueLabel,
  extra: {
    columns: [
      { key: "sources", label: T.sources, numeric: true },
      { key: "years", label: T.years },
    ],
    row: (e) => ({
      sources: e.sources.length || null,
      years: e.years.length ? T.yearsRange(e.years[0], e.years[e.years.length - 1]) : null,
    }),
  },
  summarise,
});
