/**
 * Reads one CSV dataset: bytes -> strict UTF-8 (decode.ts) -> records (records.ts: one record
 * loop, whole text or pieces) -> header and rows (header.ts, table.ts). Every problem becomes an
 * Issue with its physical line and column; nothing is dropped silently.
 */
import type { z } from "zod";
import { IssueSink } from "./issues.ts";
import { bomWarning, decodeUtf8 } from "./decode.ts";
import { csvChunking, forEachRecord, planPieces, recordStartLines, type RecordsEnd } from "./records.ts";
import { tableBuilder, type KnownRefs, type TableResult } from "./table.ts";

export type { KnownRefs, TableResult } from "./table.ts";
export { decodeUtf8 } from "./decode.ts";
export { csvChunking } from "./records.ts";

const emptyResult = (file: string): TableResult => ({
  rows: [],
  lines: [],
  stats: { file, rowsRead: 0, accepted: 0, rejected: 0, blankSkipped: 0 },
  failed: true,
});

/** Parses pieces into a table; undefined when the pieces cannot be trusted. */
function readRecords(
  pieces: Iterable<string>,
  newline: "\n" | "\r\n" | undefined,
  starts: Int32Array,
  file: string,
  schema: z.ZodObject,
  sink: IssueSink,
  bom: boolean,
  refs?: KnownRefs,
): TableResult | undefined {
  const lineOf = (row: number) => starts[row] ?? starts[starts.length - 1];
  // A quote error anywhere is the one error reported for the file, ahead of any header or row
  // issue, so what rows report waits in `staged` until the whole file has parsed.
  const staged = new IssueSink(sink.cap);
  const table = tableBuilder(file, schema, staged, lineOf, starts.length, refs);
  let end: RecordsEnd;
  try {
    end = forEachRecord(
      pieces,
      newline,
      (cells) => table.record(cells),
      (text, from, to, quoted) => table.span(text, from, to, quoted),
    );
  } catch {
    return undefined; // bad UTF-8 in a piece: decodeUtf8 finds and reports the line
  }
  if (end.untrusted) return undefined;
  if (bom) sink.add(bomWarning(file));
  if (end.quoteError) {
    const { code, record } = end.quoteError;
    sink.add({
      severity: "error",
      type: "format-error",
      file,
      line: lineOf(record),
      column: 1,
      message:
        code === "MissingQuotes"
          ? "a quote is opened and never closed: close it, or remove it"
          : 'a quote inside an unquoted cell: put the whole cell in quotes and double the quote ("")',
    });
    return emptyResult(file);
  }
  const result = table.finish();
  replay(staged, sink);
  return result;
}

export function readCsv(text: string, file: string, schema: z.ZodObject, sink: IssueSink, refs?: KnownRefs): TableResult {
  if (text.trim() === "") {
    sink.add({ severity: "error", type: "empty-file", file, line: 1, column: 1, message: "the file is empty" });
    return emptyResult(file);
  }
  return readRecords([text], undefined, recordStartLines(text), file, schema, sink, false, refs)!;
}

/**
 * Reads a CSV file from its bytes: a large file in pieces (see records.ts), anything else, and any
 * file the pieces cannot be trusted on, as one text. Null when the bytes are not UTF-8 (reported).
 * `refs`: reference fields to resolve while reading (table.ts, KnownRefs).
 */
export function readCsvBytes(bytes: Uint8Array, file: string, schema: z.ZodObject, sink: IssueSink, refs?: KnownRefs): TableResult | null {
  if (bytes.length > csvChunking.threshold) {
    const plan = planPieces(bytes);
    const table = plan && readRecords(plan.texts, plan.newline, plan.starts, file, schema, sink, plan.bom, refs);
    if (table) return table;
  }
  const text = decodeUtf8(bytes, file, sink);
  return text === null ? null : readCsv(text, file, schema, sink, refs);
}

/** Adds the issues held in `from` to `to`, as if they had been added there one by one. */
function replay(from: IssueSink, to: IssueSink): void {
  for (const e of from.errors) to.add(e);
  for (const w of from.warnings) to.add(w);
  to.errorCount += from.errorCount - from.errors.length;
  to.warningCount += from.warningCount - from.warnings.length;
}
