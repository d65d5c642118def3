/**
 * The site search index, built with Pagefind's Node API over the finished site (a build step in
 * scripts/build.ts, inside the atomic build: an error here fails the build and the last good
 * `dist/` stays). `node --import tsx scripts/search-index.ts [DIR]` re-indexes a built folder.
 *
 * Every page's main content is indexed in the Persian normal form of src/lib/search-normalize.ts
 * (the query is normalised the same way in the browser), with its kind, theme, county and year as
 * Pagefind meta and filters; each figure and each source is a record of its own. The compounds
 * the site writes with a ZWNJ are written next to the index for the query side.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
import * as pagefind from "pagefind";
import { loadModel } from "../src/data/load.ts";
import { compoundKey, compoundsIn, normalizeIndexText } from "../src/lib/search-normalize.ts";
import { figureRecords, pageSearchInfo, sourceRecords, type PageSearchInfo, type SearchRecord } from "../src/components/search-records.ts";

/** Folder of the index inside the site, and the compounds file the search page loads. */
export const INDEX_DIR = "pagefind";
export const COMPOUNDS_FILE = "fa-compounds.json";

type Doc = ReturnType<typeof parseHTML>["document"];
type El = Doc["body"];

const SKIP = new Set(["SCRIPT", "STYLE", "SVG", "svg", "TEMPLATE", "NOSCRIPT"]);

function textNodes(el: El, out: { nodeValue: string | null }[] = []): { nodeValue: string | null }[] {
  for (const n of Array.from(el.childNodes) as unknown as (El & { nodeType: number; nodeValue: string | null })[]) {
    if (n.nodeType === 3) out.push(n);
    else if (n.nodeType === 1 && !SKIP.has(n.tagName)) textNodes(n, out);
  }
  return out;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .sort();
}

/** `charts/x/index.html` -> `/charts/x/`. */
const pathOf = (file: string) => "/" + file.split("\\").join("/").replace(/(^|\/)index\.html$/, "$1");

/** Hidden carriers of Pagefind meta and filters, added to the indexed copy only. */
function tagPage(doc: Doc, body: El, info: PageSearchInfo): void {
  body.setAttribute("data-pagefind-body", "");
  const add = (attr: string, key: string, value: string) => {
    const span = doc.createElement("span");
    span.setAttribute(attr, `${key}:${value}`);
    body.appendChild(span);
  };
  for (const [k, v] of Object.entries(info.meta)) if (v) add("data-pagefind-meta", k, v);
  for (const [k, values] of Object.entries(info.filters)) for (const v of values ?? []) add("data-pagefind-filter", k, v);
}

export interface IndexStats {
  pages: number;
  records: number;
  compounds: number;
  bytes: number;
}

/** Indexes the site in `outDir` into `outDir/pagefind/`; throws on any Pagefind error. */
export async function buildSearchIndex(outDir: string, log: (line: string) => void): Promise<IndexStats> {
  const started = Date.now();
  const model = loadModel();
  const pages: { path: string; doc: Doc; body: El; info: PageSearchInfo; english: boolean }[] = [];
  const shownOn = new Map<string, string[]>();
  for (const file of htmlFiles(outDir)) {
    const path = pathOf(file);
    const html = readFileSync(join(outDir, file), "utf8");
    for (const m of html.matchAll(/\bid="obs-([^"]+)"/g)) shownOn.set(m[1], [...(shownOn.get(m[1]) ?? []), path]);
    // English pages: Pagefind indexes them by their lang="en" into an index of their own; they
    // carry the same kind, theme and county as their Persian twins, and their text is not put in
    // the Persian normal form.
    const english = path.startsWith("/en/");
    if (english && (path.startsWith("/en/embed/") || path === "/en/search/")) continue;
    const info = pageSearchInfo(english ? path.slice(3) : path, model);
    if (!info) continue;
    const { document } = parseHTML(html);
    const body = (document.querySelector("main") ?? document.body) as El | null;
    if (!body) continue;
    // The title as displayed (the indexed copy below is normalised).
    const h1 = body.querySelector("h1")?.textContent?.trim() || document.querySelector("title")?.textContent?.trim();
    if (h1) info.meta.title = h1;
    pages.push({ path, doc: document, body, info, english });
  }
  if (pages.length === 0) throw new Error(`search index: no page to index in ${outDir}`);
  const records: SearchRecord[] = [...figureRecords(model, (id) => shownOn.get(id) ?? []), ...sourceRecords(model)];

  // The compounds the site writes with a ZWNJ, from everything indexed.
  const keys = new Set<string>();
  // Text node by text node: minified HTML has no space between cells, so textContent would glue words.
  for (const p of pages) if (!p.english) for (const n of textNodes(p.body)) for (const w of compoundsIn(n.nodeValue ?? "")) keys.add(compoundKey(w));
  for (const r of records) for (const w of compoundsIn(r.content)) keys.add(compoundKey(w));

  const { index, errors } = await pagefind.createIndex({ excludeSelectors: ["svg", "[hidden]"] });
  if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join("; ")}`);
  try {
    const fail = (what: string, errs: string[]) => {
      if (errs.length) throw new Error(`search index: ${what}: ${errs.join("; ")}`);
    };
    for (const p of pages) {
      if (!p.english) for (const n of textNodes(p.body)) if (n.nodeValue) n.nodeValue = normalizeIndexText(n.nodeValue, keys);
      tagPage(p.doc, p.body, p.info);
      const r = await index.addHTMLFile({ url: p.path, content: p.doc.toString() });
      fail(p.path, r.errors);
    }
    for (const rec of records) {
      const r = await index.addCustomRecord({
        url: rec.url,
        content: normalizeIndexText(rec.content, keys),
        language: "fa",
        meta: rec.meta as unknown as Record<string, string>,
        filters: rec.filters as Record<string, string[]>,
      });
      fail(rec.url, r.errors);
    }
    const target = join(outDir, INDEX_DIR);
    const written = await index.writeFiles({ outputPath: target });
    fail("writing the index", written.errors);
    writeFileSync(join(target, COMPOUNDS_FILE), JSON.stringify([...keys].sort()));
    // Pagefind also writes its ready-made UIs; the site has its own, so they are not published.
    for (const f of readdirSync(target)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(f)) rmSync(join(target, f));
    const bytes = readdirSync(target, { recursive: true, encoding: "utf8" })
      .map((f) => join(target, f))
      .filter((f) => !f.endsWith("/") && /\.(pf_\w+|json)$/.test(f))
      .reduce((sum, f) => sum + readFileSync(f).length, 0);
    const stats = { pages: pages.length, records: records.length, compounds: keys.size, bytes };
    log(
      `search: indexed ${stats.pages} pages, ${records.length} figure and source records, ${keys.size} compounds ` +
        `(${(bytes / 1024).toFixed(0)} KB of index) in ${Date.now() - started} ms into ${relative(process.cwd(), target) || target}`,
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
