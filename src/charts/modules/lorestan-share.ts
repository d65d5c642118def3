/**
 * Lorestan's share of Iran, computed here and only where the two figures describe the same time:
 * the same event for one-off packages, the same period for flows, the same single Jalali year for
 * stocks. A stock dated only as «1401 to 1403» matches nothing: a share of two different years
 * would be invented precision. Qualifiers carry through: «بیش از» over an exact national figure
 * makes the share «بیش از», an exact figure over «بیش از» makes it «کمتر از».
 */
import { group } from "d3-array";
import { MAX_MARKS } from "../limits.ts";
import type { Model, Figure, Indicator } from "../../data/model.ts";
import type { ChartModule, Prepared } from "../types.ts";
import { outletShort } from "../plot-kit.ts";
import { faDigits, faFigure, faNumber } from "../../lib/format.ts";
import { outletsTitle } from "../mark-title.ts";
import { MARK } from "../../i18n/marks.ts";
import { periodKey, periodLabel, yearSpan } from "../period-label.ts";
import { EST_MARK, NOTE_EST, NOTE_EXCLUDED } from "../kinds/figure-rows.ts";
import { eventLabel } from "../kinds/event-bars.ts";
import { renderHBars, type HBar } from "../kinds/hbars.ts";

export type ShareQualifier = "exact" | "more_than" | "less_than" | "up_to" | "at_least" | "about";

export interface SharePair {
  indicator: Indicator;
  lorestan: Figure;
  iran: Figure;
  /** Lorestan ÷ Iran × 100. */
  share: number;
  qualifier: ShareQualifier;
  /** What made the two figures comparable. */
  basis: "event" | "period" | "year";
  /** Where and when, in words («۱۳۹۹», «دههٔ فجر ۱۳۹۹»). */
  when: string;
}

export interface ShareData extends Prepared {
  pairs: SharePair[];
}

const T = {
  title: "سهم لرستان از کشور",
  subtitle: "رقم لرستان تقسیم بر رقم ایران، فقط جایی که هر دو به یک سال، یک دوره یا یک رویداد مربوط‌اند؛ به درصد",
  empty: "هنوز هیچ رقم لرستان و ایرانی نیست که به یک زمان مربوط باشند.",
  unit: "درصد",
  assume: "فرض این است که رقم کشور رقم لرستان را هم در بر دارد؛ منبع هر دو رقم در جدول آمده است.",
  basis: { event: "همان رویداد", period: "همان دوره", year: "همان سال" },
  qualifier: { exact: "", more_than: "بیش از", less_than: "کمتر از", up_to: "تا", at_least: "حداقل", about: "حدود" } as Record<ShareQualifier, string>,
};

const LOWER = new Set(["more_than", "at_least"]);
const EXACT = new Set(["exact", "amounting_to"]);

/** How the qualifiers of a part and a whole carry into their ratio. */
export function shareQualifier(part: Figure["qualifier"], whole: Figure["qualifier"]): ShareQualifier {
  if (EXACT.has(part) && EXACT.has(whole)) return "exact";
  if (LOWER.has(part) && EXACT.has(whole)) return "more_than";
  if (EXACT.has(part) && LOWER.has(whole)) return "less_than";
  if (part === "up_to" && EXACT.has(whole)) return "up_to";
  if (EXACT.has(part) && whole === "up_to") return "at_least";
  return "about";
}

const singleYear = (f: Figure) => {
  const [a, b] = yearSpan(f.period!, f.period_end);
  return a === b ? a : undefined;
};

/** Do two figures of one indicator describe the same time? */
export function sameTime(ind: Indicator, a: Figure, b: Figure): SharePair["basis"] | undefined {
  if (ind.measure === "package") return a.event_id && a.event_id === b.event_id ? "event" : undefined;
  if (ind.measure === "flow") return periodKey(a.period, a.period_end) === periodKey(b.period, b.period_end) ? "period" : undefined;
  const ya = singleYear(a);
  return ya !== undefined && ya === singleYear(b) ? "year" : undefined;
}

