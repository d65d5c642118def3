/**
 * `node --import tsx tests/e2e/mutate.ts [--dist DIR]`: proves the suite catches breakage in the
 * REAL site, not only in the synthetic fixture. Copies a build to a temporary folder, breaks one
 * page per check (a console error, a failed request, an inline script, JS-only content, an
 * oversized box, a narrow layout, a left-to-right page, a label on a bar, an image without alt,
 * dark-only low contrast, a duplicate id, broken links and anchors, corrupt downloads, a silent
 * embed, a trusting host script, a wrong copy, a search without its compounds list, Pagefind on a
 * page other than the search page), runs the suite on the copy, and reports which
 * mutation each check caught. Exits 1 if any mutation went unnoticed. Slow-ish: not part of CI.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildForTests } from "./lib/build.ts";
import { launch } from "./lib/browser.ts";
import { startHostOrigin } from "./lib/host-origin.ts";
import { Results } from "./lib/results.ts";
import { discover, htmlFiles, listFiles, pathToFile } from "./lib/site.ts";
import { runSuite } from "./suite.ts";

/** `expect`: check -> what its report must mention, so a fault the page already had cannot pass for this one. */
type Mutation = { what: string; page: string; expect: Record<string, RegExp[]>; apply: (file: string) => string };

const MUTANT = "e2e-mutant";

/** Inserts markup at the end of <main>. */
const inMain = (html: string, add: string) => html.replace("</main>", `${add}</main>`);
const inHead = (html: string, add: string) => html.replace("</head>", `${add}</head>`);

