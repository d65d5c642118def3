/**
 * What the search index needs from the model, worked out while the build still holds it: for each
 * built page its search kind, theme, county and year (src/components/search-records.ts), and the
 * figure and source records (up to RECORDS_MAX of each). `npm run build` writes this to a file in
 * the Astro step and indexes in a separate process that reads only that file and the built HTML:
 * the data is validated once, and the index step never holds the model.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Model } from "../src/data/model.ts";
import {
  figureRecords,
  pageSearchInfo,
  recordsFor,
  sourceRecords,
  type PageSearchInfo,
  type SearchRecord,
} from "../src/components/search-records.ts";
import { FIGURE_PAGES } from "./search-html.ts";

export interface SearchPage {
  /** File inside the site folder, e.g. `charts/x/index.html`. */
  file: string;
  /** Site path, e.g. `/charts/x/`. */
  path: string;
  /** English edition: indexed in its own language, its text not put in the Persian normal form. */
  english: boolean;
  info: PageSearchInfo;
  /** Its lists of figures are indexed on the dashboards' figure pages instead (FIGURE_PAGES): left out here. */
  lean?: boolean;
}

export interface SearchInputs {
  pages: SearchPage[];
  records: SearchRecord[];
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .sort();
}

/** `charts/x/index.html` -> `/charts/x/`. */
export const pathOf = (file: string): string =>
  "/" +
  file
    .split("\\")
    .join("/")
    .replace(/(^|\/)index\.html$/, "$1");

/** The pages to index in the built site `outDir`, and the records, from the build's model. */
export function searchInputs(model: Model, outDir: string): SearchInputs {
  const withFigures = recordsFor(model.figures.length);
  const pages: SearchPage[] = [];
  // The pages whose tables show each figure's row (only read while figures get records of their own).
  const shownOn = new Map<string, string[]>();
  // Without them: the figures the dashboards' figure pages show (each figure's row is indexed there only if all are).
  const onFigurePages = new Set<string>();
  for (const file of htmlFiles(outDir)) {
    const path = pathOf(file);
    // English pages: Pagefind indexes them by their lang="en" into an index of their own; they
    // carry the same kind, theme and county filters as their Persian twins, shown in English.
    const english = path.startsWith("/en/");
    // Where each figure is shown, from the Persian pages (the English twins show the same rows).
    if (!english && (withFigures || FIGURE_PAGES.test(path))) {
      for (const m of readFileSync(join(outDir, file), "utf8").matchAll(/\bid="obs-([^"]+)"/g)) {
        if (!withFigures) {
          onFigurePages.add(m[1]);
          continue;
        }
        const on = shownOn.get(m[1]);
        if (on) on.push(path);
        else shownOn.set(m[1], [path]);
      }
    }
    if (english && (path.startsWith("/en/embed/") || path === "/en/search/")) continue;
    const info = english ? pageSearchInfo(path.slice(3), model, "en") : pageSearchInfo(path, model);
    if (info) pages.push({ file, path, english, info });
  }
  if (!withFigures && model.figures.every((f) => onFigurePages.has(f.id))) {
    for (const p of pages) p.lean = !FIGURE_PAGES.test(p.english ? p.path.slice(3) : p.path);
  }
  // One record per figure and per source up to RECORDS_MAX of each, in each edition; past it the
  // pages that list them are what is found.
  const records: SearchRecord[] = (["fa", "en"] as const).flatMap((lang) => [
    ...(withFigures ? figureRecords(model, (id) => shownOn.get(id) ?? [], lang) : []),
    ...(recordsFor(model.data.sources.length) ? sourceRecords(model, lang) : []),
  ]);
  return { pages, records };
}

export const writeSearchInputs = (file: string, inputs: SearchInputs): void => writeFileSync(file, JSON.stringify(inputs));
export const readSearchInputs = (file: string): SearchInputs => JSON.parse(readFileSync(file, "utf8")) as SearchInputs;
