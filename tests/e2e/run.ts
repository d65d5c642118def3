/**
 * `npm run test:e2e [-- --dist DIR] [--limit N] [--concurrency N] [--no-self-test | --self-test-only]`
 *
 * 0. Unit checks of the suite's helpers (headers parser, file sniffing, message forger).
 * 1. Self-test: the checkers run against a small, deliberately broken fixture site and must find
 *    exactly the breakage planted there (a checker that goes blind fails the suite).
 * 2. Builds the site into a private temporary folder (data/ if it validates, else the synthetic
 *    fixture tests/fixtures/valid-min), or tests an existing build with --dist.
 * 3. Runs the suite (tests/e2e/suite.ts) and ends with "N passed, N failed, N skipped";
 *    exits 1 on any failure.
 */
import { resolve } from "node:path";
import { buildForTests } from "./lib/build.ts";
import { launch } from "./lib/browser.ts";
import { startHostOrigin } from "./lib/host-origin.ts";
import { Results } from "./lib/results.ts";
import { selfTest } from "./self-test.ts";
import { runSuite } from "./suite.ts";
import { unitChecks } from "./unit.ts";

const log = (line: string) => console.log(line);

function parse(argv: string[]) {
  const o = { dist: undefined as string | undefined, limit: undefined as number | undefined, selfTest: true, site: true, concurrency: 3 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--dist") o.dist = argv[++i];
    else if (a === "--limit") o.limit = Number(argv[++i]);
    else if (a === "--concurrency") o.concurrency = Number(argv[++i]);
    else if (a === "--no-self-test") o.selfTest = false;
    else if (a === "--self-test-only") o.site = false;
    else throw new Error(`unknown option ${a} (options: --dist DIR, --limit N, --concurrency N, --no-self-test, --self-test-only)`);
  }
  return o;
}

async function main(): Promise<number> {
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  const opts = parse(process.argv.slice(2));
  const started = Date.now();
  const results = new Results(log);
  await unitChecks(results);
  const browser = await launch();
  const host = await startHostOrigin();
  let cleanup = () => {};
  try {
    if (opts.selfTest) await selfTest({ browser, host, results, log });
    if (!opts.site) return finish(results, started);
    let dist = opts.dist ? resolve(opts.dist) : undefined;
    if (!dist) {
      const built = await buildForTests(log);
      if (!built) {
        results.add("build", "site", ["the site does not build (messages above)"]);
        return finish(results, started);
      }
      ({ dir: dist, cleanup } = built);
    }
    await runSuite({ dist, browser, host, results, log, limit: opts.limit, concurrency: opts.concurrency });
  } finally {
    await host.close();
    await browser.close();
    cleanup();
  }
  return finish(results, started);
}

function finish(results: Results, started: number): number {
  log("");
  log("per check:");
  for (const line of results.summaryByCheck()) log(line);
  const failed = results.count("fail");
  log("");
  log(
    `e2e: ${results.count("pass")} passed, ${failed} failed, ${results.count("skip")} skipped (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`e2e: crashed: ${(e as Error).stack ?? e}`);
    console.log("e2e: 0 passed, 1 failed, 0 skipped");
    process.exit(1);
  },
);
