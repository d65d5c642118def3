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
import { BASE, WIDE_FROM } from "../kit/plot.ts";
import { legendLayout } from "../kit/legend.ts";
import { outletsTitle } from "../kit/mark-title.ts";
import { countyEntries, countyShapes, mapAreas, type CountyEntry, type CountyShapes, type MapArea } from "../../data/counties.ts";
import { both, kitFor, titled } from "../kit/lang.ts";
import { chartTitle } from "../../i18n/chart-titles.ts";
import type { Lang } from "../../i18n/lang.ts";
import { mapClasses, classOf, classLabel, type MapClass } from "./map-classes.ts";
import { mapDecorations } from "./map-decor.ts";

export interface ChoroplethConfig {
  /** Also the key of its title, subtitle and value label (`unitLabel`) in i18n/chart-titles.ts. */
  id: string;
  theme: Theme;
  /** The mapped value of one county; undefined when the county has no data (never 0 for "none"). */
  value: (entry: CountyEntry) => number | undefined;
  /** Further table columns per county (plain values); their headers per edition. */
  extra?: {
    columns: Column[];
    row: (entry: CountyEntry) => Record<string, string | number | null>;
    labels: (lang: Lang) => Record<string, string>;
  };
  /** Summary sentences, from the prepared data, in one edition. */
  summarise: (d: ChoroplethData, lang: Lang) => string;
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

export function prepareChoropleth(model: Model, cfg: ChoroplethConfig, shapes: CountyShapes = countyShapes()): ChoroplethData {
  const entries = countyEntries(model);
  const countiesRows = [...entries.values()].map((entry) => ({ entry, value: cfg.value(entry) }));
  const valueOf = new Map(countiesRows.map((c) => [c.entry.place.id, c.value]));
  const { areas } = mapAreas(model, shapes);
  const withValues = areas.map((area) => {
    const vals = area.places.map((p) => valueOf.get(p.id)).filter((v): v is number => v !== undefined);
    const [first, ...rest] = area.places;
    const label = both((k) =>
      first
        ? rest.length
          ? k.s.map.withInside(
              k.name(first),
              rest.map((p) => k.name(p)),
            )
          : k.name(first)
        : k.lang === "fa"
          ? area.shape.properties.name_fa
          : (area.shape.properties.name_en ?? area.shape.properties.name_fa),
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
  const decorations = mapDecorations(document, { patternId, valueLabel, legend, k });

  // On a phone-width drawing the small central counties (Chegeni, Selseleh, Rumeshkan) are too
  // close for names: label values only there; the county names are in the table and list below.
  const narrow = width < 480;
  const labelSize = narrow ? 12 : 14;
  const areaLabel = (a: ChoroplethArea) =>
    [...(narrow ? [] : k.t(a.label).split("\n")), ...(a.value === undefined ? [] : [k.num(a.value)])].map(k.isolate).join("\n");
  const byClass = d.classes.map((c, i) =>
    Plot.geo(
      d.areas.filter((a) => a.cls === i),
      { geometry, fill: c.color, ...outline, title, className: `map-c${i}` },
    ),
  );
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
      Plot.geo(
        d.areas.filter((a) => a.value === undefined),
        { geometry, fill: noDataFill, ...outline, title, className: "map-nodata" },
      ),
      ...byClass,
      // Halo and text as two marks (not paint-order, which Chromium ignored here in dark mode):
      // the labels sit on the same fills in both colour schemes, so they stay dark on white.
      ...[
        { className: "map-halo", fill: "none", stroke: "#ffffff", strokeWidth: 3.5 },
        { className: "map-label", fill: "#111111" },
      ].map((paint) =>
        Plot.text(
          d.areas,
          Plot.centroid({ geometry, text: areaLabel, fontSize: labelSize, lineHeight: 1.1, strokeLinejoin: "round", ...paint }),
        ),
      ),
      decorations as never,
    ],
  });
  // Tenths of a pixel are finer than any screen shows; the boundary paths are most of the page's bytes.
  for (const path of svg.querySelectorAll("g[class^='map-'] path")) {
    path.setAttribute(
      "d",
      path.getAttribute("d")!.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)),
    );
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
        ...multi.map((a) =>
          M.merged(
            k.name(a.area.places[0]),
            a.area.places
              .slice(1)
              .map((p) => k.name(p))
              .join(M.and),
            k.digits(a.area.places.length),
          ),
        ),
        M.unofficial(M.credit),
      ];
    },
  };
}
