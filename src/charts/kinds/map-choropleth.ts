/**
 * A choropleth of Lorestan's counties, drawn at build time with Plot.geo. Built for counts
 * (whole numbers >= 1): classes follow a 1-2-5 sequence so the legend reads plainly. A county
 * without data is hatched and named "no data" in the legend: it is never drawn as zero.
 * The OpenStreetMap credit (ODbL) is drawn into the SVG so downloads and embeds carry it.
 */
import * as Plot from "@observablehq/plot";
import { max } from "d3-array";
import type { Model } from "../../data/model.ts";
import type { ChartModule, Column, Prepared, Theme, Txt } from "../types.ts";
import { BASE, WIDE_FROM, labelWidth } from "../plot-kit.ts";
import { outletsTitle } from "../mark-title.ts";
import { countyEntries, countyShapes, mapAreas, type CountyEntry, type CountyShapes, type MapArea } from "../../data/counties.ts";
import { both, kitFor, titled, type Kit } from "../lang-kit.ts";
import { chartTitle } from "../../i18n/chart-titles.ts";
import type { Lang } from "../../i18n/lang.ts";

/** A class's range in the legend, in one edition: "1", "2–4". */
export const classLabel = (c: Pick<MapClass, "lo" | "hi">, k: Kit = kitFor("fa")): string => k.s.map.range(k.num(c.lo), k.num(c.hi));

export interface ChoroplethConfig {
  /** Also the key of its title, subtitle and value label (`unitLabel`) in i18n/chart-titles.ts. */
  id: string;
  theme: Theme;
  /** The mapped value of one county; undefined when the county has no data (never 0 for "none"). */
  value: (entry: CountyEntry) => number | undefined;
  /** Further table columns per county (plain values); their headers per edition. */
  extra?: { columns: Column[]; row: (entry: CountyEntry) => Record<string, string | number | null>; labels: (lang: Lang) => Record<string, string> };
  /** Summary sentences, from the prepared data, in one edition. */
  summarise: (d: ChoroplethData, lang: Lang) => string;
}

/** One class of the legend: counts from lo to hi inclusive, drawn in `color`. */
export interface MapClass {
  lo: number;
  hi: number;
  color: string;
}

export interface ChoroplethArea {
  area: MapArea;
  /** Sum over the counties the polygon stands for; undefined when none has data. */
  value?: number;
  /** The county's name (with the counties its polygon holds), in both editions. */
  label: Txt;
  cls?: number;
}

export interface ChoroplethData extends Prepared {
  /** One row per county (all of them, with or without data), in Persian alphabetical order. */
  counties: { entry: CountyEntry; value?: number }[];
  areas: ChoroplethArea[];
  classes: MapClass[];
  shapes: CountyShapes;
}

/** Sequential blues (ColorBrewer), readable for colour-blind readers; light to dark. */
export const MAP_COLORS = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;
/** The hatch for "no data": grey lines on a pale ground, unlike any class colour. */
export const NO_DATA = { ground: "#f0f0f0", line: "#8a8a8a" } as const;

/**
 * Class breaks for counts: 1, 2, 5, 10, 20, 50 ... up to the maximum; if that gives more classes
 * than colours, powers of ten only (1, 10, 100 ...).
 */
export function mapClasses(maxValue: number): MapClass[] {
  if (!(maxValue >= 1)) return [];
  // Edges up to and including the first one above the maximum.
  const steps = (seq: number[]): number[] => {
    const edges: number[] = [];
    for (let k = 1; ; k *= 10) {
      for (const s of seq) {
        edges.push(s * k);
        if (s * k > maxValue) return edges;
      }
    }
  };
  let edges = steps([1, 2, 5]);
  if (edges.length - 1 > MAP_COLORS.length) edges = steps([1]);
  const n = edges.length - 1;
  // Spread the colours over the ramp so few classes still differ clearly.
  const colorAt = (i: number) => MAP_COLORS[n === 1 ? MAP_COLORS.length - 2 : Math.round((i * (MAP_COLORS.length - 1)) / (n - 1))];
  return edges.slice(0, -1).map((lo, i) => {
    const hi = Math.min(edges[i + 1] - 1, i === n - 1 ? maxValue : Infinity);
    return { lo, hi, color: colorAt(i) };
  });
}

export const classOf = (classes: MapClass[], v: number): number => classes.findIndex((c) => v >= c.lo && v <= c.hi);

