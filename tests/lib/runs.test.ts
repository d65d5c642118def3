import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { persianRuns } from "../../src/lib/runs.ts";

describe("persianRuns", () => {
  it("finds the Persian words an English note quotes, with the spaces and ZWNJs inside a run", () => {
    expect(persianRuns("Printed as credit (اعتبار) spent on creation")).toEqual([
      { text: "Printed as credit (", fa: false },
      { text: "اعتبار", fa: true },
      { text: ") spent on creation", fa: false },
    ]);
    expect(
      persianRuns("The name is printed «غلامرضا فتحی» here and تعاونی‌های فعال there")
        .filter((r) => r.fa)
        .map((r) => r.text),
    ).toEqual(["غلامرضا فتحی", "تعاونی‌های فعال"]);
    expect(persianRuns("no Persian")).toEqual([{ text: "no Persian", fa: false }]);
    expect(persianRuns("همه فارسی ۱۴۰۴")).toEqual([{ text: "همه فارسی ۱۴۰۴", fa: true }]);
  });
  it("gives the text back when joined, with runs that alternate and Persian runs that hold no Latin letter", () => {
    const piece = fc.constantFrom("a", "B", " ", "(", "«", "»", "1", "ت", "ع", "ا", "\u200C", "۴", ".", "ي");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const runs = persianRuns(text);
        expect(runs.map((r) => r.text).join("")).toBe(text);
        for (let i = 1; i < runs.length; i++) expect(runs[i].fa).not.toBe(runs[i - 1].fa);
        for (const r of runs) {
          expect(r.text.length).toBeGreaterThan(0);
          if (r.fa) expect(r.text).not.toMatch(/[A-Za-z0-9(«».]/);
          else expect(r.text).not.toMatch(/[\u0600-\u06FF]/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
