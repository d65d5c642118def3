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
  const [indicator, unit, doubt, place, sex, coop, org, sector, source, period, event, scale, value] = (
    [
      "indicator_id",
      "unit",
      "doubt",
      "place_id",
      "sex",
      "cooperative_id",
      "org_id",
      "sector_id",
      "source_id",
      "period",
      "event_id",
      "scale",
      "value",
    ] as const
  ).map((f) => column(obs, f));
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

  // Parts that add up to more than their whole, within one statement (same source, indicator, period).
  const parentOf = new Map((places?.rows ?? []).map((p) => [p.id as string, p.parent_id as string | undefined]));
  const hasParts = (parent: string | undefined): parent is string => !!parent && parentOf.has(parent) && parentOf.get(parent) !== undefined;
  const groups = new Map<string, { whole?: number; wholeLine?: number; parts: number; n: number; kind: string }>();
  const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));
  const statement = (i: number) =>
    `${str(source[i])}|${str(indicator[i])}|${str(period[i])}|${str(event[i])}|${str(unit[i])}|${str(scale[i])}|`;
  const splitless = (i: number) => !sex[i] && !coop[i] && !org[i] && !sector[i];
  // Only a group with both a whole and a part can warn, so a group is kept only when the other half
  // exists: a first pass notes the statements split by sex, and the wholes of places that have
  // parts (the province). Without it every observation made two or three groups (a million rows:
  // millions of keys); with it, groups are as many as the splits. Groups are still created at the
  // row that first touches them, so the warnings come out in the same order.
  const sexSplit = new Set<string>();
  const partWholes = new Set<string>();
  const receivesParts = new Set<string>();
  // Source -> indicators of those statements: a cheap test that lets most rows skip building keys.
  const candidates = new Map<string, Set<string>>();
  const candidate = (i: number) => {
    let inds = candidates.get(str(source[i]));
    if (!inds) candidates.set(str(source[i]), (inds = new Set()));
    inds.add(str(indicator[i]));
  };
  for (const p of parentOf.values()) if (hasParts(p)) receivesParts.add(p);
  for (let i = 0; i < n; i++) {
    if (doubt[i]) continue;
    const pl = place[i] as string;
    if (sex[i]) {
      sexSplit.add(`${statement(i)}${pl}|sex`);
      candidate(i);
    } else if (splitless(i) && receivesParts.has(pl)) {
      partWholes.add(`${statement(i)}${pl}|county`);
      candidate(i);
    }
  }
  const group = (k: string, kind: string) => {
    let g = groups.get(k);
    if (!g) {
      g = { parts: 0, n: 0, kind };
      groups.set(k, g);
    }
    return g;
  };
  for (let i = 0; i < n; i++) {
    if (doubt[i]) continue;
    const v = value[i] as number;
    const pl = place[i] as string;
    if (sex[i]) {
      const g = group(`${statement(i)}${pl}|sex`, "sex");
      g.parts += v;
      g.n++;
    } else if (splitless(i)) {
      // Every key below shares this row's source and indicator with a key of the first pass.
      if (candidates.get(str(source[i]))?.has(str(indicator[i]))) {
        const prefix = statement(i);
        const ks = `${prefix}${pl}|sex`;
        if (sexSplit.has(ks)) {
          const gs = group(ks, "sex");
          gs.whole = v;
          gs.wholeLine = obs.lines[i];
        }
        const kc = `${prefix}${pl}|county`;
        if (partWholes.has(kc)) {
          const gp = group(kc, "county");
          gp.whole = v;
          gp.wholeLine = obs.lines[i];
        }
        const parent = parentOf.get(pl);
        const kp = `${prefix}${parent}|county`;
        if (hasParts(parent) && partWholes.has(kp)) {
          const g = group(kp, "county");
          g.parts += v;
          g.n++;
        }
      }
    }
  }
  for (const [k, g] of groups) {
    if (g.whole === undefined || g.n === 0) continue;
    const differs = g.kind === "sex" ? g.parts !== g.whole : g.parts > g.whole;
    if (differs) {
      const [source, indicator] = k.split("|");
      sink.add({
        severity: "warning",
        type: "sum-mismatch",
        file,
        line: g.wholeLine!,
        column: col("value"),
        field: "value",
        value: String(g.whole),
        message:
          g.kind === "sex"
            ? `women and men add up to ${g.parts}, the total is ${g.whole} (${indicator}, ${source})`
            : `counties add up to ${g.parts}, more than the province total ${g.whole} (${indicator}, ${source})`,
      });
    }
  }
}
