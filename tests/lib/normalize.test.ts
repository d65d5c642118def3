import { describe, expect, it } from "vitest";
import { comparisonKey, isMissingMarker, normalizeText, parseNumberCell, toLatinDigits } from "../../src/lib/normalize.ts";

/** The number a cell parses to, failing the test if it does not parse. */
function numberOf(raw: string): { value: number; warnings: string[] } {
  const r = parseNumberCell(raw);
  if (r.kind !== "number") throw new Error(`${JSON.stringify(raw)} did not parse: ${JSON.stringify(r)}`);
  return r;
}

function errorOf(raw: string): { type: string; message: string } {
  const r = parseNumberCell(raw);
  if (r.kind !== "error") throw new Error(`${JSON.stringify(raw)} should be refused, got ${JSON.stringify(r)}`);
  return r;
}

describe("parseNumberCell", () => {
  it("reads plain Latin numbers without warnings", () => {
    expect(numberOf("120")).toEqual({ kind: "number", value: 120, warnings: [], text: "120" });
    expect(numberOf(" 7.25 ")).toEqual({ kind: "number", value: 7.25, warnings: [], text: "7.25" });
    expect(numberOf("0")).toEqual({ kind: "number", value: 0, warnings: [], text: "0" });
  });

  it("converts Persian and Arabic-Indic digits, with a warning", () => {
    expect(numberOf("۱۲۳").value).toBe(123);
    expect(numberOf("٤٥").value).toBe(45);
    expect(numberOf("۰۱۲۳۴۵۶۷۸۹").value).toBe(123456789);
    expect(numberOf("٠١٢٣٤٥٦٧٨٩").value).toBe(123456789);
    expect(numberOf("۱۲۳").warnings).toEqual(["converted Persian/Arabic digits to Latin digits"]);
  });

  it("refuses digits of two scripts in one cell", () => {
    expect(errorOf("۱2۳").type).toBe("mixed-digits");
    expect(errorOf("٤۵").type).toBe("mixed-digits");
    expect(errorOf("12٣").type).toBe("mixed-digits");
  });

  it("removes group marks ٬ ، and , in groups of three, with a warning", () => {
    expect(numberOf("1٬234")).toMatchObject({ value: 1234, warnings: ["removed thousands separators"] });
    expect(numberOf("1،234").value).toBe(1234);
    expect(numberOf("1,234").value).toBe(1234);
    expect(numberOf("12,345,678").value).toBe(12345678);
    expect(numberOf("1,234.5").value).toBe(1234.5);
  });

  it("reads ٫ as the decimal mark, with a warning", () => {
    expect(numberOf("12٫5")).toMatchObject({ value: 12.5, warnings: ["replaced the Persian decimal mark ٫ with ."] });
  });

  it("handles Intl fa-IR output: Persian digits, ٬ groups and ٫ decimal together", () => {
    const r = numberOf("۱٬۲۳۴٬۵۶۷٫۸۹۱");
    expect(r.value).toBe(1234567.891);
    expect(r.warnings).toHaveLength(3);
  });

  it("reads the minus sign U+2212, with a warning", () => {
    expect(numberOf("\u22125")).toMatchObject({ value: -5, warnings: ["replaced the minus sign U+2212 with -"] });
    expect(numberOf("-5")).toMatchObject({ value: -5, warnings: [] });
  });

  it("refuses group marks that are not in groups of three", () => {
    expect(errorOf("1,23").type).toBe("type-error");
    expect(errorOf("12,3456").type).toBe("type-error");
    expect(errorOf(",123").type).toBe("type-error");
  });

  it('refuses the ambiguous "1.234" and dots used as thousands marks', () => {
    expect(errorOf("1.234")).toMatchObject({ type: "type-error", message: expect.stringContaining("ambiguous") });
    expect(errorOf("123.456").type).toBe("type-error");
    expect(errorOf("1.234.567")).toMatchObject({ type: "type-error", message: expect.stringContaining("thousands") });
  });

  it("accepts decimals that cannot be thousands marks", () => {
    expect(numberOf("29742.951").value).toBe(29742.951);
    expect(numberOf("1.5").value).toBe(1.5);
    expect(numberOf("1.2345").value).toBe(1.2345);
    expect(numberOf("0.125").value).toBe(0.125);
  });

  it("refuses a unit or word inside the cell", () => {
    for (const raw of ["۱۲ میلیارد", "12 billion", "12 تومان", "۲۵٪", "25%"]) {
      expect(errorOf(raw), raw).toMatchObject({ type: "type-error", message: expect.stringContaining("unit") });
    }
  });

  it("refuses things that are not numbers", () => {
    for (const raw of ["abc", "1e5", "Infinity", "NaN", "1..2", "1.", ".5", "1 2"]) expect(errorOf(raw).type, raw).toBe("type-error");
  });

  it("refuses integers that cannot be stored exactly (above 2^53 - 1)", () => {
    expect(numberOf("9007199254740991").value).toBe(Number.MAX_SAFE_INTEGER);
    expect(errorOf("9007199254740992").type).toBe("constraint-error");
    expect(errorOf("9007199254740993").type).toBe("constraint-error");
    expect(errorOf("9٬007٬199٬254٬740٬993").type).toBe("constraint-error");
  });

  it('reads "-" and "ندارد" as no value (the schema decides whether that is allowed)', () => {
    for (const raw of ["-", "—", "–", "ندارد", "N/A", " - "])
      expect(parseNumberCell(raw), raw).toEqual({ kind: "empty", marker: true, warnings: [] });
    expect(parseNumberCell("")).toEqual({ kind: "empty", marker: false, warnings: [] });
    expect(parseNumberCell("   ")).toEqual({ kind: "empty", marker: false, warnings: [] });
  });
});

