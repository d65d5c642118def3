/**
 * Single cooperatives opened in the counties: their investment, bank facilities and members' own
 * contribution, in billion toman, one group per cooperative with its county. These are the only
 * money figures published county by county; they describe one cooperative each, not the county.
 */
import { group } from "d3-array";
import type { Model } from "../../data/model.ts";
import type { ChartModule } from "../types.ts";
import type { Series } from "../kit/plot.ts";
import { barNotes } from "../kinds/figure-rows.ts";
import { groupedData, legendNote, renderGrouped, type BarGroup, type GroupedData } from "../kinds/grouped-bars.ts";

import { both, kitFor, titled, type Kit } from "../kit/lang.ts";
import { CHART_MODULE_TEXT } from "../../i18n/chart-modules.ts";
import { chartTitle } from "../../i18n/chart-titles.ts";
import type { Lang } from "../../i18n/lang.ts";
import { OWN_EMPTY } from "../types.ts";
const ID = "coop-investment";
const MEASURES: { indicator: string; series: Series }[] = [
  { indicator: "coop-investment", series: "s1" },
  { indicator: "coop-facilities", series: "s2" },
  { indicator: "coop-own-contribution", series: "s3" },
];
const text = (lang: Lang) => CHART_MODULE_TEXT[lang][ID];

/** A cooperative's name without the kind of body, which the chart implies ("Aban Medical" from "Aban Medical Cooperative"). */
export const shortCoopName = (name: string, k: Kit = kitFor("fa")): string => name.replace(k.s.names.coopDrop, "");

export function prepare(model: Model): GroupedData {
  const ids = MEASURES.map((m) => m.indicator);
  const dated = model.figures.filter((f) => ids.includes(f.indicator_id) && f.chartable && f.cooperative_id);
  const groups: BarGroup[] = [...group(dated, (f) => f.cooperative_id!)].map(([id, mine]) => {
    const fs = mine.sort((a, b) => ids.indexOf(a.indicator_id) - ids.indexOf(b.indicator_id) || a.id.localeCompare(b.id));
    const f0 = fs[0];
    const twice = (i: string) => fs.filter((f) => f.indicator_id === i).length > 1;
    return {
      key: id,
      title: both((k) =>
        text(k.lang).title(shortCoopName(k.name(f0.cooperative), k), k.name(f0.place), k.periodLabel(f0.period, f0.period_end)),
      ),
      items: fs.map((f) => {
        const m = MEASURES.find((x) => x.indicator === f.indicator_id)!;
        const label = both((k) => {
          const name = text(k.lang).measures[m.indicator];
          return twice(f.indicator_id) ? text(k.lang).twice(name, k.lang === "fa" ? f.source.outlet_fa : f.source.outlet_en) : name;
        });
        return { figure: f, label, series: m.series };
      }),
    };
  });
  return groupedData(
    groups,
    [{ key: "cooperative" }, { key: "place" }, { key: "indicator" }],
    (f) => ({ cooperative: f.cooperative_id!, place: f.place_id, indicator: f.indicator_id }),
    OWN_EMPTY,
  );
}

export function summary(d: GroupedData, lang: Lang = "fa"): string {
  const k = kitFor(lang);
  const T = text(lang);
  const inv = d.figures.filter((f) => f.indicator_id === "coop-investment");
  const top = inv.length ? inv.reduce((a, b) => (b.display > a.display ? b : a)) : undefined;
  const parts = d.groups.map((g) =>
    T.group(
      k.t(g.title),
      g.items.map((i) => T.item(k.t(i.label), k.valueLabel(i.figure))),
    ),
  );
  return `${T.summary(parts, chartTitle(ID, lang).unitLabel ?? "")}${top ? T.top(shortCoopName(k.name(top.cooperative), k), k.name(top.place)) : ""}`;
}

const chart: ChartModule<GroupedData> = {
  id: ID,
  theme: "investment",
  ...titled(ID, (k) => ({ empty: text(k.lang).empty, columns: text(k.lang).columns })),
  prepare,
  summary,
  render: (d, { width, document, lang = "fa" }) => renderGrouped(d, width, document, chartTitle(ID, lang).unitLabel, lang),
  notes: (d, lang = "fa") => {
    const k = kitFor(lang);
    return [
      legendNote(
        d.groups.flatMap((g) => g.items.map((i) => i.series)),
        Object.fromEntries(MEASURES.map((m) => [m.series, text(lang).measures[m.indicator]])),
        k,
      ),
      text(lang).single,
      ...barNotes(k, d.figures),
    ];
  },
};
export default chart;
