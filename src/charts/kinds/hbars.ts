/**
 * Horizontal bars, drawn with Plot. Persian: bars grow from the right edge to the left (x
 * reversed), row labels sit in the right margin aligned to the right edge; English is the mirror
 * (bars from the left, labels in the left margin). Value labels sit just beyond each bar's tip
 * (never on a bar), and group headings get rows of their own.
 * On narrow charts (phones) each label moves onto its own line above its bar, so the bars keep
 * the full width instead of being squeezed beside wrapped labels.
 * Every bar kind (events, periods, groups) prepares rows of `HBar` and draws them here, so the
 * RTL layout and the no-overlap margins are worked out once; rows are laid out in pixels.
 */
import * as Plot from "@observablehq/plot";
import { max } from "d3-array";
import { BASE, PALETTE, labelWidth, lineCount, seriesClass, type Series } from "../kit/plot.ts";
import { kitFor } from "../kit/lang.ts";
import type { Lang } from "../../i18n/lang.ts";
import type { Txt } from "../types.ts";

/** Text of a bar: one string (both editions alike, or a test's), or a pair written by `prepare`. */
export type BarText = string | Txt;
const pick = (x: BarText, lang: Lang): string => (typeof x === "string" ? x : x[lang]);

export interface HBar {
  /** Unique row key. */
  key: string;
  /** Row label (`\n` breaks lines). Long labels are wrapped to fit. */
  label: BarText;
  /** A group heading: bold, no bar, may run across the plot area. */
  header?: boolean;
  /** Bar length in data units; absent for headings. */
  value?: number;
  /** Text at the bar's tip (qualifier included): "more than 6". */
  text?: BarText;
  /** Colour series; default s1. */
  series?: Series;
  /** Period inferred, not stated: drawn pale with a dashed outline. */
  estimate?: boolean;
  /** The bar's tooltip (its SVG <title>): the figure as published, period, outlet. */
  title?: BarText;
}

/** A bar's text in one edition. */
export function barIn(b: HBar, lang: Lang): HBarText {
  return {
    ...b,
    label: pick(b.label, lang),
    text: b.text === undefined ? undefined : pick(b.text, lang),
    title: b.title === undefined ? undefined : pick(b.title, lang),
  };
}

/** A bar with its text in one edition. */
export interface HBarText extends Omit<HBar, "label" | "text" | "title"> {
  label: string;
  text?: string;
  title?: string;
}

export interface HBarsOptions {
  width: number;
  document: Document;
  /** The edition (default fa): Persian bars run right to left, English left to right. */
  lang?: Lang;
  /** Label of the value axis (the unit); omit for no label. */
  unitLabel?: string;
  /** Draw the value axis and grid (false when bars are scaled per group). */
  axis?: boolean;
}

/** Below this width, labels go above their bars. */
export const NARROW = 480;
const FONT = 13;
const VALUE_FONT = 12;
const LINE = 17;
const BAR = 22;

/** Breaks a label at spaces so no line is wider than `maxPx` (single words are never split). */
export function wrapLabel(label: string, maxPx: number, px = FONT): string {
  return label
    .split("\n")
    .flatMap((line) => {
      if (labelWidth(line, px) <= maxPx) return [line];
      const out: string[] = [];
      let cur = "";
      for (const word of line.split(" ")) {
        const next = cur ? `${cur} ${word}` : word;
        if (cur && labelWidth(next, px) > maxPx) {
          out.push(cur);
          cur = word;
        } else cur = next;
      }
      if (cur) out.push(cur);
      return out;
    })
    .join("\n");
}

/** A laid-out row: where its label and its bar go, in pixels from the top of the plot area. */
export interface Row extends HBarText {
  /** Label drawn beside the bar (wide) or above it (narrow). */
  labelY: number;
  bold: boolean;
  barY1?: number;
  barY2?: number;
}

/**
 * Layout numbers, exported so tests can check that labels and bars cannot meet. `labelMargin` is
 * the side of the row labels (right in Persian, left in English), `valueMargin` the other side.
 */
