/**
 * For each event that reported both: the investment in the projects opened and the bank
 * facilities among it, in billion toman. Facilities are part of the investment, so the bars sit
 * side by side (never stacked or summed); conflicting reports each get their own bar.
 */
import { group } from "d3-array";
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule } from "../types.ts";
import type { Series } from "../kit/plot.ts";
import { barNotes } from "../kinds/figure-rows.ts";
import { eventLabelIn } from "../kinds/event-bars.ts";
import { both, kitFor, titled } from "../kit/lang.ts";
import { CHART_MODULE_TEXT } from "../../i18n/chart-modules.ts";
import { chartTitle } from "../../i18n/chart-titles.ts";
import type { Lang } from "../../i18n/lang.ts";
import { OWN_EMPTY } from "../types.ts";
import { groupedData, legendNote, renderGrouped, type BarGroup, type GroupedData } from "../kinds/grouped-bars.ts";

const ID = "investment-vs-facilities";
const MEASURES: { indicator: string; series: Series }[] = [
  { indicator: "package-investment", series: "s1" },
  { indicator: "package-facilities", series: "s2" },
];
const text = (lang: Lang) => CHART_MODULE_TEXT[lang][ID];

export function prepare(model: Model): GroupedData {
  const ids = new Set(MEASURES.map((m) => m.indicator));
  const dated = model.figures.filter((f) => ids.has(f.indicator_id) && f.chartable && f.event_id && f.place_id !== "iran");
  const keyOf = (f: Figure) => `${f.event_id}|${f.place_id}`;
  const byKey = group(dated, keyOf);
  const keys = [...byKey.keys()].filter((key) => MEASURES.every((m) => byKey.get(key)!.some((f) => f.indicator_id === m.indicator)));
  const groups: BarGroup[] = keys.map((key) => {
    const fs = byKey.get(key)!;
    const items = MEASURES.flatMap((m) => {
      const of = fs.filter((f) => f.indicator_id === m.indicator);
      return of.map((f) => ({
        figure: f,
        label: both((k) =>
          of.length > 1 ? text(k.lang).twice(text(k.lang).measures[m.indicator], k.outlet(f.source)) : text(k.lang).measures[m.indicator],
        ),
        series: m.series,
      }));
    });
    const f0 = fs[0];
    const title = both((k) => text(k.lang).title(eventLabelIn(f0.event, f0, k), f0.place_id !== "lorestan" ? k.name(f0.place) : undefined));
    return { key, title, items };
  });
  return groupedData(
    groups,
    [{ key: "event" }, { key: "place" }, { key: "indicator" }],
    (f) => ({ event: f.event_id!, place: f.place_id, indicator: f.indicator_id }),
    OWN_EMPTY,
  );
}

export function summary(d: GroupedData, lang: Lang = "fa"): string {
  const k = kitFor(lang);
  const T = text(lang);
  const unit = chartTitle(ID, lang).unitLabel ?? "";
  return d.groups
    .map((g) => {
      const said = g.items.map((i) => T.item(k.t(i.label), k.valueLabel(i.figure)));
      const inv = g.items.filter((i) => i.series === "s1");
      const fac = g.items.filter((i) => i.series === "s2");
      // The share is stated only when each side has one figure and neither is a lower bound.
      const exactish = (f: Figure) => f.qualifier === "exact" || f.qualifier === "amounting_to";
      const pct =
        inv.length === 1 && fac.length === 1 && exactish(inv[0].figure) && exactish(fac[0].figure)
          ? T.share(Math.round((fac[0].figure.display / inv[0].figure.display) * 100))
          : "";
      return T.group(k.t(g.title), said, unit, pct);
    })
    .join(" ");
}

const chart: ChartModule<GroupedData> = {
  id: ID,
  theme: "investment",
  ...titled(ID, (k) => ({ empty: text(k.lang).empty })),
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
      text(lang).part,
      ...barNotes(
        k,
        d.figures,
        d.groups.some((g) => g.items.some((i) => i.figure.conflict_group)),
      ),
    ];
  },
};
export default chart;
