/**
 * Lorestan's share of Iran, computed here and only where the two figures describe the same time:
 * the same event for one-off packages, the same period for flows, the same single Jalali year for
 * stocks. A stock dated only as «1401 to 1403» matches nothing: a share of two different years
 * would be invented precision. Qualifiers carry through: "more than" over an exact national figure
 * makes the share "more than", an exact figure over "more than" makes it "less than".
 */
import { group } from "d3-array";
import { MAX_MARKS } from "../limits.ts";
import type { Model, Figure, Indicator } from "../../data/model.ts";
import type { ChartModule, Prepared } from "../types.ts";
import { outletsTitle } from "../kit/mark-title.ts";
import { periodKey, yearSpan } from "../period-label.ts";
import { EST_MARK } from "../kinds/figure-rows.ts";
import { eventLabelIn } from "../kinds/event-bars.ts";
import { renderHBars, type HBar } from "../kinds/hbars.ts";
import { both, kitFor, titled, type Kit } from "../kit/lang.ts";
import { CHART_MODULE_TEXT } from "../../i18n/chart-modules.ts";
import { chartTitle } from "../../i18n/chart-titles.ts";
import type { Lang } from "../../i18n/lang.ts";
import { OWN_EMPTY, type Txt } from "../types.ts";

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
  /** Where and when, in words ("1399 (2020–21)", "Fajr decade 1399"), in both editions. */
  when: Txt;
}

export interface ShareData extends Prepared {
  pairs: SharePair[];
}

