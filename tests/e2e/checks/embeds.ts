/**
 * Embeds for real: a news page on a second origin pastes the snippet from a chart page (iframe
 * plus the site's host script); the iframe must fit its content in a 280 px column and after the
 * column widens to 800 px (no inner scrolling either way, no large gap), and messages from
 * any other frame must not resize it. On every chart page the copy button must put the exact
 * snippet on the clipboard. Features not built yet are skipped only when their files are absent.
 */
import type { Browser, Frame, Page } from "playwright-core";
import { pool } from "../lib/browser.ts";
import type { Results } from "../lib/results.ts";
import { htmlFiles, listFiles } from "../lib/site.ts";
import type { HostOrigin } from "../lib/host-origin.ts";

export interface EmbedEnv {
  browser: Browser;
  dist: string;
  /** Where the test server serves the site, e.g. http://127.0.0.1:4321/ */
  served: string;
  /** The site's public address (from its canonical links): snippets point there. */
  publicSite: URL | null;
  embeds: string[];
  host: HostOrigin;
}

type Snippet = { page: string; text: string; button: boolean };

/** The embed snippet on a chart page: the text of the field holding an <iframe>, and its copy button. */
const FIND_SNIPPET = `(() => {
  const fields = [...document.querySelectorAll("textarea, pre, code, input")];
  const el = fields.find((f) => ("value" in f && f.localName !== "code" && f.localName !== "pre" ? f.value : f.textContent).includes("<iframe"));
  if (!el) return null;
  const text = "value" in el && el.localName !== "pre" && el.localName !== "code" ? el.value : el.textContent;
  // The copy button: the first one after the field, else the nearest one in its ancestors.
  let button = null;
  for (let sib = el.nextElementSibling; sib && !button; sib = sib.nextElementSibling) {
    button = sib.matches("button") ? sib : sib.querySelector("button");
  }
  for (let box = el.parentElement, i = 0; box && i < 5 && !button; i++, box = box.parentElement) button = box.querySelector("button");
  if (button) button.setAttribute("data-e2e-copy", "");
  return { text, button: !!button };
})()`;

/** Points the snippet's public URLs at the test server. */
export function localise(snippet: string, publicSite: URL | null, served: string): string {
  if (!publicSite) return snippet;
  const base = publicSite.origin + publicSite.pathname.replace(/\/?$/, "/");
  return snippet.split(base).join(served);
}

/** A forged copy of a size message: every number (or numeric string) becomes `to`. */
export function forge(data: unknown, to: number): unknown {
  if (typeof data === "number") return to;
  if (typeof data === "string")
    return /^\s*\{/.test(data) ? JSON.stringify(forge(JSON.parse(data), to)) : data.replace(/\d{2,}(\.\d+)?/g, String(to));
  if (Array.isArray(data)) return data.map((d) => forge(d, to));
  if (data && typeof data === "object") return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, forge(v, to)]));
  return data;
}

/** Where two strings first differ, with a little context, for a readable report. */
export function firstDifference(got: string, want: string): string {
  let i = 0;
  while (i < got.length && i < want.length && got[i] === want[i]) i++;
  const at = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 20), i + 40));
  return `they differ at character ${i} of ${want.length}: clipboard ${at(got)} (length ${got.length}), snippet ${at(want)}`;
}