export function prepareChoropleth(model: Model, cfg: ChoroplethConfig, shapes: CountyShapes = countyShapes()): ChoroplethData {
  const entries = countyEntries(model);
  const countiesRows = [...entries.values()].map((entry) => ({ entry, value: cfg.value(entry) }));
  const valueOf = new Map(countiesRows.map((c) => [c.entry.place.id, c.value]));
  const { areas } = mapAreas(model, shapes);
  const withValues = areas.map((area) => {
    const vals = area.places.map((p) => valueOf.get(p.id)).filter((v): v is number => v !== undefined);
    const [first, ...rest] = area.places;
    const label = both((k) =>
      first ? (rest.length ? k.s.map.withInside(k.name(first), rest.map((p) => k.name(p))) : k.name(first)) : k.lang === "fa" ? area.shape.properties.name_fa : (area.shape.properties.name_en ?? area.shape.properties.name_fa),
    );
    return { area, value: vals.length ? vals.reduce((a, b) => a + b, 0) : undefined, label };
  });
  const classes = mapClasses(max(withValues, (a) => a.value) ?? 0);
  const extraCols = cfg.extra?.columns ?? [];
  return {
    counties: countiesRows,
    areas: withValues.map((a) => ({ ...a, cls: a.value === undefined ? undefined : classOf(classes, a.value) })),
    classes,
    shapes,
    figures: countiesRows.flatMap((c) => c.entry.figures),
    columns: [{ key: "county" }, { key: "value", numeric: true }, ...extraCols],
    rows: countiesRows.map((c) => ({ county: c.entry.place.id, value: c.value ?? null, ...(cfg.extra?.row(c.entry) ?? {}) })),
    empty: countiesRows.length === 0 ? "noCounties" : undefined,
  };
}

const SVG_NS = "http://www.w3.org/2000/svg";
const LEGEND = { font: 15, swatch: 16, gap: 6, itemGap: 18, row: 26, title: 24 } as const;

interface LegendItem {
  label: string;
  fill: string;
  x: number;
  row: number;
}

/**
 * Lays the legend out right to left (Persian; `x` is each item's right edge) or left to right
 * (English; `x` is its left edge), wrapping into rows that fit the width.
 */
