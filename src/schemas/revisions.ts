import { z } from "zod";
import { id, persian, ref, text, fieldMeta } from "./fields.ts";

/**
 * One correction of a published figure. The figure's earlier version is the one in the ledger of
 * the release before (data/releases/), so nothing is lost; this row says when and why it changed.
 * `npm run release` writes the row with empty reasons; the data is invalid until both are filled.
 */
export const revisionSchema = z
  .object({
    /** `<observation id>-<release id>`, e.g. `f002-r2`. */
    id: id(),
    /** The figure that changed (`observations.csv`). */
    observation_id: ref("observations"),
    /** The release that published the new version; empty while the change is not yet released. */
    release_id: ref("releases").optional(),
    /** Why it changed, in Persian (shown to readers beside the figure's history). */
    reason_fa: persian().optional(),
    /** The same in English. */
    reason_en: text().optional(),
  })
  .superRefine((r, ctx) => {
    const need = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [field], message, params: { type: "required" } });
    if (r.release_id && !r.reason_fa) need("reason_fa", "a released revision needs its reason in Persian: say why the figure changed");
    if (r.release_id && !r.reason_en) need("reason_en", "a released revision needs its reason in English");
    else if (r.reason_fa && !r.reason_en)
      need("reason_en", "reason_fa is filled: give the same reason in English (the English edition shows it)");
  });
export type Revision = z.infer<typeof revisionSchema>;
/** Empty until the first release, correction or withdrawal. */
fieldMeta.add(revisionSchema, { mayBeEmpty: true });
