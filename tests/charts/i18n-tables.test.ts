/**
 * The chart text lives in string tables, one per language with the same keys: this checks the
 * tables against each other (recursively, functions and arrays included) and that no file under
 * src/charts holds a word of Persian (or any Arabic-script text) of its own.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CHART_STRINGS } from "../../src/i18n/charts.ts";
import { CHART_TITLES } from "../../src/i18n/chart-titles.ts";
import { CHART_MODULE_TEXT } from "../../src/i18n/chart-modules.ts";
import { MARKS } from "../../src/i18n/marks.ts";
import { UNIT_WORDS } from "../../src/i18n/units.ts";
import { WORKBOOK_TEXT } from "../../src/i18n/columns.ts";
import { CHARTS } from "../../src/charts/registry.ts";

/**
 * Every path of a table with the kind of value at its end: `a.b.c: string`, `a.f: function/2`,
 * `a.list: array/6`. Arrays of records are walked like records (period runs); RegExps are leaves.
 */
function shape(x: unknown, path = ""): string[] {
  if (typeof x === "function") return [`${path}: function/${x.length}`];
  if (x instanceof RegExp) return [`${path}: regexp`];
  if (Array.isArray(x)) {
    const own = `${path}: array/${x.length}`;
    return x.some((v) => typeof v === "object" && v !== null) ? [own, ...x.flatMap((v, i) => shape(v, `${path}[${i}]`))] : [own];
  }
  if (typeof x === "object" && x !== null)
    return Object.keys(x)
      .sort()
      .flatMap((k) => shape((x as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  return [`${path}: ${typeof x}`];
}

/** Every string of a table (function bodies are not run). */
function strings(x: unknown): string[] {
  if (typeof x === "string") return [x];
  if (Array.isArray(x)) return x.flatMap(strings);
  if (typeof x === "object" && x !== null && !(x instanceof RegExp)) return Object.values(x).flatMap(strings);
  return [];
}

const TABLES = { CHART_STRINGS, CHART_TITLES, CHART_MODULE_TEXT, MARKS, UNIT_WORDS, WORKBOOK_TEXT };
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

describe("chart string tables", () => {
  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name}: fa and en have exactly the same keys, functions and list lengths`, () => {
      expect(shape(table.en)).toEqual(shape(table.fa));
    });
    it(`${name}: the English table holds no Arabic-script text and the Persian one holds Persian`, () => {
      for (const s of strings(table.en)) expect(s).not.toMatch(ARABIC_SCRIPT);
      expect(strings(table.fa).some((s) => ARABIC_SCRIPT.test(s))).toBe(true);
    });
  }

  it("the comparison can fail: a missing key, a string for a function or a shorter list shows", () => {
    expect(shape({ a: "x", b: { c: () => "" } })).not.toEqual(shape({ a: "x", b: {} }));
    expect(shape({ f: (n: number) => `${n}` })).not.toEqual(shape({ f: "x" }));
    expect(shape({ l: [1, 2] })).not.toEqual(shape({ l: [1] }));
  });

  it("every chart in the registry has a title and subtitle in both languages", () => {
    for (const c of CHARTS) {
      for (const lang of ["fa", "en"] as const) {
        const t = c.text(lang);
        expect(t.title, `${c.id} ${lang}`).toBeTruthy();
        expect(t.subtitle, `${c.id} ${lang}`).toBeTruthy();
      }
      expect(c.title).toBe(c.text("fa").title);
      expect(c.text("en").title).not.toMatch(ARABIC_SCRIPT);
    }
  });
});

describe("src/charts holds no sentence of its own", () => {
  const root = join(__dirname, "../../src/charts");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  it("finds the chart modules and kinds", () => {
    expect(files.length).toBeGreaterThan(30);
  });
  for (const f of files) {
    it(`${f} contains no Arabic-script text (comments included)`, () => {
      const lines = readFileSync(join(root, f), "utf8").split("\n");
      const found = lines.map((l, i) => [i + 1, l] as const).filter(([, l]) => ARABIC_SCRIPT.test(l));
      expect(found.map(([n, l]) => `${f}:${n}: ${l.trim()}`)).toEqual([]);
    });
  }
});
