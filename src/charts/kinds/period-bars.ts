/**
 * Flows over periods of different lengths (cooperatives formed «در ۱۳۹۷», «در نیمهٔ اول ۱۴۰۰»,
 * «از مرداد ۱۴۰۰ تا مرداد ۱۴۰۳»): one bar per published figure, labelled with its period in
 * words, in time order. Bars are not a time axis on purpose: a three-year total next to a
 * half-year total must read as two statements, not as a trend.
 */
import { group } from "d3-array";
import type { Model } from "../../data/model.ts";
import { figuresOf } from "../../data/model.ts";
import type { ChartModule, IndicatorChartConfig, Prepared } from "../types.ts";
import { valueLabel } from "../plot-kit.ts";
import { faDigits } from "../../lib/format.ts";
import { periodKey, periodLabel } from "../period-label.ts";
import { renderHBars, type HBar } from "./hbars.ts";
import { EMPTY_NO_DATED, FIGURE_COLUMNS, NOTE_CONFLICT, NOTE_EST, NOTE_EXCLUDED, figureRow, groupBars, newestGroups, type FigureGroup } from "./figure-rows.ts";

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
    title: periodLabel(fs[0].period, fs[0].period_end),
    figures: fs,
  }));
  // Earlier starts first; for the same start, the shorter period first.
  groups.sort((a, b) => a.figures[0].period!.localeCompare(b.figures[0].period!) || a.key.length - b.key.length || a.key.localeCompare(b.key));
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

export function summarisePeriodBars(d: PeriodBarsData, cfg: PeriodBarsConfig): string {
  const parts = [
    `${faDigits(d.figures.length)} رقم منتشرشده دربارهٔ ${cfg.noun} در ${faDigits(d.groups.length)} دورهٔ متفاوت:`,
    d.groups.map((g) => `${g.title}${g.figures.some((f) => f.period_kind === "inferred") ? " (زمان برآوردی)" : ""}: ${g.figures.map((f) => valueLabel(f)).join(" یا ")}`).join("؛ ") + ".",
    "طول دوره‌ها یکسان نیست و رقم‌ها با هم جمع زده نمی‌شوند.",
  ];
  return parts.join(" ");
}

export function periodBars(cfg: PeriodBarsConfig): ChartModule<PeriodBarsData> {
  return {
    id: cfg.id,
    theme: cfg.theme,
    title: cfg.title,
    subtitle: cfg.subtitle,
    prepare: (model) => preparePeriodBars(model, cfg),
    summary: (d) => summarisePeriodBars(d, cfg),
    render: (d, { width, document }) => renderHBars(d.bars, { width, document, unitLabel: cfg.unitLabel }),
    notes: (d) => [
      "دوره‌ها هم‌طول نیستند (یک ماه، شش ماه، یک سال یا چند سال)؛ برچسب هر میله دورهٔ آن را می‌گوید.",
      ...(d.figures.some((f) => f.period_kind === "inferred") ? [NOTE_EST] : []),
      ...(d.groups.some((g) => g.figures.length > 1) ? [NOTE_CONFLICT] : []),
      NOTE_EXCLUDED,
    ],
  };
}
