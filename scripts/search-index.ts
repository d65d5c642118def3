/**
 * The site search index, built with Pagefind's Node API over the finished site (a build step in
 * scripts/build.ts, inside the atomic build: an error here fails the build and the last good
 * `dist/` stays). `node --import tsx scripts/search-index.ts [DIR]` re-indexes a built folder.
 *
 * Every page's main content is indexed in the Persian normal form of src/lib/search-normalize.ts
 * (the query is normalised the same way in the browser), with its kind, theme, county and year as
 * Pagefind meta and filters; each figure and each source is a record of its own (up to
 * RECORDS_MAX of each; past it the pages that list them carry them). The compounds
 * the site writes with a ZWNJ are written next to the index for the query side.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import * as pagefind from "pagefind";
import { loadModel } from "../src/data/load.ts";
import { compoundKey, compoundsIn, normalizeIndexText } from "../src/lib/search-normalize.ts";
import { figureRecords, pageSearchInfo, recordsFor, sourceRecords, type PageSearchInfo, type SearchRecord } from "../src/components/search-records.ts";
import { escapeAttr, scanPage } from "./search-html.ts";

/** Folder of the index inside the site, and the compounds file the search page loads. */
export const INDEX_DIR = "pagefind";
export const COMPOUNDS_FILE = "fa-compounds.json";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .sort();
}

/** `charts/x/index.html` -> `/charts/x/`. */
const pathOf = (file: string) => "/" + file.split("\\").join("/").replace(/(^|\/)index\.html$/, "$1");

/** Hidden carriers of Pagefind meta and filters, added to the indexed copy only (as the indexed element's last children). */
function tags(info: PageSearchInfo): string {
  const span = (attr: string, key: string, value: string) => `<span ${attr}="${escapeAttr(`${key}:${value}`)}"></span>`;
  let out = "";
  for (const [k, v] of Object.entries(info.meta)) if (v) out += span("data-pagefind-meta", k, v);
  for (const [k, values] of Object.entries(info.filters)) for (const v of values ?? []) out += span("data-pagefind-filter", k, v);
  return out;
}

export interface IndexStats {
  pages: number;
  records: number;
  compounds: number;
  bytes: number;
}

/** How many pages or records are handed to Pagefind before their answers are awaited. */
const IN_FLIGHT = 64;

/** Sends Pagefind requests with up to IN_FLIGHT outstanding; `drain` awaits the rest and throws the first error. */
function pipeline(fail: (what: string, errs: string[]) => void) {
  let pending: Promise<void>[] = [];
  let error: unknown;
  const drain = async () => {
    const batch = pending;
    pending = [];
    await Promise.all(batch);
    if (error) throw error;
  };
  const push = async (what: string, req: Promise<{ errors: string[] }>) => {
    // Caught at once (an unawaited rejection would end the process); rethrown by drain.
    pending.push(req.then((r) => fail(what, r.errors)).catch((e: unknown) => void (error ??= e)));
    if (pending.length >= IN_FLIGHT) await drain();
  };
  return { push, drain };
}

/** A string function memoised per distinct input (table cells repeat the same few texts). */
function memo(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = f(s);
      if (cache.size < 200_000) cache.set(s, v);
    }
    return v;
  };
}

/**
 * Indexes the site in `outDir` into `outDir/pagefind/`; throws on any Pagefind error.
 *
 * Bounded memory whatever the number of pages: a first pass reads each page once for the figure
 * anchors it shows and the compounds it writes, keeping only those; the second parses one page at
 * a time again, normalises it and hands it to Pagefind. Requests are pipelined (IN_FLIGHT), so
 * Pagefind indexes while the next page is prepared.
 */
