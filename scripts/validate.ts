/**
 * `npm run validate [-- --data-dir DIR] [--format text|json]`
 * Exit 0: valid. 1: invalid data. 2: usage or I/O error (the folder cannot be read).
 */
import { existsSync, statSync } from "node:fs";
import { formatIssue, formatStats } from "../src/validate/issues.ts";
import { validateDataDir, type Report } from "../src/validate/index.ts";
import { parseArgs } from "./args.ts";

export function printReport(report: Report, log: (line: string) => void, dir: string): void {
  for (const e of report.errors) log(`${dir}/${formatIssue(e)}`);
  for (const w of report.warnings) log(`${dir}/${formatIssue(w)}`);
  if (report.errorCount > report.errors.length) log(`... and ${report.errorCount - report.errors.length} more errors`);
  if (report.warningCount > report.warnings.length) log(`... and ${report.warningCount - report.warnings.length} more warnings`);
  for (const s of report.stats) log(formatStats(s));
  log(report.valid ? `valid: ${report.warningCount} warnings` : `invalid: ${report.errorCount} errors, ${report.warningCount} warnings`);
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if ("error" in args) {
    console.error(`validate: ${args.error}\nusage: npm run validate -- [--data-dir DIR] [--format text|json]`);
    return 2;
  }
  const dir = args.dataDir;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`validate: no such folder: ${dir}`);
    return 2;
  }
  const report = validateDataDir(dir);
  if (report.errors.some((e) => e.type === "io-error")) {
    for (const e of report.errors.filter((x) => x.type === "io-error")) console.error(`${dir}/${formatIssue(e)}`);
    return 2;
  }
  if (args.format === "json") {
    const { data: _data, lines: _lines, ...rest } = report;
    process.stdout.write(JSON.stringify(rest, null, 2) + "\n");
  } else {
    printReport(report, (l) => (l.includes(": warning ") || report.valid ? console.log(l) : console.error(l)), dir);
  }
  return report.valid ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
