/**
 * National tables that name several provinces at one date: one group per published table (one
 * article, one measure, one period or event), with the provinces it names. Unlike the
 * province-by-province charts, the figures inside a group are from one statement, so their order
 * is the table's own; groups are never compared with one another (bars are scaled within each
 * group). Lorestan is drawn in its own colour where a table names it.
 */
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule } from "../types.ts";
import { outletShort, valueLabel } from "../plot-kit.ts";
import { faDigits } from "../../lib/format.ts";
import { periodKey, periodLabel } from "../period-label.ts";
import { NOTE_EST, NOTE_EXCLUDED } from "../kinds/figure-rows.ts";
import { eventLabel } from "../kinds/event-bars.ts";
import { groupedData, legendNote, renderGrouped, type BarGroup, type GroupedData } from "../kinds/grouped-bars.ts";

const T = {
  title: "جدول‌های کشوری با ارقام چند استان",
  subtitle: "هر گروه یک جدول یا رتبه‌بندی منتشرشده (یک خبر، یک شاخص، یک زمان) با استان‌هایی که نام برده است؛ لرستان به رنگ دیگر",
  empty: "هنوز هیچ جدول کشوری‌ای با ارقام دو استان یا بیشتر در داده‌ها نیست.",
  lorestan: "لرستان",
  others: "استان‌های دیگر",
  scale: "طول میله‌ها در هر گروه جداگانه سنجیده شده است؛ گروه‌ها واحد و زمان متفاوت دارند و با هم سنجیدنی نیستند.",
  partial: "هر گروه فقط استان‌هایی را دارد که خبر نام برده است (معمولاً بالا یا پایین جدول)، نه همهٔ ۳۱ استان؛ جایگاه لرستان فقط جایی معلوم است که خبر آن را آورده باشد.",
  noLorestan: (n: string) => `لرستان در ${n} گروه از این جدول‌ها نیامده است.`,
};

const keyOf = (f: Figure) => `${f.source_id}|${f.indicator_id}|${periodKey(f.period, f.period_end)}|${f.event_id ?? ""}`;

export function prepare(model: Model): GroupedData {
  const rows = model.figures.filter((f) => f.place.kind === "province" && f.chartable && !f.sex && !f.sector_id && !f.org_id);
  const byKey = new Map<string, Figure[]>();
  for (const f of rows) byKey.set(keyOf(f), [...(byKey.get(keyOf(f)) ?? []), f]);
  const groups: BarGroup[] = [];
  for (const [key, fs] of byKey) {
    if (new Set(fs.map((f) => f.place_id)).size < 2) continue;
    const f0 = fs[0];
    const when = f0.event ? eventLabel(f0.event, f0) : periodLabel(f0.period, f0.period_end);
    groups.push({
      key,
      title: `${f0.indicator.name_fa}، ${when}، ${outletShort(f0.source)}`,
      items: [...fs]
        .sort((a, b) => b.display - a.display || a.place.name_fa.localeCompare(b.place.name_fa, "fa"))
        .map((f) => ({ figure: f, label: f.place.name_fa, series: f.place_id === "lorestan" ? "s2" : "s1" })),
    });
  }
  return groupedData(groups, [{ key: "table", label: "جدول" }, { key: "indicator", label: "شاخص" }, { key: "place", label: "استان" }], (f) => ({ table: f.source_id, indicator: f.indicator_id, place: f.place_id }), T.empty, true);
}

export function summary(d: GroupedData): string {
  const parts = d.groups.map((g) => `${g.title}: ${g.items.map((i) => `${i.label} ${valueLabel(i.figure)}`).join("، ")}`);
  const without = d.groups.filter((g) => !g.items.some((i) => i.figure.place_id === "lorestan")).length;
  return `${faDigits(d.groups.length)} جدول یا رتبه‌بندی کشوری که چند استان را در یک زمان نام برده‌اند. ${parts.join(". ")}. ${T.partial} ${without ? T.noLorestan(faDigits(without)) : ""}`.trim();
}

const chart: ChartModule<GroupedData> = {
  id: "provinces-national-tables",
  theme: "context",
  title: T.title,
  subtitle: T.subtitle,
  prepare,
  summary,
  render: (d, { width, document }) => renderGrouped(d, width, document),
  notes: (d) => [
    legendNote(d.groups.flatMap((g) => g.items.map((i) => i.series)), { s2: T.lorestan, s1: T.others }),
    T.partial,
    T.scale,
    ...(d.figures.some((f) => f.period_kind === "inferred") ? [NOTE_EST] : []),
    NOTE_EXCLUDED,
  ],
};
export default chart;
