/**
 * Every chart in the registry, drawn with the synthetic model (wide and phone widths, Persian and
 * English), compared with its stored SVG snapshot (see snapshot.ts). The real data/ is not snapshotted: a valid data
 * edit would change the drawing. It is checked by properties in tests/real-data/charts.test.ts.
 */
import { describe, expect, it } from "vitest";
import { relative } from "node:path";
import { CHARTS } from "../../src/charts/registry.ts";
import { renderChart } from "../../src/charts/render.ts";
import type { Model } from "../../src/data/model.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { checkSnapshot, normaliseSvg } from "./snapshot.ts";
import { syntheticModel } from "./fixtures.ts";

/** Persian drawings (`<id>.svg`) and their English twins (`<id>.en.svg`), wide and phone-width. */
const CASES: { suffix: string; model: () => Model | undefined; width: number; lang: Lang }[] = [
  { suffix: "", model: syntheticModel, width: 640, lang: "fa" },
  { suffix: ".narrow", model: syntheticModel, width: 320, lang: "fa" },
  { suffix: ".en", model: syntheticModel, width: 640, lang: "en" },
  { suffix: ".en.narrow", model: syntheticModel, width: 320, lang: "en" },
];

describe("chart snapshots", () => {
  for (const chart of CHARTS) {
    for (const c of CASES) {
      const name = `${chart.id}${c.suffix}`;
      it.skipIf(!c.model())(name, () => {
        const r = renderChart(chart, c.model()!, c.width, c.lang);
        const text = r.svg ? normaliseSvg(r.svg) : `<!-- empty: ${r.data.empty} -->\n`;
        const result = checkSnapshot(name, text);
        if (result.status === "missing-in-ci")
          expect.fail(`no snapshot ${relative(process.cwd(), result.path)}: run the tests locally (or UPDATE_SNAPSHOTS=1) and commit it`);
        if (result.status === "changed")
          expect.fail(
            `${name} differs from its snapshot: compare ${relative(process.cwd(), result.path)} with ${relative(process.cwd(), result.changedPath!)}; if the change is intended, rerun with UPDATE_SNAPSHOTS=1`,
          );
      });
    }
  }
});
