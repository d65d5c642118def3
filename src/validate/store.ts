/**
 * A table's accepted rows kept by column: one array per field, filled as the record loop accepts
 * each row. A million rows are then a few dozen long arrays (which the garbage collector leaves in
 * place) instead of a million row objects (each copied as it ages), and the cross-file and
 * editor's checks read a column as an array. Row objects, for the model and the pages, are made
 * only when asked for (`rows`, once, or one `row(i)`), with the same keys in the same order as the
 * record loop made them before.
 *
 * A table read from JSON (small files), or one that a test writes by hand, holds row objects
 * only; `column` and `rowAt` read either kind.
 */
/** What the readers below need of a table (table.ts's TableResult is one). */
export interface Rows {
  rows: Record<string, unknown>[];
  store?: ColumnStore;
}

/**
 * One column's values. An array is made only when the first value arrives (a column left empty in
 * every row, as most optional ones are, costs nothing); a column whose every value is a number is
 * a Float64Array (no boxed number per row), turned into an array if anything else comes.
 */
type Values = unknown[] | Float64Array;
const EMPTY: readonly unknown[] = Object.freeze([]);

export class ColumnStore {
  length = 0;
  /** One array per field, in `fields` order (EMPTY while no row has a value). */
  private readonly cols: Values[];
  private capacity: number;
  private made?: Record<string, unknown>[];
  private readonly make: (values: ArrayLike<unknown>) => Record<string, unknown>;

  /**
   * `fields`: in the order row objects list their keys (the file's columns, then fields the file
   * leaves out). `capacity`: the most rows expected (columns grow past it if need be).
   */
  constructor(
    readonly fields: string[],
    capacity: number,
  ) {
    this.capacity = Math.max(16, capacity);
    this.cols = fields.map(() => EMPTY as unknown[]);
    this.make = rowFactory(fields);
  }

  /** Appends one row, its values in `fields` order. */
  push(values: ArrayLike<unknown>): void {
    const n = this.length++;
    const cols = this.cols;
    for (let c = 0; c < cols.length; c++) {
      const v = values[c];
      const col = cols[c];
      if (col instanceof Float64Array) {
        if (typeof v === "number" && n < col.length) col[n] = v;
        else this.widen(c, n, v);
      } else if (col !== EMPTY) col[n] = v;
      else if (v !== undefined) this.start(c, n, v);
    }
  }

  /** The first value of column c, at row n. */
  private start(c: number, n: number, v: unknown): void {
    if (n === 0 && typeof v === "number") {
      const col = new Float64Array(this.capacity);
      col[0] = v;
      this.cols[c] = col;
      return;
    }
    const col = new Array(Math.max(this.capacity, n + 1));
    col[n] = v;
    this.cols[c] = col;
  }

  /** A number column meets a value that is not a number, or is full. */
  private widen(c: number, n: number, v: unknown): void {
    const old = this.cols[c] as Float64Array;
    if (typeof v === "number") {
      const grown = new Float64Array(old.length * 2);
      grown.set(old);
      grown[n] = v;
      this.cols[c] = grown;
      return;
    }
    const col = new Array(Math.max(this.capacity, n + 1));
    for (let i = 0; i < n; i++) col[i] = old[i];
    col[n] = v;
    this.cols[c] = col;
  }

  /** After the last row: the columns are cut to the rows kept. */
  trim(): void {
    this.cols.forEach((col, c) => {
      if (col === EMPTY) return;
      if (col instanceof Float64Array) this.cols[c] = col.length === this.length ? col : col.slice(0, this.length);
      else col.length = this.length;
    });
  }

  /**
   * The values of one field, by row: index i is row i's value (undefined past the end of a column
   * no row has a value in). Undefined for a field the table does not have.
   */
  col(field: string): ArrayLike<unknown> | undefined {
    const c = this.fields.indexOf(field);
    return c < 0 ? undefined : this.cols[c];
  }

  /** Row i as an object. */
  row(i: number): Record<string, unknown> {
    if (this.made) return this.made[i];
    return this.make(this.cols.map((c) => c[i]));
  }

