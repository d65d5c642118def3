/**
 * The one estimate of how wide a string is drawn in Vazirmatn (Plot's own estimates are
 * Latin-based, and the chart labels and the downloaded images' text both need it), in em, with
 * factors per script. Measured in Chromium: Persian letters run about 0.42-0.46 em, digits
 * 0.55-0.66 em, Latin capitals about 0.62 and small letters about 0.5; the factors are a little
 * above that on purpose, because a label that overlaps a bar is worse than white space. Bidi
 * controls and ZWNJ take no room. A space is as wide as a Persian letter in Persian text (that
 * margin keeps the Persian layouts as they are) and narrower in Latin text.
 */
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

/** Width of one line of text in em. */
export function textEm(line: string): number {
  const persian = ARABIC_SCRIPT.test(line);
  let em = 0;
  for (const ch of line) {
    if (/[\u200B-\u200F\u2066-\u2069]/.test(ch)) continue;
    if (/[0-9\u06F0-\u06F9\u0660-\u0669]/.test(ch)) em += 0.66;
    else if (ch === " " || ch === "\u00a0") em += persian ? 0.5 : 0.3;
    else if (/[A-Z]/.test(ch)) em += 0.66;
    else if (/[a-z]/.test(ch)) em += 0.54;
    else if (/[.,:;'’()\-–|]/.test(ch) && !persian) em += 0.32;
    else em += 0.5;
  }
  return em;
}

/** Width of a string in px at `size` (one line). */
export const textWidth = (s: string, size: number): number => textEm(s) * size;

/**
 * Width of a chart label in px, with an 8px margin: multi-line labels (`\n`) count their longest
 * line.
 */
export function labelWidth(s: string, px = 13): number {
  return Math.ceil(Math.max(...s.split("\n").map(textEm)) * px) + 8;
}
