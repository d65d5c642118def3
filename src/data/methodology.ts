/**
 * What the methodology page tells about the data, derived from the model so the page stays true
 * as the data grows: the catalogue grouped by theme and scope, counts per indicator, qualifier
 * and period kind, the doubted figures and conflicts it shows (bounded), and the newest dated
 * statement with a figure (the citation example).
 */
import type { Figure, Model } from "./model.ts";
import type { Qualifier } from "../schemas/observations.ts";
import { chronological, type Statement } from "./timeline.ts";
import { newestConflicts } from "./headlines.ts";
import { PAGE_SIZE } from "./paging.ts";

type Indicator = Model["data"]["indicators"][number];
export type PeriodKind = Figure["period_kind"];

export interface MethodologyFacts {
  /** Distinct outlets (by their English name, one per outlet however it is spelt in Persian). */
  outlets: number;
  /** The catalogue: [theme, scope, indicators] in the given theme and scope order. */
  catalogue: { theme: string; scope: string; indicators: Indicator[] }[];
  perIndicator: Map<string, number>;
  perQualifier: Map<Qualifier, number>;
  perPeriodKind: Map<PeriodKind, number>;
  doubted: { all: number; shown: Figure[] };
  conflicts: { all: number; shown: Figure[][] };
  /** The newest dated statement that holds a figure, with its first figure. */
  example?: { statement: Statement; figure: Figure };
}

const tally = <K,>(items: Iterable<K>): Map<K, number> => {
  const m = new Map<K, number>();
  for (const k of items) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

/** `themeOrder` and `scopeOrder` are the keys of the page's definitions, in reading order. */
export function methodologyFacts(model: Model, themeOrder: string[], scopeOrder: string[]): MethodologyFacts {
  const figures = model.figures;
  const order = (list: string[], k: string) => list.indexOf(k);
  const sorted = [...model.data.indicators].sort(
    (a, b) => order(themeOrder, a.theme) - order(themeOrder, b.theme) || order(scopeOrder, a.scope) - order(scopeOrder, b.scope),
  );
  const byKey = new Map<string, MethodologyFacts["catalogue"][number]>();
  for (const ind of sorted) {
    const key = `${ind.theme}|${ind.scope}`;
    const group = byKey.get(key) ?? byKey.set(key, { theme: ind.theme, scope: ind.scope, indicators: [] }).get(key)!;
    group.indicators.push(ind);
  }
  const catalogue = [...byKey.values()];
  const doubted = figures.filter((f) => f.doubt);
  const groups = [...model.conflicts.values()];
  const newest = new Set(newestConflicts(groups, 20));
  const { dated } = chronological(model);
  const statement = [...dated].reverse().find((s) => s.figures.length > 0);
  return {
    outlets: new Set([...model.sources.values()].map((s) => s.outlet_en)).size,
    catalogue,
    perIndicator: tally(figures.map((f) => f.indicator_id)),
    perQualifier: tally(figures.map((f) => f.qualifier)),
    perPeriodKind: tally(figures.map((f) => f.period_kind)),
    // Bounded at any data size: the newest cases; every one is tagged in the dashboards' tables.
    doubted: { all: doubted.length, shown: doubted.slice(0, PAGE_SIZE) },
    conflicts: { all: groups.length, shown: groups.filter((g) => newest.has(g)) },
    example: statement ? { statement, figure: statement.figures[0] } : undefined,
  };
}
