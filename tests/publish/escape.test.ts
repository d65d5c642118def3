/**
 * Data text is always escaped: `<script>`, `</svg>` and a spreadsheet formula, injected into a
 * synthetic data folder (an outlet name, a headline, a note), go through every non-page output
 * (the inline chart SVG, the standalone SVG, the PNG pipeline, the CSV) and come out as text.
 * The built pages get the same treatment in site.test.ts.
 */
import { rmSync } from "node:fs";
import * as Plot from "@observablehq/plot";
import { parseHTML, DOMParser } from "linkedom";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import type { ChartModule, Prepared } from "../../src/charts/types.ts";
import { renderChart } from "../../src/charts/render.ts";
import { BASE, isolate } from "../../src/charts/kit/plot.ts";
import { buildModel, type Model } from "../../src/data/model.ts";
import { validateDataDir } from "../../src/validate/index.ts";
import { chartCsv } from "../../src/publish/chart-csv.ts";
import { imageChart, standaloneSvg, socialCardSvg, type ImageText } from "../../src/publish/chart-svg.ts";
import { pngSize, svgToPng } from "../../src/publish/raster.ts";
import { escapeXml, toXml } from "../../src/lib/xml.ts";
import { HEADLINE, HOSTILE, makeDataDir, NOTE, OUTLET } from "./fixture.ts";

let dir: string;
let model: Model;

