/**
 * From published figures to bar rows and table rows: the pieces every bar chart shares. A figure
 * with an inferred period gets a pale bar and an asterisk; figures that disagree about the same
 * thing are drawn as separate bars under one heading, never averaged or summed.
 */
import type { Figure } from "../../data/model.ts";
import type { Column, Prepared } from "../types.ts";
import { MAX_GROUPS, MAX_MARKS } from "../limits.ts";
import type { Series } from "../kit/plot.ts";
import { periodKey } from "../period-label.ts";
import type { HBar } from "./hbars.ts";
import { figureTitle } from "../kit/mark-title.ts";
import { both, type Kit } from "../kit/lang.ts";
import type { Txt } from "../types.ts";

/** The marker after a label whose period is inferred (explained in every chart's notes); a no-break space keeps it on its line. */
export const EST_MARK = "\u00a0*";

export const isEstimate = (f: Figure): boolean => f.period_kind === "inferred";

/** One bar for one figure: its label (asterisked if estimated), its value as printed, in both editions. */
export function figureBar(f: Figure, label: Txt, series: Series = "s1", length?: number): HBar {
  const mark = isEstimate(f) ? EST_MARK : "";
  return {
    key: f.id,
    label: { fa: label.fa + mark, en: label.en + mark },
    value: length ?? f.display,
    text: both((k) => k.valueLabel(f)),
    series,
    estimate: isEstimate(f),
    title: both((k) => figureTitle(f, undefined, k)),
  };
}

export interface FigureGroup {
  key: string;
  /** What the group is about: an event, a period, a place. */
  title: Txt;
  figures: Figure[];
}

/** The notes every figure bar chart ends with: estimated periods, conflicts, what is left out. */
export function barNotes(k: Kit, figures: Figure[], conflicts = false): string[] {
  return [...(figures.some(isEstimate) ? [k.s.bar.estimate] : []), ...(conflicts ? [k.s.bar.conflict] : []), k.s.bar.excluded];
}

/**
 * Groups of figures as rows: a group with one figure is one labelled bar; a group with several
 * (outlets disagreeing) gets a heading and one bar per figure, labelled with the outlet.
 */
export function groupBars(groups: FigureGroup[], seriesOf: (f: Figure) => Series = () => "s1"): HBar[] {
  return groups.flatMap((g) => {
    if (g.figures.length === 1) return [figureBar(g.figures[0], g.title, seriesOf(g.figures[0]))];
    const conflict = g.figures.some((f) => f.conflict_group);
    const heading: HBar = {
      key: `group:${g.key}`,
      label: conflict ? both((k) => k.s.bar.conflictHeading(k.t(g.title))) : g.title,
      header: true,
    };
    return [
      heading,
      ...g.figures.map((f, i) =>
        figureBar(
          f,
          both((k) => {
            // Two figures from one outlet still need distinct labels: number them.
            const outlets = g.figures.map((x) => k.outlet(x.source));
            const dup = outlets.filter((o) => o === outlets[i]).length > 1;
            return dup ? k.s.bar.nth(outlets[i], outlets.slice(0, i + 1).filter((o) => o === outlets[i]).length) : outlets[i];
          }),
          seriesOf(f),
        ),
      ),
    ];
  });
}

/** The table columns every figure-based chart shares (keys are the CSV header; headers in i18n/charts.ts). */
export const FIGURE_COLUMNS: Column[] = [
  { key: "period" },
  { key: "period_kind" },
  { key: "value", numeric: true },
  { key: "qualifier" },
  { key: "source" },
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

/** Why a chart is empty: no dated figure (a key of i18n/charts.ts `empty`). */
export const EMPTY_NO_DATED = "noDated";

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