function plan(dist: string): {
  mutations: Mutation[];
  files: Record<string, string>;
  global: { what: string; expect: (r: Results) => string[] }[];
  cleanupNotes: string[];
} {
  const { pages, embeds } = discover(dist);
  const notes: string[] = [];
  const take = (() => {
    const used = new Set<string>();
    return (pred: (p: string) => boolean, why: string) => {
      const p = pages.find((x) => !used.has(x) && pred(x)) ?? pages.find((x) => !used.has(x));
      if (!p) throw new Error(`no page left for ${why}`);
      used.add(p);
      return p;
    };
  })();
  const has = (p: string, s: string) => readFileSync(pathToFile(dist, p)!, "utf8").includes(s);
  const withTable = (p: string) => has(p, "<table");
  const withRect = (p: string) => /<svg[^]*?<rect/.test(readFileSync(pathToFile(dist, p)!, "utf8"));

  const files: Record<string, string> = {
    [`${MUTANT}/console-error.js`]: 'console.error("mutant: planted console error");\n',
    [`${MUTANT}/js-only.js`]:
      'document.querySelector("main").insertAdjacentHTML("beforeend", \'<svg role="img" aria-label="x" width="10" height="10"></svg><table><caption>x</caption><tr><th scope="col">۱۲۳</th></tr></table>\');\n',
    [`${MUTANT}/wide.css`]: ".e2e-wide { inline-size: 700px; }\n",
    [`${MUTANT}/narrow.css`]: "main { max-inline-size: 600px !important; }\n",
    [`${MUTANT}/dark.css`]: "@media (prefers-color-scheme: dark) { .e2e-faint { color: #333 !important; } }\n",
    [`${MUTANT}/noop.js`]: "// a silent embed: never posts its height\n",
  };
  const css = (name: string) => `<link rel="stylesheet" href="/${MUTANT}/${name}">`;
  const js = (name: string) => `<script src="/${MUTANT}/${name}" defer></script>`;

  const mutations: Mutation[] = [
    {
      what: "a script that logs a console error",
      page: take((p) => p === "/", "console"),
      expect: { console: [/mutant: planted console error/] },
      apply: (h) => inHead(h, js("console-error.js")),
    },
    {
      what: "an image that does not exist",
      page: take((p) => p.startsWith("/counties/"), "requests"),
      expect: { requests: [/e2e-mutant\/missing\.png/], links: [/e2e-mutant\/missing\.png/] },
      apply: (h) => inMain(h, `<img src="/${MUTANT}/missing.png" alt="گم‌شده" width="10" height="10">`),
    },
    {
      what: "an inline script (CSP)",
      page: take((p) => p === "/cooperatives/", "csp"),
      expect: { csp: [/inline/i] },
      apply: (h) => inMain(h, "<script>document.documentElement.dataset.mutant = '1';</script>"),
    },
    {
      what: "a chart and table drawn only by JavaScript",
      page: take((p) => p.startsWith("/timeline/"), "no-js"),
      expect: { "no-js": [/without JavaScript: \d+ charts/, /without JavaScript: \d+ tables/] },
      apply: (h) => inHead(h, js("js-only.js")),
    },
    {
      what: "a 700px box",
      page: take((p) => p.startsWith("/investment/"), "width-360"),
      expect: { "width-360": [/e2e-wide/] },
      apply: (h) => inMain(inHead(h, css("wide.css")), '<div class="e2e-wide">پهن</div>'),
    },
    {
      what: "main capped at 600px",
      page: take((p) => p.startsWith("/jobs/"), "width-1280"),
      expect: { "width-1280": [/<main> is \d+px wide/] },
      apply: (h) => inHead(h, css("narrow.css")),
    },
    {
      what: 'dir="ltr" on a page with tables',
      page: take((p) => withTable(p) && p.startsWith("/counties/"), "rtl"),
      expect: { rtl: [/dir="ltr"/], "table-rtl": [/first column/] },
      apply: (h) => h.replace('dir="rtl"', 'dir="ltr"'),
    },
    {
      what: "a text label placed on a bar",
      page: take((p) => p.startsWith("/charts/") && withRect(p), "chart-labels"),
      expect: { "chart-labels": [/برچسب روی میله.*overlaps a bar/] },
      apply: (h) =>
        h.replace(
          /<rect([^>]*?)\sy="([\d.]+)"([^>]*?)\sx="([\d.]+)"([^>]*)\/?>/,
          (m, _a, y, _b, x) => `${m}<text x="${Number(x) + 2}" y="${Number(y) + 12}">برچسب روی میله</text>`,
        ),
    },
    {
      what: "an image without alt",
      page: take((p) => p.startsWith("/iran/"), "axe"),
      expect: { "axe-light": [/image-alt/], "axe-dark": [/image-alt/], "html-validate": [/wcag\/h37/] },
      apply: (h) => inMain(h, '<img src="/favicon.svg" width="16" height="16">'),
    },
    {
      what: "low contrast in the dark scheme only",
      page: take((p) => p.startsWith("/methodology/"), "axe-dark"),
      expect: { "axe-dark": [/color-contrast.*e2e-faint/] },
      apply: (h) => inMain(inHead(h, css("dark.css")), '<p class="e2e-faint">متن کم‌رنگ در حالت تاریک</p>'),
    },
    {
      what: "a duplicate id",
      page: take((p) => p.startsWith("/sources/"), "html-validate"),
      expect: { "html-validate": [/no-dup-id.*e2e-dup/] },
      apply: (h) => inMain(h, '<span id="e2e-dup">۱</span><span id="e2e-dup">۲</span>'),
    },
    {
      what: "a link to a missing page and to a missing anchor",
      page: take((p) => p.startsWith("/counties/"), "links"),
      expect: { links: [/e2e-no-such-page/, /e2e-no-such-anchor/] },
      apply: (h) => inMain(h, '<p><a href="/e2e-no-such-page/">نیست</a> <a href="/#e2e-no-such-anchor">لنگر نیست</a></p>'),
    },
  ];

  // Embeds: one silent embed (its page loads a no-op instead of the height script).
  const silent = embeds[embeds.length - 1];
  if (silent)
    mutations.push({
      what: "an embed that never posts its height",
      page: silent,
      expect: {},
      apply: (h) => h.replace(/<script[^>]+src="[^"]*embed[^"]*\.js"[^>]*><\/script>/g, js("noop.js")),
    });

  const global: { what: string; expect: (r: Results) => string[] }[] = [];
  // Downloads: corrupt the first CSV and the first PNG that pages link to.
  const all = listFiles(dist);
  const csv = all.find((f) => f.startsWith("charts/") && f.endsWith(".csv")) ?? all.find((f) => f.endsWith(".csv"));
  const png = all.find((f) => f.startsWith("charts/") && f.endsWith(".png"));
  if (csv) files[csv] = "<!DOCTYPE html><html><body>not a csv</body></html>\n";
  if (png) files[png] = "this is text, not a PNG\n";
  for (const f of [csv, png].filter(Boolean) as string[])
    global.push({
      what: `download /${f} overwritten with the wrong content`,
      expect: (r) => failedWith(r, "downloads", (t) => t === `/${f}`, [/not|holds HTML/]),
    });

  // The host script, made to trust any message of the right shape (same message format as the site's).
  const host = all.find((f) => !f.startsWith("_astro/") && /embed-host.*\.js$/.test(f));
  if (host) {
    files[host] =
      'addEventListener("message", function (e) { var d = e.data; if (!d || !d.height) return; var f = document.getElementsByTagName("iframe"); for (var i = 0; i < f.length; i++) if (f[i].hasAttribute("data-lcs-embed") || i === 0) f[i].style.height = Math.ceil(+d.height) + "px"; });\n';
    global.push({
      what: "a host script that trusts any frame",
      expect: (r) => failedWith(r, "embed-foreign-message", () => true, [/a message from .* resized the iframe/]),
    });
  } else notes.push("no embed-host*.js in the build: host-script mutation not tried");
  if (silent)
    global.push({
      what: `embed ${silent} silent`,
      expect: (r) => failedWith(r, "embed-resize", (t) => t.includes(`/charts/${silent.split("/")[2]}/`), [/not resized to fit|cut off/]),
    });

  // The copy button, made to copy the snippet without its last character.
  const copy = all.find((f) => !f.startsWith("_astro/") && /copy.*\.js$/.test(f));
  if (copy) {
    files[copy] = readFileSync(join(dist, copy), "utf8").replace(/\.trim\(\)/, ".trim().slice(0, -1)");
    global.push({
      what: "a copy button that drops the last character",
      expect: (r) => failedWith(r, "copy-button", () => true, [/clipboard does not hold the exact snippet/]),
    });
  } else notes.push("no copy*.js in the build: copy-button mutation not tried");
  // Search: the query side forgets the compounds (so «دانش بنیان» no longer meets «دانش‌بنیان»), and a
  // page other than the search page loads Pagefind.
  if (all.includes("pagefind/fa-compounds.json")) {
    files["pagefind/fa-compounds.json"] = "[]";
    global.push({
      what: "search without the compounds list",
      expect: (r) => failedWith(r, "search-pairs", (t) => t.startsWith("دانش‌بنیان"), [/sets differ/]),
    });
    const eager = take((p) => p.startsWith("/charts/"), "search-budget");
    mutations.push({
      what: "Pagefind loaded on a chart page",
      page: eager,
      expect: {},
      apply: (h) => inHead(h, '<script type="module" src="/pagefind/pagefind.js"></script>'),
    });
    global.push({
      what: `Pagefind loaded on ${eager}`,
      expect: (r) => failedWith(r, "search-budget", () => true, [/loads \/pagefind\/pagefind\.js/]),
    });
  } else notes.push("no pagefind/fa-compounds.json in the build: search mutations not tried");
  return { mutations, files, global, cleanupNotes: notes };
}

