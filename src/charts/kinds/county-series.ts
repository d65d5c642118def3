/**
 * A few related stocks of one county over time (e.g. registered, active and declared-active
 * cooperatives), one colour per indicator: filled dots for stated periods, hollow for inferred.
 * County data are sparse, so the chart is made only when there are at least two points; figures
 * split by sex, bank or cooperative are parts, not the county's level, and stay in the tables.
 */
import * as Plot from "@observablehq/plot";
import { extent } from "d3-array";
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule, Prepared, Txt } from "../types.ts";
import { BASE, PALETTE, labelWidth, type Series } from "../kit/plot.ts";
import { legendLayout } from "../kit/legend.ts";
import { svgEl } from "../kit/svg.ts";
import { yearPosition, yearEnd } from "./time-dots.ts";
import { figureTitle } from "../kit/mark-title.ts";
import { both, kitFor } from "../kit/lang.ts";
import type { Lang } from "../../i18n/lang.ts";

/** Text given by the county page: one string (Persian only) or both editions. */
export type PageText = string | Txt;
const inLang = (x: PageText, lang: Lang): string => (typeof x === "string" ? x : x[lang]);

export interface CountySeriesConfig {
  id: string;
  title: PageText;
  subtitle: PageText;
  place: string;
  /** Indicators drawn together (same unit kind), in legend order. */
  indicators: string[];
  /** Axis label (the unit). */
  unitLabel: PageText;
  /** Fewest points worth a chart. */
  minPoints?: number;
}

export interface SeriesPoint {
  x: number;
  x2: number;
  value: number;
  series: number;
  inferred: boolean;
  label: Txt;
  figure: Figure;
}

export interface CountySeriesData extends Prepared {
  points: SeriesPoint[];
  /** The indicators that have points, with their colour slot. */
  legend: { name: Txt; series: number }[];
}

const SLOTS: Series[] = ["s1", "s2", "s3", "s4"];

/** Whether a figure is the county's level of the indicator, not a part of it (one sex, sector, cooperative, bank or fund). */
const isLevel = (f: Figure) => !f.sex && !f.cooperative_id && !f.sector_id && !(f.org && (f.org.kind === "bank" || f.org.kind === "fund"));

export function prepareCountySeries(model: Model, cfg: CountySeriesConfig): CountySeriesData {
  const figures = model.figures
    .filter((f) => f.place_id === cfg.place && cfg.indicators.includes(f.indicator_id) && f.chartable && isLevel(f))
    .sort((a, b) => a.period!.localeCompare(b.period!) || cfg.indicators.indexOf(a.indicator_id) - cfg.indicators.indexOf(b.indicator_id));
  const points = figures.map((f) => {
    const start = yearPosition(f.period!);
    const end = f.period_end ? yearEnd(f.period_end) : f.period!.length === 4 ? yearEnd(f.period!) : start;
    const inferred = f.period_kind === "inferred";
    return {
      x: inferred ? (start + end) / 2 : start,
      x2: end,
      value: f.display,
      series: cfg.indicators.indexOf(f.indicator_id),
      inferred,
      label: both((k) => k.figure(f)),
      figure: f,
    };
  });
  const legend = cfg.indicators
    .map((id, series) => ({ name: both((k) => k.name(model.indicators.get(id), id)), series }))
    .filter((l) => points.some((p) => p.series === l.series));
  const enough = points.length >= (cfg.minPoints ?? 2);
  return {
    points,
    legend,
    figures,
    columns: [
      { key: "indicator" },
      { key: "period" },
      { key: "period_kind" },
      { key: "value", numeric: true },
      { key: "qualifier" },
      { key: "source" },
    ],
    rows: figures.map((f) => ({
      indicator: f.indicator_id,
      period: f.period_end ? `${f.period}/${f.period_end}` : f.period!,
      period_kind: f.period_kind,
      value: f.display,
      qualifier: f.qualifier,
      source: f.source.id,
    })),
    empty: enough ? undefined : "countyTooFew",
  };
}

export function summariseCountySeries(d: CountySeriesData, lang: Lang = "fa"): string {
  const k = kitFor(lang);
  const T = k.s.summary.countySeries;
  const parts = d.legend.map((l) => {
    const ps = d.points.filter((p) => p.series === l.series);
    return T.series(
      k.t(l.name),
      ps.map((p) => T.item(k.t(p.label), k.period(p.figure.period, p.figure.period_end), p.inferred)),
    );
  });
  return `${T.count(d.points.length)} ${parts.join(". ")}.`;
}

