/**
 * What a chart is: a pure `prepare` (model -> the plotted data, with d3-array) and a `render`
 * (plotted data -> an SVG drawn by Observable Plot at build time), plus the text a reader needs
 * without the picture: title, subtitle, summary, and the table of exactly the plotted data.
 */
import type { Model, Figure } from "../data/model.ts";

import type { THEME_FA } from "../i18n/press.ts";

/** The dashboard a chart belongs to; the names readers see are in i18n/press.ts. */
export type Theme = keyof typeof THEME_FA;

/** One column of a chart's data table (and of its CSV download). */
export interface Column {
  /** Stable key: the CSV header (English, snake_case). */
  key: string;
  /** Header shown on the page, in Persian. */
  label: string;
  /** Numbers are right-aligned, tabular, formatted in Persian digits on the page. */
  numeric?: boolean;
}

/** The plotted data: rows of plain values (Latin digits, plain numbers) and the figures behind them. */
export interface Prepared {
  columns: Column[];
  rows: Record<string, string | number | null>[];
  /** The published figures the chart shows (for sources and notes). */
  figures: Figure[];
  /** Why the chart is empty, if it is. */
  empty?: string;
  /**
   * Set when the data outgrew the chart (charts/limits.ts) and only part of it is drawn: how
   * many items (groups, points) are shown of how many, and which («the newest», «one per year»).
   */
  capped?: { shown: number; total: number; how: "newest" | "newestItems" | "perYear" };
}

export interface RenderOptions {
  width: number;
  document: Document;
}

export interface ChartModule<P extends Prepared = Prepared> {
  /** Slug, used in `/charts/<id>/` and file names. */
  id: string;
  theme: Theme;
  /** Persian title. */
  title: string;
  /** One line under the title (what and where, unit). */
  subtitle: string;
  prepare(model: Model): P;
  /** A plain-Persian description of what the data shows, generated from it. */
  summary(data: P): string;
  /** The SVG element, or null when there is nothing to draw. */
  render(data: P, options: RenderOptions): Element | null;
  /** Notes under the chart (estimates, conflicts, doubts), in Persian. */
  notes?(data: P): string[];
  /** A credit line with a link that must travel with the chart (e.g. map data © OpenStreetMap). */
  credit?: { text: string; href: string };
}

/** What every single-indicator chart kind is configured with (time dots, event bars, period bars). */
export interface IndicatorChartConfig {
  id: string;
  theme: Theme;
  title: string;
  subtitle: string;
  indicator: string;
  place: string;
  /** Axis label: the unit («میلیارد تومان», «طرح»). */
  unitLabel: string;
  /** Persian noun for the summary («سرمایه‌گذاری», «تعاونی تازه»). */
  noun: string;
}
