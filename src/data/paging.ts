/**
 * Lists that grow with the data are cut into pages of a fixed size, so no page grows without
 * bound: the sources (newest first), the timeline (oldest first, by Jalali year) and the
 * dashboards' "every figure" tables. Page 1 keeps the list's old address (`/sources/`), page n
 * is `/sources/n/`; links to an item go to the page that holds it. With the bundled data every
 * list fits on its first page, so the site reads as before.
 */
import type { Model } from "./model.ts";
import { loadModel } from "./load.ts";
import { newestFirst, chronological, type Statement } from "./timeline.ts";
import { once } from "../lib/build-store.ts";

/**
 * Items per page: 200 sources (about 85 KB gzip at today's density) or figures keep a page well
 * under 150 KB gzip, and the bundled data's lists still fit on their first page.
 */
export const PAGE_SIZE = 200;

/** A dashboard lists its figures itself up to this many; past it, in pages of PAGE_SIZE. */
export const DASHBOARD_INLINE = 400;

export interface Page<T> {
  /** 1-based. */
  number: number;
  /** Pages in all. */
  count: number;
  items: T[];
}

/** The items in pages of `size` (one empty page for an empty list: the page still exists). */
export function paginate<T>(items: T[], size = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size) }));
}

/** `sources/` for page 1, `sources/3/` for page 3 (site-relative, through href()). */
export const pagePath = (section: string, n: number): string => (n === 1 ? `${section}/` : `${section}/${n}/`);

/** The route parameter of a `[...page].astro` file: undefined for page 1. */
export const pageParam = (n: number): string | undefined => (n === 1 ? undefined : String(n));

/** The sources page by page, newest first (undated last). */
export function sourcePages(model: Model = loadModel()): Page<Statement>[] {
  return once(model, "pages:sources", () => paginate(newestFirst(model)));
}

/** Where a source's record is: `sources/#id`, or `sources/n/#id` past the first page. */
export function sourcePath(id: string, model: Model = loadModel()): string {
  const pageOf = once(model, "pages:source-index", () => {
    const m = new Map<string, number>();
    for (const p of sourcePages(model)) for (const st of p.items) m.set(st.source.id, p.number);
    return m;
  });
  return `${pagePath("sources", pageOf.get(id) ?? 1)}#${id}`;
}

/**
 * The timeline page by page: dated statements oldest first, undated at the end. Pages break at
 * PAGE_SIZE statements, and each page shows its statements under their Jalali years.
 */
export function timelinePages(model: Model = loadModel()): Page<Statement>[] {
  return once(model, "pages:timeline", () => {
    const { dated, undated } = chronological(model);
    return paginate([...dated, ...undated]);
  });
}
