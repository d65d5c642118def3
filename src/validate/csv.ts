/**
 * Reads one CSV dataset: bytes -> strict UTF-8 -> papaparse (no dynamicTyping) -> header checks ->
 * one typed, zod-validated object per row. Every problem becomes an Issue with its physical line
 * and column; nothing is dropped silently, and rows read = accepted + rejected + blank skipped.
 */
import Papa from "papaparse";
import type { z } from "zod";
import { cellReader, type CellReader } from "./cells.ts";
import { IssueSink, type ErrorType, type FileStats, type Issue } from "./issues.ts";
import { comparisonKey } from "../lib/normalize.ts";
import { fieldMeta } from "../schemas/fields.ts";
import { zodIssueMessage, zodIssueType } from "./zod-issues.ts";

export interface TableResult {
  rows: Record<string, unknown>[];
  /** Physical line of each accepted row (parallel to `rows`). */
  lines: number[];
  stats: FileStats;
  /**
   * The file could not be read as a table (empty, bad format, unusable header). Its ids are then
   * unknown, not absent: other files' references to it are not checked, so one broken file gives
   * one error instead of a foreign-key error for every row that points at it.
   */
  failed?: boolean;
}

const bomWarning = (file: string): Issue => ({ severity: "warning", type: "normalized", file, line: 1, column: 1, message: "removed the UTF-8 byte-order mark" });

/** Decodes bytes as strict UTF-8; reports the line of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, file: string, sink: IssueSink): string | null {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    sink.add({ severity: "error", type: "encoding-error", file, line: 1, column: 1, message: "the file is UTF-16; save it as \"CSV UTF-8\"" });
    return null;
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
    sink.add(bomWarning(file));
  }
  const body = bytes.subarray(start);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    // Find the first line that does not decode, to point the maintainer at it.
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i <= body.length; i++) {
      if (i === body.length || body[i] === 0x0a) {
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(body.subarray(lineStart, i));
        } catch {
          break;
        }
        line++;
        lineStart = i + 1;
      }
    }
    sink.add({ severity: "error", type: "encoding-error", file, line, column: 1, message: "not valid UTF-8 (Excel's Windows-1256 \"CSV\"?): save as \"CSV UTF-8\"" });
    return null;
  }
}

/** The physical line on which each CSV record starts (quote-aware, so multi-line cells count). */
function recordStartLines(text: string): Int32Array {
  const starts: number[] = [1];
  let line = 1;
  let quoted = false;
  // Jumps from quote to line break with indexOf (fast native search) instead of testing every
  // character; a quote before the next line break toggles first, as in a character-by-character scan.
  let q = text.indexOf('"');
  let n = text.indexOf("\n");
  while (n !== -1) {
    if (q !== -1 && q < n) {
      quoted = !quoted;
      q = text.indexOf('"', q + 1);
      continue;
    }
    line++;
    if (!quoted) starts.push(line);
    n = text.indexOf("\n", n + 1);
  }
  return Int32Array.from(starts);
}

const TOTALS_LABELS = ["جمع", "جمع کل", "جمعکل", "مجموع", "total", "sum", "grand total"];
const TOTALS = new RegExp(`^(${TOTALS_LABELS.join("|")})$`, "i");

// Plain loops for the two checks every row meets (no slice, no closures).
function isBlank(cells: string[]): boolean {
  for (let c = 0; c < cells.length; c++) if (cells[c].trim() !== "") return false;
  return true;
}

/** The longest totals label: a longer cell cannot be one (saves a regex test per cell). */
const TOTALS_LONGEST = Math.max(...TOTALS_LABELS.map((l) => l.length));

/** A label such as «جمع» or "total" in one of the first three cells. */
function isTotalsRow(cells: string[]): boolean {
  for (let c = 0; c < cells.length && c < 3; c++) {
    const t = cells[c].trim();
    if (t.length <= TOTALS_LONGEST && TOTALS.test(t)) return true;
  }
  return false;
}

const QUOTE_ERRORS = new Set(["MissingQuotes", "InvalidQuotes"]);

/** The one error reported for a file with a quote error, and the table it leaves. */
function quoteFailure(file: string, line: number, code: string, sink: IssueSink): TableResult {
  sink.add({ severity: "error", type: "format-error", file, line, column: 1, message: code === "MissingQuotes" ? "a quote is opened and never closed" : "a quote inside an unquoted cell", value: undefined, field: undefined });
  return { rows: [], lines: [], stats: { file, rowsRead: 0, accepted: 0, rejected: 0, blankSkipped: 0 }, failed: true };
}

