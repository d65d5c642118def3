/**
 * Checks across rows and files, after every file has been read: primary keys, foreign keys
 * (declared in the schemas with `ref`), units that match their indicator, and totals that do not
 * add up (a warning: press figures overlap, so it is said, not hidden).
 */
import { DATASETS, DATASET_NAMES, type DatasetName } from "../schemas/index.ts";
import { metaOf } from "../schemas/fields.ts";
import { UNIT_KINDS, type Unit } from "../lib/units.ts";
import type { IssueSink } from "./issues.ts";
import type { TableResult } from "./csv.ts";
import type { z } from "zod";
import { closest } from "./suggest.ts";
import { codesOf, column, rowCount } from "./store.ts";
import { keyIndex, type IdLookup } from "./keys.ts";

/**
 * Reference fields whose referenced row a later check reads (the publication-date check: the
 * source's date). Only these keep refRows (4 bytes a row each; at a million rows, every field
 * would be 36 MB).
 */
const KEEP_ROWS = new Set(["source_id"]);

/** Reference columns whose codes the editor's checks use again (kept with the column: duplicates, misprints). */
const KEEP_CODES = new Set(["indicator_id", "place_id", "cooperative_id", "org_id", "sector_id", "event_id"]);

export function crossCheck(tables: Partial<Record<DatasetName, TableResult>>, sink: IssueSink): void {
  // The id -> row maps (keys.ts: index of the first row with the id; -1 for an id only a rejected
  // row has) double as the id sets (no copy of a million ids into a Set).
  const ids = new Map<DatasetName, IdLookup>();
  for (const name of DATASET_NAMES) {
    const t = tables[name];
    if (!t) continue;
    const { file, schema } = DATASETS[name];
    const idCol = Object.keys(schema.shape).indexOf("id") + 1;
    const { rows, duplicates } = keyIndex(t);
    const idsOf = column(t, "id") as string[];
    if (duplicates.length > 0) t.duplicateIds = true;
    for (let k = 0; k < duplicates.length; k += 2) {
      const i = duplicates[k];
      sink.add({
        severity: "error",
        type: "primary-key",
        file,
        line: t.lines[i],
        column: idCol,
        field: "id",
        value: idsOf[i],
        message: `duplicate id (first on line ${t.lines[duplicates[k + 1]]}): give this row its own id, or delete it if it repeats that row`,
      });
    }
    ids.set(name, rows);
  }

  for (const name of DATASET_NAMES) {
    const t = tables[name];
    if (!t) continue;
    const { file, schema } = DATASETS[name];
    const fields = Object.keys(schema.shape);
    const n = rowCount(t);
    const checks: {
      field: string;
      target: DatasetName;
      known: IdLookup;
      column: number;
      misses: unknown[];
      rows?: Int32Array;
    }[] = [];
    for (const [field, type] of Object.entries(schema.shape)) {
      const target = metaOf(type as z.ZodType).ref as DatasetName | undefined;
      if (!target) continue;
      const known = ids.get(target);
      if (!known) continue;
      checks.push({
        field,
        target,
        known,
        column: fields.indexOf(field) + 1,
        misses: [],
        rows: KEEP_ROWS.has(field) ? new Int32Array(n).fill(-1) : undefined,
      });
    }
    // Column by column (the table holds its rows by column); the misses are then reported field by
    // field, in row order. The row each single reference names is kept (t.refRows), so later
    // checks need no second lookup.
    if (checks.length > 0) {
      for (const ch of checks) {
        const { known, misses, rows } = ch;
        const read = t.readRefRows?.[ch.field];
        if (read && read.length === n) {
          // Resolved while reading (table.ts, KnownRefs): only the cells it left are looked up.
          const col = column(t, ch.field);
          for (let i = 0; i < n; i++) {
            let r = read[i];
            if (r < 0) {
              const v = col[i];
              if (v === undefined) continue;
              const found = known.get(v as string);
              if (found === undefined) {
                misses.push(i, v);
                continue;
              }
              r = found;
            }
            if (rows) rows[i] = r;
          }
          continue;
        }
        // Each distinct value is looked up once: a column's values as codes, then a verdict per code.
        const { codes, values } = codesOf(column(t, ch.field), n, KEEP_CODES.has(ch.field));
        const at = new Int32Array(values.length);
        const missing: (unknown[] | undefined)[] = new Array(values.length);
        values.forEach((v, c) => {
          if (v === undefined) at[c] = -1;
          else if (Array.isArray(v)) {
            at[c] = -1;
            const unknown = v.filter((ref) => !known.has(ref as string));
            if (unknown.length) missing[c] = unknown;
          } else {
            const found = known.get(v as string);
            at[c] = found ?? -1;
            if (found === undefined) missing[c] = [v];
          }
        });
        for (let i = 0; i < n; i++) {
          const c = codes[i];
          const miss = missing[c];
          if (miss !== undefined) for (const ref of miss) misses.push(i, ref);
          else if (rows) rows[i] = at[c];
        }
      }
      // Reported in row order within each field, as one pass over the rows found them.
      t.refRows = Object.fromEntries(checks.filter((ch) => ch.rows).map((ch) => [ch.field, ch.rows!]));
    }
    for (const { field, target, known, column, misses } of checks) {
      const guesses = new Map<string, string | undefined>();
      for (let k = 0; k < misses.length; k += 2) {
        const i = misses[k] as number;
        const value = String(misses[k + 1]);
        // Suggestions for the first 100 distinct unknown ids (each one scans the known ids).
        if (!guesses.has(value)) guesses.set(value, guesses.size < 100 ? closest(value, known.keys()) : undefined);
        const guess = guesses.get(value);
        sink.add({
          severity: "error",
          type: "foreign-key",
          file,
          line: t.lines[i],
          column,
          field,
          value,
          message: `no row of ${DATASETS[target].file} has this id${guess ? `; did you mean ${guess}?` : `: add the row there first, or correct the id`}`,
        });
      }
    }
    // A list's items reference sectors one level down; check them too.
    if (name === "lists") {
      const sectors = ids.get("sectors");
      t.rows.forEach((row, i) => {
        for (const item of row.items as { sector_id?: string }[]) {
          if (item.sector_id && sectors && !sectors.has(item.sector_id)) {
            const guess = closest(item.sector_id, sectors.keys());
            sink.add({
              severity: "error",
              type: "foreign-key",
              file,
              line: t.lines[i],
              column: 1,
              field: "items.sector_id",
              value: item.sector_id,
              message: `no row of sectors.csv has this id${guess ? `; did you mean ${guess}?` : `: add the row there first, or correct the id`}`,
            });
          }
        }
      });
    }
  }
  checkObservations(tables, sink);
}

