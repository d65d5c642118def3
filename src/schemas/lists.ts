import { z } from "zod";
import { id, persian, ref, text } from "./fields.ts";

/** One item of a list, in the order printed. */
export const listItemSchema = z.strictObject({
  /** The item in Persian. */
  label_fa: persian(),
  /** The item in English. */
  label_en: text(),
  /** The matching sector, where there is one (`sectors.csv`). */
  sector_id: ref("sectors").optional(),
});

/** A list a source names: sectors of the cooperatives opened, cooperative types planned, a programme. */
export const listSchema = z.strictObject({
  /** Slug. */
  id: id(),
  /** Title in Persian. */
  title_fa: persian(),
  /** Title in English. */
  title_en: text(),
  /** What the list enumerates. */
  kind: z.enum(["sectors", "planned-types", "programme"]),
  /** The article (`sources.csv`). */
  source_id: ref("sources"),
  /** Where (`places.csv`). */
  place_id: ref("places"),
  /** The event, where there is one (`events.csv`). */
  event_id: ref("events").optional(),
  /** Whether the source ends the list with "etc." (و ...): the list is then not complete. */
  open_ended: z.boolean().optional(),
  /** The items, in the order printed. */
  items: z.array(listItemSchema).min(1),
});
export type List = z.infer<typeof listSchema>;
