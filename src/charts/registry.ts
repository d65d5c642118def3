/**
 * Every chart, listed once. Pages, chart pages, embeds, downloads and tests iterate over this
 * list: a new chart is one module in `modules/` plus one line here.
 */
import type { ChartModule } from "./types.ts";
import activeCoops from "./modules/active-coops.ts";

export const CHARTS: ChartModule[] = [activeCoops] as ChartModule[];

export function chartById(id: string): ChartModule {
  const c = CHARTS.find((x) => x.id === id);
  if (!c) throw new Error(`unknown chart ${id}`);
  return c;
}
