/** A legend drawn inside the SVG (Plot's own legends are HTML, lost in downloads and embeds). */
import { labelWidth } from "./text-width.ts";

/** Sizes of a legend item, in pixels. */
export const LEGEND = { font: 15, swatch: 16, gap: 6, itemGap: 18, row: 26, title: 24 } as const;

export interface LegendItem {
  label: string;
  fill: string;
  x: number;
  row: number;
}

/**
 * Lays the legend out right to left (Persian; `x` is each item's right edge) or left to right
 * (English; `x` is its left edge), wrapping into rows that fit the width.
 */
export function legendLayout(
  items: { label: string; fill: string }[],
  width: number,
  margin = 8,
  rtl = true,
): { items: LegendItem[]; height: number } {
  const start = rtl ? width - margin : margin;
  const dir = rtl ? -1 : 1;
  let x = start;
  let row = 0;
  const out = items.map((it) => {
    const w = LEGEND.swatch + LEGEND.gap + labelWidth(it.label, LEGEND.font);
    const end = x + dir * w;
    if ((rtl ? end < margin : end > width - margin) && x !== start) {
      row += 1;
      x = start;
    }
    const item = { ...it, x, row };
    x += dir * (w + LEGEND.itemGap);
    return item;
  });
  return { items: out, height: LEGEND.title + (row + 1) * LEGEND.row + 6 };
}
