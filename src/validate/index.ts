/**
 * Validates a data folder: reads every dataset in the registry, checks each row by its schema and
 * then across files. Pure apart from reading the files; returns errors, warnings, per-file counts
 * and, when valid, the typed data that the pages use (so there is no second parser). CSV rows are
 * held by column while they are checked (store.ts); each dataset's row objects are made when
 * `data` is first read for it, so validating alone (npm run validate) makes none.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { DATASETS, DATASET_NAMES, type Dataset, type DatasetName } from "../schemas/index.ts";
import { fieldMeta, metaOf } from "../schemas/fields.ts";
import { crossCheck } from "./cross.ts";
import { editorChecks } from "./editor.ts";
import { decodeUtf8, readCsvBytes, type KnownRefs, type TableResult } from "./csv.ts";
import { keyIndex } from "./keys.ts";
import { readJson } from "./json.ts";
import { IssueSink, type FileStats, type Issue } from "./issues.ts";
import { releaseInputs, type ReleaseInput } from "./release-state.ts";
import type { LedgerRow } from "../schemas/ledger.ts";
import { checkReleases, ledgerPath, ledgerSchema, type LedgerFile } from "./releases.ts";
import { column, rowCount } from "./store.ts";

export interface Report {
  valid: boolean;
  errors: Issue[];
  warnings: Issue[];
  /** Totals, including issues past the cap. */
  errorCount: number;
  warningCount: number;
  stats: FileStats[];
  /** The validated data, present only when valid. */
  data?: Dataset;
  /** The release ledgers as read (data/releases/<id>.csv), in release order. */
  ledgers?: LedgerFile[];
  /** Physical line of each row, per dataset (for messages from later stages). */
  lines?: Record<DatasetName, number[]>;
}

export interface ValidateOptions {
  /** Most issues kept per severity (the rest are counted). */
  cap?: number;
  /** Reads a file; replaceable in tests. */
  readFile?: (path: string) => Uint8Array;
  /** Today, Jalali YYYY-MM-DD (for dates in the future; tests fix it). */
  todayJalali?: string;
  /** Skip the release checks (npm run release computes the changes itself). */
  skipReleases?: boolean;
  /** Today's Gregorian date (YYYY-MM-DD) for date checks; replaceable in tests. */
  today?: string;
}

/** Reads each release's ledger (data/releases/<id>.csv) with its bytes, for the release checks. */
function readLedgers(
  dir: string,
  tables: Partial<Record<DatasetName, TableResult>>,
  read: (p: string) => Uint8Array,
  sink: IssueSink,
  stats: FileStats[],
): LedgerFile[] {
  return (tables.releases?.rows ?? []).map((r) => {
    const file = ledgerPath(r.id as string);
    let bytes: Uint8Array;
    try {
      bytes = read(join(dir, file));
    } catch {
      return { release: r.id as string, file, table: null };
    }
    const table = readCsvBytes(bytes, file, ledgerSchema, sink);
    if (table) stats.push(table.stats);
    return { release: r.id as string, file, bytes, table };
  });
}

/** A dataset with a most number of rows (featured figures): the first row past it is refused. */
function checkMaxRows(table: TableResult, file: string, schema: z.ZodObject, sink: IssueSink): void {
  const max = fieldMeta.get(schema)?.maxRows;
  const n = rowCount(table);
  if (max === undefined || n <= max) return;
  sink.add({
    severity: "error",
    type: "constraint-error",
    file,
    line: table.lines[max],
    column: 1,
    field: "id",
    value: String(column(table, "id")[max]),
    message: `at most ${max} rows: the home page shows ${max} featured figures; remove ${n - max}`,
  });
}

/**
 * The single-id reference fields of a schema whose target file is already read (DATASET_NAMES
 * order: sources.csv before observations.csv): the reader resolves them as it reads.
 */
export function knownRefs(schema: z.ZodObject, tables: Partial<Record<DatasetName, TableResult>>): KnownRefs {
  const refs: KnownRefs = {};
  for (const [field, type] of Object.entries(schema.shape)) {
    const meta = metaOf(type as z.ZodType);
    const target = tables[meta.ref as DatasetName];
    if (!target || meta.kind === "idList") continue;
    refs[field] = { index: keyIndex(target).rows, ids: column(target, "id") };
  }
  return refs;
}

/** The release history of a valid report, ready for the model (no releases: empty). */
export function historyOf(report: Report): ReleaseInput[] {
  if (!report.data) return [];
  const rows = new Map((report.ledgers ?? []).map((l) => [l.release, (l.table?.rows ?? []) as unknown as LedgerRow[]]));
  return releaseInputs(report.data.releases, report.data.withdrawals, rows);
}

export function validateDataDir(dir: string, options: ValidateOptions = {}): Report {
  const sink = new IssueSink(options.cap ?? 1000);
  const read = options.readFile ?? ((p: string) => readFileSync(p));
  const tables: Partial<Record<DatasetName, TableResult>> = {};
  const stats: FileStats[] = [];
  for (const name of DATASET_NAMES) {
    const { file, format, schema } = DATASETS[name];
    let bytes: Uint8Array;
    try {
      bytes = read(join(dir, file));
    } catch (e) {
      sink.add({
        severity: "error",
        type: "io-error",
        file,
        line: 1,
        column: 1,
        message: `cannot read the file: ${(e as Error).message.split("\n")[0]}`,
      });
      continue;
    }
    let table: TableResult | null;
    if (format === "csv") table = readCsvBytes(bytes, file, schema, sink, knownRefs(schema, tables));
    else {
      const text = decodeUtf8(bytes, file, sink);
      table = text === null ? null : readJson(text, file, schema, sink);
    }
    if (table === null) continue;
    checkMaxRows(table, file, schema, sink);
    // A file that could not be read as a table is left out of the cross-file checks (see `failed`).
    if (!table.failed) tables[name] = table;
    stats.push(table.stats);
  }
  crossCheck(tables, sink);
  const ledgers = readLedgers(dir, tables, read, sink, stats);
  if (!options.skipReleases) checkReleases(tables, ledgers, sink, options.today);
  editorChecks(tables, sink, { today: options.todayJalali });
  const valid = sink.errorCount === 0;
  const report: Report = {
    valid,
    errors: sink.errors,
    warnings: sink.warnings,
    errorCount: sink.errorCount,
    warningCount: sink.warningCount,
    stats,
  };
  report.ledgers = ledgers;
  if (valid) {
    // Row objects are made when a dataset is first read (store.ts): validation alone makes none.
    const data = {} as Record<DatasetName, unknown>;
    for (const n of DATASET_NAMES) {
      const t = tables[n]!;
      const settle = (value: unknown) => Object.defineProperty(data, n, { value, enumerable: true, configurable: true, writable: true });
      Object.defineProperty(data, n, { enumerable: true, configurable: true, get: () => (settle(t.rows), t.rows), set: settle });
    }
    report.data = data as unknown as Dataset;
    report.lines = Object.fromEntries(DATASET_NAMES.map((n) => [n, tables[n]!.lines])) as Record<DatasetName, number[]>;
  }
  return report;
}
