/**
 * The Excel workbooks, read back with exceljs: one beside every dataset CSV and every chart CSV,
 * right-to-left, Persian headers over the CSV's keys, numbers stored as numbers, Jalali dates as
 * text with the Gregorian beside, and a notes sheet with the licence.
 */
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { openDataFiles } from "../../src/publish/open-data.ts";
import { chartWorkbook, datasetWorkbooks } from "../../src/publish/workbooks.ts";
import { gregorianOfPeriod } from "../../src/publish/xlsx.ts";
import { chartCsv } from "../../src/publish/chart-csv.ts";
import { renderChart } from "../../src/charts/render.ts";
import { CHARTS } from "../../src/charts/registry.ts";
import { chartFiles, DOWNLOAD_KINDS } from "../../src/lib/paths.ts";
import { syntheticDataset, syntheticModel } from "../charts/fixtures.ts";
import { DATASET_NAMES, type Dataset } from "../../src/schemas/index.ts";

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}

/** A sheet's rows as arrays of cell values (exceljs rows are 1-based). */
const rowsOf = (ws: ExcelJS.Worksheet) =>
  ws
    .getSheetValues()
    .slice(1)
    .map((r) => ((r as ExcelJS.CellValue[]) ?? []).slice(1));

/** Checks shared by every workbook; returns the data rows under the two header rows. */
function checkBook(wb: ExcelJS.Workbook, csv: string) {
  const [data, notes] = wb.worksheets;
  expect(data.views[0]).toMatchObject({ rightToLeft: true, state: "frozen", ySplit: 2 });
  expect(notes.views[0]).toMatchObject({ rightToLeft: true });
  const [fa, keys, ...rows] = rowsOf(data);
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  // Every CSV column is there under its key, with a Persian header above it; Gregorian columns sit beside Jalali ones.
  const csvKeys = parsed.meta.fields!;
  expect(keys.filter((k) => !String(k).endsWith("_gregorian"))).toEqual(csvKeys);
  keys.forEach((k, i) => expect(String(fa[i]), `header of ${k}`).toMatch(/[\u0600-\u06FF]/));
  expect(rows.length).toBe(parsed.data.length);
  // Numbers as numbers: a cell is a number exactly where the CSV holds a plain number in a numeric column.
  rows.forEach((row, r) => {
    keys.forEach((k, i) => {
      const key = String(k);
      if (key.endsWith("_gregorian")) {
        const jal = String(row[i - 1] ?? "");
        expect(row[i] ?? "", `${key} of ${jal}`).toBe(gregorianOfPeriod(jal));
        return;
      }
      const cell = row[i];
      const text = parsed.data[r][key] ?? "";
      if (typeof cell === "number") expect(String(cell)).toBe(text);
      else if (typeof cell === "boolean") expect(String(cell)).toBe(text);
      else expect(String(cell ?? "").replace(/^'/, "")).toBe(text.replace(/^'/, ""));
    });
  });
  const noteText = rowsOf(notes)
    .map((r) => r.map((c) => (c && typeof c === "object" && "hyperlink" in c ? c.hyperlink : String(c))).join(" "))
    .join("\n");
  expect(noteText).toContain("creativecommons.org/licenses/by/4.0");
  expect(noteText).toMatch(/منبع/);
  return { keys: keys.map(String), rows };
}

describe("dataset workbooks", () => {
  // Every published dataset, the synthetic rows where there are some (a dataset without rows still gets its headers checked).
  const data = { ...Object.fromEntries(DATASET_NAMES.map((n) => [n, []])), ...syntheticDataset() } as Dataset;
  const csvs = openDataFiles(data, "2026-01-01").filter((f) => f.path.endsWith(".csv"));

  it("one .xlsx beside every dataset CSV, the same rows, typed", async () => {
    const books = await datasetWorkbooks(data, "2026-01-01");
    expect(books.map((b) => b.path).sort()).toEqual(csvs.map((c) => c.path.replace(/\.csv$/, ".xlsx")).sort());
    for (const b of books) {
      const csv = csvs.find((c) => c.path === b.path.replace(/\.xlsx$/, ".csv"))!;
      const { keys, rows } = checkBook(await read(b.content), csv.content);
      if (b.path === "observations.xlsx") {
        const value = keys.indexOf("value");
        expect(rows.every((r) => typeof r[value] === "number")).toBe(true);
        // Jalali stays text; its Gregorian is right beside it.
        const period = keys.indexOf("period");
        expect(keys[period + 1]).toBe("period_gregorian");
        expect(rows.some((r) => typeof r[period] === "string" && /^\d{4}/.test(r[period] as string))).toBe(true);
      }
      if (b.path === "sources.xlsx") expect(keys).toContain("published_jalali_gregorian");
    }
  });
});

