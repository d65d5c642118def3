/**
 * The English edition of every chart, on the synthetic model and on the real data (checked by
 * properties, so a valid data edit cannot turn this red): no drawing, summary, note, column
 * header, table cell or download (CSV, workbook headers, standalone SVG, citation) carries a
 * Persian or Arabic-Indic digit or an Arabic-script letter (places, outlets, indicators, events
 * and cooperatives all have English names, so nothing Persian needs to be quoted); English
 * drawings run left to right and Persian ones right to left; `prepare` runs once per chart and
 * model for both editions, and each edition's drawing is made once per width.
 */
import { describe, expect, it } from "vitest";
import { CHARTS } from "../../src/charts/registry.ts";
import { chartState, chartSvg, renderChart } from "../../src/charts/render.ts";
import { countySeries } from "../../src/charts/kinds/county-series.ts";
import { chartInfo, citation } from "../../src/charts/info.ts";
import { cellText } from "../../src/charts/cell-text.ts";
import { chartCsv } from "../../src/publish/chart-csv.ts";
import { standaloneChartSvg } from "../../src/publish/downloads.ts";
import { validateDataDir } from "../../src/validate/index.ts";
import { buildModel, type Model } from "../../src/data/model.ts";
import { resetCounters } from "../../src/lib/build-store.ts";
import { REAL_DATA_DIR } from "../real-data/dir.ts";
import { syntheticDataset, syntheticModel } from "./fixtures.ts";

/** Persian (U+06F0-06F9) and Arabic-Indic (U+0660-0669) digits, and Arabic-script letters. */
const PERSIAN = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** The offending characters of a text with some context, for readable failures. */
function persianIn(where: string, text: string | null | undefined): string[] {
  if (!text) return [];
  return [...text.matchAll(new RegExp(PERSIAN.source, "g"))]
    .slice(0, 3)
    .map((m) => `${where}: …${text.slice(Math.max(0, m.index! - 30), m.index! + 30)}…`);
}

const CFG = { site: "https://example.org", base: "/" };

/** Everything a reader of the English edition gets from one chart, as text. */
function englishTexts(chart: (typeof CHARTS)[number], model: Model): [string, string | null | undefined][] {
  const state = chartState(chart, model, "en");
  const info = chartInfo(chart, model, "en");
  const out: [string, string | null | undefined][] = [
    ["title", chart.text("en").title],
    ["subtitle", chart.text("en").subtitle],
    ["summary", state.summary],
    ...state.notes.map((n, i) => [`note ${i}`, n] as [string, string]),
    ...state.data.columns.map((c) => [`column ${c.key}`, c.label] as [string, string | undefined]),
    ["citation", citation(info, "Lorestan Cooperatives Statistics", "https://example.org/en/charts/x/").full],
    ["outlets", info.outletsLine],
    ["updated", info.updatedText],
    ["credit", chart.text("en").credit?.text],
  ];
  for (const [i, row] of state.data.rows.entries())
    for (const c of state.data.columns) out.push([`row ${i} ${c.key}`, cellText(c.key, row[c.key], model, "en")]);
  if (!state.data.empty) for (const w of [320, 640, 1100]) out.push([`svg@${w}`, chartSvg(chart, model, w, "en")]);
  out.push(["csv", chartCsv(state.data, model, "en")]);
  out.push(["standalone svg", standaloneChartSvg(chart, model, CFG, () => {}, "en")]);
  return out;
}

const report = validateDataDir(REAL_DATA_DIR);
const MODELS: [string, () => Model | undefined][] = [
  ["synthetic", syntheticModel],
  ["real data", () => (report.data ? buildModel(report.data) : undefined)],
];

describe("English charts carry no Persian digit or letter", () => {
  for (const [name, make] of MODELS) {
    const model = make();
    for (const chart of CHARTS) {
      it.skipIf(!model)(`${name}: ${chart.id}`, () => {
        const found = englishTexts(chart, model!).flatMap(([where, text]) => persianIn(where, text));
        expect(found).toEqual([]);
      });
    }
  }

  it("the check can fail: a Persian name or digit in English text is found", () => {
    expect(persianIn("x", "Cooperative Week ۱۴۰۳")).not.toEqual([]);
    expect(persianIn("x", "Sample (ایرنا)")).not.toEqual([]);
    expect(persianIn("x", "٣ cooperatives")).toHaveLength(1);
    expect(persianIn("x", "Cooperative Week 1403 (2024–25)")).toEqual([]);
  });

  it("Persian charts stay Persian: Persian digits, no Latin digit in the drawn text", () => {
    const model = syntheticModel();
    for (const chart of CHARTS) {
      const svg = chartSvg(chart, model, 640, "fa");
      if (!svg) continue;
      const text = [...svg.matchAll(/>([^<]+)</g)].map((m) => m[1]).join(" ");
      expect(text, chart.id).toMatch(/[\u06F0-\u06F9]/);
      expect(text.replace(/OpenStreetMap|ODbL/g, ""), chart.id).not.toMatch(/[0-9]/);
    }
  });
});

