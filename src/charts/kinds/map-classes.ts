/**
 * The county map's classes: a 1-2-5 sequence of count ranges (readable legends), their colours
 * and the hatch for "no data".
 */
import { kitFor, type Kit } from "../kit/lang.ts";

/** One class of the legend: counts from lo to hi inclusive, drawn in `color`. */
export interface MapClass {
  lo: number;
  hi: number;
  color: string;
}

/** Sequential blues (ColorBrewer), readable for colour-blind readers; light to dark. */
export const MAP_COLORS = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"] as const;
/** The hatch for "no data": grey lines on a pale ground, unlike any class colour. */
export const NO_DATA = { ground: "#f0f0f0", line: "#8a8a8a" } as const;

/**
 * Class breaks for counts: 1, 2, 5, 10, 20, 50 ... up to the maximum; if that gives more classes
 * than colours, powers of ten only (1, 10, 100 ...).
 */
export function mapClasses(maxValue: number): MapClass[] {
  if (!(maxValue >= 1)) return [];
  // Edges up to and including the first one above the maximum.
  const steps = (seq: number[]): number[] => {
    const edges: number[] = [];
    for (let k = 1; ; k *= 10) {
      for (const s of seq) {
        edges.push(s * k);
        if (s * k > maxValue) return edges;
      }
    }
  };
  let edges = steps([1, 2, 5]);
  if (edges.length - 1 > MAP_COLORS.length) edges = steps([1]);
  const n = edges.length - 1;
  // Spread the colours over the ramp so few classes still differ clearly.
  const colorAt = (i: number) => MAP_COLORS[n === 1 ? MAP_COLORS.length - 2 : Math.round((i * (MAP_COLORS.length - 1)) / (n - 1))];
  return edges.slice(0, -1).map((lo, i) => {
    const hi = Math.min(edges[i + 1] - 1, i === n - 1 ? maxValue : Infinity);
    return { lo, hi, color: colorAt(i) };
  });
}

export const classOf = (classes: MapClass[], v: number): number => classes.findIndex((c) => v >= c.lo && v <= c.hi);

/** A class's range in the legend, in one edition: "1", "2–4". */
export const classLabel = (c: Pick<MapClass, "lo" | "hi">, k: Kit = kitFor("fa")): string => k.s.map.range(k.num(c.lo), k.num(c.hi));
