/**
 * The open data (`/data/<dataset>.csv|.json|.xlsx`, `/data/schemas/<dataset>.schema.json`,
 * `/data/datapackage.json`, and per release `/data/releases/<release>/observations.csv|.json` and
 * `ledger.csv`), written by Astro from the build's one model: the validated datasets
 * as they are in the data folder (Latin digits), not the display copy. The `.xlsx` workbook holds
 * the same rows as the CSV (publish/workbooks.ts).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { loadModel } from "../../data/load.ts";
import { datasetIndex, type DatasetEntry } from "../../data/datasets.ts";
import { once } from "../../lib/build-store.ts";
import type { Model } from "../../data/model.ts";
import { openDataFiles, type ReleaseFiles } from "../../publish/open-data.ts";
import { modelAsOf } from "../../data/as-of.ts";
import { datasetWorkbook } from "../../publish/workbooks.ts";

/** The data as of each release (observations and ledger): `data/releases/<release>/`. */
const releaseFiles = (model: Model): ReleaseFiles[] =>
  model.releaseInputs.map((r) => ({ id: r.id, date: model.raw.releases.find((x) => x.id === r.id)!.date, observations: modelAsOf(model, r.id).raw.observations, ledger: r.ledger }));
const files = (model: Model) => once(model, "open-data", () => new Map(openDataFiles(model.raw, model.builtIso, releaseFiles(model)).map((f) => [f.path, f.content])));
const workbooks = (model: Model) => once(model, "open-data-xlsx", () => new Map<string, DatasetEntry>(datasetIndex(model.raw).map((d) => [d.xlsx, d])));

export const getStaticPaths = (() => {
  const model = loadModel();
  return [...files(model).keys(), ...workbooks(model).keys()].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

const TYPES: Record<string, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export const GET: APIRoute = async ({ params }) => {
  const model = loadModel();
  const type = { "Content-Type": TYPES[params.file!.split(".").pop()!] ?? "application/octet-stream" };
  const book = workbooks(model).get(params.file!);
  if (book) return new Response((await datasetWorkbook(model.raw, book, model.builtIso)) as BodyInit, { headers: type });
  const content = files(model).get(params.file!);
  if (content === undefined) return new Response(null, { status: 404 });
  return new Response(content, { headers: type });
};
