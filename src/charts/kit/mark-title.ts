/**
 * The tooltip of one mark, written into the SVG as its <title> (no JavaScript: browsers show it
 * on hover, and it travels with the downloaded SVG): the figure as published (qualifier, number,
 * scale, unit), its period, and the outlet that published it, in the edition's digits. Keyboard
 * and screen-reader users get the same facts from the chart's table.
 */
import type { Figure } from "../../data/model.ts";
import { kitFor, type Kit } from "./lang.ts";

/** "more than 6 billion tomans / Period: 1402 (estimated) / Source: IRNA", one fact a line. */
export function figureTitle(f: Figure, prefix?: string, k: Kit = kitFor("fa")): string {
  const period = k.period(f.period, f.period_end) + (f.period_kind === "inferred" ? ` (${k.mark.inferred})` : "");
  return [prefix, k.figure(f), `${k.mark.period}: ${period}`, `${k.mark.source}: ${k.outlet(f.source)}`].filter(Boolean).join("\n");
}

/** The distinct outlets of some figures, short names, the first `max` of them and how many more. */
export function outletsTitle(figures: Figure[], max = 3, k: Kit = kitFor("fa")): string {
  const names = [...new Set(figures.map((f) => k.outlet(f.source)))];
  const shown = names.slice(0, max).join(k.w.list);
  return names.length > max ? `${shown} ${k.mark.more(k.digits(names.length - max))}` : shown;
}
