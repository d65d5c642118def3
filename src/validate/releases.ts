/**
 * Releases, revisions and withdrawals: nothing published is changed or removed silently. With the
 * ledgers in `data/releases/`, a data folder alone (no git) shows what each release published; a
 * figure whose published fields differ from its last released version needs a revision row, and a
 * released figure may leave only by a withdrawal. Ledgers are checked against their SHA-256.
 */
import { createHash } from "node:crypto";
import { DATASETS } from "../schemas/index.ts";
import { ledgerSchema, LEDGER_FIELDS, type LedgerRow } from "../schemas/ledger.ts";
import { jalaliToGregorian } from "../lib/jalali.ts";
import type { IssueSink } from "./issues.ts";
import type { TableResult } from "./csv.ts";
import { changedFields, releasedState, type ReleaseInput } from "./release-state.ts";
import { column, rowAt, rowCount } from "./store.ts";

export interface LedgerFile {
  release: string;
  file: string;
  bytes?: Uint8Array;
  table: TableResult | null;
}

export const ledgerPath = (release: string) => `releases/${release}.csv`;
export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
export { ledgerSchema };

interface Tables {
  observations?: TableResult;
  releases?: TableResult;
  revisions?: TableResult;
  withdrawals?: TableResult;
}

const col = (name: keyof typeof DATASETS, field: string) => Object.keys(DATASETS[name].schema.shape).indexOf(field) + 1;
const show = (v: unknown) => (v === undefined || v === "" ? "(empty)" : String(v));

