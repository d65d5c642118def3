/**
 * The real data (data/, or REAL_DATA_DIR) through every chart, checked by properties rather than
 * by pixel-exact snapshots, so that a valid data edit never turns the tests red:
 * - every chart draws (an SVG with its title) unless it says why it is empty;
 * - a chart that plots one indicator at one place plots every chartable figure of it;
 * - no doubted or undated figure is charted (the county map counts statements, all of them);
 * - every table row matches the figure behind it (value, qualifier, source);
 * - every value label of a bar chart is in its drawing;
 * - the county map's counts add up to the figures of each county.
 * The checks live in real-data-checks.ts; tests/real-data/edit-loop.test.ts runs this file on an
 * edited copy of the data, and real-data-checks.test.ts shows that each check can fail.
 */
import { describe, expect, it } from "vitest";
import { CHARTS } from "../../src/charts/registry.ts";
import { validateDataDir } from "../../src/validate/index.ts";
import { buildModel } from "../../src/data/model.ts";
import { REAL_DATA_DIR } from "./dir.ts";
import { chartProblems, modelProblems } from "./real-data-checks.ts";

const report = validateDataDir(REAL_DATA_DIR);

describe(`the real data (${REAL_DATA_DIR})`, () => {
  it("validates", () => {
    expect(report.errors).toEqual([]);
    expect(report.valid).toBe(true);
  });
  const model = report.data ? buildModel(report.data) : undefined;
  it.skipIf(!model)("builds a model whose figures are the observations", () => {
    expect(modelProblems(model!, report.data!)).toEqual([]);
  });
  for (const chart of CHARTS) {
    it.skipIf(!model)(`chart ${chart.id}: charts what it should and its table matches the data`, () => {
      expect(chartProblems(chart, model!)).toEqual([]);
    });
  }
});
