/**
 * `npm run build [-- --data-dir DIR]` (or DATA_DIR=DIR): validate, then build the site into a
 * temporary folder, add the open data and images, and only then swap it in as `dist/`. On invalid
 * data or any failure the existing `dist/` is left exactly as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { validateDataDir } from "../src/validate/index.ts";
import { openDataFiles } from "../src/publish/open-data.ts";
import { datasetWorkbooks } from "../src/publish/workbooks.ts";
import { parseArgs } from "./args.ts";
import { printReport } from "./validate.ts";

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  log: (line: string) => void;
  /** Runs Astro into the given folder (replaceable in tests). */
  astroBuild?: (outDir: string) => Promise<void>;
  /** Indexes the built folder for the site search (replaceable in tests). */
  searchIndex?: (outDir: string, log: (line: string) => void) => Promise<unknown>;
}

async function defaultAstroBuild(outDir: string): Promise<void> {
  const { build } = await import("astro");
  await build({ outDir, logLevel: "warn", telemetry: false } as never);
}

export function writeFiles(root: string, files: { path: string; content: string | Uint8Array }[]): void {
  for (const f of files) {
    const target = join(root, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
  }
}

export async function buildSite(opts: BuildOptions): Promise<boolean> {
  const dataDir = resolve(opts.dataDir);
  const report = validateDataDir(dataDir);
  if (!report.valid || !report.data) {
    printReport(report, opts.log, opts.dataDir);
    opts.log("build: not built; the last good site is untouched");
    return false;
  }
  opts.log(`build: data valid (${report.stats.map((s) => `${s.file} ${s.accepted}`).join(", ")})`);
  const outDir = resolve(opts.outDir);
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  process.env.DATA_DIR = dataDir;
  try {
    await (opts.astroBuild ?? defaultAstroBuild)(tmp);
    const updated = new Date().toISOString().slice(0, 10);
    writeFiles(join(tmp, "data"), openDataFiles(report.data, updated));
    writeFiles(join(tmp, "data"), await datasetWorkbooks(report.data, updated));
    const { postBuild } = await import("../src/publish/post-build.ts");
    await postBuild(tmp, opts.log);
    // The search index is part of the site: if it fails, the build fails and dist/ stays.
    await (opts.searchIndex ?? (await import("./search-index.ts")).buildSearchIndex)(tmp, opts.log);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    opts.log(`build: failed: ${(e as Error).stack ?? e}`);
    opts.log("build: the last good site is untouched");
    return false;
  }
  // Swap: two renames on one filesystem; the old site is removed only after the new one is in place.
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  opts.log(`build: site written to ${opts.outDir}`);
  return true;
}

async function main(): Promise<number> {
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  const args = parseArgs(process.argv.slice(2));
  if ("error" in args) {
    console.error(`build: ${args.error}\nusage: npm run build -- [--data-dir DIR]`);
    return 2;
  }
  if (!existsSync(args.dataDir)) {
    console.error(`build: no such folder: ${args.dataDir}`);
    return 2;
  }
  const ok = await buildSite({ dataDir: args.dataDir, outDir: args.rest[0] ?? "dist", log: (l) => console.log(l) });
  return ok ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) main().then((code) => process.exit(code));
