/**
 * CSV text to records, one at a time, with the physical line each record starts on. One record
 * loop for both paths: a file is parsed as one piece of text, or (a large file) as pieces of bytes
 * cut where a record ends, decoded and parsed one by one, so the whole decoded text never sits in
 * memory at once, and each piece's record arrays die young (see csvChunking).
 */
import { isUtf8 } from "node:buffer";
import Papa from "papaparse";
import { hasBom, isUtf16 } from "./decode.ts";

/**
 * Files above `threshold` bytes are read in pieces of about `chunk` bytes (tests lower both).
 * Pieces are small (a few hundred rows), so a piece's record arrays and cell strings are gone
 * before the young generation is next collected: with 8 MB pieces they outlived it, were copied
 * and promoted, and at a million rows the old generation filled with hundreds of MB of them.
 */
export const csvChunking = { threshold: 1 << 20, chunk: 64 << 10 };

export interface RecordsEnd {
  /** A quote error (the file's one error) and the record it is in. */
  quoteError?: { code: string; record: number };
  /** The pieces cannot be trusted (a cut inside quotes): read the whole text instead. */
  untrusted?: boolean;
  /** Records passed on. */
  records: number;
}

const QUOTE_ERRORS = new Set(["MissingQuotes", "InvalidQuotes"]);

/**
 * The one record loop. Each piece of text ends at a record boundary (the last piece at the end of
 * the file); a piece other than the last ends with a line break, so its final empty record is not
 * data and is dropped. `onRecord` gets every record in order. A file whose last line ends with a
 * line break also yields a final empty record: the table decides (it holds the newest back).
 */
export function forEachRecord(
  pieces: Iterable<string>,
  newline: "\n" | "\r\n" | undefined,
  onRecord: (cells: string[]) => void,
  onSpan?: (text: string, from: number, to: number, quoted: boolean) => void,
): RecordsEnd {
  const end: RecordsEnd = { records: 0 };
  // One piece looked ahead, to know the last (two pieces of text in memory at most).
  const it = pieces[Symbol.iterator]();
  for (let cur = it.next(); !cur.done;) {
    const text = cur.value;
    const next = it.next();
    const final = next.done === true;
    cur = next;
    // The piece is parsed at once into arrays (as a bare parse would), then handed on record by
    // record: no per-record callback inside the parser.
    // With onSpan, a record without quotes is passed as its place in the text (not split).
    const spans: number[] | undefined = onSpan && [];
    const parsed = (newline && splitRecords(text, newline, spans)) || parsePiece(text, newline);
    let stop = parsed.data.length;
    for (const e of parsed.errors) {
      if (!QUOTE_ERRORS.has(e.code)) continue;
      if (e.code === "MissingQuotes" && !final) {
        end.untrusted = true;
        return end;
      }
      stop = Math.min(stop, e.row ?? stop);
      end.quoteError = { code: e.code, record: end.records + (e.row ?? 0) };
      break;
    }
    if (end.quoteError) return end;
    const rows: (string[] | null)[] = parsed.data;
    const emit = (r: number) => {
      const cells = rows[r];
      if (cells === null) {
        const start = spans![2 * r];
        onSpan!(text, start < 0 ? -start - 1 : start, spans![2 * r + 1], start < 0);
      } else onRecord(cells);
    };
    const last = stop - 1;
    for (let r = 0; r < last; r++) {
      emit(r);
      end.records++;
    }
    const held = last >= 0 ? rows[last] : undefined;
    if (final) {
      if (held !== undefined) {
        emit(last);
        end.records++;
      }
    } else if (!held || held.length !== 1 || held[0] !== "") {
      end.untrusted = true;
      return end;
    }
    rows.length = 0;
  }
  return end;
}

const parsePiece = (text: string, newline: "\n" | "\r\n" | undefined) =>
  Papa.parse<string[]>(text, {
    delimiter: ",",
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    ...(newline ? { newline } : {}),
  });

