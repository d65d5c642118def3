import { z } from "zod";
import { id, persian, ref, text } from "./fields.ts";

/** A specific cooperative named in the sources; its figures are observations with `cooperative_id`. */
export const cooperativeSchema = z.object({
  /** Slug, e.g. `aban-medical-selseleh`. */
  id: id(),
  /** Name or description in Persian. */
  name_fa: persian(),
  /** Name or description in English. */
  name_en: text(),
  /** County (`places.csv`). */
  place_id: ref("places"),
  /** Sector (`sectors.csv`). */
  sector_id: ref("sectors").optional(),
  /** Described by the source as knowledge-based (دانش‌بنیان). */
  knowledge_based: z.boolean(),
  /** The event at which it was opened (`events.csv`). */
  event_id: ref("events").optional(),
  /** The article that names it (`sources.csv`). */
  source_id: ref("sources"),
  /** Notes (English). */
  note_en: text().optional(),
});
export type Cooperative = z.infer<typeof cooperativeSchema>;
