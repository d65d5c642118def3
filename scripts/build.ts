/**
 * `npm run build [-- --data-dir DIR]` (or DATA_DIR=DIR): validate once, build the one model, and
 * hand it to Astro, which writes every page, endpoint (chart downloads, open data, sitemap) from
 * it into a temporary folder; then index that folder for the site search; only then is the folder
 * swapped in as `dist/`. On invalid data or any failure the existing `dist/` is left exactly as it
 * was.
 *
 * The two steps run one after the other in child processes of this (thin) one, so their memory
 * never adds up: the site step (validation, model, Astro) ends before the index step (Pagefind,
 * whose binary takes gigabytes on a large site) starts. The site step writes what the index needs
 * from the model (scripts/search-inputs.ts) to a file, so the index step neither validates nor
 * holds the model. `scripts/build.ts --step site|index JSON` runs one step (this script calls it
 * so); tests that replace Astro or the indexer with functions run both steps in this process.
 * BUILD_MEMLOG=1 prints each step's memory (RSS, V8 heap used/total, external) every 5 s to stderr.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { buildStore, resetCounters, type BuildCounters } from "../src/lib/build-store.ts";
import { parseArgs } from "./args.ts";
import type { SearchInputs } from "./search-inputs.ts";

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  log: (line: string) => void;
  /** Data warnings fail the build too (`--strict`). */
  strict?: boolean;
  /** Runs Astro into the given folder (replaceable in tests; then both steps run in this process). */
  astroBuild?: (outDir: string) => Promise<void>;
  /** Indexes the built folder for the site search (replaceable in tests; then both steps run in this process). */
  searchIndex?: (outDir: string, log: (line: string) => void, inputs: SearchInputs) => Promise<unknown>;
}

/** What a step needs; JSON on the step's command line. */
interface StepOptions {
  dataDir: string;
  /** The site folder being built (swapped in as dist/ by the parent on success). */
  tmp: string;
  /** A private folder for what the steps hand over: the search inputs and each step's counters. */
  work: string;
  strict?: boolean;
}

type Step = "site" | "index";

/**
 * The site step's garbage collection. What the step keeps alive at 10^5 extra rows is about 0.7 GB
 * (the model, Astro's modules, the drawings); rendering 2,000 pages makes gigabytes of short-lived
 * strings, and V8 by default lets the heap grow to about three times what survived its last full
 * collection before the next: its RSS swung between 1.7 and 2.7 GB, all of the difference garbage.
 * Growing by half instead keeps it near 1.5x the live data, for a little more collecting.
 */
const SITE_V8_FLAGS = ["--heap-growing-percent=50"];

const SEARCH_INPUTS = "search-inputs.json";
const countersFile = (work: string, step: Step) => join(work, `counters-${step}.json`);

async function defaultAstroBuild(outDir: string): Promise<void> {
  const { build } = await import("astro");
  await build({ outDir, logLevel: "warn", telemetry: false } as never);
}

/**
 * Validation, the model and the Astro build into `o.tmp`; then the search inputs into `o.work`.
 * False (after saying why) when the data does not allow a build; throws when the build fails.
 */
async function siteStep(o: StepOptions, log: (line: string) => void, astroBuild = defaultAstroBuild): Promise<boolean> {
  const [{ provideModel, validate }, { buildModel }, { historyOf }, { printReport, warningSummary }, { searchInputs, writeSearchInputs }] =
    await Promise.all([
      import("../src/data/load.ts"),
      import("../src/data/model.ts"),
      import("../src/validate/index.ts"),
      import("./validate.ts"),
      import("./search-inputs.ts"),
    ]);
  const report = validate(o.dataDir);
  if (!report.valid || !report.data) {
    printReport(report, log, o.dataDir);
    log("build: not built; the last good site is untouched");
    return false;
  }
  for (const line of warningSummary(report, o.dataDir, 10, o.strict)) log(line);
  if (o.strict && report.warningCount > 0) {
    log("build: not built (--strict: warnings count as errors); the last good site is untouched");
    return false;
  }
  log(
    `build: data valid (${report.stats.map((s) => `${s.file} ${s.accepted}`).join(", ")}; ${report.warningCount} warning${report.warningCount === 1 ? "" : "s"})`,
  );
  process.env.DATA_DIR = o.dataDir;
  const model = buildModel(report.data, new Date(), historyOf(report));
  provideModel(model);
  try {
    await astroBuild(o.tmp);
    // While the model is here: what the index step needs from it.
    writeSearchInputs(join(o.work, SEARCH_INPUTS), searchInputs(model, o.tmp));
  } finally {
    provideModel(undefined);
  }
  return true;
}

/** The search index of the built folder, from the built HTML and the search inputs only. */
async function indexStep(o: StepOptions, log: (line: string) => void, searchIndex?: BuildOptions["searchIndex"]): Promise<void> {
  const { readSearchInputs } = await import("./search-inputs.ts");
  const index = searchIndex ?? (await import("./search-index.ts")).buildSearchIndex;
  // The search index is part of the site: if it fails, the build fails and dist/ stays.
  await index(o.tmp, log, readSearchInputs(join(o.work, SEARCH_INPUTS)));
}

