/**
 * Derived tables for the county pages and the county map: which figures, sources, cooperatives
 * and lists belong to each county, by year, and how the counties join to the map's polygons.
 * Pure functions of the model (the boundary file is read once, lazily, from the project).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Model, Figure, Place, Source } from "./model.ts";
import { sourcesOf } from "./sources.ts";
import { group } from "d3-array";

/** A county polygon of `src/geo/lorestan-counties.geojson` (only what the site uses). */
export interface CountyShape {
  type: "Feature";
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown };
  properties: { id: string; name_fa: string; name_en: string; includes?: string; [k: string]: unknown };
}
export interface CountyShapes {
  type: "FeatureCollection";
  features: CountyShape[];
}

let shapesCache: CountyShapes | undefined;

/**
 * The county boundaries. Read with fs (not imported) so the same code runs in Astro, vitest and
 * plain tsx scripts (the press kit renders charts outside Vite); the build runs from the project root.
 */
export function countyShapes(path = resolve(process.cwd(), "src/geo/lorestan-counties.geojson")): CountyShapes {
  if (!shapesCache) shapesCache = JSON.parse(readFileSync(path, "utf8")) as CountyShapes;
  return shapesCache;
}


const faCollator = new Intl.Collator("fa");

/** The counties (places of kind `county`), in Persian alphabetical order. */
export function counties(model: Model): Place[] {
  return model.data.places.filter((p) => p.kind === "county").sort((a, b) => faCollator.compare(a.name_fa, b.name_fa));
}

/** Period order, unknown periods last, then by id (stable across builds). */
export const byPeriod = (a: Figure, b: Figure): number =>
  (a.period ?? "9999").localeCompare(b.period ?? "9999") || a.indicator_id.localeCompare(b.indicator_id) || a.id.localeCompare(b.id);

export interface CountyEntry {
  place: Place;
  figures: Figure[];
  sources: Source[];
  /** Jalali years with at least one figure (by the year the period starts), ascending. */
  years: number[];
  /** Figures per year (same keys as `years`). */
  byYear: Map<number, Figure[]>;
  /** Figures whose period is unknown (no year page; listed on the county page). */
  undated: Figure[];
  cooperatives: Model["data"]["cooperatives"];
  lists: Model["data"]["lists"];
}

const entries = new WeakMap<Model, Map<string, CountyEntry>>();

/** Everything about each county, computed once per model (the year pages scale with data size). */
export function countyEntries(model: Model): Map<string, CountyEntry> {
  const hit = entries.get(model);
  if (hit) return hit;
  const perPlace = group(model.figures, (f) => f.place_id);
  const coopsOf = group(model.data.cooperatives, (c) => c.place_id);
  const listsOf = group(model.data.lists, (l) => l.place_id);
  const result = new Map<string, CountyEntry>();
  for (const place of counties(model)) {
    const figures = (perPlace.get(place.id) ?? []).slice().sort(byPeriod);
    const byYear = group(
      figures.filter((f) => f.year !== undefined),
      (f) => f.year!,
    );
    result.set(place.id, {
      place,
      figures,
      sources: sourcesOf(figures),
      years: [...byYear.keys()].sort((a, b) => a - b),
      byYear,
      undated: figures.filter((f) => f.year === undefined),
      cooperatives: coopsOf.get(place.id) ?? [],
      lists: listsOf.get(place.id) ?? [],
    });
  }
  entries.set(model, result);
  return result;
}

/** One polygon of the map and the counties whose figures it stands for. */
export interface MapArea {
  shape: CountyShape;
  /** Usually one county; Pol-e Dokhtar's polygon also holds Mamulan (split off in 1401). */
  places: Place[];
}

/**
 * Joins polygons to counties: by `geo_id`, plus counties without a polygon that the polygon says
 * it includes (the `includes` property, e.g. "Pol-e Dokhtar + Mamulan", matched on `name_en`).
 * Counties matched to no polygon are returned separately so the page can say so.
 */
export function mapAreas(model: Model, shapes: CountyShapes = countyShapes()): { areas: MapArea[]; unmapped: Place[] } {
  const list = counties(model);
  const used = new Set<string>();
  const areas = shapes.features.map((shape) => {
    const direct = list.filter((p) => p.geo_id === shape.properties.id);
    const named = (shape.properties.includes ?? "").split("+").map((s) => s.trim().toLowerCase()).filter(Boolean);
    const inside = list.filter((p) => !p.geo_id && named.includes(p.name_en.toLowerCase()));
    const places = [...direct, ...inside];
    for (const p of places) used.add(p.id);
    return { shape, places };
  });
  return { areas, unmapped: list.filter((p) => !used.has(p.id)) };
}

/** The polygon a county without its own polygon is drawn inside, if any. */
export function containingArea(model: Model, placeId: string, shapes: CountyShapes = countyShapes()): MapArea | undefined {
  return mapAreas(model, shapes).areas.find((a) => a.places.some((p) => p.id === placeId) && a.shape.properties.id !== model.places.get(placeId)?.geo_id);
}
