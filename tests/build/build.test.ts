/**
 * The build publishes only valid data and never replaces the last good site on failure
 * (bad-inputs case 38). Astro itself is replaced by a stub that writes one page, so these tests
 * check the build script's own logic: validate -> temp folder -> swap.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildSite } from "../../scripts/build.ts";
import { loadModel } from "../../src/data/load.ts";
import { buildStore } from "../../src/lib/build-store.ts";
import type { Model } from "../../src/data/model.ts";
import { buildSearchIndex } from "../../scripts/search-index.ts";

const VALID = join(__dirname, "../fixtures/valid-min");
const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), "build-test-"));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const stubAstro = (marker: string) => async (outDir: string) => {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "index.html"), `<html>${marker}</html>`);
};

describe("buildSite", () => {
  it("validates once and hands the model to the site build, which writes into a temp folder swapped in", async () => {
    const root = temp();
    const out = join(root, "dist");
    const log: string[] = [];
    let seen: Model | undefined;
    const ok = await buildSite({
      dataDir: VALID,
      outDir: out,
      log: (l) => log.push(l),
      astroBuild: async (d) => {
        // What every page and endpoint gets: the build's model, with no second validation.
        seen = loadModel();
        await stubAstro("v1")(d);
      },
    });
    expect(ok).toBe(true);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("v1");
    expect(seen?.raw.observations.length).toBeGreaterThan(0);
    expect(buildStore().counters.validations).toBe(1);
    // After the build the model is released (a later dev-server load validates afresh).
    expect(buildStore().model).toBeUndefined();
    // no temporary folders left behind
    expect(readdirSync(root)).toEqual(["dist"]);
  });

  it("leaves the last good dist untouched when the data is invalid", async () => {
    const root = temp();
    const out = join(root, "dist");
    await buildSite({ dataDir: VALID, outDir: out, log: () => {}, astroBuild: stubAstro("good") });
    const before = statSync(join(out, "index.html")).mtimeMs;

    const bad = join(root, "bad-data");
    cpSync(VALID, bad, { recursive: true });
    const obs = readFileSync(join(bad, "observations.csv"), "utf8").split("\n");
    obs[1] = obs[1].replace(/^([^,]*),([^,]*),/, "$1,no-such-indicator,");
    writeFileSync(join(bad, "observations.csv"), obs.join("\n"));

    const log: string[] = [];
    let astroCalled = false;
    const ok = await buildSite({
      dataDir: bad,
      outDir: out,
      log: (l) => log.push(l),
      astroBuild: async (d) => {
        astroCalled = true;
        await stubAstro("bad")(d);
      },
    });
    expect(ok).toBe(false);
    expect(astroCalled).toBe(false);
    expect(log.some((l) => /observations\.csv:2:\d+: foreign-key: /.test(l))).toBe(true);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("good");
    expect(statSync(join(out, "index.html")).mtimeMs).toBe(before);
    expect(readdirSync(root).sort()).toEqual(["bad-data", "dist"]);
  });

  it("leaves the last good dist untouched and cleans up when the site build fails", async () => {
    const root = temp();
    const out = join(root, "dist");
    await buildSite({ dataDir: VALID, outDir: out, log: () => {}, astroBuild: stubAstro("good") });
    const log: string[] = [];
    const ok = await buildSite({
      dataDir: VALID,
      outDir: out,
      log: (l) => log.push(l),
      astroBuild: async (d) => {
        await stubAstro("half")(d);
        throw new Error("page failed to render");
      },
    });
    expect(ok).toBe(false);
    expect(log.join("\n")).toContain("page failed to render");
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("good");
    expect(readdirSync(root)).toEqual(["dist"]);
  });

  it("builds the search index into the site, and fails the build when indexing fails (last good dist kept)", async () => {
    const root = temp();
    const out = join(root, "dist");
    const page = (marker: string) => async (d: string) => {
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, "index.html"), `<html lang="fa"><body><main><h1>${marker}</h1><p>تعاونی‌های فعال</p></main></body></html>`);
    };
    const ok = await buildSite({ dataDir: VALID, outDir: out, log: () => {}, astroBuild: page("good") });
    expect(ok).toBe(true);
    expect(existsSync(join(out, "pagefind/pagefind.js"))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, "pagefind/fa-compounds.json"), "utf8"))).toContain("تعاونیهای");
    const before = statSync(join(out, "index.html")).mtimeMs;

    const log: string[] = [];
    const failed = await buildSite({
      dataDir: VALID,
      outDir: out,
      log: (l) => log.push(l),
      astroBuild: page("new"),
      searchIndex: async () => {
        throw new Error("search index: Pagefind reported an error");
      },
    });
    expect(failed).toBe(false);
    expect(log.join("\n")).toContain("Pagefind reported an error");
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("good");
    expect(statSync(join(out, "index.html")).mtimeMs).toBe(before);
    expect(existsSync(join(out, "pagefind/pagefind.js"))).toBe(true);
    expect(readdirSync(root)).toEqual(["dist"]);
  });

  it("run as npm run build (steps in child processes): invalid data exits 1 with the validator's messages, dist untouched", () => {
    const root = temp();
    const out = join(root, "dist");
    mkdirSync(out);
    writeFileSync(join(out, "index.html"), "<html>good</html>");
    const bad = join(root, "bad-data");
    cpSync(VALID, bad, { recursive: true });
    const obs = readFileSync(join(bad, "observations.csv"), "utf8").split("\n");
    obs[1] = obs[1].replace(/^([^,]*),([^,]*),/, "$1,no-such-indicator,");
    writeFileSync(join(bad, "observations.csv"), obs.join("\n"));
    const stats = join(root, "stats.json");
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--data-dir", bad, out], {
      cwd: join(__dirname, "../.."),
      encoding: "utf8",
      env: { ...process.env, BUILD_STATS: stats },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/observations\.csv:2:\d+: foreign-key: /);
    expect(r.stdout).toContain("build: not built; the last good site is untouched");
    expect(r.stdout).not.toContain("build: failed");
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("good");
    expect(existsSync(stats)).toBe(false);
    expect(readdirSync(root).sort()).toEqual(["bad-data", "dist"]);
  });

  it("refuses to index a site with no page to search", async () => {
    const dir = temp();
    mkdirSync(join(dir, "embed/x"), { recursive: true });
    writeFileSync(join(dir, "embed/x/index.html"), '<html lang="fa"><body><main>x</main></body></html>');
    process.env.DATA_DIR = VALID;
    await expect(buildSearchIndex(dir, () => {})).rejects.toThrow(/no page to index/);
  });
});
