/**
 * From published figures to bar rows and table rows: the pieces every bar chart shares. A figure
 * with an inferred period gets a pale bar and an asterisk; figures that disagree about the same
 * thing are drawn as separate bars under one heading, never averaged or summed.
 */
import type { Figure } from "../../data/model.ts";
import type { Column, Prepared } from "../types.ts";
import { MAX_GROUPS, MAX_MARKS } from "../limits.ts";
import { outletShort, valueLabel, type Series } from "../plot-kit.ts";
import { periodKey } from "../period-label.ts";
import { faDigits } from "../../lib/format.ts";
import type { HBar } from "./hbars.ts";
import { figureTitle } from "../mark-title.ts";
import { BAR_NOTES } from "../../i18n/charts.ts";

/** The marker after a label whose period is inferred (explained in every chart's notes); a no-break space keeps it on its line. */
export const EST_MARK = "\u00a0*";

export const NOTE_EST = BAR_NOTES.estimate;
export const NOTE_EXCLUDED = BAR_NOTES.excluded;
export const NOTE_CONFLICT = BAR_NOTES.conflict;

export const isEstimate = (f: Figure): boolean => f.period_kind === "inferred";

/** One bar for one figure: its label (asterisked if estimated), its value as printed. */
export function figureBar(f: Figure, label: string, series: Series = "s1", length?: number): HBar {
  return {
    key: f.id,
    label: isEstimate(f) ? label + EST_MARK : label,
    value: length ?? f.display,
    text: valueLabel(f),
    series,
    estimate: isEstimate(f),
    title: figureTitle(f),
  };
}

export interface FigureGroup {
  key: string;
  /** What the group is about: an event, a period, a place. */
  title: string;
  figures: Figure[];
}

/**
 * Groups of figures as rows: a group with one figure is one labelled bar; a group with several
 * (outlets disagreeing) gets a heading and one bar per figure, labelled with the outlet.
 */
export function groupBars(groups: FigureGroup[], seriesOf: (f: Figure) => Series = () => "s1"): HBar[] {
  return groups.flatMap((g) => {
    if (g.figures.length === 1) return [figureBar(g.figures[0], g.title, seriesOf(g.figures[0]))];
    const conflict = g.figures.some((f) => f.conflict_group);
    const outlets = g.figures.map((f) => outletShort(f.source));
    const heading: HBar = { key: `group:${g.key}`, label: conflict ? `${g.title}: ارقام ناهمخوان` : g.title, header: true };
    return [
      heading,
      ...g.figures.map((f, i) => {
        // Two figures from one outlet still need distinct labels: number them.
        const dup = outlets.filter((o) => o === outlets[i]).length > 1;
        const label = dup ? `${outlets[i]} (${faDigits(outlets.slice(0, i + 1).filter((o) => o === outlets[i]).length)})` : outlets[i];
        return figureBar(f, label, seriesOf(f));
      }),
    ];
  });
}

/** The table columns every figure-based chart shares (keys are the CSV header). */
export const FIGURE_COLUMNS: Column[] = [
  { key: "period", label: "زمان" },
  { key: "period_kind", label: "نوع زمان" },
  { key: "value", label: "مقدار", numeric: true },
  { key: "qualifier", label: "قید" },
  { key: "source", label: "منبع" },
];

/** A table row for one figure: plain values, Latin digits, ids (the page shows names). */
export function figureRow(f: Figure, extra: Record<string, string | number | null> = {}): Record<string, string | number | null> {
  return {
    ...extra,
    period: periodKey(f.period, f.period_end),
    period_kind: f.period_kind,
    value: f.display,
    qualifier: f.qualifier,
    source: f.source.id,
  };
}

/** Why a chart is empty, in Persian. */
export const EMPTY_NO_DATED = "هنوز رقمی با زمان معلوم برای این نمودار منتشر نشده است.";

/**
 * Past MAX_MARKS bars, the newest MAX_GROUPS groups (groups come oldest first) and the note that
 * says so; below it, everything. The figures and table rows follow what is drawn.
 */
export function newestGroups(groups: FigureGroup[]): { groups: FigureGroup[]; figures: Figure[]; capped?: Prepared["capped"] } {
  const all = groups.flatMap((g) => g.figures);
  if (all.length <= MAX_MARKS || groups.length <= MAX_GROUPS) return { groups, figures: all };
  const kept = groups.slice(-MAX_GROUPS);
  const figures = kept.flatMap((g) => g.figures);
  return { groups: kept, figures, capped: { shown: kept.length, total: groups.length, how: "newest" } };
}
