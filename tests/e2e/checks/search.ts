/**
 * The site search, used the way a reader uses it: queries typed into the site's own search box
 * in Chromium (never Pagefind called directly).
 *
 * - search-pairs: each pair of spellings finds the same, non-empty set of results;
 * - search-figure: a figure is found by its value and by its county, and links to its row;
 * - search-english, search-english-figure: the English page finds English pages, shows results in
 *   English (axe finds nothing in either colour scheme), and finds a figure by its value and its
 *   county's English name, linked to its English row;
 * - search-results: results show title, kind, county and Jalali date, and a highlighted excerpt;
 * - search-filters: the theme, county and year filters narrow the results to matching ones;
 * - search-header: the header form of another page leads to the results;
 * - search-no-js: without JavaScript the page says so and lists the pages by kind;
 * - search-budget: no other page carries search code, and the first query transfers <= 150 KB;
 * - search-csp, search-axe-light, search-axe-dark: with results shown, no CSP violation or
 *   script error, and axe finds nothing in either colour scheme.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { serve } from "../../../scripts/serve.ts";
import type { Results } from "../lib/results.ts";
import { htmlFiles } from "../lib/site.ts";
import { AXE, runAxe } from "./page.ts";

/** The spellings that must meet (issue: "Search that understands how Persian is typed"). */
export const SEARCH_PAIRS: [string, string][] = [
  ["رومشکان", "رومشكان"],
  ["تعاونی", "تعاوني"],
  ["۵۳۷", "537"],
  ["۱۴۰۴", "1404"],
  ["تعاونی‌های فعال", "تعاونیهای فعال"],
  ["دانش‌بنیان", "دانش بنیان"],
];

/** Bytes the first query may transfer (index, Pagefind's code and WebAssembly, fragments). */
export const FIRST_QUERY_BUDGET = 150 * 1024;

export interface SearchEnv {
  browser: Browser;
  dist: string;
  log: (line: string) => void;
}

interface Shown {
  count: number;
  urls: string[];
}

/** Types a query into the search page's box and waits for its results; with `all`, opens every page of them. */
async function ask(page: Page, query: string, all = true): Promise<Shown> {
  const box = page.locator("#q");
  await box.fill("");
  await box.pressSequentially(query, { delay: 5 });
  await page.waitForFunction(
    (q) => {
      const l = document.getElementById("search-results");
      return l?.dataset.query === q.trim() && (l.dataset.state === "done" || l.dataset.state === "failed");
    },
    query,
    { timeout: 15_000 },
  );
  return collect(page, all);
}

async function collect(page: Page, all: boolean): Promise<Shown> {
  const more = page.locator("#search-more");
  while (all && (await more.isVisible())) {
    const before = Number(await page.locator("#search-results").getAttribute("data-shown"));
    await more.click();
    await page.waitForFunction((n) => {
      const l = document.getElementById("search-results")!;
      return l.dataset.state === "done" && Number(l.dataset.shown) > n;
    }, before);
  }
  return page.evaluate(() => {
    const l = document.getElementById("search-results")!;
    if (l.dataset.state === "failed") throw new Error(`search failed: ${document.getElementById("search-status")?.textContent}`);
    return {
      count: Number(l.dataset.count ?? 0),
      urls: [...l.querySelectorAll(".search-result h2 a")].map((a) => a.getAttribute("href")!),
    };
  });
}

const setDiff = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));

function readCsv(dist: string, name: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(dist, "data", name), "utf8"), { header: true, skipEmptyLines: true }).data;
}

