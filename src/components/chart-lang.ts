/**
 * The chart layer seen from the pages, in one language: every page and component that draws a
 * chart goes through here, so the chart API's language argument is passed in one place.
 * (The chart modules' English drawings come from the en-charts work; until its API is merged,
 * these fall back to the Persian drawing and text.)
 */
import type { Lang } from "../i18n/lang.ts";
import type { ChartModule } from "../charts/types.ts";
import type { Model } from "../data/model.ts";
import { chartInfo, citation, type ChartInfo } from "../charts/info.ts";
import { chartSvg, renderChart, WIDE_WIDTH, type Rendered } from "../charts/render.ts";

export function infoIn(chart: ChartModule, model: Model, _lang: Lang): ChartInfo {
  return chartInfo(chart, model);
}

export function desktopSvgIn(chart: ChartModule, model: Model, _lang: Lang): string | null {
  return chartSvg(chart, model, WIDE_WIDTH);
}

export function renderIn(chart: ChartModule, model: Model, _lang: Lang): Rendered {
  return renderChart(chart, model);
}

/** The chart's title and subtitle in the page's language. */
export function textIn(chart: ChartModule, _lang: Lang): { title: string; subtitle: string } {
  return { title: chart.title, subtitle: chart.subtitle };
}

export function citationIn(info: ChartInfo, siteName: string, pageUrl: string, _lang: Lang) {
  return citation(info, siteName, pageUrl);
}
