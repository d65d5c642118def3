/**
 * The home page's headline figures: for each indicator, the latest published figure for Lorestan
 * that is not doubted (latest by period, then by publication date).
 */
import type { Model, Figure } from "./model.ts";

export const HEADLINE_INDICATORS = [
  "coops-active",
  "coops-registered",
  "employment",
  "package-investment",
  "package-facilities",
  "package-jobs",
] as const;

const latestFirst = (a: Figure, b: Figure) =>
  (b.period ?? "").localeCompare(a.period ?? "") || (b.source.published_jalali ?? "").localeCompare(a.source.published_jalali ?? "");

export function headlineFigures(model: Model, place = "lorestan"): Figure[] {
  return HEADLINE_INDICATORS.flatMap((id) => {
    const candidates = model.figures.filter((f) => f.indicator_id === id && f.place_id === place && !f.doubt && f.period_kind !== "unknown");
    return candidates.sort(latestFirst).slice(0, 1);
  });
}

/** The most recent statements: figures grouped by source, newest publication first. */
export function latestSources(model: Model, n = 5) {
  return [...model.sources.values()]
    .filter((s) => s.published_jalali)
    .sort((a, b) => b.published_jalali!.localeCompare(a.published_jalali!))
    .slice(0, n)
    .map((s) => ({ source: s, figures: model.figures.filter((f) => f.sources.some((x) => x.id === s.id)) }));
}
