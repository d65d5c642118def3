/**
 * Running one measurement in a child process and reading what it left behind: the validator and
 * the floor (child.ts), and the full build (scripts/build.ts, unchanged, with rss-hook.ts
 * preloaded). Each child is a fresh Node, so its peak RSS is its own and nothing is warmed up by
 * an earlier size: the numbers are what a maintainer's `npm run validate` or CI build meets.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

export const ROOT = new URL("../../", import.meta.url).pathname;
const CHILD = join(ROOT, "scripts/bench/child.ts");
const RSS_HOOK = join(ROOT, "scripts/bench/rss-hook.ts");

export interface ChildResult {
  ms: number;
  cpuMs: number;
  maxRssMb: number;
  [k: string]: unknown;
}

/**
 * Node flags of every validation child, on both sides (validator and floor), as `npm run validate`
 * and `npm run build` run: V8's allocation-site pretenuring, having seen a piece's records
 * outlive one collection, allocates later records straight into the old generation, where they
 * pile up as garbage until a full collection (hundreds of MB at a million rows).
 */
export const VALIDATE_NODE_FLAGS = ["--no-allocation-site-pretenuring"];

/** Runs child.ts once; `profileDir` adds --cpu-prof (the .cpuprofile lands there). */
export function runChild(mode: "validate" | "parse" | "parse-dir" | "lower", target: string, profileDir?: string): ChildResult {
  const prof = profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [];
  const r = spawnSync(process.execPath, [...VALIDATE_NODE_FLAGS, ...prof, "--import", "tsx", CHILD, mode, target], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 24, timeout: 30 * 60_000 });
  if (r.status !== 0) throw new Error(`bench child ${mode} ${target} failed (${r.status ?? r.signal}):\n${r.stderr}`);
  const res = JSON.parse(r.stdout.trim().split("\n").pop()!) as ChildResult;
  if (mode === "validate" && res.valid !== true) throw new Error(`the synthetic data in ${target} does not validate:\n${(res.firstErrors as string[]).join("\n")}`);
  return res;
}

export interface Repeated {
  min: number;
  median: number;
  cpuMin: number;
  maxRssMb: number;
  runs: number[];
  last: ChildResult;
}

/** Summarises the runs of one measurement: the fastest time (least disturbed by other work) and the median. */
function summary(results: ChildResult[]): Repeated {
  const runs = results.map((r) => r.ms);
  const sorted = [...runs].sort((a, b) => a - b);
  return {
    min: sorted[0],
    median: sorted[Math.floor((sorted.length - 1) / 2)],
    cpuMin: Math.min(...results.map((r) => r.cpuMs)),
    maxRssMb: Math.max(...results.map((r) => r.maxRssMb)),
    runs,
    last: results[results.length - 1],
  };
}

/** Repeats a measurement; keeps the fastest time (least disturbed by other work) and the median. */
export function repeat(n: number, f: () => ChildResult): Repeated {
  return interleaved(n, [f])[0];
}

/**
 * Several measurements run in turn, n rounds (a, b, a, b, ...), so that each round of the things
 * compared meets the machine in the same state: on a shared machine, load that comes and goes
 * then falls on both sides alike rather than on whichever ran during it.
 */
export function interleaved(n: number, fs: (() => ChildResult)[]): Repeated[] {
  const results: ChildResult[][] = fs.map(() => []);
  for (let i = 0; i < n; i++) fs.forEach((f, k) => results[k].push(f()));
  return results.map(summary);
}

export interface BuildResult {
  ok: boolean;
  seconds: number;
  /** CPU time of the build process (user + system). */
  cpuSeconds: number;
  maxRssMb: number;
  /** Peak RSS (MB) of each process of the build's tree, by role: main, site, index, pagefind_extended. */
  rssByProcess: Record<string, number>;
  pages: number;
  /** Pages at /counties/<id>/<year>/ (0 while that route does not exist). */
  countyYearPages: number;
  distMb: number;
  home: HomeBytes;
  /** The largest page and the largest embed, gzipped (what a reader transfers for the HTML). */
  largest: PageSizes;
  log: string;
}

export interface PageSizes {
  page: { path: string; gzip: number };
  embed: { path: string; gzip: number };
}

/** The largest HTML page and the largest embed of a built site, by gzipped size. */
export function pageSizes(dist: string, files: string[]): PageSizes {
  const out: PageSizes = { page: { path: "", gzip: 0 }, embed: { path: "", gzip: 0 } };
  for (const f of files) {
    if (!f.endsWith(".html")) continue;
    const gzip = gzipSync(readFileSync(f)).length;
    const path = relative(dist, f);
    const slot = path.startsWith("embed/") ? out.embed : out.page;
    if (gzip > slot.gzip) Object.assign(slot, { path, gzip });
  }
  return out;
}