function checkObservations(tables: Partial<Record<DatasetName, TableResult>>, sink: IssueSink): void {
  const obs = tables.observations;
  const ind = tables.indicators;
  const places = tables.places;
  if (!obs || !ind) return;
  const { file, schema } = DATASETS.observations;
  const col = (f: string) => Object.keys(schema.shape).indexOf(f) + 1;
  const n = rowCount(obs);
  // The columns read (the table holds its rows by column).
  const [indicator, unit] = (["indicator_id", "unit"] as const).map((f) => column(obs, f));
  const kindOf = new Map(ind.rows.map((r) => [r.id as string, r.unit_kind as keyof typeof UNIT_KINDS]));
  // Rows of one indicator and unit often follow each other: the last pair's verdict is kept.
  let lastIndicator: unknown = null;
  let lastUnit: unknown = null;
  let lastKind: keyof typeof UNIT_KINDS | undefined;
  let lastOk = true;
  for (let i = 0; i < n; i++) {
    const indId = indicator[i];
    const u = unit[i];
    if (indId !== lastIndicator || u !== lastUnit) {
      lastIndicator = indId;
      lastUnit = u;
      lastKind = kindOf.get(indId as string);
      lastOk = !lastKind || (UNIT_KINDS[lastKind] as readonly Unit[]).includes(u as Unit);
    }
    if (!lastOk) {
      const kind = lastKind!;
      sink.add({
        severity: "error",
        type: "unit-unknown",
        file,
        line: obs.lines[i],
        column: col("unit"),
        field: "unit",
        value: String(u),
        message: `indicator ${indId} is measured in ${kind} (${UNIT_KINDS[kind].join(" or ")})`,
      });
    }
  }

  checkSums(obs, places, sink);
}

