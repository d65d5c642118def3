/**
 * Every page route builds and carries what it must: one real build (the published data/, or
 * PAGES_TEST_DATA=dir) into a temporary folder, then the HTML of every page is checked against the
 * model built from the same data, so nothing here is a hard-coded count.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { validateDataDir } from "../../src/validate/index.ts";
import { buildModel, type Model } from "../../src/data/model.ts";
import { countyEntries } from "../../src/data/counties.ts";
import { statements, chronological } from "../../src/data/timeline.ts";

const ROOT = resolve(__dirname, "../..");
const DATA_DIR = resolve(ROOT, process.env.PAGES_TEST_DATA ?? "data");
let work: string;
let dist: string;
let model: Model;
const pages = new Map<string, Document>();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : name.endsWith(".html") ? [p] : [];
  });
}

/** `counties/borujerd/` -> its parsed HTML (fails the test if the page was not built). */
function page(path: string): Document {
  const doc = pages.get(path);
  if (!doc) throw new Error(`page /${path} was not built`);
  return doc;
}

beforeAll(() => {
  const report = validateDataDir(DATA_DIR);
  if (!report.valid || !report.data) throw new Error(`the test data in ${DATA_DIR} is invalid`);
  model = buildModel(report.data);
  work = mkdtempSync(join(tmpdir(), "pages-test-"));
  dist = join(work, "dist");
  execFileSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--data-dir", DATA_DIR, dist], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", DATA_DIR },
    stdio: "pipe",
  });
  for (const file of htmlFiles(dist)) {
    const path = relative(dist, file)
      .replace(/index\.html$/, "")
      .replace(/\\/g, "/");
    pages.set(path, parseHTML(readFileSync(file, "utf8")).document as unknown as Document);
  }
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const isEmbed = (path: string) => /(^|\/)embed\//.test(path);
const isEnglish = (path: string) => path.startsWith("en/");
/** The site path of a page's twin: `counties/x/` <-> `en/counties/x/`. */
const twinOf = (path: string) => (isEnglish(path) ? path.slice(3) : `en/${path}`);
const pathOfUrl = (u: string) => new URL(u, "https://x.invalid/").pathname.replace(/^\//, "");

describe("every page", () => {
  it("is a Persian right-to-left document (English left-to-right under /en/) with a title", () => {
    expect(pages.size).toBeGreaterThan(10);
    for (const [path, doc] of pages) {
      const html = doc.documentElement;
      const en = isEnglish(path);
      expect(html.getAttribute("lang"), path).toBe(en ? "en" : "fa");
      expect(html.getAttribute("dir"), path).toBe(en ? "ltr" : "rtl");
      expect(doc.querySelector("title")?.textContent?.trim(), path).toBeTruthy();
      if (!isEmbed(path) && path !== "404.html") expect(doc.querySelectorAll("h1").length, path).toBe(1);
    }
  });

  it("draws each chart with an accessible SVG and its data table, or says why it is empty", () => {
    let drawn = 0;
    for (const [path, doc] of pages) {
      for (const section of doc.querySelectorAll("section.chart")) {
        const svg = section.querySelector("svg");
        const where = `${path} #${section.getAttribute("id")}`;
        if (svg) {
          drawn += 1;
          for (const s of section.querySelectorAll("svg")) expect(s.getAttribute("role"), where).toBe("img");
          expect(section.querySelector("details table tbody tr"), where).not.toBeNull();
        } else {
          expect(section.querySelector("figure .muted")?.textContent?.trim(), where).toBeTruthy();
        }
      }
    }
    expect(drawn).toBeGreaterThan(0);
  });
});

describe("the English edition", () => {
  const persian = () => [...pages.keys()].filter((p) => !isEnglish(p) && !p.endsWith(".html"));

  it("every Persian page has its English twin at the same path under /en/, and the other way round", () => {
    expect(persian().length).toBeGreaterThan(20);
    for (const p of pages.keys()) if (!p.endsWith(".html")) expect(pages.has(twinOf(p)), `${p} -> ${twinOf(p)}`).toBe(true);
  });

  it("each pair names both pages as hreflang alternates (fa, en, x-default -> Persian), pointing at each other", () => {
    for (const p of persian()) {
      for (const path of [p, twinOf(p)]) {
        const alt = Object.fromEntries(
          [...page(path).querySelectorAll("link[rel='alternate'][hreflang]")].map((l) => [
            l.getAttribute("hreflang"),
            pathOfUrl(l.getAttribute("href")!),
          ]),
        );
        expect(alt, path).toEqual({ fa: p, en: `en/${p}`, "x-default": p });
      }
    }
  });

  it("the language switch of every page (paginated ones too) goes to the twin of the same page", () => {
    for (const p of persian()) {
      if (isEmbed(p)) continue;
      for (const path of [p, twinOf(p)]) {
        const a = page(path).querySelector("a[data-switch]");
        expect(a, path).not.toBeNull();
        expect(pathOfUrl(a!.getAttribute("href")!), path).toBe(twinOf(path));
        expect(a!.getAttribute("hreflang"), path).toBe(isEnglish(path) ? "fa" : "en");
      }
    }
  });

  it("English pages link to English pages: navigation and in-page links stay in the edition", () => {
    for (const [path, doc] of pages) {
      if (!isEnglish(path)) continue;
      for (const a of doc.querySelectorAll("header a[href^='/'], main a[href^='/']")) {
        const target = pathOfUrl(a.getAttribute("href")!);
        // Shared files (data downloads, licences) have no language; pages do.
        if (/\.[a-z0-9]+$/i.test(target) && !target.startsWith("en/")) continue;
        if (a.hasAttribute("data-switch")) continue;
        expect(target.startsWith("en/"), `${path}: ${target}`).toBe(true);
      }
    }
  });

  it("English pages show Latin digits outside Persian isolates (titles as published, lang='fa')", () => {
    // Persian digits, or a Persian word followed by a Persian punctuation mark: interface text, not a quoted term.
    const ARABIC = /[\u06F0-\u06F9]|[\u0600-\u06FF]+[،؛]/;
    for (const p of ["en/", "en/methodology/", "en/counties/", "en/sources/", "en/timeline/", "en/whats-new/", "en/data/"]) {
      const doc = page(p);
      const main = doc.querySelector("main")!.cloneNode(true) as Element;
      // Charts (drawn by the chart layer) and text kept in Persian on purpose are left out here.
      // Addresses (article URLs, shown decoded) are not text either.
      for (const el of main.querySelectorAll("[lang='fa'], section.chart, svg, [dir='ltr']")) el.remove();
      const persian = (main.textContent ?? "").split(/\n|(?<=[.:])\s/).filter((l) => ARABIC.test(l));
      expect(persian, p).toEqual([]);
    }
  });

  it("English pages show the Persian a note quotes inside lang='fa' isolates (notes, doubts, source and county notes)", () => {
    // The English text fields that DataText renders; Persian in other English fields (a name) is the data's own business.
    const notes = [
      ...model.data.observations.flatMap((o) => [o.note_en, o.doubt_reason_en]),
      ...model.data.sources.map((s) => s.note_en),
      ...model.data.places.map((p) => p.note_en),
    ].filter((t): t is string => !!t && /[\u0600-\u06FF]/.test(t));
    const loose: string[] = [];
    const walk = (n: Node, path: string) => {
      if (n.nodeType === 1) {
        const el = n as Element;
        if ((el.getAttribute("lang") ?? "").startsWith("fa") || ["SCRIPT", "STYLE", "svg", "SVG"].includes(el.tagName)) return;
        for (const c of el.childNodes) walk(c, path);
      } else if (n.nodeType === 3) {
        const t = (n.textContent ?? "").trim();
        if (/[\u0600-\u06FF]/.test(t) && notes.some((note) => note.includes(t))) loose.push(`/${path}: ${t.slice(0, 60)}`);
      }
    };
    for (const [path, doc] of pages) if (isEnglish(path)) walk(doc.body, path);
    expect(loose.slice(0, 10)).toEqual([]);
  });

  it("the methodology page tells English readers that the sources are Persian-language news reports", () => {
    expect(page("en/methodology/").querySelector("#what")!.parentElement!.textContent).toMatch(/Persian-language news reports/);
    expect(page("methodology/").querySelector("#what")!.parentElement!.textContent).not.toMatch(/Persian-language/);
  });

  it("/en/feed.xml is the releases feed in English, linking to the English what's-new page", () => {
    const xml = readFileSync(join(dist, "en/feed.xml"), "utf8");
    expect(xml).toMatch(/<feed [^>]*xml:lang="en"/);
    for (const r of model.history.releases) expect(xml).toContain(`/en/whats-new/#${r.id}`);
    expect(xml).not.toMatch(/[\u06F0-\u06F9]/);
  });

  it("an English county page is named in English and holds the same figures as its Persian twin", () => {
    for (const e of countyEntries(model).values()) {
      const en = page(`en/counties/${e.place.id}/`);
      expect(en.querySelector("h1")!.textContent).toContain(e.place.name_en);
      expect(en.querySelectorAll("#figures + .table-wrap tbody tr").length, e.place.id).toBe(e.figures.length);
    }
  });
});

describe("counties", () => {
  it("has an index with the map, the OSM credit, a link to every county and the same numbers as a table", () => {
    const doc = page("counties/");
    const map = doc.querySelector("#chart-county-map");
    expect(map?.querySelector("svg[role='img']")).not.toBeNull();
    expect(doc.querySelector("a[href='https://www.openstreetmap.org/copyright']")).not.toBeNull();
    const entries = [...countyEntries(model).values()];
    expect(entries).toHaveLength(12);
    for (const e of entries) expect(doc.querySelector(`nav a[href$='/counties/${e.place.id}/']`), e.place.id).not.toBeNull();
    const rows = doc.querySelectorAll("table[aria-labelledby='table'] tbody tr");
    expect(rows.length).toBe(entries.length);
    if (entries.some((e) => e.figures.length === 0)) expect(map!.querySelector("pattern[id^='county-map-nodata']")).not.toBeNull();
  });

  it("has a page for every county, saying plainly when it has no figures", () => {
    for (const e of countyEntries(model).values()) {
      const doc = page(`counties/${e.place.id}/`);
      expect(doc.querySelector("h1")!.textContent).toContain(e.place.name_fa);
      const rows = doc.querySelectorAll("#figures + .table-wrap tbody tr");
      expect(rows.length, e.place.id).toBe(e.figures.length);
      expect(doc.querySelector(".note[role='note']") !== null, e.place.id).toBe(e.figures.length === 0);
      for (const y of e.years) expect(doc.querySelector(`a[href$='/counties/${e.place.id}/${y}/']`), `${e.place.id} ${y}`).not.toBeNull();
    }
  });

  it("has a page for every county and year with figures, holding exactly that year's figures", () => {
    let n = 0;
    for (const e of countyEntries(model).values()) {
      for (const y of e.years) {
        const rows = page(`counties/${e.place.id}/${y}/`).querySelectorAll("tbody tr");
        expect(rows.length, `${e.place.id}/${y}`).toBe(e.byYear.get(y)!.length);
        n += 1;
      }
    }
    const built = [...pages.keys()].filter((p) => /^counties\/[^/]+\/\d{4}\/$/.test(p));
    expect(built.length).toBe(n);
  });
});

describe("sources", () => {
  it("has an anchor for every source and lists every figure it contributed", () => {
    const doc = page("sources/");
    for (const [id, st] of statements(model)) {
      const article = doc.getElementById(id);
      expect(article, id).not.toBeNull();
      expect(article!.querySelectorAll(".source-figures > li").length, id).toBe(st.figures.length);
      if (st.source.url) expect(article!.querySelector(`a[dir='ltr'][href='${st.source.url}']`), id).not.toBeNull();
      if (st.source.published_jalali) expect(article!.querySelector("time[datetime]"), id).not.toBeNull();
    }
  });

  it("keeps the space between a text and the link or other-language name after it (the compiler drops `{text} <a>`'s)", () => {
    const glued: string[] = [];
    for (const [path, doc] of pages) {
      for (const el of doc.querySelectorAll("body [lang], p.small > a")) {
        const prev = el.previousSibling;
        if (prev?.nodeType === 3 && /[\p{L}\p{N}.)]$/u.test(prev.textContent ?? ""))
          glued.push(
            `/${path}: «${(prev.textContent ?? "").slice(-20)}» + <${el.tagName.toLowerCase()}>${(el.textContent ?? "").slice(0, 20)}`,
          );
      }
    }
    expect(glued.slice(0, 10)).toEqual([]);
  });

  it("every /sources/#id link on the site points at an existing source", () => {
    for (const [path, doc] of pages) {
      for (const a of doc.querySelectorAll("a[href*='sources/#']")) {
        const id = a.getAttribute("href")!.split("#")[1];
        expect(model.sources.has(id), `${path} -> ${id}`).toBe(true);
      }
    }
  });
});

