import { choropleth, type ChoroplethData } from "../kinds/map-choropleth.ts";
import type { CountyEntry } from "../../data/counties.ts";
import { kitFor } from "../kit/lang.ts";
import { CHART_MODULE_TEXT } from "../../i18n/chart-modules.ts";
import type { Lang } from "../../i18n/lang.ts";

/** Figures published about the county (every figure, doubted ones included: this counts statements, it sums no values). */
const figureCount = (e: CountyEntry): number | undefined => (e.figures.length > 0 ? e.figures.length : undefined);

function summarise(d: ChoroplethData, lang: Lang): string {
  const k = kitFor(lang);
  const T = CHART_MODULE_TEXT[lang]["county-map"];
  const withData = d.counties.filter((c) => c.value !== undefined).sort((a, b) => b.value! - a.value!);
  const without = d.counties.filter((c) => c.value === undefined).map((c) => k.name(c.entry.place));
  const parts = [T.summary(withData.length, d.counties.length)];
  if (withData.length) parts.push(T.top(withData.slice(0, 3).map((c) => T.topItem(k.name(c.entry.place), c.value!))));
  parts.push(without.length === d.counties.length ? T.noneAtAll : without.length ? T.none(without) : "");
  return parts.filter(Boolean).join(" ");
}

/** Lorestan's counties shaded by how many published figures each has (an honest count of coverage). */
export default choropleth({
  id: "county-map",
  theme: "counties",
  value: figureCount,
  extra: {
    columns: [{ key: "sources", numeric: true }, { key: "years" }],
    // Years as plain data (Latin digits, an en dash): the CSV's value and, in digits, the page's.
    row: (e) => ({
      sources: e.sources.length || null,
      years: e.years.length
        ? e.years[0] === e.years[e.years.length - 1]
          ? String(e.years[0])
          : `${e.years[0]}–${e.years[e.years.length - 1]}`
        : null,
    }),
    labels: (lang) => CHART_MODULE_TEXT[lang]["county-map"].columns,
  },
  summarise,
});
