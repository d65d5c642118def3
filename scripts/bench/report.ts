/** The bench's goals and its markdown tables (pure: figures in, text out). */
import type { HomeBytes } from "./measure.ts";

export const GOALS = {
  /** Validation time / bare papaparse parse of the same file, at every size. */
  maxRatioToFloor: 2,
  /** At 10^6 observation rows. */
  millionRowsSeconds: 15,
  millionRowsRssMb: 1536,
  /** Above this, time grows faster than the input: something is worse than linear. */
  maxExponent: 1.15,
};

export interface SizeRow {
  rows: number;
  fileMb: number;
  totalMb: number;
  validateMs: number;
  validateMedianMs: number;
  validateRuns: number[];
  validateCpuMs: number;
  floorMs: number;
  floorMedianMs: number;
  floorRuns: number[];
  floorCpuMs: number;
  readMs: number;
  peakRssMb: number;
  floorRssMb: number;
  warnings: number;
}

export interface BuildRow {
  rows: number;
  countyYears: number;
  years: number;
  seconds: number;
  peakRssMb: number;
  pages: number;
  countyYearPages: number;
  distMb: number;
  home: HomeBytes;
  /** The end of the build's log, when it failed. */
  error?: string;
}

/** The exponent k in t ∝ n^k between two measurements. */
export const exponent = (n1: number, t1: number, n2: number, t2: number): number => Math.log(t2 / t1) / Math.log(n2 / n1);

const s = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const int = (n: number) => Math.round(n).toLocaleString("en-US");
const mark = (ok: boolean) => (ok ? "yes" : "**no**");

function table(header: string[], rows: (string | number)[][]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---:").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

/** Observations: validation, floor, ratio, memory, and whether each size meets its goals. */
export function obsTable(rows: SizeRow[]): string {
  return table(
    ["rows", "file MB", "validate s", "rows/s", "floor s (papaparse)", "validate / floor", "same, CPU time", "peak RSS MB", "floor RSS MB", "exponent", "goals met"],
    rows.map((r, i) => {
      const ratio = r.validateMs / r.floorMs;
      const k = i > 0 ? exponent(rows[i - 1].rows, rows[i - 1].validateMs, r.rows, r.validateMs) : undefined;
      let ok = ratio <= GOALS.maxRatioToFloor && (k === undefined || k <= GOALS.maxExponent);
      if (r.rows >= 1e6) ok = ok && r.validateMs <= GOALS.millionRowsSeconds * 1000 && r.peakRssMb <= GOALS.millionRowsRssMb;
      return [int(r.rows), r.fileMb.toFixed(1), s(r.validateMs), int(r.rows / (r.validateMs / 1000)), s(r.floorMs), ratio.toFixed(2), (r.validateCpuMs / r.floorCpuMs).toFixed(2), int(r.peakRssMb), int(r.floorRssMb), k === undefined ? "" : k.toFixed(2), mark(ok)];
    }),
  );
}

/** The cooperative registry: the whole folder validated with cooperatives.csv at each size. */
export function coopTable(rows: SizeRow[]): string {
  return table(
    ["cooperatives", "file MB", "validate s (folder)", "rows/s", "floor s (papaparse)", "validate / floor", "peak RSS MB"],
    rows.map((r) => [int(r.rows), r.fileMb.toFixed(1), s(r.validateMs), int(r.rows / (r.validateMs / 1000)), s(r.floorMs), (r.validateMs / r.floorMs).toFixed(2), int(r.peakRssMb)]),
  );
}

export function buildTable(rows: BuildRow[]): string {
  return table(
    ["county × year", "rows", "pages built", "county-year pages", "build s", "s per page", "dist MB", "peak RSS MB", "home bytes"],
    rows.map((b) =>
      b.error
        ? [int(b.countyYears), int(b.rows), "**failed**", "", b.seconds.toFixed(1), "", "", int(b.peakRssMb), ""]
        : [int(b.countyYears), int(b.rows), int(b.pages), int(b.countyYearPages), b.seconds.toFixed(1), (b.seconds / b.pages).toFixed(3), b.distMb.toFixed(1), int(b.peakRssMb), int(b.home.total)],
    ),
  );
}

export function homeTable(rows: BuildRow[]): string {
  return table(
    ["rows", "build s", "pages built", "dist MB", "peak RSS MB", "home HTML (gzip)", "home total", "change vs first"],
    rows.map((b) =>
      b.error
        ? [int(b.rows), b.seconds.toFixed(1), "**failed**", "", int(b.peakRssMb), "", "", ""]
        : [int(b.rows), b.seconds.toFixed(1), int(b.pages), b.distMb.toFixed(1), int(b.peakRssMb), int(b.home.html), int(b.home.total), `${(((b.home.total - rows[0].home.total) / rows[0].home.total) * 100).toFixed(1)}%`],
    ),
  );
}