beforeAll(() => {
  dir = makeDataDir();
  const report = validateDataDir(dir);
  expect(report.valid).toBe(true);
  model = buildModel(report.data!);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The validator normalises digits inside Persian text, so compare what the model holds. */
const outletOf = (m: Model) => m.sources.get("test-0001")!.outlet_fa;

/** A chart whose tick labels, text marks and tooltips are all data text. */
const hostileChart: ChartModule = {
  id: "hostile-test",
  theme: "cooperatives",
  title: `عنوان ${HOSTILE.script} ${HOSTILE.svgEnd}`,
  subtitle: `زیرعنوان ${HOSTILE.svgEnd}`,
  text: () => ({ title: hostileChart.title, subtitle: hostileChart.subtitle }),
  prepare(m): Prepared {
    const figures = m.figures.filter((f) => f.indicator_id === "coops-active");
    return {
      figures,
      columns: [
        { key: "label", label: "برچسب" },
        { key: "headline", label: "عنوان خبر" },
        { key: "value", label: "مقدار", numeric: true },
        { key: "source", label: "منبع" },
      ],
      rows: figures.map((f) => ({
        label: `${f.id} ${f.source.outlet_fa} ${f.note_fa ?? ""}`,
        headline: f.source.title_fa ?? null,
        value: f.display,
        source: f.source.id,
      })),
    };
  },
  summary: (d) => `${d.rows.length} ${HOSTILE.script}`,
  render(d, { width, document }) {
    return Plot.plot({
      ...BASE,
      document,
      width,
      height: 240,
      marginRight: 260,
      y: { axis: "right", tickFormat: (v: string) => isolate(v), label: null },
      marks: [
        Plot.barX(d.rows, { y: "label", x: "value", title: "label" }),
        Plot.text(d.rows, { y: "label", x: "value", text: (r) => isolate(String(r.label)), dx: -4 }),
      ],
    }) as unknown as Element;
  },
};

const imageText = (m: Model): ImageText => ({
  title: hostileChart.title,
  subtitle: hostileChart.subtitle,
  outlets: outletOf(m),
  siteName: "سایت",
  url: "example.org/charts/hostile-test/",
  summary: `${HOSTILE.script} ${NOTE}`,
});

const count = (s: string, needle: string) => s.split(needle).length - 1;

describe("hostile text in the data", () => {
  it("reaches the model unchanged in substance (the validator keeps markup as text)", () => {
    expect(outletOf(model)).toContain("<script>");
    expect(model.sources.get("test-0001")!.title_fa).toMatch(/^=HYPERLINK/);
    expect(model.figures.find((f) => f.id === "obs-count-province")!.note_fa).toContain("</svg>");
    // guards the fixture itself: these are what the other tests look for
    expect(OUTLET).toContain(HOSTILE.script);
    expect(HEADLINE.startsWith(HOSTILE.formula)).toBe(true);
  });

  it("is escaped in the text of the inline chart SVG from renderChart", () => {
    const { svg } = renderChart(hostileChart, model);
    expect(svg).toBeTruthy();
    // Everything after the root tag (marks, ticks, tooltips); attribute values are quoted.
    const body = svg!.replace(/^<svg(\s+[^\s=>]+="[^"]*")*\s*>/, "");
    expect(body.length).toBeLessThan(svg!.length);
    expect(body.toLowerCase()).not.toContain("<script");
    expect(count(body, "<svg")).toBe(0);
    expect(count(body, "</svg>")).toBe(1);
    expect(body.endsWith("</svg>")).toBe(true);
    expect(body).toContain("&lt;script&gt;");
    expect(body).toContain("&lt;/svg&gt;");
    // Parsed as HTML (as the page embeds it), the labels come back as the original text.
    const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
    expect(document.querySelectorAll("script")).toHaveLength(0);
    expect(document.querySelectorAll("svg")).toHaveLength(1);
    expect(document.querySelector("svg")!.textContent).toContain(outletOf(model));
    expect(document.querySelector("svg")!.getAttribute("aria-label")).toBe(hostileChart.title);
  });

  // Known gap in src/charts/render.ts (lead-owned): cleanSvg serialises with linkedom's outerHTML,
  // which leaves "<" and "&" raw in attribute values (the root aria-label carries the title).
  // Harmless inside a quoted HTML attribute, but not XML and not "always escaped". When cleanSvg
  // serialises with src/publish/xml.ts toXml, this starts passing: drop `.fails` then.
  it("is escaped in the attributes of the inline chart SVG too", () => {
    const { svg } = renderChart(hostileChart, model);
    expect(svg!.toLowerCase()).not.toContain("<script");
    expect(() => new Resvg(svg!)).not.toThrow();
  });

  it("is escaped in the standalone SVG, which stays well-formed XML", () => {
    const svg = standaloneSvg(imageChart(renderChart(hostileChart, model).svg), imageText(model));
    expect(svg.toLowerCase()).not.toContain("<script");
    // the root and the nested chart: two of each, nothing more
    expect(count(svg, "<svg")).toBe(2);
    expect(count(svg, "</svg>")).toBe(2);
    // resvg's XML reader is strict (unknown entities, "<" in attributes and bad nesting all fail)
    expect(() => new Resvg(svg)).not.toThrow();
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.querySelector("title")!.textContent).toBe(hostileChart.title);
    expect(doc.querySelector("desc")!.textContent).toContain(outletOf(model));
  });

  it("goes through the PNG pipeline without error and is drawn as text", () => {
    const t = imageText(model);
    const hostile = svgToPng(standaloneSvg(null, t), 1);
    const plain = svgToPng(standaloneSvg(null, { ...t, title: "عنوان" }), 1);
    expect(pngSize(hostile).width).toBeGreaterThan(0);
    // The title's markup is drawn as glyphs: the two images differ where the title is.
    expect(Buffer.compare(Buffer.from(hostile), Buffer.from(plain))).not.toBe(0);
    const card = svgToPng(socialCardSvg(imageChart(renderChart(hostileChart, model, 860).svg), t), 1);
    expect(pngSize(card)).toEqual({ width: 1200, height: 630 });
  });

  it("is neutralised in the chart CSV (formula) and kept literal otherwise", () => {
    const data = hostileChart.prepare(model);
    const csv = chartCsv(data, model);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const withHeadline = parsed.data.filter((r) => r.source === "test-0001");
    expect(withHeadline.length).toBeGreaterThan(0);
    for (const r of withHeadline) {
      expect(r.headline.startsWith("'=HYPERLINK")).toBe(true);
      expect(r.source_outlet).toBe(outletOf(model));
    }
    // no cell of the file starts with a formula character
    for (const r of parsed.data) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe("xml helpers", () => {
  it("escapes text and attributes the XML way, and drops characters XML forbids", () => {
    expect(escapeXml(`a<b>&"c"\u0001`)).toBe("a&lt;b&gt;&amp;&quot;c&quot;");
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("aria-label", `x < y & "z" </svg>`);
    const text = document.createElementNS("http://www.w3.org/2000/svg", "text");
    text.textContent = `${HOSTILE.script}\u00a0`;
    svg.appendChild(text);
    const xml = toXml(svg as unknown as Node);
    expect(xml).toBe(
      `<svg aria-label="x &lt; y &amp; &quot;z&quot; &lt;/svg&gt;"><text>&lt;script&gt;alert(1)&lt;/script&gt;\u00a0</text></svg>`,
    );
  });
});
