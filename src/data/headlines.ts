/**
 * The home page's headline figures, chosen by the editors (observation ids in data/observations.csv):
 * the latest Cooperative Week package and the province's stock figures. When a newer statement
 * is published, put its observation id here; a test checks that every id exists.
 */
import type { Model, Figure } from "./model.ts";
import { statements } from "./timeline.ts";

export const HEADLINE_IDS = [
  "s000-investment",
  "s000-jobs",
  "s000-facilities",
  "s000-coops-opening",
  "f002",
  "f001",
] as const;

export function headlineFigures(model: Model): Figure[] {
  const byId = new Map(model.figures.map((f) => [f.id, f]));
  return HEADLINE_IDS.flatMap((id) => {
    const f = byId.get(id);
    // Another data folder (a test or benchmark) may lack them: warn, do not fail the build.
    if (!f) console.warn(`headlines: observation ${id} is not in the data (src/data/headlines.ts)`);
    return f ? [f] : [];
  });
}

/** The most recent statements: sources with a date, newest first, with the figures they gave. */
export function latestSources(model: Model, n = 5) {
  return [...model.sources.values()]
    .filter((s) => s.published_jalali)
    .sort((a, b) => b.published_jalali!.localeCompare(a.published_jalali!))
    .slice(0, n)
    .map((s) => ({ source: s, figures: statements(model).get(s.id)!.figures }));
}

/** Publication date (Jalali) of the newest dated source, if any. */
export function latestPublished(model: Model): string | undefined {
  let latest: string | undefined;
  for (const s of model.sources.values()) if (s.published_jalali && (!latest || s.published_jalali > latest)) latest = s.published_jalali;
  return latest;
}

/** The newest date a conflict group was reported on (publication date, else period). */
const newestOf = (g: Figure[]) => g.map((f) => f.source.published_jalali ?? f.period ?? "").sort().at(-1) ?? "";

/** The `n` most recently reported conflict groups, newest first (the home page stays one size). */
export function newestConflicts(groups: Iterable<Figure[]>, n: number): Figure[][] {
  return [...groups].sort((a, b) => newestOf(b).localeCompare(newestOf(a))).slice(0, n);
}
