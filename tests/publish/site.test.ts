/**
 * The press kit in a real build (Astro included) of synthetic data with hostile text, under a
 * sub-path (BASE_PATH=/press-test/) and another site address: for every chart in the registry,
 * its page, its embed and its four downloads exist and are what they claim to be; every page is
 * escaped, free of inline code and covered by the right headers; the open-data page links only
 * to files that exist. With a Chromium installed, the embed's auto-height, its origin checks, the
 * no-script default height and the copy button are exercised in the browser, under the CSP.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { Resvg } from "@resvg/resvg-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHARTS } from "../../src/charts/registry.ts";
import { buildModel, type Model } from "../../src/data/model.ts";
import { validateDataDir } from "../../src/validate/index.ts";
import { safeCell } from "../../src/lib/csv-out.ts";
import { chartFiles, DOWNLOAD_KINDS } from "../../src/lib/paths.ts";
import { datasetIndex } from "../../src/publish/open-data.ts";
import { headersFor, parseHeaders, type HeaderRule } from "../../src/publish/headers.ts";
import { pngSize } from "../../src/publish/raster.ts";
import type { BuildCounters } from "../../src/lib/build-store.ts";
import { makeDataDir, runBuild } from "./fixture.ts";
import { expectCommon, expectEmbedPolicy, expectPagePolicy } from "./policy.ts";
import { chromiumPath, serve } from "./serve.ts";

const BASE = "/press-test/";
const SITE = "https://example.org";
let dataDir: string;
let out: string;
let model: Model;
let rules: HeaderRule[];
let pages: string[];
let stats: BuildCounters;

beforeAll(async () => {
  dataDir = makeDataDir();
  out = join(mkdtempSync(join(tmpdir(), "press-site-")), "dist");
  const r = runBuild(dataDir, out, { BASE_PATH: BASE, SITE_URL: SITE, BUILD_STATS: join(out, "..", "stats.json") });
  expect(r.ok, r.log).toBe(true);
  model = buildModel(validateDataDir(dataDir).data!);
  rules = (await parseHeaders(readFileSync(join(out, "_headers"), "utf8"))).rules;
  pages = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  stats = JSON.parse(readFileSync(join(out, "..", "stats.json"), "utf8"));
}, 600_000);

describe("one pipeline", () => {
  // Counted in the build process itself (src/lib/build-store.ts), across Astro's bundled copies of the modules.
  it("validates the data once", () => {
    expect(stats.validations).toBe(1);
  });

  it("prepares each chart once, every registry chart included", () => {
    const prepared = Object.entries(stats.byKey).filter(([k]) => k.startsWith("prepare:"));
    expect(prepared.length).toBeGreaterThanOrEqual(CHARTS.length);
    for (const [key, n] of prepared) expect(n, key).toBe(1);
    for (const c of CHARTS) expect(stats.byKey[`prepare:${c.id}`], c.id).toBe(1);
  });

  it("draws each chart once per width, for the page, the embed, the SVG, the PNG and the card alike", () => {
    for (const [key, n] of Object.entries(stats.byKey).filter(([k]) => k.startsWith("draw:"))) expect(n, key).toBe(1);
    const drawn = CHARTS.filter((c) => !c.prepare(model).empty);
    expect(drawn.length).toBeGreaterThan(0);
    // 640 px (pages, embeds, standalone SVG, PNG), 320 px (phones), 1,100 px (desktops), 860 px (social card),
    // per edition: Persian always, English once its pages are built.
    const langs = ["fa", ...(Object.keys(stats.byKey).some((k) => k.startsWith("draw:") && k.endsWith(":en")) ? ["en"] : [])];
    for (const lang of langs)
      for (const c of drawn)
        for (const w of [640, 320, 1100, 860]) expect(stats.byKey[`draw:${c.id}@${w}:${lang}`], `${c.id}@${w}:${lang}`).toBe(1);
  });
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(join(out, ".."), { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(out, path), "utf8");
/** The URL path of a built page, under the base path. */
const urlPath = (file: string) =>
  BASE +
  file
    .split("\\")
    .join("/")
    .replace(/(^|\/)index\.html$/, "$1");
const attr = (html: string, re: RegExp) =>
  html
    .match(re)?.[1]
    ?.replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

