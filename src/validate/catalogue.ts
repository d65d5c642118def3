/**
 * The one catalogue of issue types, after Frictionless's error catalogue: each type has a level
 * (error: the data is not published; warning: it is, and the maintainer should look), a title and
 * a description. The CLI (`npm run validate -- --list-types`), the JSON output (every issue carries
 * its title) and data/README.md (its table is checked against this list by a test) all read it.
 */

export interface IssueTypeSpec {
  level: "error" | "warning";
  title: string;
  description: string;
}

export const CATALOGUE = {
  // file
  "io-error": { level: "error", title: "Unreadable file", description: "The file is missing or cannot be read." },
  "encoding-error": {
    level: "error",
    title: "Encoding error",
    description: 'The file is not UTF-8 (Excel\'s Windows-1256 "CSV", or UTF-16). Save it as "CSV UTF-8".',
  },
  "format-error": {
    level: "error",
    title: "Format error",
    description:
      "The file cannot be read as a table: an unclosed quote, a delimiter other than the comma, a title row above the header, or invalid JSON (said in words, at the character).",
  },
  "empty-file": { level: "error", title: "Empty file", description: "The file, or its table, has no rows." },
  // header
  "blank-label": { level: "error", title: "Blank label", description: "A column has no name in the header." },
  "duplicate-label": { level: "error", title: "Duplicate label", description: "Two columns have the same name." },
  "missing-label": {
    level: "error",
    title: "Missing label",
    description: "A column of the schema is not in the header; the position says where it belongs.",
  },
  "extra-label": { level: "error", title: "Extra label", description: "A column that is not in the schema." },
  "incorrect-label": {
    level: "error",
    title: "Incorrect label",
    description: "A column name close to a schema column: a typo (the message says which).",
  },
  // row
  "missing-cell": { level: "error", title: "Missing cell", description: "The row has fewer cells than the header." },
  "extra-cell": { level: "error", title: "Extra cell", description: "The row has more cells than the header." },
  "primary-key": { level: "error", title: "Duplicate id", description: "Two rows have the same id." },
  "foreign-key": {
    level: "error",
    title: "Unknown reference",
    description:
      "An id that no row of the referenced file has; the message suggests the closest id. A row rejected for another cell still provides its id, so one mistake is reported once.",
  },
  // cell
  "type-error": {
    level: "error",
    title: "Type error",
    description: "A cell that cannot be read as its type (a number, true/false); the message says how to write it.",
  },
  "constraint-error": {
    level: "error",
    title: "Constraint error",
    description:
      "A value outside the rules of its field (a pattern, an allowed value, a range); allowed values get a suggestion, including the Persian words the docs map (بیش از: more_than).",
  },
  required: { level: "error", title: "Required value", description: "A required cell or JSON key is empty or absent." },
  "cell-too-long": {
    level: "error",
    title: "Oversized cell",
    description: "A note over 1,000 characters, or any cell over 10,000: every page that shows it would carry it.",
  },
  "jalali-invalid": {
    level: "error",
    title: "Invalid Jalali date",
    description: "Not a Jalali date (no such day, month 13, a Gregorian year).",
  },
  "date-in-future": { level: "error", title: "Date in the future", description: "A date after today." },
  "date-after-publication": {
    level: "error",
    title: "Date after publication",
    description: "An observation's period starts after the publication date of its article.",
  },
  "unit-unknown": {
    level: "error",
    title: "Unknown unit",
    description: "A unit or scale that is not allowed, or one that does not fit the indicator.",
  },
  "unicode-control": {
    level: "error",
    title: "Bidi control character",
    description: 'Bidi override and isolate controls are never allowed in data ("Trojan Source").',
  },
  "mixed-digits": { level: "error", title: "Mixed digits", description: "Digits of several scripts in one cell." },
  "conflict-group": {
    level: "error",
    title: "Conflict group",
    description: "A conflict_group with one member (a typo for another group?), or whose members differ in indicator or place.",
  },
  // releases (data/releases/, releases.csv, revisions.csv, withdrawals.csv)
  "date-future": { level: "error", title: "Release date in the future", description: "A release dated after today." },
  "release-order": { level: "error", title: "Release out of order", description: "Releases must be numbered and dated in order." },
  "ledger-missing": {
    level: "error",
    title: "Missing ledger",
    description: "A release in releases.csv without its ledger file in data/releases/.",
  },
  "ledger-changed": {
    level: "error",
    title: "Edited ledger",
    description: "A release's ledger no longer matches its SHA-256 in releases.csv: released ledgers are never edited.",
  },
  "revision-missing": {
    level: "error",
    title: "Revision missing",
    description:
      "A released figure changed in place without a row in revisions.csv (with its reason), or a revision row without its reason.",
  },
  "withdrawal-missing": {
    level: "error",
    title: "Withdrawal missing",
    description: "A released figure removed from observations.csv without a row in withdrawals.csv.",
  },
  // warnings
  normalized: {
    level: "warning",
    title: "Normalised",
    description:
      "A value was read in its standard form (digits, separators, date slashes, Arabic letters, stray marks, spaces); `npm run validate -- --fix` writes that form into the file.",
  },
  "sum-mismatch": {
    level: "warning",
    title: "Sum mismatch",
    description: "Parts (women and men, counties) that do not add up to their total in one statement.",
  },
  "likely-duplicate": {
    level: "warning",
    title: "Likely duplicate",
    description: "Two observations with the same indicator, place, period, value, unit, scale, qualifier and split, under two ids.",
  },
  "likely-misprint": {
    level: "warning",
    title: "Likely misprint",
    description:
      "A value more than 5 times, or less than a fifth of, the median of the other reports of the same indicator and place within two years. Silenced by doubt=true or checked=true.",
  },
  unreleased: { level: "warning", title: "Unreleased figures", description: "Figures not yet in a release: npm run release seals them." },
  "revision-unneeded": {
    level: "warning",
    title: "Revision not needed",
    description: "A pending revision row for a figure that has not changed since its release.",
  },
  "near-duplicate-name": {
    level: "warning",
    title: "Near-identical names",
    description:
      "Two spellings of one name in a column that differ only by ZWNJ, spaces, Arabic/Persian letters or digits: they would show as two names.",
  },
} as const satisfies Record<string, IssueTypeSpec>;

export type IssueType = keyof typeof CATALOGUE;
export const ISSUE_TYPES = Object.keys(CATALOGUE) as IssueType[];
export type ErrorType = { [K in IssueType]: (typeof CATALOGUE)[K]["level"] extends "error" ? K : never }[IssueType];
export type WarningType = Exclude<IssueType, ErrorType>;

/** The catalogue as text lines (for `--list-types`). */
export function catalogueLines(): string[] {
  return ISSUE_TYPES.map((t) => `${t} (${CATALOGUE[t].level}): ${CATALOGUE[t].title}. ${CATALOGUE[t].description}`);
}
