/**
 * For each event that reported both: the investment in the projects opened and the bank
 * facilities among it, in billion toman. Facilities are part of the investment, so the bars sit
 * side by side (never stacked or summed); conflicting reports each get their own bar.
 */
import { group } from "d3-array";
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule } from "../types.ts";
import { outletShort, valueLabel, type Series } from "../plot-kit.ts";
import { NOTE_CONFLICT, NOTE_EST, NOTE_EXCLUDED } from "../kinds/figure-rows.ts";
import { eventLabel } from "../kinds/event-bars.ts";
import { faDigits } from "../../lib/format.ts";
import { groupedData, legendNote, renderGrouped, type BarGroup, type GroupedData } from "../kinds/grouped-bars.ts";

const MEASURES: { indicator: string; label: string; series: Series }[] = [
  { indicator: "package-investment", label: "سرمایه‌گذاری", series: "s1" },
  { indicator: "package-facilities", label: "تسهیلات", series: "s2" },
];

const T = {
  title: "سرمایه‌گذاری و تسهیلات در هر رویداد",
  subtitle: "سرمایه‌گذاری طرح‌های افتتاح‌شده و تسهیلات بانکی همان طرح‌ها، به میلیارد تومان",
  empty: "هنوز رویدادی نیست که هم سرمایه‌گذاری و هم تسهیلاتش با زمان معلوم منتشر شده باشد.",
  unit: "میلیارد تومان",
  part: "تسهیلات بخشی از سرمایه‌گذاری است (باقی آوردهٔ اعضاست)؛ دو میله را جمع نزنید.",
  share: (pct: number) => `تسهیلات ${faDigits(pct)} درصد سرمایه‌گذاری`,
};

export function prepare(model: Model): GroupedData {
  const ids = new Set(MEASURES.map((m) => m.indicator));
  const dated = model.figures.filter((f) => ids.has(f.indicator_id) && f.chartable && f.event_id && f.place_id !== "iran");
  const keyOf = (f: Figure) => `${f.event_id}|${f.place_id}`;
  const byKey = group(dated, keyOf);
  const keys = [...byKey.keys()].filter((k) => MEASURES.every((m) => byKey.get(k)!.some((f) => f.indicator_id === m.indicator)));
  const groups: BarGroup[] = keys.map((k) => {
    const fs = byKey.get(k)!;
    const items = MEASURES.flatMap((m) => {
      const of = fs.filter((f) => f.indicator_id === m.indicator);
      return of.map((f) => ({ figure: f, label: of.length > 1 ? `${m.label} (${outletShort(f.source)})` : m.label, series: m.series }));
    });
    const f0 = fs[0];
    const title = eventLabel(f0.event, f0) + (f0.place_id !== "lorestan" ? `، ${f0.place.name_fa}` : "");
    return { key: k, title, items };
  });
  return groupedData(groups, [{ key: "event", label: "رویداد" }, { key: "place", label: "مکان" }, { key: "indicator", label: "شاخص" }], (f) => ({ event: f.event_id!, place: f.place_id, indicator: f.indicator_id }), T.empty);
}

export function summary(d: GroupedData): string {
  return d.groups
    .map((g) => {
      const said = g.items.map((i) => `${i.label} ${valueLabel(i.figure)}`).join("، ");
      const inv = g.items.filter((i) => i.series === "s1");
      const fac = g.items.filter((i) => i.series === "s2");
      // The share is stated only when each side has one figure and neither is a lower bound.
      const exactish = (f: Figure) => f.qualifier === "exact" || f.qualifier === "amounting_to";
      const pct = inv.length === 1 && fac.length === 1 && exactish(inv[0].figure) && exactish(fac[0].figure)
        ? `؛ ${T.share(Math.round((fac[0].figure.display / inv[0].figure.display) * 100))}`
        : "";
      return `${g.title}: ${said} ${T.unit}${pct}.`;
    })
    .join(" ");
}

const chart: ChartModule<GroupedData> = {
  id: "investment-vs-facilities",
  theme: "investment",
  title: T.title,
  subtitle: T.subtitle,
  prepare,
  summary,
  render: (d, { width, document }) => renderGrouped(d, width, document, T.unit),
  notes: (d) => [
    legendNote(d.groups.flatMap((g) => g.items.map((i) => i.series)), Object.fromEntries(MEASURES.map((m) => [m.series, m.label]))),
    T.part,
    ...(d.figures.some((f) => f.period_kind === "inferred") ? [NOTE_EST] : []),
    ...(d.groups.some((g) => g.items.some((i) => i.figure.conflict_group)) ? [NOTE_CONFLICT] : []),
    NOTE_EXCLUDED,
  ],
};
export default chart;
