/**
 * Subsets the site's font at build time: the variable Vazirmatn (48 KB) is cut down to the
 * characters the built site uses plus a fixed fallback (ASCII, every Persian and common Arabic
 * letter, both digit sets, Persian punctuation, the bidi and joining controls), so text added
 * later still renders in the site's font, and a new figure (Persian words and digits) adds no
 * glyph: every page shares one font file whose size does not grow with the data. The weight axis
 * is kept from 400 to 800, the weights the CSS uses.
 *
 * subset-font (2.9) runs HarfBuzz's own subsetter (hb-subset, wasm): it keeps the glyphs that
 * GSUB reaches from the kept characters, so the contextual forms (initial, medial, final) and the
 * ligatures Persian needs survive; tests/publish/font-subset.test.ts shapes words with both fonts.
 * The subset gets a content-hashed name and every reference in the built HTML and CSS is rewritten,
 * so a browser's cached copy (served immutable) can never be an older subset.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import subsetFont from "subset-font";

/** Code point ranges always kept, whatever the site shows today. */
export const FALLBACK_RANGES: readonly [number, number][] = [
  [0x0020, 0x007e], // ASCII: Latin names, URLs, Latin digits
  [0x00a0, 0x00a0], // no-break space
  [0x00ab, 0x00ab], // «
  [0x00bb, 0x00bb], // »
  [0x060c, 0x060c], // Arabic comma
  [0x061b, 0x061b], // Arabic semicolon
  [0x061f, 0x061f], // Arabic question mark
  [0x0621, 0x063a], // hamza .. ghain (Arabic letters shared by Persian)
  [0x0640, 0x0655], // tatweel, fa .. yeh, harakat, hamza above/below
  [0x0660, 0x066d], // Arabic-Indic digits, percent, decimal and thousands separators
  [0x0670, 0x0670], // superscript alef
  [0x067e, 0x067e], // peh
  [0x0686, 0x0686], // tcheh
  [0x0698, 0x0698], // jeh
  [0x06a9, 0x06a9], // keheh
  [0x06af, 0x06af], // gaf
  [0x06c0, 0x06c0], // heh with yeh above
  [0x06cc, 0x06cc], // Farsi yeh
  [0x06d5, 0x06d5], // ae
  [0x06f0, 0x06f9], // Persian digits
  [0x200c, 0x200f], // ZWNJ, ZWJ, LRM, RLM
  [0x2013, 0x2014], // dashes
  [0x2026, 0x2026], // ellipsis
  [0x2066, 0x2069], // bidi isolates
];

/** The weights the CSS uses (400 body, 600, 700 headings, 800 brand and figures). */
export const WEIGHT_RANGE = { min: 400, max: 800 } as const;

export function fallbackText(): string {
  return FALLBACK_RANGES.map(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)).join("")).join("");
}

const TEXT_FILES = /\.(html|css|svg|js)$/;

function filesUnder(dir: string, test: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => test.test(f))
    .map((f) => join(dir, f));
}

/** Every character in the built site's HTML, CSS, SVG and scripts (markup included: its characters are ASCII, kept anyway). */
export function usedText(root: string): string {
  const chars = new Set<string>();
  // Code units met before are skipped without making a string (the built text runs to hundreds of MB
  // with 10^5 figures); pairs of surrogates are one character, added as before, in order of first use.
  const seen = new Uint8Array(0x10000);
  for (const f of filesUnder(root, TEXT_FILES)) {
    const s = readFileSync(f, "utf8");
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      if (u >= 0xd800 && u <= 0xdbff && i + 1 < s.length) {
        const lo = s.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          chars.add(s.slice(i, i + 2));
          i++;
          continue;
        }
      }
      if (seen[u]) continue;
      seen[u] = 1;
      if (u >= 0x20) chars.add(String.fromCharCode(u));
    }
  }
  return [...chars].join("");
}

/** The font cut to `text` plus the fallback, as WOFF2 (or TrueType, which the shaping test reads). */
export async function subsetFontBytes(font: Uint8Array, text: string, format: "woff2" | "truetype" = "woff2"): Promise<Uint8Array> {
  const out = await subsetFont(Buffer.from(font), text + fallbackText(), {
    targetFormat: format,
    variationAxes: { wght: { ...WEIGHT_RANGE } },
  });
  return new Uint8Array(out);
}

/**
 * Replaces each Vazirmatn WOFF2 that Astro emitted into the build with its subset, under a new
 * content-hashed name, and points the HTML and CSS at it.
 */
export async function subsetSiteFonts(outDir: string, log: (line: string) => void = () => {}): Promise<void> {
  const fonts = filesUnder(outDir, /(^|\/)vazirmatn[^/]*\.woff2$/i);
  if (!fonts.length) {
    log("warning: no Vazirmatn .woff2 in the build; font not subset");
    return;
  }
  const text = usedText(outDir);
  const renames: [string, string][] = [];
  for (const file of fonts) {
    const before = readFileSync(file);
    const after = await subsetFontBytes(before, text);
    const hash = createHash("sha256").update(after).digest("base64url").slice(0, 8);
    const name = `${basename(file, ".woff2").replace(/\.[^.]*$/, "")}.subset.${hash}.woff2`;
    writeFileSync(join(dirname(file), name), after);
    rmSync(file);
    renames.push([basename(file), name]);
    log(`font subset: ${basename(file)} ${before.length} bytes -> ${name} ${after.length} bytes (${[...text].length} characters used)`);
  }
  for (const f of filesUnder(outDir, /\.(html|css)$/)) {
    const s = readFileSync(f, "utf8");
    let t = s;
    for (const [from, to] of renames) t = t.split(from).join(to);
    if (t !== s) writeFileSync(f, t);
  }
}
