/**
 * The home page's featured figures, chosen by the editors in data/featured.csv (in its order; the
 * validator checks that each id exists and that there are at most MAX_FEATURED).
 */
import type { Model, Figure } from "./model.ts";
import { statements } from "./timeline.ts";

export function headlineFigures(model: Model): Figure[] {
  return model.data.featured.map((row) => model.figureById.get(row.id)).filter((f): f is Figure => f !== undefined);
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
