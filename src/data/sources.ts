/** Sources behind a set of figures: the one helper every page, chart and download uses. */
import type { Figure, Source } from "./model.ts";

/** The distinct sources behind some figures (primary and also-reporting), in order of first use. */
export function sourcesOf(figures: Figure[]): Source[] {
  const seen = new Map<string, Source>();
  for (const f of figures) for (const s of f.sources) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

/** The first source of each outlet: one link per outlet in source lines. */
export function firstPerOutlet(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.outlet_fa) && !!seen.add(s.outlet_fa));
}
