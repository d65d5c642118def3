/**
 * The workbooks beside the CSVs: one beside every dataset CSV in `data/` (the same rows as the
 * CSV, typed by the dataset's schema) and one beside every chart CSV (the plotted rows, with the
 * outlet and address of each row's source). Served by the endpoints `pages/data/[...file].ts` and
 * `pages/charts/[id]/[file].ts` (through downloads.ts); the writing itself is in xlsx.ts.
 */
import type { z } from "zod";
import { DATASETS, type Dataset } from "../schemas/index.ts";
import { metaOf } from "../schemas/fields.ts";
import type { ChartModule } from "../charts/types.ts";
import { chartInfo } from "../charts/info.ts";
import { sourcesOf } from "../data/sources.ts";
import type { Model, Source } from "../data/model.ts";
import type { Lang } from "../i18n/lang.ts";
import { datasetIndex, LICENCE, type DatasetEntry } from "../data/datasets.ts";
import { csvRows } from "./open-data.ts";
import { chartCsvFields } from "./chart-csv.ts";
import { toXlsx } from "./xlsx.ts";

export interface WorkbookFile {
  path: string;
  content: Uint8Array;
}

/** Keys of a dataset's Jalali date and period fields. */
function jalaliKeys(name: keyof typeof DATASETS): string[] {
  return Object.entries(DATASETS[name].schema.shape)
    .filter(([, t]) => metaOf(t as z.ZodType).kind === "jalali")
    .map(([k]) => k);
}

/** One dataset's workbook (`observations.xlsx` beside `observations.csv`). */
export function datasetWorkbook(data: Dataset, d: DatasetEntry, updated: string): Promise<Uint8Array> {
  const flat = csvRows(d.name, data[d.name] as unknown as Record<string, unknown>[]);
  return toXlsx({
    title: d.title_fa,
    titleEn: d.title,
    fields: flat.fields,
    rows: flat.rows,
    jalali: jalaliKeys(d.name),
    licence: LICENCE,
    updated,
  });
}

/** Every dataset's workbook: paths relative to `data/`. */
export async function datasetWorkbooks(data: Dataset, updated: string): Promise<WorkbookFile[]> {
  return Promise.all(datasetIndex(data).map(async (d) => ({ path: d.xlsx, content: await datasetWorkbook(data, d, updated) })));
}

/**
 * One chart's workbook (`charts/<id>/<id>.xlsx` beside its CSV), from the rows the page plots, in
 * one edition: headers, outlets and notes in its language (English: a left-to-right sheet).
 */
export function chartWorkbook(chart: ChartModule, model: Model, page?: string, lang: Lang = "fa"): Promise<Uint8Array> {
  const info = chartInfo(chart, model, lang);
  const data = info.rendered.data;
  const outlet = (s: Source) => (lang === "fa" ? s.outlet_fa : s.outlet_en);
  const rows = data.rows.map((row) => {
    const s = "source" in row && row.source !== null ? model.sources.get(String(row.source)) : undefined;
    return s ? { ...row, source_outlet: outlet(s), source_url: s.url } : row;
  });
  return toXlsx({
    title: info.text.title,
    titleEn: info.text.subtitle,
    fields: chartCsvFields(data),
    labels: Object.fromEntries(data.columns.map((c) => [c.key, c.label ?? c.key])),
    jalali: data.columns.some((c) => c.key === "period") ? ["period"] : [],
    rows,
    sources: sourcesOf(data.figures).map((s) => ({ outlet: outlet(s), url: s.url })),
    licence: LICENCE,
    page: page || undefined,
    lang,
  });
}
