/**
 * Likely misprints take shortcuts for speed at a million rows (rows grouped by numeric codes, each
 * group ordered by a typed-array sort, one sorted window per year); here the warnings are checked
 * against the plain way: for each row, the median of the other reports of the same indicator,
 * place, splits, unit class and span within two years, on generated tables held as row objects and
 * by column. Likely duplicates too (rows chained by a hash of thing and value in typed arrays),
 * against the plain way: each row's first earlier row, itself not a duplicate, with the same figure.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkMisprints, checkObservationRows } from "../../src/validate/editor.ts";
import { IssueSink, formatIssue } from "../../src/validate/issues.ts";
import { ColumnStore } from "../../src/validate/store.ts";
import type { TableResult } from "../../src/validate/table.ts";

type Row = Record<string, unknown>;
const SPLITS = ["sex", "cooperative_id", "org_id", "sector_id", "event_id"];
const SCALE: Record<string, number> = { one: 1, thousand: 1e3, million: 1e6 };
const stats = (n: number) => ({ file: "", rowsRead: n, accepted: n, rejected: 0, blankSkipped: 0 });
const MEASURE: Record<string, string> = { coops: "stock", jobs: "flow", loans: "flow" };
const indicators: TableResult = {
  rows: Object.entries(MEASURE).map(([id, measure]) => ({ id, measure })),
  lines: [2, 3, 4],
  stats: stats(3),
};

function byRows(rows: Row[]): TableResult {
  return { rows, lines: rows.map((_, i) => i + 2), stats: stats(rows.length) };
}

function byColumns(rows: Row[]): TableResult {
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const store = new ColumnStore(fields, 0);
  for (const r of rows) store.push(fields.map((f) => r[f]));
  store.trim();
  return {
    get rows() {
      return store.rows();
    },
    store,
    lines: rows.map((_, i) => i + 2),
    stats: stats(rows.length),
  };
}

/** The plain way. */
function expected(rows: Row[]): string[] {
  const amount = (o: Row) => (o.value as number) * SCALE[o.scale as string] * (o.unit === "toman" ? 10 : 1);
  const unitClass = (o: Row) => (o.unit === "toman" || o.unit === "rial" ? "money" : o.unit);
  const span = (o: Row) =>
    MEASURE[o.indicator_id as string] === "stock" ? "" : o.period_end !== undefined ? "range" : String((o.period as string).length);
  const year = (o: Row) => Number((o.period as string).slice(0, 4));
  const alike = (a: Row, b: Row) =>
    a.indicator_id === b.indicator_id &&
    a.place_id === b.place_id &&
    SPLITS.every((f) => a[f] === b[f]) &&
    unitClass(a) === unitClass(b) &&
    span(a) === span(b);
  const out: string[] = [];
  const usable = (o: Row) => o.period !== undefined && !o.doubt;
  rows.forEach((o, i) => {
    if (!usable(o) || o.checked) return;
    const group = rows.filter((x) => usable(x) && alike(x, o));
    if (group.length < 3) return;
    const others = rows
      .filter((x, j) => j !== i && usable(x) && alike(x, o) && Math.abs(year(x) - year(o)) <= 2)
      .map(amount)
      .sort((a, b) => a - b);
    if (others.length < 2) return;
    const m = others.length % 2 ? others[(others.length - 1) / 2] : (others[others.length / 2 - 1] + others[others.length / 2]) / 2;
    const v = amount(o);
    if (m > 0 && (v > 5 * m || v < m / 5)) out.push(`observations.csv:${i + 2}`);
  });
  return out.sort();
}

const got = (t: TableResult) => {
  const sink = new IssueSink(100_000);
  checkMisprints({ observations: t, indicators }, sink);
  return sink.warnings
    .map(formatIssue)
    .map((m) => m.slice(0, m.indexOf(":", "observations.csv:".length)))
    .sort();
};

/**
 * On generated tables (rows with ids o0, o1…), the check reports what the plain way expects, on the
 * rows held as objects and by column; returns how many issues were expected in all.
 */
