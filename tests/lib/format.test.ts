/** Display formats in both editions (lib/format.ts): Persian as before, English with Latin digits, Gregorian first. */
import { describe, expect, it } from "vitest";
import {
  digits,
  faFigure,
  faPeriod,
  formatDate,
  formatFigure,
  formatNumber,
  formatPercent,
  formatPeriod,
  gregorianSpan,
  toLatin,
} from "../../src/lib/format.ts";

describe("numbers", () => {
  it("Persian digits and separators in fa, Intl en-US in en, no bidi marks", () => {
    expect(formatNumber(1234567.5)).toBe("۱٬۲۳۴٬۵۶۷٫۵");
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
    expect(formatNumber(-3, "fa")).not.toMatch(/\u200E/);
    expect(formatPercent(2.5, "en")).toBe("2.5%");
    expect(formatPercent(2.5)).toBe("۲٫۵٪");
    expect(digits(1404, "fa")).toBe("۱۴۰۴");
    expect(digits(1404, "en")).toBe("1404");
    expect(toLatin("۱۴۰۴ و ٣")).toBe("1404 و 3");
  });
});

describe("figures", () => {
  const f = { value: 6, unit: "toman", scale: "billion", qualifier: "more_than" } as const;
  it("qualifier, number, scale and unit in each language", () => {
    expect(faFigure(f)).toBe("بیش از ۶ میلیارد تومان");
    expect(formatFigure(f, "en")).toBe("more than 6 billion tomans");
    expect(formatFigure({ value: 537, unit: "count", scale: "one", qualifier: "exact" }, "en", "cooperatives")).toBe("537 cooperatives");
  });
});

describe("dates and periods", () => {
  it("Persian: Jalali first, Gregorian beside; English: Gregorian first, Jalali beside", () => {
    expect(formatDate("1404-06-15")).toBe("۱۵ شهریور ۱۴۰۴ (۶ سپتامبر ۲۰۲۵)");
    expect(formatDate("1404-06-15", "en")).toBe("6 September 2025 (15 Shahrivar 1404)");
  });
  it("periods: Persian words as before, English with the Gregorian time they cover", () => {
    expect(faPeriod("1398", "1399")).toBe("۱۳۹۸ تا ۱۳۹۹");
    expect(formatPeriod("1398", "1399", "en")).toBe("1398 to 1399 (2019–21)");
    expect(formatPeriod("1399-11", undefined, "en")).toBe("Bahman 1399 (Jan–Feb 2021)");
    expect(formatPeriod(undefined, undefined, "en")).toBe("unknown");
    expect(gregorianSpan("1399")).toBe("2020–21");
    expect(gregorianSpan("1398-10")).toBe("Dec 2019–Jan 2020");
    expect(gregorianSpan("1403-12")).toBe("Feb–Mar 2025");
  });
});
