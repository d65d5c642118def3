/**
 * Properties of the real data through the model and the charts (see charts.test.ts). Each
 * function returns the problems it finds as sentences (empty: all is well), so a test can both
 * assert there are none and show, on a broken chart or model, that there would be.
 */
import type { ChartModule, Prepared } from "../../src/charts/types.ts";
import type { Model, Figure } from "../../src/data/model.ts";
import type { Dataset } from "../../src/schemas/index.ts";
import { renderChart } from "../../src/charts/render.ts";
import type { Lang } from "../../src/i18n/lang.ts";

const pairOf = (f: Figure) => `${f.indicator_id}|${f.place_id}`;

/** The model has one figure per observation, each chartable exactly when undoubted and dated. */
export function modelProblems(model: Model, data: Dataset): string[] {
  const out: string[] = [];
  const ids = new Set(model.figures.map((f) => f.id));
  for (const o of data.observations) if (!ids.has(o.id)) out.push(`observation ${o.id} is not in the model`);
  if (model.figures.length !== data.observations.length)
    out.push(`${model.figures.length} figures for ${data.observations.length} observations`);
  for (const f of model.figures) {
    if (f.chartable !== (!f.doubt && f.period_kind !== "unknown")) out.push(`${f.id}: chartable is ${f.chartable}`);
    const o = data.observations.find((x) => x.id === f.id);
    if (o && (o.value !== f.value || o.qualifier !== f.qualifier))
      out.push(`${f.id}: the model says ${f.qualifier} ${f.value}, the data ${o.qualifier} ${o.value}`);
  }
  return out;
}

export function chartProblems(chart: ChartModule, model: Model): string[] {
  const out: string[] = [];
  const r = renderChart(chart, model);
  const d: Prepared & { before?: Figure[]; bars?: { header?: boolean; text?: string | Record<Lang, string>; key: string }[] } = r.data;
  const say = (s: string) => out.push(`${chart.id}: ${s}`);
  // The county map (one row per county) counts statements; the other charts plot figures.
  const isMap = d.columns.some((c) => c.key === "county");

  // Draws, or says why not.
  if (d.empty) {
    if (r.svg !== null) say("empty but drawn");
    if (d.rows.length > 0 && !isMap) say("empty but has table rows");
  } else {
    if (!r.svg) say("not empty but not drawn");
    else if (!r.svg.includes('role="img"')) say("the drawing has no role=img");
    if (d.rows.length === 0) say("drawn with an empty table");
  }

  // Table rows carry exactly the columns.
  const keys = d.columns
    .map((c) => c.key)
    .sort()
    .join(",");
  for (const [i, row] of d.rows.entries()) {
    const rowKeys = Object.keys(row).sort().join(",");
    if (rowKeys !== keys) say(`table row ${i} has columns ${rowKeys}, the table ${keys}`);
  }

  if (isMap) return out.concat(countyMapProblems(chart, model, d));

  for (const f of d.figures) if (!f.chartable) say(`charts ${f.id}, which is ${f.doubt ? "doubted" : "undated"}`);

  // One row per figure: each row is one figure's value, qualifier and source.
  if (d.rows.length === d.figures.length && d.columns.some((c) => c.key === "value") && d.columns.some((c) => c.key === "source")) {
    const unmatched = [...d.figures];
    for (const row of d.rows) {
      const k = unmatched.findIndex((f) => f.display === row.value && f.qualifier === row.qualifier && f.source.id === row.source);
      if (k === -1) say(`table row ${JSON.stringify(row)} matches no charted figure`);
      else unmatched.splice(k, 1);
    }
  } else if (d.columns.some((c) => c.key === "lorestan_value")) {
    // Paired rows (Lorestan and Iran): every row's two values are charted figures.
    for (const row of d.rows) {
      for (const side of ["lorestan", "iran"] as const) {
        const hit = d.figures.some(
          (f) => f.place_id === side && f.display === row[`${side}_value`] && f.source.id === row[`${side}_source`],
        );
        if (!hit) say(`table row ${JSON.stringify(row)}: its ${side} value is no charted figure`);
      }
    }
    if (d.figures.length !== 2 * d.rows.length) say(`${d.rows.length} pairs from ${d.figures.length} figures`);
  } else say(`the table (${keys}) has ${d.rows.length} rows for ${d.figures.length} figures`);

  // A chart of one indicator at one place plots every chartable figure of it (the ones it leaves
  // out for being too early are listed in `before`, which its notes name).
  const pairs = new Set(d.figures.map(pairOf));
  if (pairs.size === 1) {
    const shown = new Set([...d.figures, ...(d.before ?? [])].map((f) => f.id));
    for (const f of model.figures) {
      if (f.chartable && !f.sex && pairs.has(pairOf(f)) && !shown.has(f.id)) say(`leaves out ${f.id} (${pairOf(f)}, ${f.period})`);
    }
  }

  // Each bar's value label is in the drawing of each edition.
  if (r.svg && d.bars) {
    for (const lang of ["fa", "en"] as const) {
      const svg = lang === "fa" ? r.svg : (renderChart(chart, model, undefined, lang).svg ?? "");
      for (const b of d.bars) {
        if (b.header || !b.text) continue;
        const text = typeof b.text === "string" ? b.text : b.text[lang];
        const number = text.split(" ").pop()!;
        if (!svg.includes(number)) say(`bar ${b.key}: its ${lang} label ${text} is not in the drawing`);
      }
    }
  }
  return out;
}

/** One row per county; the map's figures are every figure of each county; the counts add up. */
function countyMapProblems(chart: ChartModule, model: Model, d: Prepared): string[] {
  const out: string[] = [];
  const say = (s: string) => out.push(`${chart.id}: ${s}`);
  const counties = model.data.places.filter((p) => p.kind === "county");
  if (d.rows.length !== counties.length) say(`${d.rows.length} rows for ${counties.length} counties`);
  for (const c of counties) {
    const n = model.figures.filter((f) => f.place_id === c.id).length;
    const row = d.rows.find((r) => r.county === c.id);
    if (!row) say(`no row for ${c.id}`);
    else if ((row.value ?? 0) !== n) say(`${c.id}: the map says ${row.value ?? "none"}, the data has ${n} figures`);
    const mapped = d.figures.filter((f) => f.place_id === c.id).length;
    if (mapped !== n) say(`${c.id}: ${mapped} figures behind the map, ${n} in the data`);
  }
  const total = d.rows.reduce((s, r) => s + Number(r.value ?? 0), 0);
  const atCounties = model.figures.filter((f) => counties.some((c) => c.id === f.place_id)).length;
  if (total !== atCounties) say(`the counts add up to ${total}, the counties have ${atCounties} figures`);
  return out;
}
