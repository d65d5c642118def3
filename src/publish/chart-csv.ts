/**
 * The CSV download of a chart: exactly the rows `prepare` plotted, in its column order (the
 * column keys are the header), written by the site's one safe CSV writer. When a row names its
 * source by id, the outlet and the article's address follow it, so the file carries its own
 * attribution.
 */
import type { Prepared } from "../charts/types.ts";
import type { Model } from "../data/model.ts";
import { toCsv } from "../lib/csv-out.ts";

export function chartCsvFields(data: Prepared): string[] {
  const keys = data.columns.map((c) => c.key);
  if (!keys.includes("source")) return keys;
  return [...keys, ...["source_outlet", "source_url"].filter((k) => !keys.includes(k))];
}

export function chartCsv(data: Prepared, model: Model): string {
  const fields = chartCsvFields(data);
  const rows = data.rows.map((row) => {
    if (!("source" in row) || row.source === null) return row;
    const s = model.sources.get(String(row.source));
    return { source_outlet: s?.outlet_fa, source_url: s?.url, ...row };
  });
  return toCsv(rows, fields);
}