  /** Every row as an object, made once. */
  rows(): Record<string, unknown>[] {
    if (this.made) return this.made;
    const out = new Array<Record<string, unknown>>(this.length);
    const values = new Array<unknown>(this.cols.length);
    for (let i = 0; i < this.length; i++) {
      for (let c = 0; c < this.cols.length; c++) values[c] = this.cols[c][i];
      out[i] = this.make(values);
    }
    return (this.made = out);
  }
}

/** Rows in a table, whichever way it holds them. */
export const rowCount = (t: Rows): number => (t.store ? t.store.length : t.rows.length);

const derived = new WeakMap<Rows, Map<string, unknown[]>>();

/**
 * One field's values, one per row. A table of row objects (JSON, tests) makes the column once and
 * keeps it; its rows are not changed after they are read.
 */
export function column(t: Rows, field: string): ArrayLike<unknown> {
  if (t.store) return t.store.col(field) ?? EMPTY;
  let cols = derived.get(t);
  if (!cols) derived.set(t, (cols = new Map()));
  let c = cols.get(field);
  if (!c) {
    const rows = t.rows;
    c = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) c[i] = rows[i][field];
    cols.set(field, c);
  }
  return c;
}

/** Row i as an object, whichever way the table holds it. */
export const rowAt = (t: Rows, i: number): Record<string, unknown> => (t.store ? t.store.row(i) : t.rows[i]);

/**
 * Builds a row object keyed by the fields, in order. Compiled once per file into one object
 * literal: filling `{}` key by key is dozens of times slower. Field names come from the schema.
 */
export function rowFactory(columns: string[]): (values: ArrayLike<unknown>) => Record<string, unknown> {
  const loop = (v: ArrayLike<unknown>) => {
    const o: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) o[columns[c]] = v[c];
    return o;
  };
  if (columns.some((c) => c === "__proto__")) return loop;
  try {
    return new Function("v", `return { ${columns.map((c, i) => `${JSON.stringify(c)}: v[${i}]`).join(", ")} };`) as (
      values: ArrayLike<unknown>,
    ) => Record<string, unknown>;
  } catch {
    return loop;
  }
}

/** Writes values into an existing row object (same keys as rowFactory's), for the row rules' one scratch row. */
export function rowFiller(columns: string[]): (o: Record<string, unknown>, values: ArrayLike<unknown>) => void {
  const loop = (o: Record<string, unknown>, v: ArrayLike<unknown>) => {
    for (let c = 0; c < columns.length; c++) o[columns[c]] = v[c];
  };
  if (columns.some((c) => c === "__proto__")) return loop;
  try {
    return new Function("o", "v", columns.map((c, i) => `o[${JSON.stringify(c)}] = v[${i}];`).join("\n")) as (
      o: Record<string, unknown>,
      values: ArrayLike<unknown>,
    ) => void;
  } catch {
    return loop;
  }
}

/** A column's values as small integers: 0, 1, 2… in order of first appearance; equal values, equal codes. */
export interface Coded {
  codes: Int32Array;
  /** The distinct values, by code. */
  values: unknown[];
}

const coded = new WeakMap<ArrayLike<unknown>, Coded>();

/**
 * The codes of a column's first n values, made once per column when `keep` (the foreign-key,
 * duplicate and misprint checks share them): one map lookup per row, none when a row repeats the
 * value above it.
 */
export function codesOf(column: ArrayLike<unknown>, n: number, keep = true): Coded {
  const known = coded.get(column);
  if (known && known.codes.length === n) return known;
  const codes = new Int32Array(n);
  const values: unknown[] = [];
  const index = new Map<unknown, number>();
  let last: unknown = codesOf;
  let lastCode = -1;
  for (let i = 0; i < n; i++) {
    const v = column[i];
    if (v !== last) {
      let c = index.get(v);
      if (c === undefined) {
        index.set(v, (c = values.length));
        values.push(v);
      }
      last = v;
      lastCode = c;
    }
    codes[i] = lastCode;
  }
  const out = { codes, values };
  if (keep && !Object.isFrozen(column)) coded.set(column, out);
  return out;
}
