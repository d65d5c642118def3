/** The display model built from the real data/: joins, money converted once, Persian digits. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../src/validate/index.ts";
import { buildModel } from "../../src/data/model.ts";
import { headlineFigures } from "../../src/data/headlines.ts";

const report = validateDataDir(join(__dirname, "../../data"));

describe("data/ (the published data)", () => {
  it("validates", () => {
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
  });
});

describe("buildModel", () => {
  const model = buildModel(report.data!);
  const fig = (id: string) => model.figures.find((f) => f.id === id)!;

  it("converts money exactly once, to integer rials and billion toman for display", () => {
    for (const f of model.figures.filter((x) => x.unit === "toman" || x.unit === "rial")) {
      expect(Number.isSafeInteger(f.rial)).toBe(true);
      expect(f.display).toBeCloseTo(f.rial! / 1e10, 9);
    }
    const investment = fig("s000-investment");
    expect(investment).toMatchObject({ value: 195, unit: "toman", scale: "billion", qualifier: "about", rial: 1_950_000_000_000, display: 195 });
  });

  it("leaves non-money figures in their own unit", () => {
    for (const f of model.figures.filter((x) => x.unit !== "toman" && x.unit !== "rial")) {
      expect(f.rial).toBeUndefined();
    }
    expect(fig("s000-jobs")).toMatchObject({ value: 200, qualifier: "more_than", display: 200 });
  });

  it("joins every figure to its indicator, place and sources", () => {
    for (const f of model.figures) {
      expect(f.indicator.id).toBe(f.indicator_id);
      expect(f.place.id).toBe(f.place_id);
      expect(f.sources[0].id).toBe(f.source_id);
      expect(f.sources.slice(1).map((s) => s.id)).toEqual(f.also_source_ids ?? []);
    }
  });

  it("never charts doubted or undated figures", () => {
    for (const f of model.figures) expect(f.chartable).toBe(!f.doubt && f.period_kind !== "unknown");
    expect(model.figures.some((f) => f.doubt)).toBe(true);
  });

  it("shows Persian digits in Persian text and keeps the raw data Latin", () => {
    for (const [name, rows] of Object.entries(model.data)) {
      for (const row of rows as Record<string, unknown>[]) {
        if (name === "sources" && row.language === "en") continue; // English headlines stay as printed
        for (const [k, v] of Object.entries(row)) if ((k.endsWith("_fa") || k === "doubt_reason") && typeof v === "string") expect(v).not.toMatch(/[0-9]/);
      }
    }
    const rawHasLatin = report.data!.events.some((e) => /[0-9]/.test(e.name_fa));
    expect(rawHasLatin).toBe(true);
  });

  it("groups conflicting reports", () => {
    for (const [, group] of model.conflicts) {
      expect(group.length).toBeGreaterThan(1);
      expect(new Set(group.map((f) => f.indicator_id)).size).toBe(1);
    }
  });

  it("finds every featured figure of data/featured.csv, in its order", () => {
    const ids = report.data!.featured.map((r) => r.id);
    expect(headlineFigures(model).map((f) => f.id)).toEqual(ids);
  });
});
