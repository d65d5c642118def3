/**
 * One measurement, run in its own process so that its peak memory (max RSS) is its own:
 *   validate <dir>          validateDataDir on the folder
 *   parse <file>            Papa.parse of one file as one string (header:false, no dynamicTyping);
 *                           time excludes reading the file
 *   parse-dir <dir>         the floor: every file the validator reads (each dataset's CSV, the
 *                           release ledgers in releases/, the JSON datasets with JSON.parse),
 *                           read and parsed into arrays as a bare papaparse parse would; time
 *                           includes reading, as the validator's does
 *   lower <dir>             the cheapest reading of the cells, for comparison: the same CSV files
 *                           decoded in pieces, each record split at its commas, and one map
 *                           lookup per cell of a column whose values repeat (the validator's
 *                           interning), and nothing else: what is left above it is the checks
 * Prints one JSON line on stdout: { ms, maxRssMb, ... }. Time excludes process start-up.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { DATASETS, DATASET_NAMES } from "../../src/schemas/index.ts";
import { validateDataDir } from "../../src/validate/index.ts";
import { formatIssue } from "../../src/validate/issues.ts";

const maxRssMb = () => process.resourceUsage().maxRSS / 1024;
/** CPU time (user + system, all threads) since `from`: less disturbed than wall time on a busy machine. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};

function main(): Record<string, unknown> {
  const [mode, target] = process.argv.slice(2);
  if (mode === "validate") {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const report = validateDataDir(target);
    const ms = performance.now() - t0;
    return {
      ms,
      cpuMs: cpuMs(c0),
      valid: report.valid,
      errorCount: report.errorCount,
      warningCount: report.warningCount,
      firstErrors: report.errors.slice(0, 5).map(formatIssue),
      accepted: Object.fromEntries(report.stats.map((s) => [s.file, s.accepted])),
      maxRssMb: maxRssMb(),
    };
  }
  if (mode === "parse") {
    const t0 = performance.now();
    const text = readFileSync(target, "utf8");
    const c1 = process.cpuUsage();
    const t1 = performance.now();
    const parsed = Papa.parse<string[]>(text, { delimiter: ",", header: false, dynamicTyping: false });
    const ms = performance.now() - t1;
    return { ms, cpuMs: cpuMs(c1), readMs: t1 - t0, records: parsed.data.length, maxRssMb: maxRssMb() };
  }
  if (mode === "parse-dir") {
    const files = DATASET_NAMES.map((n) => DATASETS[n].file);
    let ledgers: string[] = [];
    try {
      ledgers = readdirSync(join(target, "releases")).filter((f) => f.endsWith(".csv")).map((f) => `releases/${f}`);
    } catch {
      // no releases yet
    }
    const keep: unknown[] = [];
    let readMs = 0;
    let records = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const file of [...files, ...ledgers]) {
      const r0 = performance.now();
      const text = readFileSync(join(target, file), "utf8");
      readMs += performance.now() - r0;
      if (file.endsWith(".json")) keep.push(JSON.parse(text));
      else {
        const parsed = Papa.parse<string[]>(text, { delimiter: ",", header: false, dynamicTyping: false });
        records += parsed.data.length;
        keep.push(parsed.data);
      }
    }
    const ms = performance.now() - t0;
    return { ms, cpuMs: cpuMs(c0), readMs, files: keep.length, records, maxRssMb: maxRssMb() };
  }
  if (mode === "lower") {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let cells = 0;
    for (const file of DATASET_NAMES.map((n) => DATASETS[n].file).filter((f) => f.endsWith(".csv"))) {
      const bytes = readFileSync(join(target, file));
      const decoder = new TextDecoder();
      const maps: Map<string, number>[] = [];
      for (let from = 0; from < bytes.length; ) {
        const nl = bytes.indexOf(10, from + (64 << 10));
        const to = nl < 0 ? bytes.length : nl + 1;
        const text = decoder.decode(bytes.subarray(from, to));
        from = to;
        for (const line of text.split("\n")) {
          const row = line.split(",");
          for (let c = 0; c < row.length; c++) {
            const m = maps[c] ?? (maps[c] = new Map());
            // A column whose values do not repeat (ids, amounts) stops being looked up once its map is full.
            if (m.size < 1 << 12 && m.get(row[c]) === undefined) m.set(row[c], m.size);
            cells++;
          }
        }
      }
    }
    return { ms: performance.now() - t0, cpuMs: cpuMs(c0), cells, maxRssMb: maxRssMb() };
  }
  throw new Error(`unknown mode ${mode}`);
}

process.stdout.write(JSON.stringify(main()) + "\n");