export function readCsv(text: string, file: string, schema: z.ZodObject, sink: IssueSink): TableResult {
  if (text.trim() === "") {
    sink.add({ severity: "error", type: "empty-file", file, line: 1, column: 1, message: "the file is empty", value: undefined, field: undefined });
    return { rows: [], lines: [], stats: { file, rowsRead: 0, accepted: 0, rejected: 0, blankSkipped: 0 }, failed: true };
  }
  const starts = recordStartLines(text);
  const lineOf = (row: number) => starts[row] ?? starts[starts.length - 1];
  // A quote error anywhere is the one error reported for the file, ahead of any header or row
  // issue. Records are read one at a time as the parser yields them (a million rows of cells never
  // sit in memory together), so what they report waits in `staged` until the whole file has parsed.
  const staged = new IssueSink(sink.cap);
  const table = tableBuilder(file, schema, staged, lineOf);
  let quoteError: { code: string; record: number } | undefined;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    step: (res, parser) => {
      const quote = res.errors.find((e) => QUOTE_ERRORS.has(e.code));
      if (quote) {
        quoteError = { code: quote.code, record: table.count };
        parser.abort();
        return;
      }
      table.record(res.data);
    },
  });
  if (quoteError) return quoteFailure(file, lineOf(quoteError.record), quoteError.code, sink);
  const result = table.finish();
  replay(staged, sink);
  return result;
}

/**
 * The table a CSV's records make, fed one record at a time in file order (record 0 is the
 * header): header checks, then each row read, typed and checked by its schema. Issues go to
 * `staged`. The newest record is held back: a trailing newline's empty last record is not a row.
 */
function tableBuilder(file: string, schema: z.ZodObject, staged: IssueSink, lineOf: (record: number) => number) {
  const stats: FileStats = { file, rowsRead: 0, accepted: 0, rejected: 0, blankSkipped: 0 };
  const result: TableResult = { rows: [], lines: [], stats };
  const err = (type: ErrorType, line: number, column: number, message: string, value?: string, field?: string) =>
    staged.add({ severity: "error", type, file, line, column, message, value, field });
  const expected = Object.keys(schema.shape);
  let count = 0;
  let header: string[] = [];
  let columns: string[] | null | undefined; // undefined: the header is not checked yet
  let readers: CellReader[] = [];
  let width = 0;
  let last: string[] | undefined;
  let values: unknown[] = []; // one row's values, reused
  let makeRow: (values: unknown[]) => Record<string, unknown> = () => ({});
  const checkHeaderOnce = (next: string[] | undefined) => {
    columns = checkHeader(header, next, expected, file, staged);
    if (columns) {
      readers = columns.map((f) => cellReader(schema.shape[f] as z.ZodType));
      makeRow = rowFactory(columns);
      values = new Array(columns.length);
    }
    width = header.length;
  };
  const take = (cells: string[], r: number) => {
    if (r === 0) {
      header = cells;
      return;
    }
    if (columns === undefined) checkHeaderOnce(cells);
    if (columns) readRow(cells, r, columns);
  };
  const readRow = (cells: string[], r: number, columns: string[]) => {
    const line = lineOf(r);
    stats.rowsRead++;
    if (isBlank(cells)) {
      stats.blankSkipped++;
      return;
    }
    const before = staged.errorCount;
    if (cells.length < width) {
      err("missing-cell", line, cells.length + 1, `the row has ${cells.length} cells, the header ${width}`, undefined, columns[cells.length]);
    } else if (cells.length > width) {
      err("extra-cell", line, width + 1, `the row has ${cells.length} cells, the header ${width}`, cells[width]);
    } else if (isTotalsRow(cells)) {
      const col = cells.findIndex((c) => TOTALS.test(c.trim()));
      err("constraint-error", line, col + 1, "a totals row is not data: totals are computed by the site", cells[col], columns[col]);
    } else {
      for (let c = 0; c < width; c++) {
        const res = readers[c](cells[c]);
        if (!res.ok) {
          err(res.type, line, c + 1, res.message, cells[c], columns[c]);
          continue;
        }
        values[c] = res.value;
        for (const w of res.warnings) staged.add({ severity: "warning", type: "normalized", file, line, column: c + 1, field: columns[c], value: cells[c], message: w });
      }
      if (staged.errorCount === before) {
        // Every cell was read, so every column has its value for this row.
        const obj = makeRow(values);
        const checked = schema.safeParse(obj);
        if (checked.success) {
          result.rows.push(checked.data as Record<string, unknown>);
          result.lines.push(line);
        } else {
          for (const issue of checked.error.issues) {
            const field = String(issue.path[0] ?? columns[0]);
            const c = columns.indexOf(field);
            const raw = c >= 0 ? cells[c] : undefined;
            const type = zodIssueType(issue, schema.shape[field] as z.ZodType | undefined, obj[field] === undefined);
            err(type, line, c + 1, zodIssueMessage(issue, type), raw, field);
          }
        }
      }
    }
    if (staged.errorCount === before) stats.accepted++;
    else stats.rejected++;
  };

  return {
    /** Records received so far. */
    get count() {
      return count;
    },
    record(cells: string[]): void {
      if (last) take(last, count - 1);
      last = cells;
      count++;
    },
    /** After the last record: the held-back record, the header if still unchecked, the stats. */
    finish(): TableResult {
      if (last && !(count > 1 && last.length === 1 && last[0] === "")) take(last, count - 1);
      else count--;
      if (columns === undefined) checkHeaderOnce(undefined);
      const dataRows = count - 1;
      if (!columns) {
        stats.rowsRead = dataRows;
        stats.rejected = dataRows;
        result.failed = true;
      } else if (dataRows === 0 && !fieldMeta.get(schema)?.mayBeEmpty) {
        err("empty-file", 1, 1, "the file has a header but no rows");
        result.failed = true;
      }
      return result;
    },
  };
}

