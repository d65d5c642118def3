/**
 * Normalising text and numbers typed by maintainers (often in Excel, often in Persian).
 * Pure functions: each returns the cleaned value plus the notes (warnings) or the problem
 * (error) it found, and never drops anything silently.
 */

/** Bidi embedding, override and isolate controls: a "Trojan Source" vector, always rejected. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** Marks that only steer display direction or are Excel artefacts; removed with a warning. */
const STRAY_MARKS = /[\u200E\u200F\uFEFF\u061C]/g;
const TATWEEL = /\u0640/g;
const ARABIC_LETTERS: Record<string, string> = { "\u064A": "\u06CC", "\u0649": "\u06CC", "\u0643": "\u06A9" };
const ARABIC_LETTER_RE = /[\u064A\u0649\u0643]/g;

export interface TextResult {
  value: string;
  warnings: string[];
  error?: { type: "unicode-control"; message: string };
}

/** Any character the function below acts on; most cells hold none (one test instead of four). */
const ANY_SPECIAL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\uFEFF\u061C\u0640\u064A\u0649\u0643]/;

/** Cleans one text cell: rejects bidi controls, removes LRM/RLM/BOM/tatweel, maps Arabic ي ى ك to Persian. */
export function normalizeText(raw: string): TextResult {
  if (!ANY_SPECIAL.test(raw)) return { value: raw.trim(), warnings: [] };
  const warnings: string[] = [];
  const control = raw.match(BIDI_CONTROLS);
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    return { value: raw, warnings, error: { type: "unicode-control", message: `bidi control character U+${code} is not allowed in data` } };
  }
  let value = raw;
  if (STRAY_MARKS.test(value)) {
    value = value.replace(STRAY_MARKS, "");
    warnings.push("removed invisible direction marks (LRM/RLM/BOM)");
  }
  if (TATWEEL.test(value)) {
    value = value.replace(TATWEEL, "");
    warnings.push("removed tatweel (ـ)");
  }
  if (ARABIC_LETTER_RE.test(value)) {
    value = value.replace(ARABIC_LETTER_RE, (c) => ARABIC_LETTERS[c]);
    warnings.push("replaced Arabic letters ي/ى/ك with Persian ی/ک");
  }
  const trimmed = value.trim();
  if (trimmed !== value) value = trimmed;
  return { value, warnings };
}

/** A key for comparing labels and ids: ignores ZWNJ, spaces and case; Arabic letters already mapped. */
export function comparisonKey(s: string): string {
  return normalizeText(s)
    .value.replace(/[\u200C\s_]/g, "")
    .toLowerCase();
}

const PERSIAN_ZERO = 0x06f0;
const ARABIC_ZERO = 0x0660;

/** Which digit scripts a string uses. */
function digitScripts(s: string): Set<"latin" | "persian" | "arabic"> {
  const scripts = new Set<"latin" | "persian" | "arabic">();
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x30 && c <= 0x39) scripts.add("latin");
    else if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) scripts.add("persian");
    else if (c >= ARABIC_ZERO && c <= ARABIC_ZERO + 9) scripts.add("arabic");
  }
  return scripts;
}

export type DigitsResult = { ok: true; value: string; converted: boolean } | { ok: false; message: string };

const NON_LATIN_DIGIT = /[\u06F0-\u06F9\u0660-\u0669]/;

/** Converts Persian and Arabic-Indic digits to Latin; refuses a cell that mixes scripts. */
export function toLatinDigits(s: string): DigitsResult {
  // Latin digits only (the usual case): nothing to convert and nothing to mix.
  if (!NON_LATIN_DIGIT.test(s)) return { ok: true, value: s, converted: false };
  const scripts = digitScripts(s);
  if (scripts.size > 1) return { ok: false, message: `digits of several scripts (${[...scripts].join(", ")}) in one cell` };
  if (!scripts.has("persian") && !scripts.has("arabic")) return { ok: true, value: s, converted: false };
  const value = s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (ch) => {
    const c = ch.codePointAt(0)!;
    return String(c >= PERSIAN_ZERO ? c - PERSIAN_ZERO : c - ARABIC_ZERO);
  });
  return { ok: true, value, converted: true };
}

/** Values that mean "no figure" in hand-made sheets. */
const MISSING_MARKERS = new Set(["-", "—", "–", "ندارد", "n/a", "na", "null"]);
const LONGEST_MARKER = Math.max(...[...MISSING_MARKERS].map((m) => m.length));