describe("timeline", () => {
  it("lists every statement once, dated ones in Jalali order, undated ones last under their own heading", () => {
    const doc = page("timeline/");
    const links = [...doc.querySelectorAll("ol.timeline > li .what a")].map((a) => a.getAttribute("href")!.split("#")[1]);
    const { dated, undated } = chronological(model);
    expect(links).toEqual([...dated, ...undated].map((s) => s.source.id));
    expect(doc.getElementById("undated") !== null).toBe(undated.length > 0);
  });
});

describe("methodology", () => {
  it("has every section and the whole indicator catalogue", () => {
    const doc = page("methodology/");
    for (const id of ["what", "definitions", "units", "qualifiers", "periods", "doubts", "boundaries", "cite", "licences"]) {
      expect(doc.getElementById(id), id).not.toBeNull();
    }
    for (const ind of model.data.indicators) expect(doc.getElementById(`ind-${ind.id}`), ind.id).not.toBeNull();
  });
});

describe("sitemap and robots", () => {
  it("lists every indexable page, and only those", () => {
    const xml = readFileSync(join(dist, "sitemap.xml"), "utf8");
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.replace(/^\//, ""));
    const expected = [...pages.keys()].filter((p) => !isEmbed(p) && !p.endsWith(".html")).sort();
    expect(locs.sort()).toEqual(expected);
    expect(locs.some((l) => l.startsWith("en/"))).toBe(true);
    expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="[^"]+\/en\/"\/>/);
  });

  it("robots.txt names the sitemap by its full address", () => {
    const robots = readFileSync(join(dist, "robots.txt"), "utf8");
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    expect(existsSync(join(dist, "sitemap.xml"))).toBe(true);
  });
});
