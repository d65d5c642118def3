/**
 * PROTOTYPE measurement (see README.md beside it), not part of the site, its build or its tests:
 * reading observations.csv of synthetic data three ways, each in a fresh Node, in turn, three rounds:
 *   papaparse   the file read and parsed into arrays (the bench's floor, for this one file)
 *   validator   the validator's reader (readCsvBytes: every cell checked, rows kept by column)
 *   wasm        scan.c compiled to WebAssembly: cells found and interned below JavaScript, then
 *               each distinct value decoded once and the columns filled (no checks: reading only)
 * Usage: node --import tsx scripts/bench/wasm-prototype/run.ts [rows=100000]
 * Needs clang and lld (Debian: apt-get install clang lld); the data is synthetic and deleted after.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { DATASETS } from "../../../src/schemas/index.ts";
import { readCsvBytes } from "../../../src/validate/csv.ts";
import { IssueSink } from "../../../src/validate/issues.ts";
import { loadBase, writeSynthetic } from "../synth.ts";
import { ROOT } from "../measure.ts";

const HERE = new URL(".", import.meta.url).pathname;
const SELF = join(HERE, "run.ts");

type Measure = { ms: number; rows: number };

function measureWasm(file: string, wasm: string): Measure {
  const t0 = performance.now();
  const module = new WebAssembly.Module(readFileSync(wasm));
  const w = new WebAssembly.Instance(module).exports as unknown as {
    memory: WebAssembly.Memory;
    alloc(n: number): number;
    scan(input: number, len: number, columns: number, modes: number, codes: number, spans: number, news: number): number;
  };
  const bytes = readFileSync(file);
  let lines = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  const header = bytes.toString("utf8", 0, bytes.indexOf(10)).split(",");
  const columns = header.length;
  const inputAt = w.alloc(bytes.length);
  new Uint8Array(w.memory.buffer, inputAt, bytes.length).set(bytes);
  const modesAt = w.alloc(columns);
  new Uint8Array(w.memory.buffer, modesAt, columns)[header.indexOf("id")] = 1;
  const codesAt = w.alloc(4 * (lines + 1) * columns);
  const spansAt = w.alloc(8 * (lines + 1));
  const newsAt = w.alloc(12 * ((lines + 1) * columns + 1));
  const rows = w.scan(inputAt, bytes.length, columns, modesAt, codesAt, spansAt, newsAt);
  // The memory may have grown during the scan: views are made after it.
  const mem = w.memory.buffer;
  const codes = new Int32Array(mem, codesAt, rows * columns);
  const spans = new Uint32Array(mem, spansAt, 2 * rows);
  const news = new Uint32Array(mem, newsAt, 3 * (rows * columns + 1));
  const input = Buffer.from(mem, inputAt, bytes.length);
  const modes = new Uint8Array(mem, modesAt, columns);
  const values: unknown[][] = header.map(() => []);
  for (let k = 0; news[3 * k] !== 0xffffffff; k++) {
    const c = news[3 * k];
    const text = input.toString("utf8", news[3 * k + 1], news[3 * k + 2]);
    values[c].push(header[c] === "value" && text !== "" ? Number(text) : text === "" ? undefined : text);
  }
  const cols = header.map(() => new Array<unknown>(rows));
  for (let c = 0; c < columns; c++) {
    const col = cols[c];
    if (modes[c] === 1) {
      for (let r = 0; r < rows; r++) col[r] = input.toString("latin1", spans[2 * r], spans[2 * r + 1]);
      continue;
    }
    const vals = values[c];
    for (let r = 0, i = c; r < rows; r++, i += columns) col[r] = vals[codes[i]];
  }
  return { ms: performance.now() - t0, rows };
}

function measurePapa(file: string): Measure {
  const t0 = performance.now();
  const parsed = Papa.parse<string[]>(readFileSync(file, "utf8"), { delimiter: ",", header: false, dynamicTyping: false });
  return { ms: performance.now() - t0, rows: parsed.data.length - 1 };
}

function measureValidator(file: string): Measure {
  const t0 = performance.now();
  const table = readCsvBytes(readFileSync(file), "observations.csv", DATASETS.observations.schema, new IssueSink(1000));
  return { ms: performance.now() - t0, rows: table?.stats.rowsRead ?? 0 };
}

const [mode, file, wasm] = process.argv.slice(2);
if (mode === "--child") {
  const how = process.argv[5];
  const m = how === "wasm" ? measureWasm(file, wasm) : how === "papaparse" ? measurePapa(file) : measureValidator(file);
  process.stdout.write(JSON.stringify(m) + "\n");
} else {
  const rows = Number(mode ?? 100_000);
  const work = mkdtempSync(join(tmpdir(), "wasm-prototype-"));
  try {
    const wasmFile = join(work, "scan.wasm");
    const cc = spawnSync(
      "clang",
      ["--target=wasm32", "-O3", "-nostdlib", "-Wl,--no-entry", "-Wl,--export-dynamic", "-Wl,--max-memory=4294967296", "-o", wasmFile, join(HERE, "scan.c")],
      { encoding: "utf8" },
    );
    if (cc.status !== 0) throw new Error(`clang failed (Debian: apt-get install clang lld):\n${cc.stderr ?? cc.error}`);
    mkdirSync(join(work, "data"));
    const synth = writeSynthetic(loadBase(join(ROOT, "data"), join(ROOT, "tests/fixtures/valid-min")), { observations: rows, cooperatives: rows / 10, years: 30 }, join(work, "data"));
    const obs = join(synth.dir, "observations.csv");
    const runs: Record<string, Measure[]> = { papaparse: [], validator: [], wasm: [] };
    for (let round = 0; round < 3; round++) {
      for (const how of Object.keys(runs)) {
        // One long WebAssembly call stays in V8's baseline compiler unless it is turned off.
        const flags = how === "wasm" ? ["--no-liftoff"] : ["--no-allocation-site-pretenuring"];
        const r = spawnSync(process.execPath, [...flags, "--import", "tsx", SELF, "--child", obs, wasmFile, how], { cwd: ROOT, encoding: "utf8" });
        if (r.status !== 0) throw new Error(r.stderr);
        runs[how].push(JSON.parse(r.stdout.trim().split("\n").pop()!) as Measure);
      }
    }
    for (const [how, ms] of Object.entries(runs)) {
      const sorted = ms.map((m) => m.ms).sort((a, b) => a - b);
      console.log(`${how.padEnd(10)} rows ${ms[0].rows}  min ${sorted[0].toFixed(0)} ms  median ${sorted[1].toFixed(0)} ms`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
