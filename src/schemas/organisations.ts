import { z } from "zod";
import { id, persian, text } from "./fields.ts";

/** A bank, fund or other body named in the sources. */
export const organisationSchema = z.object({
  /** Slug, e.g. `bank-resalat`. */
  id: id(),
  /** Kind of body. */
  kind: z.enum(["bank", "fund", "foundation", "government", "system"]),
  /** Name in Persian. */
  name_fa: persian(),
  /** Name in English. */
  name_en: text(),
});
export type Organisation = z.infer<typeof organisationSchema>;
