/**
 * The column store (src/validate/store.ts) against plain row objects:
 * - on generated rows (numbers, text, booleans, lists, empty cells; columns whose first value
 *   comes late, number columns that meet text, more rows than the capacity), the rows it makes,
 *   row by row and all at once, and its columns hold exactly the values pushed, keys in order;
 * - on the editor's-eye cases and valid-min, the cross-file and editor's checks report the same
 *   issues whether the tables hold their rows by column (as the validator reads CSV) or as row
 *   objects;
 * - the name key (one native replace, then a rare per-character mapping) is the per-character
 *   key it replaced; the name hash is a hash of that key; and the near-duplicate names found by
 *   hash (even when every hash collides) are those a map of keys finds.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATASETS, DATASET_NAMES, type DatasetName } from "../../src/schemas/index.ts";
import { crossCheck } from "../../src/validate/cross.ts";
import { decodeUtf8, readCsvBytes, type TableResult } from "../../src/validate/csv.ts";
import { editorChecks, nameHash, nameKey, nameVisitor } from "../../src/validate/editor.ts";
import { IssueSink, formatIssue } from "../../src/validate/issues.ts";
import { readJson } from "../../src/validate/json.ts";
import { ColumnStore, column, rowAt, rowCount } from "../../src/validate/store.ts";
import { FIXTURES, VALID_MIN } from "./fixtures.ts";
import { ROOT } from "../real-data/dir.ts";

const cell = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 0, max: 10_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 20 }),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);
/** A column: any values, only numbers, empty until late, or always empty. */
const columnOf = (n: number) =>
  fc.oneof(
    fc.array(cell, { minLength: n, maxLength: n }),
    fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: n, maxLength: n }),
    fc
      .tuple(fc.integer({ min: 0, max: n }), fc.array(cell, { minLength: n, maxLength: n }))
      .map(([k, vs]) => vs.map((v, i) => (i < k ? undefined : v))),
    fc.constant(new Array<unknown>(n).fill(undefined)),
    // numbers, then text from some row on (a number column that must widen)
    fc
      .tuple(fc.integer({ min: 0, max: n }), fc.array(fc.integer(), { minLength: n, maxLength: n }))
      .map(([k, vs]) => vs.map((v, i) => (i === k ? "x" : v))),
  );

describe("the column store", () => {
  it("holds exactly the rows pushed", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 40 })
          .chain((n) => fc.tuple(fc.constant(n), fc.array(columnOf(n), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 50 }))),
        ([n, cols, capacity]) => {
          const fields = cols.map((_, c) => `f${c}`);
          const store = new ColumnStore(fields, capacity);
          const expected: Record<string, unknown>[] = [];
          for (let i = 0; i < n; i++) {
            const values = cols.map((c) => c[i]);
            store.push(values);
            expected.push(Object.fromEntries(fields.map((f, c) => [f, values[c]])));
          }
          store.trim();
          expect(store.length).toBe(n);
          for (let i = 0; i < n; i++) {
            const row = store.row(i);
            expect(Object.keys(row)).toEqual(fields);
            expect(row).toStrictEqual(expected[i]);
            fields.forEach((f, c) => expect(Object.is(store.col(f)![i], cols[c][i])).toBe(true));
          }
          const rows = store.rows();
          expect(rows).toStrictEqual(expected);
          expect(store.rows()).toBe(rows); // made once
          const t: TableResult = {
            rows: [],
            store,
            lines: [],
            stats: { file: "", rowsRead: n, accepted: n, rejected: 0, blankSkipped: 0 },
          };
          expect(rowCount(t)).toBe(n);
          if (n > 0) expect(rowAt(t, n - 1)).toBe(rows[n - 1]);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("reads a table of row objects by column too", () => {
    const rows = [{ a: 1, b: "x" }, { a: 2 }, { a: 3, b: "z" }];
    const t: TableResult = { rows, lines: [2, 3, 4], stats: { file: "", rowsRead: 3, accepted: 3, rejected: 0, blankSkipped: 0 } };
    expect(Array.from(column(t, "a"))).toEqual([1, 2, 3]);
    expect(Array.from(column(t, "b"))).toEqual(["x", undefined, "z"]);
    expect(rowCount(t)).toBe(3);
    expect(rowAt(t, 1)).toBe(rows[1]);
  });
});

