/**
 * The open data (`/data/<dataset>.csv|.json`, `/data/schemas/<dataset>.schema.json`,
 * `/data/datapackage.json`), written by Astro from the build's one model: the validated datasets
 * as they are in the data folder (Latin digits), not the display copy.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { loadModel } from "../../data/load.ts";
import { once } from "../../lib/build-store.ts";
import type { Model } from "../../data/model.ts";
import { openDataFiles } from "../../publish/open-data.ts";

const files = (model: Model) => once(model, "open-data", () => new Map(openDataFiles(model.raw, model.builtIso).map((f) => [f.path, f.content])));

export const getStaticPaths = (() => [...files(loadModel()).keys()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" };

export const GET: APIRoute = ({ params }) => {
  const content = files(loadModel()).get(params.file!);
  if (content === undefined) return new Response(null, { status: 404 });
  return new Response(content, { headers: { "Content-Type": TYPES[params.file!.split(".").pop()!] ?? "application/octet-stream" } });
};
