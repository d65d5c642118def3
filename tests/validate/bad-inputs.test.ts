/**
 * Every case of the bad-input catalogue (the shared notes, `notes/bad-inputs.md`, copied into
 * tests/fixtures/README.md) against the validator: the exact, complete list of errors and of
 * warnings (type, file, line, column), and for normalising cases the value that reached the data.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATASETS } from "../../src/schemas/index.ts";
import type { Issue } from "../../src/validate/issues.ts";
import { FIXTURES, caseFiles, caseNames, loadExpected, validateCase, type ExpectedIssue } from "./fixtures.ts";

const REGISTRY_FILES = new Set<string>(Object.values(DATASETS).map((d) => d.file));

/** Errors about one cell or row value must say which field and which value. */
const CELL_TYPES = new Set([
  "type-error",
  "constraint-error",
  "required",
  "jalali-invalid",
  "unit-unknown",
  "unicode-control",
  "mixed-digits",
  "foreign-key",
  "primary-key",
]);

type Located = Pick<ExpectedIssue, "type" | "file" | "line" | "column">;
const locate = ({ type, file, line, column }: Located): Located => ({ type, file, line, column });
const byPlace = (a: Located, b: Located) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.type.localeCompare(b.type);
const sameSpot = (a: Located, b: Located) => a.type === b.type && a.file === b.file && a.line === b.line && a.column === b.column;

/** The exact multiset of (type, file, line, column), then the phrases the messages must contain. */
function expectIssues(actual: Issue[], expected: ExpectedIssue[], kind: string): void {
  expect(actual.map(locate).sort(byPlace), `${kind}: exact list`).toEqual(expected.map(locate).sort(byPlace));
  const unused = [...actual];
  for (const want of expected.filter((e) => e.says)) {
    const i = unused.findIndex((a) => sameSpot(a, want) && a.message.includes(want.says!));
    expect(
      i,
      `${kind} at ${want.file}:${want.line}:${want.column} should say "${want.says}"; got ${JSON.stringify(actual.filter((a) => sameSpot(a, want)).map((a) => a.message))}`,
    ).toBeGreaterThanOrEqual(0);
    unused.splice(i, 1);
  }
}

describe("bad-input catalogue", () => {
  it("has a case folder for each of cases 1-37 (38 is tested with the build)", () => {
    const numbers = new Set(caseNames().map((n) => Number(n.slice(0, 2))));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
  });

  it("documents every case folder in tests/fixtures/README.md", () => {
    const readme = readFileSync(join(FIXTURES, "README.md"), "utf8");
    for (const name of caseNames()) expect(readme, name).toContain(`| \`${name}\` |`);
    expect(readme).toMatch(/\| \(38\) \|.*tests\/build\//);
  });

  it.each(caseNames())("%s holds only registry data files and expected.json", (name) => {
    const files = caseFiles(name);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(REGISTRY_FILES.has(f), `${name}/${f} is not a dataset file`).toBe(true);
  });
});

describe.each(caseNames())("bad input %s", (name) => {
  const expected = loadExpected(name);
  const report = validateCase(name);

  it("reports exactly the expected errors", () => {
    expectIssues(report.errors, expected.errors, "errors");
    expect(report.errorCount).toBe(expected.errors.length);
    expect(report.valid).toBe(expected.errors.length === 0);
  });

  it("reports exactly the expected warnings", () => {
    expectIssues(report.warnings, expected.warnings, "warnings");
    expect(report.warningCount).toBe(expected.warnings.length);
  });

  it("gives every issue a place and a message, and cell errors their field and value", () => {
    for (const i of [...report.errors, ...report.warnings]) {
      expect(REGISTRY_FILES.has(i.file)).toBe(true);
      expect(i.line).toBeGreaterThanOrEqual(1);
      expect(i.column).toBeGreaterThanOrEqual(1);
      expect(i.message.trim()).not.toBe("");
      if (i.severity === "error" && CELL_TYPES.has(i.type)) {
        expect(i.field, `${i.type} at ${i.line}:${i.column} names its field`).toBeTruthy();
        expect(typeof i.value, `${i.type} at ${i.line}:${i.column} carries the offending value`).toBe("string");
      }
    }
  });

  it("accounts for every row: read = accepted + rejected + blank skipped", () => {
    for (const s of report.stats) expect(s.rowsRead, s.file).toBe(s.accepted + s.rejected + s.blankSkipped);
    for (const want of expected.stats ?? []) expect(report.stats.find((s) => s.file === want.file)).toEqual(want);
  });

  if (expected.data || expected.rows) {
    it("puts the normalised (or kept) values into the data", () => {
      expect(report.valid).toBe(true);
      const data = report.data as unknown as Record<string, Record<string, unknown>[]>;
      for (const want of expected.data ?? []) {
        const row = data[want.dataset].find((r) => r.id === want.id);
        expect(row, `${want.dataset} ${want.id}`).toBeDefined();
        if (want.absent) expect(row![want.field], `${want.id}.${want.field}`).toBeUndefined();
        else expect(row![want.field], `${want.id}.${want.field}`).toStrictEqual(want.value);
      }
      for (const [dataset, ids] of Object.entries(expected.rows ?? {})) expect(data[dataset].map((r) => r.id)).toEqual(ids);
    });
  }
});
