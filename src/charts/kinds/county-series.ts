/**
 * A few related stocks of one county over time (e.g. registered, active and declared-active
 * cooperatives), one colour per indicator: filled dots for stated periods, hollow for inferred.
 * County data are sparse, so the chart is made only when there are at least two points; figures
 * split by sex, bank or cooperative are parts, not the county's level, and stay in the tables.
 */
import * as Plot from "@observablehq/plot";
import { extent } from "d3-array";
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule, Prepared } from "../types.ts";
import { BASE, PALETTE, type Series, isolate } from "../plot-kit.ts";
import { legendLayout } from "./map-choropleth.ts";
import { faDigits, faFigure, faNumber, faPeriod } from "../../lib/format.ts";
import { yearPosition, yearEnd } from "./time-dots.ts";
import { figureTitle } from "../mark-title.ts";
import { COLUMN_LABELS, DOT_NOTES } from "../../i18n/charts.ts";


export interface CountySeriesConfig {
  id: string;
  title: string;
  subtitle: string;
  place: string;
  /** Indicators drawn together (same unit kind), in legend order. */
  indicators: string[];
  /** Axis label (the unit). */
  unitLabel: string;
  /** Fewest points worth a chart. */
  minPoints?: number;
}

export interface SeriesPoint {
  x: number;
  x2: number;
  value: number;
  series: number;
  inferred: boolean;
  label: string;
  figure: Figure;
}

export interface CountySeriesData extends Prepared {
  points: SeriesPoint[];
  /** The indicators that have points, with their colour slot. */
  legend: { name: string; series: number }[];
}

const SLOTS: Series[] = ["s1", "s2", "s3", "s4"];
const SVG_NS = "http://www.w3.org/2000/svg";

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
    return { x: inferred ? (start + end) / 2 : start, x2: end, value: f.display, series: cfg.indicators.indexOf(f.indicator_id), inferred, label: faFigure(f), figure: f };
  });
  const legend = cfg.indicators
    .map((id, series) => ({ name: model.indicators.get(id)?.name_fa ?? id, series }))
    .filter((l) => points.some((p) => p.series === l.series));
  const enough = points.length >= (cfg.minPoints ?? 2);
  return {
    points,
    legend,
    figures,
    columns: [
      { key: "indicator", label: COLUMN_LABELS.indicator },
      { key: "period", label: COLUMN_LABELS.period },
      { key: "period_kind", label: COLUMN_LABELS.periodKind },
      { key: "value", label: COLUMN_LABELS.value, numeric: true },
      { key: "qualifier", label: COLUMN_LABELS.qualifier },
      { key: "source", label: COLUMN_LABELS.source },
    ],
    rows: figures.map((f) => ({
      indicator: f.indicator.name_fa,
      period: f.period_end ? `${f.period}/${f.period_end}` : f.period!,
      period_kind: f.period_kind,
      value: f.display,
      qualifier: f.qualifier,
      source: f.source.id,
    })),
    empty: enough ? undefined : DOT_NOTES.countyTooFew,
  };
}

export function summariseCountySeries(d: CountySeriesData): string {
  const parts = d.legend.map((l) => {
    const ps = d.points.filter((p) => p.series === l.series);
    return `${l.name}: ${ps.map((p) => `${p.label} (${faPeriod(p.figure.period, p.figure.period_end)}${p.inferred ? DOT_NOTES.inferredShort : ""})`).join("؛ ")}`;
  });
  return `${faDigits(d.points.length)} رقم. ${parts.join(". ")}.`;
}

export function renderCountySeries(d: CountySeriesData, cfg: CountySeriesConfig, width: number, document: Document): Element {
  const [x0, x1] = extent(d.points.flatMap((p) => [p.x, p.x2])) as [number, number];
  const lo = Math.floor(x0);
  const hi = Math.floor(x1 - 1e-9);
  // Ticks mark the start of each year; a point in 1404-06 sits within 1404's span.
  const years = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  const legend = legendLayout(d.legend.map((l) => ({ label: l.name, fill: PALETTE[SLOTS[l.series % SLOTS.length]] })), width);
  const marginTop = legend.height + 24;
  // Unit line and legend drawn in pixel space above the plot (Plot's own legends are HTML).
  const legendMark = (_i: unknown, _s: unknown, _v: unknown, dim: { width: number }) => {
    const g = document.createElementNS(SVG_NS, "g");
    const put = (name: string, attrs: Record<string, string | number>, text?: string) => {
      const e = document.createElementNS(SVG_NS, name);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      if (text !== undefined) e.textContent = text;
      g.append(e);
    };
    put("text", { x: dim.width - 8, y: 16, "text-anchor": "end", "font-weight": 700, fill: "currentColor" }, isolate(cfg.unitLabel));
    legend.items.forEach((it, i) => {
      const y = 24 + it.row * 26;
      put("circle", { cx: it.x - 8, cy: y + 10, r: 6, fill: it.fill, class: SLOTS[d.legend[i].series % SLOTS.length] });
      put("text", { x: it.x - 22, y: y + 15, "text-anchor": "end", fill: "currentColor" }, isolate(it.label));
    });
    return g as unknown as SVGElement;
  };
  return Plot.plot({
    ...BASE,
    document,
    width,
    height: 240 + marginTop,
    marginLeft: 20,
    marginRight: 56,
    marginTop,
    x: { domain: [lo - 0.3, hi + 1], reverse: true, ticks: years, tickFormat: (v: number) => isolate(faDigits(v)), label: null },
    y: { axis: "right", grid: true, nice: true, zero: true, tickFormat: (v: number) => isolate(faNumber(v)), label: null },
    marks: [
      // One group per indicator, classed by its colour slot so page CSS can recolour it in dark mode.
      ...d.legend.flatMap((l) => {
        const slot = SLOTS[l.series % SLOTS.length];
        const colour = PALETTE[slot];
        const mine = d.points.filter((p) => p.series === l.series);
        // Per-mark tooltip: the indicator, then the figure as published, its period and outlet.
        const title = (p: SeriesPoint) => figureTitle(p.figure, l.name);
        return [
          Plot.ruleY(mine.filter((p) => p.inferred), { y: "value", x1: (p: SeriesPoint) => p.x - (p.x2 - p.x), x2: "x2", stroke: colour, strokeWidth: 2, strokeOpacity: 0.6, className: slot }),
          // A ring: a coloured dot under a background-coloured one (page CSS recolours each by class).
          Plot.dot(mine.filter((p) => p.inferred), { x: "x", y: "value", r: 6, fill: colour, title, className: slot }),
          Plot.dot(mine.filter((p) => p.inferred), { x: "x", y: "value", r: 4, fill: "white", title, className: "hollow" }),
          Plot.dot(mine.filter((p) => !p.inferred), { x: "x", y: "value", r: 6, fill: colour, title, className: slot }),
        ];
      }),
      Plot.text(d.points, { x: "x", y: "value", text: (p: SeriesPoint) => isolate(p.label), dy: -14, fontSize: 12, className: "value-label" }),
      legendMark as never,
    ],
  });
}

export function countySeries(cfg: CountySeriesConfig): ChartModule<CountySeriesData> {
  return {
    id: cfg.id,
    theme: "counties",
    title: cfg.title,
    subtitle: cfg.subtitle,
    prepare: (model) => prepareCountySeries(model, cfg),
    summary: summariseCountySeries,
    render: (d, { width, document }) => renderCountySeries(d, cfg, width, document),
    notes: (d) => [
      ...(d.points.some((p) => p.inferred) ? [DOT_NOTES.hollow] : []),
      DOT_NOTES.excludedParts,
    ],
  };
}
