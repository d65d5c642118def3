/**
 * A row read in place: the cells of a record without quotes are found with indexOf in the piece of
 * text and read by their columns' cell scanners (cells.ts, cellScanner), with no array and no
 * string per cell for values that repeat. One function per file, generated like table.ts's
 * compileFastRow (each call in it always calls the same scanner and check, so V8 can inline them).
 *
 * It answers only for the plain case: exactly as many cells as the header, a first cell that is
 * not blank, and every cell read without a warning or error and passing its column's check
 * (cells.ts: a remembered value was checked once). Anything else is SLOW_SCAN, and the
 * record is split and read as before (table.ts), which words every issue.
 */
import { SLOW, type CellScan } from "./cells.ts";

export const SLOW_SCAN = 0;
export const SCAN_PASS = 1;
export type ScanRow = (text: string, from: number, to: number, values: unknown[]) => typeof SLOW_SCAN | typeof SCAN_PASS;

/** Reading in place can be turned off (tests compare both ways). */
export const scanning = { enabled: true };

/** A first cell that starts with a printable ASCII character: the row is not blank. */
const startsPlain = (c: number) => c > 0x20 && c < 0x7f;

export function compileScanRow(scans: CellScan[]): ScanRow {
  const width = scans.length;
  // Each cell scanner gives a value that passes its column's check, or SLOW.
  const loop: ScanRow = (text, from, to, values) => {
    if (!startsPlain(text.charCodeAt(from))) return SLOW_SCAN;
    let a = from;
    for (let c = 0; c < width; c++) {
      const comma = text.indexOf(",", a);
      const inRecord = comma !== -1 && comma < to;
      if (c < width - 1 ? !inRecord : inRecord) return SLOW_SCAN;
      const b = c < width - 1 ? comma : to;
      const v = scans[c](text, a, b);
      if (v === SLOW) return SLOW_SCAN;
      values[c] = v;
      a = b + 1;
    }
    return SCAN_PASS;
  };
  try {
    const body = scans
      .map((_, c) =>
        c < width - 1
          ? `b = text.indexOf(",", a); if (b === -1 || b >= to) return 0; v = s${c}(text, a, b); if (v === SLOW) return 0; values[${c}] = v; a = b + 1;`
          : `b = text.indexOf(",", a); if (b !== -1 && b < to) return 0; v = s${c}(text, a, to); if (v === SLOW) return 0; values[${c}] = v;`,
      )
      .join("\n");
    const names = scans.map((_, c) => `s${c}`);
    const make = new Function(
      "SLOW",
      "startsPlain",
      ...names,
      `return function scanRow(text, from, to, values) { if (!startsPlain(text.charCodeAt(from))) return 0; let a = from, b, v;\n${body}\nreturn 1; };`,
    );
    return make(SLOW, startsPlain, ...scans) as ScanRow;
  } catch {
    return loop;
  }
}
