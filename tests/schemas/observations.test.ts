/**
 * The observation schema can say honestly what press data is like: stated, inferred or unknown
 * periods; doubted figures with a reason; several sources for one figure; units that must match
 * the indicator. Each test edits one row of the synthetic valid-min fixture and checks the exact
 * error (type, line, column) or the accepted value.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../src/validate/index.ts";
import { DATASETS } from "../../src/schemas/index.ts";

const DIR = join(__dirname, "../fixtures/valid-min");
const HEADER = Object.keys(DATASETS.observations.schema.shape);
const col = (f: string) => HEADER.indexOf(f) + 1;

/** valid-min with row 2 (first data row) of observations.csv changed field by field. */
function withObservation(changes: Record<string, string>) {
  const text = readFileSync(join(DIR, "observations.csv"), "utf8");
  const lines = text.split("\n");
  const header = lines[0].split(",");
  const cells = lines[1].split(",");
  for (const [k, v] of Object.entries(changes)) cells[header.indexOf(k)] = v;
  lines[1] = cells.join(",");
  const patched = lines.join("\n");
  return validateDataDir(DIR, {
    readFile: (p) => (p.endsWith("observations.csv") ? new TextEncoder().encode(patched) : readFileSync(p)),
  });
}
const errorsOf = (r: ReturnType<typeof validateDataDir>) => r.errors.map((e) => ({ type: e.type, line: e.line, column: e.column }));

describe("observations: period kind", () => {
  it("accepts an unknown period with no period", () => {
    const r = withObservation({ period_kind: "unknown", period: "" });
    expect(r.valid).toBe(true);
    expect(r.data!.observations[0].period).toBeUndefined();
  });
  it("refuses an unknown period that gives a period", () => {
    expect(errorsOf(withObservation({ period_kind: "unknown", period: "1403" }))).toEqual([
      { type: "constraint-error", line: 2, column: col("period") },
    ]);
  });
  it("requires a period when it is stated", () => {
    expect(errorsOf(withObservation({ period_kind: "stated", period: "" }))).toEqual([
      { type: "required", line: 2, column: col("period") },
    ]);
  });
  it("requires the basis of an inferred period", () => {
    expect(errorsOf(withObservation({ period_kind: "inferred", period: "1399", period_basis: "" }))).toEqual([
      { type: "required", line: 2, column: col("period_basis") },
    ]);
    expect(withObservation({ period_kind: "inferred", period: "1399", period_basis: "same event as another report" }).valid).toBe(true);
  });
  it("accepts year, month and day periods, and refuses impossible ones", () => {
    // (test-0002 has no publication date: a period after it would be another rule, date-after-publication.)
    for (const p of ["1399", "1399-11", "1403-12-30"])
      expect(withObservation({ period: p, source_id: "test-0002", also_source_ids: "" }).valid).toBe(true);
    expect(errorsOf(withObservation({ period: "1401-12-30" }))).toEqual([{ type: "jalali-invalid", line: 2, column: col("period") }]);
    expect(errorsOf(withObservation({ period: "1399-13" }))).toEqual([{ type: "jalali-invalid", line: 2, column: col("period") }]);
  });
  it("refuses a period that ends before it starts", () => {
    expect(errorsOf(withObservation({ period: "1400", period_end: "1399" }))).toEqual([
      { type: "constraint-error", line: 2, column: col("period_end") },
    ]);
  });
  it("refuses an unknown period kind", () => {
    expect(errorsOf(withObservation({ period_kind: "guessed" }))).toEqual([
      { type: "constraint-error", line: 2, column: col("period_kind") },
    ]);
  });
});

describe("observations: doubt flag", () => {
  it("needs a Persian reason when a figure is doubted", () => {
    expect(errorsOf(withObservation({ doubt: "true", doubt_reason: "" }))).toEqual([
      { type: "required", line: 2, column: col("doubt_reason") },
    ]);
    expect(errorsOf(withObservation({ doubt: "true", doubt_reason: "likely a misprint", doubt_reason_en: "Likely a misprint" }))).toEqual([
      { type: "constraint-error", line: 2, column: col("doubt_reason") },
    ]);
    const ok = withObservation({ doubt: "true", doubt_reason: "احتمال خطای چاپی", doubt_reason_en: "Likely a misprint" });
    expect(ok.valid).toBe(true);
    expect(ok.data!.observations[0].doubt).toBe(true);
  });
  it("refuses a reason on a figure that is not doubted", () => {
    expect(errorsOf(withObservation({ doubt: "false", doubt_reason: "احتمال خطای چاپی", doubt_reason_en: "Likely a misprint" }))).toEqual([
      { type: "constraint-error", line: 2, column: col("doubt") },
    ]);
  });
  it("needs the reason in English wherever the Persian one is filled, and not the other way round", () => {
    expect(errorsOf(withObservation({ doubt: "true", doubt_reason: "احتمال خطای چاپی", doubt_reason_en: "" }))).toEqual([
      { type: "required", line: 2, column: col("doubt_reason_en") },
    ]);
    expect(errorsOf(withObservation({ doubt: "false", doubt_reason: "", doubt_reason_en: "Likely a misprint" }))).toEqual([
      { type: "required", line: 2, column: col("doubt_reason") },
    ]);
    expect(errorsOf(withObservation({ note_fa: "یادداشت", note_en: "" }))).toEqual([{ type: "required", line: 2, column: col("note_en") }]);
    expect(withObservation({ note_fa: "", note_en: "An English-only note" }).valid).toBe(true);
  });
  it("requires the flag and reads only true or false", () => {
    expect(errorsOf(withObservation({ doubt: "" }))).toEqual([{ type: "required", line: 2, column: col("doubt") }]);
    expect(errorsOf(withObservation({ doubt: "maybe" }))).toEqual([{ type: "type-error", line: 2, column: col("doubt") }]);
  });
});

describe("observations: several sources", () => {
  it("reads also_source_ids as a list and checks every id", () => {
    const r = withObservation({ also_source_ids: "test-0002" });
    expect(r.data!.observations[0].also_source_ids).toEqual(["test-0002"]);
    expect(errorsOf(withObservation({ also_source_ids: "test-0002 no-such-source" }))).toEqual([
      { type: "foreign-key", line: 2, column: col("also_source_ids") },
    ]);
  });
  it("checks the primary source", () => {
    expect(errorsOf(withObservation({ source_id: "nowhere" }))).toEqual([{ type: "foreign-key", line: 2, column: col("source_id") }]);
  });
});

describe("observations: units", () => {
  it("refuses a unit that does not match the indicator", () => {
    expect(errorsOf(withObservation({ unit: "toman", scale: "billion" }))).toEqual([
      { type: "unit-unknown", line: 2, column: col("unit") },
    ]);
  });
  it("refuses an unknown unit or scale", () => {
    expect(errorsOf(withObservation({ unit: "tomans" }))).toEqual([{ type: "unit-unknown", line: 2, column: col("unit") }]);
    expect(errorsOf(withObservation({ scale: "" }))).toEqual([{ type: "required", line: 2, column: col("scale") }]);
  });
  it("refuses negative figures and percentages over 100", () => {
    expect(errorsOf(withObservation({ value: "-5" }))).toEqual([{ type: "constraint-error", line: 2, column: col("value") }]);
  });
});
