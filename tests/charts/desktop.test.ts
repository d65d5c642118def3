/**
 * The desktop drawing (WIDE_WIDTH): drawn at its full width and never taller than the 640px one,
 * because an embed frame wide enough to show it keeps the height computed from the 640 and 320px
 * drawings (see defaultEmbedHeight).
 */
import { describe, expect, it } from "vitest";
import { CHARTS } from "../../src/charts/registry.ts";
import { DEFAULT_WIDTH, renderChart, WIDE_WIDTH } from "../../src/charts/render.ts";
import { validateDataDir } from "../../src/validate/index.ts";
import { buildModel, type Model } from "../../src/data/model.ts";
import { syntheticModel } from "./fixtures.ts";

const report = validateDataDir(`${__dirname}/../../data`);
const real: Model | undefined = report.valid && report.data ? buildModel(report.data) : undefined;
const size = (svg: string) =>
  svg
    .match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)!
    .slice(1)
    .map(Number);

describe("desktop drawing", () => {
  for (const [name, model] of [
    ["synthetic", syntheticModel],
    ["data", () => real],
  ] as const) {
    for (const chart of CHARTS) {
      it.skipIf(!model())(`${chart.id} (${name}): ${WIDE_WIDTH}px wide, no taller than at ${DEFAULT_WIDTH}px`, () => {
        const desktop = renderChart(chart, model()!, WIDE_WIDTH).svg;
        const page = renderChart(chart, model()!, DEFAULT_WIDTH).svg;
        if (!desktop || !page) return expect(desktop).toBe(page);
        const [w, h] = size(desktop);
        expect(w).toBe(WIDE_WIDTH);
        expect(h).toBeLessThanOrEqual(size(page)[1]);
      });
    }
  }
});
