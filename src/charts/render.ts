/**
 * Draws a chart at build time: Plot renders into a linkedom document, then the SVG is made
 * CSP-friendly and accessible (no inline <style> or style attributes, no random class, one
 * role="img" with the title as its name) and serialised as a standalone-valid string.
 *
 * The API of the two editions (every `lang` defaults to "fa", so Persian callers need nothing):
 *   chartText(chart, lang): ChartText              title, subtitle, own column headers, credit
 *   chartState(chart, model, lang): ChartState      prepared data (columns labelled, empty reason
 *                                                   in words), summary and notes in that language;
 *                                                   `prepare` runs ONCE per chart and model for both
 *   chartSvg(chart, model, width, lang): string|null the drawing, once per width per language
 *                                                   (English runs left to right, Latin digits)
 *   renderChart(chart, model, width, lang): Rendered state and drawing together
 * Elsewhere: charts/info.ts chartInfo(chart, model, lang) (title, outlets, citation, updated in
 * that language), charts/cell-text.ts cellText(key, value, model, lang) (table cells),
 * publish/downloads.ts chartDownload(chart, model, cfg, kind, warn, lang) (CSV with English
 * headers, SVG/PNG/card drawn in English, English citation), and lib/format.ts formatNumber,
 * digits, formatFigure, formatPeriod, formatDate (numbers, figures, periods and dates).
 */
import { parseHTML } from "linkedom";
import type { ChartModule, ChartText, Column, Prepared } from "./types.ts";
import type { Model } from "../data/model.ts";
import { toXml } from "../lib/xml.ts";
import { count, once } from "../lib/build-store.ts";
import { CHART_STRINGS } from "../i18n/charts.ts";
import type { Lang } from "../i18n/lang.ts";

export const DEFAULT_WIDTH = 640;
/**
 * Width of the desktop drawing, chosen by CSS where the chart's column is about this wide (a
 * 1,152px content column less the card's padding): drawn at the size it is shown, so text stays
 * at 13px instead of a 640px drawing being stretched or left in half the card.
 */
export const WIDE_WIDTH = 1100;

export interface Rendered {
  chart: ChartModule;
  data: Prepared;
  /** The SVG markup, or null when the chart is empty. */
  svg: string | null;
  summary: string;
  notes: string[];
}

function freshDocument(): Document {
  return parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
}

/** Removes what Plot adds that a strict CSP or a screen reader would trip on. */
export function cleanSvg(svg: Element, title: string, lang: Lang = "fa"): string {
  for (const style of [...svg.querySelectorAll("style")]) style.remove();
  svg.removeAttribute("class");
  svg.removeAttribute("style");
  for (const el of [...svg.querySelectorAll("[style]")]) el.removeAttribute("style");
  for (const el of [...svg.querySelectorAll("[aria-label]")]) el.removeAttribute("aria-label");
  for (const el of [...svg.querySelectorAll("[aria-hidden]")]) el.removeAttribute("aria-hidden");
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", title);
  if (lang !== "fa") svg.setAttribute("lang", lang);
  svg.setAttribute("direction", "ltr");
  svg.setAttribute("font-family", "Vazirmatn, Tahoma, sans-serif");
  svg.setAttribute("font-size", "13");
  // Round coordinates: smaller files, stable snapshots.
  // XML serialisation: text and attributes escaped (linkedom's HTML serialiser leaves < and & in
  // attribute values), valid both inline in HTML and as a standalone file.
  return toXml(svg).replace(/(\d+\.\d{3})\d+/g, "$1");
}

/** A chart's title, subtitle, own column headers and credit in one edition. */
export const chartText = (chart: ChartModule, lang: Lang = "fa"): ChartText => chart.text(lang);

/** A chart's prepared data and its text in one edition (see chartState). */
export interface ChartState {
  chart: ChartModule;
  /** The prepared data, with the columns labelled and the empty reason written in this edition. */
  data: Prepared;
  summary: string;
  notes: string[];
}

/**
 * The chart's `prepare`, run once per model for the whole process and both editions. A model of
 * the data as of a release (data/as-of.ts) is its own model: once more per release, counted as
 * `prepare:<chart>#<release>`.
 */
export function prepared(chart: ChartModule, model: Model): Prepared {
  return once(model, `prepared:${chart.id}`, () => {
    count("prepares", `prepare:${chart.id}${model.asOf ? `#${model.asOf}` : ""}`);
    return chart.prepare(model);
  });
}

/** Column headers in one edition: the chart's own, else the shared ones by key. */
function labelColumns(columns: Column[], text: ChartText, lang: Lang): Column[] {
  const shared = CHART_STRINGS[lang].columns;
  return columns.map((c) => ({ ...c, label: text.columns?.[c.key] ?? shared[c.key] ?? c.label ?? c.key }));
}

/** An empty reason in words: a key of the shared table (i18n/charts.ts `empty`), or the chart's own (`OWN_EMPTY`). */
function emptyText(chart: ChartModule, key: string, lang: Lang): string {
  const shared = CHART_STRINGS[lang].empty as Record<string, string>;
  return shared[key] ?? chart.text(lang).empty ?? key;
}

/**
 * The chart's prepared data (prepared once), summary and notes in one edition, made once per
 * model and language: the dashboard, chart page, embed, county pages and downloads all read it.
 */
export function chartState(chart: ChartModule, model: Model, lang: Lang = "fa"): ChartState {
  return once(model, `state:${chart.id}:${lang}`, () => {
    const raw = prepared(chart, model);
    const text = chart.text(lang);
    const empty = raw.empty === undefined ? undefined : emptyText(chart, raw.empty, lang);
    const data: Prepared = { ...raw, columns: labelColumns(raw.columns, text, lang), empty };
    const capped = raw.capped ? [CHART_STRINGS[lang].capped[raw.capped.how](raw.capped.shown, raw.capped.total)] : [];
    return {
      chart,
      data,
      summary: empty ?? chart.summary(raw, lang),
      notes: [...capped, ...(chart.notes?.(raw, lang) ?? [])].filter(Boolean),
    };
  });
}

/** The chart drawn at one width in one edition, as cleaned SVG markup (null when empty); drawn once per width and language. */
export function chartSvg(chart: ChartModule, model: Model, width = DEFAULT_WIDTH, lang: Lang = "fa"): string | null {
  return once(model, `svg:${chart.id}@${width}:${lang}`, () => {
    const data = prepared(chart, model);
    if (data.empty) return null;
    count("draws", `draw:${chart.id}@${width}${model.asOf ? `#${model.asOf}` : ""}:${lang}`);
    const el = chart.render(data, { width, document: freshDocument(), lang });
    return el ? cleanSvg(el, chart.text(lang).title, lang) : null;
  });
}

/** State and drawing together, as pages use them. */
export function renderChart(chart: ChartModule, model: Model, width = DEFAULT_WIDTH, lang: Lang = "fa"): Rendered {
  return { ...chartState(chart, model, lang), svg: chartSvg(chart, model, width, lang) };
}