/** Every dataset of a folder read as the validator reads it (`over`: files read from another folder). */
function readTables(dir: string, over: string | undefined, today: string): { byColumn: string[]; byRow: string[] } {
  const overFiles = new Set(over ? readdirSync(over) : []);
  const read = (file: string) => readFileSync(overFiles.has(basename(file)) ? join(over!, basename(file)) : join(dir, file));
  const load = (): Partial<Record<DatasetName, TableResult>> => {
    const tables: Partial<Record<DatasetName, TableResult>> = {};
    const sink = new IssueSink(100_000);
    for (const name of DATASET_NAMES) {
      const { file, format, schema } = DATASETS[name];
      const bytes = read(file);
      const table =
        format === "csv" ? readCsvBytes(bytes, file, schema, sink) : readJson(decodeUtf8(bytes, file, sink)!, file, schema, sink);
      if (table && !table.failed) tables[name] = table;
    }
    return tables;
  };
  const run = (tables: Partial<Record<DatasetName, TableResult>>) => {
    const sink = new IssueSink(100_000);
    crossCheck(tables, sink);
    editorChecks(tables, sink, { today });
    return [...sink.errors, ...sink.warnings].map(formatIssue);
  };
  const byColumn = load();
  const byRow = load();
  for (const [name, t] of Object.entries(byRow) as [DatasetName, TableResult][]) {
    // The same rows as objects only (no store), as a JSON file or a test's table holds them.
    byRow[name] = { rows: t.rows.map((r) => ({ ...r })), lines: t.lines, stats: t.stats, rejectedIds: t.rejectedIds };
  }
  expect(Object.values(byColumn).some((t) => t.store !== undefined)).toBe(true);
  return { byColumn: run(byColumn), byRow: run(byRow) };
}

describe("checks on tables held by column and by row", () => {
  const editor = join(FIXTURES, "editor");
  const cases = readdirSync(editor, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  let reported = 0;
  it.each([undefined, ...cases])("report the same issues (%s)", (name) => {
    const { byColumn, byRow } = readTables(VALID_MIN, name && join(editor, name), "1404-09-10");
    expect(byColumn).toEqual(byRow);
    reported += byColumn.length;
  });
  it("and on the real data", () => {
    const { byColumn, byRow } = readTables(join(ROOT, "data"), undefined, "1404-09-10");
    expect(byColumn).toEqual(byRow);
  });
  it("on cases where the checks report something", () => expect(reported).toBeGreaterThanOrEqual(5));
});

/** The name key as it was written first: one character at a time. */
function nameKeyByCharacter(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x200c || c === 0x200d || c === 0x0640 || c === 0x20 || c === 0x09 || c === 0xa0) continue;
    if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 0x30);
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 0x30);
    else if (c === 0x064a || c === 0x0649) out += "\u06CC";
    else if (c === 0x0643) out += "\u06A9";
    else if (c === 0x0623 || c === 0x0625 || c === 0x0622) out += "\u0627";
    else if (c === 0x0629) out += "\u0647";
    else out += s[i];
  }
  return out;
}

describe("the name key", () => {
  it("is the per-character key", () => {
    const chars = [..."ابپتثجکگیيىكأإآةه ‌‍ـ\t\u00a0۰۱۹٠١٩0123aZ-«»", "\u{1F600}"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (cs) => {
        const s = cs.join("");
        expect(nameKey(s)).toBe(nameKeyByCharacter(s));
      }),
      { numRuns: 5000 },
    );
  });
});

/** FNV-1a over a string's UTF-16 units, cut to 30 bits: what nameHash computes over the key. */
function fnv30(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h & 0x3fffffff;
}

/** The near-duplicate names as the check first found them: a map from each key to its first spelling. */
function nearDuplicatesByKey(names: string[]): string[] {
  const first = new Map<string, { raw: string; line: number }>();
  const reported = new Set<string>();
  const out: string[] = [];
  names.forEach((raw, line) => {
    if (raw === "") return;
    const f = first.get(nameKey(raw));
    if (!f) first.set(nameKey(raw), { raw, line });
    else if (f.raw !== raw && !reported.has(raw)) {
      reported.add(raw);
      out.push(`${line}:${raw}~${f.line}:${f.raw}`);
    }
  });
  return out;
}

describe("the name hash and the near-duplicate names", () => {
  const chars = [..."ابیيىكکأاة ‌ـ۱1"];
  const name = fc.array(fc.constantFrom(...chars), { maxLength: 6 }).map((cs) => cs.join(""));
  it("hashes a name as its key, without making the key", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars, "\u{1F600}", "-", "«"), { maxLength: 30 }), (cs) => {
        const s = cs.join("");
        expect(nameHash(s)).toBe(fnv30(nameKeyByCharacter(s)));
      }),
      { numRuns: 3000 },
    );
  });
  for (const [label, hash] of [
    ["with the name hash", nameHash],
    ["when every hash collides", () => 0],
    ["when hashes collide often", (s: string) => nameKey(s).length % 3],
  ] as const) {
    it(`reports what a map of keys reports (${label})`, () => {
      let found = 0;
      fc.assert(
        fc.property(fc.array(name, { maxLength: 40 }), (names) => {
          const got: string[] = [];
          const visit = nameVisitor((raw, line, firstRaw, firstLine) => got.push(`${line}:${raw}~${firstLine}:${firstRaw}`), hash);
          names.forEach((raw, line) => visit(raw, line));
          const expected = nearDuplicatesByKey(names);
          expect(got).toEqual(expected);
          found += expected.length;
        }),
        { numRuns: 1000 },
      );
      expect(found).toBeGreaterThan(30);
    });
  }
});
