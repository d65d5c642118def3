/**
 * Bank facilities for cooperatives, statement by statement: credit of the projects introduced to
 * banks, facilities requested, facilities allocated, and where a bank or fund is named, its part.
 * A bank's part is drawn beside the total it belongs to, never added to it.
 */
import { group } from "d3-array";
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule } from "../types.ts";
import { valueLabel, type Series } from "../plot-kit.ts";
import { periodKey, periodLabel } from "../period-label.ts";
import { NOTE_EST, NOTE_EXCLUDED } from "../kinds/figure-rows.ts";
import { groupedData, legendNote, renderGrouped, type BarGroup, type GroupedData } from "../kinds/grouped-bars.ts";

const MEASURES: { indicator: string; series: Series }[] = [
  { indicator: "credit-introduced-to-banks", series: "s1" },
  { indicator: "facilities-requested", series: "s3" },
  { indicator: "facilities-allocated", series: "s2" },
];

const T = {
  title: "تسهیلات بانکی تعاونی‌ها",
  subtitle: "اعتبار طرح‌های معرفی‌شده به بانک‌ها، تسهیلات درخواستی و تخصیص‌یافته، و سهم بانک‌ها و صندوق‌ها، به میلیارد تومان",
  empty: "هنوز رقمی از تسهیلات بانکی با زمان معلوم منتشر نشده است.",
  unit: "میلیارد تومان",
  part: (org: string, total: string) => `${org} بخشی از ${total} است؛ دو رقم را جمع نزنید.`,
};

const orgName = (model: Model, id: string) => model.data.organisations.find((o) => o.id === id)?.name_fa ?? id;

export function prepare(model: Model): GroupedData {
  const ids = MEASURES.map((m) => m.indicator);
  const dated = model.figures.filter((f) => ids.includes(f.indicator_id) && f.chartable && f.place_id !== "iran");
  // One group per statement: the same place, period and article.
  const keyOf = (f: Figure) => `${f.place_id}|${periodKey(f.period, f.period_end)}|${f.source_id}`;
  const groups: BarGroup[] = [...group(dated, keyOf)].map(([k, mine]) => {
    const fs = mine
      .sort((a, b) => ids.indexOf(a.indicator_id) - ids.indexOf(b.indicator_id) || (a.org_id ? 1 : 0) - (b.org_id ? 1 : 0));
    const f0 = fs[0];
    return {
      key: k,
      title: `${f0.place.name_fa}، ${periodLabel(f0.period, f0.period_end)}`,
      items: fs.map((f) => ({
        figure: f,
        label: f.indicator.name_fa + (f.org_id ? `: ${orgName(model, f.org_id)}` : ""),
        series: MEASURES.find((m) => m.indicator === f.indicator_id)!.series,
      })),
    };
  });
  return groupedData(groups, [{ key: "place", label: "مکان" }, { key: "indicator", label: "شاخص" }, { key: "org", label: "بانک یا صندوق" }], (f) => ({ place: f.place_id, indicator: f.indicator_id, org: f.org_id ?? null }), T.empty);
}

/** Bank parts and the totals they belong to, within one statement. */
function parts(d: GroupedData): [BarGroup["items"][number], BarGroup["items"][number]][] {
  return d.groups.flatMap((g) =>
    g.items.filter((i) => i.figure.org_id).flatMap((p) => g.items.filter((t) => !t.figure.org_id && t.figure.indicator_id === p.figure.indicator_id).map((t) => [p, t] as [typeof p, typeof t])),
  );
}

export function summary(d: GroupedData): string {
  return d.groups
    .map((g) => `${g.title}${g.items.some((i) => i.figure.period_kind === "inferred") ? " (زمان برآوردی)" : ""}: ${g.items.map((i) => `${i.label} ${valueLabel(i.figure)}`).join("؛ ")} ${T.unit}.`)
    .join(" ");
}

const chart: ChartModule<GroupedData> = {
  id: "facilities-banks",
  theme: "investment",
  title: T.title,
  subtitle: T.subtitle,
  prepare,
  summary,
  render: (d, { width, document }) => renderGrouped(d, width, document, T.unit),
  notes: (d) => [
    legendNote(
      d.groups.flatMap((g) => g.items.map((i) => i.series)),
      Object.fromEntries(MEASURES.map((m) => [m.series, d.figures.find((f) => f.indicator_id === m.indicator)?.indicator.name_fa ?? m.indicator])),
    ),
    ...parts(d).map(([p, t]) => T.part(p.label, t.label)),
    ...(d.figures.some((f) => f.period_kind === "inferred") ? [NOTE_EST] : []),
    NOTE_EXCLUDED,
  ],
};
export default chart;
