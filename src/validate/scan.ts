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

/**
 * A record with quotes read in place (their places are known to be clean: records.ts,
 * quotedCellsOk): a quoted cell is read between its quotes, or, when it doubles quotes inside, from
 * its text with them undone; anything else is SLOW_SCAN, as for a record without quotes.
 */
export function scanQuotedRow(
  scans: CellScan[],
  text: string,
  from: number,
  to: number,
  values: unknown[],
): typeof SLOW_SCAN | typeof SCAN_PASS {
  const width = scans.length;
  const lead = text.charCodeAt(from) === 34 ? text.charCodeAt(from + 1) : text.charCodeAt(from);
  if (!startsPlain(lead) || lead === 34) return SLOW_SCAN;
  let a = from;
  for (let c = 0; c < width; c++) {
    let v: unknown;
    let b: number;
    if (a < to && text.charCodeAt(a) === 34) {
      let q = text.indexOf('"', a + 1);
      if (text.charCodeAt(q + 1) === 34 && q + 1 < to) {
        let raw = "";
        for (let s = a + 1; ;) {
          q = text.indexOf('"', s);
          if (text.charCodeAt(q + 1) === 34 && q + 1 < to) {
            raw += text.slice(s, q + 1);
            s = q + 2;
            continue;
          }
          raw += text.slice(s, q);
          break;
        }
        v = scans[c](raw, 0, raw.length);
      } else v = scans[c](text, a + 1, q);
      b = q + 1;
    } else {
      const comma = text.indexOf(",", a);
      b = comma === -1 || comma > to ? to : comma;
      v = scans[c](text, a, b);
    }
    if (v === SLOW) return SLOW_SCAN;
    values[c] = v;
    if (c < width - 1) {
      if (b >= to) return SLOW_SCAN;
      a = b + 1;
    } else if (b !== to) return SLOW_SCAN;
  }
  return SCAN_PASS;
}
