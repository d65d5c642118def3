import { z } from "zod";
import { persian, ref, text, fieldMeta } from "./fields.ts";

/**
 * A published figure taken back. The figure stays in `observations.csv` (its id is a public
 * anchor); it is shown struck through with the reason, and never charted or summed.
 */
export const withdrawalSchema = z
  .object({
    /** The withdrawn figure's id (`observations.csv`). */
    id: ref("observations"),
    /** The release that withdrew it; empty until `npm run release`. */
    release_id: ref("releases").optional(),
    /** Why, in Persian (shown to readers). */
    reason_fa: persian().optional(),
    /** The same in English. */
    reason_en: text().optional(),
  })
  .superRefine((w, ctx) => {
    const need = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [field], message, params: { type: "required" } });
    if (!w.reason_fa) need("reason_fa", "a withdrawal needs its reason in Persian: say why the figure is taken back");
    if (!w.reason_en) need("reason_en", "a withdrawal needs its reason in English");
  });
export type Withdrawal = z.infer<typeof withdrawalSchema>;
/** Empty until the first release, correction or withdrawal. */
fieldMeta.add(withdrawalSchema, { mayBeEmpty: true });