function hostPage(snippet: string, width: number): string {
  // The host's own listener records every message and which iframe sent it (index, -1 if none).
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news article</title>
<script>window.__msgs = []; addEventListener("message", function (e) {
  var frames = Array.prototype.slice.call(document.querySelectorAll("iframe"));
  window.__msgs.push({ data: e.data, origin: e.origin, frame: frames.findIndex(function (f) { return f.contentWindow === e.source; }) });
}, true);</script>
<link rel="icon" href="data:,"><style>body { margin: 0; font: 16px/1.5 serif; } #slot { width: ${width}px; }</style></head>
<body><p>Article text before the chart.</p><div id="slot">${snippet}</div><p>Article text after the chart.</p></body></html>`;
}

const FIT = `(() => {
  const se = document.scrollingElement;
  const cs = getComputedStyle(document.body);
  const bottoms = [...document.body.children].map(
    (c) => c.getBoundingClientRect().bottom + parseFloat(getComputedStyle(c).marginBottom || "0"),
  );
  const bottom = Math.max(0, ...bottoms) + parseFloat(cs.paddingBottom) + parseFloat(cs.marginBottom);
  const { scrollHeight, clientHeight, scrollWidth, clientWidth } = se;
  return { scrollHeight, clientHeight, scrollWidth, clientWidth, bottom: Math.ceil(bottom) };
})()`;

type Fit = { scrollHeight: number; clientHeight: number; scrollWidth: number; clientWidth: number; bottom: number; iframe: number };

async function measure(page: Page): Promise<{ fit: Fit; frame: Frame } | null> {
  const handle = await page.$("#slot iframe");
  const frame = await handle?.contentFrame();
  if (!handle || !frame) return null;
  const iframe = await handle.evaluate((e) => e.getBoundingClientRect().height);
  const inner = (await frame.evaluate(FIT)) as Omit<Fit, "iframe">;
  return { fit: { ...inner, iframe: Math.round(iframe) }, frame };
}

/** Polls until the iframe neither scrolls inside nor leaves more than 24 px empty. */
async function waitForFit(page: Page): Promise<string | null> {
  let last: Fit | null = null;
  for (let t = 0; t < 80; t++) {
    const m = await measure(page);
    if (m) {
      last = m.fit;
      if (last.scrollHeight <= last.clientHeight + 1 && last.iframe - last.bottom <= 24 && last.scrollWidth <= last.clientWidth)
        return null;
    }
    await page.waitForTimeout(100);
  }
  if (!last) return "no iframe in the snippet, or it did not load";
  if (last.scrollWidth > last.clientWidth)
    return `the embed scrolls sideways inside its ${last.clientWidth}px iframe (content ${last.scrollWidth}px wide)`;
  return last.scrollHeight > last.clientHeight + 1
    ? `iframe is ${last.iframe}px tall but its content needs ${last.scrollHeight}px (cut off, scrolls inside)`
    : `iframe is ${last.iframe}px tall for ${last.bottom}px of content (not resized to fit)`;
}

/**
 * One visit per chart page: find the snippet and, where there is a copy button, click it and read
 * the clipboard. Serial on purpose: the browser has one clipboard.
 */
async function visitChartPages(env: EmbedEnv, chartPages: string[]): Promise<{ found: Snippet[]; copy: Map<string, string[]> }> {
  const found: Snippet[] = [];
  const copy = new Map<string, string[]>();
  const ctx = await env.browser.newContext();
  await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(env.served).origin });
  try {
    for (const path of chartPages) {
      const page = await ctx.newPage();
      const problems: string[] = [];
      try {
        await page.goto(new URL(path.slice(1), env.served).href);
        const s = (await page.evaluate(FIND_SNIPPET)) as Omit<Snippet, "page"> | null;
        if (!s) continue;
        found.push({ page: path, ...s });
        if (!s.button) {
          copy.set(path, ["the snippet has no copy button next to it"]);
          continue;
        }
        await page.evaluate("navigator.clipboard.writeText('(clipboard before the click)')");
        await page.click("[data-e2e-copy]", { timeout: 5000 });
        // Poll: the copy is asynchronous, and a loaded machine may take a while.
        let got = "";
        for (let t = 0; t < 40; t++) {
          got = (await page.evaluate("navigator.clipboard.readText()")) as string;
          if (got !== "(clipboard before the click)") break;
          await page.waitForTimeout(50);
        }
        if (got !== s.text) problems.push(`the clipboard does not hold the exact snippet: ${firstDifference(got, s.text)}`);
        copy.set(path, problems);
      } catch (e) {
        copy.set(path, [...problems, `could not copy: ${(e as Error).message.split("\n")[0]}`]);
      } finally {
        await page.close();
      }
    }
  } finally {
    await ctx.close();
  }
  return { found, copy };
}

async function resizeAndForgery(env: EmbedEnv, s: Snippet, results: Results, forgery: boolean, n: number): Promise<void> {
  const target = `host page with the snippet of ${s.page}`;
  const snippet = localise(s.text, env.publicSite, env.served);
  const src = /<iframe[^>]*\ssrc="([^"]+)"/.exec(snippet)?.[1];
  if (!src || !src.startsWith(env.served)) {
    const p = [`the snippet's iframe src ${JSON.stringify(src)} is not an absolute URL of the site (${env.publicSite?.href})`];
    results.add("embed-resize", target, p);
    if (forgery) results.add("embed-foreign-message", target, ["not tested: the snippet does not load"]);
    return;
  }
  const ctx = await env.browser.newContext({ ignoreHTTPSErrors: true });
  const page = await ctx.newPage();
  const problems: string[] = [];
  const errors: string[] = [];
  let resized = false;
  page.on("console", (m) => m.type() === "error" && errors.push(m.text().slice(0, 200)));
  try {
    await page.goto(env.host.put(`/article-${n}.html`, hostPage(snippet, 280)));
    const narrow = await waitForFit(page);
    if (narrow) problems.push(`in a 280px column: ${narrow}`);
    if (!narrow) {
      await page.evaluate("document.getElementById('slot').style.width = '800px'");
      const wide = await waitForFit(page);
      if (wide) problems.push(`after the host widened to 800px: ${wide}`);
    }
    if (errors.length) problems.push(...errors.map((e) => `console error on the host page: ${e}`));
    results.add("embed-resize", target, problems);
    resized = true;
    if (!forgery) return;

    // Forgery: the embed's real message, with its numbers changed, sent by other frames.
    const msgs = (await page.evaluate("window.__msgs")) as { data: unknown; frame: number }[];
    const own = msgs.find((m) => m.frame === 0);
    if (!own) {
      results.add("embed-foreign-message", target, ["the embed posted no message to its host: nothing to forge"]);
      return;
    }
    // Each attempt forges a different height, so an earlier leak cannot hide a later one.
    let fake = 1990;
    const forged = () => JSON.stringify(forge(own.data, ++fake));
    const leaks: string[] = [];
    const height = () => page.$eval("#slot iframe", (e) => Math.round(e.getBoundingClientRect().height));
    // After the forged message the sender posts a marker; once the host page has seen the marker, the
    // forged message has been handled too (same sender, same target: delivered in order).
    let markers = 0;
    const handled = async (marker: number) => {
      await page.waitForFunction(`window.__msgs.some((m) => m.data && m.data.e2eMarker === ${marker})`, undefined, { timeout: 10_000 });
      await page.evaluate("new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))");
    };
    /** `sender` posts to `to` (an expression for the host window as the sender sees it). */
    const send = (sender: Frame, to: string, message: string, marker: number) =>
      sender.evaluate(`${to}.postMessage(${message}, "*"); ${to}.postMessage({ e2eMarker: ${marker} }, "*")`);
    const attempt = async (who: string, sender: Frame, to: string) => {
      const before = await height();
      const marker = ++markers;
      await send(sender, to, forged(), marker);
      await handled(marker);
      const after = await height();
      if (after !== before) leaks.push(`a message from ${who} resized the iframe from ${before}px to ${after}px`);
    };
    await attempt("the host page itself", page.mainFrame(), "window");
    const addFrame = async (url: string) => {
      await page.evaluate(
        `new Promise((ok) => { const f = document.createElement("iframe"); f.src = ${JSON.stringify(url)}; f.onload = ok; document.body.append(f); })`,
      );
      return page.frames().find((f) => f.url() === url);
    };
    const foreign = await addFrame(env.host.put("/other-widget.html", "<!doctype html><title>widget</title>"));
    if (foreign) await attempt("another frame on another origin", foreign, "parent");
    else leaks.push("could not open a second frame on the host origin");
    const twin = await addFrame(`${src}${src.includes("?") ? "&" : "?"}e2e-twin`);
    if (twin) await attempt("another frame on the embed's own origin", twin, "parent");
    else leaks.push("could not open a second embed frame");
    // Control: the same forged message from the embed itself must be obeyed, or the test proved nothing.
    const before = await height();
    const control = forged();
    const embed = (await measure(page))?.frame;
    if (embed) {
      await send(embed, "parent", control, 0);
      await handled(0);
    }
    if ((await height()) === before)
      leaks.push(`inconclusive: the forged message ${control.slice(0, 120)} did not resize the iframe even when the embed itself sent it`);
    results.add("embed-foreign-message", target, leaks);
  } catch (e) {
    const why = [`could not run: ${(e as Error).message.split("\n")[0]}`];
    if (!resized) results.add("embed-resize", target, why);
    if (forgery) results.add("embed-foreign-message", target, why);
  } finally {
    await ctx.close();
  }
}

