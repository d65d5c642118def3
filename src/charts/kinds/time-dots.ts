/**
 * A stock over time as dots: one dot per published figure (several in a year when outlets
 * disagree), filled when the period is stated, hollow with its range when inferred. Time runs
 * right to left, as Persian reads. Unknown periods and doubted figures stay out (tables show them).
 */
import * as Plot from "@observablehq/plot";
import { extent, group } from "d3-array";
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule, Prepared, Theme } from "../types.ts";
import { BASE, PALETTE, faTick, isolate } from "../plot-kit.ts";
import { faFigure, faNumber, faPeriod, faDigits } from "../../lib/format.ts";
import { figuresOf } from "../../data/model.ts";

export interface TimeDotsConfig {
  id: string;
  theme: Theme;
  title: string;
  subtitle: string;
  indicator: string;
  place: string;
  /** Persian noun for the value, used in the summary ("تعاونی فعال"). */
  noun: string;
  /** Axis label (the unit). */
  unitLabel: string;
}

export interface TimeDotsData extends Prepared {
  points: { x: number; x2: number; value: number; kind: "stated" | "inferred"; label: string; figure: Figure }[];
}

/** Decimal year of a Jalali period: 1399-11 -> 1399.83. */
export function yearPosition(period: string): number {
  const [y, m] = period.split("-").map(Number);
  return y + (m ? (m - 1) / 12 : 0);
}

/** End of a period as a decimal year: 1399 -> 1400, 1399-11 -> 1399.92. */
export function yearEnd(period: string): number {
  const [y, m] = period.split("-").map(Number);
  return m ? y + m / 12 : y + 1;
}

export function prepareTimeDots(model: Model, cfg: TimeDotsConfig): TimeDotsData {
  const all = figuresOf(model, cfg.indicator, cfg.place);
  const figures = all.filter((f) => f.chartable);
  const points = figures.map((f) => {
    const start = yearPosition(f.period!);
    const end = f.period_end ? yearEnd(f.period_end) : f.period!.length === 4 ? yearEnd(f.period!) : start;
    const inferred = f.period_kind === "inferred";
    return {
      x: inferred ? (start + end) / 2 : start,
      x2: end,
      value: f.display,
      kind: f.period_kind as "stated" | "inferred",
      label: faFigure(f),
      figure: f,
    };
  });
  return {
    points,
    figures,
    columns: [
      { key: "period", label: "زمان" },
      { key: "period_kind", label: "نوع زمان" },
      { key: "value", label: "مقدار", numeric: true },
      { key: "qualifier", label: "قید" },
      { key: "source", label: "منبع" },
    ],
    rows: figures.map((f) => ({
      period: f.period_end ? `${f.period}/${f.period_end}` : f.period!,
      period_kind: f.period_kind,
      value: f.display,
      qualifier: f.qualifier,
      source: f.source.id,
    })),
    empty: figures.length === 0 ? "هنوز رقمی با زمان معلوم برای این نمودار منتشر نشده است." : undefined,
  };
}

export function summariseTimeDots(d: TimeDotsData, cfg: TimeDotsConfig): string {
  const byYear = [...group(d.points, (p) => Math.floor(p.x)).entries()].sort((a, b) => a[0] - b[0]);
  const [lo, hi] = extent(d.points, (p) => p.value) as [number, number];
  const first = d.points.reduce((a, b) => (b.x < a.x ? b : a));
  const last = d.points.reduce((a, b) => (b.x > a.x ? b : a));
  const inferred = d.points.filter((p) => p.kind === "inferred").length;
  const parts = [
    `${faDigits(d.points.length)} رقم منتشرشده دربارهٔ ${cfg.noun} از ${faPeriod(first.figure.period)} تا ${faPeriod(last.figure.period)}.`,
    `کمترین ${faNumber(lo)} و بیشترین ${faNumber(hi)}؛ نخستین رقم ${first.label} و تازه‌ترین ${last.label}.`,
  ];
  const multi = byYear.filter(([, ps]) => ps.length > 1);
  if (multi.length) parts.push(`برای ${multi.map(([y]) => faDigits(y)).join("، ")} بیش از یک رقم گزارش شده است.`);
  if (inferred) parts.push(`زمان ${faDigits(inferred)} رقم در خبر نیامده و برآوردی است (نقطهٔ توخالی).`);
  return parts.join(" ");
}

export function renderTimeDots(d: TimeDotsData, cfg: TimeDotsConfig, width: number, document: Document): Element {
  const [x0, x1] = extent(d.points.flatMap((p) => [p.x, p.x2])) as [number, number];
  const stated = d.points.filter((p) => p.kind === "stated");
  const inferred = d.points.filter((p) => p.kind === "inferred");
  return Plot.plot({
    ...BASE,
    document,
    width,
    height: 300,
    marginLeft: 20,
    marginRight: 56,
    marginTop: 28,
    x: { domain: [Math.floor(x0) - 0.5, Math.ceil(x1) + 0.5], reverse: true, tickFormat: (v: number) => faTick(v).replace(/٬/g, ""), ticks: Math.min(8, Math.ceil(x1 - x0) + 1), label: null },
    y: { axis: "right", grid: true, nice: true, zero: false, tickFormat: faTick, label: isolate(cfg.unitLabel), labelArrow: "none" },
    marks: [
      Plot.ruleY(inferred, { y: "value", x1: (p) => p.x - (p.x2 - p.x), x2: "x2", stroke: PALETTE.est, strokeWidth: 2, className: "s-est" }),
      Plot.dot(inferred, { x: "x", y: "value", r: 6, stroke: PALETTE.est, strokeWidth: 2, fill: "white", className: "s-est-dot" }),
      Plot.dot(stated, { x: "x", y: "value", r: 6, fill: PALETTE.s1, className: "s1" }),
      Plot.text(d.points, { x: "x", y: "value", text: (p) => isolate(p.label), dy: -14, fontSize: 12 }),
    ],
  });
}

export function timeDots(cfg: TimeDotsConfig): ChartModule<TimeDotsData> {
  return {
    id: cfg.id,
    theme: cfg.theme,
    title: cfg.title,
    subtitle: cfg.subtitle,
    prepare: (model) => prepareTimeDots(model, cfg),
    summary: (d) => summariseTimeDots(d, cfg),
    render: (d, { width, document }) => renderTimeDots(d, cfg, width, document),
    notes: (d) => [
      ...(d.points.some((p) => p.kind === "inferred") ? ["نقطهٔ توخالی: زمان رقم در خبر نیامده و برآورد شده است؛ خط افقی بازهٔ برآورد را نشان می‌دهد."] : []),
      "ارقام مشکوک و ارقامی که زمانشان معلوم نیست در نمودار نیستند و در جدول زیر آمده‌اند.",
    ],
  };
}
