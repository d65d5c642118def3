/**
 * One-off packages (the projects opened in a Cooperative Week or a Fajr decade): one bar per
 * event, in time order, coloured by the kind of event. Conflicting reports of the same event sit
 * side by side under one heading. Packages are never added up: each is one occasion's total.
 */
import { group, max, min } from "d3-array";
import type { Model, Figure, EventRow } from "../../data/model.ts";
import { figuresOf } from "../../data/model.ts";
import type { ChartModule, IndicatorChartConfig, Prepared } from "../types.ts";
import type { Series } from "../kit/plot.ts";
import { jalaliWords, toLatin } from "../../lib/format.ts";
import { renderHBars, type HBar } from "./hbars.ts";
import { EMPTY_NO_DATED, FIGURE_COLUMNS, barNotes, figureRow, groupBars, newestGroups, type FigureGroup } from "./figure-rows.ts";
import { both, kitFor, titled, type Kit } from "../kit/lang.ts";
import { chartTitle } from "../../i18n/chart-titles.ts";
import type { Lang } from "../../i18n/lang.ts";
import type { Txt } from "../types.ts";

export type EventBarsConfig = IndicatorChartConfig;

export interface EventBarsData extends Prepared {
  bars: HBar[];
  groups: FigureGroup[];
  /** Events that are part of another charted event (never to be added to it). */
  parts: { part: string; of: string }[];
}

const KIND_SERIES: Record<string, Series> = { "cooperative-week": "s1", "fajr-decade": "s3" };

/**
 * A short name for an event in one edition: "Cooperative Week 1403", "Fajr decade 1394 or 1395",
 * "... , 15 Shahrivar" for one day of a week; other programmes by their own name.
 */
export function eventLabelIn(e: EventRow | undefined, f: Figure, k: Kit): string {
  if (!e) return k.periodLabel(f.period, f.period_end);
  const E = k.s.events;
  const years = (e.name_fa.match(/[0-9\u06F0-\u06F9]{4}/g) ?? []).map((y) => k.digits(toLatin(y)));
  const base = E.kind[e.kind];
  if (base) {
    let label = years.length ? E.named(base, years) : E.named(base, [k.periodLabel(f.period)]);
    // A single-day sub-event (openings on one day of the week) must not read like the whole week.
    if (e.start_jalali && e.start_jalali.length === 10 && e.start_jalali === e.end_jalali) {
      label = E.day(label, jalaliWords(e.start_jalali, k.lang).replace(/ \S+$/, ""));
    }
    return label;
  }
  // Other programmes: their own name without the parenthetical, with the year of the figure.
  const own = k.lang === "fa" ? e.name_fa : e.name_en;
  const name = k.digits(own.replace(/\s*\([^)]*\)\s*/g, " ").trim());
  return /[0-9\u06F0-\u06F9]{4}/.test(name) ? name : E.withYear(name, k.periodLabel(f.period?.slice(0, 4)));
}

/** An event's short name in both editions. */
export const eventLabel = (e: EventRow | undefined, f: Figure): Txt => both((k) => eventLabelIn(e, f, k));

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
    columns: [{ key: "event" }, ...FIGURE_COLUMNS],
    rows: drawn.figures.map((f) => figureRow(f, { event: f.event_id ?? null })),
    empty: figures.length === 0 ? EMPTY_NO_DATED : undefined,
  };
}

export function summariseEventBars(d: EventBarsData, cfg: EventBarsConfig, lang: Lang = "fa"): string {
  const k = kitFor(lang);
  const T = k.s.summary.eventBars;
  const { noun = "", unitLabel = "" } = chartTitle(cfg.id, lang);
  const all = d.figures;
  const hi = all.reduce((a, b) => (b.display > a.display ? b : a));
  const lo = all.reduce((a, b) => (b.display < a.display ? b : a));
  const title = (f: Figure) => k.t(d.groups.find((g) => g.figures.includes(f))!.title);
  const year = (p: string) => k.periodLabel(p.slice(0, 4));
  const parts = [
    T.head(all.length, noun, d.groups.length, year(min(all, (f) => f.period)!), year(max(all, (f) => f.period)!)),
    T.extremes(k.valueLabel(hi), title(hi), k.valueLabel(lo), title(lo), unitLabel),
  ];
  for (const g of d.groups.filter((x) => x.figures.length > 1)) {
    parts.push(
      T.conflict(
        k.t(g.title),
        g.figures.length,
        g.figures.map((f) => k.valueLabel(f)),
      ),
    );
  }
  parts.push(T.noSum);
  return parts.join(" ");
}

export function eventBarsNotes(d: EventBarsData, lang: Lang = "fa"): string[] {
  const k = kitFor(lang);
  const C = k.s.notes.eventColours;
  const kinds = new Set(d.figures.map((f) => f.event?.kind ?? ""));
  const colours = [
    kinds.has("cooperative-week") && C["cooperative-week"],
    kinds.has("fajr-decade") && C["fajr-decade"],
    [...kinds].some((x) => !KIND_SERIES[x]) && C.other,
  ].filter((x): x is string => !!x);
  const title = (id: string) => k.t(d.groups.find((g) => g.key === id)!.title);
  return [
    k.s.bar.colours(colours),
    ...d.parts.map((p) => k.s.notes.eventPart(title(p.part), title(p.of))),
    ...barNotes(
      k,
      d.figures,
      d.groups.some((g) => g.figures.length > 1),
    ),
  ];
}

export function eventBars(cfg: EventBarsConfig): ChartModule<EventBarsData> {
  return {
    id: cfg.id,
    theme: cfg.theme,
    ...titled(cfg.id),
    prepare: (model) => prepareEventBars(model, cfg),
    summary: (d, lang) => summariseEventBars(d, cfg, lang),
    render: (d, { width, document, lang = "fa" }) =>
      renderHBars(d.bars, { width, document, lang, unitLabel: chartTitle(cfg.id, lang).unitLabel }),
    notes: eventBarsNotes,
  };
}
