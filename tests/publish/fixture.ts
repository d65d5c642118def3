/**
 * Synthetic data for the press-kit tests (nothing here is a real figure): tests/fixtures/valid-min
 * copied to a temp folder, with its count indicator renamed `coops-active` so the registry's
 * first chart has points to draw (three, one inferred), and hostile text injected into a source's
 * outlet and headline and an observation's note: markup, an SVG end tag and a spreadsheet formula.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const VALID_MIN = join(ROOT, "tests/fixtures/valid-min");

export const HOSTILE = {
  script: "<script>alert(1)</script>",
  svgEnd: "</svg>",
  formula: '=HYPERLINK("http://evil.example","x")',
};
export const OUTLET = `خبرگزاری ${HOSTILE.script} نمونه`;
export const HEADLINE = `${HOSTILE.formula} خبر ${HOSTILE.svgEnd}`;
export const NOTE = `یادداشت ${HOSTILE.svgEnd}${HOSTILE.script}`;
/** Its English twin (required wherever the Persian note is filled), as hostile. */
export const NOTE_EN = `Note ${HOSTILE.svgEnd}${HOSTILE.script}`;

function editCsv(file: string, edit: (rows: Record<string, string>[], fields: string[]) => Record<string, string>[]): void {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields!;
  writeFileSync(
    file,
    Papa.unparse({ fields, data: edit(parsed.data, fields).map((r) => fields.map((f) => r[f] ?? "")) }, { newline: "\n" }) + "\n",
  );
}

/** A fresh data folder; `hostile: false` leaves the text as in valid-min. */
export function makeDataDir({ hostile = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "press-data-"));
  cpSync(VALID_MIN, dir, { recursive: true });
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    writeFileSync(p, readFileSync(p, "utf8").replaceAll("ind-count", "coops-active"));
  }
  editCsv(join(dir, "observations.csv"), (rows) => {
    const base = rows.find((r) => r.id === "obs-count-province")!;
    const extra = [
      { ...base, id: "obs-count-1401", value: "100", qualifier: "exact", period: "1401", also_source_ids: "", official_id: "" },
      {
        ...base,
        id: "obs-count-1402",
        value: "110",
        qualifier: "more_than",
        period_kind: "inferred",
        period: "1402-03",
        period_end: "1402-06",
        period_basis: "synthetic",
        source_id: "test-0002",
        also_source_ids: "",
        official_id: "",
      },
    ];
    const out: Record<string, string>[] = [...rows, ...extra];
    if (hostile)
      Object.assign(
        out.find((r) => r.id === "obs-count-province")!,
        { note_fa: NOTE, note_en: NOTE_EN },
      );
    return out;
  });
  if (hostile) {
    editCsv(join(dir, "sources.csv"), (rows) =>
      rows.map((r) => (r.id === "test-0001" ? { ...r, outlet_fa: OUTLET, title_fa: HEADLINE } : r)),
    );
  }
  return dir;
}

export interface BuildResult {
  ok: boolean;
  log: string;
}

/**
 * The environment without what Vitest injects for its own Vite: BASE_URL, MODE, DEV, PROD, SSR
 * would leak into Astro's import.meta.env during prerendering (BASE_URL=/ undid BASE_PATH).
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "TEST", "NODE_ENV"]) delete env[k];
  for (const k of Object.keys(env)) if (k.startsWith("VITEST")) delete env[k];
  return env;
}

/** Runs the real build (Astro included) in a child process, as `npm run build` would. */
export function runBuild(dataDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/build.ts", "--data-dir", dataDir, outDir], {
    cwd: ROOT,
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: "1", ...env },
    encoding: "utf8",
    timeout: 300_000,
  });
  return { ok: r.status === 0, log: `${r.stdout}\n${r.stderr}` };
}
