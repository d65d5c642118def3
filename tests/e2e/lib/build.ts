/**
 * Builds the site for the tests: from data/ when it validates, else from the synthetic fixture
 * tests/fixtures/valid-min (or from DATA_DIR when set).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "../../../scripts/build.ts";

/** Builds into a temporary folder, so a concurrent `npm run build` into dist/ cannot race us. */
export async function buildForTests(log: (line: string) => void): Promise<{ dir: string; cleanup: () => void } | null> {
  const parent = mkdtempSync(join(tmpdir(), "e2e-build-"));
  const dir = join(parent, "dist");
  const quiet: string[] = [];
  const tries = process.env.DATA_DIR ? [process.env.DATA_DIR] : ["data", "tests/fixtures/valid-min"];
  for (const dataDir of tries) {
    log(`build: building the site from ${dataDir} …`);
    quiet.length = 0;
    if (await buildSite({ dataDir, outDir: dir, log: (l) => quiet.push(l) })) {
      if (dataDir !== tries[0]) log(`build: ${tries[0]} does not validate; built from the synthetic fixture ${dataDir} instead`);
      return { dir, cleanup: () => rmSync(parent, { recursive: true, force: true }) };
    }
  }
  for (const l of quiet.slice(-30)) log(`  ${l}`);
  rmSync(parent, { recursive: true, force: true });
  return null;
}
