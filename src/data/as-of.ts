/**
 * The data as it stood in one release, for pinned embeds and the per-release downloads: the
 * figures the ledgers had published by release R, each with its published fields as the ledgers
 * left them at R (the value before any later revision), figures withdrawn after R still present
 * and charted, figures added after R (or not yet released) absent. What a ledger does not hold
 * (source, official, notes, conflict group, doubt) comes from the current rows: a ledger keeps
 * the published fields only. See data/README.md, "Pinned embeds", for what this means for doubt.
 *
 * Built from the validated datasets and the ledgers alone, so the same ledgers give the same
 * model on every later build. Pure; memoised per live model (one as-of model per release).
 */
import type { Dataset } from "../schemas/index.ts";
import { LEDGER_FIELDS } from "../schemas/ledger.ts";
import { releasedState, type ReleaseInput } from "../validate/release-state.ts";
import { once } from "../lib/build-store.ts";
import { buildModel, type Model } from "./model.ts";

/** The datasets as of release `release` (which must be one of `inputs`). */
export function datasetAsOf(raw: Dataset, inputs: ReleaseInput[], release: string): Dataset {
  const upto = inputs.findIndex((r) => r.id === release);
  if (upto < 0) throw new Error(`no release ${release}`);
  const kept = new Set(inputs.slice(0, upto + 1).map((r) => r.id));
  const state = releasedState(inputs, release);
  const observations = raw.observations
    .filter((o) => state.has(o.id))
    .map((o) => {
      const published = state.get(o.id)!.fields as unknown as Record<string, unknown>;
      const row = { ...o } as Record<string, unknown>;
      for (const f of LEDGER_FIELDS) row[f] = published[f] === "" ? undefined : published[f];
      return row as unknown as Dataset["observations"][number];
    });
  const ids = new Set(observations.map((o) => o.id));
  return {
    ...raw,
    observations,
    releases: raw.releases.filter((r) => kept.has(r.id)),
    revisions: raw.revisions.filter((r) => r.release_id && kept.has(r.release_id)),
    withdrawals: raw.withdrawals.filter((w) => w.release_id && kept.has(w.release_id)),
    featured: raw.featured.filter((f) => ids.has(f.id)),
  };
}

/** The release ids of a model, oldest first. */
export const releaseIds = (model: Model): string[] => model.releaseInputs.map((r) => r.id);

/** The latest release id, if any. */
export const latestRelease = (model: Model): string | undefined => model.releaseInputs.at(-1)?.id;

/**
 * The model of the data as of `release`, made once per live model and release: its charts are
 * then prepared and drawn once per release (render.ts memoises per model object).
 */
export function modelAsOf(model: Model, release: string): Model {
  if (model.asOf) throw new Error("modelAsOf takes the live model");
  return once(model, `as-of:${release}`, () => {
    const upto = model.releaseInputs.findIndex((r) => r.id === release);
    const inputs = model.releaseInputs.slice(0, upto + 1);
    const raw = datasetAsOf(model.raw, model.releaseInputs, release);
    const m = buildModel(raw, new Date(`${model.builtIso}T00:00:00Z`), inputs);
    m.asOf = release;
    return m;
  });
}
