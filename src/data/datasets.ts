/**
 * The published datasets and their file names under `/data/`: what the open-data page lists and
 * what the open-data endpoint writes, from one list so a link cannot point at a missing file.
 */
import { DATASETS, DATASET_NAMES, type Dataset, type DatasetName } from "../schemas/index.ts";

export const LICENCE = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
};

/** One published dataset: its files (relative to the `data/` folder) and its size. */
export interface DatasetEntry {
  name: DatasetName;
  /** File name without extension, e.g. `observations`. */
  base: string;
  title: string;
  title_fa: string;
  /** The format maintainers edit (the other is generated). */
  format: "csv" | "json";
  rows: number;
  csv: string;
  /** The same rows as an Excel workbook (right-to-left, Persian headers): see publish/xlsx.ts. */
  xlsx: string;
  json: string;
  schema: string;
}

/** Every dataset with its published file names and row count: what the /data/ page lists. */
export function datasetIndex(data: Dataset): DatasetEntry[] {
  return DATASET_NAMES.map((name) => {
    const spec = DATASETS[name];
    const base = spec.file.replace(/\.(csv|json)$/, "");
    return {
      name,
      base,
      title: spec.title,
      title_fa: spec.title_fa,
      format: spec.format,
      rows: (data[name] as unknown[]).length,
      csv: `${base}.csv`,
      xlsx: `${base}.xlsx`,
      json: `${base}.json`,
      schema: `schemas/${base}.schema.json`,
    };
  });
}

