/**
 * Excel workbooks beside the CSV downloads, for readers who open files by double-click (a CSV
 * without a byte-order mark shows Persian as mojibake in Excel). Written with exceljs (4.4: kept
 * up, writes and reads .xlsx in Node with no native code, supports right-to-left sheet views, and
 * lets the tests read a workbook back; SheetJS on npm is stuck at 0.18.5).
 *
 * One right-to-left data sheet: Persian headers in the first row, the CSV's English keys in the
 * second (both frozen), numbers stored as numbers, Jalali dates and periods as text with their
 * Gregorian date (or ISO interval) in a column beside; and a notes sheet with title, source and
 * licence. Cells are typed, so text is never read as a formula: no CSV-style quoting is needed.
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { jalaliToGregorian } from "../lib/jalali.ts";
import { COLUMN_FA, WORKBOOK_TEXT } from "../i18n/columns.ts";
import type { Lang } from "../i18n/lang.ts";

export interface WorkbookSpec {
  /** Persian title (first line of the notes). */
  title: string;
  /** English title or description, if any. */
  titleEn?: string;
  /** Column keys in CSV order. */
  fields: string[];
  /** Persian headers by key; falls back to the shared column table, then to the key. */
  labels?: Record<string, string>;
  /** Keys holding Jalali dates or periods (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `A/B` for a span). */
  jalali?: string[];
  rows: Record<string, unknown>[];
  /** The articles behind the rows, for the notes sheet. */
  sources?: { outlet: string; url?: string }[];
  licence: { title: string; path: string };
  /** Address of the page the file belongs to. */
  page?: string;
  /** Jalali or ISO date the file was made. */
  updated?: string;
  /** The edition: Persian (default) sheets run right to left; English ones left to right, English notes. */
  lang?: Lang;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The Jalali period after `p` (same precision): 1399 -> 1400, 1399-12 -> 1400-01, 1399-12-30 -> day after. */
function nextPeriodStart(p: string): string {
  const [y, m, d] = p.split("-").map(Number);
  if (d) {
    const iso = jalaliToGregorian(p);
    const t = new Date(`${iso}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() + 1);
    return t.toISOString().slice(0, 10);
  }
  return jalaliToGregorian(m ? (m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`) : `${y + 1}-01-01`);
}

const dayBefore = (iso: string) => {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
};

/**
 * The Gregorian date of a Jalali date, or the ISO 8601 interval a Jalali period covers:
 * `1403-06-15` -> `2024-09-05`; `1399` -> `2020-03-20/2021-03-20`; `1398/1399` -> `2019-03-21/2021-03-20`.
 * Empty for anything that is not a Jalali date or period.
 */
export function gregorianOfPeriod(value: string): string {
  const [a, b = a] = value.split("/");
  const ok = (s: string) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s);
  if (!ok(a) || !ok(b)) return "";
  if (a === b && a.length === 10) return jalaliToGregorian(a);
  const start = a.length === 10 ? jalaliToGregorian(a) : jalaliToGregorian(a.length === 7 ? `${a}-01` : `${a}-01-01`);
  const end = b.length === 10 ? jalaliToGregorian(b) : dayBefore(nextPeriodStart(b));
  return `${start}/${end}`;
}

/** A cell value as stored: numbers and booleans typed, lists joined by spaces, absent values empty. */
function cellValue(v: unknown): ExcelJS.CellValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (Array.isArray(v)) return v.join(" ");
  return String(v);
}

/** Roughly how wide a column should be, in characters (Excel's unit), within sensible bounds. */
const widthOf = (values: unknown[]) => Math.min(60, Math.max(8, ...values.map((v) => String(v ?? "").length + 2)));

/**
 * The workbook as bytes, written with exceljs's streaming writer: each row is serialised as it is
 * added and then dropped, so a workbook of 10^5 rows never holds its cells in memory (the
 * in-memory writer took 2.7 GB and most of a minute for the observations at 10^5 rows).
 */
