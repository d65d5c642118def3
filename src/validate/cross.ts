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

export function crossCheck(tables: Partial<Record<DatasetName, TableResult>>, sink: IssueSink): void {
  const ids = new Map<DatasetName, Set<string>>();
  for (const name of DATASET_NAMES) {
    const t = tables[name];
    if (!t) continue;
    const { file, schema } = DATASETS[name];
    const fields = Object.keys(schema.shape);
    const idCol = fields.indexOf("id") + 1;
    const seen = new Map<string, number>();
    t.rows.forEach((row, i) => {
      const id = row.id as string;
      if (seen.has(id)) {
        sink.add({ severity: "error", type: "primary-key", file, line: t.lines[i], column: idCol, field: "id", value: id, message: `duplicate id (first on line ${seen.get(id)})` });
      } else seen.set(id, t.lines[i]);
    });
    ids.set(name, new Set(seen.keys()));
  }

  for (const name of DATASET_NAMES) {
    const t = tables[name];
    if (!t) continue;
    const { file, schema } = DATASETS[name];
    const fields = Object.keys(schema.shape);
    for (const [field, type] of Object.entries(schema.shape)) {
      const target = metaOf(type as z.ZodType).ref as DatasetName | undefined;
      if (!target) continue;
      const known = ids.get(target);
      if (!known) continue;
      const column = fields.indexOf(field) + 1;
      t.rows.forEach((row, i) => {
        const v = row[field];
        for (const ref of Array.isArray(v) ? v : v === undefined ? [] : [v]) {
          if (!known.has(ref as string)) {
            sink.add({ severity: "error", type: "foreign-key", file, line: t.lines[i], column, field, value: String(ref), message: `no ${target} row has this id (${DATASETS[target].file})` });
          }
        }
      });
    }
    // A list's items reference sectors one level down; check them too.
    if (name === "lists") {
      const sectors = ids.get("sectors");
      t.rows.forEach((row, i) => {
        for (const item of row.items as { sector_id?: string }[]) {
          if (item.sector_id && sectors && !sectors.has(item.sector_id)) {
            sink.add({ severity: "error", type: "foreign-key", file, line: t.lines[i], column: 1, field: "items.sector_id", value: item.sector_id, message: "no sectors row has this id (sectors.csv)" });
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
  const kindOf = new Map(ind.rows.map((r) => [r.id as string, r.unit_kind as keyof typeof UNIT_KINDS]));
  obs.rows.forEach((o, i) => {
    const kind = kindOf.get(o.indicator_id as string);
    if (kind && !(UNIT_KINDS[kind] as readonly Unit[]).includes(o.unit as Unit)) {
      sink.add({ severity: "error", type: "unit-unknown", file, line: obs.lines[i], column: col("unit"), field: "unit", value: String(o.unit), message: `indicator ${o.indicator_id} is measured in ${kind} (${UNIT_KINDS[kind].join(" or ")})` });
    }
  });

  // Parts that add up to more than their whole, within one statement (same source, indicator, period).
  const parentOf = new Map((places?.rows ?? []).map((p) => [p.id as string, p.parent_id as string | undefined]));
  const groups = new Map<string, { whole?: number; wholeLine?: number; parts: number; n: number; kind: string }>();
  const key = (o: Record<string, unknown>, place: string, kind: string) =>
    [o.source_id, o.indicator_id, o.period ?? "", o.event_id ?? "", o.unit, o.scale, place, kind].join("|");
  obs.rows.forEach((o, i) => {
    if (o.doubt) return;
    const v = o.value as number;
    const place = o.place_id as string;
    if (o.sex) {
      const g = groups.get(key(o, place, "sex")) ?? { parts: 0, n: 0, kind: "sex" };
      g.parts += v;
      g.n++;
      groups.set(key(o, place, "sex"), g);
    } else if (!o.cooperative_id && !o.org_id && !o.sector_id) {
      const gs = groups.get(key(o, place, "sex")) ?? { parts: 0, n: 0, kind: "sex" };
      gs.whole = v;
      gs.wholeLine = obs.lines[i];
      groups.set(key(o, place, "sex"), gs);
      const parent = parentOf.get(place);
      const gp = groups.get(key(o, place, "county")) ?? { parts: 0, n: 0, kind: "county" };
      gp.whole = v;
      gp.wholeLine = obs.lines[i];
      groups.set(key(o, place, "county"), gp);
      if (parent && parentOf.has(parent) && parentOf.get(parent) !== undefined) {
        const g = groups.get(key(o, parent, "county")) ?? { parts: 0, n: 0, kind: "county" };
        g.parts += v;
        g.n++;
        groups.set(key(o, parent, "county"), g);
      }
    }
  });
  for (const [k, g] of groups) {
    if (g.whole === undefined || g.n === 0) continue;
    const differs = g.kind === "sex" ? g.parts !== g.whole : g.parts > g.whole;
    if (differs) {
      const [source, indicator] = k.split("|");
      sink.add({ severity: "warning", type: "sum-mismatch", file, line: g.wholeLine!, column: col("value"), field: "value", value: String(g.whole), message: g.kind === "sex" ? `women and men add up to ${g.parts}, the total is ${g.whole} (${indicator}, ${source})` : `counties add up to ${g.parts}, more than the province total ${g.whole} (${indicator}, ${source})` });
    }
  }
}
