/**
 * Single cooperatives opened in the counties: their investment, bank facilities and members' own
 * contribution, in billion toman, one group per cooperative with its county. These are the only
 * money figures published county by county; they describe one cooperative each, not the county.
 */
import { group } from "d3-array";
import type { Model } from "../../data/model.ts";
import type { ChartModule } from "../types.ts";
import { valueLabel, type Series } from "../plot-kit.ts";
import { periodLabel } from "../period-label.ts";
import { NOTE_EST, NOTE_EXCLUDED } from "../kinds/figure-rows.ts";
import { groupedData, legendNote, renderGrouped, type BarGroup, type GroupedData } from "../kinds/grouped-bars.ts";

const MEASURES: { indicator: string; label: string; series: Series }[] = [
  { indicator: "coop-investment", label: "سرمایه‌گذاری", series: "s1" },
  { indicator: "coop-facilities", label: "تسهیلات", series: "s2" },
  { indicator: "coop-own-contribution", label: "آوردهٔ اعضا", series: "s3" },
];

const T = {
  title: "سرمایه‌گذاری تعاونی‌های افتتاح‌شده در شهرستان‌ها",
  subtitle: "سرمایه‌گذاری، تسهیلات و آوردهٔ اعضای هر تعاونی، به میلیارد تومان؛ هر گروه یک تعاونی و شهرستانش",
  empty: "هنوز رقم پولی هیچ تعاونی‌ای با زمان معلوم منتشر نشده است.",
  unit: "میلیارد تومان",
  single: "هر گروه رقم یک تعاونی است، نه کل شهرستان؛ رقم‌ها را برای شهرستان جمع نزنید.",
};

/** «درمانی آبان» from «مجموعه تعاونی درمانی آبان»: the kind of body is implied by the chart. */
export const shortCoopName = (name: string): string => name.replace(/^(شرکت تعاونی|مجموعه تعاونی|تعاونی)\s+/, "");

export function prepare(model: Model): GroupedData {
  const ids = MEASURES.map((m) => m.indicator);
  const dated = model.figures.filter((f) => ids.includes(f.indicator_id) && f.chartable && f.cooperative_id);
  const groups: BarGroup[] = [...group(dated, (f) => f.cooperative_id!)].map(([id, mine]) => {
    const fs = mine.sort((a, b) => ids.indexOf(a.indicator_id) - ids.indexOf(b.indicator_id) || a.id.localeCompare(b.id));
    const f0 = fs[0];
    const twice = (i: string) => fs.filter((f) => f.indicator_id === i).length > 1;
    return {
      key: id,
      title: `${shortCoopName(f0.cooperative!.name_fa)}، ${f0.place.name_fa}، ${periodLabel(f0.period, f0.period_end)}`,
      items: fs.map((f) => {
        const m = MEASURES.find((x) => x.indicator === f.indicator_id)!;
        return { figure: f, label: twice(f.indicator_id) ? `${m.label} (${f.source.outlet_fa})` : m.label, series: m.series };
      }),
    };
  });
  return groupedData(groups, [{ key: "cooperative", label: "تعاونی" }, { key: "place", label: "شهرستان" }, { key: "indicator", label: "شاخص" }], (f) => ({ cooperative: f.cooperative_id!, place: f.place_id, indicator: f.indicator_id }), T.empty);
}

export function summary(d: GroupedData): string {
  const inv = d.figures.filter((f) => f.indicator_id === "coop-investment");
  const top = inv.length ? inv.reduce((a, b) => (b.display > a.display ? b : a)) : undefined;
  const parts = d.groups.map((g) => `${g.title}: ${g.items.map((i) => `${i.label} ${valueLabel(i.figure)}`).join("، ")}`);
  return `${parts.join("؛ ")} (${T.unit}).${top ? ` بیشترین سرمایه‌گذاری: ${shortCoopName(top.cooperative!.name_fa)} در ${top.place.name_fa}.` : ""}`;
}

const chart: ChartModule<GroupedData> = {
  id: "coop-investment",
  theme: "investment",
  title: T.title,
  subtitle: T.subtitle,
  prepare,
  summary,
  render: (d, { width, document }) => renderGrouped(d, width, document, T.unit),
  notes: (d) => [
    legendNote(d.groups.flatMap((g) => g.items.map((i) => i.series)), Object.fromEntries(MEASURES.map((m) => [m.series, m.label]))),
    T.single,
    ...(d.figures.some((f) => f.period_kind === "inferred") ? [NOTE_EST] : []),
    NOTE_EXCLUDED,
  ],
};
export default chart;
