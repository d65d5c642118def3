/**
 * `npm run validate [-- --data-dir DIR] [--format text|json] [--strict] [--fix] [--list-types]`
 * Exit 0: valid. 1: invalid data (or, with --strict, any warning). 2: usage or I/O error.
 *   --fix         first rewrites in the files what the validator normalises (digits, separators,
 *                 date slashes, Arabic letters, stray marks, spaces), printing each change
 *   --strict      warnings fail the run too
 *   --list-types  prints the catalogue of issue types (level, title, description)
 */
import { existsSync, statSync } from "node:fs";
import { formatIssue, formatStats, issueJson } from "../src/validate/issues.ts";
import { validateDataDir, type Report } from "../src/validate/index.ts";
import { CATALOGUE, catalogueLines } from "../src/validate/catalogue.ts";
import { fixDataDir, formatChange } from "../src/validate/fix.ts";
import { parseArgs } from "./args.ts";

export function printReport(report: Report, log: (line: string) => void, dir: string): void {
  for (const e of report.errors) log(`${dir}/${formatIssue(e)}`);
  for (const w of report.warnings) log(`${dir}/${formatIssue(w)}`);
  if (report.errorCount > report.errors.length) log(`... and ${report.errorCount - report.errors.length} more errors`);
  if (report.warningCount > report.warnings.length) log(`... and ${report.warningCount - report.warnings.length} more warnings`);
  for (const s of report.stats) log(formatStats(s));
  log(report.valid ? `valid: ${report.warningCount} warnings` : `invalid: ${report.errorCount} errors, ${report.warningCount} warnings`);
}

/**
 * For the build: the warning count and the first `n` warnings (a valid run), and whether
 * `strict` makes them fatal.
 */
export function warningSummary(report: Report, dir: string, n = 10, strict = false): string[] {
  if (report.warningCount === 0) return [];
  const lines = [
    `${strict ? "error (--strict)" : "warning"}: ${report.warningCount} data warning${report.warningCount === 1 ? "" : "s"}${report.warningCount > n ? `, the first ${n}` : ""}:`,
  ];
  for (const w of report.warnings.slice(0, n)) lines.push(`  ${dir}/${formatIssue(w)}`);
  if (report.warningCount > n) lines.push(`  ... see them all with: npm run validate -- --data-dir ${dir}`);
  const fixable = report.warnings.filter((w) => w.type === "normalized").length;
  if (fixable > 0) lines.push(`  ${fixable} of them can be written into the files with: npm run validate -- --fix`);
  return lines;
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if ("error" in args) {
    console.error(
      `validate: ${args.error}\nusage: npm run validate -- [--data-dir DIR] [--format text|json] [--strict] [--fix] [--list-types]`,
    );
    return 2;
  }
  if (args.listTypes) {
    if (args.format === "json") process.stdout.write(JSON.stringify(CATALOGUE, null, 2) + "\n");
    else for (const l of catalogueLines()) console.log(l);
    return 0;
  }
  const dir = args.dataDir;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`validate: no such folder: ${dir}`);
    return 2;
  }
  const changes = args.fix ? fixDataDir(dir) : [];
  const report = validateDataDir(dir);
  if (report.errors.some((e) => e.type === "io-error")) {
    for (const e of report.errors.filter((x) => x.type === "io-error")) console.error(`${dir}/${formatIssue(e)}`);
    return 2;
  }
  const failed = !report.valid || (args.strict && report.warningCount > 0);
  if (args.format === "json") {
    const { data: _data, lines: _lines, errors, warnings, ...rest } = report;
    const out = {
      ...rest,
      strict: args.strict,
      passed: !failed,
      errors: errors.map(issueJson),
      warnings: warnings.map(issueJson),
      ...(args.fix ? { fixed: changes } : {}),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + "\n");
  } else {
    for (const c of changes) console.log(`${dir}/${formatChange(c)}`);
    if (args.fix) console.log(`fix: ${changes.length} value${changes.length === 1 ? "" : "s"} rewritten`);
    printReport(report, (l) => (l.includes(": warning ") || report.valid ? console.log(l) : console.error(l)), dir);
    if (args.strict && report.valid && report.warningCount > 0) console.error(`strict: ${report.warningCount} warnings count as errors`);
  }
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
