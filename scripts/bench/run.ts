/**
 * `npm run bench [-- --quick] [--skip-build] [--profile] [--reps N]`
 *
 * How validation, the build and the home page scale with the data, on synthetic data generated
 * into the OS temp folder (see synth.ts) and deleted afterwards. Prints markdown tables and writes
 * the same figures as JSON to bench/ (git-ignored), with the machine's cores and Node version.
 *   --quick       only the small sizes (under a minute)
 *   --skip-build  validation only
 *   --targets     only the builds with 10^3, 10^4, 10^5 extra rows (the targets)
 *   --profile     also write a .cpuprofile per validation size to bench/profiles/ and print its
 *                 hot functions (scripts/bench/profile.ts; or load the file in Chrome DevTools)
 *   --reps N      runs per measurement (default 3; 2 at a million rows); the fastest counts
 *   --build-timeout S   stop a build after S seconds (default 900) and record it as failed; the
 *                 larger builds of that series are then not attempted
 *   --extra N,...  only the builds with these numbers of extra rows (e.g. --extra 1e5): one
 *                 target measured without the others
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { execSync } from "node:child_process";
import { loadBase, writeSynthetic, type Base } from "./synth.ts";
import { ROOT, VALIDATE_NODE_FLAGS, interleaved, runBuild, runChild, type BuildResult } from "./measure.ts";
import { summarise } from "./profile.ts";
import { GOALS, buildTable, coopTable, exponent, extraTable, obsTable, type BuildRow, type SizeRow } from "./report.ts";

interface Options {
  quick: boolean;
  skipBuild: boolean;
  targets: boolean;
  profile: boolean;
  reps?: number;
  /** Only the builds with these numbers of extra rows (`--extra 1e5`, comma-separated). */
  only?: number[];
  /** Seconds after which a build is stopped and recorded as failed. */
  buildTimeout: number;
}

function parse(argv: string[]): Options {
  const o: Options = { quick: false, skipBuild: false, targets: false, profile: false, buildTimeout: 900 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--quick") o.quick = true;
    else if (a === "--skip-build") o.skipBuild = true;
    else if (a === "--targets") o.targets = true;
    else if (a === "--profile") o.profile = true;
    else if (a === "--reps") o.reps = Number(argv[++i]);
    else if (a === "--build-timeout") o.buildTimeout = Number(argv[++i]);
    else if (a === "--extra") o.only = argv[++i].split(",").map(Number);
    else throw new Error(`unknown option ${a}\nusage: npm run bench -- [--quick] [--skip-build] [--targets] [--profile] [--reps N] [--build-timeout S] [--extra N,...]`);
  }
  return o;
}

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

/** Validation and floor at one size of one dataset (observations.csv or cooperatives.csv). */
function measureSize(base: Base, file: "observations.csv" | "cooperatives.csv", observations: number, cooperatives: number, reps: number, profileDir?: string): SizeRow {
  const rows = file === "observations.csv" ? observations : cooperatives;
  const t0 = performance.now();
  const synth = writeSynthetic(base, { observations, cooperatives, years: 30 });
  log(`${file} ${rows} rows: generated in ${((performance.now() - t0) / 1000).toFixed(1)} s (${(synth.bytes[file] / 2 ** 20).toFixed(1)} MB)`);
  try {
    // Validation, the floor (every file the validator reads, read and parsed by papaparse into
    // arrays) and the parse of the one large file, in turn, round after round (see interleaved).
    const loadBefore = loadavg()[0];
    const [validate, floor, fileParse, lower] = interleaved(reps, [
      () => runChild("validate", synth.dir),
      () => runChild("parse-dir", synth.dir),
      () => runChild("parse", join(synth.dir, file)),
      () => runChild("lower", synth.dir),
    ]);
    const loadAfter = loadavg()[0];
    if (profileDir) {
      const dir = join(profileDir, `${file.replace(".csv", "")}-${rows}`);
      runChild("validate", synth.dir, dir);
      // The main thread's profile is the largest file; worker threads write small ones.
      const main = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).map((f) => join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
      if (main) log(summarise(main, 12));
    }
    log(`  validate ${fmtRuns(validate.runs)} · floor ${fmtRuns(floor.runs)} · ${file} alone ${fmtRuns(fileParse.runs)} · decode+split+lookups ${fmtRuns(lower.runs)} · peak ${validate.maxRssMb.toFixed(0)} MB · load ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)}`);
    return {
      rows,
      fileMb: synth.bytes[file] / 2 ** 20,
      totalMb: Object.values(synth.bytes).reduce((a, b) => a + b, 0) / 2 ** 20,
      validateMs: validate.min,
      validateMedianMs: validate.median,
      validateRuns: validate.runs,
      validateCpuMs: validate.cpuMin,
      floorMs: floor.min,
      floorMedianMs: floor.median,
      floorRuns: floor.runs,
      floorCpuMs: floor.cpuMin,
      lowerMs: lower.min,
      readMs: floor.last.readMs as number,
      fileParseMs: fileParse.min,
      peakRssMb: validate.maxRssMb,
      floorRssMb: floor.maxRssMb,
      load: [loadBefore, loadAfter],
      warnings: validate.last.warningCount as number,
    };
  } finally {
    rmSync(synth.dir, { recursive: true, force: true });
  }
}

