/**
 * Everything a chart kind needs to write in one edition, in one object: the string tables, the
 * number, figure and period formats, names of places, outlets and the like, the bidi isolate of
 * the drawing's text, and which way the drawing runs. Kinds take a `Kit` (`kitFor(lang)`) instead
 * of importing Persian helpers, so one drawing function serves both editions.
 */
import type { Lang } from "../../i18n/lang.ts";
import { CHART_STRINGS, type ChartStrings } from "../../i18n/charts.ts";
import { MARKS } from "../../i18n/marks.ts";
import { UNIT_WORDS, type UnitWords } from "../../i18n/units.ts";
import { digits, formatFigure, formatNumber, formatPercent, formatPeriod, gregorianSpan, type FigureLike } from "../../lib/format.ts";
import type { Figure, Source } from "../../data/model.ts";
import { periodLabel } from "../period-label.ts";
import type { ChartText, Txt } from "../types.ts";
import { chartTitle } from "../../i18n/chart-titles.ts";

/** Right-to-left isolate (see kit/plot.ts: RLI, not FSI, so a Persian "1400 *" keeps its asterisk on the left). */
const RLI = (s: string): string => `\u2067${s}\u2069`;
/** Left-to-right isolate: English labels stay in order whatever they start with. */
const LRI = (s: string): string => `\u2066${s}\u2069`;

export interface Kit {
  lang: Lang;
  /** Persian drawings run right to left (time from right, value axis and labels on the right). */
  rtl: boolean;
  s: ChartStrings;
  mark: (typeof MARKS)["fa"];
  w: UnitWords;
  num(n: number): string;
  digits(s: string | number): string;
  percent(n: number): string;
  /** The figure as printed: "more than 6 billion tomans" (in Persian words and digits in fa). */
  figure(o: FigureLike, countNoun?: string): string;
  /** A period for tooltips and summaries (lib/format.ts formatPeriod). */
  period(p?: string, e?: string): string;
  /** A period in words (charts/period-label.ts). */
  periodLabel(p?: string, e?: string): string;
  /** The qualifier and the number in the display unit: "amounting to 25.84". */
  valueLabel(f: Pick<Figure, "qualifier" | "display">): string;
  /** The outlet's short name: "IRNA" (its Persian short name in fa). */
  outlet(s: Pick<Source, "outlet_fa" | "outlet_en">): string;
  /** A place's, indicator's or other entity's name in this edition. */
  name(x: { name_fa: string; name_en: string } | undefined, fallback?: string): string;
  /** Bidi isolate of drawn text in the edition's direction. */
  isolate(s: string): string;
  /** Isolated tick label. */
  tick(n: number): string;
  /**
   * A Jalali year on a time axis: the Persian digits of the year in Persian; in English the Gregorian years it spans,
   * «2020–21», as the English tables give them beside the Jalali year.
   */
  yearTick(y: number): string;
  /** A text pair's half in this edition. */
  t(x: Txt): string;
}

/**
 * An outlet's short name: the name in brackets of a Persian name (IRNA's acronym), else the name
 * without "news agency" (i18n/charts.ts names.outletDrop); "IRNA" from "IRNA (Islamic Republic
 * News Agency)", "Mehr" from "Mehr News Agency".
 */
export function outletShortOf(s: { outlet_fa: string; outlet_en?: string }, lang: Lang): string {
  const drop = CHART_STRINGS[lang].names.outletDrop;
  if (lang === "fa") {
    const inParens = s.outlet_fa.match(/\(([^)]+)\)/);
    if (inParens) return inParens[1];
    return s.outlet_fa.replace(drop, "");
  }
  return (s.outlet_en ?? s.outlet_fa)
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .trim()
    .replace(drop, "");
}

function makeKit(lang: Lang): Kit {
  const iso = lang === "fa" ? RLI : LRI;
  const w = UNIT_WORDS[lang];
  return {
    lang,
    rtl: lang === "fa",
    s: CHART_STRINGS[lang],
    mark: MARKS[lang],
    w,
    num: (n) => formatNumber(n, lang),
    digits: (s) => digits(s, lang),
    percent: (n) => formatPercent(n, lang),
    figure: (o, noun) => formatFigure(o, lang, noun),
    period: (p, e) => formatPeriod(p, e, lang),
    periodLabel: (p, e) => periodLabel(p, e, lang),
    valueLabel: (f) => [w.qualifier[f.qualifier], formatNumber(f.display, lang)].filter(Boolean).join(" "),
    outlet: (s) => outletShortOf(s, lang),
    name: (x, fallback = "") => (x ? (lang === "fa" ? x.name_fa : x.name_en) : fallback),
    isolate: iso,
    tick: (n) => iso(formatNumber(n, lang)),
    yearTick: (y) => iso(lang === "fa" ? digits(y, lang) : gregorianSpan(String(y))),
    t: (x) => x[lang],
  };
}

const KITS: Record<Lang, Kit> = { fa: makeKit("fa"), en: makeKit("en") };

/** The kit of one edition (Persian by default). */
export const kitFor = (lang: Lang = "fa"): Kit => KITS[lang];

/** A text pair written once for both editions: `both((k) => k.periodLabel(f.period))`. */
export const both = (f: (k: Kit) => string): Txt => ({ fa: f(KITS.fa), en: f(KITS.en) });

/**
 * The title part of a registry chart module, from i18n/chart-titles.ts by its id: `text(lang)`
 * and the Persian `title` and `subtitle`. `extra` adds the chart's own column headers, empty
 * reason or credit per edition.
 */
export function titled(
  id: string,
  extra: (k: Kit) => Partial<ChartText> = () => ({}),
): { text: (lang: Lang) => ChartText; title: string; subtitle: string } {
  const text = (lang: Lang): ChartText => {
    const t = chartTitle(id, lang);
    return { title: t.title, subtitle: t.subtitle, ...extra(kitFor(lang)) };
  };
  const fa = text("fa");
  return { text, title: fa.title, subtitle: fa.subtitle };
}
