/**
 * Iran's cooperatives by definition: the register (all statuses), the active ones, the Chamber of
 * Cooperatives' "in operation or under construction", the inactive and the dissolved, each in its
 * own group, each bar one published figure with its date and outlet. The definitions are never
 * joined into one line: a register of 235 thousand and 105 thousand active are different things.
 */
import type { Model, Figure } from "../../data/model.ts";
import type { ChartModule } from "../types.ts";
import { outletShort, valueLabel, type Series } from "../plot-kit.ts";
import { faDigits } from "../../lib/format.ts";
import { periodLabel } from "../period-label.ts";
import { NOTE_EST, NOTE_EXCLUDED } from "../kinds/figure-rows.ts";
import { groupedData, legendNote, renderGrouped, type BarGroup, type GroupedData } from "../kinds/grouped-bars.ts";

const DEFINITIONS: { indicator: string; label: string; series: Series }[] = [
  { indicator: "coops-registered", label: "ثبت‌شده (با هر وضعیتی)", series: "s1" },
  { indicator: "coops-active", label: "فعال", series: "s2" },
  { indicator: "coops-active-or-building", label: "فعال یا در دست اجرا (اتاق تعاون)", series: "s3" },
  { indicator: "coops-inactive", label: "غیرفعال یا نیمه‌فعال", series: "s4" },
  { indicator: "coops-dissolved", label: "منحل‌شده (از آغاز)", series: "s4" },
];

const T = {
  title: "تعاونی‌های کشور به تعریف‌های گوناگون",
  subtitle: "ارقام منتشرشدهٔ ثبت‌شده، فعال، فعال یا در دست اجرا، غیرفعال و منحل‌شده، هر تعریف در گروه خودش؛ هر میله یک رقم با تاریخ و منبعش",
  empty: "هنوز رقم زمان‌داری از تعاونی‌های کشور منتشر نشده است.",
  apart: "تعریف‌ها جدا مانده‌اند: ثبت‌شده همهٔ تعاونی‌هاست، فعال بخشی از آن‌ها، و «فعال یا در دست اجرا»ی اتاق تعاون طرح‌های نیمه‌کاره را هم شمرده است؛ این گروه‌ها را نباید به هم وصل کرد یا از هم کم کرد.",
};

export function prepare(model: Model): GroupedData {
  const groups: BarGroup[] = [];
  for (const d of DEFINITIONS) {
    const fs = model.figures
      .filter((f) => f.indicator_id === d.indicator && f.place_id === "iran" && f.chartable && !f.sex && !f.sector_id)
      .sort((a, b) => a.period!.localeCompare(b.period!) || a.id.localeCompare(b.id));
    if (!fs.length) continue;
    const base = (f: Figure) => periodLabel(f.period, f.period_end);
    groups.push({
      key: d.indicator,
      title: d.label,
      items: fs.map((f) => ({ figure: f, label: `${base(f)}، ${outletShort(f.source)}`, series: d.series })),
    });
  }
  const data = groupedData(groups, [{ key: "indicator", label: "تعریف" }], (f) => ({ indicator: f.indicator_id }), T.empty);
  // Keep the definitions in their fixed order (groupedData orders groups by period).
  data.groups.sort((a, b) => DEFINITIONS.findIndex((x) => x.indicator === a.key) - DEFINITIONS.findIndex((x) => x.indicator === b.key));
  data.figures = data.groups.flatMap((g) => g.items.map((i) => i.figure));
  data.rows = data.rows.sort((a, b) => data.figures.findIndex((f) => f.indicator_id === a.indicator) - data.figures.findIndex((f) => f.indicator_id === b.indicator));
  return data;
}

export function summary(d: GroupedData): string {
  const parts = d.groups.map((g) => `${g.title}: ${g.items.map((i) => `${valueLabel(i.figure)} (${i.label}${i.figure.period_kind === "inferred" ? "، زمان برآوردی" : ""})`).join("؛ ")}`);
  return `${faDigits(d.figures.length)} رقم منتشرشده از شمار تعاونی‌های ایران در ${faDigits(d.groups.length)} تعریف. ${parts.join(". ")}. ${T.apart}`;
}

const chart: ChartModule<GroupedData> = {
  id: "iran-coops-definitions",
  theme: "context",
  title: T.title,
  subtitle: T.subtitle,
  prepare,
  summary,
  render: (d, { width, document }) => renderGrouped(d, width, document, "تعاونی"),
  notes: (d) => [
    legendNote(d.groups.flatMap((g) => g.items.map((i) => i.series)), { s1: "ثبت‌شده", s2: "فعال", s3: "فعال یا در دست اجرا", s4: "غیرفعال یا منحل‌شده" }),
    T.apart,
    ...(d.figures.some((f) => f.period_kind === "inferred") ? [NOTE_EST] : []),
    NOTE_EXCLUDED,
  ],
};
export default chart;
