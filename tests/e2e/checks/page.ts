/**
 * Browser checks on one page, the way readers get it: loads cleanly (console, requests, CSP),
 * keeps its content without JavaScript, fits 360 px and uses 1280 px, runs in its edition's
 * direction (document and tables: right to left in Persian, left to right under /en/), its chart
 * labels overlap nothing, axe finds nothing in light or dark (where hollow chart marks stay hollow),
 * and an English page loads the Persian font only to show Persian text. Two visits: one with
 * JavaScript and the CSP on (everything but the comparison), one with JavaScript off.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";

const PROBES = readFileSync(fileURLToPath(new URL("../lib/probes.js", import.meta.url)), "utf8");
/** axe-core's source, evaluated in the page: the devtools protocol is not subject to the page's CSP, so
 * the page is audited under its real policy, in the same visit. */
export const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Check ids, in report order. */
export const PAGE_CHECKS = [
  "console",
  "requests",
  "csp",
  "no-js",
  "width-360",
  "width-1280",
  "rtl",
  "table-rtl",
  "chart-labels",
  "axe-light",
  "axe-dark",
  "font",
] as const;

/** The edition a page belongs to, by its address: `/en/...` is English (left to right), the rest Persian. */
export const editionOf = (url: string): { lang: "fa" | "en"; dir: "rtl" | "ltr" } =>
  /^\/en(\/|$)/.test(new URL(url).pathname) ? { lang: "en", dir: "ltr" } : { lang: "fa", dir: "rtl" };
export type PageCheck = (typeof PAGE_CHECKS)[number];

export interface PageContexts {
  /** JavaScript on, CSP enforced: what readers get. */
  strict: BrowserContext;
  noJs: BrowserContext;
  close: () => Promise<void>;
}

type Violation = { directive: string; blocked: string; source: string };
const cspByPage = new WeakMap<Page, Violation[]>();

export async function openContexts(browser: Browser): Promise<PageContexts> {
  const viewport = { width: 1280, height: 900 };
  const strict = await browser.newContext({ viewport });
  // A binding survives the CSP (it is wired through the devtools protocol, not an inline script).
  await strict.exposeBinding("__e2eCsp", ({ page }, v: Violation) => cspByPage.get(page)?.push(v));
  await strict.addInitScript(`document.addEventListener("securitypolicyviolation", (e) =>
    window.__e2eCsp({
      directive: e.effectiveDirective,
      blocked: String(e.blockedURI),
      source: (e.sourceFile || "") + ":" + e.lineNumber,
    }), true);`);
  const noJs = await browser.newContext({ viewport, javaScriptEnabled: false });
  return { strict, noJs, close: async () => void (await Promise.all([strict.close(), noJs.close()])) };
}

async function probe<T>(page: Page, expr: string): Promise<T> {
  if (!(await page.evaluate("typeof window.__e2e === 'object'"))) await page.evaluate(PROBES);
  return (await page.evaluate(expr)) as T;
}

type Counts = Record<string, number>;

/** After `load`: fonts in place (they change text boxes), and a moment for late script errors. */
async function settle(page: Page): Promise<void> {
  await page.evaluate("document.fonts.ready.then(() => true)");
  await page.waitForTimeout(100);
}

