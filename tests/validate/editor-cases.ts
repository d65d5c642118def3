/**
 * The editor's-eye cases (tests/fixtures/editor/NN-name/): valid-min with the case's files laid
 * over it, validated with today fixed at 1404-07-01, printed as the CLI prints issues.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { validateDataDir, type Report } from "../../src/validate/index.ts";
import { formatIssue } from "../../src/validate/issues.ts";
import { FIXTURES, VALID_MIN } from "./fixtures.ts";

export const EDITOR = join(FIXTURES, "editor");
export const TODAY = "1404-07-01";
const DATA_FILES = (dir: string) => readdirSync(dir).filter((f) => /\.(csv|json)$/.test(f));

export const editorCases = (): string[] =>
  readdirSync(EDITOR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

export function validateEditorCase(name: string): Report {
  const dir = join(EDITOR, name);
  const over = new Set(DATA_FILES(dir));
  return validateDataDir(VALID_MIN, {
    todayJalali: TODAY,
    readFile: (p) => (over.has(basename(p)) ? readFileSync(join(dir, basename(p))) : readFileSync(p)),
  });
}

/** Errors then warnings, one line each, as `npm run validate` prints them (without the folder). */
export const printed = (r: Report): string[] => [...r.errors, ...r.warnings].map(formatIssue);

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of process.argv.slice(2).length ? process.argv.slice(2) : editorCases()) {
    console.log(`## ${name}`);
    for (const l of printed(validateEditorCase(name))) console.log(l);
  }
}
