/**
 * Shared by the validator tests: the synthetic data folder, the bad-input case folders, and a way
 * to run the validator on valid-min with a case's files laid over it (in memory, or on disk for
 * the CLI).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { validateDataDir, type Report } from "../../src/validate/index.ts";
import type { FileStats } from "../../src/validate/issues.ts";

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
export const VALID_MIN = join(FIXTURES, "valid-min");
export const BAD_INPUTS = join(FIXTURES, "bad-inputs");

/** A located issue as written in expected.json; `says` is a phrase the message must contain. */
export interface ExpectedIssue {
  type: string;
  file: string;
  line: number;
  column: number;
  says?: string;
}

export interface Expected {
  case: string;
  errors: ExpectedIssue[];
  warnings: ExpectedIssue[];
  stats?: FileStats[];
  /** Values the validated data must hold (normalised values, kept text). */
  data?: { dataset: string; id: string; field: string; value?: unknown; absent?: boolean }[];
  /** The ids of a dataset, in order (what was kept, what was skipped). */
  rows?: Record<string, string[]>;
}

/** Case folders: `NN-name` or `NNa-name`, numbered as in bad-inputs.md. */
export const caseNames = (): string[] =>
  readdirSync(BAD_INPUTS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d\d[a-z]?-/.test(d.name))
    .map((d) => d.name)
    .sort();

export const caseDir = (name: string) => join(BAD_INPUTS, name);

/** The data files a case replaces (everything in its folder but expected.json). */
export const caseFiles = (name: string): string[] =>
  readdirSync(caseDir(name))
    .filter((f) => f !== "expected.json")
    .sort();

export const loadExpected = (name: string): Expected => JSON.parse(readFileSync(join(caseDir(name), "expected.json"), "utf8"));

/** Validates valid-min with the case's files read in place of the originals. */
export function validateCase(name: string): Report {
  const over = new Set(caseFiles(name));
  return validateDataDir(VALID_MIN, {
    readFile: (p) => (over.has(basename(p)) ? readFileSync(join(caseDir(name), basename(p))) : readFileSync(p)),
  });
}

/** A temporary copy of valid-min with the case's files laid over it (for the CLI). */
export function caseOnDisk(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bad-input-${name}-`));
  cpSync(VALID_MIN, dir, { recursive: true });
  for (const f of caseFiles(name)) cpSync(join(caseDir(name), f), join(dir, f));
  return dir;
}
