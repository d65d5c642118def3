/**
 * The real-data checks can fail: each is run on a chart or model broken on purpose (a figure
 * dropped, a table value changed, a doubted figure charted, a county miscounted) and must say so.
 */
import { describe, expect, it } from "vitest";
import { chartById } from "../../src/charts/registry.ts";
import type { ChartModule, Prepared } from "../../src/charts/types.ts";
import { validateDataDir } from "../../src/validate/index.ts";
import { buildModel } from "../../src/data/model.ts";
import { REAL_DATA_DIR } from "./dir.ts";
import { chartProblems, modelProblems } from "./real-data-checks.ts";

const report = validateDataDir(REAL_DATA_DIR);
const model = buildModel(report.data!);
/** The chart with its prepared data changed by `edit` (its own id: renderChart caches by id). */
let n = 0;
const broken = (id: string, edit: (d: Prepared) => void): ChartModule => {
  const c = chartById(id);
  return {
    ...c,
    id: `${id}-broken-${++n}`,
    prepare: (m) => {
      const d = structuredClone(c.prepare(m));
      edit(d);
      return d;
    },
  };
};

describe("the real-data checks catch", () => {
  it("a chart that leaves out a chartable figure of its indicator", () => {
    const c = broken("active-coops", (d) => {
      const gone = d.figures.pop()!;
      d.rows = d.rows.filter((r) => !(r.value === gone.display && r.source === gone.source.id));
      (d as { points?: { figure: { id: string } }[] }).points = (d as unknown as { points: { figure: { id: string } }[] }).points.filter(
        (p) => p.figure.id !== gone.id,
      );
    });
    expect(chartProblems(c, model).join("\n")).toMatch(/active-coops-broken-\d+: leaves out /);
  });
  it("a table value that is not the figure's", () => {
    const c = broken("package-jobs", (d) => {
      d.rows[0].value = Number(d.rows[0].value) + 1;
    });
    expect(chartProblems(c, model).join("\n")).toMatch(/package-jobs-broken-\d+: table row .* matches no charted figure/);
  });
  it("a doubted figure in a chart", () => {
    const doubted = model.figures.find((f) => f.doubt)!;
    const c = broken("active-coops", (d) => {
      d.figures.push({ ...doubted });
    });
    expect(chartProblems(c, model).join("\n")).toContain(`charts ${doubted.id}, which is doubted`);
  });
  it("a county map whose counts do not add up", () => {
    const c = broken("county-map", (d) => {
      const row = d.rows.find((r) => r.value !== null)!;
      row.value = Number(row.value) + 1;
    });
    expect(chartProblems(c, model).join("\n")).toMatch(/county-map-broken-\d+: .*the map says .*the data has/);
  });
  it("a model that loses an observation", () => {
    const m = { ...model, figures: model.figures.slice(1) };
    expect(modelProblems(m, report.data!)[0]).toMatch(/is not in the model/);
  });
  it("nothing on the real data itself", () => {
    expect(chartProblems(chartById("active-coops"), model)).toEqual([]);
  });
});
