/**
 * One string table per language: the Persian and English tables have exactly the same keys (at
 * every depth, arrays of the same length, functions taking the same number of arguments), the
 * English one holds no Persian (but for the switch's own word, «فارسی»), and no page, layout or
 * component holds a sentence of its own in Arabic script.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { TABLES } from "../../src/i18n/ui.ts";

type Tree = unknown;
/** Every leaf path of a table, with its kind: `PRESS.dl.csv: string`, `DASH.count: function/1`. */
function shape(x: Tree, at = ""): string[] {
  if (typeof x === "function") return [`${at}: function/${x.length}`];
  if (Array.isArray(x)) return [`${at}: array/${x.length}`, ...x.flatMap((v, i) => shape(v, `${at}[${i}]`))];
  if (x && typeof x === "object")
    return Object.keys(x)
      .sort()
      .flatMap((k) => shape((x as Record<string, Tree>)[k], at ? `${at}.${k}` : k));
  return [`${at}: ${typeof x}`];
}

/** Every string a table yields, calling functions with sample arguments. */
function strings(x: Tree): string[] {
  if (typeof x === "string") return [x];
  if (typeof x === "function") {
    const f = x as (...a: unknown[]) => unknown;
    // Numbers first (counts), then text (ids such as "r2", names), then an object of text (citations).
    for (const sample of [1, "r2", { site: "S", title: "T", outlets: "O" }]) {
      try {
        const out = f(...Array.from({ length: x.length }, () => sample));
        if (typeof out === "string") return [out];
      } catch {
        // the next sample type
      }
    }
    return [];
  }
  if (Array.isArray(x)) return x.flatMap(strings);
  if (x && typeof x === "object") return Object.values(x).flatMap(strings);
  return [];
}

const ARABIC = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

describe("string tables", () => {
  it("Persian and English have exactly the same keys, array lengths and function arities", () => {
    const fa = shape(TABLES.fa);
    const en = shape(TABLES.en);
    expect(fa.length).toBeGreaterThan(200);
    expect(en).toEqual(fa);
  });

  it("the shape check can fail: a missing or extra key shows up", () => {
    const broken = { ...TABLES.en, PRESS: { ...TABLES.en.PRESS, extra: "x" } };
    expect(shape(broken)).not.toEqual(shape(TABLES.fa));
  });

  it("the English table holds no Persian text except the switch's own word", () => {
    const persian = strings({ ...TABLES.en, SITE: { ...TABLES.en.SITE, switchTo: "" } }).filter((s) => ARABIC.test(s));
    expect(persian).toEqual([]);
    expect(TABLES.en.SITE.switchTo).toBe("فارسی");
  });

  it("the Persian table is Persian: its site name and every navigation label are in Arabic script", () => {
    expect(TABLES.fa.SITE.name).toMatch(ARABIC);
    for (const n of TABLES.fa.NAV) expect(n.label).toMatch(ARABIC);
  });
});

describe("no page, layout or component holds a sentence in one language", () => {
  const ROOT = resolve(__dirname, "../../src");
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : /\.(astro|ts)$/.test(n) ? [p] : [];
    });
  // search-records.ts writes index records (the search's own Persian); it is the perf work's file.
  const checked = ["pages", "layouts", "components"].flatMap((d) => files(join(ROOT, d))).filter((f) => !f.endsWith("search-records.ts"));

  it("finds the files", () => expect(checked.length).toBeGreaterThan(30));

  it.each(checked.map((f) => [f.slice(ROOT.length + 1), f]))("%s has no Arabic-script text outside comments", (_name, file) => {
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
      .replace(/^\s*\/\/.*$/gm, "")
      .replace(/<!--[\s\S]*?-->/g, "");
    const lines = code.split("\n").filter((l) => ARABIC.test(l));
    expect(lines).toEqual([]);
  });
});
