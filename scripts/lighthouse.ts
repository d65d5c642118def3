/**
 * `npm run lighthouse [-- --dist DIR] [--runs N] [--only NAME]`
 *
 * Lighthouse 12 on the built site, served like a static host (gzip, the `_headers` policies), on
 * six kinds of page in both editions (home, a dashboard, a county, a chart, an embed, the search page with a query
 * and its results), mobile and desktop. Prints
 * the four category scores, LCP, CLS, TBT, bytes transferred and JavaScript bytes, and exits 1
 * when a budget is missed: every category >= 98, CLS 0, home <= 40 KB transferred. Each page is
 * measured --runs times (default 3) and the median run (by performance score) is reported.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import type { Result } from "lighthouse";
import { discover } from "../tests/e2e/lib/site.ts";
import { serve } from "./serve.ts";

const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export const BUDGET = { category: 98, cls: 0, homeBytes: 40 * 1024 };
/** The search page is measured with a query, so its results (and Pagefind) are part of the run. */
export const SEARCH_QUERY = "رومشکان";
/** The same county, as English pages name it. */
export const SEARCH_QUERY_EN = "Rumeshkan";

type Row = {
  page: string;
  path: string;
  device: "mobile" | "desktop";
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcp: number;
  cls: number;
  tbt: number;
  bytes: number;
  jsBytes: number;
  failing: string[];
  notes: string[];
};

/**
 * The score a budget is judged on. Embeds carry `noindex` on purpose (the chart page is the one
 * to index), so their SEO score is judged without the "is-crawlable" audit; the table still
 * prints Lighthouse's own score.
 */
function judgedScore(page: string, category: string, lhr: Result): { score: number; note?: string } {
  const cat = lhr.categories[category];
  const raw = Math.round((cat?.score ?? 0) * 100);
  if ((page !== "embed" && page !== "en-embed") || category !== "seo" || !cat) return { score: raw };
  const refs = cat.auditRefs.filter((ref) => ref.weight > 0 && ref.id !== "is-crawlable" && lhr.audits[ref.id]?.score !== null);
  const total = refs.reduce((s, ref) => s + ref.weight, 0);
  const score = Math.round((100 * refs.reduce((s, ref) => s + ref.weight * (lhr.audits[ref.id].score ?? 0), 0)) / (total || 1));
  return { score, note: `embed SEO ${raw} judged as ${score}: is-crawlable left out (embeds are noindex by design)` };
}

/** The five pages to measure, found in the build: the first of each kind. */
export function pickPages(dist: string): { name: string; path: string }[] {
  const { pages, embeds } = discover(dist);
  const first = (re: RegExp, list = pages) => list.find((p) => re.test(p));
  const dashboards = ["/cooperatives/", "/investment/", "/jobs/"];
  const picks = [
    { name: "home", path: "/" },
    { name: "dashboard", path: dashboards.find((d) => pages.includes(d)) },
    { name: "county", path: first(/^\/counties\/[^/]+\/$/) },
    { name: "chart", path: first(/^\/charts\/[^/]+\/$/) },
    { name: "embed", path: first(/^\/embed\/[^/]+\/$/, embeds) },
    { name: "search", path: pages.includes("/search/") ? `/search/?q=${encodeURIComponent(SEARCH_QUERY)}` : undefined },
  ];
  // The English edition: the twin of each page (the English home has the same 40 KB budget).
  const english = picks
    .filter((p) => p.path && p.name !== "search")
    .map((p) => ({ name: `en-${p.name}`, path: `/en${p.path}` }))
    .filter((p) => pages.includes(p.path) || embeds.includes(p.path));
  if (pages.includes("/en/search/")) english.push({ name: "en-search", path: `/en/search/?q=${encodeURIComponent(SEARCH_QUERY_EN)}` });
  return [...picks, ...english].filter((p): p is { name: string; path: string } => !!p.path);
}