/** Is this cell a "no value" marker ("-", "ندارد", ...) rather than a value? */
export function isMissingMarker(s: string): boolean {
  // Runs on every cell: skip the lower-casing for anything longer than the longest marker
  // (lower-casing never shortens a string).
  const t = s.trim();
  return t.length <= LONGEST_MARKER && MISSING_MARKERS.has(t.toLowerCase());
}

const PLAIN_INTEGER = /^-?\d+$/;
const UNSAFE_INTEGER = "integer larger than 2^53 cannot be stored exactly";

export type NumberResult =
  | { kind: "empty"; marker: boolean; warnings: string[] }
  | {
      kind: "number";
      value: number;
      warnings: string[];
      /** The number as it should be written (Latin digits, no separators). */ text: string;
    }
  | { kind: "error"; type: "type-error" | "mixed-digits" | "constraint-error"; message: string };

/**
 * Parses a number cell the way a person typed it. Accepts Persian/Arabic digits, the Arabic
 * thousands mark ٬, ، or `,` in proper groups of three, ٫ as decimal mark and U+2212 minus, each
 * with a warning. Refuses units inside the cell, ambiguous dots ("1.234") and unsafe integers.
 */
export function parseNumberCell(raw: string): NumberResult {
  const warnings: string[] = [];
  const s = raw.trim();
  if (s === "") return { kind: "empty", marker: false, warnings };
  // The usual cell, a plain Latin integer: no marker, conversion or separator can apply to it.
  if (PLAIN_INTEGER.test(s)) {
    const value = Number(s);
    return Number.isSafeInteger(value)
      ? { kind: "number", value, warnings, text: s }
      : { kind: "error", type: "constraint-error", message: UNSAFE_INTEGER };
  }
  if (MISSING_MARKERS.has(s.toLowerCase())) return { kind: "empty", marker: true, warnings };
  const digits = toLatinDigits(s);
  if (!digits.ok) return { kind: "error", type: "mixed-digits", message: digits.message };
  let t = digits.value;
  if (digits.converted) warnings.push("converted Persian/Arabic digits to Latin digits");
  if (t.includes("\u2212")) {
    t = t.replace(/\u2212/g, "-");
    warnings.push("replaced the minus sign U+2212 with -");
  }
  if (t.includes("\u066B")) {
    t = t.replace(/\u066B/g, ".");
    warnings.push("replaced the Persian decimal mark ٫ with .");
  }
  if (/[\u066C\u060C,]/.test(t)) {
    if (!/^-?\d{1,3}([\u066C\u060C,]\d{3})+(\.\d+)?$/.test(t)) {
      // One comma (or ٬ ،) followed by other than three digits: a decimal comma, as in Europe.
      const decimal = t.match(/^(-?\d+)[\u066C\u060C,](\d+)$/);
      if (decimal)
        return {
          kind: "error",
          type: "type-error",
          message: `a decimal comma? write ${decimal[1]}.${decimal[2]} (the decimal mark is a dot; no thousands separators)`,
        };
      return {
        kind: "error",
        type: "type-error",
        message: "thousands separators are not in groups of three: write the number without them",
      };
    }
    t = t.replace(/[\u066C\u060C,]/g, "");
    warnings.push("removed thousands separators");
  }
  if (/^-?\d{1,3}(\.\d{3}){2,}$/.test(t)) {
    return { kind: "error", type: "type-error", message: "dots used as thousands separators" };
  }
  // "1.234" may be a thousands mark; "0.125" may not (no number is written with a leading 0 group).
  if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(t)) {
    return {
      kind: "error",
      type: "type-error",
      message:
        "ambiguous separator: a dot before exactly three digits may be a thousands mark; write 1234, or the decimal without a trailing zero",
    };
  }
  if (!/^-?\d+(\.\d+)?$/.test(t)) {
    const message = /[\p{L}%\u066A]/u.test(t)
      ? "a unit or word inside a number cell: put the number alone and the unit in its own column"
      : "not a number";
    return { kind: "error", type: "type-error", message };
  }
  const value = Number(t);
  if (!t.includes(".") && !Number.isSafeInteger(value)) {
    return { kind: "error", type: "constraint-error", message: UNSAFE_INTEGER };
  }
  return { kind: "number", value, warnings, text: t };
}
