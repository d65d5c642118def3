/**
 * `--fix`: the bundled data comes back byte for byte; on the bad-input cases that normalise, the
 * fixed files validate to the same data with no fixable warning left, only the fixed cells
 * changed, and a second fix changes nothing.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixDataDir, fixCsvText, csvCells } from "../../src/validate/fix.ts";
import { validateDataDir } from "../../src/validate/index.ts";
import { DATASETS } from "../../src/schemas/index.ts";
import { ROOT } from "../real-data/dir.ts";
import { caseOnDisk } from "./fixtures.ts";

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});
const files = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => /\.(csv|json)$/.test(f))
      .map((f) => [f, readFileSync(join(dir, f))]),
  );

describe("--fix", () => {
  it("round-trips the bundled data/ unchanged", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "fix-data-")), "data");
    temps.push(join(dir, ".."));
    cpSync(join(ROOT, "data"), dir, { recursive: true });
    const before = files(dir);
    expect(fixDataDir(dir)).toEqual([]);
    const after = files(dir);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const f of Object.keys(before)) expect(Buffer.compare(after[f], before[f]), f).toBe(0);
  });

  const FIXABLE = [
    "01-utf8-bom",
    "10-header-near-match",
    "18-persian-digits",
    "20-group-decimal-marks",
    "32-slash-date",
    "33b-lrm-rlm",
    "35-arabic-letters",
  ];
  it.each(FIXABLE)("fixes %s: same data, no fixable warning left, only fixed cells changed, idempotent", (name) => {
    const dir = caseOnDisk(name);
    temps.push(dir);
    const before = validateDataDir(dir);
    const fixable = before.warnings.filter((w) => w.type === "normalized" && w.fix !== undefined);
    expect(fixable.length, "the case has something to fix").toBeGreaterThan(0);
    const texts = files(dir);
    const changes = fixDataDir(dir);
    expect(changes.length).toBeGreaterThan(0);
    const after = validateDataDir(dir);
    expect(after.errors).toEqual(before.errors);
    expect(after.warnings.filter((w) => w.type === "normalized" && w.fix !== undefined)).toEqual([]);
    expect(after.data).toEqual(before.data);
    // Lines without a change are byte for byte the same.
    const changedLines = new Set(changes.map((c) => `${c.file}:${c.line}`));
    for (const [f, bytes] of Object.entries(files(dir))) {
      const old = texts[f]
        .toString("utf8")
        .replace(/^\uFEFF/, "")
        .split("\n");
      const now = bytes.toString("utf8").split("\n");
      expect(now.length, f).toBe(old.length);
      old.forEach((l, i) => {
        if (!changedLines.has(`${f}:${i + 1}`)) expect(now[i], `${f}:${i + 1}`).toBe(l);
      });
    }
    expect(fixDataDir(dir)).toEqual([]);
  });

  it("keeps quoting, line endings and the rest of the line", () => {
    const schema = DATASETS.sectors.schema;
    const text = 'id,name_fa,name_en\r\nsector-a,"كشاورزي, دامي",Farming\r\n"sector-b" ,بخش ب,"B ""quoted"""\r\n';
    const { text: out, changes } = fixCsvText(text, "sectors.csv", schema);
    expect(out).toBe('id,name_fa,name_en\r\nsector-a,"کشاورزی, دامی",Farming\r\n"sector-b" ,بخش ب,"B ""quoted"""\r\n');
    expect(changes).toEqual([{ file: "sectors.csv", line: 2, column: 2, field: "name_fa", from: "كشاورزي, دامي", to: "کشاورزی, دامی" }]);
  });

  it("reads cells with their offsets, quotes and lines", () => {
    const cells = csvCells('a,"b\nc",d\ne,f')!;
    expect(cells.map((r) => r.map((c) => [c.value, c.line, c.quoted]))).toEqual([
      [
        ["a", 1, false],
        ["b\nc", 1, true],
        ["d", 2, false],
      ],
      [
        ["e", 3, false],
        ["f", 3, false],
      ],
    ]);
    expect(csvCells('a,"b')).toBeNull();
  });
});