export async function checkSearch(env: SearchEnv, results: Results): Promise<void> {
  const { dist } = env;
  // Our own server: it counts the bytes it sends (the body, as sent: gzip where the host gzips).
  let sent = 0;
  const server = await serve({
    root: dist,
    host: "127.0.0.1",
    extra: (_req, res) => {
      const end = res.end.bind(res) as (...a: unknown[]) => typeof res;
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        if (chunk && typeof chunk !== "function") sent += Buffer.byteLength(chunk as Buffer | string);
        return end(chunk, ...rest);
      }) as typeof res.end;
      return false;
    },
  });
  const url = (path: string) => new URL(path.replace(/^\//, ""), server.url).href;
  const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text().slice(0, 200)}`);
  });
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message.slice(0, 200)}`));
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  // The county figure searched for in both editions.
  const places = new Map(readCsv(dist, "places.csv").map((p) => [p.id, p]));
  const countyFigures = readCsv(dist, "observations.csv").filter((o) => places.get(o.place_id)?.kind === "county");
  const fig = countyFigures.sort((x, y) => y.value.length - x.value.length || x.id.localeCompare(y.id))[0];
  /**
   * On the search page open in `page`: the figure is listed by its value and by its county's name,
   * in the edition under `prefix` ("" or "/en"), and the link leads to its row.
   */
  const findFigure = async (f: Record<string, string>, county: string, prefix: string): Promise<string[]> => {
    const anchor = `#obs-${f.id}`;
    const edition = prefix ? "an English page's " : "";
    const hit = (u: string) => u.endsWith(anchor) && new URL(u, server.url).pathname.startsWith(`${prefix}/`);
    const problems: string[] = [];
    const byCounty = await ask(page, county);
    for (const [q, found] of [
      [f.value, await ask(page, f.value)],
      [county, byCounty],
    ] as const)
      if (!found.urls.some(hit)) problems.push(`«${q}» does not list ${edition}${anchor} (${found.urls.length} results)`);
    const link = byCounty.urls.find(hit);
    if (link) {
      const target = await ctx.newPage();
      await target.goto(new URL(link, server.url).href);
      if (!(await target.locator(`[id="obs-${f.id}"]`).count())) problems.push(`${link} has no element ${anchor}`);
      await target.close();
    }
    return problems;
  };
  try {
    // Budget: the page, then the first query, on a fresh cache.
    sent = 0;
    await page.goto(url("/search/"), { waitUntil: "load" });
    await page.evaluate("document.fonts.ready.then(() => true)");
    const pageBytes = sent;
    sent = 0;
    const first = await ask(page, "رومشکان", false);
    const queryBytes = sent;
    env.log(
      `  search: page ${(pageBytes / 1024).toFixed(1)} KB, first query ${(queryBytes / 1024).toFixed(1)} KB, together ${((pageBytes + queryBytes) / 1024).toFixed(1)} KB (gzip as served)`,
    );
    const budget: string[] = [];
    if (first.count === 0) budget.push("the first query found nothing, so its bytes say nothing");
    if (queryBytes > FIRST_QUERY_BUDGET) budget.push(`the first query transferred ${queryBytes} bytes (> ${FIRST_QUERY_BUDGET})`);
    // No other page carries search code: no script pointing at the search bundle or Pagefind.
    for (const f of htmlFiles(dist)) {
      if (f === "search/index.html" || f === "en/search/index.html") continue; // the search pages of both editions
      const html = readFileSync(join(dist, f), "utf8");
      for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) if (/pagefind|search/i.test(m[1])) budget.push(`${f} loads ${m[1]}`);
      if (/<link[^>]+(pagefind|modulepreload[^>]+search)/i.test(html)) budget.push(`${f} preloads search code`);
    }
    results.add("search-budget", "/search/", budget);

    // The pairs.
    for (const [a, b] of SEARCH_PAIRS) {
      const ra = await ask(page, a);
      const rb = await ask(page, b);
      const problems: string[] = [];
      if (!ra.urls.length) problems.push(`«${a}» found nothing`);
      if (!rb.urls.length) problems.push(`«${b}» found nothing`);
      if (ra.urls.length !== ra.count || rb.urls.length !== rb.count)
        problems.push(`not every result was shown (${ra.urls.length}/${ra.count}, ${rb.urls.length}/${rb.count})`);
      const onlyA = setDiff(ra.urls, rb.urls);
      const onlyB = setDiff(rb.urls, ra.urls);
      if (onlyA.length || onlyB.length)
        problems.push(`sets differ: only «${a}»: ${onlyA.slice(0, 5).join(" ")}; only «${b}»: ${onlyB.slice(0, 5).join(" ")}`);
      results.add("search-pairs", `${a} / ${b} (${ra.urls.length} results)`, problems);
    }

    // A county figure: by its value (typed in Latin digits) and by its county's name.
    if (!fig) results.skip("search-figure", "county figure", "no figure of a county in the data");
    else {
      const county = places.get(fig.place_id)!.name_fa;
      results.add("search-figure", `${fig.id} (${fig.value}, ${county})`, await findFigure(fig, county, ""));
    }

    // What a result shows.
    await ask(page, "رومشکان", false);
    const items = await page.evaluate(() =>
      [...document.querySelectorAll(".search-result")].map((li) => ({
        title: li.querySelector("h2 a")?.textContent ?? "",
        href: li.querySelector("h2 a")?.getAttribute("href") ?? "",
        meta: li.querySelector(".search-meta")?.textContent ?? "",
        kind: li.querySelector(".search-meta .tag")?.textContent ?? "",
        marks: [...li.querySelectorAll(".search-excerpt mark")].map((m) => m.textContent),
      })),
    );
    const shown: string[] = [];
    if (!items.length) shown.push("no results for «رومشکان»");
    for (const it of items) {
      if (!it.title.trim()) shown.push(`${it.href}: no title`);
      if (!it.kind.trim()) shown.push(`${it.href}: no kind`);
      if (!it.marks.some((m) => m?.includes("رومشکان"))) shown.push(`${it.href}: the excerpt highlights nothing (${it.marks.join(", ")})`);
    }
    const figureItem = items.find((it) => it.href.includes("#obs-"));
    if (!figureItem) shown.push("no figure among the first results for «رومشکان»");
    else {
      if (!figureItem.meta.includes("رومشکان")) shown.push(`figure result without its county: ${figureItem.meta}`);
      if (!/[۰-۹]{4}/.test(figureItem.meta) || /[0-9]/.test(figureItem.meta))
        shown.push(`figure result without a Jalali date in Persian digits: ${figureItem.meta}`);
    }
    results.add("search-results", "«رومشکان»", shown);

    // Filters: each narrows «تعاونی» to results that carry the value.
    const all = await ask(page, "تعاونی", false);
    const filterProblems: string[] = [];
    for (const name of ["theme", "county", "year"]) {
      const values = await page
        .locator(`select[name=${name}] option`)
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      if (!values.length) {
        filterProblems.push(`the ${name} filter offers no value`);
        continue;
      }
      // The value with the most results is tried (a filter may legitimately match nothing for some values).
      let best = { value: "", count: 0 };
      for (const v of values.slice(0, 12)) {
        await page.selectOption(`select[name=${name}]`, v);
        await page.waitForFunction(() => document.getElementById("search-results")?.dataset.state === "done");
        const c = Number(await page.locator("#search-results").getAttribute("data-count"));
        if (c > best.count) best = { value: v, count: c };
      }
      await page.selectOption(`select[name=${name}]`, "");
      await page.waitForFunction(() => document.getElementById("search-results")?.dataset.state === "done");
      if (!best.count) filterProblems.push(`no ${name} value finds any «تعاونی» result`);
      else if (best.count >= all.count && values.length > 1)
        filterProblems.push(`the ${name} filter «${best.value}» does not narrow (${best.count} of ${all.count})`);
      if (name === "county" && best.count) {
        await page.selectOption(`select[name=county]`, best.value);
        await page.waitForFunction(() => document.getElementById("search-results")?.dataset.state === "done");
        const metas = await page.locator(".search-result .search-meta").allTextContents();
        const missing = metas.filter((m) => !m.includes(best.value));
        if (missing.length) filterProblems.push(`county «${best.value}»: ${missing.length} results do not show the county (${missing[0]})`);
        if (!new URL(page.url()).searchParams.get("county")) filterProblems.push("the chosen filter is not kept in the address");
        await page.selectOption(`select[name=county]`, "");
        await page.waitForFunction(() => document.getElementById("search-results")?.dataset.state === "done");
      }
    }
    results.add("search-filters", "«تعاونی»", filterProblems);

    // Results on screen: axe in both colour schemes.
    await ask(page, "دانش‌بنیان", false);
    await page.evaluate(AXE);
    await page.emulateMedia({ colorScheme: "light" });
    results.add("search-axe-light", "/search/ with results", await runAxe(page));
    await page.emulateMedia({ colorScheme: "dark" });
    results.add("search-axe-dark", "/search/ with results", await runAxe(page));
    await page.emulateMedia({ colorScheme: "light" });

    // The header form of another page: focus loads nothing; submitting shows the results.
    const header: string[] = [];
    const home = await ctx.newPage();
    const requested: string[] = [];
    home.on("request", (r) => requested.push(r.url()));
    await home.goto(url("/"), { waitUntil: "load" });
    await home.locator("#site-q").focus();
    await home.waitForTimeout(200);
    const early = requested.filter((u) => /pagefind|search/.test(new URL(u).pathname));
    if (early.length) header.push(`the home page loaded search code: ${early.join(" ")}`);
    await home.locator("#site-q").pressSequentially("رومشكان", { delay: 5 });
    await Promise.all([home.waitForURL(/\/search\/\?q=/), home.locator("#site-q").press("Enter")]);
    await home.waitForFunction(() => document.getElementById("search-results")?.dataset.state === "done", null, { timeout: 15_000 });
    const viaHeader = await collect(home, true);
    const direct = await ask(page, "رومشکان");
    if (!viaHeader.urls.length) header.push("the header form led to no results");
    if (setDiff(viaHeader.urls, direct.urls).length || setDiff(direct.urls, viaHeader.urls).length)
      header.push("the header form's results differ from the search box's");
    await home.close();
    results.add("search-header", "/ -> /search/?q=", header);

    // The English search page searches the English pages (Pagefind's index for lang="en"): a
    // county's English name finds its English page, and results stay in the English edition.
    if (existsSync(join(dist, "en", "search", "index.html"))) {
      const en: string[] = [];
      await page.goto(url("/en/search/"), { waitUntil: "load" });
      const found = await ask(page, "Rumeshkan");
      if (!found.urls.some((u) => /\/en\/counties\/rumeshkan\/$/.test(u)))
        en.push(`«Rumeshkan» does not find /en/counties/rumeshkan/ (found ${found.urls.slice(0, 5).join(" ") || "nothing"})`);
      const outside = found.urls.filter((u) => !new URL(u, server.url).pathname.startsWith("/en/"));
      if (outside.length) en.push(`results outside the English edition: ${outside.slice(0, 5).join(" ")}`);
      const status = (await page.locator("#search-status").textContent()) ?? "";
      if (/[\u06F0-\u06F9]/.test(status)) en.push(`the count line has Persian digits: ${status}`);
      // What a result shows beside its title (kind, county, date) is in English.
      const metas = await page.evaluate(() =>
        [...document.querySelectorAll(".search-result .search-meta")].map((m) => m.textContent ?? ""),
      );
      for (const m of metas.filter((m) => /[\u0600-\u06FF]/.test(m)).slice(0, 5))
        en.push(`a result's kind, county or date is in Persian: ${m}`);
      // Persian in a title (an article's headline) is isolated in <bdi lang="fa">, as pages show it.
      await ask(page, "ILNA");
      const loose = await page.evaluate(() =>
        [...document.querySelectorAll(".search-result h2 a")]
          .map((a) =>
            [...a.childNodes]
              .filter((n) => n.nodeType === Node.TEXT_NODE)
              .map((n) => n.textContent)
              .join(""),
          )
          .filter((t) => /[\u0600-\u06FF]/.test(t)),
      );
      if (!loose.length && !(await page.locator(".search-result h2 a bdi[lang=fa]").count()))
        en.push("«ILNA» shows no headline of an article");
      for (const t of loose.slice(0, 5)) en.push(`Persian outside <bdi lang="fa"> in a result's title: ${t}`);
      // The English results on screen (Persian headlines in isolates among them): axe in both colour schemes.
      await page.evaluate(AXE);
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const v of await runAxe(page)) en.push(`axe (${scheme}): ${v}`);
      }
      await page.emulateMedia({ colorScheme: "light" });
      results.add("search-english", "/en/search/ «Rumeshkan», «ILNA»", en);

      // Figures have English records: the county figure above is found by its value and by its
      // county's English name, and links to its row in the English edition.
      if (fig) {
        const county = places.get(fig.place_id)!.name_en;
        results.add("search-english-figure", `${fig.id} (${fig.value}, ${county})`, await findFigure(fig, county, "/en"));
      }
    }
    results.add("search-csp", "/search/ while searching", errors);
  } finally {
    await ctx.close();
  }

  // Without JavaScript.
  const noJs = await env.browser.newContext({ javaScriptEnabled: false });
  try {
    const p = await noJs.newPage();
    await p.goto(url("/search/?q=%D8%B1%D9%88%D9%85%D8%B4%DA%A9%D8%A7%D9%86"), { waitUntil: "load" });
    const state = await p.evaluate(() => ({
      notice: [...document.querySelectorAll("main *")].some(
        (e) => /جاوااسکریپت/.test(e.textContent ?? "") && (e as HTMLElement).offsetParent !== null,
      ),
      links: [...document.querySelectorAll("#search-directory a")].map((a) => a.getAttribute("href") ?? ""),
      form: document.querySelector("header form[action$='/search/'] input[name=q]") !== null,
    }));
    const problems: string[] = [];
    if (!state.notice) problems.push("no visible notice that search needs JavaScript");
    if (!state.form) problems.push("no search form in the header");
    for (const kind of ["/cooperatives/", "/charts/", "/counties/", "/sources/"]) {
      if (!state.links.some((h) => h.includes(kind))) problems.push(`the page list has no link to ${kind}`);
    }
    results.add("search-no-js", "/search/?q=…", problems);
  } finally {
    await noJs.close();
    await server.close();
  }
}
