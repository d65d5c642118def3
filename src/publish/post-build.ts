/**
 * Steps after Astro has written the pages into the temporary build folder: the per-chart
 * downloads (CSV, standalone SVG, PNG at 2x, 1200x630 social card) next to each chart page, and
 * the finished `_headers` (base path, hashes of inline code). Pages link to the downloads by the
 * names in chart-info.ts, so both sides agree by construction.
 */
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { CHARTS } from "../charts/registry.ts";
import { loadModel } from "../data/load.ts";
import type { Model } from "../data/model.ts";
import { SITE } from "../i18n/fa.ts";
import { chartFiles, chartInfo, chartPagePath, faDateBoth, outletsLine } from "./chart-info.ts";
import { chartCsv } from "./chart-csv.ts";
import { chartElement, socialCardSvg, standaloneSvg, type ImageText } from "./chart-svg.ts";
import { fontSet, NEEDS_FALLBACK, svgToPng } from "./raster.ts";
import { finishHeaders, headersFor, inlineBlocks, parseHeaders } from "./headers.ts";
import { chartWorkbooks } from "./workbooks.ts";
import { subsetSiteFonts } from "./font-subset.ts";

export interface SiteConfig {
  /** e.g. https://example.github.io */
  site: string;
  /** e.g. / or /repo-name/ */
  base: string;
}

/** The site address and base path, from the Astro config (the one place they are defined). */
async function siteConfig(): Promise<SiteConfig> {
  const config = (await import("../../astro.config.mjs")).default as { site?: string; base?: string };
  return { site: config.site ?? "http://localhost", base: config.base ?? "/" };
}

/** Absolute address of a site path, respecting the base path. */
export function siteUrl(cfg: SiteConfig, path: string): string {
  const base = cfg.base.endsWith("/") ? cfg.base : `${cfg.base}/`;
  return new URL(base + path.replace(/^\//, ""), cfg.site).href;
}

/** Width the social card's chart is drawn at before scaling into the card (about 1.25x). */
const CARD_CHART_WIDTH = 860;

export interface ChartOutput {
  path: string;
  content: string | Uint8Array;
}

/** The four downloads of every chart in the registry, as files relative to the site root. */
export function chartDownloads(model: Model, cfg: SiteConfig, log: (line: string) => void = () => {}): ChartOutput[] {
  const out: ChartOutput[] = [];
  for (const chart of CHARTS) {
    const info = chartInfo(chart, model);
    const data = info.rendered.data;
    const files = chartFiles(chart.id);
    const dir = `charts/${chart.id}`;
    const text: ImageText = {
      title: chart.title,
      subtitle: chart.subtitle,
      outlets: outletsLine(info.sources),
      updated: info.updated ? faDateBoth(info.updated) : undefined,
      siteName: SITE.name,
      url: siteUrl(cfg, chartPagePath(chart.id)).replace(/^https?:\/\//, ""),
      summary: info.rendered.summary,
      empty: data.empty,
    };
    const svg = standaloneSvg(chartElement(chart, data), text);
    if (NEEDS_FALLBACK.test(svg) && !fontSet().fallback) log(`post-build: warning: ${chart.id} draws an arrow but no fallback font (DejaVu Sans) is installed`);
    out.push({ path: `${dir}/${files.csv}`, content: chartCsv(data, model) });
    out.push({ path: `${dir}/${files.svg}`, content: svg });
    out.push({ path: `${dir}/${files.png}`, content: svgToPng(svg, 2) });
    // The card is wider than the page chart (1.91:1), so its chart is drawn wider too.
    out.push({ path: `${dir}/${files.card}`, content: svgToPng(socialCardSvg(chartElement(chart, data, CARD_CHART_WIDTH), text), 1) });
  }
  return out;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(dir, f));
}

/** URL path of a built HTML file: `charts/x/index.html` -> `/charts/x/`. */
export const pagePath = (root: string, file: string): string =>
  "/" + relative(root, file).split("\\").join("/").replace(/(^|\/)index\.html$/, "$1");

/**
 * Completes `_headers` for the base path and any inline code, and warns about pages the framing
 * rules miss (a new top-level section needs its block in public/_headers).
 */
function finishHeadersFile(outDir: string, cfg: SiteConfig, log: (line: string) => void): void {
  const file = join(outDir, "_headers");
  if (!existsSync(file)) {
    log("post-build: warning: no _headers in the build (public/_headers missing?)");
    return;
  }
  const scripts: string[] = [];
  const styles: string[] = [];
  const pages = htmlFiles(outDir);
  for (const f of pages) {
    const found = inlineBlocks(readFileSync(f, "utf8"));
    scripts.push(...found.scripts);
    styles.push(...found.styles);
    if (found.styleAttributes) log(`post-build: warning: ${relative(outDir, f)} has ${found.styleAttributes} style="" attribute(s); the CSP blocks them`);
  }
  if (scripts.length + styles.length) log(`post-build: allowing ${scripts.length} inline script(s) and ${styles.length} inline style(s) by hash in the CSP`);
  const text = readFileSync(file, "utf8");
  const rules = parseHeaders(text);
  for (const f of pages) {
    const path = pagePath(outDir, f);
    if (path.startsWith("/embed/")) continue;
    const h = headersFor(rules, path);
    if (!h.get("x-frame-options")?.includes("DENY")) log(`post-build: warning: ${path} gets no X-Frame-Options: DENY; add its section to public/_headers`);
  }
  writeFileSync(file, finishHeaders(text, { base: cfg.base, scriptHashes: scripts, styleHashes: styles }));
}

export async function postBuild(outDir: string, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const cfg = await siteConfig();
  const model = loadModel();
  const files = [...chartDownloads(model, cfg, log), ...(await chartWorkbooks(model, (id) => siteUrl(cfg, chartPagePath(id))))];
  for (const f of files) {
    const target = join(outDir, f.path);
    mkdirSync(join(target, ".."), { recursive: true });
    writeFileSync(target, f.content);
  }
  // After every page and download is written (it reads their characters), before the headers (which hash inline code).
  await subsetSiteFonts(outDir, log);
  finishHeadersFile(outDir, cfg, log);
  log(`post-build: ${CHARTS.length} chart(s): CSV, XLSX, SVG, PNG and social card each, in ${Date.now() - started} ms`);
}
