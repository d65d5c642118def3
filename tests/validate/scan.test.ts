/**
 * Rows read in place (src/validate/scan.ts, cells.ts cellScanner) against records split and read
 * cell by cell: on generated observations files (cells emptied, spaced, in Persian digits, with
 * thousands marks or decimal commas, "no value" markers, totals labels in the first cells, extra
 * and missing cells, blank rows, long notes, known and unknown sources), the table (every column,
 * lines, counts, resolved references) and every issue are the same both ways.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { DATASETS } from "../../src/schemas/index.ts";
import { csvChunking, readCsvBytes, type TableResult } from "../../src/validate/csv.ts";
import { knownRefs } from "../../src/validate/index.ts";
import { IssueSink, formatIssue } from "../../src/validate/issues.ts";
import { scanning } from "../../src/validate/scan.ts";
import { column, rowCount } from "../../src/validate/store.ts";

const FIXTURE = join(import.meta.dirname, "../fixtures/valid-min");
const sourcesCsv = readFileSync(join(FIXTURE, "sources.csv"));
const [header, ...templates] = readFileSync(join(FIXTURE, "observations.csv"), "utf8").trim().split("\n");
const fields = header.split(",");
const defaults = { ...csvChunking };
afterEach(() => {
  Object.assign(csvChunking, defaults);
  scanning.enabled = true;
});

/** A cell as a maintainer might leave it. */
const oddCell = fc.constantFrom(
  "",
  " lorestan",
  "۱۲۰",
  "1,234",
  "25,84",
  "12.5",
  "1.234",
  "-",
  "ندارد",
  "total",
  "جمع",
  "TRUE",
  "true",
  "false",
  "test-0001",
  " test-0002 ",
  "test-9999",
  "1403",
  "1403/05/10",
  "123456789012345",
  "1234567890123456",
  "98765432109876543",
  "007",
  "x".repeat(1200),
  // quoted cells: plain, with a comma, doubled quotes, a line break, empty, a totals label, and a
  // stray quote (left to papaparse)
  '"lorestan"',
  '"test-0001"',
  '"a, b"',
  '"he said ""x"""',
  '"two\nlines"',
  '""',
  '"total"',
  '"12"',
  'a"b',
);
const row = fc
  .tuple(
    fc.constantFrom(...templates),
    fc.nat(99_999),
    fc.array(fc.tuple(fc.nat(fields.length - 1), oddCell), { maxLength: 3 }),
    fc.constantFrom("same", "same", "same", "extra", "missing", "blank"),
  )
  .map(([template, n, edits, shape]) => {
    const cells = template.split(",");
    cells[0] = `obs-${n}`;
    for (const [c, v] of edits) cells[c] = v;
    if (shape === "blank") return cells.map(() => "").join(",");
    if (shape === "extra") cells.push("x");
    if (shape === "missing") cells.pop();
    return cells.join(",");
  });

function read(text: string, scan: boolean) {
  scanning.enabled = scan;
  Object.assign(csvChunking, { threshold: 0, chunk: 300 });
  const sink = new IssueSink(100_000);
  const sources = readCsvBytes(sourcesCsv, "sources.csv", DATASETS.sources.schema, sink)!;
  const { schema } = DATASETS.observations;
  const table = readCsvBytes(Buffer.from(text), "observations.csv", schema, sink, knownRefs(schema, { sources }))!;
  return { table, issues: [...sink.errors, ...sink.warnings].map(formatIssue) };
}

const shape = (t: TableResult) => ({
  stats: t.stats,
  lines: t.lines,
  failed: t.failed,
  rejected: [...(t.rejectedIds ?? [])],
  columns: Object.fromEntries(
    fields.map((f) => [f, JSON.stringify(Array.from(column(t, f), (v) => (v === undefined ? "(undefined)" : v)))]),
  ),
  refRows: Object.fromEntries(Object.entries(t.readRefRows ?? {}).map(([f, r]) => [f, Array.from(r)])),
  rows: rowCount(t),
});

describe("rows read in place", () => {
  it("give the table and issues of splitting each record", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.boolean(), (rows, trailing) => {
        const text = [header, ...rows].join("\n") + (trailing ? "\n" : "");
        const a = read(text, true);
        const b = read(text, false);
        expect(a.issues).toEqual(b.issues);
        expect(shape(a.table)).toEqual(shape(b.table));
      }),
      { numRuns: 400 },
    );
  });

  it("give the same table when the memories grow and turn off (10,000 rows)", () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => {
      const cells = templates[i % templates.length].split(",");
      cells[0] = `obs-${i}`;
      cells[3] = String((i * 7919) % 100_003); // amounts that rarely repeat
      cells[24] = i % 3 === 0 ? `یادداشت ${i % 5000}` : ""; // notes that repeat a little
      cells[25] = i % 3 === 0 ? `note ${i % 5000}` : "";
      cells[23] = `ref-${i % 50}`;
      return cells.join(",");
    });
    const text = [header, ...lines].join("\n") + "\n";
    const a = read(text, true);
    const b = read(text, false);
    expect(a.table.stats.accepted).toBe(10_000);
    expect(a.issues).toEqual(b.issues);
    expect(shape(a.table)).toEqual(shape(b.table));
  });

  it("read quoted cells in place as splitting them does (commas, doubled quotes, line breaks)", () => {
    const notes = ['"he said ""x"""', '"a, b"', '"two\nlines"', '""', '"plain"', '"""quoted"" start"', '"end ""quoted"""'];
    const lines = notes.flatMap((note, k) =>
      templates.map((template, j) => {
        const cells = template.split(",");
        cells[0] = `obs-${k}-${j}`;
        cells[25] = note;
        cells[23] = `"ref ${k}"`;
        return cells.join(",");
      }),
    );
    const text = [header, ...lines].join("\n") + "\n";
    const a = read(text, true);
    const b = read(text, false);
    expect(a.table.stats.accepted).toBeGreaterThan(lines.length / 2);
    expect(Array.from(column(a.table, "note_en"))).toContain('he said "x"');
    expect(a.issues).toEqual(b.issues);
    expect(shape(a.table)).toEqual(shape(b.table));
  });
});