/** JavaScript on, CSP on: load, layout, RTL and chart checks. */
async function strictChecks(ctx: BrowserContext, url: string, expectCsp: boolean, r: Record<string, string[]>): Promise<Counts> {
  const page = await ctx.newPage();
  const violations: Violation[] = [];
  cspByPage.set(page, violations);
  page.on("console", (m) => {
    // Failed loads are reported once, by the requests check, with their URL and status.
    if (m.type() !== "error" || m.text().startsWith("Failed to load resource")) return;
    const where = m.location()?.url ? ` (${m.location().url}:${m.location().lineNumber})` : "";
    (/Content Security Policy/i.test(m.text()) ? r.csp : r.console).push(`console error: ${m.text().slice(0, 300)}${where}`);
  });
  page.on("pageerror", (e) => r.console.push(`uncaught: ${e.message.slice(0, 300)}`));
  const failed = (line: string) => r.requests.includes(line) || r.requests.push(line);
  page.on("requestfailed", (q) => failed(`${q.method()} ${q.url()} failed: ${q.failure()?.errorText}`));
  const fonts: string[] = [];
  page.on("response", (res) => {
    if (res.status() >= 400) failed(`${res.request().method()} ${res.url()} -> HTTP ${res.status()}`);
    if (/\.woff2?(\?|$)/.test(res.url())) fonts.push(new URL(res.url()).pathname);
  });
  const edition = editionOf(url);
  try {
    const res = await page.goto(url, { waitUntil: "load" });
    if (!res) r.requests.push("no response");
    else if (expectCsp && !res.headers()["content-security-policy"])
      r.csp.push("the page is served without a Content-Security-Policy header");
    await settle(page);
    const counts = await probe<Counts>(page, "__e2e.counts()");

    // The direction of the edition: Persian pages right to left, English pages (/en/) left to right.
    const rtl = await probe<{ dir: string | null; lang: string | null; computed: string }>(page, "__e2e.rtl()");
    if (rtl.dir !== edition.dir) r.rtl.push(`<html dir="${rtl.dir}">, expected "${edition.dir}"`);
    if (rtl.lang !== edition.lang) r.rtl.push(`<html lang="${rtl.lang}">, expected "${edition.lang}"`);
    if (rtl.computed !== edition.dir) r.rtl.push(`body direction is ${rtl.computed}`);

    // English pages load the Persian font only for Persian text shown on them (titles as published).
    if (edition.lang === "en" && fonts.length > 0) {
      const persian = await probe<string[]>(page, "__e2e.persianShown()");
      if (persian.length === 0) r.font.push(`requests ${fonts.join(", ")} but shows no Persian text (lang="fa")`);
    }

    const main = await probe<number | null>(page, "__e2e.mainWidth()");
    if (main === null) r["width-1280"].push("no <main> element");
    else if (main <= 900) r["width-1280"].push(`<main> is ${main}px wide at 1280px (expected > 900px)`);
    // The desktop chart drawing is chosen by CSS: at 1280px each visible chart fills its column.
    for (const o of await probe<string[]>(page, "__e2e.chartFill()")) r["width-1280"].push(o);

    await probe(page, "__e2e.openDetails()");
    type T = {
      table: string;
      first: string;
      tableRight: number;
      firstRight: number;
      secondRight: number | null;
      tableLeft: number;
      firstLeft: number;
      secondLeft: number | null;
    };
    const tables = await probe<{ dir: string; tables: T[] }>(page, "__e2e.rtl()");
    // A table's first column on the right in Persian, on the left in English.
    for (const t of tables.tables) {
      if (edition.dir === "rtl") {
        if (Math.abs(t.tableRight - t.firstRight) > 3)
          r["table-rtl"].push(
            `${t.table}: first column "${t.first}" ends at x=${t.firstRight}, the table's right edge is x=${t.tableRight}`,
          );
        else if (t.secondRight !== null && t.secondRight >= t.firstRight)
          r["table-rtl"].push(`${t.table}: second column is not left of the first`);
      } else {
        if (Math.abs(t.tableLeft - t.firstLeft) > 3)
          r["table-rtl"].push(
            `${t.table}: first column "${t.first}" starts at x=${t.firstLeft}, the table's left edge is x=${t.tableLeft}`,
          );
        else if (t.secondLeft !== null && t.secondLeft <= t.firstLeft)
          r["table-rtl"].push(`${t.table}: second column is not right of the first`);
      }
    }
    for (const o of await probe<string[]>(page, "__e2e.labelOverlaps()")) r["chart-labels"].push(`at 1280px: ${o}`);

    // axe at 1280px with every <details> open, in both colour schemes.
    await page.evaluate(AXE);
    await page.emulateMedia({ colorScheme: "light" });
    r["axe-light"].push(...(await runAxe(page)));
    await page.emulateMedia({ colorScheme: "dark" });
    r["axe-dark"].push(...(await runAxe(page)));
    // A hollow dot (a figure with an estimated period) stays hollow in the dark: filled with the page's background.
    const filled = await page.evaluate(() => {
      const probe = document.body.appendChild(document.createElement("span"));
      probe.style.color = "var(--bg)";
      const bg = getComputedStyle(probe).color;
      probe.remove();
      return [...document.querySelectorAll("svg .hollow")]
        .filter((e) => (e as SVGGraphicsElement).getBBox().width > 0 && getComputedStyle(e).fill !== bg)
        .map((e) => `a hollow mark filled with ${getComputedStyle(e).fill} on a ${bg} page`);
    });
    r["axe-dark"].push(...[...new Set(filled)]);
    await page.emulateMedia({ colorScheme: "light" });

    await page.setViewportSize({ width: 360, height: 800 });
    await page.waitForTimeout(50);
    const ov = await probe<{ scrollWidth: number; clientWidth: number; offenders: string[] }>(page, "__e2e.overflow()");
    if (ov.scrollWidth > ov.clientWidth) {
      r["width-360"].push(
        `scrollWidth ${ov.scrollWidth} > clientWidth ${ov.clientWidth}${ov.offenders.length ? "" : " (no single element found)"}`,
      );
      for (const o of ov.offenders) r["width-360"].push(`sticks out: ${o}`);
    }
    for (const o of await probe<string[]>(page, "__e2e.labelOverlaps()")) r["chart-labels"].push(`at 360px: ${o}`);
    // On a phone the header must leave the page's heading in the first fifth of the screen.
    const top = await probe<number | null>(page, "__e2e.headingTop()");
    if (top !== null && top > 150)
      r["width-360"].push(
        `the content (first heading or breadcrumb) starts ${top}px down at 360px (expected <= 150px: the header takes too much room)`,
      );
    await page.waitForTimeout(50);
    for (const v of violations) r.csp.push(`violation: ${v.directive} blocked ${v.blocked} at ${v.source}`);
    return counts;
  } finally {
    await page.close();
  }
}