/**
 * Files above `threshold` bytes are decoded and parsed in pieces of about `chunk` bytes, cut
 * where a record ends, so the whole decoded text (twice the file's size for Persian text) never
 * sits in memory at once: at a million rows it is the difference between ~1.2 and ~1.7 GB peak.
 * Smaller files, and any file the pieces cannot be trusted on, take the whole-text path. Tests may
 * lower both numbers to push every file through the pieces.
 */
export const csvChunking = { threshold: 16 << 20, chunk: 8 << 20 };

/**
 * Reads a CSV file from its bytes: the whole-text path (decodeUtf8, then readCsv) or, for a large
 * file, the same records read in pieces. Returns null when the bytes are not UTF-8 (reported).
 */
export function readCsvBytes(bytes: Uint8Array, file: string, schema: z.ZodObject, sink: IssueSink): TableResult | null {
  if (bytes.length > csvChunking.threshold) {
    const table = readCsvInPieces(bytes, file, schema, sink);
    if (table) return table;
  }
  const text = decodeUtf8(bytes, file, sink);
  return text === null ? null : readCsv(text, file, schema, sink);
}

const isAsciiSpace = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);

/**
 * readCsv on pieces of the bytes, with the same result. A piece ends just after a line break
 * outside quotes (as recordStartLines counts them; '"' and line breaks are single bytes in UTF-8,
 * never inside a multi-byte character) and is parsed on its own, with the line ending papaparse
 * guesses for the whole text. A cut is a true record boundary unless an earlier quote was odd; then
 * papaparse reports an unclosed quote in that piece, and the whole-text path takes over. Returns
 * undefined (nothing reported) whenever the whole-text path must decide: UTF-16, bad UTF-8, an
 * empty-looking file, an unusual line ending, an unclosed quote before the last piece.
 */
