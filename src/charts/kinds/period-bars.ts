/**
 * Flows over periods of different lengths (cooperatives formed in 1397, in the first half of
 * 1400, from Mordad 1400 to Mordad 1403): one bar per published figure, labelled with its period
 * in words, in time order. Bars are not a time axis on purpose: a three-year total next to a
 * half-year total must read as two statements, not as a trend.
 */
import { group } from "d3-array";
import type { Model } from "../../data/model.ts";
import { figuresOf } from "../../data/model.ts";
import type { ChartModule, IndicatorChartConfig, Prepared } from "../types.ts";
import { periodKey } from "../period-label.ts";
import { renderHBars, type HBar } from "./hbars.ts";
import { EMPTY_NO_DATED, FIGURE_COLUMNS, barNotes, figureRow, groupBars, newestGroups, type FigureGroup } from "./figure-rows.ts";
import { both, kitFor, titled } from "../kit/lang.ts";
import { chartTitle } from "../../i18n/chart-titles.ts";
import type { Lang } from "../../i18n/lang.ts";

export type PeriodBarsConfig = IndicatorChartConfig;

export interface PeriodBarsData extends Prepared {
  bars: HBar[];
  groups: FigureGroup[];
}

export function preparePeriodBars(model: Model, cfg: PeriodBarsConfig): PeriodBarsData {
  // Split-by-sex figures belong to the members-by-sex chart; here only totals.
  const figures = figuresOf(model, cfg.indicator, cfg.place).filter((f) => f.chartable && !f.sex);
  const groups: FigureGroup[] = [...group(figures, (f) => periodKey(f.period, f.period_end)!).entries()].map(([key, fs]) => ({
    key,
    title: both((k) => k.periodLabel(fs[0].period, fs[0].period_end)),
    figures: fs,
  }));
  // Earlier starts first; for the same start, the shorter period first.
  groups.sort(
    (a, b) => a.figures[0].period!.localeCompare(b.figures[0].period!) || a.key.length - b.key.length || a.key.localeCompare(b.key),
  );
  const drawn = newestGroups(groups);
  return {
    ...(drawn.capped ? { capped: drawn.capped } : {}),
    bars: groupBars(drawn.groups),
    groups: drawn.groups,
    figures: drawn.figures,
    columns: FIGURE_COLUMNS,
    rows: drawn.figures.map((f) => figureRow(f)),
    empty: figures.length === 0 ? EMPTY_NO_DATED : undefined,
  };
}

export function summarisePeriodBars(d: PeriodBarsData, cfg: PeriodBarsConfig, lang: Lang = "fa"): string {
  const k = kitFor(lang);
  const T = k.s.summary.periodBars;
  const parts = [
    T.head(d.figures.length, chartTitle(cfg.id, lang).noun ?? "", d.groups.length),
    d.groups
      .map((g) =>
        T.group(
          `${k.t(g.title)}${g.figures.some((f) => f.period_kind === "inferred") ? k.s.bar.inferredPeriod : ""}`,
          g.figures.map((f) => k.valueLabel(f)),
        ),
      )
      .join(k.w.semicolon.trimEnd() + " ") + ".",
    T.noSum,
  ];
  return parts.join(" ");
}

export function periodBars(cfg: PeriodBarsConfig): ChartModule<PeriodBarsData> {
  return {
    id: cfg.id,
    theme: cfg.theme,
    ...titled(cfg.id),
    prepare: (model) => preparePeriodBars(model, cfg),
    summary: (d, lang) => summarisePeriodBars(d, cfg, lang),
    render: (d, { width, document, lang = "fa" }) =>
      renderHBars(d.bars, { width, document, lang, unitLabel: chartTitle(cfg.id, lang).unitLabel }),
    notes: (d, lang) => {
      const k = kitFor(lang);
      return [
        k.s.notes.periodLengths,
        ...barNotes(
          k,
          d.figures,
          d.groups.some((g) => g.figures.length > 1),
        ),
      ];
    },
  };
}
