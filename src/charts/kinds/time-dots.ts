/**
 * A stock over time as dots: one dot per published figure (several in a year when outlets
 * disagree), filled when the period is stated, hollow with its range when inferred. Time runs
 * right to left in Persian, as Persian reads, and left to right in English. Unknown periods and
 * doubted figures stay out (tables show them).
 * Value labels are placed so that they meet neither each other nor a dot.
 */
import * as Plot from "@observablehq/plot";
import { extent, group, ticks } from "d3-array";
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule, IndicatorChartConfig, Prepared } from "../types.ts";
import { BASE, PALETTE, labelWidth } from "../kit/plot.ts";
import { figuresOf } from "../../data/model.ts";
import { periodKey } from "../period-label.ts";
import { EMPTY_NO_DATED, FIGURE_COLUMNS } from "./figure-rows.ts";
import { figureTitle } from "../kit/mark-title.ts";
import { MAX_MARKS, MAX_SUMMARY_ITEMS } from "../limits.ts";
import { both, kitFor, titled } from "../kit/lang.ts";
import { chartTitle } from "../../i18n/chart-titles.ts";
import type { Lang } from "../../i18n/lang.ts";
import type { Txt } from "../types.ts";

export interface TimeDotsConfig extends IndicatorChartConfig {
  /**
   * Figures before this Jalali year are left out of the picture (one 1357 figure would squeeze
   * forty years of axis into a corner); the notes name them and the tables keep them.
   */
  fromYear?: number;
  /** Start the value axis at zero (small counts, where a cropped axis would exaggerate change). */
  zero?: boolean;
}

export interface TimeDotsData extends Prepared {
  points: { x: number; x2: number; x1: number; value: number; kind: "stated" | "inferred"; label: Txt; figure: Figure }[];
  /** Dated, undoubted figures left out because they precede `fromYear`. */
  before: Figure[];
}

/** Decimal year of a Jalali period: 1399-11 -> 1399.83. */
export function yearPosition(period: string): number {
  const [y, m, d] = period.split("-").map(Number);
  return y + (m ? (m - 1) / 12 : 0) + (d ? (d - 1) / 365 : 0);
}

/** End of a period as a decimal year: 1399 -> 1400, 1399-11 -> 1399.92. */
export function yearEnd(period: string): number {
  const [y, m, d] = period.split("-").map(Number);
  if (d) return yearPosition(period);
  return m ? y + m / 12 : y + 1;
}

export function prepareTimeDots(model: Model, cfg: TimeDotsConfig): TimeDotsData {
  const dated = figuresOf(model, cfg.indicator, cfg.place).filter((f) => f.chartable && !f.sex);
  const before = cfg.fromYear ? dated.filter((f) => f.year! < cfg.fromYear!) : [];
  const all = cfg.fromYear ? dated.filter((f) => f.year! >= cfg.fromYear!) : dated;
  // Past MAX_MARKS, one point per year: the report with the latest period in it (dated is in period order).
  const figures = all.length > MAX_MARKS ? [...group(all, (f) => f.year!).values()].map((fs) => fs[fs.length - 1]) : all;
  const points = figures.map((f) => {
    const start = yearPosition(f.period!);
    const end = f.period_end ? yearEnd(f.period_end) : yearEnd(f.period!);
    const inferred = f.period_kind === "inferred";
    // A stated stock is a level at its date; an inferred one sits mid-range with its range drawn.
    return {
      x: inferred ? (start + end) / 2 : start,
      x1: start,
      x2: end,
      value: f.display,
      kind: f.period_kind as "stated" | "inferred",
      label: both((k) => k.valueLabel(f)),
      figure: f,
    };
  });
  return {
    ...(figures.length < all.length ? { capped: { shown: figures.length, total: all.length, how: "perYear" as const } } : {}),
    points,
    before,
    figures,
    columns: FIGURE_COLUMNS,
    rows: figures.map((f) => ({
      period: periodKey(f.period, f.period_end),
      period_kind: f.period_kind,
      value: f.display,
      qualifier: f.qualifier,
      source: f.source.id,
    })),
    empty: figures.length === 0 ? EMPTY_NO_DATED : undefined,
  };
}