function readCsvInPieces(bytes: Uint8Array, file: string, schema: z.ZodObject, sink: IssueSink): TableResult | undefined {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return undefined;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + (bom ? 3 : 0), bytes.byteLength - (bom ? 3 : 0));
  // text.trim() === "" cannot hold if the first byte that is not an ASCII space is ASCII.
  let first = 0;
  while (first < body.length && isAsciiSpace(body[first])) first++;
  if (first === body.length || body[first] >= 0x80) return undefined;
  // papaparse guesses the line ending from the text's first 1M characters (at most 4 bytes each).
  const prefix = new TextDecoder("utf-8").decode(body.subarray(0, Math.min(body.length, (4 << 20) + 4)));
  const newline = Papa.parse<string[]>(prefix, { delimiter: ",", header: false, preview: 1 }).meta.linebreak;
  if (newline !== "\n" && newline !== "\r\n") return undefined;

  // Record start lines (as recordStartLines) and the cuts, in one scan of the bytes.
  const startLines: number[] = [1];
  const cuts: number[] = [];
  let line = 1;
  let quoted = false;
  let lastCut = 0;
  let q = body.indexOf(0x22);
  let n = body.indexOf(0x0a);
  while (n !== -1) {
    if (q !== -1 && q < n) {
      quoted = !quoted;
      q = body.indexOf(0x22, q + 1);
      continue;
    }
    line++;
    if (!quoted) {
      startLines.push(line);
      if (n + 1 - lastCut >= csvChunking.chunk && n + 1 < body.length && (newline === "\n" || (n > 0 && body[n - 1] === 0x0d))) {
        cuts.push(n + 1);
        lastCut = n + 1;
      }
    }
    n = body.indexOf(0x0a, n + 1);
  }
  cuts.push(body.length);
  const starts = Int32Array.from(startLines);
  const lineOf = (row: number) => starts[row] ?? starts[starts.length - 1];

  const staged = new IssueSink(sink.cap);
  const table = tableBuilder(file, schema, staged, lineOf);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let quoteError: { code: string; record: number } | undefined;
  let trusted = true;
  let from = 0;
  for (let k = 0; k < cuts.length && !quoteError && trusted; k++) {
    const final = k === cuts.length - 1;
    let text: string;
    try {
      text = decoder.decode(body.subarray(from, cuts[k]), { stream: !final });
    } catch {
      return undefined; // not UTF-8: decodeUtf8 finds and reports the line
    }
    from = cuts[k];
    // A piece ends with a line break, so its last record is an empty one that is not in the file.
    let held: string[] | undefined;
    let records = table.count;
    Papa.parse<string[]>(text, {
      delimiter: ",",
      header: false,
      skipEmptyLines: false,
      dynamicTyping: false,
      newline,
      step: (res, parser) => {
        const quote = res.errors.find((e) => QUOTE_ERRORS.has(e.code));
        if (quote) {
          if (quote.code === "MissingQuotes" && !final) trusted = false;
          else quoteError = { code: quote.code, record: records };
          parser.abort();
          return;
        }
        if (held) table.record(held);
        held = res.data;
        records++;
      },
    });
    if (quoteError || !trusted) break;
    if (final) {
      if (held) table.record(held);
    } else if (!held || held.length !== 1 || held[0] !== "") trusted = false;
  }
  if (!trusted) return undefined;
  if (bom) sink.add(bomWarning(file));
  if (quoteError) return quoteFailure(file, lineOf(quoteError.record), quoteError.code, sink);
  const result = table.finish();
  replay(staged, sink);
  return result;
}

/**
 * Builds a row object keyed by the columns' fields, in column order. Compiled once per file into
 * one object literal: filling `{}` key by key with changing names is dozens of times slower
 * (about 2.5 s per million rows of 25 columns). Field names come from the schema.
 */
function rowFactory(columns: string[]): (values: unknown[]) => Record<string, unknown> {
  const loop = (v: unknown[]) => {
    const o: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) o[columns[c]] = v[c];
    return o;
  };
  if (columns.some((c) => c === "__proto__")) return loop;
  try {
    return new Function("v", `return { ${columns.map((c, i) => `${JSON.stringify(c)}: v[${i}]`).join(", ")} };`) as (values: unknown[]) => Record<string, unknown>;
  } catch {
    return loop; // where code generation is not allowed
  }
}

/** Adds the issues held in `from` to `to`, as if they had been added there one by one. */
function replay(from: IssueSink, to: IssueSink): void {
  for (const e of from.errors) to.add(e);
  for (const w of from.warnings) to.add(w);
  to.errorCount += from.errorCount - from.errors.length;
  to.warningCount += from.warningCount - from.warnings.length;
}

/**
 * Checks the header against the schema's fields (any order). Returns the field of each column,
 * or null when the header is unusable. Labels that differ only by Arabic letters, ZWNJ, spaces
 * or case are accepted with a warning.
 */
function checkHeader(header: string[], next: string[] | undefined, expected: string[], file: string, sink: IssueSink): string[] | null {
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
      err("blank-label", i + 1, "a blank column name");
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
      err("duplicate-label", i + 1, `column ${field} appears twice (first in column ${seen.get(field)! + 1})`, label);
      ok = false;
    }
    seen.set(field, i);
    if (label !== field) sink.add({ severity: "warning", type: "normalized", file, line: 1, column: i + 1, field, value: label, message: `read column name as ${field}` });
    columns.push(field);
  });
  const missing = expected.filter((f) => !seen.has(f));
  for (const i of unknown) {
    const guess = closest(header[i], missing);
    if (guess) {
      err("incorrect-label", i + 1, `unknown column name; did you mean ${guess}?`, header[i]);
      missing.splice(missing.indexOf(guess), 1);
    } else {
      err("extra-label", i + 1, `column not in the schema (expected: ${expected.join(", ")})`, header[i]);
    }
    ok = false;
  }
  for (const f of missing) {
    err("missing-label", header.length + 1, `column ${f} is missing`, f);
    ok = false;
  }
  return ok ? columns : null;
}

/** The expected name closest to a misspelled label (edit distance at most a third of its length). */
function closest(label: string, candidates: string[]): string | undefined {
  const a = comparisonKey(label);
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(a, comparisonKey(c));
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor((best.length) / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
