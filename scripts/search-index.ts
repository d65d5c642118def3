/**
 * The site search index, built with Pagefind's Node API over the finished site (a build step in
 * scripts/build.ts, inside the atomic build: an error here fails the build and the last good
 * `dist/` stays, run in a process of its own that reads the built HTML and what the Astro step wrote
 * for it: scripts/search-inputs.ts). `node --import tsx scripts/search-index.ts [DIR]` re-indexes a
 * built folder (validating the data for that).
 *
 * Every page's main content is indexed in the Persian normal form of src/lib/search-normalize.ts
 * (the query is normalised the same way in the browser), with its kind, theme, county and year as
 * Pagefind meta and filters; each figure and each source is a record of its own in each edition
 * (up to RECORDS_MAX of each; past it the pages that list them carry them). The compounds
 * the site writes with a ZWNJ are written next to the index for the query side.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import * as pagefind from "pagefind";
import { compoundKey, compoundsIn, normalizeIndexText } from "../src/lib/search-normalize.ts";
import type { PageSearchInfo } from "../src/components/search-records.ts";
import { escapeAttr, isFigureList, own, scanPage } from "./search-html.ts";
import type { SearchInputs, SearchPage } from "./search-inputs.ts";

/** The pages and records of a built site, from the model (validated here): for re-indexing a folder by hand. */
async function inputsFromModel(outDir: string): Promise<SearchInputs> {
  const [{ loadModel }, { searchInputs }] = await Promise.all([import("../src/data/load.ts"), import("./search-inputs.ts")]);
  return searchInputs(loadModel(), outDir);
}

/** Folder of the index inside the site, and the compounds file the search page loads. */
export const INDEX_DIR = "pagefind";
export const COMPOUNDS_FILE = "fa-compounds.json";

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

/** How many pages or records, and how many characters of them, are handed to Pagefind before their answers are awaited. */
const IN_FLIGHT = 64;
const IN_FLIGHT_CHARS = 16 * 2 ** 20;

/** Sends Pagefind requests with up to IN_FLIGHT (or IN_FLIGHT_CHARS) outstanding; `drain` awaits the rest and throws the first error. */
function pipeline(fail: (what: string, errs: string[]) => void) {
  let pending: Promise<void>[] = [];
  let chars = 0;
  let error: unknown;
  const drain = async () => {
    const batch = pending;
    pending = [];
    chars = 0;
    await Promise.all(batch);
    if (error) throw error;
  };
  const push = async (what: string, req: Promise<{ errors: string[] }>, size = 0) => {
    // Caught at once (an unawaited rejection would end the process); rethrown by drain.
    pending.push(req.then((r) => fail(what, r.errors)).catch((e: unknown) => void (error ??= e)));
    chars += size;
    if (pending.length >= IN_FLIGHT || chars >= IN_FLIGHT_CHARS) await drain();
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
      if (cache.size < 200_000) cache.set(own(s), (v = own(v)));
    }
    return v;
  };
}

/**
 * Indexes the site in `outDir` into `outDir/pagefind/`; throws on any Pagefind error.
 *
 * `inputs` (the pages to index and the records) come from the build (scripts/search-inputs.ts);
 * without them they are worked out from the model. Bounded memory whatever the number of pages: a
 * first pass reads each page once for its title and the compounds it writes, keeping only those; the second parses one page at
 * a time again, normalises it and hands it to Pagefind. Requests are pipelined (IN_FLIGHT), so
 * Pagefind indexes while the next page is prepared.
 */
export async function buildSearchIndex(outDir: string, log: (line: string) => void, inputs?: SearchInputs): Promise<IndexStats> {
  const started = Date.now();
  const lap = (() => {
    let t = Date.now();
    const laps: string[] = [];
    return Object.assign(
      (name: string) => {
        laps.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
        t = Date.now();
      },
      { laps },
    );
  })();
  // Worked out by the build while it held the model (scripts/search-inputs.ts); standalone, from the model here.
  const { pages: listed, records } = inputs ?? (await inputsFromModel(outDir));
  const pages: SearchPage[] = [];
  // The compounds the site writes with a ZWNJ, from everything indexed.
  const keys = new Set<string>();
  const seenText = new Set<string>();
  const addCompounds = (text: string) => {
    if (seenText.has(text)) return;
    if (seenText.size < 200_000) seenText.add(own(text));
    for (const w of compoundsIn(text)) keys.add(own(compoundKey(w)));
  };
  for (const p of listed) {
    // Text node by text node: minified HTML has no space between cells, so textContent would glue words.
    // English pages' text is not put in the Persian normal form.
    const page = scanPage(readFileSync(join(outDir, p.file), "utf8"), {
      text: (t) => {
        if (!p.english) addCompounds(t);
        return t;
      },
      drop: p.lean ? isFigureList : undefined,
    });
    if (!page.found) continue;
    // The title as displayed (the indexed copy below is normalised).
    const h1 = page.h1 || page.title;
    pages.push(h1 ? { ...p, info: { ...p.info, meta: { ...p.info.meta, title: h1 } } } : p);
  }
  if (pages.length === 0) throw new Error(`search index: no page to index in ${outDir}`);
  seenText.clear();
  lap("read");
  for (const r of records) if (r.lang === "fa") addCompounds(r.content);
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
      const page = scanPage(readFileSync(join(outDir, p.file), "utf8"), {
        text: p.english ? (t) => t : normalize,
        rewrite: { extra: tags(p.info) },
        drop: p.lean ? isFigureList : undefined,
      });
      await queue.push(p.path, index.addHTMLFile({ url: p.path, content: page.html! }), page.html!.length);
    }
    await queue.drain();
    lap("pages");
    for (const rec of records) {
      await queue.push(
        rec.url,
        index.addCustomRecord({
          url: rec.url,
          // English records, as English pages, are indexed as written.
          content: rec.lang === "fa" ? normalize(rec.content) : rec.content,
          language: rec.lang,
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
