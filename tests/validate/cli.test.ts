/**
 * The command line (`npm run validate`), run as a real process: exit codes 0 / 1 / 2, compiler-style
 * `file:line:column: type:` lines, the per-file row summary, and --format json.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { VALID_MIN, caseOnDisk } from "./fixtures.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

function validate(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/validate.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: "" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, all: r.stdout + r.stderr };
}

function onDisk(name: string): string {
  const dir = caseOnDisk(name);
  temps.push(dir);
  return dir;
}

describe("validate CLI", () => {
  it("exits 0 on valid-min and prints a row summary for every file", () => {
    const r = validate("--data-dir", VALID_MIN);
    expect(r.code, r.all).toBe(0);
    expect(r.stdout).toContain("sectors.csv: 2 rows read, 2 accepted, 0 rejected, 0 blank skipped");
    expect(r.stdout).toContain("observations.csv: 3 rows read, 3 accepted, 0 rejected, 0 blank skipped");
    expect(r.stdout).toContain("indicators.json: 2 rows read, 2 accepted, 0 rejected, 0 blank skipped");
    expect(r.stdout.trim().split("\n").at(-1)).toBe("valid: 0 warnings");
  });

  it("exits 1 on bad input, with file:line:column: type: lines and the summary", () => {
    const dir = onDisk("12-cell-count");
    const r = validate(`--data-dir=${dir}`);
    expect(r.code, r.all).toBe(1);
    expect(r.all).toContain(`${dir}/sectors.csv:5:3: missing-cell: name_en: the row has 2 cells, the header 3`);
    const escaped = dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    expect(r.all).toMatch(new RegExp(`^${escaped}/sectors\\.csv:6:4: extra-cell: .*\\("extra"\\)$`, "m"));
    expect(r.all).toContain("sectors.csv: 5 rows read, 2 accepted, 2 rejected, 1 blank skipped");
    expect(r.all).toContain("invalid: 2 errors, 0 warnings");
    const located = r.all.split("\n").filter((l) => l.startsWith(dir));
    expect(located).toHaveLength(2);
    for (const l of located) expect(l).toMatch(/^\S+\.(csv|json):\d+:\d+: [a-z-]+: /);
  });

  it("prints warnings of a valid run and still exits 0", () => {
    const dir = onDisk("18-persian-digits");
    const r = validate("--data-dir", dir);
    expect(r.code, r.all).toBe(0);
    expect(r.stdout).toContain(
      `${dir}/observations.csv:5:4: warning normalized: value: converted Persian/Arabic digits to Latin digits ("۱۲۳")`,
    );
    expect(r.stdout).toContain("valid: 2 warnings");
  });

  it("--format json prints the report as JSON, without the data", () => {
    const dir = onDisk("16-unknown-reference");
    const r = validate("--data-dir", dir, "--format", "json");
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.valid).toBe(false);
    expect(report.errorCount).toBe(4);
    expect(
      report.errors.map((e: { type: string; line: number; column: number; value: string }) => [e.type, e.line, e.column, e.value]),
    ).toEqual([
      ["foreign-key", 7, 2, "no-such-indicator"],
      ["foreign-key", 5, 3, "no-such-county"],
      ["foreign-key", 6, 12, "no-such-source"],
      ["foreign-key", 6, 13, "no-such-other"],
    ]);
    expect(report.stats.find((s: { file: string }) => s.file === "observations.csv")).toEqual({
      file: "observations.csv",
      rowsRead: 6,
      accepted: 6,
      rejected: 0,
      blankSkipped: 0,
    });
    expect(report).not.toHaveProperty("data");
  });

  it("--format json on valid-min exits 0", () => {
    const r = validate("--data-dir", VALID_MIN, "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, errors: [], warnings: [], errorCount: 0 });
  });

  it("exits 2 when the folder does not exist", () => {
    const r = validate("--data-dir", join(tmpdir(), "no-such-data-folder-7d3f"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no such folder");
  });

  it("exits 2 when a dataset file is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "empty-data-"));
    temps.push(dir);
    const r = validate("--data-dir", dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${dir}/sources.csv:1:1: io-error:`);
  });

  it("exits 2 on an unknown option or a bad --format, with the usage", () => {
    for (const args of [["--data-dri", VALID_MIN], ["--data-dir", VALID_MIN, "--format", "xml"], ["--data-dir"]]) {
      const r = validate(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toContain("usage: npm run validate");
    }
  });

  it("--strict fails a valid run that has warnings; --format json gives each issue its catalogue title", () => {
    const dir = onDisk("18-persian-digits");
    expect(validate("--data-dir", dir).code).toBe(0);
    const strict = validate("--data-dir", dir, "--strict");
    expect(strict.code, strict.all).toBe(1);
    expect(strict.stderr).toContain("strict: 2 warnings count as errors");
    const json = JSON.parse(validate("--data-dir", dir, "--strict", "--format", "json").stdout);
    expect(json.passed).toBe(false);
    expect(json.warnings[0]).toMatchObject({ type: "normalized", title: "Normalised", file: "observations.csv", line: 5, column: 4 });
    expect(validate("--data-dir", VALID_MIN, "--strict").code).toBe(0);
  });

  it("--fix rewrites the values, prints each change, and the run is then clean", () => {
    const dir = onDisk("18-persian-digits");
    const r = validate("--data-dir", dir, "--fix");
    expect(r.code, r.all).toBe(0);
    expect(r.stdout).toContain(`${dir}/observations.csv:5:4: fixed value: "۱۲۳" -> "123"`);
    expect(r.stdout).toContain("fix: 2 values rewritten");
    expect(r.stdout).toContain("valid: 0 warnings");
  });

  it("--list-types prints the catalogue", () => {
    const r = validate("--list-types");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("likely-misprint (warning): Likely misprint.");
    expect(r.stdout).toContain("date-in-future (error): Date in the future.");
  });
});
