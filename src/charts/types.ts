/**
 * What a chart is: a pure `prepare` (model -> the plotted data, with d3-array) and a `render`
 * (plotted data -> an SVG drawn by Observable Plot at build time), plus the text a reader needs
 * without the picture: title, subtitle, summary, and the table of exactly the plotted data.
 */
import type { Model, Figure } from "../data/model.ts";
import type { Lang } from "../i18n/lang.ts";

import type { THEME_FA } from "../i18n/press.ts";

/** The dashboard a chart belongs to; the names readers see are in i18n/press.ts. */
export type Theme = keyof typeof THEME_FA;

/** One column of a chart's data table (and of its CSV download). */
export interface Column {
  /** Stable key: the CSV header (English, snake_case). */
  key: string;
  /**
   * Header shown on the page, in the edition's language. `prepare` leaves it out; chartState
   * fills it from the chart's own column names (ChartText.columns) or i18n/charts.ts by key.
   */
  label?: string;
  /** Numbers are aligned to the end, tabular, formatted in the edition's digits on the page. */
  numeric?: boolean;
}

/** A short text in both editions, written once by `prepare` (labels that decide the layout). */
export type Txt = Record<Lang, string>;

/** What a chart is called in one edition (from i18n/chart-titles.ts). */
export interface ChartText {
  title: string;
  /** One line under the title (what and where, unit). */
  subtitle: string;
  /** Column headers of this chart's own columns, by key (the shared ones are in i18n/charts.ts). */
  columns?: Record<string, string>;
  /** A credit line with a link that must travel with the chart (e.g. map data © OpenStreetMap). */
  credit?: { text: string; href: string };
  /** Why this chart is empty when its `prepare` says `OWN_EMPTY`. */
  empty?: string;
}

/** The `empty` key of a chart whose reason is its own (ChartText.empty). */
export const OWN_EMPTY = "own";

/** The plotted data: rows of plain values (Latin digits, plain numbers) and the figures behind them. */
export interface Prepared {
  columns: Column[];
  rows: Record<string, string | number | null>[];
  /** The published figures the chart shows (for sources and notes). */
  figures: Figure[];
  /**
   * Why the chart is empty, if it is: from `prepare`, a key of the `empty` table in
   * i18n/charts.ts (or the chart's own reason); chartState turns it into the edition's sentence.
   */
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
  /** The edition: Persian drawings run right to left, English ones left to right. Default fa. */
  lang?: Lang;
}

export interface ChartModule<P extends Prepared = Prepared> {
  /** Slug, used in `/charts/<id>/` and file names. */
  id: string;
  theme: Theme;
  /** Persian title (`text("fa").title`), for callers that know only Persian. */
  title: string;
  /** Persian subtitle (`text("fa").subtitle`). */
  subtitle: string;
  /** Title, subtitle, own column headers and credit in one edition (charts/render.ts: chartText). */
  text(lang: Lang): ChartText;
  /** Language-free: runs once per model for both editions. */
  prepare(model: Model): P;
  /** A plain description of what the data shows, generated from it in the edition's language. */
  summary(data: P, lang?: Lang): string;
  /** The SVG element, or null when there is nothing to draw. */
  render(data: P, options: RenderOptions): Element | null;
  /** Notes under the chart (estimates, conflicts, doubts), in the edition's language. */
  notes?(data: P, lang?: Lang): string[];
  /** The Persian credit line (`text("fa").credit`). */
  credit?: { text: string; href: string };
}

/** What every single-indicator chart kind is configured with (time dots, event bars, period bars). */
export interface IndicatorChartConfig {
  /** Also the key of its text in i18n/chart-titles.ts (title, subtitle, unit label, noun). */
  id: string;
  theme: Theme;
  indicator: string;
  place: string;
}