export async function toXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  // Fixed document dates: the same data gives the same metadata.
  const when =
    spec.updated && /^\d{4}-\d{2}-\d{2}$/.test(spec.updated) && Number(spec.updated.slice(0, 4)) > 1900
      ? new Date(`${spec.updated}T00:00:00Z`)
      : new Date(0);
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    sink.on("end", resolve);
    sink.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  wb.creator = "lorestan-coop-stats";
  wb.created = wb.modified = when;
  const jalali = new Set(spec.jalali ?? []);
  const lang = spec.lang ?? "fa";
  const WORKBOOK = WORKBOOK_TEXT[lang];
  const rtl = lang === "fa";
  const columns = spec.fields.flatMap((key) => {
    const fa = spec.labels?.[key] ?? (rtl ? COLUMN_FA[key] : undefined) ?? key;
    const col = { key, fa, get: (r: Record<string, unknown>) => cellValue(r[key]) };
    if (!jalali.has(key)) return [col];
    const greg = {
      key: `${key}_gregorian`,
      fa: WORKBOOK.gregorian(fa),
      get: (r: Record<string, unknown>) => cellValue(typeof r[key] === "string" ? gregorianOfPeriod(r[key] as string) : null),
    };
    return [col, greg];
  });
  // Jalali dates and ids are text even when they look like numbers: say so to Excel.
  const isText = (key: string) => jalali.has(key) || key.endsWith("_gregorian");

  const ws = wb.addWorksheet(WORKBOOK.dataSheet, { views: [{ rightToLeft: rtl, state: "frozen", ySplit: 2 }] });
  // Column widths and formats first: the streaming writer writes them before the first row.
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = widthOf([c.fa, c.key, ...spec.rows.slice(0, 200).map((r) => c.get(r))]);
    if (isText(c.key)) col.numFmt = "@";
  });
  const header = ws.addRow(columns.map((c) => c.fa));
  header.font = { bold: true };
  const keys = ws.addRow(columns.map((c) => c.key));
  keys.font = { italic: true, color: { argb: "FF55606C" } };
  keys.commit();
  // One style object per column, shared by its data cells (each cell would otherwise get its own):
  // exceljs remembers a style's id by object, so a row costs a lookup per cell instead of
  // rendering each cell's style to XML to find its id.
  const shared = columns.map((c) => (isText(c.key) ? { numFmt: "@" } : {}));
  for (const r of spec.rows) {
    const row = ws.addRow(columns.map((c) => c.get(r)));
    for (let i = 0; i < columns.length; i++) row.getCell(i + 1).style = shared[i];
    row.commit();
  }
  ws.commit();

  const notes = wb.addWorksheet(WORKBOOK.notesSheet, { views: [{ rightToLeft: rtl }] });
  notes.getColumn(1).width = 16;
  notes.getColumn(2).width = 100;
  notes.getColumn(1).font = { bold: true };
  const note = (label: string, value: ExcelJS.CellValue) => notes.addRow([label, value]);
  note(WORKBOOK.title, spec.title);
  if (spec.titleEn) note(WORKBOOK.description, spec.titleEn);
  note(WORKBOOK.source, WORKBOOK.sourceText);
  note(WORKBOOK.licence, { text: spec.licence.title, hyperlink: spec.licence.path });
  if (spec.page) note(WORKBOOK.site, { text: spec.page, hyperlink: spec.page });
  if (spec.updated) note(WORKBOOK.updated, spec.updated);
  note(WORKBOOK.headers, WORKBOOK.headersText);
  if (jalali.size) note(WORKBOOK.dates, WORKBOOK.datesText);
  for (const s of spec.sources ?? []) note(WORKBOOK.sources, s.url ? { text: `${s.outlet}: ${s.url}`, hyperlink: s.url } : s.outlet);
  notes.commit();

  await wb.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
