/**
 * One normal form for Persian search, applied to the indexed text (at build time) and to the
 * query (in the browser), so the ways Persian is typed all meet:
 *
 * - Arabic letters to Persian (ي ى -> ی, ك -> ک), ۀ ة -> ه (the hamza above is dropped, like
 *   every diacritic), أ إ ٱ -> ا; tatweel and direction marks removed;
 * - Latin and Arabic-Indic digits to Persian digits (the site displays Persian digits, so excerpts
 *   still read naturally), `.` between digits to the Persian decimal mark;
 * - ZWNJ, a space or nothing between the parts of a word: Pagefind indexes a word written with a
 *   ZWNJ as its parts joined («دانش‌بنیان» -> «دانشبنیان»), so the query drops its ZWNJs; and a run
 *   of words whose joined form is a compound the site writes with a ZWNJ («دانش بنیان») is joined
 *   on both sides, using the list of those compounds made at build time.
 *
 * Pure and dependency-free: the browser bundle imports it as is.
 */

const ZWNJ = "\u200C";
/** Letters typed in Arabic forms, and the Persian letter each is read as. */
const LETTERS: Record<string, string> = {
  "\u064A": "\u06CC", // ي
  "\u0649": "\u06CC", // ى
  "\u0643": "\u06A9", // ك
  "\u06C0": "\u0647", // ۀ
  "\u0629": "\u0647", // ة
  "\u0623": "\u0627", // أ
  "\u0625": "\u0627", // إ
  "\u0671": "\u0627", // ٱ
};
const LETTER_RE = /[\u064A\u0649\u0643\u06C0\u0629\u0623\u0625\u0671]/g;
/** Harakat, tanwin, shadda, sukun, hamza above/below, superscript alef; tatweel. */
const MARKS_RE = /[\u064B-\u065F\u0670\u0640]/g;
/** Direction marks and isolates, BOM, Arabic letter mark: invisible, never part of a word. */
const INVISIBLE_RE = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C\u00AD\u200D]/g;
/** No-break and other wide spaces count as spaces. */
const SPACES_RE = /[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g;
const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";
const DIGIT_RE = /[0-9\u0660-\u0669]/g;

/** The letter-level folding both sides share; keeps ZWNJ and spacing as they are. */
export function foldText(s: string): string {
  return s
    .replace(INVISIBLE_RE, "")
    .replace(SPACES_RE, " ")
    .replace(MARKS_RE, "")
    .replace(LETTER_RE, (c) => LETTERS[c])
    .replace(DIGIT_RE, (d) => {
      const c = d.charCodeAt(0);
      return PERSIAN_DIGITS[c >= 0x0660 ? c - 0x0660 : c - 0x30];
    })
    .replace(/([۰-۹])\.(?=[۰-۹])/g, "$1\u066B");
}

/** A compound's key: its parts joined (what Pagefind indexes for a word written with ZWNJ). */
export const compoundKey = (word: string): string => word.split(ZWNJ).join("");

/** The most words a compound is joined from («مشارکت‌کنندگان» has 2, «اعلام‌فعالیت‌کرده» 3). */
const MAX_PARTS = 4;

/** Words (runs of letters and ZWNJ) that hold a ZWNJ, folded. */
export function compoundsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of foldText(text).matchAll(/[\p{L}\u200C]+/gu)) {
    const w = m[0].replace(/^\u200C+|\u200C+$/g, "");
    if (w.includes(ZWNJ) && w.split(ZWNJ).length <= MAX_PARTS) out.push(w);
  }
  return out;
}

const LETTER_END = /[\p{L}\p{N}]$/u;
const LETTER_START = /^[\p{L}\p{N}]/u;
const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * Joins runs of 2..MAX_PARTS space-separated tokens whose concatenation is a known compound
 * (longest run first), with `glue` between the parts. Tokens are split on spaces only, so
 * punctuation stays with its word and a run never crosses it.
 */
function joinCompounds(text: string, compounds: ReadonlySet<string>, glue: string): string {
  if (!compounds.size) return text;
  const tokens = text.split(/( +)/);
  // tokens: word, space, word, space, ... (words at even indexes)
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let joined = false;
    for (let n = MAX_PARTS; n >= 2 && !joined; n--) {
      const last = i + 2 * (n - 1);
      if (last >= tokens.length) continue;
      const words = Array.from({ length: n }, (_, k) => tokens[i + 2 * k]);
      // Punctuation may open the first word and close the last, never sit at a junction.
      if (words.some((w, k) => (k < n - 1 && !LETTER_END.test(w)) || (k > 0 && !LETTER_START.test(w)))) continue;
      if (compounds.has(compoundKey(words.join("")).replace(EDGE_PUNCT, ""))) {
        out.push(words.join(glue));
        i = last + 1;
        joined = true;
      }
    }
    if (!joined) {
      out.push(tokens[i]);
      i++;
    }
  }
  return out.join("");
}

/** Indexed text: folded, and known compounds typed with a space joined with a ZWNJ. */
export function normalizeIndexText(s: string, compounds: ReadonlySet<string>): string {
  return joinCompounds(foldText(s), compounds, ZWNJ);
}

/**
 * The query as it is sent to Pagefind: folded, thousands separators between digits dropped
 * (Pagefind indexes «۱٬۲۳۴» as «۱۲۳۴»), ZWNJs dropped, compounds typed with spaces joined,
 * spaces collapsed.
 */
export function normalizeQuery(q: string, compounds: ReadonlySet<string>): string {
  const folded = foldText(q)
    .replace(/([۰-۹])[\u066C,\u060C](?=[۰-۹]{3}(?![۰-۹]))/g, "$1")
    .replace(/\u200C/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return joinCompounds(folded, compounds, "");
}