export function legendLayout(items: { label: string; fill: string }[], width: number, margin = 8, rtl = true): { items: LegendItem[]; height: number } {
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

function el(doc: Document, name: string, attrs: Record<string, string | number>, text?: string): Element {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export function renderChoropleth(d: ChoroplethData, cfg: ChoroplethConfig, width: number, document: Document, lang: Lang = "fa"): Element {
  const k = kitFor(lang);
  const M = k.s.map;
  const valueLabel = chartTitle(cfg.id, lang).unitLabel ?? "";
  // Unique per drawing: a page may hold the same map at two widths, one hidden by CSS, and a
  // pattern inside a hidden SVG does not paint.
  const patternId = `${cfg.id}-nodata-${width}`;
  const noDataFill = `url(#${patternId})`;
  const legendItems = [
    ...d.classes.map((c) => ({ label: classLabel(c, k), fill: c.color })),
    ...(d.areas.some((a) => a.value === undefined) ? [{ label: M.noData, fill: noDataFill }] : []),
  ];
  const legend = legendLayout(legendItems, width, 8, k.rtl);
  const geometry = (a: ChoroplethArea) => a.area.shape;
  // Per-county tooltip: the name(s), the mapped value, the years and the outlets behind it.
  const entryOf = new Map(d.counties.map((c) => [c.entry.place.id, c.entry]));
  const yearRange = (lo: number, hi: number) => k.mark.years(k.digits(lo), k.digits(hi));
  const title = (a: ChoroplethArea) => {
    const entries = a.area.places.map((p) => entryOf.get(p.id)).filter((e) => e !== undefined);
    const years = entries.flatMap((e) => e.years);
    const figures = entries.flatMap((e) => e.figures);
    return [
      k.t(a.label).replace(/\n/g, " "),
      `${valueLabel}: ${a.value === undefined ? k.mark.noData : k.num(a.value)}`,
      ...(years.length ? [`${k.mark.period}: ${yearRange(Math.min(...years), Math.max(...years))}`] : []),
      ...(figures.length ? [`${k.mark.sources}: ${outletsTitle(figures, 3, k)}`] : []),
    ].join("\n");
  };
  const outline = { stroke: "#ffffff", strokeWidth: 1.5, strokeLinejoin: "round" } as const;

  // Pattern, legend and credit: drawn in pixel space by one custom mark (Plot has no legend inside the SVG).
  const decorations = (_i: number[], _s: unknown, _v: unknown, dim: { width: number; height: number; marginBottom: number }) => {
    const g = el(document, "g", { class: "map-decor" });
    const defs = el(document, "defs", {});
    const pattern = el(document, "pattern", { id: patternId, patternUnits: "userSpaceOnUse", width: 7, height: 7, patternTransform: "rotate(45)" });
    pattern.append(el(document, "rect", { width: 7, height: 7, fill: NO_DATA.ground }), el(document, "line", { x1: 0, y1: 0, x2: 0, y2: 7, stroke: NO_DATA.line, "stroke-width": 2.5 }));
    defs.append(pattern);
    g.append(defs);
    // Persian: legend from the right edge, credit at the left; English: the mirror.
    const anchor = k.rtl ? "end" : "start";
    g.append(el(document, "text", { x: k.rtl ? dim.width - 8 : 8, y: 16, "text-anchor": anchor, "font-weight": 700, "font-size": LEGEND.font, fill: "currentColor" }, k.isolate(valueLabel)));
    for (const it of legend.items) {
      const y = LEGEND.title + it.row * LEGEND.row;
      const swatchX = k.rtl ? it.x - LEGEND.swatch : it.x;
      const textX = k.rtl ? it.x - LEGEND.swatch - LEGEND.gap : it.x + LEGEND.swatch + LEGEND.gap;
      g.append(el(document, "rect", { x: swatchX, y: y + 2, width: LEGEND.swatch, height: LEGEND.swatch, fill: it.fill, stroke: "#767676", "stroke-width": 0.5 }));
      g.append(el(document, "text", { x: textX, y: y + 15, "text-anchor": anchor, "font-size": LEGEND.font, fill: "currentColor" }, k.isolate(it.label)));
    }
    g.append(
      el(document, "text", { x: k.rtl ? 8 : dim.width - 8, y: dim.height - 6, "text-anchor": k.rtl ? "start" : "end", "font-size": 11, fill: "currentColor" }, k.isolate(M.credit)),
    );
    return g as unknown as SVGElement;
  };

  // On a phone-width drawing the small central counties (Chegeni, Selseleh, Rumeshkan) are too
  // close for names: label values only there; the county names are in the table and list below.
  const narrow = width < 480;
  const labelSize = narrow ? 12 : 14;
  const areaLabel = (a: ChoroplethArea) =>
    [...(narrow ? [] : k.t(a.label).split("\n")), ...(a.value === undefined ? [] : [k.num(a.value)])].map(k.isolate).join("\n");
  const byClass = d.classes.map((c, i) => Plot.geo(d.areas.filter((a) => a.cls === i), { geometry, fill: c.color, ...outline, title, className: `map-c${i}` }));
  const svg = Plot.plot({
    ...BASE,
    document,
    width,
    // The province is about as tall as it is wide: a desktop-wide drawing keeps the card's width
    // (legend on one row at the right edge, credit at the left) and Plot centres the map in 400px,
    // so the drawing is no taller than the 640px one (~490px), which the embed height relies on.
    ...(width >= WIDE_FROM ? { height: legend.height + 22 + 400 } : {}),
    marginTop: legend.height,
    marginBottom: 22,
    marginLeft: 8,
    marginRight: 8,
    projection: { type: "mercator", domain: { type: "FeatureCollection", features: d.shapes.features } as never },
    marks: [
      Plot.geo(d.areas.filter((a) => a.value === undefined), { geometry, fill: noDataFill, ...outline, title, className: "map-nodata" }),
      ...byClass,
      // Halo and text as two marks (not paint-order, which Chromium ignored here in dark mode):
      // the labels sit on the same fills in both colour schemes, so they stay dark on white.
      ...[
        { className: "map-halo", fill: "none", stroke: "#ffffff", strokeWidth: 3.5 },
        { className: "map-label", fill: "#111111" },
      ].map((paint) => Plot.text(d.areas, Plot.centroid({ geometry, text: areaLabel, fontSize: labelSize, lineHeight: 1.1, strokeLinejoin: "round", ...paint }))),
      decorations as never,
    ],
  });
  // Tenths of a pixel are finer than any screen shows; the boundary paths are most of the page's bytes.
  for (const path of svg.querySelectorAll("g[class^='map-'] path")) {
    path.setAttribute("d", path.getAttribute("d")!.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)));
  }
  return svg;
}

const OSM_COPYRIGHT = "https://www.openstreetmap.org/copyright";

export function choropleth(cfg: ChoroplethConfig): ChartModule<ChoroplethData> {
  const t = titled(cfg.id, (k) => ({
    columns: { value: chartTitle(cfg.id, k.lang).unitLabel ?? "", ...(cfg.extra?.labels(k.lang) ?? {}) },
    credit: { text: k.s.map.creditLine(k.s.map.credit), href: OSM_COPYRIGHT },
  }));
  return {
    id: cfg.id,
    theme: cfg.theme,
    ...t,
    prepare: (model) => prepareChoropleth(model, cfg),
    summary: (d, lang = "fa") => cfg.summarise(d, lang),
    render: (d, { width, document, lang }) => renderChoropleth(d, cfg, width, document, lang),
    credit: t.text("fa").credit,
    notes: (d, lang) => {
      const k = kitFor(lang);
      const M = k.s.map;
      const multi = d.areas.filter((a) => a.area.places.length > 1);
      return [
        M.hatched(M.noData),
        ...multi.map((a) => M.merged(k.name(a.area.places[0]), a.area.places.slice(1).map((p) => k.name(p)).join(M.and), k.digits(a.area.places.length))),
        M.unofficial(M.credit),
      ];
    },
  };
}
