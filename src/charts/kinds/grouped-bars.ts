/**
 * Bars in labelled groups (a place, an event, a cooperative, one statement): each bar is one
 * published figure, coloured by what it measures. With `relative`, bars are scaled within their
 * group (the longest bar of each group is full length) and the value axis is hidden: used where
 * groups differ by orders of magnitude (a province and a county) and only the comparison inside a
 * group is the point. The printed values always carry the real numbers.
 */
import { max } from "d3-array";
import type { Figure } from "../../data/model.ts";
import type { Column, Prepared, Txt } from "../types.ts";
import type { Series } from "../kit/plot.ts";
import { renderHBars, type HBar } from "./hbars.ts";
import { FIGURE_COLUMNS, figureBar, figureRow } from "./figure-rows.ts";
import { MAX_GROUPS } from "../limits.ts";
import { kitFor, type Kit } from "../kit/lang.ts";
import type { Lang } from "../../i18n/lang.ts";

export interface BarItem {
  figure: Figure;
  label: Txt;
  series: Series;
}

export interface BarGroup {
  key: string;
  title: Txt;
  items: BarItem[];
}

export interface GroupedData extends Prepared {
  groups: BarGroup[];
  relative: boolean;
}

/**
 * The prepared data of a grouped chart: groups in period order, their figures, and one table row
 * per figure with the chart's own leading columns (`extra`) before the shared figure columns.
 */
export function groupedData(
  groups: BarGroup[],
  columns: Column[],
  extra: (f: Figure) => Record<string, string | number | null>,
  empty: string,
  relative = false,
): GroupedData {
  groups.sort((a, b) => a.items[0].figure.period!.localeCompare(b.items[0].figure.period!) || a.key.localeCompare(b.key));
  // Past MAX_GROUPS the chart draws the newest ones (and says so); every figure stays in the tables.
  const total = groups.length;
  if (total > MAX_GROUPS) groups = groups.slice(-MAX_GROUPS);
  const figures = groups.flatMap((g) => g.items.map((i) => i.figure));
  return {
    ...(total > MAX_GROUPS ? { capped: { shown: MAX_GROUPS, total, how: "newest" as const } } : {}),
    groups,
    relative,
    figures,
    columns: [...columns, ...FIGURE_COLUMNS],
    rows: figures.map((f) => figureRow(f, extra(f))),
    empty: figures.length === 0 ? empty : undefined,
  };
}

/** "Bar colours: blue: registered; orange: active." for the series actually drawn. */
export function legendNote(used: Iterable<Series>, names: Partial<Record<Series, string>>, k: Kit = kitFor("fa")): string {
  const set = new Set(used);
  const parts = (Object.keys(names) as Series[]).filter((s) => set.has(s)).map((s) => `${k.s.bar.colourName[s]}: ${names[s]}`);
  return k.s.bar.colours(parts);
}

export function groupedBars(groups: BarGroup[], relative: boolean): HBar[] {
  return groups.flatMap((g) => {
    const top = max(g.items, (i) => i.figure.display) || 1;
    return [
      { key: `group:${g.key}`, label: g.title, header: true },
      ...g.items.map((i) => figureBar(i.figure, i.label, i.series, relative ? i.figure.display / top : undefined)),
    ];
  });
}

export function renderGrouped(d: GroupedData, width: number, document: Document, unitLabel?: string, lang: Lang = "fa"): Element {
  return renderHBars(groupedBars(d.groups, d.relative), { width, document, unitLabel, lang, axis: !d.relative });
}