export function renderCountySeries(
  d: CountySeriesData,
  cfg: CountySeriesConfig,
  width: number,
  document: Document,
  lang: Lang = "fa",
): Element {
  const k = kitFor(lang);
  const [x0, x1] = extent(d.points.flatMap((p) => [p.x, p.x2])) as [number, number];
  const lo = Math.floor(x0);
  const hi = Math.floor(x1 - 1e-9);
  // Ticks mark the start of each year; a point in 1404-06 sits within 1404's span.
  // One tick per year, or every 2nd, 5th ... year when the labels would meet (English labels name
  // two Gregorian years, «2020–21»).
  const room = labelWidth(k.yearTick(hi)) + 4;
  // The first year's label is centred on the axis side's first tick: room for its half there, so it
  // never reaches the value axis's labels (0.3 of a year unless the label is wider).
  const plotWidth = width - 76;
  const pad = Math.max(0.3, ((room - 12) / 2) * ((hi + 1.3 - lo) / plotWidth));
  const pxPerYear = plotWidth / (hi + 1 - (lo - pad));
  const step = [1, 2, 5, 10, 20, 50].find((n) => n * pxPerYear >= room) ?? 100;
  const years = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((y) => (y - lo) % step === 0);
  const legend = legendLayout(
    d.legend.map((l) => ({ label: k.t(l.name), fill: PALETTE[SLOTS[l.series % SLOTS.length]] })),
    width,
    8,
    k.rtl,
  );
  const marginTop = legend.height + 24;
  // Unit line and legend drawn in pixel space above the plot (Plot's own legends are HTML).
  const legendMark = (_i: unknown, _s: unknown, _v: unknown, dim: { width: number }) => {
    const g = svgEl(document, "g", {});
    const put = (name: string, attrs: Record<string, string | number>, text?: string) => g.append(svgEl(document, name, attrs, text));
    // Persian reads the legend from the right edge, English from the left.
    const side = k.rtl ? -1 : 1;
    const anchor = k.rtl ? "end" : "start";
    put(
      "text",
      { x: k.rtl ? dim.width - 8 : 8, y: 16, "text-anchor": anchor, "font-weight": 700, fill: "currentColor" },
      k.isolate(inLang(cfg.unitLabel, lang)),
    );
    legend.items.forEach((it, i) => {
      const y = 24 + it.row * 26;
      put("circle", { cx: it.x + side * 8, cy: y + 10, r: 6, fill: it.fill, class: SLOTS[d.legend[i].series % SLOTS.length] });
      put("text", { x: it.x + side * 22, y: y + 15, "text-anchor": anchor, fill: "currentColor" }, k.isolate(it.label));
    });
    return g as unknown as SVGElement;
  };
  return Plot.plot({
    ...BASE,
    document,
    width,
    height: 240 + marginTop,
    marginLeft: k.rtl ? 20 : 56,
    marginRight: k.rtl ? 56 : 20,
    marginTop,
    x: { domain: [lo - pad, hi + 1], reverse: k.rtl, ticks: years, tickFormat: (v: number) => k.yearTick(v), label: null },
    y: { axis: k.rtl ? "right" : "left", grid: true, nice: true, zero: true, tickFormat: k.tick, label: null },
    marks: [
      // One group per indicator, classed by its colour slot so page CSS can recolour it in dark mode.
      ...d.legend.flatMap((l) => {
        const slot = SLOTS[l.series % SLOTS.length];
        const colour = PALETTE[slot];
        const mine = d.points.filter((p) => p.series === l.series);
        // Per-mark tooltip: the indicator, then the figure as published, its period and outlet.
        const title = (p: SeriesPoint) => figureTitle(p.figure, k.t(l.name), k);
        return [
          Plot.ruleY(
            mine.filter((p) => p.inferred),
            {
              y: "value",
              x1: (p: SeriesPoint) => p.x - (p.x2 - p.x),
              x2: "x2",
              stroke: colour,
              strokeWidth: 2,
              strokeOpacity: 0.6,
              className: slot,
            },
          ),
          // A ring: a coloured dot under a background-coloured one (page CSS recolours each by class).
          Plot.dot(
            mine.filter((p) => p.inferred),
            { x: "x", y: "value", r: 6, fill: colour, title, className: slot },
          ),
          Plot.dot(
            mine.filter((p) => p.inferred),
            { x: "x", y: "value", r: 4, fill: "white", title, className: "hollow" },
          ),
          Plot.dot(
            mine.filter((p) => !p.inferred),
            { x: "x", y: "value", r: 6, fill: colour, title, className: slot },
          ),
        ];
      }),
      Plot.text(d.points, {
        x: "x",
        y: "value",
        text: (p: SeriesPoint) => k.isolate(k.t(p.label)),
        dy: -14,
        fontSize: 12,
        className: "value-label",
      }),
      legendMark as never,
    ],
  });
}

/**
 * A county's chart (county pages make them; they are not in the registry): its text comes from
 * the page, as Persian strings or as pairs for both editions.
 */
export function countySeries(cfg: CountySeriesConfig): ChartModule<CountySeriesData> {
  const text = (lang: Lang) => ({ title: inLang(cfg.title, lang), subtitle: inLang(cfg.subtitle, lang) });
  return {
    id: cfg.id,
    theme: "counties",
    text,
    title: text("fa").title,
    subtitle: text("fa").subtitle,
    prepare: (model) => prepareCountySeries(model, cfg),
    summary: summariseCountySeries,
    render: (d, { width, document, lang }) => renderCountySeries(d, cfg, width, document, lang),
    notes: (d, lang) => {
      const k = kitFor(lang);
      return [...(d.points.some((p) => p.inferred) ? [k.s.dot.hollow] : []), k.s.dot.calendar, k.s.dot.excludedParts].filter(Boolean);
    },
  };
}
