/**
 * The benchmark's synthetic data generator (scripts/bench/synth.ts): what it writes validates,
 * holds exactly the rows asked for, covers every county × year, mixes units, qualifiers and
 * periods, and says everywhere that it is synthetic. Built on the test fixture (not data/, which
 * is curated by hand and may be mid-edit).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { loadBase, rng, writeSynthetic, csvCell, SYNTHETIC_OUTLET_FA, type SynthSummary } from "../../scripts/bench/synth.ts";
import { homeBytes } from "../../scripts/bench/measure.ts";
import { exponent } from "../../scripts/bench/report.ts";
import { hotFunctions } from "../../scripts/bench/profile.ts";
import { validateDataDir, type Report } from "../../src/validate/index.ts";

const FIXTURE = join(__dirname, "../fixtures/valid-min");
const base = loadBase(FIXTURE, FIXTURE);
const made: string[] = [];
const make = (observations: number, cooperatives: number, years: number, seed?: number): SynthSummary => {
  const s = writeSynthetic(base, { observations, cooperatives, years, seed });
  made.push(s.dir);
  return s;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("synthetic data", () => {
  const s = make(2000, 300, 5);
  const report: Report = validateDataDir(s.dir);
  const data = report.data!;

  it("validates against the schemas, with no errors", () => {
    expect(report.errors.slice(0, 5)).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it("holds exactly the observation and cooperative rows asked for, and says how many it wrote", () => {
    expect(data.observations).toHaveLength(2000);
    expect(data.cooperatives).toHaveLength(300);
    for (const st of report.stats) expect(st.accepted, st.file).toBe(s.rows[st.file]);
  });

  it("keeps the base rows as they are and adds only syn- rows", () => {
    const baseIds = new Set(readFileSync(join(FIXTURE, "observations.csv"), "utf8").split("\n").slice(1).map((l) => l.split(",")[0]).filter(Boolean));
    const ids = data.observations.map((o) => o.id);
    for (const id of baseIds) expect(ids).toContain(id);
    expect(ids.filter((id) => !baseIds.has(id)).every((id) => id.startsWith("syn-"))).toBe(true);
  });

  it("says it is synthetic: SYNTHETIC.txt, and every added source's outlet", () => {
    expect(existsSync(join(s.dir, "SYNTHETIC.txt"))).toBe(true);
    expect(readFileSync(join(s.dir, "SYNTHETIC.txt"), "utf8")).toMatch(/SYNTHETIC DATA/);
    const added = data.sources.filter((x) => x.id.startsWith("syn-"));
    expect(added.length).toBeGreaterThan(100);
    expect(added.every((x) => x.outlet_fa === SYNTHETIC_OUTLET_FA)).toBe(true);
    expect(SYNTHETIC_OUTLET_FA).toBe("داده‌ی ساختگی برای آزمون کارایی");
  });

  it("lives in the OS temp folder", () => {
    expect(s.dir.startsWith(tmpdir())).toBe(true);
  });

  it("gives every county a figure in every year (one county-year page each)", () => {
    const pairs = new Set(data.observations.filter((o) => o.id.startsWith("syn-") && o.period).map((o) => `${o.place_id}@${o.period!.slice(0, 4)}`));
    for (const c of base.counties) for (const y of s.years) expect(pairs.has(`${c}@${y}`), `${c} ${y}`).toBe(true);
    expect(s.countyYears).toBe(base.counties.length * 5);
  });

  it("mixes units, scales, qualifiers, period kinds and precisions, and has long and multi-line notes", () => {
    const obs = data.observations.filter((o) => o.id.startsWith("syn-"));
    const distinct = (f: (o: (typeof obs)[number]) => unknown) => new Set(obs.map(f)).size;
    expect(distinct((o) => o.unit)).toBeGreaterThanOrEqual(3);
    expect(distinct((o) => o.scale)).toBeGreaterThanOrEqual(3);
    expect(distinct((o) => o.qualifier)).toBe(6);
    expect(distinct((o) => o.period_kind)).toBe(3);
    expect(distinct((o) => o.period?.length)).toBe(4); // YYYY, YYYY-MM, YYYY-MM-DD, none
    expect(obs.some((o) => (o.note_fa ?? "").length > 250)).toBe(true);
    expect(obs.some((o) => (o.note_en ?? "").includes("\n"))).toBe(true);
    expect(obs.some((o) => o.doubt)).toBe(true);
    expect(obs.some((o) => o.conflict_group)).toBe(true);
    expect(obs.some((o) => (o.also_source_ids ?? []).length > 0)).toBe(true);
  });

  it("spreads the cooperative registry over the real counties", () => {
    const counties = new Set(data.cooperatives.map((c) => c.place_id));
    for (const c of base.counties) expect(counties.has(c)).toBe(true);
  });
});

describe("generator details", () => {
  it("is deterministic for a seed, and differs between seeds", () => {
    const a = make(300, 50, 2, 1);
    const b = make(300, 50, 2, 1);
    const c = make(300, 50, 2, 2);
    const obs = (d: string) => readFileSync(join(d, "observations.csv"), "utf8");
    expect(obs(a.dir)).toBe(obs(b.dir));
    expect(obs(a.dir)).not.toBe(obs(c.dir));
  });

  it("rng stays in [0, 1)", () => {
    const r = rng(42);
    for (let i = 0; i < 10_000; i++) {
      const x = r();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it("quotes CSV cells only when needed", () => {
    expect(csvCell("a")).toBe("a");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("a\nb")).toBe('"a\nb"');
  });
});

describe("bench measures", () => {
  it("home bytes: gzip of the HTML and CSS, fonts as they are, each file once", () => {
    const dist = mkdtempSync(join(tmpdir(), "bench-home-"));
    made.push(dist);
    mkdirSync(join(dist, "_astro"));
    const html = `<html><head><link rel="preload" href="/_astro/f.woff2" as="font"><link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://x.org/"></head><body>${"متن ".repeat(500)}</body></html>`;
    const css = "@font-face{src:url(/_astro/f.woff2)} body{color:red}".repeat(20);
    writeFileSync(join(dist, "index.html"), html);
    writeFileSync(join(dist, "_astro/a.css"), css);
    writeFileSync(join(dist, "_astro/f.woff2"), Buffer.alloc(1234));
    const h = homeBytes(dist);
    expect(h.html).toBe(gzipSync(html).length);
    expect(h.parts.map((p) => p.path).sort()).toEqual(["/_astro/a.css", "/_astro/f.woff2", "index.html"]);
    expect(h.total).toBe(gzipSync(html).length + gzipSync(css).length + 1234);
  });

  it("scaling exponent: 1 for linear, 2 for quadratic", () => {
    expect(exponent(1e3, 10, 1e4, 100)).toBeCloseTo(1);
    expect(exponent(1e3, 10, 1e4, 1000)).toBeCloseTo(2);
  });

  it("profile summary: self time per function, total time includes callees, recursion counted once", () => {
    const frame = (functionName: string) => ({ functionName, url: "file:///x/src/a.ts", lineNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame("(root)"), children: [2] },
        { id: 2, callFrame: frame("outer"), children: [3] },
        { id: 3, callFrame: frame("inner"), children: [4] },
        { id: 4, callFrame: frame("outer"), children: [] },
      ],
      samples: [2, 3, 3, 4],
      timeDeltas: [1000, 2000, 3000, 4000],
    };
    const { self, total } = hotFunctions(profile);
    const ms = (hs: { name: string; ms: number }[], n: string) => hs.find((h) => h.name.startsWith(n + " "))?.ms;
    expect(ms(self, "outer")).toBe(5); // 1 ms at node 2 + 4 ms at node 4
    expect(ms(self, "inner")).toBe(5);
    expect(ms(total, "outer")).toBe(10); // every sample has outer on its stack, counted once
    expect(ms(total, "inner")).toBe(9);
  });
});