const notAttempted = (sizes: string[]) => (sizes.length ? `\nNot attempted, since a smaller build failed: ${sizes.join(", ")}.` : "");

const lastLines = (text: string, n: number) => text.split("\n").filter((l) => l.trim()).slice(-n).join("\n");

const fmtRuns = (runs: number[]) => runs.map((r) => (r / 1000).toFixed(2)).join("/") + " s";

/** Runs growing builds in order; once one fails, the larger ones are not attempted. */
function series(steps: (() => BuildRow)[]): BuildRow[] {
  const out: BuildRow[] = [];
  for (const step of steps) {
    if (out.some((b) => b.error)) break;
    out.push(step());
  }
  return out;
}

function measureBuild(base: Base, observations: number, years: number, timeoutS: number, extra?: number): BuildRow {
  const synth = writeSynthetic(base, { observations, cooperatives: Math.min(100_000, Math.max(100, Math.round(observations / 10))), years });
  try {
    log(`build: ${observations} rows, ${synth.counties} counties × ${years} years ...`);
    const loadBefore = loadavg()[0];
    const b: BuildResult = runBuild(synth.dir, timeoutS * 1000);
    const loadAfter = loadavg()[0];
    const row: BuildRow = {
      rows: observations,
      extra,
      countyYears: synth.countyYears,
      years,
      seconds: b.seconds,
      cpuSeconds: b.cpuSeconds,
      peakRssMb: b.maxRssMb,
      rssByProcess: b.rssByProcess,
      load: [loadBefore, loadAfter],
      pages: b.pages,
      countyYearPages: b.countyYearPages,
      distMb: b.distMb,
      home: b.home,
      largest: b.largest,
    };
    if (!b.ok) {
      // Recorded, not thrown: a build that fails at some size is itself a result.
      row.error = lastLines(b.log, 12);
      log(`  build FAILED after ${b.seconds.toFixed(1)} s (peak ${b.maxRssMb.toFixed(0)} MB):\n${row.error}`);
      return row;
    }
    log(`  ${b.seconds.toFixed(1)} s, ${b.pages} pages (${b.countyYearPages} county-year), home ${b.home.total} B, peak ${b.maxRssMb.toFixed(0)} MB (${JSON.stringify(b.rssByProcess)}), load ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)}`);
    return row;
  } finally {
    rmSync(synth.dir, { recursive: true, force: true });
  }
}

