/**
 * National tables that name several provinces at one date: one group per published table (one
 * article, one measure, one period or event), with the provinces it names. Unlike the
 * province-by-province charts, the figures inside a group are from one statement, so their order
 * is the table's own; groups are never compared with one another (bars are scaled within each
 * group). Lorestan is drawn in its own colour where a table names it.
 */
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule } from "../types.ts";
import { periodKey } from "../period-label.ts";
import { barNotes } from "../kinds/figure-rows.ts";
import { eventLabelIn } from "../kinds/event-bars.ts";
import { both, kitFor, titled } from "../kit/lang.ts";
import { CHART_MODULE_TEXT } from "../../i18n/chart-modules.ts";
import type { Lang } from "../../i18n/lang.ts";
import { OWN_EMPTY } from "../types.ts";
import { groupedData, legendNote, renderGrouped, type BarGroup, type GroupedData } from "../kinds/grouped-bars.ts";

const ID = "provinces-national-tables";
const text = (lang: Lang) => CHART_MODULE_TEXT[lang][ID];

const keyOf = (f: Figure) => `${f.source_id}|${f.indicator_id}|${periodKey(f.period, f.period_end)}|${f.event_id ?? ""}`;

export function prepare(model: Model): GroupedData {
  const rows = model.figures.filter((f) => f.place.kind === "province" && f.chartable && !f.sex && !f.sector_id && !f.org_id);
  const byKey = new Map<string, Figure[]>();
  for (const f of rows) byKey.set(keyOf(f), [...(byKey.get(keyOf(f)) ?? []), f]);
  const groups: BarGroup[] = [];
  for (const [key, fs] of byKey) {
    if (new Set(fs.map((f) => f.place_id)).size < 2) continue;
    const f0 = fs[0];
    groups.push({
      key,
      title: both((k) =>
        text(k.lang).title(
          k.name(f0.indicator),
          f0.event ? eventLabelIn(f0.event, f0, k) : k.periodLabel(f0.period, f0.period_end),
          k.outlet(f0.source),
        ),
      ),
      items: [...fs]
        .sort((a, b) => b.display - a.display || a.place.name_fa.localeCompare(b.place.name_fa, "fa"))
        .map((f) => ({ figure: f, label: both((k) => k.name(f.place)), series: f.place_id === "lorestan" ? "s2" : "s1" })),
    });
  }
  return groupedData(
    groups,
    [{ key: "table" }, { key: "indicator" }, { key: "place" }],
    (f) => ({ table: f.source_id, indicator: f.indicator_id, place: f.place_id }),
    OWN_EMPTY,
    true,
  );
}

export function summary(d: GroupedData, lang: Lang = "fa"): string {
  const k = kitFor(lang);
  const T = text(lang);
  const parts = d.groups.map((g) =>
    T.group(
      k.t(g.title),
      g.items.map((i) => T.item(k.t(i.label), k.valueLabel(i.figure))),
    ),
  );
  const without = d.groups.filter((g) => !g.items.some((i) => i.figure.place_id === "lorestan")).length;
  return `${T.summary(d.groups.length, parts)} ${T.partial} ${without ? T.noLorestan(without) : ""}`.trim();
}

const chart: ChartModule<GroupedData> = {
  id: ID,
  theme: "context",
  ...titled(ID, (k) => ({ empty: text(k.lang).empty, columns: text(k.lang).columns })),
  prepare,
  summary,
  render: (d, { width, document, lang }) => renderGrouped(d, width, document, undefined, lang),
  notes: (d, lang = "fa") => {
    const k = kitFor(lang);
    const T = text(lang);
    return [
      legendNote(
        d.groups.flatMap((g) => g.items.map((i) => i.series)),
        { s2: T.lorestan, s1: T.others },
        k,
      ),
      T.partial,
      T.scale,
      ...barNotes(k, d.figures),
    ];
  },
};
export default chart;
