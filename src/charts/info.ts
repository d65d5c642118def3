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
import type { ChartText } from "./types.ts";
import type { Model, Source } from "../data/model.ts";
import { formatDate, jalaliWords } from "../lib/format.ts";
import { once } from "../lib/build-store.ts";
import { CHART_STRINGS } from "../i18n/charts.ts";
import { UNIT_WORDS } from "../i18n/units.ts";
import type { Lang } from "../i18n/lang.ts";
import { escapeXml } from "../lib/xml.ts";

export interface ChartInfo {
  chart: ChartModule;
  lang: Lang;
  /** Title, subtitle and credit in this edition. */
  text: ChartText;
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
  /** The outlets line in this edition: full outlet names, each once, "IRNA (Islamic Republic News Agency), ISNA (...)". */
  outletsLine: string;
  /** `updated` as readers see it in this edition (formatDate), if known. */
  updatedText?: string;
}

/** Everything the press kit needs about one chart, in one edition (once per chart, model and language). */
export function chartInfo(chart: ChartModule, model: Model, lang: Lang = "fa"): ChartInfo {
  return once(model, `info:${chart.id}:${lang}`, () => makeInfo(chart, model, lang));
}

function makeInfo(chart: ChartModule, model: Model, lang: Lang): ChartInfo {
  const rendered = renderChart(chart, model, undefined, lang);
  const sources = sourcesOf(rendered.data.figures);
  const dates = sources
    .map((s) => s.published_jalali)
    .filter((d): d is string => !!d)
    .sort();
  const narrow = rendered.svg ? chartSvg(chart, model, NARROW_WIDTH, lang) : null;
  const updated =
    lastUpdated(
      model.history,
      rendered.data.figures.map((f) => f.id),
    ) ?? dates.at(-1);
  return {
    chart,
    lang,
    text: chart.text(lang),
    outletsLine: outletsLine(sources, lang),
    updatedText: updated ? formatDate(updated, lang) : undefined,
    rendered,
    narrowSvg: narrow && suffixIds(narrow, "-narrow"),
    sources,
    outlets: firstPerOutlet(sources),
    updated,
    related: CHARTS.filter((c) => c.theme === chart.theme && c.id !== chart.id),
  };
}

/** The outlets of some sources, each once, in the edition's names and list separator. */
export const outletsLine = (sources: Source[], lang: Lang = "fa"): string =>
  [...new Set(sources.map((s) => (lang === "fa" ? s.outlet_fa : s.outlet_en)))].join(UNIT_WORDS[lang].list);

/** A full Jalali date with the Gregorian one: Persian Jalali first, English Gregorian first (lib/format.ts formatDate). */
export const faDateBoth = (jalali: string): string => formatDate(jalali, "fa");

/**
 * A ready-to-paste citation in the info's edition: the text, then the page address (kept apart
 * for display). Persian dates it in Jalali words, English Gregorian first.
 */
export function citation(info: ChartInfo, siteName: string, pageUrl: string): { text: string; url: string; full: string } {
  const lang = info.lang;
  const text = CHART_STRINGS[lang].image.cite({
    site: siteName,
    title: info.text.title,
    date: info.updated ? (lang === "fa" ? jalaliWords(info.updated, "fa") : formatDate(info.updated, lang)) : undefined,
    outlets: outletsLine(info.sources, lang) || "—",
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