describe.each(CHARTS.map((c) => [c.id, c] as const))("chart %s", (id, chart) => {
  const files = chartFiles(id);

  it("has a chart page, an embed page and four downloads", () => {
    expect(existsSync(join(out, `charts/${id}/index.html`))).toBe(true);
    expect(existsSync(join(out, `embed/${id}/index.html`))).toBe(true);
    for (const kind of DOWNLOAD_KINDS) expect(existsSync(join(out, `charts/${id}/${files[kind]}`)), kind).toBe(true);
  });

  it("has a standalone SVG (strict XML, xmlns, title, font fallbacks, no HTML entities or CSS)", () => {
    const svg = read(`charts/${id}/${files.svg}`);
    expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(() => new Resvg(svg)).not.toThrow(); // roxmltree: strict XML
    expect(svg).toContain(`<title>`);
    expect(svg).toMatch(/font-family="Vazirmatn, [^"]*sans-serif"/);
    expect(svg).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
    expect(svg).not.toMatch(/<style|\sstyle=|\sclass="plot-/);
  });

  it("has a PNG at twice the SVG's size and a 1200x630 social card", () => {
    const svg = read(`charts/${id}/${files.svg}`);
    const [w, h] = [Number(svg.match(/<svg[^>]* width="(\d+)"/)![1]), Number(svg.match(/<svg[^>]* height="(\d+)"/)![1])];
    expect(pngSize(readFileSync(join(out, `charts/${id}/${files.png}`)))).toEqual({ width: 2 * w, height: 2 * h });
    expect(pngSize(readFileSync(join(out, `charts/${id}/${files.card}`)))).toEqual({ width: 1200, height: 630 });
  });

  it("has a CSV holding exactly the plotted rows of prepare()", () => {
    const data = chart.prepare(model);
    const csv = read(`charts/${id}/${files.csv}`);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const keys = data.columns.map((c) => c.key);
    expect(parsed.meta.fields!.slice(0, keys.length)).toEqual(keys);
    expect(parsed.data).toHaveLength(data.rows.length);
    data.rows.forEach((row, i) => {
      for (const c of data.columns) {
        const cell = parsed.data[i][c.key];
        const v = row[c.key];
        if (typeof v === "number") {
          expect(cell, `${c.key} row ${i}: a plain Latin-digit number`).toMatch(/^-?\d+(\.\d+)?$/);
          expect(Number(cell), `${c.key} row ${i}`).toBe(v);
        } else expect(cell, `${c.key} row ${i}`).toBe(String(safeCell(v)));
      }
      if (keys.includes("source") && row.source)
        expect(parsed.data[i].source_outlet).toBe(safeCell(model.sources.get(String(row.source))!.outlet_fa));
    });
  });

  it("has a chart page with the press tools, absolute og:image, sources and citation", () => {
    const html = read(`charts/${id}/index.html`);
    expect(attr(html, /<meta property="og:image" content="([^"]+)"/)).toBe(`${SITE}${BASE}charts/${id}/${files.card}`);
    for (const kind of DOWNLOAD_KINDS) expect(html).toContain(`href="${BASE}charts/${id}/${files[kind]}"`);
    const snippet = attr(html, /<textarea[^>]*id="embed-code"[^>]*>([\s\S]*?)<\/textarea>/)!;
    expect(snippet).toContain(`<iframe src="${SITE}${BASE}embed/${id}/"`);
    expect(snippet).toMatch(/ title="[^"]+"/);
    expect(snippet).toContain(`loading="lazy"`);
    expect(snippet).toMatch(/ height="\d+"/);
    expect(snippet).toContain(`<script src="${SITE}${BASE}embed-host.js" async></script>`);
    expect(html).toMatch(/<textarea[^>]* readonly/);
    expect(html).toContain(`<script src="${BASE}scripts/copy.js" defer></script>`);
    expect(html).toContain(`id="citation"`);
    expect(html).toContain(`${SITE}${BASE}charts/${id}/`);
    for (const f of chart.prepare(model).figures) for (const s of f.sources) expect(html).toContain(`href="${BASE}sources/#${s.id}"`);
  });

  it("has an embed page without site chrome, not indexed, posting its height", () => {
    const html = read(`embed/${id}/index.html`);
    expect(html).toContain(`<meta name="robots" content="noindex">`);
    expect(html).not.toContain(`class="site-header"`);
    expect(html).not.toContain(`class="site-footer"`);
    expect(html).toContain(`<script src="${BASE}scripts/embed-height.js" defer></script>`);
    expect(html).toContain(`<a href="${BASE}charts/${id}/" target="_blank" rel="noopener"`);
  });
});

describe("every built page", () => {
  it("exists in numbers (sanity: the build produced the sections)", () => {
    expect(pages.length).toBeGreaterThan(2 * CHARTS.length);
  });

  it("has no inline script or style and no style attribute (the CSP allows none)", () => {
    for (const p of pages) {
      const html = read(p).replace(/<textarea\b[\s\S]*?<\/textarea>/g, "");
      for (const [, attrs] of html.matchAll(/<script\b([^>]*)>/g)) expect(attrs, p).toMatch(/\ssrc=/);
      expect(html, p).not.toMatch(/<style\b/);
      expect(html, p).not.toMatch(/<[a-z][^>]*\sstyle=/i);
    }
  });

  it("escapes the hostile data text (no markup leaks, SVGs stay balanced)", () => {
    for (const p of pages) {
      const html = read(p);
      expect(html, p).not.toMatch(/<script>alert/i);
      expect((html.match(/<svg\b/g) ?? []).length, p).toBe((html.match(/<\/svg>/g) ?? []).length);
    }
    // the outlet name shows, escaped, on the chart page and in the embed of the chart that cites it
    for (const p of ["charts/active-coops/index.html", "embed/active-coops/index.html"])
      expect(read(p), p).toContain("&lt;script&gt;alert");
    expect(read("charts/active-coops/index.html")).toContain("&lt;/svg&gt;"); // the headline, in the source list
  });

  it("gets the page policy from _headers, or the embed policy under /embed/", () => {
    for (const p of pages) {
      const path = urlPath(p);
      const h = headersFor(rules, path);
      if (path.startsWith(`${BASE}embed/`) || path.startsWith(`${BASE}en/embed/`)) expectEmbedPolicy(h, path);
      else expectPagePolicy(h, path);
      expectCommon(h, path, { wasm: path === `${BASE}search/` || path === `${BASE}en/search/` });
    }
  });
});

describe("open data", () => {
  it("links every dataset's CSV, JSON and schema, and the datapackage, all present", () => {
    const html = read("data/index.html");
    for (const d of datasetIndex(model.data)) {
      for (const f of [d.csv, d.json, d.schema]) {
        expect(html).toContain(`href="${BASE}data/${f}"`);
        expect(existsSync(join(out, "data", f)), f).toBe(true);
      }
      expect(html).toContain(`id="dataset-${d.base}"`);
    }
    expect(html).toContain(`href="${BASE}data/datapackage.json"`);
    expect(existsSync(join(out, "data/datapackage.json"))).toBe(true);
    for (const licence of ["CC BY 4.0", "Open Database License", "OpenStreetMap", "Open Font License"]) expect(html).toContain(licence);
  });

  it("neutralises the formula in the published sources.csv", () => {
    const rows = Papa.parse<Record<string, string>>(read("data/sources.csv"), { header: true, skipEmptyLines: true }).data;
    expect(rows.find((r) => r.id === "test-0001")!.title_fa.startsWith("'=HYPERLINK")).toBe(true);
  });
});

const browser = chromiumPath();

describe.skipIf(!browser)("in a browser", () => {
  it("resizes an embed from another origin, ignoring messages from anyone else", async () => {
    const { chromium } = await import("playwright-core");
    const site = await serve(out, BASE);
    const embedUrl = `${site.origin}${BASE}embed/active-coops/`;
    const hostPage = `<!doctype html><html><body>
      <iframe id="a" src="${embedUrl}" title="a" height="150" style="width:100%;border:0"></iframe>
      <iframe id="b" src="/other" title="b" height="150" style="border:0"></iframe>
      <script src="${site.origin}${BASE}embed-host.js" async></script></body></html>`;
    // The forger: same origin as the host page, not the site; it claims to be an embed.
    const other = `<!doctype html><script>setInterval(() => parent.postMessage({ type: "lcs:embed-height", height: 1234 }, "*"), 50)</script>`;
    const host = await serve(out, "/never/", { host: "localhost", extra: { "/": hostPage, "/other": other } });
    const b = await chromium.launch({ executablePath: browser, args: ["--no-sandbox"] });
    try {
      const page = await b.newPage({ viewport: { width: 420, height: 900 } });
      await page.goto(`${host.origin}/`);
      const frame = page.frameLocator("#a");
      await frame.locator("figure").waitFor();
      await page.waitForFunction(() => document.getElementById("a")!.style.height !== "");
      // the host page itself forges a message too
      await page.evaluate(() => window.postMessage({ type: "lcs:embed-height", height: 4321 }, "*"));
      await page.waitForTimeout(400);
      const inner = await page
        .frames()
        .find((f) => f.url() === embedUrl)!
        .evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      const heights = await page.evaluate(() => ["a", "b"].map((id) => document.getElementById(id)!.getBoundingClientRect().height));
      expect(heights[0]).toBeGreaterThan(150);
      expect(Math.abs(heights[0] - inner)).toBeLessThanOrEqual(1);
      expect(heights[1]).toBe(150);
      // the width changes: the embed reflows and the iframe follows
      await page.setViewportSize({ width: 300, height: 900 });
      await page.waitForFunction((h) => document.getElementById("a")!.getBoundingClientRect().height !== h, heights[0]);
      const inner2 = await page
        .frames()
        .find((f) => f.url() === embedUrl)!
        .evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      expect(
        Math.abs((await page.evaluate(() => document.getElementById("a")!.getBoundingClientRect().height)) - inner2),
      ).toBeLessThanOrEqual(1);
    } finally {
      await b.close();
      await site.close();
      await host.close();
    }
  }, 120_000);

  it("shows every embed whole at the snippet's default height, from 280 to 1200px, without the host script", async () => {
    const { chromium } = await import("playwright-core");
    const site = await serve(out, BASE, { headers: rules });
    const b = await chromium.launch({ executablePath: browser, args: ["--no-sandbox"] });
    try {
      for (const chart of CHARTS) {
        const html = read(`charts/${chart.id}/index.html`);
        const height = Number(attr(html, /<textarea[^>]*id="embed-code"[^>]*>([\s\S]*?)<\/textarea>/)!.match(/ height="(\d+)"/)![1]);
        const page = await b.newPage({ viewport: { width: 280, height } });
        const errors: string[] = [];
        page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
        await page.goto(`${site.origin}${BASE}embed/${chart.id}/`, { waitUntil: "load" });
        // 1200: wider than the embed's 48rem column (which is why embeds ship no desktop drawing).
        for (const width of [280, 360, 640, 900, 1200]) {
          await page.setViewportSize({ width, height });
          const [content, scrollWidth] = await page.evaluate(() => [
            Math.ceil(document.body.getBoundingClientRect().height),
            document.documentElement.scrollWidth,
          ]);
          expect(content, `${chart.id} at ${width}px`).toBeLessThanOrEqual(height);
          expect(scrollWidth, `${chart.id} at ${width}px`).toBeLessThanOrEqual(width);
        }
        expect(errors, `${chart.id}: console errors (CSP violations show here)`).toEqual([]);
        await page.close();
      }
    } finally {
      await b.close();
      await site.close();
    }
  }, 300_000);

  it("copies the snippet with the progressive button, under the page CSP", async () => {
    const { chromium } = await import("playwright-core");
    const site = await serve(out, BASE, { headers: rules });
    const b = await chromium.launch({ executablePath: browser, args: ["--no-sandbox"] });
    try {
      const context = await b.newContext({ viewport: { width: 360, height: 800 } });
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto(`${site.origin}${BASE}charts/active-coops/`, { waitUntil: "load" });
      const buttons = page.locator("button.copy-btn");
      expect(await buttons.count()).toBe(2);
      await buttons.first().click();
      await page.locator(".copy-status").first().filter({ hasText: /\S/ }).waitFor();
      const [copied, snippet] = await page.evaluate(async () => [
        await navigator.clipboard.readText(),
        (document.getElementById("embed-code") as HTMLTextAreaElement).value,
      ]);
      expect(copied).toBe(snippet.trim());
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(errors).toEqual([]);
    } finally {
      await b.close();
      await site.close();
    }
  }, 120_000);
});