export function summariseTimeDots(d: TimeDotsData, cfg: TimeDotsConfig, lang: Lang = "fa"): string {
  const k = kitFor(lang);
  const T = k.s.summary.timeDots;
  const [lo, hi] = extent(d.points, (p) => p.value) as [number, number];
  const first = d.points.reduce((a, b) => (b.x < a.x ? b : a));
  const last = d.points.reduce((a, b) => (b.x > a.x ? b : a));
  const when = (f: Figure) => k.periodLabel(f.period, f.period_end);
  const inferred = d.points.filter((p) => p.kind === "inferred").length;
  const parts = [
    T.range(d.points.length, chartTitle(cfg.id, lang).noun ?? "", k.num(lo), k.num(hi)),
    T.ends(when(first.figure), k.t(first.label), when(last.figure), k.t(last.label)),
  ];
  // Same period, different values: outlets disagree, and the reader should hear both.
  const repeated = [...group(d.points, (p) => periodKey(p.figure.period, p.figure.period_end)).values()].filter((ps) => ps.length > 1);
  for (const ps of repeated.slice(0, MAX_SUMMARY_ITEMS)) {
    parts.push(
      T.repeated(
        when(ps[0].figure),
        ps.length,
        ps.map((p) => T.item(k.t(p.label), k.outlet(p.figure.source))),
      ),
    );
  }
  if (inferred) parts.push(T.inferred(inferred));
  return parts.join(" ");
}

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const area = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/**
 * Greedy label placement in pixels: above the dot, below it, beside it, then further away; the
 * first spot that meets no dot, no placed label and stays inside the frame wins. When none is
 * free (a crowded phone-width chart), the spot with the least overlap is taken.
 */
export function placeLabels(
  items: { px: number; py: number; w: number }[],
  frame: Box,
  r = 7,
  h = 20,
  /** Other things labels should avoid (the range lines of inferred figures). */
  obstacles: Box[] = [],
): { dx: number; dy: number }[] {
  const dots: Box[] = [...items.map((p) => ({ x0: p.px - r, x1: p.px + r, y0: p.py - r, y1: p.py + r })), ...obstacles];
  const placed: Box[] = [];
  return items.map((p) => {
    const near = r + h / 2 + 2;
    const candidates = [
      { dx: 0, dy: -near },
      { dx: 0, dy: near },
      { dx: -(r + p.w / 2 + 3), dy: 0 },
      { dx: r + p.w / 2 + 3, dy: 0 },
      { dx: 0, dy: -(near + h + 2) },
      { dx: 0, dy: near + h + 2 },
      { dx: -(r + p.w / 2 + 3), dy: -near },
      { dx: r + p.w / 2 + 3, dy: -near },
      { dx: -(r + p.w / 2 + 3), dy: near },
      { dx: r + p.w / 2 + 3, dy: near },
      // Further out, for dots that sit almost on one another (figures weeks apart on a phone).
      { dx: 0, dy: -(near + 2 * (h + 2)) },
      { dx: 0, dy: near + 2 * (h + 2) },
      { dx: -(r + p.w / 2 + 3), dy: -(near + h + 2) },
      { dx: r + p.w / 2 + 3, dy: -(near + h + 2) },
      { dx: -(r + p.w / 2 + 3), dy: near + h + 2 },
      { dx: r + p.w / 2 + 3, dy: near + h + 2 },
      ...[3, 4].flatMap((k) => [
        { dx: 0, dy: -(near + k * (h + 2)) },
        { dx: 0, dy: near + k * (h + 2) },
        { dx: -(r + p.w / 2 + 3), dy: -(near + (k - 1) * (h + 2)) },
        { dx: r + p.w / 2 + 3, dy: -(near + (k - 1) * (h + 2)) },
      ]),
    ];
    const boxOf = (c: { dx: number; dy: number }): Box => ({
      x0: p.px + c.dx - p.w / 2,
      x1: p.px + c.dx + p.w / 2,
      y0: p.py + c.dy - h / 2,
      y1: p.py + c.dy + h / 2,
    });
    const outside = (b: Box) =>
      (Math.max(0, frame.x0 - b.x0) + Math.max(0, b.x1 - frame.x1)) * h +
      (Math.max(0, frame.y0 - b.y0) + Math.max(0, b.y1 - frame.y1)) * p.w;
    const cost = (c: { dx: number; dy: number }) => {
      const b = boxOf(c);
      return outside(b) * 4 + dots.reduce((s, d) => s + area(b, d) * 2, 0) + placed.reduce((s, q) => s + area(b, q), 0);
    };
    const costs = candidates.map(cost);
    const free = costs.findIndex((c) => c === 0);
    const choice = candidates[free >= 0 ? free : costs.indexOf(Math.min(...costs))];
    placed.push(boxOf(choice));
    return choice;
  });
}

