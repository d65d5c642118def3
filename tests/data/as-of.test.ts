/**
 * The model "as of a release" (src/data/as-of.ts), on a copy of the synthetic valid-min folder:
 * r1 publishes everything; r2 corrects one figure, withdraws another and adds a third. As of r1
 * the corrected figure has its old value, the withdrawn one is still there and charted, the added
 * one is absent; as of r2 the figures are the live ones. Charts are prepared once per release state.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeRelease } from "../../scripts/release.ts";
import { historyOf, validateDataDir } from "../../src/validate/index.ts";
import { buildModel } from "../../src/data/model.ts";
import { datasetAsOf, latestRelease, modelAsOf } from "../../src/data/as-of.ts";
import { CHARTS } from "../../src/charts/registry.ts";
import { chartState, chartSvg } from "../../src/charts/render.ts";
import { resetCounters } from "../../src/lib/build-store.ts";
import { pageFigureIds, pageUpdated } from "../../src/components/page-updated.ts";
import Papa from "papaparse";
import { openDataFiles } from "../../src/publish/open-data.ts";
import { releaseFileNames } from "../../src/lib/paths.ts";
import { DATASETS } from "../../src/schemas/index.ts";
import { sha256 } from "../../src/validate/releases.ts";

const dir = mkdtempSync(join(tmpdir(), "as-of-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(__dirname, "../fixtures/valid-min"), dir, { recursive: true });
const edit = (file: string, f: (s: string) => string) => writeFileSync(join(dir, file), f(readFileSync(join(dir, file), "utf8")));
const quiet = { log: () => {} };
const r1 = makeRelease({ dataDir: dir, fa: "نخستین انتشار آزمایشی", en: "First synthetic release", date: "1403-06-01", ...quiet });
edit("observations.csv", (s) => {
  const added = s.split("\n").find((l) => l.startsWith("obs-count-province,"))!.replace("obs-count-province,", "obs-count-new,").replace(",1403,", ",1402,");
  return `${s.replace(",7.25,toman,billion,", ",7.52,toman,billion,")}${added}\n`;
});
edit("revisions.csv", (s) => `${s}obs-money-next,obs-money,,رقم‌ها جابه‌جا چاپ شده بود,Transposed digits\n`);
edit("withdrawals.csv", (s) => `${s}obs-count-province,,رقم تکراری بود,A duplicate report\n`);
const r2 = makeRelease({ dataDir: dir, fa: "اصلاح آزمایشی", en: "Synthetic correction", date: "1403-07-01", ...quiet });
const report = validateDataDir(dir, { today: "2026-12-01" });
const live = buildModel(report.data!, new Date("2026-12-01T00:00:00Z"), historyOf(report));

describe("the data as of a release", () => {
  it("both releases are made and the data is valid", () => {
    expect(r1.ok && r2.ok, [...r1.problems, ...r2.problems].join("\n")).toBe(true);
    expect(report.errors).toEqual([]);
    expect(latestRelease(live)).toBe("r2");
  });

  it("as of r1: the old value, the later-withdrawn figure still charted, the later figure absent", () => {
    const m = modelAsOf(live, "r1");
    expect(m.asOf).toBe("r1");
    expect(m.figureById.get("obs-money")!.value).toBe(7.25);
    expect(m.figureById.get("obs-money")!.history.revisions).toEqual([]);
    const withdrawnLater = m.figureById.get("obs-count-province")!;
    expect(withdrawnLater.history.withdrawn).toBeUndefined();
    expect(withdrawnLater.chartable).toBe(true);
    expect(m.figureById.has("obs-count-new")).toBe(false);
    expect(m.history.releases.map((r) => r.id)).toEqual(["r1"]);
    // What the ledger does not hold comes from the current rows.
    expect(m.figureById.get("obs-money")!.note_en).toBe(live.figureById.get("obs-money")!.note_en);
  });

  it("as of the latest release: the live figures", () => {
    const m = modelAsOf(live, "r2");
    expect(m.figures.map((f) => [f.id, f.value, f.qualifier, f.period, f.chartable])).toEqual(live.figures.map((f) => [f.id, f.value, f.qualifier, f.period, f.chartable]));
  });

  it("is made once per release and depends only on the data and the ledgers", () => {
    expect(modelAsOf(live, "r1")).toBe(modelAsOf(live, "r1"));
    const again = buildModel(report.data!, new Date("2027-01-01T00:00:00Z"), historyOf(report));
    expect(datasetAsOf(again.raw, again.releaseInputs, "r1")).toEqual(datasetAsOf(live.raw, live.releaseInputs, "r1"));
    expect(() => datasetAsOf(live.raw, live.releaseInputs, "r9")).toThrow(/no release r9/);
  });

  it("prepares and draws each chart once per release state", () => {
    const counters = resetCounters();
    const chart = CHARTS[0];
    for (let i = 0; i < 3; i++) {
      for (const m of [live, modelAsOf(live, "r1"), modelAsOf(live, "r2")]) {
        chartState(chart, m);
        chartSvg(chart, m);
      }
    }
    expect(counters.byKey[`prepare:${chart.id}`]).toBe(1);
    expect(counters.byKey[`prepare:${chart.id}#r1`]).toBe(1);
    expect(counters.byKey[`prepare:${chart.id}#r2`]).toBe(1);
    expect(counters.prepares).toBe(3);
  });
});

describe("last updated of a page", () => {
  const r1Date = "1403-06-01";
  const r2Date = "1403-07-01";
  it("is the newest release among the figures the page shows", () => {
    // county-a's one figure is as r1 published it; the province's figures changed in r2.
    expect(pageFigureIds(live, "counties/county-a/")).toEqual(["obs-count-county"]);
    expect(pageUpdated(live, "counties/county-a/")).toBe(r1Date);
    expect(pageUpdated(live, "counties/county-a/1403/")).toBe(r1Date);
    expect(pageUpdated(live, "counties/")).toBe(r1Date);
    expect([...new Set(pageFigureIds(live, "timeline/"))].sort()).toEqual(live.figures.map((f) => f.id).sort());
    expect(pageUpdated(live, "timeline/")).toBe(r2Date);
    expect(pageUpdated(live, "sources/")).toBe(r2Date);
  });
  it("is the latest release on pages without figures of their own, and a release's own date on its data page", () => {
    expect(pageFigureIds(live, "methodology/")).toBeUndefined();
    expect(pageUpdated(live, "methodology/")).toBe(r2Date);
    expect(pageUpdated(live, "data/releases/r1/")).toBe(r1Date);
    expect(pageUpdated(live, "en/counties/county-a/")).toBe(r1Date);
  });
});

describe("the data as of each release, published", () => {
  const releaseFiles = live.releaseInputs.map((r) => ({ id: r.id, date: live.raw.releases.find((x) => x.id === r.id)!.date, observations: modelAsOf(live, r.id).raw.observations, ledger: r.ledger }));
  const files = new Map(openDataFiles(live.raw, "2026-12-01", releaseFiles).map((f) => [f.path, f.content]));
  const pkg = JSON.parse(files.get("datapackage.json")!);

  it("has the observations' columns and the ledger byte for byte as sealed", () => {
    for (const r of live.raw.releases) {
      const names = releaseFileNames(r.id);
      const csv = Papa.parse<Record<string, string>>(files.get(names.observationsCsv)!, { header: true, skipEmptyLines: true });
      expect(csv.meta.fields).toEqual(Object.keys(DATASETS.observations.schema.shape));
      expect(csv.data.map((o) => o.id)).toEqual(modelAsOf(live, r.id).raw.observations.map((o) => o.id));
      expect(JSON.parse(files.get(names.observationsJson)!)).toEqual(modelAsOf(live, r.id).raw.observations);
      expect(sha256(Buffer.from(files.get(names.ledger)!))).toBe(r.ledger_sha256);
      expect(readFileSync(join(dir, "releases", `${r.id}.csv`), "utf8")).toBe(files.get(names.ledger));
    }
    const r1 = Papa.parse<Record<string, string>>(files.get(releaseFileNames("r1").observationsCsv)!, { header: true, skipEmptyLines: true }).data;
    expect(r1.find((o) => o.id === "obs-money")!.value).toBe("7.25");
  });

  it("lists each release's files in datapackage.json", () => {
    for (const r of live.raw.releases) {
      for (const name of [`observations-${r.id}`, `ledger-${r.id}`]) {
        const res = pkg.resources.find((x: { name: string }) => x.name === name);
        expect(res, name).toBeDefined();
        expect(files.has(res.path), res.path).toBe(true);
      }
    }
  });
});

describe("doubt in a pinned chart (data/README.md, Pinned embeds)", () => {
  it("a figure doubted after the release is no longer charted as of that release: doubt comes from the current rows", () => {
    const raw = { ...live.raw, observations: live.raw.observations.map((o) => (o.id === "obs-count-county" ? { ...o, doubt: true, doubt_reason: "رقم آزمایشی", doubt_reason_en: "Test reason" } : o)) };
    const later = buildModel(raw, new Date("2026-12-01T00:00:00Z"), live.releaseInputs);
    expect(modelAsOf(live, "r1").figureById.get("obs-count-county")!.chartable).toBe(true);
    expect(modelAsOf(later, "r1").figureById.get("obs-count-county")!.chartable).toBe(false);
  });
});
