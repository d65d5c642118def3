/**
 * The tooltip of one mark, written into the SVG as its <title> (no JavaScript: browsers show it
 * on hover, and it travels with the downloaded SVG): the figure as published (qualifier, number,
 * scale, unit), its period, and the outlet that published it, in Persian digits. Keyboard and
 * screen-reader users get the same facts from the chart's table.
 */
import type { Figure } from "../data/model.ts";
import { faDigits, faFigure, faPeriod } from "../lib/format.ts";
import { MARK } from "../i18n/marks.ts";
import { outletShort } from "./plot-kit.ts";

/** «بیش از ۶ میلیارد تومان / زمان: ۱۴۰۲ (برآوردی) / منبع: ایرنا», one fact a line. */
export function figureTitle(f: Figure, prefix?: string): string {
  const period = faPeriod(f.period, f.period_end) + (f.period_kind === "inferred" ? ` (${MARK.inferred})` : "");
  return [prefix, faFigure(f), `${MARK.period}: ${period}`, `${MARK.source}: ${outletShort(f.source)}`].filter(Boolean).join("\n");
}

/** The distinct outlets of some figures, short names, the first `max` of them and how many more. */
export function outletsTitle(figures: Figure[], max = 3): string {
  const names = [...new Set(figures.map((f) => outletShort(f.source)))];
  const shown = names.slice(0, max).join("، ");
  return names.length > max ? `${shown} ${MARK.more(faDigits(names.length - max))}` : shown;
}