function agreesWithThePlainWay(
  row: fc.Arbitrary<Row>,
  maxRows: number,
  numRuns: number,
  plain: (rows: Row[]) => string[],
  check: (t: TableResult) => string[],
): number {
  let found = 0;
  fc.assert(
    fc.property(fc.array(row, { maxLength: maxRows }), (generated) => {
      const rows = generated.map((r, i) => ({ id: `o${i}`, ...r }));
      const want = plain(rows);
      found += want.length;
      expect(check(byRows(rows))).toEqual(want);
      expect(check(byColumns(rows))).toEqual(want);
    }),
    { numRuns },
  );
  return found;
}

const pick = <T>(xs: T[]) => fc.constantFrom(...xs);
// Mostly the usual unsplit row, so that groups of three and more form.
const often = <T>(x: T, rare: T[]) => pick([x, x, x, x, x, x, ...rare]);

const FIGURE = ["indicator_id", "place_id", "period", "period_end", "unit", "scale", "qualifier", ...SPLITS, "value"];

/** The plain way: each row's first earlier row that is not itself a duplicate and reports the same figure. */
function expectedDuplicates(rows: Row[]): string[] {
  const kept: number[] = [];
  const out: string[] = [];
  rows.forEach((o, i) => {
    const first = kept.find((j) => FIGURE.every((f) => rows[j][f] === o[f]));
    if (first === undefined) kept.push(i);
    else out.push(`observations.csv:${i + 2}:1: warning likely-duplicate: id: the same figure as ${rows[first].id} on line ${first + 2}`);
  });
  return out;
}

const duplicates = (t: TableResult) => {
  const sink = new IssueSink(100_000);
  checkObservationRows({ observations: t, indicators }, sink);
  return sink.warnings.filter((w) => w.type === "likely-duplicate").map((w) => formatIssue(w).replace(/ \(indicator, .*$/, ""));
};

describe("likely duplicates", () => {
  it("name the first earlier row with the same figure, in file order", () => {
    const row = fc.record({
      indicator_id: pick(["coops", "jobs"]),
      place_id: often("lorestan", ["khorramabad"]),
      period: often("1400", ["1401", "1403-05"]),
      period_end: often(undefined, ["1405"]),
      value: pick([0, -0, 1, 2.5, 1e21]),
      unit: often("count", ["toman"]),
      scale: often("one", ["thousand"]),
      qualifier: often("exact", ["about"]),
      sex: often(undefined, ["female"]),
      cooperative_id: often(undefined, ["c1"]),
      org_id: fc.constant(undefined),
      sector_id: fc.constant(undefined),
      event_id: often(undefined, ["e1"]),
    });
    expect(agreesWithThePlainWay(row, 60, 1000, expectedDuplicates, duplicates)).toBeGreaterThan(40);
  });
});

describe("likely misprints", () => {
  it("are the rows far from the median of the other reports of the same thing within two years", () => {
    const row = fc.record({
      indicator_id: pick(["coops", "jobs", "jobs", "loans"]),
      place_id: often("lorestan", ["khorramabad"]),
      period: pick([undefined, "1398", "1400", "1401", "1402", "1403-05", "1404-01-10"]),
      period_end: often(undefined, ["1405"]),
      value: pick([0, 1, 1, 2, 2, 3, 2.5, 100, 1000]),
      unit: pick(["count", "count", "toman", "rial"]),
      scale: pick(["one", "one", "one", "thousand"]),
      sex: often(undefined, ["female"]),
      cooperative_id: often(undefined, ["c1", "c2"]),
      org_id: fc.constant(undefined),
      sector_id: fc.constant(undefined),
      event_id: often(undefined, ["e1"]),
      doubt: often(false, [true]),
      checked: often(undefined, [true]),
    });
    expect(agreesWithThePlainWay(row, 80, 1500, expected, got)).toBeGreaterThan(5);
  });
});
