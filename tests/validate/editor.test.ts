/**
 * The editor's-eye checks, one fixture per mistake maintainers make (tests/fixtures/editor/, each
 * folder's CASE.md says which): the exact, complete output, line for line, as `npm run validate`
 * prints it (file:line:column, type, field, what to do, the value). Today is fixed at 1404-07-01.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE, ISSUE_TYPES } from "../../src/validate/catalogue.ts";
import { EDITOR, editorCases, printed, validateEditorCase } from "./editor-cases.ts";

const expectedOf = (name: string) =>
  readFileSync(join(EDITOR, name, "expected.txt"), "utf8")
    .split("\n")
    .filter((l) => l !== "");

describe.each(editorCases())("editor case %s", (name) => {
  it("prints exactly the expected messages", () => {
    expect(printed(validateEditorCase(name))).toEqual(expectedOf(name));
  });
  it("says what it shows", () => {
    expect(existsSync(join(EDITOR, name, "CASE.md"))).toBe(true);
  });
});

describe("the editor cases together", () => {
  it("cover every editor's-eye issue type", () => {
    const seen = new Set(editorCases().flatMap((n) => expectedOf(n).map((l) => l.split(": ")[1].replace(/^warning /, ""))));
    for (const t of [
      "date-in-future",
      "date-after-publication",
      "likely-duplicate",
      "likely-misprint",
      "cell-too-long",
      "conflict-group",
      "near-duplicate-name",
      "foreign-key",
      "constraint-error",
      "unit-unknown",
      "format-error",
      "required",
      "missing-label",
    ])
      expect(seen, t).toContain(t);
    for (const t of seen) expect(ISSUE_TYPES, t).toContain(t);
  });
  it("report warnings only for types the catalogue calls warnings, errors for errors", () => {
    for (const n of editorCases()) {
      const r = validateEditorCase(n);
      for (const e of r.errors) expect(CATALOGUE[e.type].level, `${n} ${e.type}`).toBe("error");
      for (const w of r.warnings) expect(CATALOGUE[w.type].level, `${n} ${w.type}`).toBe("warning");
    }
  });
});
