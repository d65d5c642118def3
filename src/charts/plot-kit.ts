/**
 * The RTL recipe for Observable Plot, in one place (see notes: SVG `direction: ltr`, every string
 * bidi-isolated, layout mirrored by hand), plus the palette and Persian number formats every
 * chart shares.
 */
import { faNumber, QUALIFIER_FA } from "../lib/format.ts";
import type { Figure, Source } from "../data/model.ts";

/**
 * Right-to-left isolate ... pop: keeps Persian words and digits in order inside SVG text. RLI,
 * not first-strong (FSI): a label with no strong letter («۱۴۰۰ *», «۳٬۰۴۹») would otherwise be
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

/**
 * Width of a label in px (Plot's estimates are Latin-based). Measured with Vazirmatn in Chromium:
 * Persian letters run about 0.42-0.46 em, digits 0.55-0.66 em; these factors are a little above
 * that on purpose, because a label that overlaps a bar is worse than white space. Multi-line
 * labels (`\n`) count their longest line; bidi controls and ZWNJ take no room.
 */
export function labelWidth(s: string, px = 13): number {
  const widest = Math.max(
    ...s.split("\n").map((line) => {
      const t = line.replace(/[\u2066-\u2069\u200c-\u200f]/g, "");
      const digits = (t.match(/[0-9\u06F0-\u06F9\u0660-\u0669]/g) ?? []).length;
      return digits * 0.66 + (t.length - digits) * 0.5;
    }),
  );
  return Math.ceil(widest * px) + 8;
}

/** Each line of a (possibly multi-line) label isolated on its own, as Plot draws one tspan per line. */
export const isolateLines = (s: string): string => s.split("\n").map(isolate).join("\n");

/** Number of lines in a label. */
export const lineCount = (s: string): number => s.split("\n").length;

/**
 * A figure's value as charted: the qualifier as printed and the number in the display unit
 * (billion toman for money), e.g. «بالغ بر ۲۵٫۸۴», «بیش از ۶».
 */
export const valueLabel = (f: Pick<Figure, "qualifier" | "display">): string =>
  [QUALIFIER_FA[f.qualifier], faNumber(f.display)].filter(Boolean).join(" ");

/** The outlet's short name for chart labels: «ایرنا» from «خبرگزاری جمهوری اسلامی (ایرنا)». */
export function outletShort(s: Pick<Source, "outlet_fa">): string {
  const inParens = s.outlet_fa.match(/\(([^)]+)\)/);
  if (inParens) return inParens[1];
  return s.outlet_fa.replace(/^خبرگزاری\s+/, "");
}

/** Class names written on marks so the page CSS can recolour them (dark mode); see Chart.astro. */
export const seriesClass = (s: Series): string => (s === "est" ? "s-est" : s);

/**
 * From this width on a drawing is a desktop one. A desktop drawing is wider, never taller than the
 * 640px one: an embed frame wide enough to show it keeps the snippet's height (computed from the
 * 640 and 320px drawings) without the host script.
 */
export const WIDE_FROM = 900;