export function prepare(model: Model): ShareData {
  // Levels only: no percentages, thresholds, parts by sex, bank or cooperative.
  const usable = (f: Figure) => f.chartable && !f.sex && !f.org_id && !f.cooperative_id && f.indicator.unit_kind !== "percent" && !["threshold", "share", "single"].includes(f.indicator.measure);
  const lor = model.figures.filter((f) => f.place_id === "lorestan" && usable(f));
  const ir = model.figures.filter((f) => f.place_id === "iran" && usable(f));
  // Iran's figures by indicator and time (what sameTime compares), so each Lorestan figure meets
  // only its matches: scanning all of Iran's per Lorestan figure was quadratic (13 s at 10^5 rows).
  const timeKey = (ind: Indicator, f: Figure): string | undefined => {
    if (ind.measure === "package") return f.event_id ? `e|${f.event_id}` : undefined;
    if (ind.measure === "flow") return `p|${periodKey(f.period, f.period_end)}`;
    const y = singleYear(f);
    return y !== undefined ? `y|${y}` : undefined;
  };
  const basisOf = (ind: Indicator): SharePair["basis"] => (ind.measure === "package" ? "event" : ind.measure === "flow" ? "period" : "year");
  const irByTime = new Map<string, Figure[]>();
  for (const i of ir) {
    if (!(i.display > 0)) continue;
    const k = timeKey(i.indicator, i);
    if (k === undefined) continue;
    const key = `${i.indicator_id}|${k}`;
    const list = irByTime.get(key);
    if (list) list.push(i);
    else irByTime.set(key, [i]);
  }
  let pairs: Omit<SharePair, "when">[] = [];
  for (const l of lor) {
    const k = timeKey(l.indicator, l);
    if (k === undefined) continue;
    for (const i of irByTime.get(`${l.indicator_id}|${k}`) ?? []) {
      pairs.push({
        indicator: l.indicator,
        lorestan: l,
        iran: i,
        share: (l.display / i.display) * 100,
        qualifier: shareQualifier(l.qualifier, i.qualifier),
        basis: basisOf(l.indicator),
      });
    }
  }
  pairs.sort((a, b) => a.indicator.id.localeCompare(b.indicator.id) || a.lorestan.period!.localeCompare(b.lorestan.period!) || a.iran.id.localeCompare(b.iran.id));
  // Bounded at any data size: past MAX_MARKS pairs, each indicator draws its newest two.
  const total = pairs.length;
  if (total > MAX_MARKS) pairs = [...group(pairs, (p) => p.indicator.id).values()].flatMap((ps) => ps.slice(-2));
  // Words for the pairs drawn only.
  const shown: SharePair[] = pairs.map((p) => {
    const { lorestan: l, basis } = p;
    return { ...p, when: basis === "event" ? eventLabel(l.event, l) : periodLabel(basis === "year" ? String(singleYear(l)) : l.period, basis === "year" ? undefined : l.period_end) };
  });
  return {
    ...(shown.length < total ? { capped: { shown: shown.length, total, how: "newestItems" as const } } : {}),
    pairs: shown,
    figures: [...new Set(shown.flatMap((p) => [p.lorestan, p.iran]))],
    columns: [
      { key: "indicator", label: "شاخص" },
      { key: "basis", label: "مبنای تطبیق" },
      { key: "lorestan_period", label: "زمان رقم لرستان" },
      { key: "lorestan_value", label: "لرستان", numeric: true },
      { key: "lorestan_source", label: "منبع لرستان" },
      { key: "iran_period", label: "زمان رقم ایران" },
      { key: "iran_value", label: "ایران", numeric: true },
      { key: "iran_source", label: "منبع ایران" },
      { key: "share_qualifier", label: "قید سهم" },
      { key: "share_percent", label: "سهم لرستان (درصد)", numeric: true },
    ],
    rows: shown.map((p) => ({
      indicator: p.indicator.id,
      basis: p.basis,
      lorestan_period: periodKey(p.lorestan.period, p.lorestan.period_end),
      lorestan_value: p.lorestan.display,
      lorestan_source: p.lorestan.source.id,
      iran_period: periodKey(p.iran.period, p.iran.period_end),
      iran_value: p.iran.display,
      iran_source: p.iran.source.id,
      share_qualifier: p.qualifier,
      share_percent: Math.round(p.share * 100) / 100,
    })),
    empty: shown.length === 0 ? T.empty : undefined,
  };
}

export const shareLabel = (p: SharePair): string => [T.qualifier[p.qualifier], `${faNumber(Math.round(p.share * 100) / 100)}٪`].filter(Boolean).join(" ");

const estimated = (p: SharePair) => p.lorestan.period_kind === "inferred" || p.iran.period_kind === "inferred";

function bars(d: ShareData): HBar[] {
  const base = (p: SharePair) => `${p.indicator.name_fa}\n${p.when}`;
  return d.pairs.map((p) => {
    const twin = d.pairs.filter((q) => base(q) === base(p)).length > 1;
    const label = twin ? `${base(p)}، ${outletShort(p.iran.source)}` : base(p);
    // Tooltip: the share, both figures as published, when, and both outlets.
    const title = [
      `${MARK.share}: ${shareLabel(p)}`,
      `${MARK.lorestan}: ${faFigure(p.lorestan)}؛ ${MARK.iran}: ${faFigure(p.iran)}`,
      `${MARK.period}: ${p.when}${estimated(p) ? ` (${MARK.inferred})` : ""}`,
      `${MARK.source}: ${outletsTitle([p.lorestan, p.iran])}`,
    ].join("\n");
    return { key: `${p.lorestan.id}/${p.iran.id}`, label: estimated(p) ? label + EST_MARK : label, value: p.share, text: shareLabel(p), series: "s1", estimate: estimated(p), title };
  });
}

export function summary(d: ShareData): string {
  const items = d.pairs.map(
    (p) => `${p.indicator.name_fa} (${p.when}${estimated(p) ? "، زمان برآوردی" : ""}): ${faNumber(p.lorestan.display)} از ${faNumber(p.iran.display)}، یعنی ${shareLabel(p)}؛ منابع: ${p.lorestan.source.outlet_fa} و ${p.iran.source.outlet_fa}`,
  );
  return `سهم لرستان در ${faDigits(d.pairs.length)} مورد که زمان رقم استان و کشور یکی است: ${items.join(". ")}.`;
}

const chart: ChartModule<ShareData> = {
  id: "lorestan-share",
  theme: "context",
  title: T.title,
  subtitle: T.subtitle,
  prepare,
  summary,
  render: (d, { width, document }) => renderHBars(bars(d), { width, document, unitLabel: T.unit }),
  notes: (d) => [
    T.assume,
    `مبنای تطبیق: ${[...new Set(d.pairs.map((p) => T.basis[p.basis]))].join("، ")}. رقم‌هایی که زمانشان بازه‌ای چندساله است با هیچ رقمی تطبیق داده نمی‌شوند.`,
    ...(d.pairs.some(estimated) ? [NOTE_EST] : []),
    // A figure's own caveat (a headline-only number, a year not yet complete) goes with its share.
    ...d.pairs
      .filter((p) => p.lorestan.note_fa || p.iran.note_fa)
      .map((p) => `${p.indicator.name_fa} (${p.when}): ${[p.lorestan.note_fa, p.iran.note_fa].filter(Boolean).join(" ")}`),
    NOTE_EXCLUDED,
  ],
};
export default chart;