/** The check failed on the target, and its report mentions every mark. */
function failedWith(r: Results, check: string, target: (t: string) => boolean, marks: RegExp[]): string[] {
  const hits = r.failures().filter((f) => f.check === check && target(f.target));
  if (!hits.length) return [`${check} did not fail`];
  const problems = hits.flatMap((h) => h.problems);
  return marks.filter((m) => !problems.some((p) => m.test(p))).map((m) => `${check} failed, but not for this fault (nothing matches ${m})`);
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const i = argv.indexOf("--dist");
  const log = (l: string) => console.log(l);
  let source = i >= 0 ? resolve(argv[i + 1]) : undefined;
  let cleanupBuild = () => {};
  if (!source) {
    const built = await buildForTests(log);
    if (!built) return 1;
    ({ dir: source, cleanup: cleanupBuild } = built);
  }
  const copy = mkdtempSync(join(tmpdir(), "e2e-mutant-"));
  cpSync(source, copy, { recursive: true });
  const { mutations, files, global, cleanupNotes } = plan(copy);
  mkdirSync(join(copy, MUTANT), { recursive: true });
  for (const [f, content] of Object.entries(files)) writeFileSync(join(copy, f), content);
  for (const m of mutations) {
    const file = pathToFile(copy, m.page)!;
    const before = readFileSync(file, "utf8");
    const after = m.apply(before);
    if (after === before) throw new Error(`mutation "${m.what}" changed nothing in ${m.page}`);
    writeFileSync(file, after);
  }
  const browser = await launch();
  const host = await startHostOrigin();
  const inner = new Results();
  try {
    await runSuite({ dist: copy, browser, host, results: inner, log, only: new Set(mutations.map((m) => m.page)) });
  } finally {
    await host.close();
    await browser.close();
    rmSync(copy, { recursive: true, force: true });
    cleanupBuild();
  }
  const report = new Results(log);
  const rel = (page: string) => (htmlFiles(source!).includes(`${page.slice(1)}index.html`) ? `${page.slice(1)}index.html` : page);
  for (const m of mutations) {
    for (const [check, marks] of Object.entries(m.expect)) {
      const target = ["links", "html-validate"].includes(check) ? rel(m.page) : m.page;
      report.add(
        "caught",
        `${check} <- ${m.what} (${m.page})`,
        failedWith(inner, check, (t) => t === target, marks),
      );
    }
  }
  for (const g of global) report.add("caught", g.what, g.expect(inner));
  for (const n of cleanupNotes) log(`note: ${n}`);
  log("");
  for (const o of report.all) log(`${o.status === "pass" ? "caught " : "MISSED "} ${o.target}`);
  log(`mutate: ${report.count("pass")} caught, ${report.count("fail")} missed`);
  return report.count("fail") ? 1 : 0;
}

if (!existsSync(join(process.cwd(), "package.json"))) throw new Error("run from the repository root");
main().then((code) => process.exit(code));
