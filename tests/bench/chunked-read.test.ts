/**
 * Files larger than csvChunking.threshold are read in pieces (src/validate/csv.ts), for memory at
 * a million rows. That path only runs on large files, so here the threshold is lowered to push
 * every CSV through it, and the whole report must equal the whole-text path: the bad-input
 * fixtures, the fixture with odd quotes, line endings and encodings laid over it, and a messy
 * synthetic folder.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import Papa from "papaparse";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { validateDataDir, type ValidateOptions } from "../../src/validate/index.ts";
import { csvChunking } from "../../src/validate/csv.ts";
import { loadBase, rng, writeSynthetic } from "../../scripts/bench/synth.ts";

const FIXTURES = join(__dirname, "../fixtures");
const VALID_MIN = join(FIXTURES, "valid-min");
const BAD = join(FIXTURES, "bad-inputs");
const defaults = { ...csvChunking };
afterEach(() => Object.assign(csvChunking, defaults));
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The report as JSON, with undefined kept visible (a key that is present but undefined counts). */
const snapshot = (dir: string, options: ValidateOptions = {}) => JSON.stringify(validateDataDir(dir, { cap: 100_000, ...options }), (_k, v) => (v === undefined ? "(undefined)" : v));

/** The report in pieces of `chunk` bytes and the report read whole. */
function both(dir: string, options: ValidateOptions, chunk: number) {
  const whole = snapshot(dir, options);
  Object.assign(csvChunking, { threshold: 0, chunk });
  const pieces = snapshot(dir, options);
  Object.assign(csvChunking, defaults);
  return { whole, pieces };
}

const overlay = (files: Record<string, string | Buffer>): ValidateOptions => ({
  readFile: (p) => {
    const v = files[basename(p)];
    return v === undefined ? readFileSync(p) : Buffer.isBuffer(v) ? v : Buffer.from(v);
  },
});

const src = readFileSync(join(VALID_MIN, "sources.csv"), "utf8");
const [H, R1, R2] = src.trim().split("\n");
const note = (row: string, text: string, id?: string) => (id ? row.replace("test-0001", id) : row).replace("Synthetic test source", text);
const EDGE: Record<string, string | Buffer> = {
  headerOnly: H,
  headerNewline: H + "\n",
  noTrailingNewline: `${H}\n${R1}\n${R2}`,
  blankLines: `${H}\n\n${R1}\n,,,,,,,,,,\n  ,  \n${R2}\n\n\n`,
  titleRow: "Sources list,,\n" + src,
  crlf: src.replace(/\n/g, "\r\n"),
  crOnly: src.replace(/\n/g, "\r"),
  mixedEndings: `${H}\r\n${R1}\n${R2}\r\n`,
  quotedNewlines: `${H}\n${note(R1, '"multi\nline, with ""quotes"""')}\n${R2}\n`,
  literalQuoteThenQuoted: `${H}\n${note(R1, 'a 12" pipe')}\n${note(R1, '"n\nx"', "test-0003")}\n${R2}\n`,
  unclosedQuote: `${H}\n${note(R1, '"unclosed')}\n${R2}\n${note(R1, '"ok"', "test-0005")}\n`,
  quoteInHeader: `i"d${H.slice(2)}\n${R1}\n`,
  malformedQuote: `${H}\n${R1}\n${note(R1, '"b"c', "test-0007")}\n${R2}\n`,
  malformedQuoteLate: `${H}\n${Array.from({ length: 12 }, (_, i) => note(R1, `n${i}`, `test-1${i}`)).join("\n")}\n${note(R1, '"b"c', "test-0008")}\n`,
  unclosedAtEnd: `${src}"test-0009,unclosed`,
  bom: "\uFEFF" + src,
  twoBoms: "\uFEFF\uFEFF" + src,
  leadingBlankLine: "  \n" + src,
  totalsRow: src + "جمع,,,,,,,,,,\n",
  badUtf8Late: Buffer.concat([Buffer.from(src + "test-0009,"), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(",x,,,,,,,fa,\n")]),
  utf16: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(src, "utf16le")]),
};

describe("reading a CSV in pieces gives the same report as reading it whole", () => {
  it.each([1, 7, 64])("bad-input fixtures, pieces of %i bytes", (chunk) => {
    const cases = readdirSync(BAD, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(cases.length).toBeGreaterThan(10);
    for (const name of cases) {
      const files = Object.fromEntries(readdirSync(join(BAD, name)).filter((f) => f !== "expected.json").map((f) => [f, readFileSync(join(BAD, name, f))]));
      const { whole, pieces } = both(VALID_MIN, overlay(files), chunk);
      expect(pieces, name).toBe(whole);
    }
  });

  it.each([1, 16, 200])("odd quotes, line endings and encodings in sources.csv, pieces of %i bytes", (chunk) => {
    for (const [name, content] of Object.entries(EDGE)) {
      for (const cap of [1000, 1]) {
        const { whole, pieces } = both(VALID_MIN, { ...overlay({ "sources.csv": content }), cap }, chunk);
        expect(pieces, `${name} (cap ${cap})`).toBe(whole);
      }
    }
  });

  it("a messy synthetic folder (typos, Persian digits, bad cells, quotes, ragged rows), pieces of 512 bytes", () => {
    const base = loadBase(VALID_MIN, VALID_MIN);
    const dir = writeSynthetic(base, { observations: 1500, cooperatives: 200, years: 4 }).dir;
    made.push(dir);
    const rand = rng(11);
    const mutations: ((s: string) => string)[] = [
      (s) => s.replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)]),
      (s) => ` ${s} `,
      (s) => `\u200F${s}`,
      (s) => s.replace(/ی/g, "ي"),
      (s) => s.replace(/-/g, "/"),
      () => "-",
      () => "",
      () => "total",
      (s) => s + "\u202E",
      () => "1,234,567",
      () => "1.234",
      () => "1402-12-30",
      () => "syn-src-999999",
      (s) => `${s}\n${s}`,
      (s) => `a"b${s}`,
    ];
    for (const f of ["observations.csv", "sources.csv", "cooperatives.csv"]) {
      const rows = Papa.parse<string[]>(readFileSync(join(dir, f), "utf8"), { header: false, skipEmptyLines: true }).data;
      for (let r = 1; r < rows.length; r++) {
        if (rand() < 0.1) {
          const c = Math.floor(rand() * rows[r].length);
          rows[r][c] = mutations[Math.floor(rand() * mutations.length)](rows[r][c]);
        }
        if (rand() < 0.005) rows[r] = rows[r].slice(0, -1);
      }
      writeFileSync(join(dir, f), Papa.unparse(rows, { newline: "\n" }) + "\n");
    }
    const { whole, pieces } = both(dir, {}, 512);
    expect(JSON.parse(whole).errorCount).toBeGreaterThan(50);
    expect(pieces).toBe(whole);
  });

  it("leaves files under the threshold to the whole-text path, and is on for large ones by default", () => {
    expect(csvChunking.threshold).toBeGreaterThanOrEqual(1 << 20);
    expect(csvChunking.chunk).toBeGreaterThan(0);
    const copy = mkdtempSync(join(tmpdir(), "chunk-default-"));
    made.push(copy);
    cpSync(VALID_MIN, copy, { recursive: true });
    expect(snapshot(copy)).toBe(snapshot(VALID_MIN).replaceAll(VALID_MIN, copy));
  });
});
