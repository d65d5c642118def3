/**
 * The chart layer seen from the pages, in one language: every page and component that draws a
 * chart goes through here, so the chart API's language argument is passed in one place.
 */
import type { Lang } from "../i18n/lang.ts";
import type { ChartModule, ChartText } from "../charts/types.ts";
import type { Model } from "../data/model.ts";
import { chartInfo, citation, type ChartInfo } from "../charts/info.ts";
import { chartSvg, chartText, DEFAULT_WIDTH, renderChart, WIDE_WIDTH, type Rendered } from "../charts/render.ts";

export function infoIn(chart: ChartModule, model: Model, lang: Lang): ChartInfo {
  return chartInfo(chart, model, lang);
}

export function desktopSvgIn(chart: ChartModule, model: Model, lang: Lang): string | null {
  return chartSvg(chart, model, WIDE_WIDTH, lang);
}

export function renderIn(chart: ChartModule, model: Model, lang: Lang): Rendered {
  return renderChart(chart, model, DEFAULT_WIDTH, lang);
}

/** The chart's title, subtitle and credit in the page's language. */
export function textIn(chart: ChartModule, lang: Lang): ChartText {
  return chartText(chart, lang);
}

/** The citation in the info's own language (chartInfo was asked for it). */
export function citationIn(info: ChartInfo, siteName: string, pageUrl: string) {
  return citation(info, siteName, pageUrl);
}
