/**
 * What the press kit needs to know about one chart, computed once per model from the registry:
 * its drawings, its sources and their latest date, related charts, the citation and the embed
 * snippet. Pure and free of Astro, so the chart page, the embed and the download endpoints share it.
 */
import { lastUpdated } from "../data/releases.ts";
import type { ChartModule } from "./types.ts";
import { firstPerOutlet, sourcesOf } from "../data/sources.ts";
import { CHARTS } from "./registry.ts";
import { chartSvg, renderChart, type Rendered } from "./render.ts";
import type { Model, Source } from "../data/model.ts";
import { faJalali, gregorianOf } from "../lib/format.ts";
import { once } from "../lib/build-store.ts";
import { PRESS } from "../i18n/press.ts";
import { escapeXml } from "../lib/xml.ts";

export interface ChartInfo {
  chart: ChartModule;
  rendered: Rendered;
  /** The chart drawn for small screens (ids suffixed so both drawings can share a page). */
  narrowSvg: string | null;
  sources: Source[];
  /** The first source of each outlet: one link per outlet in source lines. */
  outlets: Source[];
  /**
   * When the chart's data last changed (Jalali `YYYY-MM-DD`): the newest release that added,
   * revised or withdrew one of its figures; before any release, the newest source date.
   */
  updated?: string;
  /** Other charts of the same theme, in registry order. */
  related: ChartModule[];
}

export function chartInfo(chart: ChartModule, model: Model): ChartInfo {
  return once(model, `info:${chart.id}`, () => makeInfo(chart, model));
}

function makeInfo(chart: ChartModule, model: Model): ChartInfo {
  const rendered = renderChart(chart, model);
  const sources = sourcesOf(rendered.data.figures);
  const dates = sources.map((s) => s.published_jalali).filter((d): d is string => !!d).sort();
  const narrow = rendered.svg ? chartSvg(chart, model, NARROW_WIDTH) : null;
  return {
    chart,
    rendered,
    narrowSvg: narrow && suffixIds(narrow, "-narrow"),
    sources,
    outlets: firstPerOutlet(sources),
    updated: lastUpdated(model.history, rendered.data.figures.map((f) => f.id)) ?? dates.at(-1),
    related: CHARTS.filter((c) => c.theme === chart.theme && c.id !== chart.id),
  };
}

/** «ایرنا، ایسنا» */
export const outletsLine = (sources: Source[]): string => [...new Set(sources.map((s) => s.outlet_fa))].join("، ");

/** «۱۵ شهریور ۱۴۰۴ (۶ سپتامبر ۲۰۲۵)» */
export function faDateBoth(jalali: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(jalali) ? `${faJalali(jalali)} (${gregorianOf(jalali).fa})` : faJalali(jalali);
}

/** A ready-to-paste Persian citation: the text, then the page address (kept apart for display). */
export function citation(info: ChartInfo, siteName: string, pageUrl: string): { text: string; url: string; full: string } {
  const text = PRESS.cite({
    site: siteName,
    title: info.chart.title,
    date: info.updated ? faJalali(info.updated) : undefined,
    outlets: outletsLine(info.sources) || "—",
  });
  return { text, url: pageUrl, full: `${text} ${pageUrl}` };
}

/**
 * Width of the second drawing used on small screens: a 640px chart scaled down to a phone is
 * unreadable (5px text), so pages and embeds switch to a chart drawn for this width.
 */
export const NARROW_WIDTH = 320;

/** Makes the ids of an SVG string unique (two drawings of one chart share a page). */
export function suffixIds(svg: string, suffix: string): string {
  const ids = [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
  let out = svg;
  for (const id of ids) {
    const esc = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(new RegExp(`(\\bid="|url\\(#|href="#)${esc}(?=[")])`, "g"), `$1${id}${suffix}`);
  }
  return out;
}

const svgHeight = (svg: string | null): number => Number(svg?.match(/\bheight="(\d+(?:\.\d+)?)"/)?.[1] ?? 60);

/**
 * Height for the iframe when the host script is absent, so that the whole chart shows at any
 * width (measured in Chromium from 280 to 1200px): the wide drawing plus title, subtitle and
 * source line (about 200px), or the narrow drawing, never scaled above 1, plus the same text
 * wrapped onto more lines (about 220px), whichever is taller. The 1,100px desktop drawing is never
 * taller than the 640px one, so it needs no room of its own.
 */
export function defaultEmbedHeight(wide: string | null, narrow: string | null = wide): number {
  return Math.ceil(Math.max(svgHeight(wide) + 200, svgHeight(narrow) + 220));
}

/** The HTML a newsroom pastes: the iframe, and (optional) the resize script. */
export function embedSnippet(o: { embedUrl: string; hostScriptUrl: string; title: string; height: number }): string {
  return (
    `<iframe src="${escapeXml(o.embedUrl)}" title="${escapeXml(o.title)}" height="${o.height}" loading="lazy" ` +
    `style="width:100%;border:0"></iframe>\n` +
    `<script src="${escapeXml(o.hostScriptUrl)}" async></script>`
  );
}