/** `npm run build -- --data-dir DIR OUT` into a temporary folder, timed from outside. */
export function runBuild(dataDir: string, timeoutMs = 20 * 60_000): BuildResult {
  const work = mkdtempSync(join(tmpdir(), "lcs-bench-build-"));
  const out = join(work, "dist");
  const rssFile = join(work, "rss");
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ["--import", "tsx", "--import", RSS_HOOK, join(ROOT, "scripts/build.ts"), "--data-dir", dataDir, out], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 1 << 26,
      timeout: timeoutMs,
      killSignal: "SIGKILL",
      env: { ...process.env, BENCH_RSS_FILE: rssFile, ASTRO_TELEMETRY_DISABLED: "1", DATA_DIR: "" },
    });
    const seconds = (performance.now() - t0) / 1000;
    const timedOut = r.error !== undefined && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT";
    const how = timedOut ? `timed out after ${Math.round(timeoutMs / 1000)} s` : r.signal ? `killed by ${r.signal} (out of memory?)` : `exit code ${r.status}`;
    const log = `${r.stdout}\n${r.stderr}`.trim() + (r.status === 0 ? "" : `\n${how}`);
    const [first, second] = (readFileSafe(rssFile) ?? "NaN NaN").split("\n");
    const [rss, cpu] = first.split(" ");
    const maxRssMb = Number(rss);
    const cpuSeconds = Number(cpu);
    const rssByProcess = second ? (JSON.parse(second) as Record<string, number>) : {};
    const none = { path: "", gzip: 0 };
    if (r.status !== 0) return { ok: false, seconds, cpuSeconds, maxRssMb, rssByProcess, pages: 0, countyYearPages: 0, distMb: 0, home: { total: 0, html: 0, parts: [] }, largest: { page: none, embed: none }, log };
    const files = walk(out);
    const pages = files.filter((f) => f.endsWith("index.html")).map((f) => relative(out, f));
    return {
      ok: true,
      seconds,
      cpuSeconds,
      maxRssMb,
      rssByProcess,
      pages: pages.length,
      countyYearPages: pages.filter((p) => /^counties\/[^/]+\/\d{4}\/index\.html$/.test(p)).length,
      distMb: files.reduce((s, f) => s + statSync(f).size, 0) / 2 ** 20,
      home: homeBytes(out),
      largest: pageSizes(out, files),
      log,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function readFileSafe(p: string): string | undefined {
  try {
    return readFileSync(p, "utf8");
  } catch {
    return undefined;
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

export interface HomeBytes {
  /** Bytes a first visit transfers: gzip of the HTML, CSS, JS and SVG; fonts and images as they are. */
  total: number;
  html: number;
  parts: { path: string; bytes: number }[];
}

/**
 * What a first visit to the home page downloads: dist/index.html, the stylesheets, scripts and
 * images it links, the fonts it preloads and the fonts its stylesheets name (the one Persian
 * face). Text is counted gzipped, as servers send it; woff2 and images are already compressed.
 */
export function homeBytes(dist: string): HomeBytes {
  const html = readFileSync(join(dist, "index.html"));
  const gz = (b: Buffer) => gzipSync(b).length;
  const parts: { path: string; bytes: number }[] = [{ path: "index.html", bytes: gz(html) }];
  const seen = new Set<string>();
  const local = (u: string) => (u.startsWith("/") && !u.startsWith("//") ? u.split(/[?#]/)[0] : undefined);
  const add = (u: string) => {
    const p = local(u);
    if (!p || seen.has(p)) return;
    seen.add(p);
    let body: Buffer;
    try {
      body = readFileSync(join(dist, p));
    } catch {
      return;
    }
    const text = /\.(css|js|mjs|svg|html|json)$/.test(p);
    parts.push({ path: p, bytes: text ? gz(body) : body.length });
    if (p.endsWith(".css")) for (const m of body.toString("utf8").matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) add(m[1]);
  };
  const src = html.toString("utf8");
  for (const m of src.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = tag.match(/\bhref="([^"]+)"/)?.[1];
    if (href && (/\brel="?stylesheet/.test(tag) || /\brel="?preload/.test(tag) || /\brel="?modulepreload/.test(tag))) add(href);
  }
  for (const m of src.matchAll(/<(?:script|img)\b[^>]*\bsrc="([^"]+)"/g)) add(m[1]);
  return { total: parts.reduce((s, p) => s + p.bytes, 0), html: parts[0].bytes, parts };
}
