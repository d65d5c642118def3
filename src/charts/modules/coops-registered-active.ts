/**
 * Registered versus (declared) active cooperatives, place by place: the gap between the register
 * and the cooperatives that actually work. Only figures from the same years are put together (a
 * 1404 register next to a 1401 count of active ones would fake a gap). Bars are scaled within each
 * place: the province and a county differ tenfold.
 */
import { group } from "d3-array";
import { MAX_PER_SERIES } from "../limits.ts";
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule } from "../types.ts";
import { outletShort, valueLabel, type Series } from "../plot-kit.ts";
import { faDigits } from "../../lib/format.ts";
import { periodLabel, yearSpan } from "../period-label.ts";
import { FIGURE_COLUMNS, NOTE_EST, NOTE_EXCLUDED, figureRow } from "../kinds/figure-rows.ts";
import { inLorestan } from "../../data/dashboards.ts";
import { legendNote, renderGrouped, type BarGroup, type GroupedData } from "../kinds/grouped-bars.ts";

const MEASURES: { indicator: string; label: string; series: Series }[] = [
  { indicator: "coops-registered", label: "ثبت‌شده", series: "s1" },
  { indicator: "coops-declared-active", label: "اعلام فعالیت در سامانه", series: "s3" },
  { indicator: "coops-active", label: "فعال", series: "s2" },
];

const T = {
  title: "تعاونی‌های ثبت‌شده و فعال",
  subtitle: "در هر مکان، تعاونی‌های ثبت‌شده در کنار تعاونی‌های فعال یا اعلام‌فعالیت‌کرده در همان سال‌ها؛ هر میله یک رقم منتشرشده",
  empty: "هنوز برای هیچ مکانی رقم تعاونی‌های ثبت‌شده و فعالِ همان سال‌ها منتشر نشده است.",
  scale: "طول میله‌ها در هر مکان جداگانه سنجیده شده است (بلندترین میلهٔ هر مکان تمام‌قد است)؛ عددها را بخوانید، نه طول میله‌ها را میان مکان‌ها.",
};

const overlaps = (a: Figure, b: Figure) => {
  const [a0, a1] = yearSpan(a.period!, a.period_end);
  const [b0, b1] = yearSpan(b.period!, b.period_end);
  return a0 <= b1 && b0 <= a1;
};

export function prepare(model: Model): GroupedData {
  const ids = new Set(MEASURES.map((m) => m.indicator));
  const dated = model.figures.filter((f) => ids.has(f.indicator_id) && f.chartable && !f.sex && !f.org_id && inLorestan(f));
  const places = [...new Set(dated.map((f) => f.place_id))]
    .sort((a, b) => (a === "lorestan" ? -1 : b === "lorestan" ? 1 : model.places.get(a)!.name_fa.localeCompare(model.places.get(b)!.name_fa, "fa")));
  const groups: BarGroup[] = [];
  const byPlace = group(dated, (f) => f.place_id);
  let total = 0;
  for (const place of places) {
    const here = byPlace.get(place)!;
    const registered = here.filter((f) => f.indicator_id === "coops-registered");
    // Active counts only where a register figure of overlapping years exists.
    const others = here.filter((f) => f.indicator_id !== "coops-registered" && registered.some((r) => overlaps(r, f)));
    if (!registered.length || !others.length) continue;
    const perMeasure = MEASURES.map((m) =>
      [...registered, ...others].filter((f) => f.indicator_id === m.indicator).sort((a, b) => a.period!.localeCompare(b.period!) || a.id.localeCompare(b.id)),
    );
    total += perMeasure.reduce((n, fs) => n + fs.length, 0);
    // Bounded at any data size: each place draws its newest MAX_PER_SERIES figures of each measure.
    const chosen = perMeasure.flatMap((fs) => fs.slice(-MAX_PER_SERIES));
    const base = (f: Figure) => `${MEASURES.find((m) => m.indicator === f.indicator_id)!.label}\n${periodLabel(f.period, f.period_end)}`;
    const items = chosen.map((f) => {
      const twin = chosen.some((g) => g !== f && base(g) === base(f));
      return { figure: f, label: twin ? `${base(f)}، ${outletShort(f.source)}` : base(f), series: MEASURES.find((m) => m.indicator === f.indicator_id)!.series };
    });
    groups.push({ key: place, title: model.places.get(place)!.name_fa, items });
  }
  const figures = groups.flatMap((g) => g.items.map((i) => i.figure));
  return {
    ...(figures.length < total ? { capped: { shown: figures.length, total, how: "newestItems" as const } } : {}),
    groups,
    relative: true,
    figures,
    columns: [{ key: "place", label: "مکان" }, { key: "indicator", label: "شاخص" }, ...FIGURE_COLUMNS],
    rows: figures.map((f) => figureRow(f, { place: f.place_id, indicator: f.indicator_id })),
    empty: figures.length === 0 ? T.empty : undefined,
  };
}

export function summary(d: GroupedData): string {
  return d.groups
    .map((g) => {
      const say = g.items.map((i) => `${i.label.replace("\n", " ")}: ${valueLabel(i.figure)}`).join("؛ ");
      const reg = g.items.filter((i) => i.figure.indicator_id === "coops-registered");
      const act = g.items.filter((i) => i.figure.indicator_id !== "coops-registered");
      // A ratio only when register and count come from the same statement (same source and date).
      const pair = reg.flatMap((r) => act.filter((a) => a.figure.source_id === r.figure.source_id && a.figure.period === r.figure.period).map((a) => [r, a] as const));
      const ratio = pair.map(([r, a]) => `${faDigits(Math.round((a.figure.display / r.figure.display) * 100))} درصد`);
      return `${g.title}: ${say}${ratio.length ? ` (در یک گزارش، ${ratio.join(" و ")} از تعاونی‌های ثبت‌شده فعال یا اعلام‌فعالیت‌کرده‌اند)` : ""}.`;
    })
    .join(" ");
}

const chart: ChartModule<GroupedData> = {
  id: "coops-registered-active",
  theme: "cooperatives",
  title: T.title,
  subtitle: T.subtitle,
  prepare,
  summary,
  render: (d, { width, document }) => renderGrouped(d, width, document),
  notes: (d) => [
    legendNote(d.groups.flatMap((g) => g.items.map((i) => i.series)), Object.fromEntries(MEASURES.map((m) => [m.series, m.label]))),
    T.scale,
    ...(d.figures.some((f) => f.period_kind === "inferred") ? [NOTE_EST] : []),
    NOTE_EXCLUDED,
  ],
};
export default chart;