function row(name: string, path: string, device: Row["device"], lhr: Result): Row {
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const items =
    (lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Row["scores"];
  const r: Row = {
    page: name,
    path,
    device,
    scores,
    lcp: num("largest-contentful-paint"),
    cls: num("cumulative-layout-shift"),
    tbt: num("total-blocking-time"),
    bytes: num("total-byte-weight"),
    jsBytes: items.find((i) => i.resourceType === "script")?.transferSize ?? 0,
    failing: [],
    notes: [],
  };
  for (const c of CATEGORIES) {
    const judged = judgedScore(name, c, lhr);
    if (judged.score >= BUDGET.category) {
      if (judged.note) r.notes.push(judged.note);
      continue;
    }
    const lost = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && lhr.categories[c]?.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0))
      .map((a) => a.id);
    r.failing.push(`${c} ${judged.score} < ${BUDGET.category} (${lost.join(", ")})`);
  }
  if (!(r.cls <= BUDGET.cls)) r.failing.push(`CLS ${r.cls.toFixed(4)} > ${BUDGET.cls}`);
  if ((name === "home" || name === "en-home") && r.bytes > BUDGET.homeBytes)
    r.failing.push(`home transfers ${(r.bytes / 1024).toFixed(1)} KB > ${BUDGET.homeBytes / 1024} KB`);
  return r;
}

function table(rows: Row[]): string {
  const head = ["page", "device", "perf", "a11y", "best", "seo", "LCP ms", "CLS", "TBT ms", "KB total", "KB JS"];
  const lines = rows.map((r) => [
    `${r.page} ${r.path}`,
    r.device,
    ...CATEGORIES.map((c) => String(r.scores[c])),
    String(Math.round(r.lcp)),
    r.cls.toFixed(3),
    String(Math.round(r.tbt)),
    (r.bytes / 1024).toFixed(1),
    (r.jsBytes / 1024).toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  return [fmt(head), `|${widths.map((w, i) => (i < 2 ? `-${"-".repeat(w)}-` : `-${"-".repeat(w)}:`)).join("|")}|`, ...lines.map(fmt)].join(
    "\n",
  );
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dist = resolve(arg("dist") ?? "dist");
  // Three runs by default: TBT and speed index move with the machine's load, the median less so.
  const runs = Math.max(1, Number(arg("runs") ?? 3));
  if (!existsSync(`${dist}/index.html`)) {
    console.error(`lighthouse: no site in ${dist}: run npm run build first`);
    return 2;
  }
  if (!existsSync(CHROME)) {
    console.error(`lighthouse: no browser at ${CHROME} (apt-get install chromium, or set CHROME_PATH)`);
    return 2;
  }
  const server = await serve({ root: dist, host: "127.0.0.1", gzip: true });
  for (const w of server.warnings) console.warn(`lighthouse: ${w}`);
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  const rows: Row[] = [];
  try {
    const only = arg("only");
    for (const { name, path } of pickPages(dist).filter((p) => !only || p.name === only)) {
      for (const device of ["mobile", "desktop"] as const) {
        const results: Row[] = [];
        for (let i = 0; i < runs; i++) {
          const out = await lighthouse(
            new URL(path.slice(1), server.url).href,
            { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
            device === "desktop" ? desktopConfig : undefined,
          );
          if (!out) throw new Error(`no result for ${path}`);
          results.push(row(name, path, device, out.lhr));
        }
        // The median run by performance, so one noisy run on a busy machine does not decide.
        const median = results.sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(results.length / 2)];
        rows.push(median);
        console.log(`lighthouse: ${name} ${path} ${device}: ${CATEGORIES.map((c) => median.scores[c]).join("/")}`);
      }
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  console.log("");
  console.log(table(rows));
  console.log("");
  console.log(`budgets: every category >= ${BUDGET.category}, CLS ${BUDGET.cls}, home <= ${BUDGET.homeBytes / 1024} KB transferred (gzip)`);
  for (const n of new Set(rows.flatMap((r) => r.notes))) console.log(`note: ${n}`);
  const failing = rows.flatMap((r) => r.failing.map((f) => `${r.page} ${r.path} ${r.device}: ${f}`));
  for (const f of failing) console.log(`OVER BUDGET ${f}`);
  console.log(failing.length ? `lighthouse: ${failing.length} budget(s) missed` : "lighthouse: all budgets met");
  return failing.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) main().then((code) => process.exit(code));
