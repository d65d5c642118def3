/**
 * Featured figures are data (data/featured.csv): an unknown id is a foreign-key error with the
 * line, more than MAX_FEATURED rows is refused at the first extra row, and none at all is valid.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_FEATURED } from "../../src/schemas/featured.ts";
import { validateDataDir } from "../../src/validate/index.ts";

const VALID = join(__dirname, "../fixtures/valid-min");
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function withFeatured(body: string): string {
  const d = mkdtempSync(join(tmpdir(), "featured-test-"));
  dirs.push(d);
  cpSync(VALID, d, { recursive: true });
  writeFileSync(join(d, "featured.csv"), `id,note_fa,note_en\n${body}`);
  return d;
}
const issues = (dir: string) => validateDataDir(dir).errors.map((e) => ({ type: e.type, line: e.line, column: e.column, value: e.value }));

describe("data/featured.csv", () => {
  it("refuses an id that is not a figure, at its line", () => {
    const errors = issues(withFeatured("obs-money,,\nobs-mony,,\n"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ type: "foreign-key", line: 3, column: 1, value: "obs-mony" });
  });

  it(`refuses more than ${MAX_FEATURED} rows, at the first one too many`, () => {
    const ids = ["obs-money", "obs-count-province", "obs-count-county"];
    const rows = Array.from({ length: MAX_FEATURED + 2 }, (_, i) => `${ids[i % 3]},,\n`).join("");
    const report = validateDataDir(withFeatured(rows));
    const tooMany = report.errors.filter((e) => e.message.startsWith(`at most ${MAX_FEATURED} rows`));
    expect(tooMany).toHaveLength(1);
    expect(tooMany[0]).toMatchObject({ file: "featured.csv", line: MAX_FEATURED + 2, column: 1 });
  });

  it("accepts no featured figure at all (the home page leaves the section out)", () => {
    expect(issues(withFeatured(""))).toEqual([]);
  });
});
