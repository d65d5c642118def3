/**
 * Lorestan among the provinces: one bar per province, the most recent dated figure published for
 * it, with that figure's own date and outlet in its label. These are statements by each province's
 * officials (and rows of national tables) from different months and years, not one census: the
 * chart says so in its notes and summary, and never numbers the bars as a rank. Lorestan is drawn
 * in its own colour. `provinceBars` is shared with the registered-cooperatives chart.
 */
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule, Prepared } from "../types.ts";
import { outletShort, valueLabel } from "../plot-kit.ts";
import { faDigits } from "../../lib/format.ts";
import { periodLabel, yearSpan } from "../period-label.ts";
import { FIGURE_COLUMNS, NOTE_EST, NOTE_EXCLUDED, figureBar, figureRow } from "../kinds/figure-rows.ts";
import { legendNote } from "../kinds/grouped-bars.ts";
import { renderHBars, type HBar } from "../kinds/hbars.ts";

export interface ProvinceBarsConfig {
  id: string;
  title: string;
  subtitle: string;
  indicator: string;
  /** Axis label: the unit. */
  unitLabel: string;
  /** Persian noun for the summary («تعاونی فعال»). */
  noun: string;
  /** What the sources call this count, for the definitions note. */
  definition: string;
}

export interface ProvinceBarsData extends Prepared {
  bars: HBar[];
  /** One figure per province, largest first. */
  chosen: Figure[];
  /** Provinces with figures of this indicator but none dated and undoubted (named in the notes). */
  undated: string[];
}

const T = {
  empty: "هنوز برای هیچ استانی رقم زمان‌دار منتشر نشده است.",
  lorestan: "لرستان",
  others: "استان‌های دیگر",
  spread: (n: string, from: string, to: string) => `این ${n} رقم مربوط به سال‌های ${from} تا ${to} هستند و هر کدام تاریخ خودش را دارد؛ یک سرشماری هم‌زمان نیستند.`,
  notRank: "ترتیب میله‌ها فقط به اندازهٔ رقم‌هاست و رتبه‌بندی رسمی نیست: رقم‌ها از گزارش‌ها و سال‌های گوناگون‌اند و بیشتر استان‌ها در آن‌ها نیامده‌اند.",
  latest: "برای هر استان فقط تازه‌ترین رقم زمان‌دار آمده است؛ رقم‌های دیگر در جدول‌های صفحه هستند.",
  undated: (names: string) => `رقم‌های ${names} زمان معلوم ندارند یا مشکوک‌اند و در نمودار نیستند.`,
};

/** The later of two figures: later end of period, then later start, then stated before inferred, then id. */
function later(a: Figure, b: Figure): Figure {
  const [a0, a1] = yearSpan(a.period!, a.period_end);
  const [b0, b1] = yearSpan(b.period!, b.period_end);
  const ka = `${a1}|${a.period_end ?? a.period}|${a0}|${a.period_kind === "stated" ? 1 : 0}`;
  const kb = `${b1}|${b.period_end ?? b.period}|${b0}|${b.period_kind === "stated" ? 1 : 0}`;
  if (ka !== kb) return ka > kb ? a : b;
  return a.id < b.id ? a : b;
}

const isProvince = (f: Figure) => f.place.kind === "province";

export function prepareProvinceBars(model: Model, cfg: ProvinceBarsConfig): ProvinceBarsData {
  const all = model.figures.filter((f) => f.indicator_id === cfg.indicator && isProvince(f) && !f.sex && !f.sector_id && !f.org_id);
  const latest = new Map<string, Figure>();
  for (const f of all.filter((x) => x.chartable)) {
    const cur = latest.get(f.place_id);
    latest.set(f.place_id, cur ? later(cur, f) : f);
  }
  const chosen = [...latest.values()].sort((a, b) => b.display - a.display || a.place.name_fa.localeCompare(b.place.name_fa, "fa"));
  const undated = [...new Set(all.filter((f) => !latest.has(f.place_id)).map((f) => f.place.name_fa))].sort((a, b) => a.localeCompare(b, "fa"));
  const bars = chosen.map((f) => figureBar(f, `${f.place.name_fa}\n${periodLabel(f.period, f.period_end)}، ${outletShort(f.source)}`, f.place_id === "lorestan" ? "s2" : "s1"));
  return {
    bars,
    chosen,
    undated,
    figures: chosen,
    columns: [{ key: "place", label: "استان" }, ...FIGURE_COLUMNS],
    rows: chosen.map((f) => figureRow(f, { place: f.place_id })),
    empty: chosen.length === 0 ? T.empty : undefined,
  };
}

const years = (fs: Figure[]) => {
  const spans = fs.map((f) => yearSpan(f.period!, f.period_end));
  return [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
};

export function provinceBars(cfg: ProvinceBarsConfig): ChartModule<ProvinceBarsData> {
  return {
    id: cfg.id,
    theme: "context",
    title: cfg.title,
    subtitle: cfg.subtitle,
    prepare: (model) => prepareProvinceBars(model, cfg),
    summary: (d) => {
      if (!d.chosen.length) return T.empty;
      const [from, to] = years(d.chosen);
      const say = d.chosen.map((f) => `${f.place.name_fa} ${valueLabel(f)} (${periodLabel(f.period, f.period_end)}${f.period_kind === "inferred" ? "، برآوردی" : ""}، ${outletShort(f.source)})`);
      const lor = d.chosen.find((f) => f.place_id === "lorestan");
      return [
        `تازه‌ترین رقم منتشرشدهٔ ${cfg.noun} در ${faDigits(d.chosen.length)} استان: ${say.join("؛ ")}.`,
        lor ? `رقم لرستان ${valueLabel(lor)} است (${periodLabel(lor.period, lor.period_end)}).` : "برای لرستان رقم زمان‌داری در دست نیست.",
        T.spread(faDigits(d.chosen.length), faDigits(from), faDigits(to)),
        T.notRank,
      ].join(" ");
    },
    render: (d, { width, document }) => renderHBars(d.bars, { width, document, unitLabel: cfg.unitLabel }),
    notes: (d) => {
      const [from, to] = d.chosen.length ? years(d.chosen) : [0, 0];
      return [
        legendNote(d.bars.map((b) => b.series ?? "s1"), { s2: T.lorestan, s1: T.others }),
        ...(d.chosen.length ? [T.spread(faDigits(d.chosen.length), faDigits(from), faDigits(to))] : []),
        cfg.definition,
        T.notRank,
        T.latest,
        ...(d.undated.length ? [T.undated(d.undated.join("، "))] : []),
        ...(d.chosen.some((f) => f.period_kind === "inferred") ? [NOTE_EST] : []),
        NOTE_EXCLUDED,
      ];
    },
  };
}

/** Active cooperatives, province by province. */
export default provinceBars({
  id: "provinces-active-coops",
  title: "لرستان در میان استان‌ها: تعاونی‌های فعال",
  subtitle: "تازه‌ترین رقم منتشرشدهٔ تعاونی‌های فعال هر استان، با تاریخ و منبع خودش؛ لرستان به رنگ دیگر",
  indicator: "coops-active",
  unitLabel: "تعاونی فعال",
  noun: "تعاونی‌های فعال",
  definition:
    "تعریف «فعال» در منابع یکی نیست (فعال، در حال فعالیت، در حال بهره‌برداری)؛ رقم‌هایی که تعاونی‌های «فعال یا در دست اجرا» را با هم شمرده‌اند جدا نگه داشته شده و اینجا نیستند.",
});
