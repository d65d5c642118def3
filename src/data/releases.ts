/**
 * The site's own history for readers: what each release added, revised (old -> new, with the
 * reason) and withdrew, and for each figure its first release, its earlier versions and its
 * withdrawal. Folded from the release ledgers (validate/release-state.ts); pure.
 */
import type { Dataset } from "../schemas/index.ts";
import type { LedgerRow } from "../schemas/ledger.ts";
import { changedFields, type ReleaseInput } from "../validate/release-state.ts";
import { jalaliToGregorian } from "../lib/jalali.ts";

export interface Revision {
  release: string;
  /** The version this release replaced, and the one it published. */
  from: LedgerRow;
  to: LedgerRow;
  /** The published fields that changed. */
  fields: (keyof LedgerRow)[];
  reason_fa?: string;
  reason_en?: string;
}

export interface Withdrawal {
  /** Undefined while the withdrawal waits for the next release. */
  release?: string;
  reason_fa?: string;
  reason_en?: string;
}

export interface FigureHistory {
  /** The release that first published the figure (undefined: not released yet). */
  first?: string;
  revisions: Revision[];
  withdrawn?: Withdrawal;
}

export interface ReleaseView {
  id: string;
  /** Jalali and Gregorian `YYYY-MM-DD`. */
  date: string;
  gregorian: string;
  summary_fa: string;
  summary_en: string;
  added: string[];
  revised: ({ id: string } & Revision)[];
  withdrawn: ({ id: string } & Withdrawal)[];
}

export interface History {
  /** Newest first. */
  releases: ReleaseView[];
  byFigure: Map<string, FigureHistory>;
}

export function buildHistory(data: Dataset, inputs: ReleaseInput[]): History {
  const reasons = new Map(data.revisions.filter((r) => r.release_id).map((r) => [`${r.observation_id}|${r.release_id}`, r]));
  const byFigure = new Map<string, FigureHistory>();
  const last = new Map<string, LedgerRow>();
  const meta = new Map(data.releases.map((r) => [r.id, r]));
  const views: ReleaseView[] = [];
  for (const input of inputs) {
    const r = meta.get(input.id)!;
    const view: ReleaseView = { id: r.id, date: r.date, gregorian: jalaliToGregorian(r.date), summary_fa: r.summary_fa, summary_en: r.summary_en, added: [], revised: [], withdrawn: [] };
    for (const row of input.ledger) {
      const before = last.get(row.id);
      last.set(row.id, row);
      if (!before) {
        view.added.push(row.id);
        byFigure.set(row.id, { first: r.id, revisions: [] });
        continue;
      }
      const why = reasons.get(`${row.id}|${r.id}`);
      const rev: Revision = { release: r.id, from: before, to: row, fields: changedFields(before, row as unknown as Record<string, unknown>), reason_fa: why?.reason_fa, reason_en: why?.reason_en };
      byFigure.get(row.id)!.revisions.push(rev);
      view.revised.push({ id: row.id, ...rev });
    }
    views.push(view);
  }
  for (const w of data.withdrawals) {
    const h = byFigure.get(w.id) ?? { revisions: [] };
    h.withdrawn = { release: w.release_id, reason_fa: w.reason_fa, reason_en: w.reason_en };
    byFigure.set(w.id, h);
    if (w.release_id) views.find((v) => v.id === w.release_id)?.withdrawn.push({ id: w.id, ...h.withdrawn });
  }
  return { releases: views.reverse(), byFigure };
}

/** The newest release date (Jalali) among the releases that added or revised these figures. */
export function lastUpdated(history: History, ids: Iterable<string>): string | undefined {
  const date = new Map(history.releases.map((r) => [r.id, r.date]));
  let latest: string | undefined;
  for (const id of ids) {
    const h = history.byFigure.get(id);
    if (!h) continue;
    for (const rel of [h.first, ...h.revisions.map((x) => x.release), h.withdrawn?.release]) {
      const d = rel && date.get(rel);
      if (d && (!latest || d > latest)) latest = d;
    }
  }
  return latest;
}
