/**
 * A table's primary-key index: each id -> the index of the first accepted row with it, and -1 for
 * an id that only a rejected row has (it still exists for other files' references: one bad cell is
 * one error, not one plus a foreign-key error for every row that cites it). Made once per table
 * and shared: the reader of a later file resolves its references with it while reading (cells.ts,
 * knownRefReader), and the cross-file checks report the duplicates it found.
 */
import type { TableResult } from "./table.ts";
import { column, rowCount } from "./store.ts";

export interface KeyIndex {
  /** id -> first accepted row, or -1 (only rejected rows have it). */
  rows: Map<string, number>;
  /** Rows whose id an earlier row has, as pairs (row, first row). */
  duplicates: number[];
}

const made = new WeakMap<TableResult, KeyIndex>();

/** The table's key index, made on first use (the table must be complete). */
export function keyIndex(t: TableResult): KeyIndex {
  let index = made.get(t);
  if (index) return index;
  const rows = new Map<string, number>();
  const duplicates: number[] = [];
  const ids = column(t, "id") as string[];
  const n = rowCount(t);
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    const first = rows.get(id);
    if (first !== undefined) duplicates.push(i, first);
    else rows.set(id, i);
  }
  for (const id of t.rejectedIds?.keys() ?? []) if (!rows.has(id)) rows.set(id, -1);
  index = { rows, duplicates };
  made.set(t, index);
  return index;
}
