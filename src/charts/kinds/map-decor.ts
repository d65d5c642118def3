/**
 * The county map's decorations, drawn in pixel space by one custom Plot mark: the "no data"
 * hatch pattern, the legend (title and class swatches) and the OpenStreetMap credit. Persian
 * reads the legend from the right edge with the credit at the left; English is the mirror.
 */
import { svgEl as el } from "../kit/svg.ts";
import { LEGEND, type LegendItem } from "../kit/legend.ts";
import type { Kit } from "../kit/lang.ts";
import { NO_DATA } from "./map-classes.ts";

export interface MapDecor {
  /** Unique per drawing (a page may hold the same map at two widths, one hidden by CSS). */
  patternId: string;
  valueLabel: string;
  legend: { items: LegendItem[] };
  k: Kit;
}

type Dim = { width: number; height: number; marginBottom: number };

export const mapDecorations =
  (document: Document, { patternId, valueLabel, legend, k }: MapDecor) =>
  (_i: number[], _s: unknown, _v: unknown, dim: Dim): SVGElement => {
    const g = el(document, "g", { class: "map-decor" });
    const defs = el(document, "defs", {});
    const pattern = el(document, "pattern", {
      id: patternId,
      patternUnits: "userSpaceOnUse",
      width: 7,
      height: 7,
      patternTransform: "rotate(45)",
    });
    pattern.append(
      el(document, "rect", { width: 7, height: 7, fill: NO_DATA.ground }),
      el(document, "line", { x1: 0, y1: 0, x2: 0, y2: 7, stroke: NO_DATA.line, "stroke-width": 2.5 }),
    );
    defs.append(pattern);
    g.append(defs);
    const anchor = k.rtl ? "end" : "start";
    const titleAttrs = {
      x: k.rtl ? dim.width - 8 : 8,
      y: 16,
      "text-anchor": anchor,
      "font-weight": 700,
      "font-size": LEGEND.font,
      fill: "currentColor",
    };
    g.append(el(document, "text", titleAttrs, k.isolate(valueLabel)));
    for (const it of legend.items) {
      const y = LEGEND.title + it.row * LEGEND.row;
      const swatchX = k.rtl ? it.x - LEGEND.swatch : it.x;
      const textX = k.rtl ? it.x - LEGEND.swatch - LEGEND.gap : it.x + LEGEND.swatch + LEGEND.gap;
      const swatch = {
        x: swatchX,
        y: y + 2,
        width: LEGEND.swatch,
        height: LEGEND.swatch,
        fill: it.fill,
        stroke: "#767676",
        "stroke-width": 0.5,
      };
      g.append(el(document, "rect", swatch));
      g.append(
        el(
          document,
          "text",
          { x: textX, y: y + 15, "text-anchor": anchor, "font-size": LEGEND.font, fill: "currentColor" },
          k.isolate(it.label),
        ),
      );
    }
    const creditAttrs = {
      x: k.rtl ? 8 : dim.width - 8,
      y: dim.height - 6,
      "text-anchor": k.rtl ? "start" : "end",
      "font-size": 11,
      fill: "currentColor",
    };
    g.append(el(document, "text", creditAttrs, k.isolate(k.s.map.credit)));
    return g as unknown as SVGElement;
  };