describe("direction", () => {
  const model = syntheticModel();
  /** x of each drawn year tick, in drawing order of the years. */
  const yearTicks = (svg: string) =>
    [
      ...svg.matchAll(
        /<text transform="translate\(([\d.]+),[\d.]+\)"[^>]*>[\u2066\u2067](([0-9\u06F0-\u06F9]{4})(–\d{2})?)\u2069<\/text>/g,
      ),
    ].map((m) => ({
      x: Number(m[1]),
      label: m[2],
      year: Number(m[3].replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))),
    }));
  it("time runs left to right in English and right to left in Persian", () => {
    const chart = CHARTS.find((c) => c.id === "active-coops")!;
    const en = yearTicks(chartSvg(chart, model, 640, "en")!).sort((a, b) => a.year - b.year);
    const fa = yearTicks(chartSvg(chart, model, 640, "fa")!).sort((a, b) => a.year - b.year);
    expect(en.length).toBeGreaterThan(2);
    expect(fa.length).toBe(en.length);
    expect(en.every((t, i) => i === 0 || t.x > en[i - 1].x)).toBe(true);
    expect(fa.every((t, i) => i === 0 || t.x < fa[i - 1].x)).toBe(true);
    // English ticks name the Gregorian years each Jalali year spans (1399 -> 2020–21), as the tables do.
    expect(en.every((t) => new RegExp(`^${t.year}–${String((t.year + 1) % 100).padStart(2, "0")}$`).test(t.label))).toBe(true);
    expect(fa.every((t) => /^[\u06F0-\u06F9]{4}$/.test(t.label))).toBe(true);
    expect(en[0].year - 621).toBe(fa[0].year);
  });
  it("bar labels start at the left edge in English and end at the right edge in Persian", () => {
    const chart = CHARTS.find((c) => c.id === "coops-formed")!;
    const labels = (svg: string) => svg.match(/<g[^>]*text-anchor="(start|end)"[^>]*class="row-label"/)?.[1];
    expect(labels(chartSvg(chart, model, 640, "en")!)).toBe("start");
    expect(labels(chartSvg(chart, model, 640, "fa")!)).toBe("end");
    expect(chartSvg(chart, model, 640, "en")).toContain('lang="en"');
  });
});

describe("work done once", () => {
  it("prepares each chart once per model for both editions and draws once per width and edition", () => {
    // A model of its own: the shared synthetic model has been prepared by the other tests.
    const model = buildModel(syntheticDataset());
    const counters = resetCounters();
    for (let round = 0; round < 2; round++) {
      for (const chart of CHARTS) {
        for (const lang of ["fa", "en"] as const) {
          chartState(chart, model, lang);
          chartInfo(chart, model, lang);
          for (const w of [320, 640]) chartSvg(chart, model, w, lang);
        }
      }
    }
    for (const chart of CHARTS) expect(counters.byKey[`prepare:${chart.id}`], chart.id).toBe(1);
    const draws = Object.entries(counters.byKey).filter(([k]) => k.startsWith("draw:"));
    expect(draws.length).toBeGreaterThan(CHARTS.length * 2);
    for (const [key, n] of draws) expect(n, key).toBe(1);
    for (const lang of ["fa", "en"]) expect(draws.some(([k]) => k.endsWith(`@640:${lang}`))).toBe(true);
  });
});

describe("county series (made by the county pages, text given as pairs)", () => {
  const chart = countySeries({
    id: "county-county-a-coops",
    title: { fa: "تعاونی‌های شهرستان نمونه", en: "Cooperatives of Sample County A" },
    subtitle: { fa: "زیرعنوان", en: "Subtitle" },
    place: "county-a",
    indicators: ["coops-registered", "coops-declared-active", "coops-active"],
    unitLabel: { fa: "تعاونی", en: "Cooperatives" },
  });
  const model = syntheticModel();
  it("draws in English with English names and Latin digits, and in Persian as before", () => {
    const en = renderChart(chart, model, 640, "en");
    expect(en.data.empty).toBeUndefined();
    const texts = [en.svg, en.summary, ...en.notes, ...en.data.columns.map((c) => c.label), chartCsv(en.data, model, "en")];
    expect(texts.flatMap((t, i) => persianIn(String(i), t))).toEqual([]);
    expect(en.svg).toContain("Cooperatives");
    expect(en.svg).toContain("Synthetic coops-registered");
    const fa = renderChart(chart, model, 640, "fa");
    expect(fa.svg).toMatch(/[\u06F0-\u06F9]/);
    expect(fa.svg).toContain("تعاونی");
  });
  it("keeps a Persian-only page text working (the Persian drawing needs no English)", () => {
    const faOnly = countySeries({
      id: "county-county-a-fa",
      title: "عنوان",
      subtitle: "زیرعنوان",
      place: "county-a",
      indicators: ["coops-registered"],
      unitLabel: "تعاونی",
    });
    expect(faOnly.text("fa").title).toBe("عنوان");
  });
});
