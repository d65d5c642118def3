/**
 * Bank facilities for cooperatives, statement by statement: credit of the projects introduced to
 * banks, facilities requested, facilities allocated, and where a bank or fund is named, its part.
 * A bank's part is drawn beside the total it belongs to, never added to it.
 */
import { group } from "d3-array";
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule } from "../types.ts";
import type { Series } from "../kit/plot.ts";
import { periodKey } from "../period-label.ts";
import { barNotes } from "../kinds/figure-rows.ts";
import { both, kitFor, titled, type Kit } from "../kit/lang.ts";
import { CHART_MODULE_TEXT } from "../../i18n/chart-modules.ts";
import { chartTitle } from "../../i18n/chart-titles.ts";
import type { Lang } from "../../i18n/lang.ts";
import { OWN_EMPTY } from "../types.ts";
import { groupedData, legendNote, renderGrouped, type BarGroup, type GroupedData } from "../kinds/grouped-bars.ts";

const ID = "facilities-banks";
const MEASURES: { indicator: string; series: Series }[] = [
  { indicator: "credit-introduced-to-banks", series: "s1" },
  { indicator: "facilities-requested", series: "s3" },
  { indicator: "facilities-allocated", series: "s2" },
];
const text = (lang: Lang) => CHART_MODULE_TEXT[lang][ID];

const orgName = (model: Model, id: string, k: Kit) =>
  k.name(
    model.data.organisations.find((o) => o.id === id),
    id,
  );

export function prepare(model: Model): GroupedData {
  const ids = MEASURES.map((m) => m.indicator);
  const dated = model.figures.filter((f) => ids.includes(f.indicator_id) && f.chartable && f.place_id !== "iran");
  // One group per statement: the same place, period and article.
  const keyOf = (f: Figure) => `${f.place_id}|${periodKey(f.period, f.period_end)}|${f.source_id}`;
  const groups: BarGroup[] = [...group(dated, keyOf)].map(([key, mine]) => {
    const fs = mine.sort((a, b) => ids.indexOf(a.indicator_id) - ids.indexOf(b.indicator_id) || (a.org_id ? 1 : 0) - (b.org_id ? 1 : 0));
    const f0 = fs[0];
    return {
      key,
      title: both((k) => text(k.lang).title(k.name(f0.place), k.periodLabel(f0.period, f0.period_end))),
      items: fs.map((f) => ({
        figure: f,
        label: both((k) => text(k.lang).label(k.name(f.indicator), f.org_id ? orgName(model, f.org_id, k) : undefined)),
        series: MEASURES.find((m) => m.indicator === f.indicator_id)!.series,
      })),
    };
  });
  return groupedData(
    groups,
    [{ key: "place" }, { key: "indicator" }, { key: "org" }],
    (f) => ({ place: f.place_id, indicator: f.indicator_id, org: f.org_id ?? null }),
    OWN_EMPTY,
  );
}

/** Bank parts and the totals they belong to, within one statement. */
function parts(d: GroupedData): [BarGroup["items"][number], BarGroup["items"][number]][] {
  return d.groups.flatMap((g) =>
    g.items
      .filter((i) => i.figure.org_id)
      .flatMap((p) =>
        g.items
          .filter((t) => !t.figure.org_id && t.figure.indicator_id === p.figure.indicator_id)
          .map((t) => [p, t] as [typeof p, typeof t]),
      ),
  );
}

export function summary(d: GroupedData, lang: Lang = "fa"): string {
  const k = kitFor(lang);
  const T = text(lang);
  const unit = chartTitle(ID, lang).unitLabel ?? "";
  return d.groups
    .map((g) =>
      T.group(
        k.t(g.title) + (g.items.some((i) => i.figure.period_kind === "inferred") ? k.s.bar.inferredPeriod : ""),
        g.items.map((i) => T.item(k.t(i.label), k.valueLabel(i.figure))),
        unit,
      ),
    )
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
        Object.fromEntries(
          MEASURES.map((m) => [m.series, k.name(d.figures.find((f) => f.indicator_id === m.indicator)?.indicator, m.indicator)]),
        ),
        k,
      ),
      ...parts(d).map(([p, t]) => text(lang).part(k.t(p.label), k.t(t.label))),
      ...barNotes(k, d.figures),
    ];
  },
};
export default chart;
