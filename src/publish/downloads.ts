/**
 * The downloads of every chart (CSV, Excel workbook, standalone SVG, PNG at 2x, 1200x630 social card), made
 * from the drawings the pages already show: the chart is prepared once and drawn once per width
 * (charts/render.ts), and here only placed inside its title and source lines. Served by the
 * endpoint `pages/charts/[id]/[file].ts` (and its English twin under `en/`), so `astro build`
 * writes them and `astro dev` serves them. Every download exists in both editions: `lang = "en"`
 * gives the English CSV (English outlet names), the English workbook, and the SVG, PNG and social
 * card drawn left to right in English with the English citation lines.
 */
import type { ChartModule } from "../charts/types.ts";
import { chartInfo } from "../charts/info.ts";
import { chartSvg } from "../charts/render.ts";
import type { Model } from "../data/model.ts";
import { CHART_STRINGS } from "../i18n/charts.ts";
import type { Lang } from "../i18n/lang.ts";
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

/** The chart page's path in one edition (English pages live under `en/`). */
export const chartPageIn = (id: string, lang: Lang): string => (lang === "fa" ? "" : `${lang}/`) + chartPagePath(id);

function imageText(chart: ChartModule, model: Model, cfg: SiteConfig, lang: Lang): ImageText {
  const info = chartInfo(chart, model, lang);
  return {
    lang,
    title: info.text.title,
    subtitle: info.text.subtitle,
    outlets: info.outletsLine,
    updated: info.updatedText,
    siteName: CHART_STRINGS[lang].image.siteName,
    url: siteUrl(cfg, chartPageIn(chart.id, lang)).replace(/^https?:\/\//, ""),
    summary: info.rendered.summary,
    empty: info.rendered.data.empty,
  };
}

/** The standalone SVG in one edition, made once (the PNG is rasterised from the same string). */
export function standaloneChartSvg(
  chart: ChartModule,
  model: Model,
  cfg: SiteConfig,
  warn: (line: string) => void = () => {},
  lang: Lang = "fa",
): string {
  return once(model, `standalone:${chart.id}:${lang}:${cfg.site}${cfg.base}`, () => {
    const svg = standaloneSvg(imageChart(chartInfo(chart, model, lang).rendered.svg), imageText(chart, model, cfg, lang));
    if (NEEDS_FALLBACK.test(svg) && !fontSet().fallback)
      warn(`downloads: ${chart.id} draws an arrow but no fallback font (DejaVu Sans) is installed`);
    return svg;
  });
}

/** One download of one chart in one edition (the workbook is written asynchronously by exceljs). */
export async function chartDownload(
  chart: ChartModule,
  model: Model,
  cfg: SiteConfig,
  kind: DownloadKind,
  warn?: (line: string) => void,
  lang: Lang = "fa",
): Promise<string | Uint8Array> {
  switch (kind) {
    case "csv":
      return chartCsv(chartInfo(chart, model, lang).rendered.data, model, lang);
    case "xlsx":
      return chartWorkbook(chart, model, siteUrl(cfg, chartPageIn(chart.id, lang)), lang);
    case "svg":
      return standaloneChartSvg(chart, model, cfg, warn, lang);
    case "png":
      return svgToPng(standaloneChartSvg(chart, model, cfg, warn, lang), 2);
    case "card": {
      // The card is wider than the page chart (1.91:1), so its chart is drawn wider too.
      const drawing = chartInfo(chart, model, lang).rendered.svg ? chartSvg(chart, model, CARD_CHART_WIDTH, lang) : null;
      return svgToPng(socialCardSvg(imageChart(drawing), imageText(chart, model, cfg, lang)), 1);
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