export function hbarsLayout(input: HBar[], width: number, axis = true, lang: Lang = "fa") {
  const bars = input.map((b) => barIn(b, lang));
  const rtl = lang === "fa";
  const narrow = width < NARROW;
  const full = width - 12;
  const side = Math.round(width * 0.42);
  const valueMargin = Math.ceil(Math.max(16, ...bars.filter((b) => b.text).map((b) => labelWidth(b.text!, VALUE_FONT) + 10)));
  const rows: Row[] = [];
  let y = 0;
  for (const b of bars) {
    const label = wrapLabel(b.label, b.header || narrow ? full : side);
    const lines = lineCount(label);
    if (b.header) {
      const h = lines * LINE + 14;
      rows.push({ ...b, label, bold: true, labelY: y + h - (lines * LINE) / 2 - 4 });
      y += h;
    } else if (narrow) {
      const h = lines * LINE + BAR + 10;
      rows.push({
        ...b,
        label,
        bold: false,
        labelY: y + (lines * LINE) / 2 + 2,
        barY1: y + lines * LINE + 4,
        barY2: y + lines * LINE + 4 + BAR,
      });
      y += h;
    } else {
      const h = Math.max(BAR + 10, lines * LINE + 10);
      rows.push({ ...b, label, bold: false, labelY: y + h / 2, barY1: y + (h - BAR) / 2, barY2: y + (h + BAR) / 2 });
      y += h;
    }
  }
  const labelMargin = narrow ? 6 : Math.ceil(Math.max(48, ...rows.filter((r) => !r.header).map((r) => labelWidth(r.label) + 14)));
  const marginTop = 4;
  // Narrow: the unit label sits under the ticks rather than beside them, so it needs a line more.
  const marginBottom = axis ? (narrow ? 52 : 44) : 6;
  return {
    rows,
    narrow,
    rtl,
    labelMargin,
    valueMargin,
    marginRight: rtl ? labelMargin : valueMargin,
    marginLeft: rtl ? valueMargin : labelMargin,
    marginTop,
    marginBottom,
    plotHeight: y,
    height: marginTop + marginBottom + y,
  };
}

export function renderHBars(bars: HBar[], { width, document, unitLabel, axis = true, lang = "fa" }: HBarsOptions): Element {
  const k = kitFor(lang);
  const L = hbarsLayout(bars, width, axis, lang);
  const withBar = L.rows.filter((b) => b.value !== undefined);
  const top = max(withBar, (b) => b.value!) ?? 1;
  const series = [...new Set(withBar.map((b) => b.series ?? "s1"))];
  const barMarks = series.flatMap((s) => {
    const colour = PALETTE[s];
    const cls = seriesClass(s);
    const of = (est: boolean) => withBar.filter((b) => (b.series ?? "s1") === s && !!b.estimate === est);
    const common = { x1: 0, x2: "value", y1: "barY1", y2: "barY2", inset: 0, title: "title" } as const;
    return [
      Plot.rect(of(false), { ...common, fill: colour, className: cls }),
      Plot.rect(of(true), {
        ...common,
        fill: colour,
        fillOpacity: 0.3,
        stroke: colour,
        strokeWidth: 1.5,
        strokeDasharray: "4,3",
        className: `${cls} est`,
      }),
    ];
  });
  // Labels end at the chart's outer edge (right in Persian, left in English): in the label margin
  // (wide) or above the bar (narrow).
  const label = (rows: Row[], bold: boolean) =>
    Plot.text(rows, {
      y: "labelY",
      text: (b: Row) => b.label.split("\n").map(k.isolate).join("\n"),
      frameAnchor: L.rtl ? "right" : "left",
      textAnchor: L.rtl ? "end" : "start",
      lineAnchor: "middle",
      dx: L.rtl ? L.labelMargin - 6 : -(L.labelMargin - 6),
      fontSize: FONT,
      fontWeight: bold ? 700 : 400,
      className: bold ? "row-label header" : "row-label",
    });
  return Plot.plot({
    ...BASE,
    document,
    width,
    height: L.height,
    marginLeft: L.marginLeft,
    marginRight: L.marginRight,
    marginTop: L.marginTop,
    marginBottom: L.marginBottom,
    x: {
      domain: [0, top],
      nice: axis,
      reverse: L.rtl,
      axis: axis ? "bottom" : null,
      tickFormat: k.tick,
      // One tick per 70px, or per widest tick label and a gap when labels are wider (large numbers
      // on a desktop drawing would otherwise touch).
      ticks: Math.max(2, Math.floor((width - L.marginLeft - L.marginRight) / Math.max(70, labelWidth(k.num(top)) + 16))),
      label: axis && unitLabel ? k.isolate(unitLabel) : null,
      labelAnchor: L.rtl ? "right" : "left",
      labelArrow: "none",
      labelOffset: L.narrow ? 44 : 36,
    },
    // Pixels from the top of the plot area: the layout above decides every row's place.
    y: { domain: [0, L.plotHeight], range: [L.marginTop, L.marginTop + L.plotHeight], axis: null },
    marks: [
      axis ? Plot.gridX({ strokeOpacity: 0.12 }) : null,
      ...barMarks,
      Plot.ruleX([0], { strokeOpacity: 0.5 }),
      label(
        L.rows.filter((b) => !b.bold),
        false,
      ),
      label(
        L.rows.filter((b) => b.bold),
        true,
      ),
      Plot.text(
        withBar.filter((b) => b.text),
        {
          x: "value",
          y: (b: Row) => (b.barY1! + b.barY2!) / 2,
          text: (b: Row) => k.isolate(b.text!),
          textAnchor: L.rtl ? "end" : "start",
          dx: L.rtl ? -5 : 5,
          fontSize: VALUE_FONT,
          className: "value-label",
        },
      ),
    ],
  });
}
