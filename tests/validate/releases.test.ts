/**
 * Releases, revisions and withdrawals on a copy of the synthetic valid-min folder: the release
 * command writes ledgers and stamps rows; the validator refuses silent in-place changes, removed
 * figures and edited ledgers, with the line and column of the cause; reasons are required.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { makeRelease } from "../../scripts/release.ts";
import { validateDataDir } from "../../src/validate/index.ts";
import { formatIssue } from "../../src/validate/issues.ts";

const VALID = join(__dirname, "../fixtures/valid-min");
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function copy(): string {
  const d = mkdtempSync(join(tmpdir(), "release-test-"));
  dirs.push(d);
  cpSync(VALID, d, { recursive: true });
  return d;
}
const quiet = { log: () => {} };
const edit = (dir: string, file: string, f: (s: string) => string) =>
  writeFileSync(join(dir, file), f(readFileSync(join(dir, file), "utf8")));
const errorsOf = (dir: string) => validateDataDir(dir, { today: "2026-12-01" }).errors.map(formatIssue);

describe("npm run release", () => {
  it("makes the first release: a ledger of every figure, sealed by its hash; the data stays valid", () => {
    const dir = copy();
    const r = makeRelease({ dataDir: dir, fa: "نخستین انتشار", en: "First release", date: "1405-09-01", ...quiet });
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({
      ok: true,
      release: "r1",
      added: ["obs-count-province", "obs-count-county", "obs-money"],
      revised: [],
      withdrawn: [],
    });
    const ledger = readFileSync(join(dir, "releases/r1.csv"), "utf8").trim().split("\n");
    expect(ledger[0]).toBe("id,indicator_id,place_id,value,unit,scale,qualifier,period_kind,period,period_end");
    expect(ledger).toContain("obs-money,ind-money,lorestan,7.25,toman,billion,more_than,inferred,1403-04,1403-06");
    expect(readFileSync(join(dir, "releases.csv"), "utf8")).toMatch(/^r1,1405-09-01,نخستین انتشار,First release,[0-9a-f]{64}$/m);
    expect(errorsOf(dir)).toEqual([]);
    // Nothing changed since: a second release is refused.
    expect(makeRelease({ dataDir: dir, fa: "دوم", en: "Second", date: "1405-09-02", ...quiet }).problems[0]).toMatch(/nothing to release/);
  });

  it("refuses an in-place correction without a revision, at the changed cell, with old and new values", () => {
    const dir = copy();
    makeRelease({ dataDir: dir, fa: "نخستین انتشار", en: "First release", date: "1405-09-01", ...quiet });
    edit(dir, "observations.csv", (s) => s.replace("obs-count-county,ind-count,county-a,45,", "obs-count-county,ind-count,county-a,54,"));
    expect(errorsOf(dir)).toEqual([
      'observations.csv:3:4: revision-missing: value: obs-count-county: value 45 -> 54 since release r1: a published figure is never changed silently; add a revision with its reason (revisions.csv), or run npm run release ("54")',
    ]);
  });

  it("releases a correction: revision row with empty reasons refused until filled; the old version survives in r1's ledger", () => {
    const dir = copy();
    makeRelease({ dataDir: dir, fa: "نخستین انتشار", en: "First release", date: "1405-09-01", ...quiet });
    edit(dir, "observations.csv", (s) =>
      s.replace("obs-count-county,ind-count,county-a,45,count,one,exact", "obs-count-county,ind-count,county-a,54,count,one,about"),
    );
    const r = makeRelease({ dataDir: dir, fa: "اصلاح", en: "Correction", date: "1405-09-05", ...quiet });
    expect(r).toMatchObject({ ok: false, release: "r2", added: [], revised: ["obs-count-county"] });
    expect(r.problems.slice(1)).toEqual([
      'revisions.csv:2:4: required: reason_fa: a released revision needs its reason in Persian: say why the figure changed ("")',
      'revisions.csv:2:5: required: reason_en: a released revision needs its reason in English ("")',
    ]);
    expect(readFileSync(join(dir, "releases/r2.csv"), "utf8")).toContain(
      "obs-count-county,ind-count,county-a,54,count,one,about,stated,1403,",
    );
    expect(readFileSync(join(dir, "releases/r1.csv"), "utf8")).toContain(
      "obs-count-county,ind-count,county-a,45,count,one,exact,stated,1403,",
    );
    edit(dir, "revisions.csv", (s) =>
      s.replace(
        "obs-count-county-r2,obs-count-county,r2,,",
        "obs-count-county-r2,obs-count-county,r2,رقم در متن دوم خبر تصحیح شد,The outlet corrected the figure",
      ),
    );
    expect(errorsOf(dir)).toEqual([]);
  });

  it("stamps a revision the maintainer wrote beforehand (with its reasons) and a withdrawal", () => {
    const dir = copy();
    makeRelease({ dataDir: dir, fa: "نخستین انتشار", en: "First release", date: "1405-09-01", ...quiet });
    edit(dir, "observations.csv", (s) => s.replace(",7.25,toman,billion,", ",7.52,toman,billion,"));
    edit(dir, "revisions.csv", (s) => `${s}obs-money-next,obs-money,,جابه‌جایی رقم‌ها,Transposed digits\n`);
    edit(dir, "withdrawals.csv", (s) => `${s}obs-count-province,,رقم تکراری بود,Duplicate of another report\n`);
    expect(errorsOf(dir)).toEqual([]);
    const r = makeRelease({ dataDir: dir, fa: "اصلاح", en: "Correction", date: "1405-09-05", ...quiet });
    expect(r).toMatchObject({ ok: true, release: "r2", revised: ["obs-money"], withdrawn: ["obs-count-province"] });
    expect(readFileSync(join(dir, "revisions.csv"), "utf8")).toContain("obs-money-r2,obs-money,r2,جابه‌جایی رقم‌ها,Transposed digits");
    expect(readFileSync(join(dir, "withdrawals.csv"), "utf8")).toContain(
      "obs-count-province,r2,رقم تکراری بود,Duplicate of another report",
    );
  });

  it("refuses a released figure removed without a withdrawal, an edited ledger, and releases out of order", () => {
    const dir = copy();
    makeRelease({ dataDir: dir, fa: "نخستین انتشار", en: "First release", date: "1405-09-01", ...quiet });
    edit(dir, "observations.csv", (s) =>
      s
        .split("\n")
        .filter((l) => !l.startsWith("obs-count-county,"))
        .join("\n"),
    );
    edit(dir, "releases/r1.csv", (s) => s.replace(",45,", ",46,"));
    edit(dir, "releases.csv", (s) => s.replace("r1,1405-09-01", "r1,1406-01-01"));
    const errors = errorsOf(dir);
    expect(errors).toContain('releases.csv:2:2: date-future: date: a release cannot be dated after today (2026-12-01) ("1406-01-01")');
    expect(errors).toContain(
      'releases/r1.csv:1:1: ledger-changed: this ledger differs from the one released in r1 (SHA-256 in releases.csv): a released ledger is never edited; restore it (git checkout) and record corrections as revisions ("r1")',
    );
    expect(errors).toContain(
      'releases/r1.csv:3:1: withdrawal-missing: id: released in r1 and gone from observations.csv: a published figure keeps its row; put it back and withdraw it in withdrawals.csv with the reason ("obs-count-county")',
    );
  });

  it("a pending change with a revision row is accepted before the release, with an 'unreleased' warning", () => {
    const dir = copy();
    makeRelease({ dataDir: dir, fa: "نخستین انتشار", en: "First release", date: "1405-09-01", ...quiet });
    edit(dir, "observations.csv", (s) => s.replace("obs-count-county,ind-count,county-a,45,", "obs-count-county,ind-count,county-a,54,"));
    edit(dir, "revisions.csv", (s) => `${s}obs-count-county-next,obs-count-county,,,\n`);
    const report = validateDataDir(dir, { today: "2026-12-01" });
    expect(report.errors).toEqual([]);
    expect(report.warnings.map(formatIssue)).toContain(
      "observations.csv:3:1: warning unreleased: 1 new or corrected figure(s) and 0 withdrawal(s) are not in a release yet: run npm run release before publishing",
    );
  });
});
