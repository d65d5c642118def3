/**
 * validateDataDir on the synthetic folder: what a valid run returns (typed data, counts), how a
 * missing file is reported, the cap on listed issues, and row accounting.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATASETS, DATASET_NAMES } from "../../src/schemas/index.ts";
import { validateDataDir } from "../../src/validate/index.ts";
import { VALID_MIN, validateCase } from "./fixtures.ts";

describe("validateDataDir on valid-min", () => {
  const report = validateDataDir(VALID_MIN);

  it("is valid, with no errors and no warnings", () => {
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it("holds exactly the registry's files, each with a few rows, all accepted", () => {
    const files = readdirSync(VALID_MIN)
      .filter((f) => f !== "README.md")
      .sort();
    expect(files).toEqual(
      Object.values(DATASETS)
        .map((d) => d.file)
        .sort(),
    );
    expect(report.stats.map((s) => s.file).sort()).toEqual(files);
    // valid-min was never released (tests/validate/releases.test.ts makes its releases): the
    // release files hold their header only.
    const mayBeEmpty = new Set<string>([DATASETS.releases.file, DATASETS.revisions.file, DATASETS.withdrawals.file]);
    for (const s of report.stats) {
      expect(s.rowsRead, s.file).toBeGreaterThanOrEqual(mayBeEmpty.has(s.file) ? 0 : 1);
      expect(s.rowsRead, s.file).toBeLessThanOrEqual(4);
      expect(s, s.file).toMatchObject({ accepted: s.rowsRead, rejected: 0, blankSkipped: 0 });
    }
  });

  it("returns typed data: numbers, booleans, id lists, normalised dates, absent optional cells", () => {
    const data = report.data!;
    const released = ["releases", "revisions", "withdrawals"];
    for (const n of DATASET_NAMES) expect(data[n].length, n).toBeGreaterThanOrEqual(released.includes(n) ? 0 : 1);
    const province = data.observations.find((o) => o.id === "obs-count-province")!;
    expect(province).toMatchObject({ value: 120, unit: "count", doubt: false, period: "1403", also_source_ids: ["test-0002"] });
    expect(province.period_end).toBeUndefined();
    expect(data.observations.find((o) => o.id === "obs-money")).toMatchObject({
      value: 7.25,
      unit: "toman",
      scale: "billion",
      period: "1403-04",
      period_end: "1403-06",
    });
    expect(data.cooperatives[0].knowledge_based).toBe(false);
    expect(data.sources[0].published_jalali).toBe("1403-05-10");
    expect(data.lists[0].items).toHaveLength(2);
  });

  it("gives the physical line of every row", () => {
    expect(report.lines!.observations).toEqual([2, 3, 4]);
    expect(report.lines!.indicators).toEqual([2, 13]);
  });
});

describe("validateDataDir on an incomplete folder", () => {
  it("reports a file it cannot read as io-error and still checks the rest", () => {
    const report = validateDataDir(VALID_MIN, {
      readFile: (p) => {
        if (basename(p) === "sectors.csv") throw new Error("ENOENT: no such file");
        return readFileSync(p);
      },
    });
    expect(report.valid).toBe(false);
    expect(report.errors.map((e) => [e.type, e.file, e.line, e.column])).toEqual([["io-error", "sectors.csv", 1, 1]]);
    expect(report.stats).toHaveLength(DATASET_NAMES.length - 1);
    expect(report.data).toBeUndefined();
  });
});

describe("issue cap", () => {
  it("lists at most `cap` errors but counts them all", () => {
    const dir = join(VALID_MIN, "..", "bad-inputs", "16-unknown-reference");
    const report = validateDataDir(VALID_MIN, {
      cap: 2,
      readFile: (p) => readFileSync(basename(p) === "observations.csv" ? join(dir, "observations.csv") : p),
    });
    expect(report.errors).toHaveLength(2);
    expect(report.errorCount).toBe(4);
  });
});

describe("row accounting", () => {
  it("counts blank lines and rejected rows: read = accepted + rejected + blank skipped", () => {
    // 12-cell-count: two good rows, a blank line, a short row and a long row.
    const s = validateCase("12-cell-count").stats.find((x) => x.file === "sectors.csv")!;
    expect(s).toEqual({ file: "sectors.csv", rowsRead: 5, accepted: 2, rejected: 2, blankSkipped: 1 });
    expect(s.rowsRead).toBe(s.accepted + s.rejected + s.blankSkipped);
  });

  it("counts blank, empty-cell, whitespace and trailing lines as blank skipped", () => {
    const s = validateCase("13-blank-lines").stats.find((x) => x.file === "sectors.csv")!;
    expect(s).toEqual({ file: "sectors.csv", rowsRead: 7, accepted: 2, rejected: 0, blankSkipped: 5 });
  });
});
