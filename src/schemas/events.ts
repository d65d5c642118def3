import { z } from "zod";
import { id, jalali, persian, ref, text } from "./fields.ts";

/** An event or programme that figures belong to (Cooperative Week, a Fajr-decade opening, a plan). */
export const eventSchema = z.object({
  /** Slug, e.g. `coop-week-1404`. */
  id: id(),
  /** Kind of event. */
  kind: z.enum(["cooperative-week", "fajr-decade", "festival", "meeting", "programme", "plan"]),
  /** Name in Persian. */
  name_fa: persian(),
  /** Name in English. */
  name_en: text(),
  /** First day, Jalali (or the month or year when that is all that is known). */
  start_jalali: jalali(["year", "month", "day"]).optional(),
  /** Last day, Jalali. */
  end_jalali: jalali(["year", "month", "day"]).optional(),
  /** Where (`places.csv`). */
  place_id: ref("places"),
  /** Notes (English), e.g. how a date was inferred. */
  note_en: text().optional(),
});
export type Event = z.infer<typeof eventSchema>;
