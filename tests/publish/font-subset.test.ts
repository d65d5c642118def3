/**
 * The font subset keeps Persian shaping (contextual forms and the lam-alef ligature come out of
 * HarfBuzz's shaper exactly as with the full font), covers text the site does not show yet (the
 * fallback), does not grow when a figure is added, and is a valid, smaller WOFF2.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Blob, Buffer as HbBuffer, Face, Font, shape } from "harfbuzzjs";
import { subsetFontBytes } from "../../src/publish/font-subset.ts";

const require = createRequire(import.meta.url);
/** The same Vazirmatn NL variable font as src/assets/fonts, as TrueType (HarfBuzz reads sfnt, not WOFF2). */
const TTF = readFileSync(join(dirname(require.resolve("vazirmatn/package.json")), "misc/Non-Latin/fonts/variable/Vazirmatn-NL[wght].ttf"));
const WOFF2 = readFileSync(join(__dirname, "../../src/assets/fonts/vazirmatn-nl-wght.woff2"));
const SITE_TEXT = "آمار تعاونی‌های لرستان: حدود ۱۹۵ میلیارد تومان، بیش از ۲۰۰ فرصت شغلی (هفتهٔ تعاون ۱۴۰۴)";

/** Glyph ids and advances HarfBuzz gives for `text` in `font`. */
function shaped(font: Uint8Array, text: string) {
  const f = new Font(new Face(new Blob(font)));
  const b = new HbBuffer();
  b.addText(text);
  b.guessSegmentProperties();
  shape(f, b);
  return b.getGlyphInfosAndPositions().map((g) => ({ id: g.codepoint, advance: g.xAdvance }));
}

describe("font subset", () => {
  it("shapes Persian exactly as the full font does: joining forms, ligatures, digits", async () => {
    const sub = await subsetFontBytes(TTF, SITE_TEXT, "truetype");
    // «ببب»: initial, medial and final beh are three different glyphs; «لا» is one ligature glyph.
    const beh = shaped(sub, "ببب");
    expect(new Set(beh.map((g) => g.id)).size).toBe(3);
    expect(shaped(sub, "لا")).toHaveLength(1);
    // Words in the site's text and words it does not have yet (fallback): same glyph count and advances, no .notdef.
    for (const text of [...SITE_TEXT.split(" "), "ببب", "لا", "ژاله", "پژوهشگاه", "چگونگی", "۰۱۲۳۴۵۶۷۸۹", "٫٬٪", "گ‌ک"]) {
      const a = shaped(TTF, text);
      const b = shaped(sub, text);
      expect(
        b.map((g) => g.advance),
        text,
      ).toEqual(a.map((g) => g.advance));
      expect(
        b.some((g) => g.id === 0),
        `${text} has a missing glyph`,
      ).toBe(false);
      // The same glyph where the full font uses the same glyph (ids are renumbered, the pattern is not).
      expect(b.map((g) => b.findIndex((h) => h.id === g.id))).toEqual(a.map((g) => a.findIndex((h) => h.id === g.id)));
    }
  });

  it("does not grow when a figure is added: new Persian words and digits are in the fallback", async () => {
    const before = await subsetFontBytes(WOFF2, SITE_TEXT);
    const after = await subsetFontBytes(WOFF2, SITE_TEXT + " بیش از ۳٬۰۴۹ تعاونی فعال در ژوئیه؛ گزارش خبرگزاری ایرنا، ۱۴۰۵");
    expect(after.length).toBe(before.length);
  });

  it("is a WOFF2 well under the full font's size", async () => {
    const sub = await subsetFontBytes(WOFF2, SITE_TEXT);
    expect(Buffer.from(sub.subarray(0, 4)).toString("latin1")).toBe("wOF2");
    expect(sub.length).toBeLessThan(WOFF2.length * 0.6);
  });
});
