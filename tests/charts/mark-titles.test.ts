/**
 * Per-mark tooltips: in every drawing of every chart (phone, page and desktop widths, synthetic
 * and real data), each dot, bar and county carries an SVG <title> with the figure as published,
 * its period and its source, in Persian digits; and the titles survive the SVG clean-up.
 */
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { CHARTS } from "../../src/charts/registry.ts";
import { cleanSvg, renderChart, WIDE_WIDTH } from "../../src/charts/render.ts";
import { figureTitle } from "../../src/charts/kit/mark-title.ts";
import { validateDataDir } from "../../src/validate/index.ts";
import { buildModel, type Model } from "../../src/data/model.ts";
import { syntheticModel } from "./fixtures.ts";

const report = validateDataDir(`${__dirname}/../../data`);
const real: Model | undefined = report.valid && report.data ? buildModel(report.data) : undefined;
const doc = () => parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;

/** The data marks Plot drew (its groups are labelled by mark type before clean-up): dots, bars, areas. */
const MARKS = 'g[aria-label="dot"] > circle, g[aria-label="rect"] > rect, g[aria-label="geo"] > path';

describe("per-mark <title>s", () => {
  const models: [string, () => Model | undefined][] = [
    ["synthetic", syntheticModel],
    ["data", () => real],
  ];
  for (const chart of CHARTS) {
    for (const [name, model] of models) {
      for (const width of [320, 640, WIDE_WIDTH]) {
        it.skipIf(!model())(`${chart.id} (${name}, ${width}px)`, () => {
          const data = chart.prepare(model()!);
          if (data.empty) return;
          const svg = chart.render(data, { width, document: doc() })!;
          const marks = [...svg.querySelectorAll(MARKS)];
          expect(marks.length).toBeGreaterThan(0);
          for (const m of marks) {
            const title = m.querySelector("title")?.textContent ?? "";
            expect(title, `a mark of ${chart.id} without a title`).not.toBe("");
            if (!title.includes("بدون داده")) expect(title).toMatch(/[۰-۹]/);
            expect(title).not.toMatch(/[0-9]/);
            // A figure's bar or dot names its period and outlet; a county its figures' outlets (or none).
            if (!m.closest('g[aria-label="geo"]')) expect(title).toMatch(/زمان: .+\nمنبع: .+/);
          }
          // The page's SVG keeps them.
          const clean = cleanSvg(svg, chart.title);
          expect(clean.match(/<title>/g)?.length).toBe(marks.length);
        });
      }
    }
  }

  it("says the figure as published: qualifier, number, scale and unit, the period (estimated or not) and the outlet", () => {
    const m = syntheticModel();
    const f =
      m.figures.find((x) => x.qualifier === "more_than" && x.unit === "toman" && x.period_kind === "inferred") ??
      m.figures.find((x) => x.qualifier !== "exact" && x.unit === "toman")!;
    const t = figureTitle(f).split("\n");
    expect(t[0]).toMatch(/^(بیش از|حدود|بالغ بر|تا|حداقل) [۰-۹٬٫]+ (میلیارد|میلیون|هزار میلیارد|هزار)? ?تومان$/);
    expect(t[1]).toMatch(/^زمان: /);
    if (f.period_kind === "inferred") expect(t[1]).toMatch(/\(برآوردی\)$/);
    expect(t[2]).toMatch(/^منبع: \S/);
  });

  it("renderChart's SVG (what the pages inline) carries the titles too", () => {
    const chart = CHARTS.find((c) => c.id === "employment")!;
    const r = renderChart(chart, syntheticModel(), WIDE_WIDTH);
    expect(r.svg).toMatch(/<circle[^>]*>\s*<title>[^<]*منبع: /);
  });
});
