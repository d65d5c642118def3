/**
 * The downloads of every chart (CSV, Excel workbook, standalone SVG, PNG at 2x, 1200x630 social card), made
 * from the drawings the pages already show: the chart is prepared once and drawn once per width
 * (charts/render.ts), and here only placed inside its title and source lines. Served by the
 * endpoint `pages/charts/[id]/[file].ts`, so `astro build` writes them and `astro dev` serves them.
 */
import type { ChartModule } from "../charts/types.ts";
import { chartInfo, faDateBoth, outletsLine } from "../charts/info.ts";
import { chartSvg } from "../charts/render.ts";
import type { Model } from "../data/model.ts";
import { SITE } from "../i18n/fa.ts";
import { chartFiles, chartPagePath, siteUrl, type DownloadKind } from "../lib/paths.ts";
import { once } from "../lib/build-store.ts";
import { chartCsv } from "./chart-csv.ts";
import { chartWorkbook } from "./workbooks.ts";
import { imageChart, socialCardSvg, standaloneSvg, type ImageText } from "./chart-svg.ts";
import { fontSet, NEEDS_FALLBACK, svgToPng } from "./raster.ts";

/** Width the social card's chart is drawn at before scaling into the card (about 1.25x). */
export const CARD_CHART_WIDTH = 860;

export interface SiteConfig {
  /** e.g. https://example.github.io */
  site: string;
  /** e.g. / or /repo-name/ */
  base: string;
}

function imageText(chart: ChartModule, model: Model, cfg: SiteConfig): ImageText {
  const info = chartInfo(chart, model);
  return {
    title: chart.title,
    subtitle: chart.subtitle,
    outlets: outletsLine(info.sources),
    updated: info.updated ? faDateBoth(info.updated) : undefined,
    siteName: SITE.name,
    url: siteUrl(cfg, chartPagePath(chart.id)).replace(/^https?:\/\//, ""),
    summary: info.rendered.summary,
    empty: info.rendered.data.empty,
  };
}

/** The standalone SVG, made once (the PNG is rasterised from the same string). */
export function standaloneChartSvg(chart: ChartModule, model: Model, cfg: SiteConfig, warn: (line: string) => void = () => {}): string {
  return once(model, `standalone:${chart.id}:${cfg.site}${cfg.base}`, () => {
    const svg = standaloneSvg(imageChart(chartInfo(chart, model).rendered.svg), imageText(chart, model, cfg));
    if (NEEDS_FALLBACK.test(svg) && !fontSet().fallback) warn(`downloads: ${chart.id} draws an arrow but no fallback font (DejaVu Sans) is installed`);
    return svg;
  });
}

/** One download of one chart (the workbook is written asynchronously by exceljs). */
export async function chartDownload(chart: ChartModule, model: Model, cfg: SiteConfig, kind: DownloadKind, warn?: (line: string) => void): Promise<string | Uint8Array> {
  switch (kind) {
    case "csv":
      return chartCsv(chartInfo(chart, model).rendered.data, model);
    case "xlsx":
      return chartWorkbook(chart, model, siteUrl(cfg, chartPagePath(chart.id)));
    case "svg":
      return standaloneChartSvg(chart, model, cfg, warn);
    case "png":
      return svgToPng(standaloneChartSvg(chart, model, cfg, warn), 2);
    case "card": {
      // The card is wider than the page chart (1.91:1), so its chart is drawn wider too.
      const drawing = chartInfo(chart, model).rendered.svg ? chartSvg(chart, model, CARD_CHART_WIDTH) : null;
      return svgToPng(socialCardSvg(imageChart(drawing), imageText(chart, model, cfg)), 1);
    }
  }
}

/** Every download as (chart, kind, file name): what the endpoint lists in getStaticPaths. */
export function downloadFiles(charts: ChartModule[]): { chart: ChartModule; kind: DownloadKind; file: string }[] {
  return charts.flatMap((chart) => {
    const files = chartFiles(chart.id);
    return (Object.keys(files) as DownloadKind[]).map((kind) => ({ chart, kind, file: files[kind] }));
  });
}
