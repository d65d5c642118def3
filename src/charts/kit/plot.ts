/**
 * The RTL recipe for Observable Plot, in one place (see notes: SVG `direction: ltr`, every string
 * bidi-isolated, layout mirrored by hand), plus the palette and Persian number formats every
 * chart shares.
 */
import { faNumber, QUALIFIER_FA } from "../../lib/format.ts";
import type { Figure, Source } from "../../data/model.ts";
import { outletShortOf } from "./lang.ts";

/**
 * Right-to-left isolate ... pop: keeps Persian words and digits in order inside SVG text. RLI,
 * not first-strong (FSI): a label with no strong letter (Persian "1400 *" or "3,049") would otherwise be
 * laid out left to right and its asterisk or qualifier would land on the wrong side.
 */
export const isolate = (s: string): string => `\u2067${s}\u2069`;

/** Persian digits for ticks and labels, isolated. */
export const faTick = (n: number): string => isolate(faNumber(n));

/**
 * Light-mode colours written into the SVG (so downloads and PNGs have them); the page CSS
 * overrides them by class for dark mode. Okabe–Ito, safe for colour-blind readers.
 */
export const PALETTE = {
  s1: "#0072b2",
  s2: "#d55e00",
  s3: "#009e73",
  s4: "#cc79a7",
  est: "#7a8794",
} as const;
export type Series = keyof typeof PALETTE;

/** Shared Plot options: font, RTL-safe styling, no Plot-injected class or <style>. */
export const BASE = {
  style: { fontFamily: "Vazirmatn, Tahoma, sans-serif", fontSize: "13px", direction: "ltr", background: "transparent" },
} as const;

export { labelWidth } from "./text-width.ts";

/** Each line of a (possibly multi-line) label isolated on its own, as Plot draws one tspan per line. */
export const isolateLines = (s: string): string => s.split("\n").map(isolate).join("\n");

/** Number of lines in a label. */
export const lineCount = (s: string): number => s.split("\n").length;

/**
 * A figure's value as charted: the qualifier as printed and the number in the display unit
 * (billion toman for money), in Persian: "amounting to 25.84", "more than 6" (kit/lang.ts has both).
 */
export const valueLabel = (f: Pick<Figure, "qualifier" | "display">): string =>
  [QUALIFIER_FA[f.qualifier], faNumber(f.display)].filter(Boolean).join(" ");

/** The outlet's short name for Persian chart labels (kit/lang.ts has both editions). */
export const outletShort = (s: Pick<Source, "outlet_fa"> & { outlet_en?: string }): string => outletShortOf(s, "fa");

/** Class names written on marks so the page CSS can recolour them (dark mode); see Chart.astro. */
export const seriesClass = (s: Series): string => (s === "est" ? "s-est" : s);

/**
 * From this width on a drawing is a desktop one. A desktop drawing is wider, never taller than the
 * 640px one: an embed frame wide enough to show it keeps the snippet's height (computed from the
 * 640 and 320px drawings) without the host script.
 */
export const WIDE_FROM = 900;
