/**
 * The maintainer's loop: a valid data edit never turns the tests red. A copy of the real data is
 * edited the way data/README.md says (a figure added to a charted indicator, another figure
 * corrected), then every test file that checks the real data (those that read REAL_DATA_DIR or
 * PAGES_TEST_DATA) is run on the copy in a child vitest, and must pass. The added figure must
 * also reach its chart and the corrected value its table.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateDataDir } from "../../src/validate/index.ts";
import { buildModel } from "../../src/data/model.ts";
import { chartById } from "../../src/charts/registry.ts";
import { ROOT } from "./dir.ts";

const THIS = "tests/real-data/edit-loop.test.ts";
let dir: string;
const added = "edit-loop-added";
let corrected: { id: string; value: number };

/** Test files that check the real data (found by what they read, so new ones join the loop). */
function realDataTests(): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? e.name === "fixtures" || e.name === "node_modules"
          ? []
          : walk(join(d, e.name))
        : e.name.endsWith(".test.ts")
          ? [join(d, e.name)]
          : [],
    );
  return walk(join(ROOT, "tests"))
    .map((f) => relative(ROOT, f))
    .filter((f) => f !== THIS && /REAL_DATA_DIR|PAGES_TEST_DATA/.test(readFileSync(join(ROOT, f), "utf8")));
}

beforeAll(() => {
  dir = join(mkdtempSync(join(tmpdir(), "edit-loop-")), "data");
  cpSync(join(ROOT, "data"), dir, { recursive: true });
  const file = join(dir, "observations.csv");
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
  const rows = parsed.data;
  // Add: one more report of the stock of active cooperatives, dated like the latest dated one.
  const latest = rows
    .filter((r) => r.indicator_id === "coops-active" && r.place_id === "lorestan" && r.doubt === "false" && r.period_kind !== "unknown")
    .sort((a, b) => b.period.localeCompare(a.period))[0];
  expect(latest, "a dated coops-active figure for Lorestan to copy").toBeDefined();
  rows.push({
    ...latest,
    id: added,
    value: String(Number(latest.value) + 7),
    conflict_group: "",
    note_fa: "",
    // A note that quotes the Persian term as printed, as many do.
    note_en: "added by the edit-loop test (printed as «تعاونی‌های فعال»)",
    ref: "",
  });
  // Correct: another charted figure gets a new value.
  const target = rows.find(
    (r) =>
      r.indicator_id === "package-investment" &&
      r.place_id === "lorestan" &&
      r.doubt === "false" &&
      r.period_kind !== "unknown" &&
      !r.conflict_group,
  )!;
  corrected = { id: target.id, value: Number(target.value) + 1 };
  target.value = String(corrected.value);
  writeFileSync(file, Papa.unparse(rows, { columns: parsed.meta.fields, newline: "\n" }) + "\n");
  // A published figure is corrected with its reason (data/README.md, "Publishing"): a pending
  // revision row, which the next release stamps.
  const revisions = join(dir, "revisions.csv");
  if (existsSync(revisions)) {
    const text = readFileSync(revisions, "utf8");
    writeFileSync(
      revisions,
      `${text.endsWith("\n") || text === "" ? text : `${text}\n`}${corrected.id}-edit-loop,${corrected.id},,اصلاح آزمایشی,test correction\n`,
    );
  }
});

afterAll(() => {
  if (dir) rmSync(join(dir, ".."), { recursive: true, force: true });
});

describe("an edited copy of the real data", () => {
  it("is valid, and the edits reach the charts", () => {
    const report = validateDataDir(dir);
    expect(report.errors).toEqual([]);
    const model = buildModel(report.data!);
    expect(
      chartById("active-coops")
        .prepare(model)
        .figures.map((f) => f.id),
    ).toContain(added);
    const inv = chartById("package-investment").prepare(model);
    const f = inv.figures.find((x) => x.id === corrected.id)!;
    expect(f.value).toBe(corrected.value);
    expect(inv.rows.some((r) => r.value === f.display && r.source === f.source.id)).toBe(true);
  });

  it("passes every real-data test file", () => {
    const files = realDataTests();
    expect(files).toContain("tests/real-data/charts.test.ts");
    expect(files).toContain("tests/pages/routes.test.ts");
    let output = "";
    let ok = true;
    try {
      output = execFileSync(process.execPath, [join(ROOT, "node_modules/vitest/vitest.mjs"), "run", ...files], {
        cwd: ROOT,
        env: { ...process.env, REAL_DATA_DIR: dir, PAGES_TEST_DATA: dir, CI: "1" },
        encoding: "utf8",
        stdio: "pipe",
      });
    } catch (e) {
      ok = false;
      const err = e as { stdout?: string; stderr?: string };
      output = `${err.stdout ?? ""}\n${err.stderr ?? ""}`;
    }
    expect(ok, output.slice(-4000)).toBe(true);
    expect(output).toMatch(/Test Files\s+.*\d+ passed/);
  }, 600_000);
});
