/**
 * Turns one raw cell (a string from CSV or JSON) into the typed value its zod field expects,
 * normalising what maintainers type and reporting what cannot be read. The schema is the only
 * source of truth: the field's zod type and metadata decide how the cell is read.
 */
import type { z } from "zod";
import { baseType, metaOf } from "../schemas/fields.ts";
import { isMissingMarker, normalizeText, parseNumberCell } from "../lib/normalize.ts";
import { parseJalali } from "../lib/jalali.ts";
import type { ErrorType } from "./issues.ts";
import { detach } from "./detach.ts";
import { CharPool, rangeHash, type IdLookup } from "./keys.ts";

export type CellResult =
  | { ok: true; value: unknown; warnings: string[]; /** The cell as it should be written, where --fix would rewrite it. */ fixed?: string }
  | { ok: false; type: ErrorType; message: string };

const typeOf = (t: z.ZodType): string => (t as unknown as { def: { type: string } }).def.type;

/** Precomputed per-field reader, so a million rows do not re-inspect the schema. */
export type CellReader = (raw: string) => CellResult;

/** Longest note (fields named note_*), and longest cell of any field, in characters. */
export const NOTE_LIMIT = 1_000;
export const CELL_LIMIT = 10_000;

/** The limit for a field, by name. */
export const limitOf = (name: string): number => (name.startsWith("note_") ? NOTE_LIMIT : CELL_LIMIT);

const tooLong = (raw: string, limit: number): CellResult => ({
  ok: false,
  type: "cell-too-long",
  message: `${raw.length.toLocaleString("en")} characters, more than ${limit.toLocaleString("en")}: shorten it (${limit === NOTE_LIMIT ? "a note is a sentence or two; details go in the curation log" : "this is not a text field for documents"})`,
});

/** What --fix writes: `fixed` when it is not the raw text. */
const withFix = (res: CellResult & { ok: true }, raw: string, fixed: string): CellResult => (fixed !== raw ? { ...res, fixed } : res);

export function cellReader(field: z.ZodType, name = ""): CellReader {
  const { inner } = baseType(field);
  const meta = metaOf(field);
  const kind = typeOf(inner);
  const limit = limitOf(name);

  const read: CellReader = (raw) => {
    if (raw.length > limit) return tooLong(raw, limit);
    const text = normalizeText(raw);
    if (text.error) return { ok: false, type: text.error.type, message: text.error.message };
    const warnings = text.warnings;
    const s = text.value;
    if (s !== raw && warnings.length === 0) warnings.push("removed spaces around the value");
    if (s === "") return withFix({ ok: true, value: undefined, warnings }, raw, s);
    // "-" or "ندارد" means no value in any column; the schema then decides whether that is allowed
    // (optional: accepted, with this warning; required: a "required" error).
    if (isMissingMarker(s)) return { ok: true, value: undefined, warnings: warnings.concat(`read "${s}" as no value`) };

    if (kind === "number") {
      const n = parseNumberCell(s);
      if (n.kind === "error") return { ok: false, type: n.type, message: n.message };
      if (n.kind === "empty") return withFix({ ok: true, value: undefined, warnings }, raw, s);
      return withFix({ ok: true, value: n.value, warnings: warnings.concat(n.warnings) }, raw, n.text);
    }
    if (kind === "boolean") {
      const lower = s.toLowerCase();
      if (lower === "true") return withFix({ ok: true, value: true, warnings }, raw, s);
      if (lower === "false") return withFix({ ok: true, value: false, warnings }, raw, s);
      return { ok: false, type: "type-error", message: "expected true or false" };
    }
    if (meta.kind === "jalali") {
      const d = parseJalali(s, meta.precision);
      if (!d.ok) return { ok: false, type: d.type, message: d.message };
      return withFix({ ok: true, value: d.value, warnings: warnings.concat(d.warnings) }, raw, d.value);
    }
    if (meta.kind === "idList") return withFix({ ok: true, value: detach(s).split(/\s+/), warnings }, raw, s);
    return withFix({ ok: true, value: detach(s), warnings }, raw, s);
  };
  return remembered(read, meta.kind !== "idList");
}

/** A memory starts with room for this many values, and doubles (up to MEMO_MAX) while at least half its lookups hit. */
const MEMO_SIZE = 4096;
const MEMO_MAX = 1 << 18;

/** What a full memory does next: grow (values repeat) or stop (they do not). */
const grows = (size: number, hits: number, misses: number): boolean => size < MEMO_MAX && hits >= misses;