export function renderTimeDots(d: TimeDotsData, cfg: TimeDotsConfig, width: number, document: Document, lang: Lang = "fa"): Element {
  const k = kitFor(lang);
  const [x0, x1] = extent(d.points.flatMap((p) => [p.x1, p.x2])) as [number, number];
  const stated = d.points.filter((p) => p.kind === "stated");
  const inferred = d.points.filter((p) => p.kind === "inferred");
  const yMax = Math.max(...d.points.map((p) => p.value));
  // The value axis's side (right in Persian, left in English) is as wide as its widest tick.
  const axisMargin = Math.ceil(Math.max(labelWidth(k.num(yMax)) + 14, 48));
  const marginRight = k.rtl ? axisMargin : 24;
  const marginLeft = k.rtl ? 24 : axisMargin;
  const height = 320;
  // Year ticks: at most one per 56px, and fewer when the labels are wider than the gap between
  // them (English labels name two Gregorian years, «2020–21»).
  const domain = [Math.floor(x0) - 0.5, Math.ceil(x1) + 0.5];
  const pxPerYear = (width - marginLeft - marginRight) / (domain[1] - domain[0]);
  const room = labelWidth(k.yearTick(Math.ceil(x1))) + 4;
  const gap = (n: number) => {
    const years = ticks(domain[0], domain[1], n).filter(Number.isInteger);
    return years.length > 1 ? (years[1] - years[0]) * pxPerYear : Infinity;
  };
  let tickCount = Math.max(2, Math.min(Math.ceil(x1 - x0) + 1, Math.floor((width - axisMargin) / 56)));
  while (tickCount > 1 && gap(tickCount) < room) tickCount--;
  // A year label centred on its tick must not reach into the value axis's labels (on the axis's
  // side it stays within the plot; on the far side it may use that side's margin).
  const yearLabel = (v: number) => {
    if (!Number.isInteger(v)) return "";
    const label = k.yearTick(v);
    const half = (labelWidth(label) - 8) / 2;
    const fromStart = (v - domain[0]) * pxPerYear;
    const fromEnd = (domain[1] - v) * pxPerYear;
    // Early years lie on the value axis's side in both editions (time runs away from the axis).
    return fromStart >= half && fromEnd + (k.rtl ? marginLeft : marginRight) >= half ? label : "";
  };
  const options = {
    ...BASE,
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: 40,
    marginBottom: 32,
    x: {
      domain,
      reverse: k.rtl,
      tickFormat: yearLabel,
      ticks: tickCount,
      label: null,
    },
    y: {
      axis: k.rtl ? ("right" as const) : ("left" as const),
      tickSize: 0,
      tickPadding: 6,
      grid: true,
      nice: true,
      zero: cfg.zero ?? false,
      tickFormat: k.tick,
      label: k.isolate(chartTitle(cfg.id, lang).unitLabel ?? ""),
      labelArrow: "none" as const,
      labelAnchor: "top" as const,
    },
  };
  const title = (p: TimeDotsData["points"][number]) => figureTitle(p.figure, undefined, k);
  const base = [
    Plot.ruleY(inferred, { y: "value", x1: "x1", x2: "x2", stroke: PALETTE.est, strokeWidth: 2, className: "s-est" }),
    Plot.dot(inferred, { x: "x", y: "value", r: 6, stroke: PALETTE.est, strokeWidth: 2, fill: "white", title, className: "s-est hollow" }),
    Plot.dot(stated, { x: "x", y: "value", r: 6, fill: PALETTE.s1, title, className: "s1" }),
  ];
  // First pass only to learn the scales, so labels can be placed in pixels.
  const probe = Plot.plot({ ...options, marks: base }) as unknown as { scale(n: string): { apply(v: unknown): number } };
  const sx = probe.scale("x");
  const sy = probe.scale("y");
  const items = d.points.map((p) => ({ px: sx.apply(p.x), py: sy.apply(p.value), w: labelWidth(k.t(p.label), 12) }));
  // Labels stay inside the plot area, clear of the axes' own labels (they may run into the small
  // margin on the side without an axis).
  const ranges = inferred.map((p) => ({
    x0: Math.min(sx.apply(p.x1), sx.apply(p.x2)),
    x1: Math.max(sx.apply(p.x1), sx.apply(p.x2)),
    y0: sy.apply(p.value) - 2,
    y1: sy.apply(p.value) + 2,
  }));
  const frame = k.rtl
    ? { x0: marginLeft - 20, x1: width - marginRight, y0: options.marginTop - 12, y1: height - options.marginBottom }
    : { x0: marginLeft, x1: width - marginRight + 20, y0: options.marginTop - 12, y1: height - options.marginBottom };
  const offsets = placeLabels(items, frame, 7, 20, ranges);
  const byOffset = group(
    d.points.map((p, i) => ({ p, o: offsets[i] })),
    ({ o }) => `${o.dx},${o.dy}`,
  );
  const labels = [...byOffset.values()].map((entries) =>
    Plot.text(
      entries.map((e) => e.p),
      {
        x: "x",
        y: "value",
        text: (p) => k.isolate(k.t(p.label)),
        dx: entries[0].o.dx,
        dy: entries[0].o.dy,
        fontSize: 12,
        className: "value-label",
      },
    ),
  );
  return Plot.plot({ ...options, marks: [...base, ...labels] });
}

export function timeDotsNotes(d: TimeDotsData, cfg: TimeDotsConfig, lang: Lang = "fa"): string[] {
  const k = kitFor(lang);
  return [
    ...(d.points.some((p) => p.kind === "inferred") ? [k.s.dot.hollow] : []),
    ...(d.before.length
      ? [
          k.s.dot.before(
            cfg.fromYear!,
            d.before.map((f) => `${k.periodLabel(f.period, f.period_end)}: ${k.valueLabel(f)}`),
          ),
        ]
      : []),
    k.s.dot.calendar,
    k.s.bar.excluded,
  ].filter(Boolean);
}

export function timeDots(cfg: TimeDotsConfig): ChartModule<TimeDotsData> {
  return {
    id: cfg.id,
    theme: cfg.theme,
    ...titled(cfg.id),
    prepare: (model) => prepareTimeDots(model, cfg),
    summary: (d, lang) => summariseTimeDots(d, cfg, lang),
    render: (d, { width, document, lang }) => renderTimeDots(d, cfg, width, document, lang),
    notes: (d, lang) => timeDotsNotes(d, cfg, lang),
  };
}
