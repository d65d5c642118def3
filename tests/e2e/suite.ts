/**
 * The whole suite against one built site: static checks over every file, browser checks on every
 * sitemap and embed page, and the embeds on a second origin. Used for `dist/` and, by the
 * self-test, for the deliberately broken fixture site.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { serve } from "../../scripts/serve.ts";
import { checkEmbeds } from "./checks/embeds.ts";
import { validateHtml } from "./checks/html.ts";
import { checkLinks } from "./checks/links.ts";
import { checkPage, openContexts } from "./checks/page.ts";
import { checkSearch } from "./checks/search.ts";
import { pool } from "./lib/browser.ts";
import type { HostOrigin } from "./lib/host-origin.ts";
import type { Results } from "./lib/results.ts";
import { discover, siteUrl } from "./lib/site.ts";

export interface SuiteOptions {
  dist: string;
  browser: Browser;
  host: HostOrigin;
  results: Results;
  log: (line: string) => void;
  /** Pages checked in parallel (each uses three browser tabs in turn). */
  concurrency?: number;
  /** Only the first N pages and N embeds (for quick local runs). */
  limit?: number;
  /** Only these site paths in the browser page checks (static and embed checks still run on all). */
  only?: Set<string>;
  /** Run the site search checks (default true; the broken fixture site has no search). */
  search?: boolean;
}

export async function runSuite(o: SuiteOptions): Promise<void> {
  const { dist, results, log } = o;
  const found = discover(dist);
  const pick = (list: string[]) => (o.only ? list.filter((p) => o.only!.has(p)) : o.limit ? list.slice(0, o.limit) : list);
  const pages = pick(found.pages);
  const embeds = pick(found.embeds);
  log(
    `site: ${dist}: ${found.pages.length} pages from ${found.source}, ${found.embeds.length} embed pages${o.limit ? ` (testing the first ${o.limit} of each)` : ""}`,
  );

  if (found.source === "sitemap.xml")
    results.add(
      "sitemap",
      "sitemap.xml",
      found.missing.map((m) => `lists ${m}, which is not in the build`),
    );
  else results.skip("sitemap", "sitemap.xml", "no dist/sitemap.xml (not built yet): pages found by crawling dist/**/index.html");

  let t = Date.now();
  const lap = (what: string) => {
    log(`  ${what} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    t = Date.now();
  };
  // Static checks over every file of the build.
  const links = checkLinks(dist);
  for (const [file, problems] of links.links) results.add("links", file, problems);
  for (const [file, problems] of links.downloads) results.add("downloads", file, problems);
  if (links.downloads.size === 0) results.skip("downloads", "all pages", "no page links to a download");
  for (const [file, problems] of links.hreflang) results.add("hreflang", file, problems);
  if (links.hreflang.size === 0) results.skip("hreflang", "all pages", "no page names a language twin");
  lap("links and downloads");
  for (const [file, problems] of await validateHtml(dist)) results.add("html-validate", file, problems);
  lap("HTML validation");

  // Browser checks, served the way a static host would serve them.
  const hasHeaders = existsSync(join(dist, "_headers"));
  if (!hasHeaders) results.skip("csp-header", "_headers", "no _headers file in the build (not built yet): pages are served without a CSP");
  const server = await serve({ root: dist, host: "127.0.0.1" });
  try {
    const ctx = await openContexts(o.browser);
    let done = 0;
    const targets = [...pages, ...embeds.filter((e) => !pages.includes(e))];
    await pool(targets, o.concurrency ?? 3, async (path) => {
      const r = await checkPage(ctx, new URL(path.slice(1), server.url).href, { expectCsp: hasHeaders });
      results.addAll(path, r);
      if (++done % 20 === 0) log(`  … ${done}/${targets.length} pages`);
    });
    await ctx.close();
    lap(`browser checks on ${targets.length} pages`);
    await checkEmbeds(
      { browser: o.browser, dist, served: server.url, publicSite: siteUrl(dist), embeds: found.embeds, host: o.host },
      results,
    );
    lap("embeds and copy buttons");
  } finally {
    await server.close();
  }
  if (o.search !== false) {
    if (!existsSync(join(dist, "search", "index.html")) || !existsSync(join(dist, "pagefind")))
      results.add("search", "/search/", ["no search page or no search index in the build"]);
    else await checkSearch({ browser: o.browser, dist, log }, results);
    lap("site search");
  }
}
