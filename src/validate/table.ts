/**
 * The table a CSV's records make, fed one record at a time in file order (record 0 is the
 * header): header checks, then each row read cell by cell (cells.ts), checked by the compiled
 * per-column checks and row rules (compile.ts), and, only when something fails, by zod, which
 * words the errors. Issues go to `staged`. The newest record is held back: a trailing newline's
 * empty last record is not a row. Rows read = accepted + rejected + blank skipped.
 */
import type { z } from "zod";
import {
  cellReader,
  cellScanner,
  fastReader,
  knownRefReader,
  SLOW,
  type CellReader,
  type CellScan,
  type FastReader,
  type RefRow,
} from "./cells.ts";
import { compileScanRow, scanning, scanQuotedRow, SCAN_PASS, type ScanRow } from "./scan.ts";
import { splitQuoted } from "./records.ts";
import { compileField, compileRowRules, type FieldCheck } from "./compile.ts";
import { checkHeader } from "./header.ts";
import type { ErrorType, FileStats, IssueSink } from "./issues.ts";
import { fieldMeta, metaOf } from "../schemas/fields.ts";
import { zodIssueMessage, zodIssueType } from "./zod-issues.ts";
import { normalizeText } from "../lib/normalize.ts";
import { ColumnStore, rowFactory, rowFiller } from "./store.ts";
import type { IdLookup } from "./keys.ts";

export interface TableResult {
  /**
   * The accepted rows as objects. A CSV table holds its rows by column (`store`) and makes these
   * only when asked (see store.ts): checks that run over every row read `column(t, field)`.
   */
  rows: Record<string, unknown>[];
  /** The accepted rows by column (CSV tables). */
  store?: ColumnStore;
  /** Physical line of each accepted row (parallel to `rows`). */
  lines: number[];
  stats: FileStats;
  /**
   * Ids of rejected rows (id -> line): they still count as existing for other files' references,
   * so one bad cell is one error, not one plus a foreign-key error for every row that cites it.
   */
  rejectedIds?: Map<string, number>;
  /**
   * Set by the cross-file checks: for some reference fields (cross.ts, KEEP_ROWS), the index of
   * the row of the target table that each row's reference names, -1 where there is none or it is
   * unknown.
   */
  refRows?: Record<string, Int32Array>;
  /**
   * Set while reading, for the reference fields whose target was read first (`KnownRefs`): the
   * target row each accepted row's cell named exactly, -1 for a cell the cross-file checks must
   * look up themselves (empty, normalised, unknown).
   */
  readRefRows?: Record<string, Int32Array>;
  /** Set by the cross-file checks when two accepted rows share an id. */
  duplicateIds?: boolean;
  /**
   * The file could not be read as a table (empty, bad format, unusable header). Its ids are then
   * unknown, not absent: other files' references to it are not checked.
   */
  failed?: boolean;
}

const TOTALS_LABELS = ["جمع", "جمع کل", "جمعکل", "مجموع", "total", "sum", "grand total"];
const TOTALS = new RegExp(`^(${TOTALS_LABELS.join("|")})$`, "i");
const TOTALS_LONGEST = Math.max(...TOTALS_LABELS.map((l) => l.length));

function isBlank(cells: string[]): boolean {
  for (let c = 0; c < cells.length; c++) if (cells[c].trim() !== "") return false;
  return true;
}

/** A totals label («جمع», "total") as one cell. */
const isTotalsLabel = (cell: string): boolean => {
  const t = cell.trim();
  return t.length <= TOTALS_LONGEST && TOTALS.test(t);
};

/** A label such as «جمع» or "total" in one of the first three cells. */
function isTotalsRow(cells: string[]): boolean {
  for (let c = 0; c < cells.length && c < 3; c++) if (isTotalsLabel(cells[c])) return true;
  return false;
}