export async function buildSearchIndex(outDir: string, log: (line: string) => void): Promise<IndexStats> {
  const started = Date.now();
  const lap = (() => {
    let t = Date.now();
    const laps: string[] = [];
    return Object.assign((name: string) => {
      laps.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
      t = Date.now();
    }, { laps });
  })();
  const model = loadModel();
  const withFigures = recordsFor(model.figures.length);
  const pages: { file: string; path: string; info: PageSearchInfo; english: boolean }[] = [];
  const shownOn = new Map<string, string[]>();
  // The compounds the site writes with a ZWNJ, from everything indexed.
  const keys = new Set<string>();
  const seenText = new Set<string>();
  const addCompounds = (text: string) => {
    if (seenText.has(text)) return;
    if (seenText.size < 200_000) seenText.add(text);
    for (const w of compoundsIn(text)) keys.add(compoundKey(w));
  };
  for (const file of htmlFiles(outDir)) {
    const path = pathOf(file);
    const html = readFileSync(join(outDir, file), "utf8");
    for (const m of withFigures ? html.matchAll(/\bid="obs-([^"]+)"/g) : []) {
      const on = shownOn.get(m[1]);
      if (on) on.push(path);
      else shownOn.set(m[1], [path]);
    }
    // English pages: Pagefind indexes them by their lang="en" into an index of their own; they
    // carry the same kind, theme and county as their Persian twins, and their text is not put in
    // the Persian normal form.
    const english = path.startsWith("/en/");
    if (english && (path.startsWith("/en/embed/") || path === "/en/search/")) continue;
    const info = pageSearchInfo(english ? path.slice(3) : path, model);
    if (!info) continue;
    // Text node by text node: minified HTML has no space between cells, so textContent would glue words.
    const page = scanPage(html, {
      text: (t) => {
        if (!english) addCompounds(t);
        return t;
      },
    });
    if (!page.found) continue;
    // The title as displayed (the indexed copy below is normalised).
    const h1 = page.h1 || page.title;
    if (h1) info.meta.title = h1;
    pages.push({ file, path, info, english });
  }
  if (pages.length === 0) throw new Error(`search index: no page to index in ${outDir}`);
  seenText.clear();
  lap("read");
  // One record per figure and per source up to RECORDS_MAX of each; past it the pages that list them are what is found.
  const records: SearchRecord[] = [
    ...(withFigures ? figureRecords(model, (id) => shownOn.get(id) ?? []) : []),
    ...(recordsFor(model.data.sources.length) ? sourceRecords(model) : []),
  ];
  shownOn.clear();
  for (const r of records) addCompounds(r.content);
  seenText.clear();
  lap("records");
  const normalize = memo((s) => normalizeIndexText(s, keys));

  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ["svg", "[hidden]"] });
  if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join("; ")}`);
  try {
    const fail = (what: string, errs: string[]) => {
      if (errs.length) throw new Error(`search index: ${what}: ${errs.join("; ")}`);
    };
    const queue = pipeline(fail);
    for (const p of pages) {
      const page = scanPage(readFileSync(join(outDir, p.file), "utf8"), { text: p.english ? (t) => t : normalize, rewrite: { extra: tags(p.info) } });
      await queue.push(p.path, index.addHTMLFile({ url: p.path, content: page.html! }));
    }
    await queue.drain();
    lap("pages");
    for (const rec of records) {
      await queue.push(
        rec.url,
        index.addCustomRecord({
          url: rec.url,
          content: normalize(rec.content),
          language: "fa",
          meta: rec.meta as unknown as Record<string, string>,
          filters: rec.filters as Record<string, string[]>,
        }),
      );
    }
    await queue.drain();
    lap("records indexed");
    const target = join(outDir, INDEX_DIR);
    const written = await index.writeFiles({ outputPath: target });
    fail("writing the index", written.errors);
    lap("written");
    writeFileSync(join(target, COMPOUNDS_FILE), JSON.stringify([...keys].sort()));
    // Pagefind also writes its ready-made UIs; the site has its own, so they are not published.
    for (const f of readdirSync(target)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(f)) rmSync(join(target, f));
    const bytes = readdirSync(target, { recursive: true, encoding: "utf8" })
      .map((f) => join(target, f))
      .filter((f) => !f.endsWith("/") && /\.(pf_\w+|json)$/.test(f))
      .reduce((sum, f) => sum + statSync(f).size, 0);
    const stats = { pages: pages.length, records: records.length, compounds: keys.size, bytes };
    log(
      `search: indexed ${stats.pages} pages, ${records.length} figure and source records, ${keys.size} compounds ` +
        `(${(bytes / 1024).toFixed(0)} KB of index) in ${Date.now() - started} ms (${lap.laps.join(", ")}) into ${relative(process.cwd(), target) || target}`,
    );
    return stats;
  } finally {
    await index.deleteIndex().catch(() => {});
    await pagefind.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildSearchIndex(process.argv[2] ?? "dist", (l) => console.log(l)).then(
    () => process.exit(0),
    (e) => {
      console.error((e as Error).message);
      process.exit(1);
    },
  );
}
