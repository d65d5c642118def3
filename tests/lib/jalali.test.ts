import { describe, expect, it } from "vitest";
import { isJalali, jalaliToGregorian, jalaliYear, parseJalali, MAX_YEAR, MIN_YEAR } from "../../src/lib/jalali.ts";

const ALL = ["year", "month", "day"] as const;

function failure(raw: string, allowed: readonly ("year" | "month" | "day")[] = ["day"]) {
  const r = parseJalali(raw, allowed);
  if (r.ok) throw new Error(`${raw} should be refused, got ${r.value}`);
  return r;
}

describe("parseJalali: which days exist", () => {
  it("accepts Esfand 30 in a leap year (1403) and refuses it otherwise (1401, 1404)", () => {
    expect(parseJalali("1403-12-30")).toMatchObject({ ok: true, value: "1403-12-30", warnings: [] });
    expect(failure("1401-12-30")).toMatchObject({ type: "jalali-invalid", message: "day 30 does not exist in 1401-12" });
    expect(failure("1404-12-30").type).toBe("jalali-invalid");
    expect(isJalali("1401-12-29")).toBe(true);
  });

  it("has 31 days in months 1-6 and at most 30 in months 7-12", () => {
    for (let m = 1; m <= 6; m++) expect(isJalali(`1402-0${m}-31`), `month ${m}`).toBe(true);
    for (let m = 7; m <= 12; m++) {
      const month = String(m).padStart(2, "0");
      expect(failure(`1402-${month}-31`).type, `month ${m}`).toBe("jalali-invalid");
      if (m < 12) expect(isJalali(`1402-${month}-30`), `month ${m} day 30`).toBe(true);
    }
  });

  it("refuses month 13, month 0 and day 0", () => {
    expect(failure("1402-13-01")).toMatchObject({ type: "jalali-invalid", message: "month 13 does not exist" });
    expect(failure("1402-13", ALL).type).toBe("jalali-invalid");
    expect(failure("1402-00-10").type).toBe("jalali-invalid");
    expect(failure("1402-05-00").type).toBe("jalali-invalid");
  });

  it("refuses a Gregorian date and accepts years 1300-1500 only", () => {
    expect(failure("2025-09-06")).toMatchObject({ type: "jalali-invalid", message: expect.stringContaining("Gregorian") });
    expect(failure("2025", ALL).type).toBe("jalali-invalid");
    expect([MIN_YEAR, MAX_YEAR]).toEqual([1300, 1500]);
    expect(isJalali("1300-01-01")).toBe(true);
    expect(isJalali("1500-01-01")).toBe(true);
    expect(failure("1299-12-29").type).toBe("jalali-invalid");
    expect(failure("1501-01-01").type).toBe("jalali-invalid");
  });

  it("agrees with ICU's Persian calendar on every day of 1395-1410", () => {
    const fmt = new Intl.DateTimeFormat("en-u-ca-persian-nu-latn", { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });
    const icu = new Map<string, string>();
    for (let t = Date.UTC(2016, 2, 1); t < Date.UTC(2032, 3, 1); t += 86_400_000) {
      const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
      icu.set(`${p.year}-${p.month.padStart(2, "0")}-${p.day.padStart(2, "0")}`, new Date(t).toISOString().slice(0, 10));
    }
    let checked = 0;
    for (let y = 1395; y <= 1410; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const j = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(isJalali(j), j).toBe(icu.has(j));
          if (icu.has(j)) {
            expect(jalaliToGregorian(j), j).toBe(icu.get(j));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(5800);
  });
});

describe("parseJalali: forms and precision", () => {
  it("writes ۱۴۰۲/۱/۵ as 1402-01-05, with warnings", () => {
    const r = parseJalali("۱۴۰۲/۱/۵");
    expect(r).toMatchObject({ ok: true, value: "1402-01-05", precision: "day", parts: { year: 1402, month: 1, day: 5 } });
    expect(r.ok && r.warnings).toEqual(["converted Persian/Arabic digits to Latin digits", "wrote the date as 1402-01-05"]);
    expect(parseJalali("1402/1/5")).toMatchObject({ ok: true, value: "1402-01-05", warnings: ["wrote the date as 1402-01-05"] });
    expect(parseJalali("1402-1-5")).toMatchObject({ ok: true, value: "1402-01-05" });
    expect(parseJalali("1402-01-05")).toMatchObject({ ok: true, value: "1402-01-05", warnings: [] });
  });

  it("refuses digits of two scripts", () => {
    expect(failure("۱۴۰2-01-05").type).toBe("mixed-digits");
  });

  it("allows a year or a month only where the column does", () => {
    expect(failure("1402").type).toBe("type-error");
    expect(failure("1402-05").type).toBe("type-error");
    expect(parseJalali("1402", ALL)).toMatchObject({ ok: true, value: "1402", precision: "year" });
    expect(parseJalali("1402-5", ALL)).toMatchObject({ ok: true, value: "1402-05", precision: "month" });
  });

  it("refuses other shapes", () => {
    for (const raw of ["5/1/1402", "1402.01.05", "14020105", "1402-01-05T00:00", "", "سال ۱۴۰۲"])
      expect(failure(raw, ALL).type, raw).toBe("type-error");
  });
});

describe("jalaliToGregorian", () => {
  it("converts the dates checked against two libraries", () => {
    expect(jalaliToGregorian("1401-04-12")).toBe("2022-07-03");
    expect(jalaliToGregorian("1401-12-27")).toBe("2023-03-18");
    expect(jalaliToGregorian("1404-06-11")).toBe("2025-09-02");
    expect(jalaliToGregorian("1404-06-15")).toBe("2025-09-06");
    expect(jalaliToGregorian("1403-12-30")).toBe("2025-03-20");
  });

  it("reads the year of a period", () => {
    expect([jalaliYear("1403"), jalaliYear("1403-04"), jalaliYear("1403-04-10")]).toEqual([1403, 1403, 1403]);
  });
});
