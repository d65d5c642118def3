import { z } from "zod";
import { id, persian, text } from "./fields.ts";

/** A sector of activity. */
export const sectorSchema = z.object({
  /** Slug, e.g. `medical`. */
  id: id(),
  /** Name in Persian. */
  name_fa: persian(),
  /** Name in English. */
  name_en: text(),
});
export type Sector = z.infer<typeof sectorSchema>;
