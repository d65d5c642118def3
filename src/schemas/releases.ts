import { z } from "zod";
import { id, jalali, persian, text, fieldMeta } from "./fields.ts";

/**
 * One release of the data: the moment a set of figures was published, added to, corrected or
 * withdrawn. Each release has a ledger, `data/releases/<id>.csv`, with the published fields of
 * every figure it published or revised; the ledger is never edited once released (its SHA-256 is
 * kept here and checked on every validation).
 */
export const releaseSchema = z.object({
  /** Slug, `r1`, `r2`, … in order. Public: pinned embeds and data downloads use it in their URLs. */
  id: id().regex(/^r[1-9][0-9]*$/, "release ids are r1, r2, r3, … in order"),
  /** The day the release was published, Jalali `YYYY-MM-DD` (the Gregorian date is derived). */
  date: jalali(["day"]),
  /** What the release brought, one or two sentences in Persian. */
  summary_fa: persian(),
  /** The same in English. */
  summary_en: text(),
  /** SHA-256 (hex) of the release's ledger file: a released ledger never changes. */
  ledger_sha256: z.string().regex(/^[0-9a-f]{64}$/, "64 lower-case hex digits (written by npm run release)"),
});
export type Release = z.infer<typeof releaseSchema>;
/** Empty until the first release, correction or withdrawal. */
fieldMeta.add(releaseSchema, { mayBeEmpty: true });
