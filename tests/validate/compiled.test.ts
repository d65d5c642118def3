/**
 * The compiled per-column checks and row rules (src/validate/compile.ts) against zod, the
 * specification: on thousands of generated and mutated rows per CSV dataset, a row passes the
 * compiled checks exactly when zod's safeParse accepts it, and then zod's output is the row itself.
 * Rows are made of raw cells (valid values from data/ and valid-min, mutated, or arbitrary text)
 * read by the same cell readers the validator uses.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { DATASETS, DATASET_NAMES } from "../../src/schemas/index.ts";
import { cellReader } from "../../src/validate/cells.ts";
import { compileField, compileRowRules } from "../../src/validate/compile.ts";
import { ROOT } from "../real-data/dir.ts";
import { VALID_MIN } from "./fixtures.ts";

/** Every value of each column in data/ and valid-min, and their rows (as cells in field order). */
function samples(file: string, fields: string[]): { values: Record<string, string[]>; rows: string[][] } {
  const out: Record<string, Set<string>> = Object.fromEntries(fields.map((f) => [f, new Set<string>()]));
  const rows: string[][] = [];
  for (const dir of [join(ROOT, "data"), VALID_MIN]) {
    const parsed = Papa.parse<Record<string, string>>(readFileSync(join(dir, file), "utf8"), { header: true, skipEmptyLines: true }).data;
    for (const r of parsed) {
      for (const f of fields) if (r[f] !== undefined) out[f].add(r[f]);
      rows.push(fields.map((f) => r[f] ?? ""));
    }
  }
  return { values: Object.fromEntries(fields.map((f) => [f, [...out[f], ""]])), rows };
}

const EDGE = [
  "",
  " ",
  "-",
  "0",
  "-1",
  "1e3",
  "NaN",
  "Infinity",
  "true",
  "TRUE",
  "false",
  "yes",
  "1403",
  "1403-12-30",
  "1401-12-30",
  "1403-13",
  "2024-01-01",
  "1403/1/5",
  "۱۴۰۳",
  "a",
  "A-B",
  "a--b",
  "-a",
  "a_b",
  "x".repeat(50),
  "سلام",
  "https://example.org/x",
  "ftp://x",
  "http://",
  "exact",
  "about",
  "more_than",
  "count",
  "toman",
  "billion",
  "female",
  "stated",
  "inferred",
  "unknown",
  "100",
  "101",
  "25.84",
  "0.5",
  "-0.5",
  "-0",
  "0.0001",
  "-0.0001",
  "99.9",
  "100.1",
];

/** A mutation of a valid cell: a character dropped, doubled, changed case, negated, or a suffix added. */
const mutate = (s: string) =>
  fc.oneof(
    fc.nat().map((k) => (s.length ? s.slice(0, k % s.length) + s.slice((k % s.length) + 1) : s)),
    fc.nat().map((k) => (s.length ? s.slice(0, k % s.length) + s[k % s.length] + s.slice(k % s.length) : "x")),
    fc.constant(s.toUpperCase()),
    fc.constant(`-${s}`),
    fc.constantFrom("-", "_", " ", "x", "0", "ي", "?").map((c) => s + c),
  );

const CSV = DATASET_NAMES.filter((n) => DATASETS[n].format === "csv");

describe.each(CSV)("compiled checks agree with zod on %s", (name) => {
  const { file } = DATASETS[name];
  const schema = DATASETS[name].schema as unknown as z.ZodObject;
  const shape = schema.shape as Record<string, z.ZodType>;
  const fields = Object.keys(shape);
  const { values: known, rows: validRows } = samples(file, fields);
  const readers = fields.map((f) => cellReader(shape[f], f));
  const checks = fields.map((f) => compileField(shape[f]));
  const rules = compileRowRules(schema);
  const cell = (f: string) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...known[f]) },
      { weight: 2, arbitrary: fc.constantFrom(...known[f]).chain(mutate) },
      { weight: 3, arbitrary: fc.constantFrom(...EDGE) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    );
  // Whole rows of independent cells, and real rows with one to three cells replaced.
  const replaced = fc
    .tuple(
      validRows.length ? fc.constantFrom(...validRows) : fc.tuple(...fields.map(cell)),
      fc.array(fc.tuple(fc.nat({ max: fields.length - 1 }), fc.nat()), { minLength: 0, maxLength: 3 }),
      fc.tuple(...fields.map(cell)),
    )
    .map(([base, picks, other]) => {
      const r = [...base];
      for (const [c] of picks) r[c] = other[c];
      return r;
    });
  const row = fc.oneof({ weight: 1, arbitrary: fc.tuple(...fields.map(cell)) }, { weight: 2, arbitrary: replaced });

  it("on 4,000 rows: the same verdict, and zod returns the row unchanged", () => {
    let compared = 0;
    let accepted = 0;
    fc.assert(
      fc.property(row, (cells) => {
        const values: unknown[] = [];
        for (let c = 0; c < fields.length; c++) {
          const res = readers[c](cells[c]);
          if (!res.ok) return true; // refused by the cell reader: never reaches either check
          values.push(res.value);
        }
        const obj = Object.fromEntries(fields.map((f, c) => [f, values[c]]));
        const compiled = checks.every((ch, c) => ch(values[c])) && (rules === undefined || rules(obj));
        const zod = schema.safeParse(obj);
        compared++;
        if (zod.success) accepted++;
        expect(compiled, JSON.stringify({ cells, zod: zod.success ? "ok" : zod.error.issues.map((i) => i.message) })).toBe(zod.success);
        if (zod.success) expect(zod.data).toEqual(obj);
        return true;
      }),
      { numRuns: 4000, seed: 20261201 },
    );
    // Both verdicts occur, often enough to mean something.
    expect(compared).toBeGreaterThan(400);
    expect(accepted).toBeGreaterThan(validRows.length ? 20 : 0);
    expect(compared - accepted).toBeGreaterThan(20);
  });
});