const ID = "lorestan-share";
const text = (lang: Lang) => CHART_MODULE_TEXT[lang][ID];

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
  const usable = (f: Figure) =>
    f.chartable &&
    !f.sex &&
    !f.org_id &&
    !f.cooperative_id &&
    f.indicator.unit_kind !== "percent" &&
    !["threshold", "share", "single"].includes(f.indicator.measure);
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
  const basisOf = (ind: Indicator): SharePair["basis"] =>
    ind.measure === "package" ? "event" : ind.measure === "flow" ? "period" : "year";
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
  let found: Omit<SharePair, "when">[] = [];
  for (const l of lor) {
    const k = timeKey(l.indicator, l);
    if (k === undefined) continue;
    for (const i of irByTime.get(`${l.indicator_id}|${k}`) ?? []) {
      found.push({
        indicator: l.indicator,
        lorestan: l,
        iran: i,
        share: (l.display / i.display) * 100,
        qualifier: shareQualifier(l.qualifier, i.qualifier),
        basis: basisOf(l.indicator),
      });
    }
  }
  found.sort(
    (a, b) =>
      a.indicator.id.localeCompare(b.indicator.id) ||
      a.lorestan.period!.localeCompare(b.lorestan.period!) ||
      a.iran.id.localeCompare(b.iran.id),
  );
  // Bounded at any data size: past MAX_MARKS pairs, each indicator draws its newest two.
  const total = found.length;
  if (total > MAX_MARKS) found = [...group(found, (p) => p.indicator.id).values()].flatMap((ps) => ps.slice(-2));
  // Words (both editions) for the pairs drawn only.
  const pairs: SharePair[] = found.map((p) => {
    const { lorestan: l, basis } = p;
    const when = both((k) =>
      basis === "event"
        ? eventLabelIn(l.event, l, k)
        : k.periodLabel(basis === "year" ? String(singleYear(l)) : l.period, basis === "year" ? undefined : l.period_end),
    );
    return { ...p, when };
  });
  return {
    ...(pairs.length < total ? { capped: { shown: pairs.length, total, how: "newestItems" as const } } : {}),
    pairs,
    figures: [...new Set(pairs.flatMap((p) => [p.lorestan, p.iran]))],
    columns: [
      { key: "indicator" },
      { key: "basis" },
      { key: "lorestan_period" },
      { key: "lorestan_value", numeric: true },
      { key: "lorestan_source" },
      { key: "iran_period" },
      { key: "iran_value", numeric: true },
      { key: "iran_source" },
      { key: "share_qualifier" },
      { key: "share_percent", numeric: true },
    ],
    rows: pairs.map((p) => ({
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
    empty: pairs.length === 0 ? OWN_EMPTY : undefined,
  };
}

/** The share as printed: its qualifier and the percentage ("about 2.5%"). */
export const shareLabel = (p: SharePair, k: Kit = kitFor("fa")): string =>
  [k.w.qualifier[p.qualifier], k.percent(Math.round(p.share * 100) / 100)].filter(Boolean).join(" ");

const estimated = (p: SharePair) => p.lorestan.period_kind === "inferred" || p.iran.period_kind === "inferred";

function bars(d: ShareData, k: Kit): HBar[] {
  const base = (p: SharePair) => text(k.lang).label(k.name(p.indicator), k.t(p.when));
  return d.pairs.map((p) => {
    const twin = d.pairs.filter((q) => base(q) === base(p)).length > 1;
    const label = twin ? k.s.bar.withOutlet(base(p), k.outlet(p.iran.source)) : base(p);
    // Tooltip: the share, both figures as published, when, and both outlets.
    const title = [
      `${k.mark.share}: ${shareLabel(p, k)}`,
      `${k.mark.lorestan}: ${k.figure(p.lorestan)}${k.w.semicolon}${k.mark.iran}: ${k.figure(p.iran)}`,
      `${k.mark.period}: ${k.t(p.when)}${estimated(p) ? ` (${k.mark.inferred})` : ""}`,
      `${k.mark.source}: ${outletsTitle([p.lorestan, p.iran], 3, k)}`,
    ].join("\n");
    return {
      key: `${p.lorestan.id}/${p.iran.id}`,
      label: estimated(p) ? label + EST_MARK : label,
      value: p.share,
      text: shareLabel(p, k),
      series: "s1",
      estimate: estimated(p),
      title,
    };
  });
}

export function summary(d: ShareData, lang: Lang = "fa"): string {
  const k = kitFor(lang);
  const T = text(lang);
  const outlet = (f: Figure) => (lang === "fa" ? f.source.outlet_fa : f.source.outlet_en);
  const items = d.pairs.map((p) =>
    T.item(
      k.name(p.indicator),
      k.t(p.when),
      estimated(p),
      k.num(p.lorestan.display),
      k.num(p.iran.display),
      shareLabel(p, k),
      outlet(p.lorestan),
      outlet(p.iran),
    ),
  );
  return T.summary(d.pairs.length, items);
}

const chart: ChartModule<ShareData> = {
  id: ID,
  theme: "context",
  ...titled(ID, (k) => ({ empty: text(k.lang).empty, columns: text(k.lang).columns })),
  prepare,
  summary,
  render: (d, { width, document, lang = "fa" }) =>
    renderHBars(bars(d, kitFor(lang)), { width, document, lang, unitLabel: chartTitle(ID, lang).unitLabel }),
  notes: (d, lang = "fa") => {
    const k = kitFor(lang);
    const T = text(lang);
    const note = (f: Figure) => (lang === "fa" ? f.note_fa : f.note_en);
    return [
      T.assume,
      T.basisNote([...new Set(d.pairs.map((p) => k.s.cell.basis[p.basis]))]),
      ...(d.pairs.some(estimated) ? [k.s.bar.estimate] : []),
      // A figure's own caveat (a headline-only number, a year not yet complete) goes with its share.
      ...d.pairs
        .filter((p) => note(p.lorestan) || note(p.iran))
        .map((p) =>
          T.figureNote(
            k.name(p.indicator),
            k.t(p.when),
            [note(p.lorestan), note(p.iran)].filter((x): x is string => !!x),
          ),
        ),
      k.s.bar.excluded,
    ];
  },
};
export default chart;