/**
 * Codes of a reference column (equal values, equal codes) from the rows the cross-file checks
 * found (t.refRows): a known id's code is its target row, so no value is looked up again. Rows
 * without one (no value, or an id no row has) are coded apart.
 */
function refCodes(col: ArrayLike<unknown>, rows: Int32Array | undefined, n: number): Int32Array {
  if (!rows || rows.length !== n) return codesOf(col, n).codes;
  const codes = new Int32Array(n);
  const others = new Map<unknown, number>();
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    if (r >= 0) codes[i] = r;
    else {
      let c = others.get(col[i]);
      if (c === undefined) others.set(col[i], (c = -1 - others.size));
      codes[i] = c;
    }
  }
  return codes;
}

/**
 * Dense ids of the rows' tuples of codes (0, 1, 2… in order of first appearance; equal tuples,
 * equal ids), for the rows `use` keeps (-1 for the others): chained by a hash of the codes in
 * typed arrays, each chain's first row standing for its tuple.
 */
export function tupleIds(cols: Int32Array[], n: number, use: (i: number) => boolean): Int32Array {
  const bits = Math.max(10, Math.ceil(Math.log2(n * 2 + 1)));
  const mask = (1 << bits) - 1;
  const head = new Int32Array(1 << bits).fill(-1);
  const next = new Int32Array(n);
  const rep = new Int32Array(n);
  const ids = new Int32Array(n).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (!use(i)) continue;
    let h = 0x811c9dc5;
    for (let k = 0; k < cols.length; k++) h = Math.imul(h ^ cols[k][i], 0x01000193);
    h = (h ^ (h >>> 15)) & mask;
    let g = head[h];
    for (; g !== -1; g = next[g]) {
      const r = rep[g];
      let k = 0;
      while (k < cols.length && cols[k][r] === cols[k][i]) k++;
      if (k === cols.length) break;
    }
    if (g === -1) {
      g = count++;
      rep[g] = i;
      next[g] = head[h];
      head[h] = g;
    }
    ids[i] = g;
  }
  return ids;
}

/**
 * Parts that add up to more than their whole, within one statement (same source, indicator,
 * period, event, unit and scale): women and men against their total, counties against the
 * province. Statements and places are numbers (tupleIds, codes), so a group's key is a number,
 * not a string per row (at a million rows, millions of strings).
 */
