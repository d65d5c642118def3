/**
 * Which workbooks the build writes, and from what: one beside every dataset CSV in `data/` (the
 * same rows as the CSV, typed by the dataset's schema) and one beside every chart CSV (the plotted
 * rows, with the outlet and address of each row's source). The writing itself is in xlsx.ts.
 */
import type { z } from "zod";
import { DATASETS, type Dataset } from "../schemas/index.ts";
import { metaOf } from "../schemas/fields.ts";
import { CHARTS } from "../charts/registry.ts";
import { renderChart } from "../charts/render.ts";
import { sourcesOf } from "../charts/types.ts";
import type { Model } from "../data/model.ts";
import { csvRows, datasetIndex, LICENCE } from "./open-data.ts";
import { chartCsvFields } from "./chart-csv.ts";
import { chartFiles } from "./chart-info.ts";
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

/** `observations.xlsx` beside `observations.csv`, and so on: paths relative to `data/`. */
export async function datasetWorkbooks(data: Dataset, updated: string): Promise<WorkbookFile[]> {
  return Promise.all(
    datasetIndex(data).map(async (d) => {
      const flat = csvRows(d.name, data[d.name] as unknown as Record<string, unknown>[]);
      const content = await toXlsx({ title: d.title_fa, titleEn: d.title, fields: flat.fields, rows: flat.rows, jalali: jalaliKeys(d.name), licence: LICENCE, updated });
      return { path: d.xlsx, content };
    }),
  );
}

/** `charts/<id>/<id>.xlsx` beside each chart's CSV: paths relative to the site root. */
export async function chartWorkbooks(model: Model, pageUrl: (id: string) => string = () => ""): Promise<WorkbookFile[]> {
  return Promise.all(
    CHARTS.map(async (chart) => {
      const data = renderChart(chart, model).data;
      const rows = data.rows.map((row) => {
        const s = "source" in row && row.source !== null ? model.sources.get(String(row.source)) : undefined;
        return s ? { ...row, source_outlet: s.outlet_fa, source_url: s.url } : row;
      });
      const content = await toXlsx({
        title: chart.title,
        titleEn: chart.subtitle,
        fields: chartCsvFields(data),
        labels: Object.fromEntries(data.columns.map((c) => [c.key, c.label])),
        jalali: data.columns.some((c) => c.key === "period") ? ["period"] : [],
        rows,
        sources: sourcesOf(data.figures).map((s) => ({ outlet: s.outlet_fa, url: s.url })),
        licence: LICENCE,
        page: pageUrl(chart.id) || undefined,
      });
      return { path: `charts/${chart.id}/${chartFiles(chart.id).xlsx}`, content };
    }),
  );
}
