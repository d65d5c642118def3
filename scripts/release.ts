/**
 * `npm run release -- --fa "خلاصه" --en "Summary" [--date 1405-09-10] [--data-dir DIR] [--dry-run]`
 *
 * Compares the data with the last release and publishes the difference as a new release: lists
 * what is new, revised and withdrawn; writes the ledger `releases/rN.csv` (published fields of the
 * new and revised figures) and its SHA-256 in `releases.csv`; stamps pending revision and
 * withdrawal rows with the release, adding revision rows (empty reasons) for corrections that have
 * none. It never edits an earlier ledger. The data is then validated: until every reason is filled
 * the validator refuses it, and this command exits 1 saying which rows to complete.
 * Exit 0: released and valid. 1: nothing to release, invalid data, or reasons to fill. 2: usage.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import Papa from "papaparse";
import { DATASETS } from "../src/schemas/index.ts";
import { LEDGER_FIELDS, type LedgerRow } from "../src/schemas/ledger.ts";
import { gregorianToJalali, isJalali } from "../src/lib/jalali.ts";
import { toCsv } from "../src/lib/csv-out.ts";
import { validateDataDir } from "../src/validate/index.ts";
import { formatIssue } from "../src/validate/issues.ts";
import { ledgerPath, sha256 } from "../src/validate/releases.ts";
import { changedFields, ledgerRowOf, releasedState } from "../src/validate/release-state.ts";

export interface ReleaseOptions {
  dataDir: string;
  fa: string;
  en: string;
  /** Jalali YYYY-MM-DD; default today. */
  date?: string;
  dryRun?: boolean;
  log?: (line: string) => void;
}

export interface ReleaseResult {
  ok: boolean;
  release?: string;
  added: string[];
  revised: string[];
  withdrawn: string[];
  /** Messages when the release could not be made or the data needs reasons. */
  problems: string[];
}

/** Rewrites a CSV file's rows (header kept), for the small revision/withdrawal files. */
function rewriteCsv(path: string, edit: (rows: Record<string, string>[]) => Record<string, string>[]): void {
  const text = readFileSync(path, "utf8");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  const rows = edit(parsed.data);
  const body = Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? "")) }, { newline: "\n" });
  writeFileSync(path, `${body.replace(/\n+$/, "")}\n`);
}

const csvLine = (cells: string[]) => Papa.unparse([cells], { newline: "\n" }) + "\n";
const show = (v: unknown) => (v === undefined || v === "" ? "(empty)" : String(v));

