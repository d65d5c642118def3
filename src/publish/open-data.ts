/**
 * The published open data: every dataset as CSV and JSON, a JSON Schema per dataset and a
 * Frictionless `datapackage.json`, all generated from the zod schemas so they cannot drift from
 * the code. Returns the files to write; the caller writes them.
 */
import { z } from "zod";
import { DATASETS, type Dataset, type DatasetName } from "../schemas/index.ts";
import { baseType, metaOf } from "../schemas/fields.ts";
import { toCsv } from "../lib/csv-out.ts";
import { datasetIndex, LICENCE } from "../data/datasets.ts";
import { ledgerSchema, LEDGER_FIELDS, type LedgerRow } from "../schemas/ledger.ts";
import { releaseFileNames } from "../lib/paths.ts";

export { LICENCE, datasetIndex, type DatasetEntry } from "../data/datasets.ts";

type Def = { type: string; innerType?: z.ZodType; entries?: Record<string, string>; checks?: unknown[]; element?: z.ZodType };
const defOf = (t: z.ZodType) => (t as unknown as { def: Def }).def;

interface TableField {
  name: string;
  type: string;
  format?: string;
  constraints?: Record<string, unknown>;
}

/** One Table Schema field from a zod field (types, required, enum, pattern, minimum). */
function tableField(name: string, t: z.ZodType): TableField {
  const { inner, optional } = baseType(t);
  const def = defOf(inner);
  const json = z.toJSONSchema(inner, { unrepresentable: "any" }) as Record<string, unknown>;
  const constraints: Record<string, unknown> = {};
  if (!optional) constraints.required = true;
  let type = "string";
  if (def.type === "number") type = "number";
  else if (def.type === "boolean") type = "boolean";
  else if (def.type === "array") type = json.items && (json.items as { type?: string }).type === "string" ? "string" : "array";
  else if (def.type === "object") type = "object";
  if (json.enum) constraints.enum = json.enum;
  if (typeof json.pattern === "string") constraints.pattern = json.pattern;
  if (typeof json.minimum === "number") constraints.minimum = json.minimum;
  const field: TableField = { name, type };
  if (metaOf(t).kind === "jalali") field.format = "jalali (YYYY-MM-DD, or YYYY / YYYY-MM for periods)";
  if (metaOf(t).kind === "idList") field.format = "ids separated by spaces";
  if (Object.keys(constraints).length) field.constraints = constraints;
  return field;
}

export function tableSchema(name: DatasetName) {
  return tableSchemaOf(DATASETS[name].schema, name);
}

/** A Table Schema from any zod row schema (`name`: the resource itself, for self-references). */
function tableSchemaOf(schema: z.ZodObject, name: string) {
  const fields = Object.entries(schema.shape).map(([n, t]) => tableField(n, t as z.ZodType));
  const foreignKeys = Object.entries(schema.shape).flatMap(([n, t]) => {
    const meta = metaOf(t as z.ZodType);
    if (!meta.ref || meta.kind === "idList") return [];
    return [{ fields: n, reference: { resource: meta.ref === name ? "" : meta.ref, fields: "id" } }];
  });
  return { fields, primaryKey: "id", ...(foreignKeys.length ? { foreignKeys } : {}) };
}

export function jsonSchema(name: DatasetName): object {
  return z.toJSONSchema(z.array(DATASETS[name].schema), { unrepresentable: "any" });
}

/** Rows of a JSON dataset flattened for CSV: nested arrays become one row per item. */
export function csvRows(name: DatasetName, rows: Record<string, unknown>[]): { fields: string[]; rows: Record<string, unknown>[] } {
  if (name === "lists") {
    const flat = rows.flatMap((l) =>
      (l.items as Record<string, unknown>[]).map((item, i) => ({
        list_id: l.id,
        list_title_fa: l.title_fa,
        kind: l.kind,
        source_id: l.source_id,
        place_id: l.place_id,
        event_id: l.event_id,
        position: i + 1,
        ...item,
      })),
    );
    return {
      fields: ["list_id", "list_title_fa", "kind", "source_id", "place_id", "event_id", "position", "label_fa", "label_en", "sector_id"],
      rows: flat,
    };
  }
  return { fields: Object.keys(DATASETS[name].schema.shape), rows };
}

