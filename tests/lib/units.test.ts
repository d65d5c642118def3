import { describe, expect, it } from "vitest";
import { SCALES, SCALE_EXPONENT, UNITS, UNIT_KINDS, isMoney, rialToBillionToman, toPlain, toRial, type Unit } from "../../src/lib/units.ts";

describe("toRial", () => {
  it("converts exactly, with no floating-point residue", () => {
    expect(toRial(25.84, "toman", "billion")).toBe(258_400_000_000);
    expect(toRial(29742.951, "rial", "billion")).toBe(29_742_951_000_000);
    expect(toRial(3, "rial", "billion")).toBe(3_000_000_000);
    // 1.1 * 10^4 is 11000.000000000002 in floating point.
    expect(toRial(1.1, "toman", "thousand")).toBe(11_000);
    expect(toRial(0.7, "toman", "trillion")).toBe(7_000_000_000_000);
  });

  it("counts 1 toman as 10 rial, and each scale once", () => {
    expect(toRial(1, "toman", "one")).toBe(10);
    expect(toRial(1, "rial", "one")).toBe(1);
    expect(SCALES.map((s) => toRial(1, "rial", s))).toEqual([1, 1e3, 1e6, 1e9, 1e12]);
    expect(SCALES.map((s) => toRial(2, "toman", s))).toEqual([20, 2e4, 2e7, 2e10, 2e13]);
  });

  it("refuses fractions of a rial and amounts beyond 2^53", () => {
    expect(() => toRial(0.5, "rial", "one")).toThrow(/whole number of rials/);
    expect(() => toRial(1.25, "toman", "one")).toThrow(/whole number of rials/);
    expect(() => toRial(1000, "toman", "trillion")).toThrow(/2\^53/);
  });

  it("refuses units that are not money", () => {
    for (const unit of ["count", "people", "jobs", "percent", "usd"] as Unit[]) {
      expect(() => toRial(1, unit, "one"), unit).toThrow(/not money/);
      expect(isMoney(unit)).toBe(false);
    }
    expect(isMoney("toman") && isMoney("rial")).toBe(true);
  });
});

describe("units and scales", () => {
  it("lists the units the schema accepts and money's two", () => {
    expect([...UNITS]).toEqual(["count", "people", "jobs", "percent", "toman", "rial", "usd", "tonne"]);
    expect([...UNIT_KINDS.money]).toEqual(["toman", "rial"]);
    expect([...UNIT_KINDS.weight]).toEqual(["tonne"]);
    expect(SCALE_EXPONENT).toEqual({ one: 0, thousand: 3, million: 6, billion: 9, trillion: 12 });
  });

  it("scales plain figures and shows rials as billion toman", () => {
    expect(toPlain(6, "thousand")).toBe(6000);
    expect(toPlain(45, "one")).toBe(45);
    expect(rialToBillionToman(258_400_000_000)).toBe(25.84);
  });
});
