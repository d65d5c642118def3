/**
 * The CSV download of a chart: exactly the rows `prepare` plotted, in its column order (the
 * column keys are the header), written by the site's one safe CSV writer. When a row names its
 * source by id, the outlet and the article's address follow it, so the file carries its own
 * attribution. Both editions write the same keys and values (ids, Latin digits); only the outlet's
 * name follows the edition (`outlet_en` in the English file).
 */
import type { Prepared } from "../charts/types.ts";
import type { Model } from "../data/model.ts";
import type { Lang } from "../i18n/lang.ts";
import { toCsv } from "../lib/csv-out.ts";

export function chartCsvFields(data: Prepared): string[] {
  const keys = data.columns.map((c) => c.key);
  if (!keys.includes("source")) return keys;
  return [...keys, ...["source_outlet", "source_url"].filter((k) => !keys.includes(k))];
}

export function chartCsv(data: Prepared, model: Model, lang: Lang = "fa"): string {
  const fields = chartCsvFields(data);
  const rows = data.rows.map((row) => {
    if (!("source" in row) || row.source === null) return row;
    const s = model.sources.get(String(row.source));
    return { source_outlet: lang === "fa" ? s?.outlet_fa : s?.outlet_en, source_url: s?.url, ...row };
  });
  return toCsv(rows, fields);
}