export function makeRelease(opts: ReleaseOptions): ReleaseResult {
  const log = opts.log ?? console.log;
  const dir = opts.dataDir;
  const result: ReleaseResult = { ok: false, added: [], revised: [], withdrawn: [], problems: [] };
  const date = opts.date ?? gregorianToJalali(new Date().toISOString().slice(0, 10));
  if (!isJalali(date)) {
    result.problems.push(`--date ${date} is not a Jalali YYYY-MM-DD date`);
    return result;
  }
  const before = validateDataDir(dir, { skipReleases: true });
  if (!before.valid || !before.data) {
    result.problems.push("the data has errors; fix them first (npm run validate):", ...before.errors.map(formatIssue));
    return result;
  }
  const data = before.data;
  const releases = data.releases;
  const ledgers = before.ledgers ?? [];
  const withdrawnIn = new Map<string, string[]>();
  for (const w of data.withdrawals) if (w.release_id) withdrawnIn.set(w.release_id, [...(withdrawnIn.get(w.release_id) ?? []), w.id]);
  const state = releasedState(
    releases.map((r, i) => ({
      id: r.id,
      ledger: (ledgers[i]?.table?.rows ?? []) as unknown as LedgerRow[],
      withdrawn: withdrawnIn.get(r.id) ?? [],
    })),
  );
  const unfilled = data.revisions.filter((r) => r.release_id && (!r.reason_fa || !r.reason_en));
  if (unfilled.length) {
    result.problems.push(`fill in the reasons of the last release first (revisions.csv: ${unfilled.map((r) => r.id).join(", ")})`);
    return result;
  }

  const ids = new Set(data.observations.map((o) => o.id));
  const gone = [...state.keys()].filter((id) => !ids.has(id));
  if (gone.length) {
    result.problems.push(
      `released figures are missing from observations.csv: ${gone.join(", ")}. A published figure keeps its row: put it back and withdraw it in withdrawals.csv`,
    );
    return result;
  }
  const ledger: LedgerRow[] = [];
  const changes: string[] = [];
  for (const o of data.observations) {
    const s = state.get(o.id);
    if (!s) {
      result.added.push(o.id);
      ledger.push(ledgerRowOf(o));
    } else if (!s.withdrawn) {
      const changed = changedFields(s.fields, o as unknown as Record<string, unknown>);
      if (!changed.length) continue;
      result.revised.push(o.id);
      ledger.push(ledgerRowOf(o));
      changes.push(
        `  ${o.id}: ${changed.map((f) => `${f} ${show(s.fields[f])} -> ${show((o as unknown as Record<string, unknown>)[f])}`).join(", ")}`,
      );
    }
  }
  result.withdrawn = data.withdrawals.filter((w) => !w.release_id).map((w) => w.id);
  if (!ledger.length && !result.withdrawn.length) {
    result.problems.push(`nothing to release: the data is as release ${releases.at(-1)?.id ?? "(none)"} published it`);
    return result;
  }
  const last = releases.at(-1);
  if (last && date < last.date) {
    result.problems.push(`--date ${date} is before the last release (${last.id}, ${last.date})`);
    return result;
  }
  const id = `r${releases.length + 1}`;
  result.release = id;
  log(`release ${id} (${date}): ${result.added.length} new, ${result.revised.length} revised, ${result.withdrawn.length} withdrawn`);
  const some = (ids: string[]) => (ids.length > 30 ? `${ids.slice(0, 30).join(", ")} … and ${ids.length - 30} more` : ids.join(", "));
  if (result.added.length) log(`new: ${some(result.added)}`);
  if (changes.length) log(`revised:\n${changes.join("\n")}`);
  if (result.withdrawn.length) log(`withdrawn: ${some(result.withdrawn)}`);
  if (opts.dryRun) {
    result.ok = true;
    return result;
  }

  // The ledger first, then the release row that seals it with its hash.
  const ledgerText = toCsv(ledger as unknown as Record<string, unknown>[], LEDGER_FIELDS);
  const ledgerFile = join(dir, ledgerPath(id));
  if (existsSync(ledgerFile)) {
    result.problems.push(
      `${ledgerPath(id)} exists already but ${id} is not in releases.csv: remove the stray file or restore releases.csv`,
    );
    return result;
  }
  mkdirSync(join(dir, "releases"), { recursive: true });
  writeFileSync(ledgerFile, ledgerText);
  appendFileSync(join(dir, DATASETS.releases.file), csvLine([id, date, opts.fa, opts.en, sha256(Buffer.from(ledgerText))]));

  // Pending revisions are stamped; corrections without one get a row with empty reasons.
  const revised = new Set(result.revised);
  rewriteCsv(join(dir, DATASETS.revisions.file), (rows) => {
    const stamped = new Set<string>();
    const out = rows.map((r) => {
      if (r.release_id || !revised.has(r.observation_id)) return r;
      stamped.add(r.observation_id);
      return { ...r, id: `${r.observation_id}-${id}`, release_id: id };
    });
    for (const o of result.revised)
      if (!stamped.has(o)) out.push({ id: `${o}-${id}`, observation_id: o, release_id: id, reason_fa: "", reason_en: "" });
    return out;
  });
  rewriteCsv(join(dir, DATASETS.withdrawals.file), (rows) => rows.map((w) => (w.release_id ? w : { ...w, release_id: id })));

  const after = validateDataDir(dir);
  if (!after.valid) {
    result.problems.push(`release ${id} is written, but the data is not valid until these are done:`, ...after.errors.map(formatIssue));
    return result;
  }
  result.ok = true;
  return result;
}

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        fa: { type: "string" },
        en: { type: "string" },
        date: { type: "string" },
        "data-dir": { type: "string" },
        "dry-run": { type: "boolean" },
      },
    }));
  } catch (e) {
    console.error(`release: ${(e as Error).message}`);
    return 2;
  }
  if (!values.fa || !values.en) {
    console.error(
      'usage: npm run release -- --fa "خلاصهٔ فارسی" --en "English summary" [--date YYYY-MM-DD (Jalali)] [--data-dir DIR] [--dry-run]',
    );
    return 2;
  }
  const r = makeRelease({
    dataDir: values["data-dir"] ?? process.env.DATA_DIR ?? "data",
    fa: values.fa,
    en: values.en,
    date: values.date,
    dryRun: values["dry-run"],
  });
  for (const p of r.problems) console.error(p);
  if (r.ok) console.log(r.release ? `release ${r.release} done: npm run build publishes it` : "");
  return r.ok ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
