/** The published datapackage.json is generated from the zod schemas and lists every dataset. */
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { validateDataDir } from "../../src/validate/index.ts";
import { openDataFiles } from "../../src/publish/open-data.ts";
import { DATASETS, DATASET_NAMES } from "../../src/schemas/index.ts";

const report = validateDataDir(join(__dirname, "../fixtures/valid-min"));
const files = new Map(openDataFiles(report.data!, "2026-01-01").map((f) => [f.path, f.content]));
const pkg = JSON.parse(files.get("datapackage.json")!);

describe("datapackage.json", () => {
  it("has one resource per dataset, named like its file in data/", () => {
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(DATASET_NAMES.map((n) => DATASETS[n].file.replace(/\.\w+$/, "")));
    for (const r of pkg.resources) expect(files.has(r.path)).toBe(true);
  });
  it("gives each CSV resource a Table Schema with the schema's fields, primary key and foreign keys", () => {
    const obs = pkg.resources.find((r: { name: string }) => r.name === "observations");
    expect(obs.schema.fields.map((f: { name: string }) => f.name)).toEqual(Object.keys(DATASETS.observations.schema.shape));
    expect(obs.schema.primaryKey).toBe("id");
    expect(obs.schema.foreignKeys).toContainEqual({ fields: "indicator_id", reference: { resource: "indicators", fields: "id" } });
    expect(obs.schema.foreignKeys).toContainEqual({ fields: "source_id", reference: { resource: "sources", fields: "id" } });
    const value = obs.schema.fields.find((f: { name: string }) => f.name === "value");
    expect(value).toMatchObject({ type: "number", constraints: { required: true, minimum: 0 } });
    const unit = obs.schema.fields.find((f: { name: string }) => f.name === "unit");
    expect(unit.constraints.enum).toContain("toman");
    const places = pkg.resources.find((r: { name: string }) => r.name === "places");
    expect(places.schema.foreignKeys).toContainEqual({ fields: "parent_id", reference: { resource: "", fields: "id" } });
  });
  it("points JSON resources at a JSON Schema that exists", () => {
    const ind = pkg.resources.find((r: { name: string }) => r.name === "indicators");
    expect(ind.format).toBe("json");
    const schema = JSON.parse(files.get(ind.jsonSchema)!);
    expect(schema.type).toBe("array");
    expect(schema.items.required).toContain("definition_fa");
  });
  it("publishes CSV with the same rows and header as the data, Latin digits and plain numbers", () => {
    const csv = Papa.parse<Record<string, string>>(files.get("observations.csv")!, { header: true, skipEmptyLines: true });
    expect(csv.meta.fields).toEqual(Object.keys(DATASETS.observations.schema.shape));
    expect(csv.data.length).toBe(report.data!.observations.length);
    expect(csv.data.map((r) => Number(r.value))).toEqual(report.data!.observations.map((o) => o.value));
    expect(files.get("observations.csv")).not.toMatch(/[\u06F0-\u06F9]/);
    const json = JSON.parse(files.get("observations.json")!);
    expect(json).toEqual(report.data!.observations);
  });
});
