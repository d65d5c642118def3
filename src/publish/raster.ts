/**
 * SVG to PNG with resvg, at build time. The fonts are passed as files (no system font lookup, so
 * the images come out the same on every machine): Vazirmatn for Persian and Latin, and DejaVu Sans,
 * when installed, for the symbols Vazirmatn lacks (arrows). resvg shapes Persian and lays it out
 * right to left inside the bidi isolates the charts already use.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);

/** Where the Vazirmatn TTFs are (the npm package), resolved from this module, not the cwd. */
function vazirmatnDir(): string {
  return join(dirname(require.resolve("vazirmatn/package.json")), "fonts", "ttf");
}

/** Fallback fonts for glyphs Vazirmatn does not have; the first one found is used. */
const FALLBACKS = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/TTF/DejaVuSans.ttf",
];

export interface FontSet {
  files: string[];
  /** The fallback font used, if one was found. */
  fallback?: string;
}

let fonts: FontSet | undefined;

export function fontSet(): FontSet {
  if (fonts) return fonts;
  const dir = vazirmatnDir();
  const files = [join(dir, "Vazirmatn-Regular.ttf"), join(dir, "Vazirmatn-Bold.ttf")];
  for (const f of files) if (!existsSync(f)) throw new Error(`font not found: ${f} (is the vazirmatn package installed?)`);
  const fallback = FALLBACKS.find((f) => existsSync(f));
  fonts = { files: fallback ? [...files, fallback] : files, fallback };
  return fonts;
}

/** Characters that need the fallback font (arrows, in axis labels). */
export const NEEDS_FALLBACK = /[\u2190-\u21FF]/;

/** Renders an SVG string to PNG bytes, scaled by `zoom` (2 for the chart downloads). */
export function svgToPng(svg: string, zoom = 1): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: zoom },
    font: {
      fontFiles: fontSet().files,
      loadSystemFonts: false,
      defaultFontFamily: "Vazirmatn",
      sansSerifFamily: "Vazirmatn",
      serifFamily: "Vazirmatn",
    },
    languages: ["fa", "en"],
    logLevel: "error",
  });
  return resvg.render().asPng();
}

/** Width and height of a PNG, from its IHDR chunk (throws if the bytes are not a PNG). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || sig.some((b, i) => png[i] !== b)) throw new Error("not a PNG (bad signature)");
  const chunk = String.fromCharCode(...png.slice(12, 16));
  if (chunk !== "IHDR") throw new Error("not a PNG (no IHDR chunk first)");
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
