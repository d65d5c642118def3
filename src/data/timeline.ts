/**
 * Sources as statements: the figures each article contributed (as primary source or as one of
 * the others reporting the same figure), its lists, events and the officials quoted, and the
 * Jalali order of publication (undated articles last). Pure functions of the model.
 */
import type { Model, Figure, Source, Person, EventRow } from "./model.ts";
import { group } from "d3-array";
import { byPeriod } from "./counties.ts";

type List = Model["data"]["lists"][number];

export interface Statement {
  source: Source;
  /** Every figure the article reports, primary or also-reported, in period order. */
  figures: Figure[];
  /** Figures for which this article is one of the other sources, not the primary one. */
  alsoFigures: Set<string>;
  lists: List[];
  events: EventRow[];
  /** The source's official first, then others quoted for single figures. */
  officials: Person[];
  /** Jalali year of publication, undefined when the page shows no date. */
  year?: number;
}

const cache = new WeakMap<Model, Map<string, Statement>>();

/** One entry per source, keyed by source id, computed once per model. */
export function statements(model: Model): Map<string, Statement> {
  const hit = cache.get(model);
  if (hit) return hit;
  const out = new Map<string, Statement>();
  for (const source of model.sources.values()) {
    out.set(source.id, { source, figures: [], alsoFigures: new Set(), lists: [], events: [], officials: [], year: source.published_jalali ? Number(source.published_jalali.slice(0, 4)) : undefined });
  }
  for (const f of model.figures) {
    f.sources.forEach((s, i) => {
      const st = out.get(s.id)!;
      if (f.sources.findIndex((x) => x.id === s.id) !== i) return; // listed twice on one figure
      st.figures.push(f);
      if (i > 0) st.alsoFigures.add(f.id);
    });
  }
  for (const l of model.data.lists) out.get(l.source_id)?.lists.push(l);
  for (const st of out.values()) {
    st.figures.sort(byPeriod);
    const eventIds = new Set([...st.figures.map((f) => f.event_id), ...st.lists.map((l) => l.event_id)].filter((x): x is string => !!x));
    st.events = [...eventIds].map((id) => model.events.get(id)!).filter(Boolean);
    const people = [st.source.official_id, ...st.figures.map((f) => f.official?.id)].filter((x): x is string => !!x);
    st.officials = [...new Set(people)].map((id) => model.people.get(id)!).filter(Boolean);
  }
  cache.set(model, out);
  return out;
}

/** Publication order: dated articles oldest first (ties by id), then undated ones by their earliest figure. */
export function chronological(model: Model): { dated: Statement[]; undated: Statement[] } {
  const all = [...statements(model).values()];
  const dated = all.filter((s) => s.source.published_jalali).sort((a, b) => a.source.published_jalali!.localeCompare(b.source.published_jalali!) || a.source.id.localeCompare(b.source.id));
  const firstPeriod = (s: Statement) => s.figures.find((f) => f.period)?.period ?? "9999";
  const undated = all.filter((s) => !s.source.published_jalali).sort((a, b) => firstPeriod(a).localeCompare(firstPeriod(b)) || a.source.id.localeCompare(b.source.id));
  return { dated, undated };
}

/** Dated statements grouped by Jalali year, ascending. */
export function byYear(dated: Statement[]): { year: number; items: Statement[] }[] {
  const groups = group(dated, (s) => s.year!);
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([year, items]) => ({ year, items }));
}

/** Newest first, undated last: the order of the sources page. */
export function newestFirst(model: Model): Statement[] {
  const { dated, undated } = chronological(model);
  return [...dated].reverse().concat(undated);
}
