/**
 * Writing CSV for people to download: UTF-8, Latin digits, plain numbers, a stable header, and text
 * cells that a spreadsheet would run as a formula (= + - @, tab, CR) neutralised with a leading '.
 */
import Papa from "papaparse";

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises one text cell against spreadsheet formula injection (numbers are left alone). */
export function safeCell(v: unknown): string | number | boolean {
  if (v === undefined || v === null) return "";
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = Array.isArray(v) ? v.join(" ") : String(v);
  return FORMULA_START.test(s) ? `'${s}` : s;
}

export function toCsv(rows: Record<string, unknown>[], fields: string[]): string {
  const data = rows.map((r) => fields.map((f) => safeCell(r[f])));
  return Papa.unparse({ fields, data }, { newline: "\n", quotes: false }) + "\n";
}