/**
 * Runs one step in a child process (this script with `--step`), its output lines passed to `log`.
 * "ok"; "refused" when the step said why it did not build; else how it failed.
 */
function runStep(step: Step, o: StepOptions, log: (line: string) => void): Promise<"ok" | "refused" | string> {
  const script = fileURLToPath(import.meta.url);
  // Only tsx (and the site step's GC setting): flags such as the bench's memory hook stay with this
  // process, which samples its children.
  const child = spawn(
    process.execPath,
    [...(step === "site" ? SITE_V8_FLAGS : []), "--import", "tsx", script, "--step", step, JSON.stringify(o)],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    },
  );
  const lines = createInterface({ input: child.stdout });
  lines.on("line", log);
  return new Promise((done) => {
    child.on("error", (e) => done(`could not start: ${e.message}`));
    child.on("close", (code, signal) =>
      done(
        code === 0 ? "ok" : code === 1 ? "refused" : signal ? `was killed by ${signal} (out of memory?)` : `ended with exit code ${code}`,
      ),
    );
  });
}

function addCounters(into: BuildCounters, from: BuildCounters): void {
  into.validations += from.validations;
  into.prepares += from.prepares;
  into.draws += from.draws;
  for (const [k, n] of Object.entries(from.byKey)) into.byKey[k] = (into.byKey[k] ?? 0) + n;
}

export async function buildSite(opts: BuildOptions): Promise<boolean> {
  const started = Date.now();
  resetCounters();
  const outDir = resolve(opts.outDir);
  const o: StepOptions = {
    dataDir: resolve(opts.dataDir),
    tmp: `${outDir}.tmp-${process.pid}`,
    work: mkdtempSync(join(tmpdir(), "lcs-build-")),
    strict: opts.strict,
  };
  const inProcess = opts.astroBuild !== undefined || opts.searchIndex !== undefined;
  rmSync(o.tmp, { recursive: true, force: true });
  const failed = (why: string) => {
    opts.log(`build: failed: ${why}`);
    opts.log("build: the last good site is untouched");
  };
  try {
    if (inProcess) {
      try {
        if (!(await siteStep(o, opts.log, opts.astroBuild))) return false;
        await indexStep(o, opts.log, opts.searchIndex);
      } catch (e) {
        failed(`${(e as Error).stack ?? e}`);
        return false;
      }
    } else {
      for (const step of ["site", "index"] as const) {
        const result = await runStep(step, o, opts.log);
        if (existsSync(countersFile(o.work, step)))
          addCounters(buildStore().counters, JSON.parse(readFileSync(countersFile(o.work, step), "utf8")));
        if (result === "refused") return false;
        if (result !== "ok") {
          failed(`the ${step} step ${result}`);
          return false;
        }
      }
    }
    // Swap: two renames on one filesystem; the old site is removed only after the new one is in place.
    const old = `${outDir}.old-${process.pid}`;
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(o.tmp, outDir);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(o.tmp, { recursive: true, force: true });
    rmSync(o.work, { recursive: true, force: true });
  }
  const c = buildStore().counters;
  // What the build did, for the test that proves each step ran once (tests/publish/site.test.ts).
  if (process.env.BUILD_STATS) writeFileSync(process.env.BUILD_STATS, JSON.stringify(c, null, 1));
  opts.log(
    `build: site written to ${opts.outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s (${c.validations} validation, ${c.prepares} charts prepared, ${c.draws} drawings)`,
  );
  return true;
}

/** `--step site|index JSON`: one step in this process; exit 0 done, 1 not built (said why). */
async function stepMain(step: Step, o: StepOptions): Promise<number> {
  const log = (line: string) => console.log(line);
  if (process.env.BUILD_MEMLOG) {
    const t0 = Date.now();
    setInterval(() => {
      const m = process.memoryUsage();
      const mb = (n: number) => Math.round(n / 2 ** 20);
      process.stderr.write(
        `memlog ${step} ${((Date.now() - t0) / 1000).toFixed(0)} s: rss ${mb(m.rss)} heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)}\n`,
      );
    }, 5000).unref();
  }
  try {
    if (step === "site") return (await siteStep(o, log)) ? 0 : 1;
    await indexStep(o, log);
    return 0;
  } catch (e) {
    log(`build: failed: ${(e as Error).stack ?? e}`);
    log("build: the last good site is untouched");
    return 1;
  } finally {
    // For the parent's "validated once, each chart prepared once" count.
    writeFileSync(countersFile(o.work, step), JSON.stringify(buildStore().counters));
  }
}

async function main(): Promise<number> {
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  const argv = process.argv.slice(2);
  if (argv[0] === "--step" && (argv[1] === "site" || argv[1] === "index")) return stepMain(argv[1], JSON.parse(argv[2]) as StepOptions);
  const args = parseArgs(argv);
  if ("error" in args) {
    console.error(`build: ${args.error}\nusage: npm run build -- [--data-dir DIR] [--strict]`);
    return 2;
  }
  if (!existsSync(args.dataDir)) {
    console.error(`build: no such folder: ${args.dataDir}`);
    return 2;
  }
  const ok = await buildSite({ dataDir: args.dataDir, outDir: args.rest[0] ?? "dist", strict: args.strict, log: (l) => console.log(l) });
  return ok ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) main().then((code) => process.exit(code));
