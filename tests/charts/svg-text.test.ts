/**
 * What every chart's SVG must do with text, for every chart in the registry: no Latin digit in
 * any visible text, every text (each line of a multi-line label) wrapped in a bidi isolate, and
 * tick labels written in Persian digits.
 */
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { CHARTS } from "../../src/charts/registry.ts";
import { renderChart } from "../../src/charts/render.ts";
import { syntheticModel } from "./fixtures.ts";

const PERSIAN_DIGIT = /[\u06F0-\u06F9]/;
const LATIN_DIGIT = /[0-9]/;
/** RLI or FSI ... PDI, around the whole string. */
const ISOLATED = /^[\u2067\u2068][^]*\u2069$/;

function texts(svg: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  // A <text> with <tspan> lines is checked line by line; otherwise the <text> itself.
  return [...document.querySelectorAll("text")].flatMap((t) => {
    const spans = [...t.querySelectorAll("tspan")];
    return (spans.length ? spans : [t]).map((e) => e.textContent ?? "");
  });
}

describe("chart text", () => {
  const model = syntheticModel();
  for (const chart of CHARTS) {
    for (const width of [640, 320]) {
      const r = renderChart(chart, model, width);
      it.skipIf(!r.svg)(`${chart.id}@${width}: no Latin digits, every text isolated`, () => {
        const all = texts(r.svg!).filter((t) => t.trim() !== "");
        expect(all.length).toBeGreaterThan(0);
        for (const t of all) {
          expect(t, `Latin digit in «${t}»`).not.toMatch(LATIN_DIGIT);
          expect(t, `not isolated: «${t}»`).toMatch(ISOLATED);
        }
      });
    }
    it(`${chart.id}: tick labels in Persian digits`, () => {
      const data = chart.prepare(model);
      if (data.empty) return;
      const { document } = parseHTML("<!doctype html><html><body></body></html>");
      // The raw Plot output still names its axes (renderChart strips aria-labels afterwards).
      const svg = chart.render(data, { width: 640, document: document as unknown as Document });
      const ticks = [...(svg?.querySelectorAll('g[aria-label$="tick label"] text') ?? [])]
        .map((t) => t.textContent ?? "")
        .filter((t) => t.trim());
      for (const t of ticks) {
        expect(t).toMatch(PERSIAN_DIGIT);
        expect(t).not.toMatch(LATIN_DIGIT);
      }
    });
  }
});
