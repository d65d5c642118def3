/**
 * State shared by every copy of a module within one build. Astro bundles the pages into chunks of
 * their own, so a module imported by `scripts/build.ts` and the same module inside a page are two
 * instances; a per-module cache would make each copy validate and prepare again. Keeping the model,
 * the chart caches and the call counters on `globalThis` (under a registered symbol) gives the whole
 * process one of each: the build validates once, and every page, endpoint and download reads the
 * same objects.
 */
const KEY = Symbol.for("lorestan-coop-stats.build-store");

export interface BuildCounters {
  /** Full validations of the data folder. */
  validations: number;
  /** Calls of a chart module's `prepare`. */
  prepares: number;
  /** Drawings made by a chart module's `render` (one per chart and width). */
  draws: number;
  /** The same, per item: `validate:<dir>`, `prepare:<chart>`, `draw:<chart>@<width>`. */
  byKey: Record<string, number>;
}

export interface BuildStore {
  /** The model the build made, set by `provideModel` (absent in `astro dev`). */
  model?: unknown;
  /** Caches keyed by model, so a new model (dev server, edited data) starts afresh. */
  caches: WeakMap<object, Map<string, unknown>>;
  counters: BuildCounters;
}

export function buildStore(): BuildStore {
  const g = globalThis as unknown as Record<symbol, BuildStore | undefined>;
  return (g[KEY] ??= { caches: new WeakMap(), counters: emptyCounters() });
}

/** Computes `make()` once per `owner` and key, for every module copy in the process. */
export function once<T>(owner: object, key: string, make: () => T): T {
  const { caches } = buildStore();
  let perOwner = caches.get(owner);
  if (!perOwner) caches.set(owner, (perOwner = new Map()));
  if (perOwner.has(key)) return perOwner.get(key) as T;
  const value = make();
  perOwner.set(key, value);
  return value;
}

const emptyCounters = (): BuildCounters => ({ validations: 0, prepares: 0, draws: 0, byKey: {} });

/** Counts one unit of work: the build's "validated once, each chart prepared once" check reads these. */
export function count(kind: "validations" | "prepares" | "draws", key: string): void {
  const { counters } = buildStore();
  counters[kind]++;
  counters.byKey[key] = (counters.byKey[key] ?? 0) + 1;
}

/** Resets the counters (tests). */
export function resetCounters(): BuildCounters {
  const store = buildStore();
  store.counters = emptyCounters();
  return store.counters;
}
