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
  /** The build with synthetic rows added to the real data (issue "One pipeline"). */
  build: {
    /** Seconds and peak RSS (MB) at 10^5 extra rows; seconds at 10^4. */
    e5Seconds: 300,
    e5RssMb: 3072,
    e4Seconds: 60,
    /** Gzipped bytes: every page, every embed, and the home page with what it loads (font included). */
    pageGzip: 150 * 1024,
    embedGzip: 60 * 1024,
    homeTotal: 80 * 1024,
  },
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
  /** The cheapest reading of the cells (child.ts `lower`): decode, split, one map lookup per repeating cell. */
  lowerMs?: number;
  /** Reading the files, part of floorMs. */
  readMs: number;
  /** Papa.parse of the one large file alone, not counting reading it (the floor of earlier tables). */
  fileParseMs: number;
  peakRssMb: number;
  floorRssMb: number;
  /** One-minute load average before and after the runs (the machine may be shared). */
  load: number[];
  warnings: number;
}

export interface BuildRow {
  rows: number;
  countyYears: number;
  years: number;
  seconds: number;
  peakRssMb: number;
  /** Peak RSS (MB) of each process of the build, by role (main, site, index, pagefind_extended). */
  rssByProcess?: Record<string, number>;
  /** One-minute load average before and after the build (the machine may be shared). */
  load?: number[];
  pages: number;
  countyYearPages: number;
  distMb: number;
  home: HomeBytes;
  largest?: { page: { path: string; gzip: number }; embed: { path: string; gzip: number } };
  /** CPU time (user + system): the build's cost without other work on the machine. */
  cpuSeconds?: number;
  /** Synthetic rows added to the real data (the extra-rows series). */
  extra?: number;
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

/**
 * Observations: validation against the floor (the same files read and parsed by papaparse into
 * arrays, in a child process like validation's), the ratio, memory, and whether each size meets
 * its goals. The parse of observations.csv alone (earlier tables' floor) is shown beside it, and
 * the cheapest reading of the cells (decode, split, one map lookup per repeating cell) against the floor.
 */
export function obsTable(rows: SizeRow[]): string {
  return table(
    ["rows", "folder MB", "validate s", "rows/s", "floor s (papaparse, same files)", "validate / floor", "same, CPU time", "decode + split + lookups / floor", "observations.csv parse alone s", "validate / that", "peak RSS MB", "floor RSS MB", "load avg", "exponent", "goals met"],
    rows.map((r, i) => {
      const ratio = r.validateMs / r.floorMs;
      const k = i > 0 ? exponent(rows[i - 1].rows, rows[i - 1].validateMs, r.rows, r.validateMs) : undefined;
      let ok = ratio <= GOALS.maxRatioToFloor && (k === undefined || k <= GOALS.maxExponent);
      if (r.rows >= 1e6) ok = ok && r.validateMs <= GOALS.millionRowsSeconds * 1000 && r.peakRssMb <= GOALS.millionRowsRssMb;
      return [int(r.rows), r.totalMb.toFixed(1), s(r.validateMs), int(r.rows / (r.validateMs / 1000)), s(r.floorMs), ratio.toFixed(2), (r.validateCpuMs / r.floorCpuMs).toFixed(2), r.lowerMs === undefined ? "" : (r.lowerMs / r.floorMs).toFixed(2), s(r.fileParseMs), (r.validateMs / r.fileParseMs).toFixed(2), int(r.peakRssMb), int(r.floorRssMb), r.load.map((l) => l.toFixed(1)).join(" -> "), k === undefined ? "" : k.toFixed(2), mark(ok)];
    }),
  );
}

/** The cooperative registry: the whole folder validated with cooperatives.csv at each size. */
export function coopTable(rows: SizeRow[]): string {
  return table(
    ["cooperatives", "file MB", "validate s (folder)", "rows/s", "floor s (papaparse, same files)", "validate / floor", "peak RSS MB", "load avg"],
    rows.map((r) => [int(r.rows), r.fileMb.toFixed(1), s(r.validateMs), int(r.rows / (r.validateMs / 1000)), s(r.floorMs), (r.validateMs / r.floorMs).toFixed(2), int(r.peakRssMb), r.load.map((l) => l.toFixed(1)).join(" -> ")]),
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

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Each process's own peak (they need not coincide: the total is sampled as one). */
const perProcess = (b: BuildRow) =>
  Object.entries(b.rssByProcess ?? {})
    .filter(([, mb]) => mb >= 1)
    .map(([role, mb]) => `${role} ${int(mb)}`)
    .join(", ");
const loads = (b: BuildRow) => (b.load ? b.load.map((l) => l.toFixed(1)).join(" -> ") : "");

/** The targets at one size: time and memory where they are set, page sizes at every size. */
export function extraGoalsMet(b: BuildRow): boolean {
  const g = GOALS.build;
  if (b.error || !b.largest) return false;
  let ok = b.largest.page.gzip <= g.pageGzip && b.largest.embed.gzip <= g.embedGzip && b.home.total <= g.homeTotal;
  if (b.extra === 1e4) ok = ok && b.seconds <= g.e4Seconds;
  if (b.extra === 1e5) ok = ok && b.seconds <= g.e5Seconds && b.peakRssMb <= g.e5RssMb;
  return ok;
}

/** The real data plus 10^3, 10^4, 10^5 synthetic rows: time, memory and the largest pages against the targets. */
export function extraTable(rows: BuildRow[]): string {
  return table(
    ["extra rows", "rows", "build s", "CPU s", "peak RSS MB", "peak per process MB", "load avg", "pages", "largest page (gzip)", "largest embed (gzip)", "home with font", "targets met"],
    rows.map((b) =>
      b.error || !b.largest
        ? [int(b.extra ?? 0), int(b.rows), b.seconds.toFixed(1), "", int(b.peakRssMb), perProcess(b), loads(b), "**failed**", "", "", "", mark(false)]
        : [
            int(b.extra ?? 0),
            int(b.rows),
            b.seconds.toFixed(1),
            b.cpuSeconds === undefined ? "" : b.cpuSeconds.toFixed(1),
            int(b.peakRssMb),
            perProcess(b),
            loads(b),
            int(b.pages),
            `${kb(b.largest.page.gzip)} (${b.largest.page.path.replace(/index\.html$/, "")})`,
            `${kb(b.largest.embed.gzip)} (${b.largest.embed.path.replace(/index\.html$/, "")})`,
            kb(b.home.total),
            mark(extraGoalsMet(b)),
          ],
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