describe("chart workbooks", () => {
  const model = syntheticModel();

  it("one .xlsx beside every chart CSV, with the plotted rows and their sources", async () => {
    // Every chart has its workbook among its downloads, beside the CSV.
    for (const c of CHARTS) expect(chartFiles(c.id).xlsx).toBe(chartFiles(c.id).csv.replace(/\.csv$/, ".xlsx"));
    expect(DOWNLOAD_KINDS).toContain("xlsx");
    for (const chart of CHARTS) {
      const wb = await read(await chartWorkbook(chart, model, `https://example.org/charts/${chart.id}/`));
      const { keys } = checkBook(wb, chartCsv(renderChart(chart, model).data, model));
      const header = rowsOf(wb.worksheets[0])[0].map(String);
      // The chart's own Persian column labels head the sheet.
      for (const c of renderChart(chart, model).data.columns) expect(header[keys.indexOf(c.key)]).toBe(c.label);
    }
  });
});

describe("English chart workbooks", () => {
  it("run left to right, with English headers over the CSV's keys, English notes and no Persian", async () => {
    const model = syntheticModel();
    for (const chart of CHARTS.filter((c) => !renderChart(c, model).data.empty)) {
      const wb = await read(await chartWorkbook(chart, model, `https://example.org/en/charts/${chart.id}/`, "en"));
      const [data, notes] = wb.worksheets;
      expect(data.name).toBe("Data");
      expect(data.views[0]).toMatchObject({ rightToLeft: false, state: "frozen", ySplit: 2 });
      expect(notes.views[0]).toMatchObject({ rightToLeft: false });
      const [header, keys] = rowsOf(data).map((r) => r.map(String));
      const csv = Papa.parse<Record<string, string>>(chartCsv(renderChart(chart, model, 640, "en").data, model, "en"), { header: true });
      expect(keys.filter((k) => !k.endsWith("_gregorian"))).toEqual(csv.meta.fields);
      for (const c of renderChart(chart, model, 640, "en").data.columns)
        expect(header[keys.indexOf(c.key)], `${chart.id} ${c.key}`).toBe(c.label);
      if (keys.includes("period_gregorian")) expect(header[keys.indexOf("period_gregorian")]).toBe("Period (Gregorian)");
      const text = [...rowsOf(data), ...rowsOf(notes)]
        .flat()
        .map((v) => (typeof v === "object" && v && "text" in v ? String(v.text) : String(v ?? "")))
        .join(" ");
      expect(text, chart.id).not.toMatch(/[\u0600-\u06FF]/);
    }
  });
});

describe("gregorianOfPeriod", () => {
  it("gives a day for a date and an ISO interval for a month, a year or a span", () => {
    expect(gregorianOfPeriod("1403-06-15")).toBe("2024-09-05");
    expect(gregorianOfPeriod("1397-11")).toBe("2019-01-21/2019-02-19");
    expect(gregorianOfPeriod("1399")).toBe("2020-03-20/2021-03-20");
    expect(gregorianOfPeriod("1402-12")).toBe("2024-02-20/2024-03-19");
    expect(gregorianOfPeriod("1398/1399")).toBe("2019-03-21/2021-03-20");
    expect(gregorianOfPeriod("1404-06-11/1404-06-17")).toBe("2025-09-02/2025-09-08");
    expect(gregorianOfPeriod("seed-000")).toBe("");
  });
});