function checkSums(obs: TableResult, places: TableResult | undefined, sink: IssueSink): void {
  const { file } = DATASETS.observations;
  const valueCol = Object.keys(DATASETS.observations.schema.shape).indexOf("value") + 1;
  const n = rowCount(obs);
  const [indicator, doubt, place, sex, coop, org, sector, source, value] = (
    ["indicator_id", "doubt", "place_id", "sex", "cooperative_id", "org_id", "sector_id", "source_id", "value"] as const
  ).map((f) => column(obs, f));
  const splitless = (i: number) => !sex[i] && !coop[i] && !org[i] && !sector[i];
  const use = (i: number) => !doubt[i] && (!!sex[i] || splitless(i));
  const statement = tupleIds(
    [
      refCodes(source, obs.refRows?.source_id, n),
      codesOf(indicator, n).codes,
      ...(["period", "event_id", "unit", "scale"] as const).map((f) => codesOf(column(obs, f), n).codes),
    ],
    n,
    use,
  );
  // Places as codes, with each place's parent (a code too, -1 for none) and whether that parent
  // has a parent itself (only then is it a whole with parts: a county's province).
  const pl = codesOf(place, n);
  const parentOf = new Map((places?.rows ?? []).map((p) => [p.id as string, p.parent_id as string | undefined]));
  const hasParts = (p: string | undefined): p is string => !!p && parentOf.has(p) && parentOf.get(p) !== undefined;
  const placeCode = new Map(pl.values.map((v, c) => [v, c]));
  const codeOf = (v: unknown) => {
    let c = placeCode.get(v);
    if (c === undefined) placeCode.set(v, (c = placeCode.size));
    return c;
  };
  const parentCode = pl.values.map((v) => {
    const parent = parentOf.get(v as string);
    return hasParts(parent) ? codeOf(parent) : -1;
  });
  const receivesParts = new Set<number>();
  for (const p of parentOf.values()) if (hasParts(p)) receivesParts.add(codeOf(p));
  const nPlaces = placeCode.size;
  const SEX = 0;
  const COUNTY = 1;
  const key = (s: number, p: number, kind: number) => (s * nPlaces + p) * 2 + kind;

  // Only a group with both a whole and a part can warn, so a group is kept only when the other half
  // exists: a first pass notes the statements split by sex, and the wholes of places that have
  // parts (the province). Groups are created at the row that first touches them, in row order.
  const sexSplit = new Set<number>();
  const partWholes = new Set<number>();
  for (let i = 0; i < n; i++) {
    const s = statement[i];
    if (s < 0) continue;
    const p = pl.codes[i];
    if (sex[i]) sexSplit.add(key(s, p, SEX));
    else if (receivesParts.has(p)) partWholes.add(key(s, p, COUNTY));
  }
  const groups = new Map<number, { whole?: number; wholeRow?: number; parts: number; n: number; kind: number }>();
  const group = (k: number, kind: number) => {
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { parts: 0, n: 0, kind }));
    return g;
  };
  for (let i = 0; i < n; i++) {
    const s = statement[i];
    if (s < 0) continue;
    const v = value[i] as number;
    const p = pl.codes[i];
    if (sex[i]) {
      const g = group(key(s, p, SEX), SEX);
      g.parts += v;
      g.n++;
      continue;
    }
    const ks = key(s, p, SEX);
    if (sexSplit.has(ks)) {
      const g = group(ks, SEX);
      g.whole = v;
      g.wholeRow = i;
    }
    const kc = key(s, p, COUNTY);
    if (partWholes.has(kc)) {
      const g = group(kc, COUNTY);
      g.whole = v;
      g.wholeRow = i;
    }
    const parent = parentCode[p];
    if (parent >= 0) {
      const kp = key(s, parent, COUNTY);
      if (partWholes.has(kp)) {
        const g = group(kp, COUNTY);
        g.parts += v;
        g.n++;
      }
    }
  }
  const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));
  for (const g of groups.values()) {
    if (g.whole === undefined || g.n === 0) continue;
    const differs = g.kind === SEX ? g.parts !== g.whole : g.parts > g.whole;
    if (!differs) continue;
    const w = g.wholeRow!;
    const [src, ind] = [str(source[w]), str(indicator[w])];
    sink.add({
      severity: "warning",
      type: "sum-mismatch",
      file,
      line: obs.lines[w],
      column: valueCol,
      field: "value",
      value: String(g.whole),
      message:
        g.kind === SEX
          ? `women and men add up to ${g.parts}, the total is ${g.whole} (${ind}, ${src})`
          : `counties add up to ${g.parts}, more than the province total ${g.whole} (${ind}, ${src})`,
    });
  }
}
