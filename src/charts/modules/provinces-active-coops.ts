/**
 * Lorestan among the provinces: one bar per province, the most recent dated figure published for
 * it, with that figure's own date and outlet in its label. These are statements by each province's
 * officials (and rows of national tables) from different months and years, not one census: the
 * chart says so in its notes and summary, and never numbers the bars as a rank. Lorestan is drawn
 * in its own colour. `provinceBars` is shared with the registered-cooperatives chart.
 */
import type { Model, Figure, Place } from "../../data/model.ts";
import type { ChartModule, Prepared } from "../types.ts";
import { yearSpan } from "../period-label.ts";
import { FIGURE_COLUMNS, barNotes, figureBar, figureRow } from "../kinds/figure-rows.ts";
import { both, kitFor, titled } from "../kit/lang.ts";
import { CHART_MODULE_TEXT } from "../../i18n/chart-modules.ts";
import { chartTitle } from "../../i18n/chart-titles.ts";
import type { Lang } from "../../i18n/lang.ts";
import { OWN_EMPTY } from "../types.ts";
import { legendNote } from "../kinds/grouped-bars.ts";
import { renderHBars, type HBar } from "../kinds/hbars.ts";

export interface ProvinceBarsConfig {
  /** Also the key of its title, subtitle, unit label, noun and definition in i18n/chart-titles.ts. */
  id: string;
  indicator: string;
}

export interface ProvinceBarsData extends Prepared {
  bars: HBar[];
  /** One figure per province, largest first. */
  chosen: Figure[];
  /** Provinces with figures of this indicator but none dated and undoubted (named in the notes). */
  undated: Place[];
}

const text = (lang: Lang) => CHART_MODULE_TEXT[lang].provinces;

/** The later of two figures: later end of period, then later start, then stated before inferred, then id. */
function later(a: Figure, b: Figure): Figure {
  const [a0, a1] = yearSpan(a.period!, a.period_end);
  const [b0, b1] = yearSpan(b.period!, b.period_end);
  const ka = `${a1}|${a.period_end ?? a.period}|${a0}|${a.period_kind === "stated" ? 1 : 0}`;
  const kb = `${b1}|${b.period_end ?? b.period}|${b0}|${b.period_kind === "stated" ? 1 : 0}`;
  if (ka !== kb) return ka > kb ? a : b;
  return a.id < b.id ? a : b;
}

const isProvince = (f: Figure) => f.place.kind === "province";

export function prepareProvinceBars(model: Model, cfg: ProvinceBarsConfig): ProvinceBarsData {
  const all = model.figures.filter((f) => f.indicator_id === cfg.indicator && isProvince(f) && !f.sex && !f.sector_id && !f.org_id);
  const latest = new Map<string, Figure>();
  for (const f of all.filter((x) => x.chartable)) {
    const cur = latest.get(f.place_id);
    latest.set(f.place_id, cur ? later(cur, f) : f);
  }
  const chosen = [...latest.values()].sort((a, b) => b.display - a.display || a.place.name_fa.localeCompare(b.place.name_fa, "fa"));
  const undated = [...new Map(all.filter((f) => !latest.has(f.place_id)).map((f) => [f.place_id, f.place])).values()].sort((a, b) =>
    a.name_fa.localeCompare(b.name_fa, "fa"),
  );
  const bars = chosen.map((f) =>
    figureBar(
      f,
      both((k) => text(k.lang).label(k.name(f.place), k.periodLabel(f.period, f.period_end), k.outlet(f.source))),
      f.place_id === "lorestan" ? "s2" : "s1",
    ),
  );
  return {
    bars,
    chosen,
    undated,
    figures: chosen,
    columns: [{ key: "place" }, ...FIGURE_COLUMNS],
    rows: chosen.map((f) => figureRow(f, { place: f.place_id })),
    empty: chosen.length === 0 ? OWN_EMPTY : undefined,
  };
}

const years = (fs: Figure[]) => {
  const spans = fs.map((f) => yearSpan(f.period!, f.period_end));
  return [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
};

export function provinceBars(cfg: ProvinceBarsConfig): ChartModule<ProvinceBarsData> {
  return {
    id: cfg.id,
    theme: "context",
    ...titled(cfg.id, (k) => ({ empty: text(k.lang).empty, columns: text(k.lang).columns })),
    prepare: (model) => prepareProvinceBars(model, cfg),
    summary: (d, lang = "fa") => {
      const k = kitFor(lang);
      const T = text(lang);
      if (!d.chosen.length) return T.empty;
      const [from, to] = years(d.chosen);
      const say = d.chosen.map((f) =>
        T.item(k.name(f.place), k.valueLabel(f), k.periodLabel(f.period, f.period_end), f.period_kind === "inferred", k.outlet(f.source)),
      );
      const lor = d.chosen.find((f) => f.place_id === "lorestan");
      return [
        T.head(chartTitle(cfg.id, lang).noun ?? "", d.chosen.length, say),
        lor ? T.lorestanIs(k.valueLabel(lor), k.periodLabel(lor.period, lor.period_end)) : T.noLorestan,
        T.spread(d.chosen.length, k.digits(from), k.digits(to)),
        T.notRank,
      ].join(" ");
    },
    render: (d, { width, document, lang = "fa" }) =>
      renderHBars(d.bars, { width, document, lang, unitLabel: chartTitle(cfg.id, lang).unitLabel }),
    notes: (d, lang = "fa") => {
      const k = kitFor(lang);
      const T = text(lang);
      const [from, to] = d.chosen.length ? years(d.chosen) : [0, 0];
      return [
        legendNote(
          d.bars.map((b) => b.series ?? "s1"),
          { s2: T.lorestan, s1: T.others },
          k,
        ),
        ...(d.chosen.length ? [T.spread(d.chosen.length, k.digits(from), k.digits(to))] : []),
        chartTitle(cfg.id, lang).definition ?? "",
        T.notRank,
        T.latest,
        ...(d.undated.length ? [T.undated(d.undated.map((p) => k.name(p)))] : []),
        ...barNotes(k, d.chosen),
      ].filter(Boolean);
    },
  };
}

/** Active cooperatives, province by province. */
export default provinceBars({ id: "provinces-active-coops", indicator: "coops-active" });
