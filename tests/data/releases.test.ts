/**
 * The release history as readers see it, on a copy of the synthetic valid-min folder: r1
 * publishes everything, r2 corrects one figure (with reasons) and withdraws another. The model
 * lists both releases, the figure's earlier version and reason, the withdrawal (never charted),
 * "last updated" from the releases, and the Atom feed has one entry per release.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, describe, expect, it } from "vitest";
import { makeRelease } from "../../scripts/release.ts";
import { historyOf, validateDataDir } from "../../src/validate/index.ts";
import { buildModel } from "../../src/data/model.ts";
import { lastUpdated } from "../../src/data/releases.ts";

const dir = mkdtempSync(join(tmpdir(), "history-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(__dirname, "../fixtures/valid-min"), dir, { recursive: true });
const edit = (file: string, f: (s: string) => string) => writeFileSync(join(dir, file), f(readFileSync(join(dir, file), "utf8")));
const quiet = { log: () => {} };
makeRelease({ dataDir: dir, fa: "نخستین انتشار آزمایشی", en: "First synthetic release", date: "1403-06-01", ...quiet });
edit("observations.csv", (s) => s.replace(",7.25,toman,billion,", ",7.52,toman,billion,"));
edit("revisions.csv", (s) => `${s}obs-money-next,obs-money,,رقم‌ها جابه‌جا چاپ شده بود,Transposed digits\n`);
edit("withdrawals.csv", (s) => `${s}obs-count-county,,رقم تکراری بود,A duplicate report\n`);
const r2 = makeRelease({ dataDir: dir, fa: "اصلاح آزمایشی", en: "Synthetic correction", date: "1403-07-01", ...quiet });
const report = validateDataDir(dir, { today: "2026-12-01" });
const model = buildModel(report.data!, new Date("2026-12-01T00:00:00Z"), historyOf(report));

describe("the release history in the model", () => {
  it("the data is valid after both releases", () => {
    expect(r2.ok).toBe(true);
    expect(report.errors).toEqual([]);
  });

  it("lists the releases newest first with what each added, revised and withdrew", () => {
    const [second, first] = model.history.releases;
    expect(first).toMatchObject({ id: "r1", date: "1403-06-01", gregorian: "2024-08-22", added: ["obs-count-province", "obs-count-county", "obs-money"], revised: [], withdrawn: [] });
    expect(second).toMatchObject({ id: "r2", added: [], withdrawn: [{ id: "obs-count-county", release: "r2", reason_en: "A duplicate report" }] });
    expect(second.revised).toHaveLength(1);
    expect(second.revised[0]).toMatchObject({ id: "obs-money", fields: ["value"], reason_en: "Transposed digits" });
    expect(second.revised[0].from.value).toBe(7.25);
    expect(second.revised[0].to.value).toBe(7.52);
  });

  it("gives each figure its history; a withdrawn figure is never charted", () => {
    const money = model.figureById.get("obs-money")!;
    expect(money.history.first).toBe("r1");
    expect(money.history.revisions.map((r) => r.release)).toEqual(["r2"]);
    const gone = model.figureById.get("obs-count-county")!;
    expect(gone.history.withdrawn?.release).toBe("r2");
    expect(gone.chartable).toBe(false);
    expect(model.figureById.get("obs-count-province")!.chartable).toBe(true);
  });

  it("last updated is the newest release that touched the figures shown", () => {
    expect(lastUpdated(model.history, ["obs-count-province"])).toBe("1403-06-01");
    expect(lastUpdated(model.history, ["obs-count-province", "obs-money"])).toBe("1403-07-01");
    expect(lastUpdated(model.history, ["not-released"])).toBeUndefined();
  });
});

describe("/feed.xml", () => {
  it("is Atom with an entry per release, newest first, linking to the what's-new section", async () => {
    process.env.DATA_DIR = dir;
    const { GET } = await import("../../src/pages/feed.xml.ts");
    const res = await (GET as unknown as (ctx: { site: URL }) => Response)({ site: new URL("https://example.org/") });
    expect(res.headers.get("Content-Type")).toMatch(/^application\/atom\+xml/);
    const xml = await res.text();
    const { document } = parseHTML(`<root>${xml.replace(/^<\?xml[^>]*>/, "")}</root>`);
    const feed = document.querySelector("feed")!;
    expect(feed.getAttribute("xmlns")).toBe("http://www.w3.org/2005/Atom");
    const entries = [...document.querySelectorAll("entry")];
    expect(entries.map((e) => e.querySelector("id")!.textContent)).toEqual(["https://example.org/whats-new/#r2", "https://example.org/whats-new/#r1"]);
    expect(entries.map((e) => e.querySelector("updated")!.textContent)).toEqual(["2024-09-22T00:00:00Z", "2024-08-22T00:00:00Z"]);
    expect(entries[0].querySelector("summary")!.textContent).toBe("اصلاح آزمایشی");
    expect(entries[0].querySelector("link")!.getAttribute("href")).toBe("https://example.org/whats-new/#r2");
    expect(feed.querySelector("updated")!.textContent).toBe("2024-09-22T00:00:00Z");
  });
});