/** Today as a Gregorian `YYYY-MM-DD` (UTC); replaceable in tests. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

export function checkReleases(tables: Tables, ledgers: LedgerFile[], sink: IssueSink, today = todayIso()): void {
  const rel = tables.releases;
  if (!rel) return;
  const relFile = DATASETS.releases.file;

  // Releases are r1, r2, … in file order, dated in order and not in the future.
  let prevDate = "";
  rel.rows.forEach((r, i) => {
    const line = rel.lines[i];
    if (r.id !== `r${i + 1}`) {
      sink.add({
        severity: "error",
        type: "release-order",
        file: relFile,
        line,
        column: col("releases", "id"),
        field: "id",
        value: String(r.id),
        message: `release ${i + 1} of the file must be r${i + 1}: releases are numbered in order and never renumbered`,
      });
    }
    const date = r.date as string;
    if (prevDate && date < prevDate) {
      sink.add({
        severity: "error",
        type: "release-order",
        file: relFile,
        line,
        column: col("releases", "date"),
        field: "date",
        value: date,
        message: `dated before the release above it (${prevDate}): releases are in date order`,
      });
    }
    if (jalaliToGregorian(date) > today) {
      sink.add({
        severity: "error",
        type: "date-future",
        file: relFile,
        line,
        column: col("releases", "date"),
        field: "date",
        value: date,
        message: `a release cannot be dated after today (${today})`,
      });
    }
    prevDate = date;
  });

  // Each ledger exists, reads, and is byte for byte the one released.
  const byRelease = new Map(ledgers.map((l) => [l.release, l]));
  rel.rows.forEach((r, i) => {
    const l = byRelease.get(r.id as string);
    if (!l?.bytes) {
      sink.add({
        severity: "error",
        type: "ledger-missing",
        file: relFile,
        line: rel.lines[i],
        column: col("releases", "id"),
        field: "id",
        value: String(r.id),
        message: `the ledger ${ledgerPath(r.id as string)} is missing: it is written by npm run release and must be kept`,
      });
    } else if (sha256(l.bytes) !== r.ledger_sha256) {
      sink.add({
        severity: "error",
        type: "ledger-changed",
        file: l.file,
        line: 1,
        column: 1,
        value: String(r.id),
        message: `this ledger differs from the one released in ${r.id} (SHA-256 in ${relFile}): a released ledger is never edited; restore it (git checkout) and record corrections as revisions`,
      });
    }
  });
  if (ledgers.some((l) => !l.table || l.table.failed)) return;

  const withdrawnIn = new Map<string, string[]>();
  for (const w of tables.withdrawals?.rows ?? []) {
    if (w.release_id) withdrawnIn.set(w.release_id as string, [...(withdrawnIn.get(w.release_id as string) ?? []), w.id as string]);
  }
  const inputs: ReleaseInput[] = rel.rows.map((r) => ({
    id: r.id as string,
    ledger: (byRelease.get(r.id as string)?.table?.rows ?? []) as unknown as LedgerRow[],
    withdrawn: withdrawnIn.get(r.id as string) ?? [],
  }));
  const state = releasedState(inputs);
  const obs = tables.observations;
  if (!obs) return;

  // Released revisions point at a release whose ledger holds the figure.
  const inLedger = new Map(inputs.map((r) => [r.id, new Set(r.ledger.map((x) => x.id))]));
  const pending = new Set<string>();
  const rev = tables.revisions;
  rev?.rows.forEach((r, i) => {
    if (!r.release_id) pending.add(r.observation_id as string);
    else if (!inLedger.get(r.release_id as string)?.has(r.observation_id as string)) {
      sink.add({
        severity: "error",
        type: "revision-missing",
        file: DATASETS.revisions.file,
        line: rev.lines[i],
        column: col("revisions", "release_id"),
        field: "release_id",
        value: String(r.release_id),
        message: `release ${r.release_id} did not publish ${r.observation_id} (its ledger has no such row): name the release that published the corrected figure`,
      });
    }
  });

  // Every released figure is still here, unchanged or with a pending revision.
  const seen = new Set<string>();
  let unreleased = 0;
  let firstUnreleased = 0;
  // Only released ids are looked at further (a ledger row's id is checked only when released).
  const obsIds = column(obs, "id") as string[];
  const nObs = rowCount(obs);
  for (let i = 0; i < nObs; i++) {
    const id = obsIds[i];
    const s = state.get(id);
    if (!s) {
      if (!unreleased++) firstUnreleased = obs.lines[i];
      continue;
    }
    seen.add(id);
    const o = rowAt(obs, i);
    const changed = changedFields(s.fields, o);
    if (changed.length === 0) {
      if (pending.has(id))
        sink.add({
          severity: "warning",
          type: "revision-unneeded",
          file: DATASETS.revisions.file,
          line: rev!.lines[rev!.rows.findIndex((r) => r.observation_id === id && !r.release_id)],
          column: col("revisions", "observation_id"),
          field: "observation_id",
          value: id,
          message:
            "a pending revision, but the figure's published fields are as released: delete the row, or make the correction in observations.csv",
        });
      continue;
    }
    if (pending.has(id)) {
      unreleased++;
      firstUnreleased ||= obs.lines[i];
      continue;
    }
    const release = s.versions[s.versions.length - 1].release;
    const what = changed.map((f) => `${f} ${show(s.fields[f])} -> ${show(o[f])}`).join(", ");
    sink.add({
      severity: "error",
      type: "revision-missing",
      file: DATASETS.observations.file,
      line: obs.lines[i],
      column: col("observations", changed[0]),
      field: changed[0],
      value: show(o[changed[0]]),
      message: `${id}: ${what} since release ${release}: a published figure is never changed silently; add a revision with its reason (revisions.csv), or run npm run release`,
    });
  }
  for (const l of ledgers) {
    l.table!.rows.forEach((row, i) => {
      if (seen.has(row.id as string) || state.get(row.id as string)?.fields !== (row as unknown)) return;
      sink.add({
        severity: "error",
        type: "withdrawal-missing",
        file: l.file,
        line: l.table!.lines[i],
        column: 1,
        field: "id",
        value: String(row.id),
        message: `released in ${l.release} and gone from observations.csv: a published figure keeps its row; put it back and withdraw it in withdrawals.csv with the reason`,
      });
    });
  }
  const pendingWithdrawals = (tables.withdrawals?.rows ?? []).filter((w) => !w.release_id).length;
  // A folder that was never released is simply new; once there are releases, say what is pending.
  if (rel.rows.length && (unreleased || pendingWithdrawals)) {
    sink.add({
      severity: "warning",
      type: "unreleased",
      file: DATASETS.observations.file,
      line: firstUnreleased || 1,
      column: 1,
      message: `${unreleased} new or corrected figure(s) and ${pendingWithdrawals} withdrawal(s) are not in a release yet: run npm run release before publishing`,
    });
  }
}

export { LEDGER_FIELDS };