/**
 * A piece's records as papaparse gives them, faster: a record without a quote is split at its
 * commas (what papaparse itself does to a text without quotes); a record with quotes (it ends at
 * the first line break after an even number of quotes) is split by splitQuoted, or by papaparse
 * when its quotes are unusual. Undefined, and the piece is left to papaparse, when any record with
 * quotes is not exactly one record without error (a stray quote: papaparse then finds and words
 * the error as before). tests/validate/records.test.ts checks that both give the same records.
 * With `spans`, a non-empty record without quotes, or with quotes splitQuoted can split, is null in
 * `data`, and its start and end in the text are spans[2k] and spans[2k + 1] (the start as
 * -(start + 1) for a record with quotes).
 */
export function splitRecords(
  text: string,
  newline: "\n" | "\r\n",
  spans?: number[],
): { data: (string[] | null)[]; errors: Papa.ParseError[] } | undefined {
  const len = text.length;
  if (len === 0) return undefined;
  const w = newline.length;
  const data: (string[] | null)[] = [];
  let q = text.indexOf('"');
  for (let p = 0; ;) {
    let end = text.indexOf(newline, p);
    if (end < 0) end = len;
    if (q !== -1 && q < end) {
      let open = false;
      for (;;) {
        while (q !== -1 && q < end) {
          open = !open;
          q = text.indexOf('"', q + 1);
        }
        if (!open || end >= len) break;
        end = text.indexOf(newline, end + w);
        if (end < 0) end = len;
      }
      if (spans && quotedCellsOk(text, p, end)) {
        // Not split either: read in place, its start stored as -(start + 1) to say it has quotes.
        spans[2 * data.length] = -(p + 1);
        spans[2 * data.length + 1] = end;
        data.push(null);
      } else {
        const cells = splitQuoted(text, p, end);
        if (cells) data.push(cells);
        else {
          const one = Papa.parse<string[]>(text.slice(p, end), { delimiter: ",", header: false, skipEmptyLines: false, newline });
          if (one.errors.length > 0 || one.data.length !== 1) return undefined;
          data.push(one.data[0]);
        }
      }
    } else if (spans && end > p) {
      // Not split here: the reader reads the cells in place (table.ts, scan.ts).
      spans[2 * data.length] = p;
      spans[2 * data.length + 1] = end;
      data.push(null);
    } else data.push(text.slice(p, end).split(","));
    if (end >= len) break;
    p = end + w;
    if (p === len) {
      data.push([""]);
      break;
    }
  }
  return { data, errors: [] };
}

/** True when splitQuoted splits the record text[p, end) (the same scan, without making strings). */
export const quotedCellsOk = (text: string, p: number, end: number): boolean => quotedCells(text, p, end, undefined);

/**
 * The cells of the record text[p, end) that has quotes, when every quote is where RFC 4180 puts it:
 * a quoted cell opens at the cell's start, doubles its inner quotes and closes just before a comma
 * or the record's end. Anything else (a quote inside an unquoted cell, text after a closing quote)
 * is undefined: papaparse reads that record and words its error.
 */
export function splitQuoted(text: string, p: number, end: number): string[] | undefined {
  const cells: string[] = [];
  return quotedCells(text, p, end, cells) ? cells : undefined;
}

