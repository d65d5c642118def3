/**
 * The state of the published data after each release, folded from the release ledgers: for every
 * figure ever released, its published fields as the latest release left them, the release that
 * first published it, the releases that revised it, and whether (and when) it was withdrawn.
 * Pure; used by the validator (to refuse silent changes), `npm run release` and the model.
 */
import { LEDGER_FIELDS, type LedgerRow } from "../schemas/ledger.ts";

export interface ReleasedFigure {
  /** The fields as last released. */
  fields: LedgerRow;
  /** The release that first published the figure. */
  first: string;
  /** Every released version, oldest first: the release id and the fields it published. */
  versions: { release: string; fields: LedgerRow }[];
  /** The release that withdrew it, if any. */
  withdrawn?: string;
}

export interface ReleaseInput {
  id: string;
  ledger: LedgerRow[];
  /** Figure ids this release withdrew. */
  withdrawn: string[];
}

/** Folds the releases, in order, into the released state (optionally up to and including `until`). */
export function releasedState(releases: ReleaseInput[], until?: string): Map<string, ReleasedFigure> {
  const state = new Map<string, ReleasedFigure>();
  for (const r of releases) {
    for (const row of r.ledger) {
      const had = state.get(row.id);
      if (had) {
        had.fields = row;
        had.versions.push({ release: r.id, fields: row });
      } else state.set(row.id, { fields: row, first: r.id, versions: [{ release: r.id, fields: row }] });
    }
    for (const id of r.withdrawn) {
      const had = state.get(id);
      if (had) had.withdrawn = r.id;
    }
    if (r.id === until) break;
  }
  return state;
}

const same = (a: unknown, b: unknown) => (a === undefined || a === "" ? undefined : a) === (b === undefined || b === "" ? undefined : b);

/** The published fields that differ between a released version and the current row. */
export function changedFields(released: LedgerRow, current: Record<string, unknown>): (keyof LedgerRow)[] {
  return LEDGER_FIELDS.filter((f) => f !== "id" && !same(released[f], current[f]));
}

/** The ledger row of an observation (its published fields only). */
export function ledgerRowOf(o: Record<string, unknown>): LedgerRow {
  return Object.fromEntries(LEDGER_FIELDS.map((f) => [f, o[f]])) as unknown as LedgerRow;
}

/** The releases as fold input, from the validated rows and each release's ledger rows. */
export function releaseInputs(
  releases: { id: string }[],
  withdrawals: { id: string; release_id?: string }[],
  ledgerRows: Map<string, LedgerRow[]>,
): ReleaseInput[] {
  return releases.map((r) => ({
    id: r.id,
    ledger: ledgerRows.get(r.id) ?? [],
    withdrawn: withdrawals.filter((w) => w.release_id === r.id).map((w) => w.id),
  }));
}