/**
 * Most columns repeat a few values (units, places, periods, true/false, short notes), so a clean
 * result (no warning, a primitive value: nothing a caller could change) is remembered by its raw
 * text. A column whose values do not repeat (ids, amounts) turns the memory off once it is full,
 * to stop paying for lookups that miss.
 */
function remembered(read: CellReader, enabled: boolean): CellReader {
  if (!enabled) return read;
  const memo = new Map<string, CellResult>();
  let cap = MEMO_SIZE;
  let on = true;
  let hits = 0;
  let misses = 0;
  // Empty cells (most optional columns) skip even the lookup.
  const empty = read("");
  const emptyClean = empty.ok && empty.warnings.length === 0 && (empty.value === null || typeof empty.value !== "object");
  return (raw) => {
    if (raw.length === 0 && emptyClean) return empty;
    if (on) {
      const known = memo.get(raw);
      if (known !== undefined) {
        hits++;
        return known;
      }
    }
    const res = read(raw);
    if (on && res.ok && res.warnings.length === 0 && (res.value === null || typeof res.value !== "object")) {
      misses++;
      if (memo.size < cap) memo.set(detach(raw), res);
      else if (grows(cap, hits, misses)) {
        cap *= 2;
        memo.set(detach(raw), res);
      } else {
        on = false;
        memo.clear();
      }
    }
    return res;
  };
}

/** What a fast reader returns when the cell needs the full reader (a warning, an error, a marker). */
export const SLOW: unique symbol = Symbol("slow");
export type FastReader = (raw: string) => unknown;

/** Characters that make a cell need the full reader: anything normalizeText or the number reader acts on. */
export const NEEDS_NORMALISING =
  /[\u202A-\u202E\u2066-\u2069\u200E\u200F\uFEFF\u061C\u0640\u064A\u0649\u0643\u06F0-\u06F9\u0660-\u0669\u066B\u066C\u060C\u2212]/;
const PLAIN_INT = /^\d{1,15}$/;
const PLAIN_DECIMAL = /^\d{1,15}\.\d{1,15}$/;
/** "1.234": a thousands mark or a decimal? The full reader refuses it. */
const AMBIGUOUS = /^[1-9]\d{0,2}\.\d{3}$/;
const isSpace = (c: number) => c <= 0x20 || c === 0xa0 || c === 0x200c || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;

/**
 * The value of a plain cell without building a result: for a cell with nothing to normalise (no
 * surrounding space, no special character, not a "no value" marker, within its length limit), the
 * same value the full reader gives; SLOW for anything else, which then goes to the full reader.
 * `clean` says the whole piece of text holds none of NEEDS_NORMALISING (tested once per piece).
 * tests/validate/cells-fast.test.ts checks that both readers agree.
 */
export function fastReader(field: z.ZodType, name = ""): FastReader {
  const { inner } = baseType(field);
  const meta = metaOf(field);
  const kind = typeOf(inner);
  const limit = limitOf(name);
  const full = cellReader(field, name);
  const viaFull = (raw: string): unknown => {
    const res = full(raw);
    return res.ok && res.warnings.length === 0 ? res.value : SLOW;
  };
  const plain = (raw: string): boolean => {
    const n = raw.length;
    if (n > limit) return false;
    if (isSpace(raw.charCodeAt(0)) || isSpace(raw.charCodeAt(n - 1))) return false;
    // (no marker is longer than 5 characters: «ندارد»)
    return !(n <= 5 && isMissingMarker(raw)) && !NEEDS_NORMALISING.test(raw);
  };
  if (meta.kind === "idList") return (raw) => (raw === "" ? undefined : viaFull(raw));
  if (kind === "number") {
    return (raw) => {
      if (raw === "") return undefined;
      if (PLAIN_INT.test(raw)) return Number(raw);
      if (PLAIN_DECIMAL.test(raw) && !AMBIGUOUS.test(raw)) return Number(raw);
      return viaFull(raw);
    };
  }
  if (kind === "boolean") return (raw) => (raw === "true" ? true : raw === "false" ? false : raw === "" ? undefined : viaFull(raw));
  if (meta.kind === "jalali") return (raw) => (raw === "" ? undefined : viaFull(raw)); // remembered: dates repeat
  // Most text columns repeat a few values (ids of places, indicators, sources; units): one string
  // per distinct value is kept, not one per row (at a million rows, hundreds of MB). A column whose
  // values do not repeat turns this off once the table is full, as `remembered` does.
  const interned = new Map<string, string>();
  let cap = MEMO_SIZE;
  let on = true;
  let hits = 0;
  let misses = 0;
  return (raw) => {
    if (raw === "") return undefined;
    if (on) {
      const known = interned.get(raw);
      if (known !== undefined) {
        hits++;
        return known;
      }
    }
    if (!plain(raw)) return viaFull(raw);
    const value = detach(raw);
    if (on) {
      misses++;
      if (interned.size < cap) interned.set(value, value);
      else if (grows(cap, hits, misses)) {
        cap *= 2;
        interned.set(value, value);
      } else {
        on = false;
        interned.clear();
      }
    }
    return value;
  };
}

