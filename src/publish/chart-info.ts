/**
 * What the press kit needs to know about one chart, computed once from the registry and the
 * model: its rendering, its sources and their latest date, related charts, file names, the
 * citation and the embed snippet. Pure and free of Astro, so the pages and the post-build step
 * (which writes the downloads) share it.
 */
import type { ChartModule } from "../charts/types.ts";
import { sourcesOf } from "../charts/types.ts";
import { CHARTS } from "../charts/registry.ts";
import { renderChart, type Rendered } from "../charts/render.ts";
import type { Model, Source } from "../data/model.ts";
import { faDigits, faJalali, faNumber, faPeriod, gregorianOf, QUALIFIER_FA } from "../lib/format.ts";
import { LABELS } from "../i18n/fa.ts";
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
  /** Latest publication date (Jalali `YYYY-MM-DD`) among the chart's sources, if any is dated. */
  updated?: string;
  /** Other charts of the same theme, in registry order. */
  related: ChartModule[];
}

export function chartInfo(chart: ChartModule, model: Model): ChartInfo {
  const rendered = renderChart(chart, model);
  const sources = sourcesOf(rendered.data.figures);
  const dates = sources.map((s) => s.published_jalali).filter((d): d is string => !!d).sort();
  const narrow = renderChart(chart, model, NARROW_WIDTH).svg;
  return {
    chart,
    rendered,
    narrowSvg: narrow && suffixIds(narrow, "-narrow"),
    sources,
    outlets: sources.filter((s, i) => sources.findIndex((t) => t.outlet_fa === s.outlet_fa) === i),
    updated: dates.at(-1),
    related: CHARTS.filter((c) => c.theme === chart.theme && c.id !== chart.id),
  };
}

/** Site-relative paths (no leading slash; pass them through `href()` or `siteUrl()`). */
export const chartPagePath = (id: string): string => `charts/${id}/`;
export const embedPagePath = (id: string): string => `embed/${id}/`;
export const HOST_SCRIPT_PATH = "embed-host.js";

/** The four downloads of a chart, as file names inside `charts/<id>/`. */
export function chartFiles(id: string) {
  return { csv: `${id}.csv`, xlsx: `${id}.xlsx`, svg: `${id}.svg`, png: `${id}.png`, card: `${id}-social.png` } as const;
}
export type DownloadKind = keyof ReturnType<typeof chartFiles>;
export const DOWNLOAD_KINDS: DownloadKind[] = ["csv", "xlsx", "svg", "png", "card"];

/** Social card size (Open Graph's recommended 1.91:1). */
export const CARD = { width: 1200, height: 630 } as const;

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

/** A table cell as shown on the page: the charts' own reader (ids to names, periods to words). */
export { cellText } from "../charts/cell-text.ts";
