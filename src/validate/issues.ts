/**
 * Validation results as data: every problem is an Issue with a type, a place (file, line, column)
 * and the offending value. Printed the way compilers print: `file:line:column: type: message (value)`.
 */
import { detach } from "./detach.ts";

export const ERROR_TYPES = [
  "encoding-error", "format-error", "empty-file",
  "blank-label", "duplicate-label", "missing-label", "extra-label", "incorrect-label",
  "missing-cell", "extra-cell", "primary-key", "foreign-key",
  "type-error", "constraint-error", "required",
  "jalali-invalid", "unit-unknown", "unicode-control", "mixed-digits", "sum-mismatch",
  "date-future", "release-order", "ledger-missing", "ledger-changed", "revision-missing", "withdrawal-missing",
  "io-error",
] as const;
export type ErrorType = (typeof ERROR_TYPES)[number];
/** Warnings: a value was normalised (and says how), or figures do not add up. */
export type WarningType = "normalized" | "sum-mismatch" | "unreleased" | "revision-unneeded";

export interface Issue {
  severity: "error" | "warning";
  type: ErrorType | WarningType;
  /** File name relative to the data folder. */
  file: string;
  /** Physical line, 1-based (the CSV header is line 1). */
  line: number;
  /** 1-based column (CSV: field position; JSON: character). */
  column: number;
  field?: string;
  value?: string;
  message: string;
}

export interface FileStats {
  file: string;
  rowsRead: number;
  accepted: number;
  rejected: number;
  blankSkipped: number;
}

export function formatIssue(i: Issue): string {
  const value = i.value === undefined ? "" : ` (${JSON.stringify(i.value)})`;
  const field = i.field ? `${i.field}: ` : "";
  const tag = i.severity === "warning" ? `warning ${i.type}` : i.type;
  return `${i.file}:${i.line}:${i.column}: ${tag}: ${field}${i.message}${value}`;
}

export function formatStats(s: FileStats): string {
  return `${s.file}: ${s.rowsRead} rows read, ${s.accepted} accepted, ${s.rejected} rejected, ${s.blankSkipped} blank skipped`;
}

/** Collects issues up to a cap; past the cap it only counts, so huge bad files stay fast. */
export class IssueSink {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];
  errorCount = 0;
  warningCount = 0;
  constructor(readonly cap = 1000) {}
  add(issue: Issue): void {
    const kept = issue.severity === "error" ? this.errors : this.warnings;
    if (issue.severity === "error") this.errorCount++;
    else this.warningCount++;
    if (kept.length >= this.cap) return;
    // A kept issue quotes a cell: detached, so it does not hold the whole file's text in memory.
    if (issue.value !== undefined) issue.value = detach(issue.value);
    kept.push(issue);
  }
}

/** Maps character offsets to 1-based line and column. */
export class LineIndex {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  locate(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}