function main(): void {
  const opts = parse(process.argv.slice(2));
  const started = new Date();
  const base = loadBase(join(ROOT, "data"), join(ROOT, "tests/fixtures/valid-min"));
  const machine = {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
    commit: gitCommit(),
  };
  log(`${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverageAtStart.join(" ")}; base data from ${base.from}`);
  const profileDir = opts.profile ? join(ROOT, "bench/profiles") : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });

  const obsSizes = opts.only ? [] : opts.targets ? [] : opts.quick ? [1e3, 1e4] : [1e3, 1e4, 1e5, 1e6];
  const coopSizes = opts.only ? [] : opts.targets ? [] : opts.quick ? [1e3] : [1e3, 1e4, 1e5];
  const repsFor = (n: number) => opts.reps ?? (opts.quick ? 2 : n >= 1e6 ? 2 : 3);

  const observations = obsSizes.map((n) => measureSize(base, "observations.csv", n, Math.min(100_000, Math.max(100, n / 10)), repsFor(n), profileDir));
  const cooperatives = coopSizes.map((n) => measureSize(base, "cooperatives.csv", 1000, n, repsFor(n), profileDir));

  // Pages: 12 counties × 1, 10, 100 years, 20 figures per county-year (so data grows with pages).
  // The targets: the real data plus 10^3, 10^4, 10^5 synthetic rows over 30 years.
  const pageYears = opts.targets || opts.only ? [] : opts.quick ? [1] : [1, 10, 100];
  const extraRows = opts.only ?? (opts.quick ? [1e3, 1e4] : [1e3, 1e4, 1e5]);
  const builds = opts.skipBuild ? [] : series(pageYears.map((y) => () => measureBuild(base, base.counts["observations.csv"] + 20 * base.counties.length * y, y, opts.buildTimeout)));
  const homes = opts.skipBuild ? [] : series(extraRows.map((n) => () => measureBuild(base, base.counts["observations.csv"] + n, 30, opts.buildTimeout, n)));

  const results = {
    kind: "lorestan-coop-stats benchmark (synthetic data)",
    started: started.toISOString(),
    seconds: Math.round((Date.now() - started.getTime()) / 100) / 10,
    quick: opts.quick,
    machine,
    goals: GOALS,
    observations,
    cooperatives,
    builds,
    homes,
  };
  const md = [
    `## Benchmark (${started.toISOString().slice(0, 16).replace("T", " ")}, ${machine.cores} cores, Node ${machine.node}${opts.quick ? ", quick" : ""})`,
    "",
    `Synthetic data (${base.counties.length} real counties, ${base.indicators.length} real indicators). Time: fastest of the runs (load average at start ${machine.loadAverageAtStart.join(", ")}).`,
    "",
    ...(observations.length
      ? [
          "### Validation: observations.csv",
          `Each child process is a fresh Node (\`node ${VALIDATE_NODE_FLAGS.join(" ")}\`, on both sides, as \`npm run validate\` and \`npm run build\` run); validation, the floor and the one-file parse run in turn, ${observations[0].validateRuns.length}+ rounds, fastest counts. Floor: every file the validator reads, read and parsed by papaparse into arrays (header:false, no typing). Goal: validate / floor <= ${GOALS.maxRatioToFloor}; at 10^6 rows <= ${GOALS.millionRowsSeconds} s and <= ${GOALS.millionRowsRssMb} MB peak.`,
          "",
          obsTable(observations),
          "",
        ]
      : []),
    ...(cooperatives.length ? ["### Validation: cooperatives.csv (registry)", coopTable(cooperatives)] : []),
    ...(builds.length ? ["", "### Build: pages", buildTable(builds), notAttempted(pageYears.slice(builds.length).map((y) => `${base.counties.length * y} county-years`))] : []),
    ...(homes.length
      ? [
          "",
          "### Build with synthetic rows added to the real data (30 years)",
          `Targets: 10^4 rows <= ${GOALS.build.e4Seconds} s; 10^5 rows <= ${GOALS.build.e5Seconds} s and <= ${GOALS.build.e5RssMb} MB peak; every page <= 150 KB gzip, every embed <= 60 KB, home <= 80 KB with its font.`,
          "",
          extraTable(homes),
          notAttempted(extraRows.slice(homes.length).map((n) => `${n} extra rows`)),
        ]
      : []),
    ...[...builds, ...homes].filter((b) => b.error).map((b) => `\nBuild at ${b.rows} rows failed after ${b.seconds.toFixed(0)} s (peak ${Math.round(b.peakRssMb)} MB):\n\n\`\`\`\n${b.error}\n\`\`\``),
    "",
    `Scaling exponents (1 = linear): validation ${exponents(observations.map((r) => [r.rows, r.validateMs]))}; build time vs pages ${exponents(builds.filter((b) => !b.error).map((b) => [b.pages, b.seconds]))}.`,
  ].join("\n");
  process.stdout.write(md + "\n");
  mkdirSync(join(ROOT, "bench"), { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, "-").slice(0, 19);
  const name = `${opts.quick ? "quick" : "full"}-${stamp}`;
  writeFileSync(join(ROOT, "bench", `${name}.json`), JSON.stringify(results, null, 2) + "\n");
  writeFileSync(join(ROOT, "bench", `${name}.md`), md + "\n");
  writeFileSync(join(ROOT, "bench", `latest${opts.quick ? "-quick" : ""}.json`), JSON.stringify(results, null, 2) + "\n");
  log(`results: bench/${name}.json (${results.seconds} s)`);
}

const exponents = (pairs: [number, number][]) =>
  pairs.length < 2 ? "n/a" : pairs.slice(1).map(([n, t], i) => exponent(pairs[i][0], pairs[i][1], n, t).toFixed(2)).join(", ");

function gitCommit(): string | undefined {
  try {
    return execSync("git rev-parse --short HEAD", { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

main();