describe("isMissingMarker", () => {
  it("knows the no-value markers and nothing else", () => {
    expect(["-", "ندارد", " – ", "null"].map(isMissingMarker)).toEqual([true, true, true, true]);
    expect(["", "0", "-5", "-x", "ندارد است"].map(isMissingMarker)).toEqual([false, false, false, false, false]);
  });
});

describe("toLatinDigits", () => {
  it("converts one script and says so", () => {
    expect(toLatinDigits("۱۴۰۲/۱/۵")).toEqual({ ok: true, value: "1402/1/5", converted: true });
    expect(toLatinDigits("1402")).toEqual({ ok: true, value: "1402", converted: false });
    expect(toLatinDigits("بدون رقم")).toEqual({ ok: true, value: "بدون رقم", converted: false });
  });
  it("refuses mixed scripts", () => {
    expect(toLatinDigits("۱۴۰2").ok).toBe(false);
  });
});

describe("normalizeText", () => {
  it("rejects every bidi embedding, override and isolate control", () => {
    for (const c of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const r = normalizeText(`abc${String.fromCodePoint(c)}def`);
      expect(r.error?.type, c.toString(16)).toBe("unicode-control");
      expect(r.error?.message).toContain(`U+${c.toString(16).toUpperCase()}`);
    }
  });

  it("removes LRM, RLM, ALM and a stray BOM, with a warning", () => {
    for (const c of ["\u200e", "\u200f", "\u061c", "\ufeff"]) {
      expect(normalizeText(`بخش${c} نمونه`)).toEqual({ value: "بخش نمونه", warnings: ["removed invisible direction marks (LRM/RLM/BOM)"] });
    }
  });

  it("maps Arabic ي ى ك to Persian ی ک, with a warning", () => {
    expect(normalizeText("كشاورزي موسى")).toEqual({ value: "کشاورزی موسی", warnings: ["replaced Arabic letters ي/ى/ك with Persian ی/ک"] });
  });

  it("removes tatweel, with a warning", () => {
    expect(normalizeText("تعاونـــی")).toEqual({ value: "تعاونی", warnings: ["removed tatweel (ـ)"] });
  });

  it("keeps ZWNJ, markup and formula-like text exactly, without warnings", () => {
    for (const s of ["صنایع\u200cدستی", "<script>alert(1)</script>", "</svg>", "=1+2", "+98", "@SUM(A1)", "-2+3"]) {
      expect(normalizeText(s), s).toEqual({ value: s, warnings: [] });
    }
  });

  it("trims surrounding spaces", () => {
    expect(normalizeText("  Sample  ").value).toBe("Sample");
  });
});

describe("comparisonKey", () => {
  it("ignores ZWNJ, spaces, underscores and case, and maps Arabic letters", () => {
    const k = comparisonKey("خرم\u200cآباد");
    expect(comparisonKey("خرم آباد")).toBe(k);
    expect(comparisonKey("خرمآباد")).toBe(k);
    expect(comparisonKey("كرمانشاه")).toBe(comparisonKey("کرمانشاه"));
    expect(comparisonKey(" Name_FA ")).toBe(comparisonKey("name fa"));
    expect(comparisonKey("name_fa")).not.toBe(comparisonKey("name_en"));
  });
});
