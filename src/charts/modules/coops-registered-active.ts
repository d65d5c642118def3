/**
 * Registered versus (declared) active cooperatives, place by place: the gap between the register
 * and the cooperatives that actually work. Only figures from the same years are put together (a
 * 1404 register next to a 1401 count of active ones would fake a gap). Bars are scaled within each
 * place: the province and a county differ tenfold.
 */
import { group } from "d3-array";
import { MAX_PER_SERIES } from "../limits.ts";
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule } from "../types.ts";
import type { Series } from "../kit/plot.ts";
import { yearSpan } from "../period-label.ts";
import { FIGURE_COLUMNS, barNotes, figureRow } from "../kinds/figure-rows.ts";
import { both, kitFor, titled } from "../kit/lang.ts";
import { CHART_MODULE_TEXT } from "../../i18n/chart-modules.ts";
import type { Lang } from "../../i18n/lang.ts";
import { OWN_EMPTY } from "../types.ts";
import { inLorestan } from "../../data/dashboards.ts";
import { legendNote, renderGrouped, type BarGroup, type GroupedData } from "../kinds/grouped-bars.ts";

const ID = "coops-registered-active";
const MEASURES: { indicator: string; series: Series }[] = [
  { indicator: "coops-registered", series: "s1" },
  { indicator: "coops-declared-active", series: "s3" },
  { indicator: "coops-active", series: "s2" },
];
const text = (lang: Lang) => CHART_MODULE_TEXT[lang][ID];

const overlaps = (a: Figure, b: Figure) => {
  const [a0, a1] = yearSpan(a.period!, a.period_end);
  const [b0, b1] = yearSpan(b.period!, b.period_end);
  return a0 <= b1 && b0 <= a1;
};

export function prepare(model: Model): GroupedData {
  const ids = new Set(MEASURES.map((m) => m.indicator));
  const dated = model.figures.filter((f) => ids.has(f.indicator_id) && f.chartable && !f.sex && !f.org_id && inLorestan(f));
  const places = [...new Set(dated.map((f) => f.place_id))].sort((a, b) =>
    a === "lorestan" ? -1 : b === "lorestan" ? 1 : model.places.get(a)!.name_fa.localeCompare(model.places.get(b)!.name_fa, "fa"),
  );
  const groups: BarGroup[] = [];
  const byPlace = group(dated, (f) => f.place_id);
  let total = 0;
  for (const place of places) {
    const here = byPlace.get(place)!;
    const registered = here.filter((f) => f.indicator_id === "coops-registered");
    // Active counts only where a register figure of overlapping years exists.
    const others = here.filter((f) => f.indicator_id !== "coops-registered" && registered.some((r) => overlaps(r, f)));
    if (!registered.length || !others.length) continue;
    const perMeasure = MEASURES.map((m) =>
      [...registered, ...others]
        .filter((f) => f.indicator_id === m.indicator)
        .sort((a, b) => a.period!.localeCompare(b.period!) || a.id.localeCompare(b.id)),
    );
    total += perMeasure.reduce((n, fs) => n + fs.length, 0);
    // Bounded at any data size: each place draws its newest MAX_PER_SERIES figures of each measure.
    const chosen = perMeasure.flatMap((fs) => fs.slice(-MAX_PER_SERIES));
    const items = chosen.map((f) => {
      const label = both((k) => {
        const base = (g: Figure) => text(k.lang).label(text(k.lang).measures[g.indicator_id], k.periodLabel(g.period, g.period_end));
        const twin = chosen.some((g) => g !== f && base(g) === base(f));
        return twin ? k.s.bar.withOutlet(base(f), k.outlet(f.source)) : base(f);
      });
      return { figure: f, label, series: MEASURES.find((m) => m.indicator === f.indicator_id)!.series };
    });
    groups.push({ key: place, title: both((k) => k.name(model.places.get(place))), items });
  }
  const figures = groups.flatMap((g) => g.items.map((i) => i.figure));
  return {
    ...(figures.length < total ? { capped: { shown: figures.length, total, how: "newestItems" as const } } : {}),
    groups,
    relative: true,
    figures,
    columns: [{ key: "place" }, { key: "indicator" }, ...FIGURE_COLUMNS],
    rows: figures.map((f) => figureRow(f, { place: f.place_id, indicator: f.indicator_id })),
    empty: figures.length === 0 ? OWN_EMPTY : undefined,
  };
}

export function summary(d: GroupedData, lang: Lang = "fa"): string {
  const k = kitFor(lang);
  const T = text(lang);
  return d.groups
    .map((g) => {
      const say = g.items.map((i) => T.item(k.t(i.label).replace("\n", " "), k.valueLabel(i.figure)));
      const reg = g.items.filter((i) => i.figure.indicator_id === "coops-registered");
      const act = g.items.filter((i) => i.figure.indicator_id !== "coops-registered");
      // A ratio only when register and count come from the same statement (same source and date).
      const pair = reg.flatMap((r) =>
        act.filter((a) => a.figure.source_id === r.figure.source_id && a.figure.period === r.figure.period).map((a) => [r, a] as const),
      );
      const ratio = pair.map(([r, a]) => T.ratio(Math.round((a.figure.display / r.figure.display) * 100)));
      return T.group(k.t(g.title), say, ratio.length ? T.ratios(ratio) : "");
    })
    .join(" ");
}

const chart: ChartModule<GroupedData> = {
  id: ID,
  theme: "cooperatives",
  ...titled(ID, (k) => ({ empty: text(k.lang).empty })),
  prepare,
  summary,
  render: (d, { width, document, lang }) => renderGrouped(d, width, document, undefined, lang),
  notes: (d, lang = "fa") => {
    const k = kitFor(lang);
    return [
      legendNote(
        d.groups.flatMap((g) => g.items.map((i) => i.series)),
        Object.fromEntries(MEASURES.map((m) => [m.series, text(lang).measures[m.indicator]])),
        k,
      ),
      text(lang).scale,
      ...barNotes(k, d.figures),
    ];
  },
};
export default chart;