/** Where a known-reference reader notes the row its last cell named (-1: none, or not known here). */
export interface RefRow {
  row: number;
}

/**
 * A reference column whose target file is already read (sources.csv before observations.csv): a
 * cell that is exactly a known id gives the target's own id string (shared, not copied) and notes
 * the target's row in `at`, so the cross-file check needs no second lookup of that id. Any other
 * cell (empty, to normalise, unknown) goes to `general` with the row -1, and the cross-file check
 * looks it up as before. `index`: the target's key index (keys.ts); `ids`: its id column.
 */
export function knownRefReader(general: FastReader, index: IdLookup, ids: ArrayLike<unknown>, at: RefRow): FastReader {
  return (raw) => {
    const r = index.get(raw);
    if (r !== undefined && r >= 0) {
      at.row = r;
      return ids[r];
    }
    at.row = -1;
    return general(raw);
  };
}

/**
 * A cell read in place: text[from, to) of a record without quotes, its value (what the fast reader
 * gives that cell), which passes the column's check, or SLOW. Repeated values are found by their
 * characters in a table of the values seen (no string made for them, and no check run again); a
 * number of digits only is read from its characters; anything else is made a string and given to
 * the fast reader. tests/validate/scan.test.ts checks that reading in place gives the table and
 * issues that splitting each record gives.
 */
export type CellScan = (text: string, from: number, to: number) => unknown;

/**
 * The cell scanner of a field. `fast`: the field's fast reader (the knownRefReader of a resolved
 * reference). `check`: the field's compiled check (compile.ts); a value that fails it is SLOW, and
 * the record is then split and read as before, which reports it. `refuse`: cells the row must not
 * be read in place with (a totals label in the first three cells). `ref`: a resolved reference
 * column's target and where its row is noted.
 */
export function cellScanner(
  field: z.ZodType,
  fast: FastReader,
  check: (v: unknown) => boolean,
  refuse?: (raw: string) => boolean,
  ref?: { index: IdLookup; ids: ArrayLike<unknown>; at: RefRow },
): CellScan {
  const { inner } = baseType(field);
  const meta = metaOf(field);
  const kind = typeOf(inner);
  const viaString: CellScan = (text, from, to) => {
    const raw = text.slice(from, to);
    if (refuse !== undefined && refuse(raw)) return SLOW;
    const v = fast(raw);
    return v !== SLOW && check(v) ? v : SLOW;
  };
  // An empty cell's verdict, found once (the fast reader gives every empty cell the same value).
  let emptyValue: unknown = SLOW;
  let emptyKnown = false;
  const empty = () => {
    if (!emptyKnown) {
      const v = fast("");
      emptyValue = v !== SLOW && check(v) ? v : SLOW;
      emptyKnown = !ref; // (a reference's reader notes its row: ask it each time)
    }
    return emptyValue;
  };
  if (ref && ref.index.getRange) return refScanner(ref.index, ref.ids, ref.at, viaString, check, refuse);
  if (meta.kind === "idList") return viaString;
  if (kind === "number") {
    // Up to 15 digits: the value is exact when built digit by digit (below 2^53), as Number() gives.
    return (text, from, to) => {
      if (from === to) return empty();
      if (to - from <= 15) {
        let v = 0;
        let k = from;
        for (; k < to; k++) {
          const d = text.charCodeAt(k) - 48;
          if (d < 0 || d > 9) break;
          v = v * 10 + d;
        }
        if (k === to) return check(v) ? v : SLOW;
      }
      return viaString(text, from, to);
    };
  }
  if (kind === "boolean") {
    const yes = check(true) ? true : SLOW;
    const no = check(false) ? false : SLOW;
    return (text, from, to) => {
      if (from === to) return empty();
      if (to - from === 4 && text.startsWith("true", from)) return yes;
      if (to - from === 5 && text.startsWith("false", from)) return no;
      return viaString(text, from, to);
    };
  }
  return memoScanner(fast, check, empty, refuse);
}

