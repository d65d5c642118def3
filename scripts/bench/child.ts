/**
 * One measurement, run in its own process so that its peak memory (max RSS) is its own:
 *   validate <dir>          validateDataDir on the folder
 *   parse <file>            the floor: Papa.parse of the whole file as one string (header:false,
 *                           no dynamicTyping), the first step the validator takes anyway
 * Prints one JSON line on stdout: { ms, maxRssMb, ... }. Time excludes process start-up.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";
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
  throw new Error(`unknown mode ${mode}`);
}

process.stdout.write(JSON.stringify(main()) + "\n");
