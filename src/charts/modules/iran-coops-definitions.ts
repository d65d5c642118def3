/**
 * Iran's cooperatives by definition: the register (all statuses), the active ones, the Chamber of
 * Cooperatives' "in operation or under construction", the inactive and the dissolved, each in its
 * own group, each bar one published figure with its date and outlet. The definitions are never
 * joined into one line: a register of 235 thousand and 105 thousand active are different things.
 */
import type { Model } from "../../data/model.ts";
import type { ChartModule } from "../types.ts";
import type { Series } from "../kit/plot.ts";
import { barNotes } from "../kinds/figure-rows.ts";
import { both, kitFor, titled } from "../kit/lang.ts";
import { CHART_MODULE_TEXT } from "../../i18n/chart-modules.ts";
import { chartTitle } from "../../i18n/chart-titles.ts";
import type { Lang } from "../../i18n/lang.ts";
import { OWN_EMPTY } from "../types.ts";
import { groupedData, legendNote, renderGrouped, type BarGroup, type GroupedData } from "../kinds/grouped-bars.ts";

const ID = "iran-coops-definitions";
const DEFINITIONS: { indicator: string; series: Series }[] = [
  { indicator: "coops-registered", series: "s1" },
  { indicator: "coops-active", series: "s2" },
  { indicator: "coops-active-or-building", series: "s3" },
  { indicator: "coops-inactive", series: "s4" },
  { indicator: "coops-dissolved", series: "s4" },
];
const text = (lang: Lang) => CHART_MODULE_TEXT[lang][ID];

export function prepare(model: Model): GroupedData {
  const groups: BarGroup[] = [];
  for (const d of DEFINITIONS) {
    const fs = model.figures
      .filter((f) => f.indicator_id === d.indicator && f.place_id === "iran" && f.chartable && !f.sex && !f.sector_id)
      .sort((a, b) => a.period!.localeCompare(b.period!) || a.id.localeCompare(b.id));
    if (!fs.length) continue;
    groups.push({
      key: d.indicator,
      title: both((k) => text(k.lang).definitions[d.indicator]),
      items: fs.map((f) => ({
        figure: f,
        label: both((k) => text(k.lang).label(k.periodLabel(f.period, f.period_end), k.outlet(f.source))),
        series: d.series,
      })),
    });
  }
  const data = groupedData(groups, [{ key: "indicator" }], (f) => ({ indicator: f.indicator_id }), OWN_EMPTY);
  // Keep the definitions in their fixed order (groupedData orders groups by period).
  data.groups.sort((a, b) => DEFINITIONS.findIndex((x) => x.indicator === a.key) - DEFINITIONS.findIndex((x) => x.indicator === b.key));
  data.figures = data.groups.flatMap((g) => g.items.map((i) => i.figure));
  data.rows = data.rows.sort(
    (a, b) => data.figures.findIndex((f) => f.indicator_id === a.indicator) - data.figures.findIndex((f) => f.indicator_id === b.indicator),
  );
  return data;
}

export function summary(d: GroupedData, lang: Lang = "fa"): string {
  const k = kitFor(lang);
  const T = text(lang);
  const parts = d.groups.map((g) =>
    T.group(
      k.t(g.title),
      g.items.map((i) => T.item(k.valueLabel(i.figure), k.t(i.label), i.figure.period_kind === "inferred")),
    ),
  );
  return T.summary(d.figures.length, d.groups.length, parts, T.apart);
}

const chart: ChartModule<GroupedData> = {
  id: ID,
  theme: "context",
  ...titled(ID, (k) => ({ empty: text(k.lang).empty, columns: text(k.lang).columns })),
  prepare,
  summary,
  render: (d, { width, document, lang = "fa" }) => renderGrouped(d, width, document, chartTitle(ID, lang).unitLabel, lang),
  notes: (d, lang = "fa") => {
    const k = kitFor(lang);
    return [
      legendNote(
        d.groups.flatMap((g) => g.items.map((i) => i.series)),
        text(lang).legend,
        k,
      ),
      text(lang).apart,
      ...barNotes(k, d.figures),
    ];
  },
};
export default chart;
