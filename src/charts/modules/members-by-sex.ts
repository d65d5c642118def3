/**
 * Women and men, where a statement splits a figure by sex (members of a county's cooperatives,
 * members of the cooperatives formed in a year). One group per statement; bars are scaled within
 * the group, since a county's membership and one year's new members differ twentyfold. The total
 * the statement printed is quoted in the notes, and a mismatch with the parts is said, not fixed.
 */
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule } from "../types.ts";
import { valueLabel, type Series } from "../plot-kit.ts";
import { faDigits, faNumber } from "../../lib/format.ts";
import { periodKey, periodLabel } from "../period-label.ts";
import { FIGURE_COLUMNS, NOTE_EST, NOTE_EXCLUDED, figureRow } from "../kinds/figure-rows.ts";
import { inLorestan } from "../../data/dashboards.ts";
import { legendNote, renderGrouped, type BarGroup, type GroupedData } from "../kinds/grouped-bars.ts";

const SEXES: { sex: "female" | "male"; label: string; series: Series }[] = [
  { sex: "female", label: "زنان", series: "s2" },
  { sex: "male", label: "مردان", series: "s1" },
];

const T = {
  title: "زنان و مردان عضو تعاونی‌ها",
  subtitle: "هر جا گزارشی رقم را به تفکیک جنس آورده است؛ هر گروه یک گزارش",
  empty: "هنوز رقمی به تفکیک زنان و مردان با زمان معلوم منتشر نشده است.",
  scale: "طول میله‌ها در هر گروه جداگانه سنجیده شده است؛ عددها را میان گروه‌ها مقایسه کنید، نه طول میله‌ها را.",
  total: (title: string, total: string, sum: string) =>
    total === sum ? `${title}: مجموع اعلام‌شده ${total}.` : `${title}: مجموع اعلام‌شده ${total} است و جمع زنان و مردان ${sum}؛ هر دو همان‌طور که منتشر شده آمده‌اند.`,
};

const statementKey = (f: Figure) => `${f.indicator_id}|${f.place_id}|${periodKey(f.period, f.period_end)}|${f.source_id}`;

export interface SexData extends GroupedData {
  /** The total each statement printed, where it printed one. */
  totals: Map<string, Figure>;
}

export function prepare(model: Model): SexData {
  const split = model.figures.filter((f) => f.sex && f.chartable && inLorestan(f));
  const groups: BarGroup[] = [];
  const totals = new Map<string, Figure>();
  // One pass each (not a scan of every figure per statement: quadratic at 10^5 figures).
  const byKey = new Map<string, Figure[]>();
  for (const f of split) {
    const key = statementKey(f);
    const list = byKey.get(key);
    if (list) list.push(f);
    else byKey.set(key, [f]);
  }
  const firstTotal = new Map<string, Figure>();
  for (const f of model.figures) {
    if (f.sex) continue;
    const key = statementKey(f);
    if (byKey.has(key) && !firstTotal.has(key)) firstTotal.set(key, f);
  }
  for (const [key, fs] of byKey) {
    if (!SEXES.every((s) => fs.some((f) => f.sex === s.sex))) continue;
    const f0 = fs[0];
    groups.push({
      key,
      title: `${f0.indicator.name_fa}، ${f0.place.name_fa}، ${periodLabel(f0.period, f0.period_end)}`,
      items: SEXES.flatMap((s) => fs.filter((f) => f.sex === s.sex).map((f) => ({ figure: f, label: s.label, series: s.series }))),
    });
    const total = firstTotal.get(key);
    if (total) totals.set(key, total);
  }
  groups.sort((a, b) => a.items[0].figure.period!.localeCompare(b.items[0].figure.period!));
  const figures = groups.flatMap((g) => g.items.map((i) => i.figure));
  return {
    groups,
    totals,
    relative: true,
    figures,
    columns: [{ key: "indicator", label: "شاخص" }, { key: "place", label: "مکان" }, { key: "sex", label: "جنس" }, ...FIGURE_COLUMNS],
    rows: figures.map((f) => figureRow(f, { indicator: f.indicator_id, place: f.place_id, sex: f.sex! })),
    empty: figures.length === 0 ? T.empty : undefined,
  };
}

const sumOf = (g: BarGroup) => g.items.reduce((s, i) => s + i.figure.display, 0);

export function summary(d: SexData): string {
  return d.groups
    .map((g) => {
      const women = g.items.find((i) => i.figure.sex === "female")!.figure;
      const share = Math.round((women.display / sumOf(g)) * 100);
      return `${g.title}: ${g.items.map((i) => `${i.label} ${valueLabel(i.figure)}`).join(" و ")}؛ زنان ${faDigits(share)} درصد این دو رقم.`;
    })
    .join(" ");
}

const chart: ChartModule<SexData> = {
  id: "members-by-sex",
  theme: "jobs",
  title: T.title,
  subtitle: T.subtitle,
  prepare,
  summary,
  render: (d, { width, document }) => renderGrouped(d, width, document),
  notes: (d) => [
    legendNote(["s2", "s1"], { s2: "زنان", s1: "مردان" }),
    T.scale,
    ...d.groups.filter((g) => d.totals.has(g.key)).map((g) => T.total(g.title, valueLabel(d.totals.get(g.key)!), faNumber(sumOf(g)))),
    ...(d.figures.some((f) => f.period_kind === "inferred") ? [NOTE_EST] : []),
    NOTE_EXCLUDED,
  ],
};
export default chart;