/** The scan of splitQuoted: false at the first quote out of place; with `cells`, the cells' values. */
function quotedCells(text: string, p: number, end: number, cells: string[] | undefined): boolean {
  for (let i = p; ;) {
    if (i < end && text.charCodeAt(i) === 34) {
      let value = "";
      for (let from = i + 1; ;) {
        const q = text.indexOf('"', from);
        if (q < 0 || q >= end) return false;
        if (text.charCodeAt(q + 1) === 34 && q + 1 < end) {
          if (cells) value += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        if (cells) cells.push(value + text.slice(from, q));
        i = q + 1;
        break;
      }
      if (i === end) return true;
      if (text.charCodeAt(i) !== 44) return false;
      i++;
    } else {
      let c = text.indexOf(",", i);
      if (c < 0 || c > end) c = end;
      const q = text.indexOf('"', i);
      if (q !== -1 && q < c) return false;
      if (cells) cells.push(text.slice(i, c));
      if (c === end) return true;
      i = c + 1;
    }
  }
}

/** The physical line on which each CSV record starts (quote-aware, so multi-line cells count). */
export function recordStartLines(text: string): Int32Array {
  const starts: number[] = [1];
  let line = 1;
  let quoted = false;
  // From quote to line break with indexOf (a native search) instead of testing every character.
  let q = text.indexOf('"');
  let n = text.indexOf("\n");
  while (n !== -1) {
    if (q !== -1 && q < n) {
      quoted = !quoted;
      q = text.indexOf('"', q + 1);
      continue;
    }
    line++;
    if (!quoted) starts.push(line);
    n = text.indexOf("\n", n + 1);
  }
  return Int32Array.from(starts);
}

/**
 * The line ending papaparse would guess for the text of these bytes: with no carriage return at
 * all it is "\n" (found by a native byte search); otherwise papaparse guesses from the text's
 * first 1M characters (at most 4 bytes each).
 */
function guessNewline(body: Buffer): string {
  if (body.indexOf(0x0d) === -1) return "\n";
  const prefix = body.toString("utf8", 0, Math.min(body.length, (4 << 20) + 4));
  return Papa.parse<string[]>(prefix, { delimiter: ",", header: false, preview: 1 }).meta.linebreak;
}

const isAsciiSpace = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);

export interface Pieces {
  bom: boolean;
  newline: "\n" | "\r\n";
  starts: Int32Array;
  /** Decodes the pieces one by one (the bytes are known to be UTF-8). */
  texts: Iterable<string>;
}

/**
 * Plans the pieces of a large file: cuts just after a line break outside quotes (as
 * recordStartLines counts them; '"' and line breaks are single bytes in UTF-8, never inside a
 * multi-byte character), and the record start lines in the same scan. Undefined whenever the
 * whole-text path must decide: UTF-16, an empty-looking file, an unusual line ending.
 */
export function planPieces(bytes: Uint8Array): Pieces | undefined {
  if (isUtf16(bytes)) return undefined;
  const bom = hasBom(bytes);
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + (bom ? 3 : 0), bytes.byteLength - (bom ? 3 : 0));
  let first = 0;
  while (first < body.length && isAsciiSpace(body[first])) first++;
  if (first === body.length || body[first] >= 0x80) return undefined;
  // Bad UTF-8 (the whole-text path finds its line), or a second byte-order mark (TextDecoder
  // would drop it): the whole text decides. isUtf8 is a native scan, far faster than decoding.
  if (!isUtf8(body) || hasBom(body)) return undefined;
  const newline = guessNewline(body);
  if (newline !== "\n" && newline !== "\r\n") return undefined;

  const startLines: number[] = [1];
  const cuts: number[] = [];
  let line = 1;
  let quoted = false;
  let lastCut = 0;
  let q = body.indexOf(0x22);
  let n = body.indexOf(0x0a);
  while (n !== -1) {
    if (q !== -1 && q < n) {
      quoted = !quoted;
      q = body.indexOf(0x22, q + 1);
      continue;
    }
    line++;
    if (!quoted) {
      startLines.push(line);
      if (n + 1 - lastCut >= csvChunking.chunk && n + 1 < body.length && (newline === "\n" || (n > 0 && body[n - 1] === 0x0d))) {
        cuts.push(n + 1);
        lastCut = n + 1;
      }
    }
    n = body.indexOf(0x0a, n + 1);
  }
  cuts.push(body.length);
  // Every cut follows a line break, never inside a character, and the bytes are valid UTF-8:
  // each piece decodes on its own.
  function* texts(): Generator<string> {
    let from = 0;
    for (let k = 0; k < cuts.length; k++) {
      const text = body.toString("utf8", from, cuts[k]);
      from = cuts[k];
      yield text;
    }
  }
  return { bom, newline, starts: Int32Array.from(startLines), texts: { [Symbol.iterator]: texts } };
}
