/**
 * The one way pages get data: the validator's own output, so there is no second parser.
 *
 * In `npm run build`, `scripts/build.ts` validates once and hands the model over with
 * `provideModel`; every page, endpoint and download then reads that same object (see
 * lib/build-store.ts for why it lives on globalThis). In `astro dev` there is no build script:
 * the model is made here and cached until a data file changes. Invalid data throws an error
 * carrying the validator's messages, which Astro shows in the terminal and the browser overlay.
 */
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { DATASETS } from "../schemas/index.ts";
import { historyOf, validateDataDir, type Report } from "../validate/index.ts";
import { formatIssue } from "../validate/issues.ts";
import { buildStore, count } from "../lib/build-store.ts";
import { buildModel, type Model } from "./model.ts";

export class DataError extends Error {
  constructor(readonly messages: string[]) {
    super(`The data in ${dataDir()} is invalid:\n${messages.join("\n")}\nFix the file(s) and save: the page comes back by itself.`);
    this.name = "DataError";
  }
}

/** The data folder: DATA_DIR if set (the build sets it from --data-dir), else ./data. */
export const dataDir = (): string => resolve(process.env.DATA_DIR || "data");

/** Validates a data folder, counted (the build's "validated once" check reads the counter). */
export function validate(dir: string): Report {
  count("validations", `validate:${dir}`);
  return validateDataDir(dir);
}

/** The build's model: from now on every `loadModel()` in this process returns it. */
export function provideModel(model: Model | undefined): void {
  buildStore().model = model;
}

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
  const provided = buildStore().model as Model | undefined;
  if (provided) return provided;
  const dir = dataDir();
  const sig = `${dir}|${signature(dir)}`;
  if (cache?.signature === sig) return cache.model;
  const report = validate(dir);
  if (!report.valid || !report.data) throw new DataError(report.errors.map(formatIssue));
  cache = { signature: sig, model: buildModel(report.data, new Date(), historyOf(report)) };
  return cache.model;
}