/** What a FastRow says of a row: a cell needs the full reader, every check passes, or one fails. */
const SLOW_ROW = 0;
const ALL_PASS = 1;
const SOME_FAIL = 2;
type FastRow = (cells: string[], values: unknown[]) => typeof SLOW_ROW | typeof ALL_PASS | typeof SOME_FAIL;

/**
 * One function for a file's whole row, generated from its columns' fast readers and compiled
 * checks: each call in it always calls the same reader or check, so V8 can inline them (a loop over
 * the columns calls dozens of different functions from one place, and inlines none). It gives a row
 * without a SLOW cell the values the cell-by-cell loop in readRow gives it; every validator test
 * reads its rows through it. About 8% off reading observations.csv at 10^5 rows.
 */
function compileFastRow(fast: FastReader[], checks: FieldCheck[]): FastRow {
  const loop: FastRow = (cells, values) => {
    let pass = true;
    for (let c = 0; c < fast.length; c++) {
      const v = fast[c](cells[c]);
      if (v === SLOW) return SLOW_ROW;
      values[c] = v;
      if (pass && !checks[c](v)) pass = false;
    }
    return pass ? ALL_PASS : SOME_FAIL;
  };
  try {
    const body = fast
      .map((_, c) => `v = f${c}(cells[${c}]); if (v === SLOW) return 0; values[${c}] = v; if (!k${c}(v)) pass = false;`)
      .join("\n");
    const names = fast.map((_, c) => `f${c}`).concat(checks.map((_, c) => `k${c}`));
    const make = new Function(
      "SLOW",
      ...names,
      `return function fastRow(cells, values) { let v; let pass = true;\n${body}\nreturn pass ? 1 : 2; };`,
    );
    return make(SLOW, ...fast, ...checks) as FastRow;
  } catch {
    return loop;
  }
}

/** Fields whose column may be left out of the file (declared in the schema). */
export const absentFields = (schema: z.ZodObject): Set<string> =>
  new Set(
    Object.entries(schema.shape)
      .filter(([, t]) => metaOf(t as z.ZodType).mayBeAbsent)
      .map(([f]) => f),
  );

/** Reference fields whose target table is already read: its key index (keys.ts) and id column. */
export type KnownRefs = Record<string, { index: IdLookup; ids: ArrayLike<unknown> }>;

/**
 * `capacity`: the records the file holds, when known (the row store is made that long at once).
 * `refs`: reference fields resolved while reading (see KnownRefs, cells.ts knownRefReader).
 */
