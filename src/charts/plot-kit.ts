/**
 * The RTL recipe for Observable Plot, in one place (see notes: SVG `direction: ltr`, every string
 * bidi-isolated, layout mirrored by hand), plus the palette and Persian number formats every
 * chart shares.
 */
import { faNumber } from "../lib/format.ts";

/** First-strong isolate ... pop: keeps Persian words and digits in order inside SVG text. */
export const isolate = (s: string): string => `\u2068${s}\u2069`;

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

/** Rough width of a Persian label in px at 13px (Plot's estimates are Latin-based). */
export const labelWidth = (s: string, px = 13): number => Math.ceil(s.length * px * 0.55) + 8;
