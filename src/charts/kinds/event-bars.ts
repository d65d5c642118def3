/**
 * One-off packages (the projects opened in a Cooperative Week or a Fajr decade): one bar per
 * event, in time order, coloured by the kind of event. Conflicting reports of the same event sit
 * side by side under one heading. Packages are never added up: each is one occasion's total.
 */
import { group, max, min } from "d3-array";
import type { Model, Figure, EventRow } from "../../data/model.ts";
import { figuresOf } from "../../data/model.ts";
import type { ChartModule, IndicatorChartConfig, Prepared } from "../types.ts";
import type { Series } from "../plot-kit.ts";
import { valueLabel } from "../plot-kit.ts";
import { faDigits } from "../../lib/format.ts";
import { periodLabel } from "../period-label.ts";
import { renderHBars, type HBar } from "./hbars.ts";
import { EMPTY_NO_DATED, FIGURE_COLUMNS, NOTE_CONFLICT, NOTE_EST, NOTE_EXCLUDED, figureRow, groupBars, newestGroups, type FigureGroup } from "./figure-rows.ts";

export type EventBarsConfig = IndicatorChartConfig;

export interface EventBarsData extends Prepared {
  bars: HBar[];
  groups: FigureGroup[];
  /** Events that are part of another charted event (never to be added to it). */
  parts: { part: string; of: string }[];
}

const KIND_SERIES: Record<string, Series> = { "cooperative-week": "s1", "fajr-decade": "s3" };
const KIND_NAME: Record<string, string> = { "cooperative-week": "هفتهٔ تعاون", "fajr-decade": "دههٔ فجر" };

/** A short Persian name for an event: «هفتهٔ تعاون ۱۴۰۳», «دههٔ فجر ۱۳۹۴ یا ۱۳۹۵», «… ۱۵ شهریور». */
export function eventLabel(e: EventRow | undefined, f: Figure): string {
  if (!e) return periodLabel(f.period, f.period_end);
  const years = e.name_fa.match(/[0-9\u06F0-\u06F9]{4}/g) ?? [];
  const base = KIND_NAME[e.kind];
  if (base) {
    let label = `${base} ${years.map(faDigits).join(" یا ") || periodLabel(f.period)}`;
    // A single-day sub-event (openings on one day of the week) must not read like the whole week.
    if (e.start_jalali && e.start_jalali.length === 10 && e.start_jalali === e.end_jalali) {
      label += `، ${periodLabel(e.start_jalali).replace(/ \S+$/, "")}`;
    }
    return label;
  }
  // Other programmes: their own name without the parenthetical, with the year of the figure.
  const name = faDigits(e.name_fa.replace(/\s*\([^)]*\)\s*/g, " ").trim());
  return /[۰-۹]{4}/.test(name) ? name : `${name}، ${periodLabel(f.period?.slice(0, 4))}`;
}

export function prepareEventBars(model: Model, cfg: EventBarsConfig): EventBarsData {
  const figures = figuresOf(model, cfg.indicator, cfg.place).filter((f) => f.chartable);
  const byEvent = group(figures, (f) => f.event_id ?? f.id);
  const drawn = newestGroups(
    [...byEvent.entries()]
      .map(([key, fs]) => ({ key, title: eventLabel(fs[0].event, fs[0]), figures: fs }))
      .sort((a, b) => a.figures[0].period!.localeCompare(b.figures[0].period!) || a.key.localeCompare(b.key)),
  );
  const groups = drawn.groups;
  const ids = new Set(groups.map((g) => g.key));
  const parts = [...ids].flatMap((id) => [...ids].filter((o) => o !== id && id.startsWith(`${o}-`)).map((of) => ({ part: id, of })));
  const bars = groupBars(groups, (f) => KIND_SERIES[f.event?.kind ?? ""] ?? "s4");
  return {
    ...(drawn.capped ? { capped: drawn.capped } : {}),
    bars,
    groups,
    parts,
    figures: drawn.figures,
    columns: [{ key: "event", label: "رویداد" }, ...FIGURE_COLUMNS],
    rows: drawn.figures.map((f) => figureRow(f, { event: f.event_id ?? null })),
    empty: figures.length === 0 ? EMPTY_NO_DATED : undefined,
  };
}

export function summariseEventBars(d: EventBarsData, cfg: EventBarsConfig): string {
  const all = d.figures;
  const hi = all.reduce((a, b) => (b.display > a.display ? b : a));
  const lo = all.reduce((a, b) => (b.display < a.display ? b : a));
  const title = (f: Figure) => d.groups.find((g) => g.figures.includes(f))!.title;
  const parts = [
    `${faDigits(all.length)} رقم ${cfg.noun} برای ${faDigits(d.groups.length)} رویداد، از ${periodLabel(min(all, (f) => f.period)!.slice(0, 4))} تا ${periodLabel(max(all, (f) => f.period)!.slice(0, 4))}.`,
    `بیشترین ${valueLabel(hi)} ${cfg.unitLabel} (${title(hi)}) و کمترین ${valueLabel(lo)} ${cfg.unitLabel} (${title(lo)}).`,
  ];
  for (const g of d.groups.filter((x) => x.figures.length > 1)) {
    parts.push(`برای ${g.title}، ${faDigits(g.figures.length)} رقم متفاوت گزارش شده است: ${g.figures.map((f) => valueLabel(f)).join(" و ")}.`);
  }
  parts.push("هر بسته رقم یک رویداد است و این رقم‌ها با هم جمع زده نمی‌شوند.");
  return parts.join(" ");
}

export function eventBarsNotes(d: EventBarsData): string[] {
  const kinds = new Set(d.figures.map((f) => f.event?.kind ?? ""));
  const colours = [
    kinds.has("cooperative-week") && "آبی: هفتهٔ تعاون",
    kinds.has("fajr-decade") && "سبز: دههٔ فجر",
    [...kinds].some((k) => !KIND_SERIES[k]) && "صورتی: برنامه‌ها و افتتاح‌های دیگر",
  ].filter(Boolean);
  const title = (id: string) => d.groups.find((g) => g.key === id)!.title;
  return [
    `رنگ میله‌ها: ${colours.join("؛ ")}.`,
    ...d.parts.map((p) => `${title(p.part)} بخشی از ${title(p.of)} است؛ دو رقم را با هم جمع نزنید.`),
    ...(d.figures.some((f) => f.period_kind === "inferred") ? [NOTE_EST] : []),
    ...(d.groups.some((g) => g.figures.length > 1) ? [NOTE_CONFLICT] : []),
    NOTE_EXCLUDED,
  ];
}

export function eventBars(cfg: EventBarsConfig): ChartModule<EventBarsData> {
  return {
    id: cfg.id,
    theme: cfg.theme,
    title: cfg.title,
    subtitle: cfg.subtitle,
    prepare: (model) => prepareEventBars(model, cfg),
    summary: (d) => summariseEventBars(d, cfg),
    render: (d, { width, document }) => renderHBars(d.bars, { width, document, unitLabel: cfg.unitLabel }),
    notes: eventBarsNotes,
  };
}
