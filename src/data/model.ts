/**
 * Derived tables: observations joined to their indicator, place, sources and officials, with
 * money converted once (to rials, then to billion toman for display). Pure: data in, model out.
 */
import type { Dataset, Row } from "../schemas/index.ts";
import { isMoney, toPlain, toRial, rialToBillionToman } from "../lib/units.ts";
import { jalaliYear } from "../lib/jalali.ts";
import { faDigits } from "../lib/format.ts";
import { group } from "d3-array";
import type { ReleaseInput } from "../validate/release-state.ts";
import { buildHistory, type FigureHistory, type History } from "./releases.ts";

export type Source = Row<"sources">;
export type Person = Row<"people">;
export type Place = Row<"places">;
export type Indicator = Row<"indicators">;
export type Observation = Row<"observations">;
export type EventRow = Row<"events">;

export interface Figure extends Observation {
  indicator: Indicator;
  place: Place;
  source: Source;
  /** The primary source first, then the others reporting the same figure. */
  sources: Source[];
  official?: Person;
  event?: EventRow;
  cooperative?: Row<"cooperatives">;
  org?: Row<"organisations">;
  sector?: Row<"sectors">;
  /** Money only: the canonical amount in rials (integer), converted once here. */
  rial?: number;
  /** The value in the site's display unit: billion toman for money, plain numbers otherwise. */
  display: number;
  /** Jalali year the period starts in (undefined when the period is unknown). */
  year?: number;
  /** Charted only when the period is known and the figure is neither doubted nor withdrawn. */
  chartable: boolean;
  /** Its releases: first published, revisions (old -> new, why), withdrawal. */
  history: FigureHistory;
}

export interface Model {
  /** The datasets for display: `*_fa` text with Persian digits (published files use the raw data). */
  data: Dataset;
  /** The datasets as validated (Latin digits): what the open data publishes. */
  raw: Dataset;
  figures: Figure[];
  /** Figures by observation id. */
  figureById: Map<string, Figure>;
  /** Figures per indicator id, in data order. */
  figuresByIndicator: Map<string, Figure[]>;
  indicators: Map<string, Indicator>;
  places: Map<string, Place>;
  sources: Map<string, Source>;
  people: Map<string, Person>;
  events: Map<string, EventRow>;
  cooperatives: Map<string, Row<"cooperatives">>;
  organisations: Map<string, Row<"organisations">>;
  sectors: Map<string, Row<"sectors">>;
  /** When the model was built (the site's "updated" date): ISO `YYYY-MM-DD`, UTC. */
  builtIso: string;
  /** Figures per conflict group: the same thing reported with different values. */
  conflicts: Map<string, Figure[]>;
  /** The releases (newest first) and each figure's history. */
  history: History;
  /** The release ledgers the model was built from, oldest first (the input of `modelAsOf`). */
  releaseInputs: ReleaseInput[];
  /**
   * Set on a model of the data as it stood in one release (data/as-of.ts): the release id. Pinned
   * embeds and per-release downloads are drawn from such a model; the live site's has none.
   */
  asOf?: string;
}

const index = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/**
 * Persian text in the data may hold Latin digits («هفته تعاون 1404»): data files keep Latin digits,
 * readers see Persian ones. The display model converts every `*_fa` field (and the Persian
 * `doubt_reason`) once, here.
 */
function persianDigitsIn<T extends object>(row: T): T {
  const out = { ...row } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) {
    if ((k.endsWith("_fa") || k === "doubt_reason") && typeof v === "string") out[k] = faDigits(v);
    else if (Array.isArray(v) && v.length && typeof v[0] === "object") out[k] = v.map((x) => persianDigitsIn(x as object));
  }
  return out as T;
}

function displayData(data: Dataset): Dataset {
  const out = Object.fromEntries(Object.entries(data).map(([name, rows]) => [name, (rows as object[]).map(persianDigitsIn)])) as unknown as Dataset;
  // An English article's headline stays as printed.
  out.sources = out.sources.map((s, i) => (s.language === "en" ? { ...s, title_fa: data.sources[i].title_fa } : s));
  return out;
}

/** `now` fixes the build date (tests); the build uses the clock. `releases`: the release ledgers. */
export function buildModel(raw: Dataset, now: Date = new Date(), releases: ReleaseInput[] = []): Model {
  const data = displayData(raw);
  const history = buildHistory(data, releases);
  const indicators = index(data.indicators);
  const places = index(data.places);
  const sources = index(data.sources);
  const people = index(data.people);
  const events = index(data.events);
  const coops = index(data.cooperatives);
  const orgs = index(data.organisations);
  const sectors = index(data.sectors);

  const figures: Figure[] = data.observations.map((o) => {
    const source = sources.get(o.source_id)!;
    const rial = isMoney(o.unit) ? toRial(o.value, o.unit, o.scale) : undefined;
    const officialId = o.official_id ?? source.official_id;
    const h = history.byFigure.get(o.id) ?? { revisions: [] };
    return {
      ...o,
      indicator: indicators.get(o.indicator_id)!,
      place: places.get(o.place_id)!,
      source,
      sources: [source, ...(o.also_source_ids ?? []).map((id) => sources.get(id)!)],
      official: officialId ? people.get(officialId) : undefined,
      event: o.event_id ? events.get(o.event_id) : undefined,
      cooperative: o.cooperative_id ? coops.get(o.cooperative_id) : undefined,
      org: o.org_id ? orgs.get(o.org_id) : undefined,
      sector: o.sector_id ? sectors.get(o.sector_id) : undefined,
      rial,
      display: rial !== undefined ? rialToBillionToman(rial) : toPlain(o.value, o.scale),
      year: o.period ? jalaliYear(o.period) : undefined,
      chartable: o.period_kind !== "unknown" && !o.doubt && !h.withdrawn,
      history: h,
    };
  });

  const conflicts = group(
    figures.filter((f) => f.conflict_group),
    (f) => f.conflict_group!,
  );
  return {
    data,
    raw,
    figures,
    figureById: index(figures),
    figuresByIndicator: group(figures, (f) => f.indicator_id),
    indicators,
    places,
    sources,
    people,
    events,
    cooperatives: coops,
    organisations: orgs,
    sectors,
    builtIso: now.toISOString().slice(0, 10),
    conflicts,
    history,
    releaseInputs: releases,
  };
}

/** Figures of one indicator (optionally one place), in period order, unknown periods last. */
export function figuresOf(model: Model, indicatorId: string, placeId?: string): Figure[] {
  return (model.figuresByIndicator.get(indicatorId) ?? [])
    .filter((f) => !placeId || f.place_id === placeId)
    .sort((a, b) => (a.period ?? "9999").localeCompare(b.period ?? "9999") || a.id.localeCompare(b.id));
}
