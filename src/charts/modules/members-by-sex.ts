/**
 * Women and men, where a statement splits a figure by sex (members of a county's cooperatives,
 * members of the cooperatives formed in a year). One group per statement; bars are scaled within
 * the group, since a county's membership and one year's new members differ twentyfold. The total
 * the statement printed is quoted in the notes, and a mismatch with the parts is said, not fixed.
 */
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule } from "../types.ts";
import type { Series } from "../kit/plot.ts";
import { periodKey } from "../period-label.ts";
import { FIGURE_COLUMNS, barNotes, figureRow } from "../kinds/figure-rows.ts";
import { both, kitFor, titled } from "../kit/lang.ts";
import { CHART_MODULE_TEXT } from "../../i18n/chart-modules.ts";
import type { Lang } from "../../i18n/lang.ts";
import { OWN_EMPTY } from "../types.ts";
import { inLorestan } from "../../data/dashboards.ts";
import { legendNote, renderGrouped, type BarGroup, type GroupedData } from "../kinds/grouped-bars.ts";

const ID = "members-by-sex";
const SEXES: { sex: "female" | "male"; series: Series }[] = [
  { sex: "female", series: "s2" },
  { sex: "male", series: "s1" },
];
const text = (lang: Lang) => CHART_MODULE_TEXT[lang][ID];

const statementKey = (f: Figure) => `${f.indicator_id}|${f.place_id}|${periodKey(f.period, f.period_end)}|${f.source_id}`;

export interface SexData extends GroupedData {
  /** The total each statement printed, where it printed one. */
  totals: Map<string, Figure>;
}

export function prepare(model: Model): SexData {
  const split = model.figures.filter((f) => f.sex && f.chartable && inLorestan(f));
  const groups: BarGroup[] = [];
  const totals = new Map<string, Figure>();
  // One pass each (not a scan of every figure per statement: quadratic at 10^5 figures).
  const byKey = new Map<string, Figure[]>();
  for (const f of split) {
    const key = statementKey(f);
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const firstTotal = new Map<string, Figure>();
  for (const f of model.figures) {
    if (f.sex) continue;
    const key = statementKey(f);
    if (byKey.has(key) && !firstTotal.has(key)) firstTotal.set(key, f);
  }
  for (const [key, fs] of byKey) {
    if (!SEXES.every((s) => fs.some((f) => f.sex === s.sex))) continue;
    const f0 = fs[0];
    groups.push({
      key,
      title: both((k) => text(k.lang).title(k.name(f0.indicator), k.name(f0.place), k.periodLabel(f0.period, f0.period_end))),
      items: SEXES.flatMap((s) =>
        fs.filter((f) => f.sex === s.sex).map((f) => ({ figure: f, label: both((k) => text(k.lang).sexes[s.sex]), series: s.series })),
      ),
    });
    const total = firstTotal.get(key);
    if (total) totals.set(key, total);
  }
  groups.sort((a, b) => a.items[0].figure.period!.localeCompare(b.items[0].figure.period!));
  const figures = groups.flatMap((g) => g.items.map((i) => i.figure));
  return {
    groups,
    totals,
    relative: true,
    figures,
    columns: [{ key: "indicator" }, { key: "place" }, { key: "sex" }, ...FIGURE_COLUMNS],
    rows: figures.map((f) => figureRow(f, { indicator: f.indicator_id, place: f.place_id, sex: f.sex! })),
    empty: figures.length === 0 ? OWN_EMPTY : undefined,
  };
}

const sumOf = (g: BarGroup) => g.items.reduce((s, i) => s + i.figure.display, 0);

export function summary(d: SexData, lang: Lang = "fa"): string {
  const k = kitFor(lang);
  const T = text(lang);
  return d.groups
    .map((g) => {
      const women = g.items.find((i) => i.figure.sex === "female")!.figure;
      const share = Math.round((women.display / sumOf(g)) * 100);
      return T.group(
        k.t(g.title),
        g.items.map((i) => T.item(k.t(i.label), k.valueLabel(i.figure))),
        share,
      );
    })
    .join(" ");
}

const chart: ChartModule<SexData> = {
  id: ID,
  theme: "jobs",
  ...titled(ID, (k) => ({ empty: text(k.lang).empty })),
  prepare,
  summary,
  render: (d, { width, document, lang }) => renderGrouped(d, width, document, undefined, lang),
  notes: (d, lang = "fa") => {
    const k = kitFor(lang);
    const T = text(lang);
    return [
      legendNote(["s2", "s1"], { s2: T.sexes.female, s1: T.sexes.male }, k),
      T.scale,
      ...d.groups.filter((g) => d.totals.has(g.key)).map((g) => T.total(k.t(g.title), k.valueLabel(d.totals.get(g.key)!), k.num(sumOf(g)))),
      ...barNotes(k, d.figures),
    ];
  },
};
export default chart;
