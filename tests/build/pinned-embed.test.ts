/**
 * Issue #12's pinned-embed test, in two real builds (Astro included) of synthetic data: build
 * with release r1; add release r2 that revises a charted figure (100 -> 130, with its reasons,
 * through scripts/release.ts); build again. The r1 pinned embed and r1's data files are byte for
 * byte the same in both builds, while the live embed (and the r2 pinned one) show the new value.
 * The second build also prepares each chart once per release state.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRelease } from "../../scripts/release.ts";
import { CHARTS } from "../../src/charts/registry.ts";
import type { BuildCounters } from "../../src/lib/build-store.ts";
import { makeDataDir, runBuild } from "../publish/fixture.ts";

let dataDir: string;
let work: string;
let stats: BuildCounters;
const first = () => join(work, "first");
const second = () => join(work, "second");
const read = (dist: string, path: string) => readFileSync(join(dist, path), "utf8");
const quiet = { log: () => {} };

beforeAll(() => {
  dataDir = makeDataDir({ hostile: false });
  work = mkdtempSync(join(tmpdir(), "pinned-"));
  const r1 = makeRelease({ dataDir, fa: "انتشار آزمایشی", en: "Synthetic release", date: "1403-06-01", ...quiet });
  expect(r1.ok, r1.problems.join("\n")).toBe(true);
  const a = runBuild(dataDir, first());
  expect(a.ok, a.log).toBe(true);

  // The correction, released as r2 with its reasons (the release command leaves them to fill in).
  const obs = join(dataDir, "observations.csv");
  const before = readFileSync(obs, "utf8");
  const after = before.replace(/^(obs-count-1401,coops-active,lorestan,)100,/m, "$1130,");
  expect(after).not.toBe(before);
  writeFileSync(obs, after);
  const r2 = makeRelease({ dataDir, fa: "اصلاح آزمایشی", en: "Synthetic correction", date: "1403-07-01", ...quiet });
  expect(r2.revised).toEqual(["obs-count-1401"]);
  const rev = join(dataDir, "revisions.csv");
  writeFileSync(
    rev,
    readFileSync(rev, "utf8").replace(
      "obs-count-1401-r2,obs-count-1401,r2,,",
      "obs-count-1401-r2,obs-count-1401,r2,رقم اشتباه خوانده شده بود,The figure was misread",
    ),
  );
  const b = runBuild(dataDir, second(), { BUILD_STATS: join(work, "stats.json") });
  expect(b.ok, b.log).toBe(true);
  stats = JSON.parse(readFileSync(join(work, "stats.json"), "utf8"));
}, 600_000);

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe("pinned embeds across a release", () => {
  it("keeps the earlier pinned embed byte for byte, for every chart", () => {
    for (const c of CHARTS) {
      const path = `embed/${c.id}/r1/index.html`;
      expect(read(second(), path), path).toBe(read(first(), path));
    }
    const pinned = read(second(), "embed/active-coops/r1/index.html");
    expect(pinned).toContain("۱۰۰");
    expect(pinned).not.toContain("۱۳۰");
  });

  it("shows the new value in the live embed and in the new release's pinned embed", () => {
    expect(read(first(), "embed/active-coops/index.html")).toContain("۱۰۰");
    for (const path of ["embed/active-coops/index.html", "embed/active-coops/r2/index.html"]) {
      expect(read(second(), path), path).toContain("۱۳۰");
      expect(read(second(), path), path).not.toMatch(/>[^<]*۱۰۰/);
    }
  });

  it("keeps the data as of r1 byte for byte, and publishes r2's", () => {
    for (const f of ["observations.csv", "observations.json", "ledger.csv"]) {
      expect(read(second(), `data/releases/r1/${f}`), f).toBe(read(first(), `data/releases/r1/${f}`));
    }
    expect(read(first(), "data/releases/r1/observations.csv")).toMatch(/^obs-count-1401,coops-active,lorestan,100,/m);
    expect(read(second(), "data/releases/r2/observations.csv")).toMatch(/^obs-count-1401,coops-active,lorestan,130,/m);
    expect(read(second(), "data/releases/r2/ledger.csv").trim().split("\n")).toHaveLength(2);
  });

  it("offers both snippets on the chart page, the pinned one at the latest release", () => {
    const html = read(second(), "charts/active-coops/index.html");
    expect(html).toMatch(/<textarea[^>]*id="embed-code"[^>]*>[^<]*embed\/active-coops\/&quot;/);
    expect(html).toMatch(/<textarea[^>]*id="embed-code-pinned"[^>]*>[^<]*embed\/active-coops\/r2\/&quot;/);
  });

  it("marks the revised figure with its history wherever it is shown, without JavaScript", () => {
    const reason = "رقم اشتباه خوانده شده بود";
    for (const path of ["sources/index.html", "timeline/index.html", "cooperatives/index.html", "charts/active-coops/index.html"]) {
      const html = read(second(), path);
      const marks = [...html.matchAll(/<details class="history"[^>]*>([\s\S]*?)<\/details>/g)].map((m) => m[1]);
      expect(marks.length, path).toBeGreaterThan(0);
      expect(
        marks.some((m) => m.includes(reason) && m.includes("whats-new/#r2")),
        path,
      ).toBe(true);
      expect(read(first(), path), path).not.toContain('<details class="history"');
    }
  });

  it("lists the chart's corrected figures under its table, in both editions", () => {
    const fa = read(second(), "charts/active-coops/index.html");
    expect(fa).toContain('id="history-obs-count-1401"');
    const en = read(second(), "en/charts/active-coops/index.html");
    expect(en).toContain('id="history-obs-count-1401"');
    expect(en).toContain("The figure was misread");
    expect(read(first(), "charts/active-coops/index.html")).not.toContain('id="history-');
  });

  it("shows on every page when its figures were last updated, from their releases", () => {
    const footer = (path: string) => read(second(), path).match(/<p class="updated"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? "";
    // r2 is 1403-07-01 (2024-09-22), r1 1403-06-01 (2024-08-22).
    expect(footer("charts/active-coops/index.html")).toContain('datetime="2024-09-22"');
    expect(footer("methodology/index.html")).toContain('datetime="2024-09-22"');
    expect(footer("data/releases/r1/index.html")).toContain('datetime="2024-08-22"');
    expect(read(second(), "embed/active-coops/index.html")).not.toContain('class="updated"');
  });

  it("prepares each chart once per release state", () => {
    for (const c of CHARTS)
      for (const key of [`prepare:${c.id}`, `prepare:${c.id}#r1`, `prepare:${c.id}#r2`]) expect(stats.byKey[key], key).toBe(1);
    const prepared = Object.entries(stats.byKey).filter(([k]) => k.startsWith("prepare:"));
    for (const [key, n] of prepared) expect(n, key).toBe(1);
    // Every registry chart in three states (live, as of r1, as of r2); county charts live only.
    expect(prepared.filter(([k]) => k.includes("#")).length).toBe(CHARTS.length * 2);
    expect(stats.prepares).toBe(prepared.length);
  });
});
