/**
 * The header of a CSV dataset against its schema's fields (any order): blank, duplicate,
 * misspelled (with "did you mean"), extra and missing labels, a title row above the header, a
 * wrong delimiter. Labels that differ only by Arabic letters, ZWNJ, spaces or case are accepted
 * with a warning. A missing column is reported where it belongs (after the schema field before it).
 */
import type { ErrorType, IssueSink } from "./issues.ts";
import { comparisonKey } from "../lib/normalize.ts";
import { closest } from "./suggest.ts";

/**
 * Returns the field of each column, or null when the header is unusable. `optional` fields may be
 * left out of the file (each is declared so in its schema: a column added after the data).
 */
export function checkHeader(
  header: string[],
  next: string[] | undefined,
  expected: string[],
  file: string,
  sink: IssueSink,
  mayBeAbsent: ReadonlySet<string> = new Set(),
): string[] | null {
  const err = (type: ErrorType, column: number, message: string, value?: string) =>
    sink.add({ severity: "error", type, file, line: 1, column, message, value });
  const byKey = new Map(expected.map((f) => [comparisonKey(f), f]));

  if (header.length === 1 && /[;\t]/.test(header[0])) {
    err("format-error", 1, "the header is one cell holding ; or tabs: use commas as the delimiter", header[0]);
    return null;
  }
  const matches = (row: string[] | undefined) => (row ?? []).filter((l) => byKey.has(comparisonKey(l))).length;
  if (matches(header) === 0 && matches(next) >= Math.min(2, expected.length)) {
    err("format-error", 1, "a title row stands above the header: the header must be line 1", header.find((h) => h.trim() !== "") ?? "");
    return null;
  }

  const columns: string[] = [];
  const seen = new Map<string, number>();
  const unknown: number[] = [];
  let ok = true;
  header.forEach((label, i) => {
    if (label.trim() === "") {
      err("blank-label", i + 1, "a blank column name: name the column or delete it");
      ok = false;
      columns.push("");
      return;
    }
    const field = byKey.get(comparisonKey(label));
    if (!field) {
      unknown.push(i);
      columns.push("");
      return;
    }
    if (seen.has(field)) {
      err("duplicate-label", i + 1, `column ${field} appears twice (first in column ${seen.get(field)! + 1}): delete one`, label);
      ok = false;
    }
    seen.set(field, i);
    if (label !== field)
      sink.add({
        severity: "warning",
        type: "normalized",
        file,
        line: 1,
        column: i + 1,
        field,
        value: label,
        message: `read column name as ${field}`,
        fix: field,
      });
    columns.push(field);
  });
  const missing = expected.filter((f) => !seen.has(f) && !mayBeAbsent.has(f));
  for (const i of unknown) {
    const guess = closest(header[i], missing);
    if (guess) {
      err("incorrect-label", i + 1, `unknown column name; did you mean ${guess}?`, header[i]);
      missing.splice(missing.indexOf(guess), 1);
    } else {
      err("extra-label", i + 1, `column not in the schema: delete it (expected: ${expected.join(", ")})`, header[i]);
    }
    ok = false;
  }
  for (const f of missing) {
    // Where it belongs: after the nearest schema field before it that the header has.
    const k = expected.indexOf(f);
    const before = expected
      .slice(0, k)
      .reverse()
      .find((e) => seen.has(e));
    const column = before === undefined ? 1 : seen.get(before)! + 2;
    err(
      "missing-label",
      column,
      before === undefined ? `column ${f} is missing: add it as the first column` : `column ${f} is missing: add it after ${before}`,
      f,
    );
    ok = false;
  }
  return ok ? columns : null;
}
