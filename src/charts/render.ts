/**
 * Draws a chart at build time: Plot renders into a linkedom document, then the SVG is made
 * CSP-friendly and accessible (no inline <style> or style attributes, no random class, one
 * role="img" with the title as its name) and serialised as a standalone-valid string.
 */
import { parseHTML } from "linkedom";
import type { ChartModule, Prepared } from "./types.ts";
import type { Model } from "../data/model.ts";
import { toXml } from "../lib/xml.ts";
import { count, once } from "../lib/build-store.ts";
import { CHART_TEXT } from "../i18n/charts.ts";

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
export function cleanSvg(svg: Element, title: string): string {
  for (const style of [...svg.querySelectorAll("style")]) style.remove();
  svg.removeAttribute("class");
  svg.removeAttribute("style");
  for (const el of [...svg.querySelectorAll("[style]")]) el.removeAttribute("style");
  for (const el of [...svg.querySelectorAll("[aria-label]")]) el.removeAttribute("aria-label");
  for (const el of [...svg.querySelectorAll("[aria-hidden]")]) el.removeAttribute("aria-hidden");
  svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", title);
  svg.setAttribute("direction", "ltr");
  svg.setAttribute("font-family", "Vazirmatn, Tahoma, sans-serif");
  svg.setAttribute("font-size", "13");
  // Round coordinates: smaller files, stable snapshots.
  // XML serialisation: text and attributes escaped (linkedom's HTML serialiser leaves < and & in
  // attribute values), valid both inline in HTML and as a standalone file.
  return toXml(svg).replace(/(\d+\.\d{3})\d+/g, "$1");
}

/** A chart's prepared data and its text: computed once per model (see chartState). */
export interface ChartState {
  chart: ChartModule;
  data: Prepared;
  summary: string;
  notes: string[];
}

/**
 * The chart's `prepare`, `summary` and `notes`, run once per model for the whole process: the
 * dashboard, chart page, embed, county pages and downloads all read this one result. A model of
 * the data as of a release (data/as-of.ts) is its own model: once more per release, counted as
 * `prepare:<chart>#<release>`.
 */
export function chartState(chart: ChartModule, model: Model): ChartState {
  return once(model, `state:${chart.id}`, () => {
    count("prepares", `prepare:${chart.id}${model.asOf ? `#${model.asOf}` : ""}`);
    const data = chart.prepare(model);
    const capped = data.capped ? [CHART_TEXT.capped[data.capped.how](data.capped.shown, data.capped.total)] : [];
    return { chart, data, summary: data.empty ?? chart.summary(data), notes: [...capped, ...(chart.notes?.(data) ?? [])] };
  });
}

/** The chart drawn at one width, as cleaned SVG markup (null when empty); drawn once per width. */
export function chartSvg(chart: ChartModule, model: Model, width = DEFAULT_WIDTH): string | null {
  return once(model, `svg:${chart.id}@${width}`, () => {
    const { data } = chartState(chart, model);
    if (data.empty) return null;
    count("draws", `draw:${chart.id}@${width}${model.asOf ? `#${model.asOf}` : ""}`);
    const el = chart.render(data, { width, document: freshDocument() });
    return el ? cleanSvg(el, chart.title) : null;
  });
}

/** State and drawing together, as pages use them. */
export function renderChart(chart: ChartModule, model: Model, width = DEFAULT_WIDTH): Rendered {
  return { ...chartState(chart, model), svg: chartSvg(chart, model, width) };
}
