/**
 * `npm run build [-- --data-dir DIR]` (or DATA_DIR=DIR): validate once, build the one model, and
 * hand it to Astro, which writes every page, endpoint (chart downloads, open data, sitemap) from
 * it into a temporary folder; only then is that folder swapped in as `dist/`. On invalid data or
 * any failure the existing `dist/` is left exactly as it was.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { provideModel, validate } from "../src/data/load.ts";
import { buildModel } from "../src/data/model.ts";
import { historyOf } from "../src/validate/index.ts";
import { buildStore, resetCounters } from "../src/lib/build-store.ts";
import { parseArgs } from "./args.ts";
import { printReport, warningSummary } from "./validate.ts";

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  log: (line: string) => void;
  /** Data warnings fail the build too (`--strict`). */
  strict?: boolean;
  /** Runs Astro into the given folder (replaceable in tests). */
  astroBuild?: (outDir: string) => Promise<void>;
  /** Indexes the built folder for the site search (replaceable in tests). */
  searchIndex?: (outDir: string, log: (line: string) => void) => Promise<unknown>;
}

async function defaultAstroBuild(outDir: string): Promise<void> {
  const { build } = await import("astro");
  await build({ outDir, logLevel: "warn", telemetry: false } as never);
}

export async function buildSite(opts: BuildOptions): Promise<boolean> {
  const dataDir = resolve(opts.dataDir);
  const started = Date.now();
  resetCounters();
  const report = validate(dataDir);
  if (!report.valid || !report.data) {
    printReport(report, opts.log, opts.dataDir);
    opts.log("build: not built; the last good site is untouched");
    return false;
  }
  for (const line of warningSummary(report, opts.dataDir, 10, opts.strict)) opts.log(line);
  if (opts.strict && report.warningCount > 0) {
    opts.log("build: not built (--strict: warnings count as errors); the last good site is untouched");
    return false;
  }
  opts.log(`build: data valid (${report.stats.map((s) => `${s.file} ${s.accepted}`).join(", ")}; ${report.warningCount} warning${report.warningCount === 1 ? "" : "s"})`);
  const outDir = resolve(opts.outDir);
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  process.env.DATA_DIR = dataDir;
  provideModel(buildModel(report.data, new Date(), historyOf(report)));
  try {
    await (opts.astroBuild ?? defaultAstroBuild)(tmp);
    // The search index is part of the site: if it fails, the build fails and dist/ stays.
    await (opts.searchIndex ?? (await import("./search-index.ts")).buildSearchIndex)(tmp, opts.log);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    opts.log(`build: failed: ${(e as Error).stack ?? e}`);
    opts.log("build: the last good site is untouched");
    return false;
  } finally {
    provideModel(undefined);
  }
  // Swap: two renames on one filesystem; the old site is removed only after the new one is in place.
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  const c = buildStore().counters;
  // What the build did, for the test that proves each step ran once (tests/publish/site.test.ts).
  if (process.env.BUILD_STATS) writeFileSync(process.env.BUILD_STATS, JSON.stringify(c, null, 1));
  opts.log(`build: site written to ${opts.outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s (${c.validations} validation, ${c.prepares} charts prepared, ${c.draws} drawings)`);
  return true;
}

async function main(): Promise<number> {
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  const args = parseArgs(process.argv.slice(2));
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