export interface OutFile {
  path: string;
  content: string;
}

/** The data as of one release, for citing: its observations and its ledger (data/as-of.ts). */
export interface ReleaseFiles {
  id: string;
  date: string;
  observations: Dataset["observations"];
  ledger: LedgerRow[];
}

export { releaseFileNames };

/**
 * Each release's files and datapackage resources: the observations as of the release (same
 * columns as observations.csv) and the release's ledger, byte for byte the one sealed by its
 * SHA-256 in releases.csv (re-serialised the way `npm run release` wrote it).
 */
function releaseResources(releases: ReleaseFiles[], files: OutFile[]) {
  const obsFields = Object.keys(DATASETS.observations.schema.shape);
  return releases.flatMap((r) => {
    const names = releaseFileNames(r.id);
    files.push({ path: names.observationsCsv, content: toCsv(r.observations as unknown as Record<string, unknown>[], obsFields) });
    files.push({ path: names.observationsJson, content: JSON.stringify(r.observations, null, 1) + "\n" });
    files.push({ path: names.ledger, content: toCsv(r.ledger as unknown as Record<string, unknown>[], LEDGER_FIELDS) });
    const common = { encoding: "utf-8", licenses: [LICENCE] };
    return [
      {
        name: `observations-${r.id}`,
        path: names.observationsCsv,
        format: "csv",
        mediatype: "text/csv",
        title: `Published figures as of release ${r.id} (${r.date}, Jalali)`,
        description: `ارقام منتشرشده چنان‌که در انتشار ${r.id} بود`,
        ...common,
        rows: r.observations.length,
        schema: tableSchema("observations"),
      },
      {
        name: `ledger-${r.id}`,
        path: names.ledger,
        format: "csv",
        mediatype: "text/csv",
        title: `Ledger of release ${r.id}: the published fields of each figure it published or revised`,
        description: `دفتر انتشار ${r.id}`,
        ...common,
        rows: r.ledger.length,
        schema: tableSchemaOf(ledgerSchema, `ledger-${r.id}`),
      },
    ];
  });
}

export function openDataFiles(data: Dataset, updated: string, releases: ReleaseFiles[] = []): OutFile[] {
  const files: OutFile[] = [];
  const resources = datasetIndex(data).map(({ name, base, csv, json, schema }) => {
    const spec = DATASETS[name];
    const rows = data[name] as unknown as Record<string, unknown>[];
    const flat = csvRows(name, rows);
    files.push({ path: csv, content: toCsv(flat.rows, flat.fields) });
    files.push({ path: json, content: JSON.stringify(rows, null, 1) + "\n" });
    files.push({ path: schema, content: JSON.stringify(jsonSchema(name), null, 2) + "\n" });
    const common = { title: spec.title, description: spec.title_fa, encoding: "utf-8", licenses: [LICENCE] };
    return spec.format === "csv"
      ? { name: base, path: `${base}.csv`, format: "csv", mediatype: "text/csv", ...common, rows: rows.length, schema: tableSchema(name) }
      : {
          name: base,
          path: `${base}.json`,
          format: "json",
          mediatype: "application/json",
          ...common,
          rows: rows.length,
          jsonSchema: `schemas/${base}.schema.json`,
        };
  });
  const pkg = {
    name: "lorestan-cooperatives",
    title: "Cooperatives in Lorestan province: published figures",
    description:
      "Figures on cooperatives, investment, loan facilities and jobs in Lorestan province (Iran), as stated by officials and reported by the press, each with its source, qualifier and unit.",
    version: updated,
    created: updated,
    licenses: [LICENCE],
    resources: [...resources, ...releaseResources(releases, files)],
  };
  files.push({ path: "datapackage.json", content: JSON.stringify(pkg, null, 2) + "\n" });
  return files;
}
