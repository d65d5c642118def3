/**
 * `npm run build` says what the validator warned about (the count and the first warnings) and,
 * with --strict, refuses to build on warnings. Astro is a stub here (see tests/build/).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite } from "../../scripts/build.ts";
import { caseOnDisk, VALID_MIN } from "./fixtures.ts";

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const stub = async (outDir: string) => {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "index.html"), "<html></html>");
};
const out = () => {
  const d = mkdtempSync(join(tmpdir(), "build-warn-"));
  temps.push(d);
  return join(d, "dist");
};

describe("build and data warnings", () => {
  const dir = caseOnDisk("18-persian-digits");
  temps.push(dir);

  it("prints the warning count and the first warnings, and builds", async () => {
    const log: string[] = [];
    expect(await buildSite({ dataDir: dir, outDir: out(), log: (l) => log.push(l), astroBuild: stub })).toBe(true);
    expect(log[0]).toBe("warning: 2 data warnings:");
    expect(log[1]).toBe(
      `  ${dir}/observations.csv:5:4: warning normalized: value: converted Persian/Arabic digits to Latin digits ("۱۲۳")`,
    );
    expect(log).toContain("  2 of them can be written into the files with: npm run validate -- --fix");
    expect(log.some((l) => l.startsWith("build: data valid") && l.endsWith("; 2 warnings)"))).toBe(true);
  });

  it("--strict: warnings count as errors, nothing is built", async () => {
    const log: string[] = [];
    let built = false;
    const ok = await buildSite({
      dataDir: dir,
      outDir: out(),
      strict: true,
      log: (l) => log.push(l),
      astroBuild: async (d) => {
        built = true;
        await stub(d);
      },
    });
    expect(ok).toBe(false);
    expect(built).toBe(false);
    expect(log[0]).toBe("error (--strict): 2 data warnings:");
    expect(log.at(-1)).toContain("--strict");
  });

  it("--strict with clean data builds", async () => {
    expect(await buildSite({ dataDir: VALID_MIN, outDir: out(), strict: true, log: () => {}, astroBuild: stub })).toBe(true);
  });
});
