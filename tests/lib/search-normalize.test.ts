import { describe, expect, it } from "vitest";
import { compoundKey, compoundsIn, foldText, normalizeIndexText, normalizeQuery } from "../../src/lib/search-normalize.ts";

const site = "تعاونی‌های فعال و شرکت‌های دانش‌بنیان در خرم‌آباد؛ تعاونی‌ها و مشارکت‌کنندگان";
const compounds = new Set(compoundsIn(site).map(compoundKey));
const q = (s: string) => normalizeQuery(s, compounds);

describe("foldText", () => {
  it("maps Arabic letters to Persian and drops diacritics, tatweel and direction marks", () => {
    expect(foldText("رومشكان")).toBe("رومشکان");
    expect(foldText("تعاوني")).toBe("تعاونی");
    expect(foldText("على")).toBe("علی");
    expect(foldText("تـعـاونـی")).toBe("تعاونی");
    expect(foldText("مُدیرِ کلّ")).toBe("مدیر کل");
    expect(foldText("\u2067۵۳۷\u2069\u200E")).toBe("۵۳۷");
  });
  it("reads ۀ, هٔ and ة as ه, and أ إ as ا", () => {
    expect(foldText("نحوۀ")).toBe("نحوه");
    expect(foldText("نحوهٔ")).toBe("نحوه");
    expect(foldText("مدرسة")).toBe("مدرسه");
    expect(foldText("أسامی إسلام")).toBe("اسامی اسلام");
  });
  it("writes every digit in Persian, with the Persian decimal mark between digits", () => {
    expect(foldText("537 و ٥٣٧ و ۵۳۷")).toBe("۵۳۷ و ۵۳۷ و ۵۳۷");
    expect(foldText("2.5")).toBe("۲٫۵");
    expect(foldText("پایان.")).toBe("پایان.");
  });
  it("keeps ZWNJ (spelling) and turns no-break spaces into spaces", () => {
    expect(foldText("دانش‌بنیان\u00A0لرستان")).toBe("دانش‌بنیان لرستان");
  });
});

describe("compounds", () => {
  it("lists the words written with a ZWNJ, without trailing punctuation", () => {
    expect(compoundsIn(site)).toEqual(["تعاونی‌های", "شرکت‌های", "دانش‌بنیان", "خرم‌آباد", "تعاونی‌ها", "مشارکت‌کنندگان"]);
    expect(compounds.has("دانشبنیان")).toBe(true);
  });
});

describe("normalizeQuery", () => {
  it("makes each of the six typed pairs one query", () => {
    const pairs: [string, string][] = [
      ["رومشکان", "رومشكان"],
      ["تعاونی", "تعاوني"],
      ["۵۳۷", "537"],
      ["۱۴۰۴", "1404"],
      ["تعاونی‌های فعال", "تعاونیهای فعال"],
      ["دانش‌بنیان", "دانش بنیان"],
    ];
    for (const [a, b] of pairs) expect(q(a), `${a} / ${b}`).toBe(q(b));
  });
  it("joins ZWNJ, space and nothing between the parts of a known compound alike", () => {
    const forms = ["تعاونی‌ها", "تعاونیها", "تعاونی ها", "تعاوني ها"];
    expect(new Set(forms.map(q))).toEqual(new Set(["تعاونیها"]));
    expect(q("خرم آباد")).toBe("خرمآباد");
    expect(q("مشارکت کنندگان")).toBe("مشارکتکنندگان");
  });
  it("leaves words that form no known compound apart", () => {
    expect(q("تعاونی فعال")).toBe("تعاونی فعال");
    expect(q("  دانش   آموز ")).toBe("دانش آموز");
  });
  it("drops thousands separators between digits, of any script", () => {
    expect(q("1,169")).toBe("۱۱۶۹");
    expect(q("۱٬۲۳۴٬۵۶۷")).toBe("۱۲۳۴۵۶۷");
    expect(q("١٬١٦٩")).toBe("۱۱۶۹");
    // a list separator followed by a space is not a thousands mark
    expect(q("۱۳۹۷، ۱۳۹۸")).toBe("۱۳۹۷، ۱۳۹۸");
  });
});

describe("normalizeIndexText", () => {
  it("joins a compound the page typed with a space, with a ZWNJ, so the query's join finds it", () => {
    expect(normalizeIndexText("شرکت دانش بنیان، ۵۳۷ نفر", compounds)).toBe("شرکت دانش‌بنیان، ۵۳۷ نفر");
    expect(normalizeIndexText("«دانش بنیان»", compounds)).toBe("«دانش‌بنیان»");
  });
  it("never joins across punctuation", () => {
    expect(normalizeIndexText("دانش، بنیان", compounds)).toBe("دانش، بنیان");
  });
  it("folds letters and digits like the query", () => {
    expect(normalizeIndexText("رومشكان 537", compounds)).toBe("رومشکان ۵۳۷");
  });
});
