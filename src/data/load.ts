/**
 * The one way pages get data: the validator's own output, so there is no second parser. The
 * result is cached until a data file changes (the dev server re-reads edited files). Invalid
 * data throws an error carrying the validator's messages, which Astro shows in the terminal and
 * in the browser overlay during `npm run dev`.
 */
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { DATASETS } from "../schemas/index.ts";
import { validateDataDir } from "../validate/index.ts";
import { formatIssue } from "../validate/issues.ts";
import { buildModel, type Model } from "./model.ts";

export class DataError extends Error {
  constructor(readonly messages: string[]) {
    super(`The data in ${dataDir()} is invalid:\n${messages.join("\n")}\nFix the file(s) and save: the page comes back by itself.`);
    this.name = "DataError";
  }
}

/** The data folder: DATA_DIR if set (the build sets it from --data-dir), else ./data. */
export const dataDir = (): string => resolve(process.env.DATA_DIR || "data");

let cache: { signature: string; model: Model } | undefined;

function signature(dir: string): string {
  return Object.values(DATASETS)
    .map(({ file }) => {
      try {
        const s = statSync(join(dir, file));
        return `${file}:${s.mtimeMs}:${s.size}`;
      } catch {
        return `${file}:missing`;
      }
    })
    .join("|");
}

export function loadModel(): Model {
  const dir = dataDir();
  const sig = `${dir}|${signature(dir)}`;
  if (cache?.signature === sig) return cache.model;
  const report = validateDataDir(dir);
  if (!report.valid || !report.data) throw new DataError(report.errors.map(formatIssue));
  cache = { signature: sig, model: buildModel(report.data) };
  return cache.model;
}