export async function checkEmbeds(env: EmbedEnv, results: Results): Promise<void> {
  if (env.host.note) console.log(`note: ${env.host.note}`);
  const chartPages = htmlFiles(env.dist)
    .filter((f) => /^charts\/[^/]+\/index\.html$/.test(f))
    .map((f) => `/${f.replace(/index\.html$/, "")}`);
  const { found, copy } = await visitChartPages(env, chartPages);
  const jsFiles = listFiles(env.dist).filter((f) => f.endsWith(".js"));

  // Copy button: absent feature = no chart page has a snippet, or none has a button and the build has no script.
  if (found.length === 0) {
    if (chartPages.length && env.embeds.length)
      results.add("copy-button", "chart pages", [
        `${chartPages.length} chart pages and ${env.embeds.length} embeds, but no chart page shows an iframe snippet`,
      ]);
    else
      results.skip(
        "copy-button",
        "chart pages",
        chartPages.length ? "no embed snippet on any chart page (not built yet)" : "no dist/charts/*/index.html (not built yet)",
      );
  } else if (!found.some((s) => s.button) && jsFiles.length === 0) {
    results.skip("copy-button", "chart pages", "no copy button and no script in the build (not built yet)");
  } else for (const [path, problems] of copy) results.add("copy-button", path, problems);

  // Resize and forgery: need embed pages and a snippet that loads them with the host script.
  if (env.embeds.length === 0) {
    results.skip("embed-resize", "embeds", "no dist/embed/*/index.html (not built yet)");
    results.skip("embed-foreign-message", "embeds", "no dist/embed/*/index.html (not built yet)");
    return;
  }
  const withScript = found.filter((s) => /<script[^>]+src=/.test(s.text));
  if (withScript.length === 0) {
    const hostScripts = jsFiles.filter((f) => !f.startsWith("_astro/") && /(embed|host|resize)/i.test(f));
    const why = found.length === 0 ? "no chart page shows a snippet" : "the snippet has no <script src> (the host script)";
    if (hostScripts.length) {
      results.add("embed-resize", "embeds", [`host script ${hostScripts.join(", ")} exists but ${why}`]);
      results.skip("embed-foreign-message", "embeds", why);
    } else {
      results.skip("embed-resize", "embeds", `${why}, and no host script in the build (not built yet)`);
      results.skip("embed-foreign-message", "embeds", `${why}, and no host script in the build (not built yet)`);
    }
    return;
  }
  // Every chart's embed is fitted (heights differ per chart); forgery once per host script.
  const scripts = new Set<string>();
  const jobs = withScript.map((s, n) => {
    const script = /<script[^>]+src="([^"]+)"/.exec(s.text)?.[1] ?? "";
    const first = !scripts.has(script);
    scripts.add(script);
    return { s, first, n };
  });
  await pool(jobs, 3, (j) => resizeAndForgery(env, j.s, results, j.first, j.n));
}
