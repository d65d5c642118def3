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
import { BASE, PALETTE, isolate as fsi, labelWidth, type Series } from "../plot-kit.ts";
import { faDigits, faFigure, faNumber, faPeriod } from "../../lib/format.ts";
import { yearPosition, yearEnd } from "./time-dots.ts";

/**
 * Chromium (with Vazirmatn) misorders SVG text that begins with U+2068 when digits come first
 * («۲ تا ۴» showed as «تا ۲۴»); a right-to-left mark before the isolate fixes it, and resvg
 * renders both forms the same. Measured on Chromium and resvg-js in this repository.
 */
const isolate = (s: string): string => `\u200F${fsi(s)}`;

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

/** Whether a figure is the county's level of the indicator (not a part of it). */
const isLevel = (f: Figure) => !f.sex && !f.org_id && !f.cooperative_id && !f.sector_id;

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
      { key: "indicator", label: "شاخص" },
      { key: "period", label: "زمان" },
      { key: "period_kind", label: "نوع زمان" },
      { key: "value", label: "مقدار", numeric: true },
      { key: "qualifier", label: "قید" },
      { key: "source", label: "منبع" },
    ],
    rows: figures.map((f) => ({
      indicator: f.indicator.name_fa,
      period: f.period_end ? `${f.period}/${f.period_end}` : f.period!,
      period_kind: f.period_kind,
      value: f.display,
      qualifier: f.qualifier,
      source: f.source.id,
    })),
    empty: enough ? undefined : "ارقام این شهرستان برای نمودار کافی نیست؛ همه در جدول آمده‌اند.",
  };
}

export function summariseCountySeries(d: CountySeriesData): string {
  const parts = d.legend.map((l) => {
    const ps = d.points.filter((p) => p.series === l.series);
    return `${l.name}: ${ps.map((p) => `${p.label} (${faPeriod(p.figure.period, p.figure.period_end)}${p.inferred ? "، برآوردی" : ""})`).join("؛ ")}`;
  });
  return `${faDigits(d.points.length)} رقم. ${parts.join(". ")}.`;
}

export function renderCountySeries(d: CountySeriesData, cfg: CountySeriesConfig, width: number, document: Document): Element {
  const [x0, x1] = extent(d.points.flatMap((p) => [p.x, p.x2])) as [number, number];
  const lo = Math.floor(x0);
  const hi = Math.ceil(x1);
  const years = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  // Legend above the plot, right to left, one row per indicator when they do not fit on one line.
  const legendWidth = d.legend.reduce((s, l) => s + labelWidth(l.name) + 32, 0);
  const legendRows = legendWidth > width - 16 ? d.legend.length : 1;
  const marginTop = 16 + legendRows * 22 + 12;
  // Drawn in pixel space (Plot's own legends are HTML outside the SVG).
  const legendMark = (_i: unknown, _s: unknown, _v: unknown, dim: { width: number }) => {
    const g = document.createElementNS(SVG_NS, "g");
    let x = dim.width - 8;
    d.legend.forEach((l, i) => {
      const y = 14 + (legendRows === 1 ? 0 : i * 22);
      if (legendRows > 1) x = dim.width - 8;
      const slot = SLOTS[l.series % SLOTS.length];
      const dot = document.createElementNS(SVG_NS, "circle");
      for (const [k, v] of Object.entries({ cx: x - 6, cy: y - 4, r: 5, fill: PALETTE[slot], class: slot })) dot.setAttribute(k, String(v));
      const text = document.createElementNS(SVG_NS, "text");
      for (const [k, v] of Object.entries({ x: x - 16, y, "text-anchor": "end", fill: "currentColor" })) text.setAttribute(k, String(v));
      text.textContent = isolate(l.name);
      g.append(dot, text);
      x -= labelWidth(l.name) + 32;
    });
    return g as unknown as SVGElement;
  };
  return Plot.plot({
    ...BASE,
    document,
    width,
    height: 260 + marginTop,
    marginLeft: 20,
    marginRight: 64,
    marginTop,
    x: { domain: [lo - 0.5, hi + 0.5], reverse: true, ticks: years, tickFormat: (v: number) => isolate(faDigits(v)), label: null },
    y: { axis: "right", grid: true, nice: true, zero: true, tickFormat: (v: number) => isolate(faNumber(v)), label: isolate(cfg.unitLabel), labelArrow: "none" },
    marks: [
      // One group per indicator, classed by its colour slot so page CSS can recolour it in dark mode.
      ...d.legend.flatMap((l) => {
        const slot = SLOTS[l.series % SLOTS.length];
        const colour = PALETTE[slot];
        const mine = d.points.filter((p) => p.series === l.series);
        return [
          Plot.ruleY(mine.filter((p) => p.inferred), { y: "value", x1: (p: SeriesPoint) => p.x - (p.x2 - p.x), x2: "x2", stroke: colour, strokeWidth: 2, strokeOpacity: 0.6, className: slot }),
          Plot.dot(mine.filter((p) => p.inferred), { x: "x", y: "value", r: 6, stroke: colour, strokeWidth: 2, fill: "white", className: slot }),
          Plot.dot(mine.filter((p) => !p.inferred), { x: "x", y: "value", r: 6, fill: colour, className: slot }),
        ];
      }),
      Plot.text(d.points, { x: "x", y: "value", text: (p: SeriesPoint) => isolate(p.label), dy: -14, fontSize: 12 }),
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
      ...(d.points.some((p) => p.inferred) ? ["نقطهٔ توخالی: زمان رقم در خبر نیامده و برآورد شده است؛ خط افقی بازهٔ برآورد را نشان می‌دهد."] : []),
      "ارقام مشکوک، ارقامی که زمانشان معلوم نیست و ارقام جزء (به تفکیک جنس، بانک یا تعاونی) در نمودار نیستند و در جدول ارقام آمده‌اند.",
    ],
  };
}