async function noJsChecks(ctx: BrowserContext, url: string, withJs: Counts, r: Record<string, string[]>): Promise<void> {
  const page = await ctx.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    const counts = await probe<Counts>(page, "__e2e.counts()");
    for (const [k, v] of Object.entries(withJs)) {
      if ((counts[k] ?? 0) < v) r["no-js"].push(`without JavaScript: ${counts[k]} ${k}, with JavaScript: ${v}`);
    }
  } finally {
    await page.close();
  }
}

type AxeResult = { id: string; impact: string; help: string; nodes: { target: string[]; any: { message: string }[] }[] };

export async function runAxe(page: Page): Promise<string[]> {
  const violations = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)")) as AxeResult[];
  // The first node's own message says why (e.g. the measured contrast and colours).
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(" "))
        .join(
          " | ",
        )}${v.nodes.length > 4 ? ` (+${v.nodes.length - 4})` : ""}${v.nodes[0]?.any[0]?.message ? ` [${v.nodes[0].any[0].message}]` : ""}`,
  );
}

/** Every check on one page: check id -> problems (empty = passed). */
export async function checkPage(ctx: PageContexts, url: string, opts: { expectCsp: boolean }): Promise<Record<PageCheck, string[]>> {
  const r = Object.fromEntries(PAGE_CHECKS.map((c) => [c, [] as string[]])) as Record<PageCheck, string[]>;
  // A visit that breaks off fails every check it would have made: none may pass unseen.
  const brokeOff = (checks: readonly PageCheck[], e: unknown) => {
    for (const c of checks) r[c].push(`could not run: ${(e as Error).message.split("\n")[0]}`);
  };
  let counts: Counts | null = null;
  try {
    counts = await strictChecks(ctx.strict, url, opts.expectCsp, r);
  } catch (e) {
    brokeOff(
      PAGE_CHECKS.filter((c) => c !== "no-js"),
      e,
    );
  }
  if (!counts) r["no-js"].push("not compared: the page did not load with JavaScript on");
  else {
    try {
      await noJsChecks(ctx.noJs, url, counts, r);
    } catch (e) {
      brokeOff(["no-js"], e);
    }
  }
  return r;
}