export function tableBuilder(
  file: string,
  schema: z.ZodObject,
  staged: IssueSink,
  lineOf: (record: number) => number,
  capacity = 0,
  refs: KnownRefs = {},
) {
  const stats: FileStats = { file, rowsRead: 0, accepted: 0, rejected: 0, blankSkipped: 0 };
  let store = new ColumnStore(Object.keys(schema.shape), 0);
  const result: TableResult = {
    get rows() {
      return store.rows();
    },
    get store() {
      return store;
    },
    lines: [],
    stats,
    rejectedIds: new Map(),
  };
  const err = (type: ErrorType, line: number, column: number, message: string, value?: string, field?: string) =>
    staged.add({ severity: "error", type, file, line, column, message, value, field });
  const expected = Object.keys(schema.shape);
  const optionalAbsent = absentFields(schema);
  const rowRules = compileRowRules(schema);
  let count = 0;
  let header: string[] = [];
  let columns: string[] | null | undefined; // undefined: the header is not checked yet
  let readers: CellReader[] = [];
  let fast: FastReader[] = [];
  let checks: FieldCheck[] = [];
  let fastRow: FastRow = () => SLOW_ROW;
  let width = 0;
  let idCol = -1;
  let last: string[] | undefined;
  let values: unknown[] = []; // one row's values, reused
  let makeRow: (values: ArrayLike<unknown>) => Record<string, unknown> = () => ({});
  // The row rules read a row object: one, refilled for each row.
  let scratch: Record<string, unknown> = {};
  let fill: (o: Record<string, unknown>, values: ArrayLike<unknown>) => void = () => {};
  let order: string[] = [];
  // Resolved reference columns: the column, where its reader notes the row, and the rows kept.
  let resolved: { c: number; at: RefRow; rows: Int32Array }[] = [];
  // Rows read in place (scan.ts), for records without quotes once the header is checked.
  let scanRow: ScanRow | undefined;
  let cellScans: CellScan[] = [];
  let scannedLast = false;
  const keepRefRows = (known: boolean) => {
    const n = store.length - 1;
    for (const ref of resolved) {
      if (n >= ref.rows.length) {
        const grown = new Int32Array(Math.max(16, ref.rows.length * 2));
        grown.set(ref.rows);
        ref.rows = grown;
      }
      ref.rows[n] = known ? ref.at.row : -1;
    }
  };
  const checkHeaderOnce = (next: string[] | undefined) => {
    columns = checkHeader(header, next, expected, file, staged, optionalAbsent);
    if (columns) {
      readers = columns.map((f) => cellReader(schema.shape[f] as z.ZodType, f));
      resolved = [];
      const scans = columns.map((f, c) => {
        const type = schema.shape[f] as z.ZodType;
        const general = fastReader(type, f);
        const refuse = c < 3 ? isTotalsLabel : undefined;
        const ref = Object.hasOwn(refs, f) ? refs[f] : undefined;
        const check = compileField(type);
        if (!ref) return { fast: general, check, scan: cellScanner(type, general, check, refuse) };
        const at: RefRow = { row: -1 };
        resolved.push({ c, at, rows: new Int32Array(Math.max(16, capacity - 1)) });
        const known = knownRefReader(general, ref.index, ref.ids, at);
        return { fast: known, check, scan: cellScanner(type, known, check, refuse, { ...ref, at }) };
      });
      fast = scans.map((s) => s.fast);
      checks = scans.map((s) => s.check);
      fastRow = compileFastRow(fast, checks);
      // Fields left out of the file get no value; the row object still has every field.
      const absent = expected.filter((f) => !columns!.includes(f));
      order = [...columns, ...absent];
      makeRow = rowFactory(order);
      fill = rowFiller(order);
      values = new Array(columns.length + absent.length).fill(undefined);
      scratch = makeRow(values);
      store = new ColumnStore(order, Math.max(0, capacity - 1));
      idCol = columns.indexOf("id");
      scanRow = scanning.enabled && columns.length === header.length ? compileScanRow((cellScans = scans.map((s) => s.scan))) : undefined;
    }
    width = header.length;
  };
  /** Reads record r in place; false when it must be split and read as before (nothing is changed then). */
  const scanAccept = (text: string, from: number, to: number, r: number, quoted: boolean): boolean => {
    const verdict = quoted ? scanQuotedRow(cellScans, text, from, to, values) : scanRow!(text, from, to, values);
    if (verdict !== SCAN_PASS) return false;
    if (rowRules !== undefined) {
      fill(scratch, values);
      if (!rowRules(scratch)) return false;
    }
    stats.rowsRead++;
    stats.accepted++;
    store.push(values);
    result.lines.push(lineOf(r));
    if (resolved.length) keepRefRows(true);
    return true;
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
      err(
        "missing-cell",
        line,
        cells.length + 1,
        `the row has ${cells.length} cells, the header ${width}: a comma is missing, or a cell with a comma needs "quotes"`,
        undefined,
        columns[cells.length],
      );
    } else if (cells.length > width) {
      err(
        "extra-cell",
        line,
        width + 1,
        `the row has ${cells.length} cells, the header ${width}: put "quotes" around a cell that holds a comma`,
        cells[width],
      );
    } else if (isTotalsRow(cells)) {
      const col = cells.findIndex((c) => TOTALS.test(c.trim()));
      err(
        "constraint-error",
        line,
        col + 1,
        "a totals row is not data: delete it (totals are computed by the site)",
        cells[col],
        columns[col],
      );
    } else {
      // Most rows are plain: one call reads them whole (fastRow); a row with any cell the fast
      // readers leave to the full reader goes through the cells one by one, with its issues.
      const fastVerdict = fastRow(cells, values);
      let pass = fastVerdict === ALL_PASS;
      for (let c = fastVerdict === SLOW_ROW ? 0 : width; c < width; c++) {
        // A plain cell: its value at once; anything else through the full reader (warnings, errors).
        const v = fast[c](cells[c]);
        if (v !== SLOW) {
          values[c] = v;
          if (pass && !checks[c](v)) pass = false;
          continue;
        }
        const res = readers[c](cells[c]);
        if (!res.ok) {
          err(res.type, line, c + 1, res.message, res.type === "cell-too-long" ? `${cells[c].slice(0, 40)}…` : cells[c], columns[c]);
          continue;
        }
        values[c] = res.value;
        if (pass && !checks[c](res.value)) pass = false;
        if (res.warnings.length > 0) {
          for (const w of res.warnings)
            staged.add({
              severity: "warning",
              type: "normalized",
              file,
              line,
              column: c + 1,
              field: columns[c],
              value: cells[c],
              message: w,
              fix: res.fixed,
            });
        }
      }
      if (staged.errorCount === before) {
        if (pass && rowRules !== undefined) fill(scratch, values);
        if (pass && (rowRules === undefined || rowRules(scratch))) {
          store.push(values);
          result.lines.push(line);
          if (resolved.length) keepRefRows(true);
        } else {
          // Something failed: zod, the specification, says what.
          const obj = makeRow(values);
          const checked = schema.safeParse(obj);
          if (checked.success) {
            const data = checked.data as Record<string, unknown>;
            store.push(order.map((f) => data[f]));
            result.lines.push(line);
            // zod may have changed a value: the cross-file checks look these up themselves.
            if (resolved.length) keepRefRows(false);
          } else {
            for (const issue of checked.error.issues) {
              const field = String(issue.path[0] ?? columns[0]);
              const c = columns.indexOf(field);
              const raw = c >= 0 ? cells[c] : undefined;
              const type = zodIssueType(issue, schema.shape[field] as z.ZodType | undefined, obj[field] === undefined);
              err(type, line, c + 1, zodIssueMessage(issue, type, raw), raw, field);
            }
          }
        }
      }
    }
    if (staged.errorCount === before) stats.accepted++;
    else {
      stats.rejected++;
      if (idCol >= 0 && idCol < cells.length) {
        const id = normalizeText(cells[idCol]).value;
        if (id !== "" && !result.rejectedIds!.has(id)) result.rejectedIds!.set(id, line);
      }
    }
  };

  return {
    get count() {
      return count;
    },
    record(cells: string[]): void {
      if (last) take(last, count - 1);
      last = cells;
      count++;
      scannedLast = false;
    },
    /** A record as its place in the text (`quoted`: it has quotes, known to be clean): read in place when it can be. */
    span(text: string, from: number, to: number, quoted = false): void {
      const split = () => (quoted ? splitQuoted(text, from, to)! : text.slice(from, to).split(","));
      if (!scanRow) {
        this.record(split());
        return;
      }
      if (last) take(last, count - 1);
      last = undefined;
      const r = count++;
      scannedLast = true;
      if (!scanAccept(text, from, to, r, quoted)) take(split(), r);
    },
    /** After the last record: the held-back record, the header if still unchecked, the stats. */
    finish(): TableResult {
      if (last && !(count > 1 && last.length === 1 && last[0] === "")) take(last, count - 1);
      else if (last || !scannedLast) count--;
      if (columns === undefined) checkHeaderOnce(undefined);
      store.trim();
      if (resolved.length) result.readRefRows = Object.fromEntries(resolved.map((r) => [columns![r.c], r.rows.subarray(0, store.length)]));
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