function refScanner(
  index: IdLookup,
  ids: ArrayLike<unknown>,
  at: RefRow,
  viaString: CellScan,
  check: (v: unknown) => boolean,
  refuse?: (raw: string) => boolean,
): CellScan {
  // Per target row: 0 not seen yet, 1 its id passes this column's check and is not refused, 2 not.
  const verdict = new Uint8Array(ids.length);
  return (text, from, to) => {
    if (from !== to) {
      const r = index.getRange!(text, from, to);
      if (r !== undefined && r >= 0) {
        let ok = verdict[r];
        if (ok === 0) {
          const id = ids[r];
          ok = verdict[r] = check(id) && !(refuse !== undefined && refuse(String(id))) ? 1 : 2;
        }
        if (ok === 2) return SLOW;
        at.row = r;
        return ids[r];
      }
    }
    return viaString(text, from, to);
  };
}

/** Cells longer than this are made strings and left to the fast reader's own memory (a native hash beats a loop over many characters). */
export const scanTuning = { memoChars: 16 };
let MEMO_CHARS = 16;

function memoScanner(fast: FastReader, check: (v: unknown) => boolean, empty: () => unknown, refuse?: (raw: string) => boolean): CellScan {
  MEMO_CHARS = scanTuning.memoChars;
  const viaString: CellScan = (text, from, to) => {
    const raw = text.slice(from, to);
    if (refuse !== undefined && refuse(raw)) return SLOW;
    const v = fast(raw);
    return v !== SLOW && check(v) ? v : SLOW;
  };
  let bits = Math.log2(MEMO_SIZE) + 1;
  let mask = (1 << bits) - 1;
  // Slots (entry + 1, and the entry's hash), and per entry: its characters in the pool, their
  // number, its hash and its value.
  let slots = new Int32Array(1 << bits);
  let hashes = new Int32Array(1 << bits);
  let cap = MEMO_SIZE;
  let pool = new CharPool();
  let keyAt = new Int32Array(cap);
  let keyLen = new Int32Array(cap);
  let keyHash = new Int32Array(cap);
  let vals: unknown[] = [];
  let on = true;
  let hits = 0;
  let misses = 0;
  const place = (k: number, h: number) => {
    let p = h & mask;
    while (slots[p] !== 0) p = (p + 1) & mask;
    slots[p] = k + 1;
    hashes[p] = h;
  };
  const grow = () => {
    cap *= 2;
    bits++;
    mask = (1 << bits) - 1;
    slots = new Int32Array(1 << bits);
    hashes = new Int32Array(1 << bits);
    const widen = (a: Int32Array) => {
      const b = new Int32Array(cap);
      b.set(a);
      return b;
    };
    keyAt = widen(keyAt);
    keyLen = widen(keyLen);
    keyHash = widen(keyHash);
    for (let k = 0; k < vals.length; k++) place(k, keyHash[k]);
  };
  return (text, from, to) => {
    if (from === to) return empty();
    if (to - from > MEMO_CHARS) return viaString(text, from, to);
    let h = 0;
    if (on) {
      h = rangeHash(text, from, to);
      const len = to - from;
      for (let p = h & mask; ; p = (p + 1) & mask) {
        const e = slots[p];
        if (e === 0) break;
        if (hashes[p] === h && keyLen[e - 1] === len && pool.same(keyAt[e - 1], len, text, from)) {
          hits++;
          return vals[e - 1];
        }
      }
    }
    const raw = text.slice(from, to);
    if (refuse !== undefined && refuse(raw)) return SLOW;
    const v = fast(raw);
    // Only values that pass the check are remembered (a hit needs no check).
    if (v === SLOW || !check(v)) return SLOW;
    if (on && (v === null || typeof v !== "object")) {
      misses++;
      if (vals.length >= cap) {
        if (grows(cap, hits, misses)) grow();
        else {
          on = false;
          vals = [];
          pool = new CharPool();
          slots = hashes = keyAt = keyLen = keyHash = new Int32Array(0);
          return v;
        }
      }
      const k = vals.length;
      place(k, h);
      keyAt[k] = pool.add(raw);
      keyLen[k] = raw.length;
      keyHash[k] = h;
      vals.push(v);
    }
    return v;
  };
}
