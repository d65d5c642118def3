/**
 * Draws a chart at build time: Plot renders into a linkedom document, then the SVG is made
 * CSP-friendly and accessible (no inline <style> or style attributes, no random class, one
 * role="img" with the title as its name) and serialised as a standalone-valid string.
 */
import { parseHTML } from "linkedom";
import type { ChartModule, Prepared } from "./types.ts";
import type { Model } from "../data/model.ts";
import { toXml } from "../lib/xml.ts";

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

const cache = new WeakMap<Model, Map<string, Rendered>>();

export function renderChart(chart: ChartModule, model: Model, width = DEFAULT_WIDTH): Rendered {
  const key = `${chart.id}@${width}`;
  let perModel = cache.get(model);
  if (!perModel) cache.set(model, (perModel = new Map()));
  const hit = perModel.get(key);
  if (hit) return hit;
  const data = chart.prepare(model);
  const el = data.empty ? null : chart.render(data, { width, document: freshDocument() });
  const rendered: Rendered = {
    chart,
    data,
    svg: el ? cleanSvg(el, chart.title) : null,
    summary: data.empty ?? chart.summary(data),
    notes: chart.notes?.(data) ?? [],
  };
  perModel.set(key, rendered);
  return rendered;
}
