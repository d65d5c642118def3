import { z } from "zod";
import { englishTwins, fieldMeta, persian, ref, text } from "./fields.ts";

/** The home page shows at most this many featured figures. */
export const MAX_FEATURED = 8;

/**
 * The figures the editors feature on the home page, in the order shown. Editing this file is how
 * a figure is featured (no code): the validator checks every id exists and that there are at most
 * MAX_FEATURED rows.
 */
export const featuredSchema = z
  .object({
    /** The featured figure (`observations.csv`). */
    id: ref("observations"),
    /** Why it is featured, for the editors (not shown), in Persian. */
    note_fa: persian().optional(),
    /** The same in English (required wherever `note_fa` is filled). */
    note_en: text().optional(),
  })
  .superRefine(englishTwins(["note_fa", "note_en"]));
export type Featured = z.infer<typeof featuredSchema>;
/** Nothing featured is allowed: the home page then leaves the section out. */
fieldMeta.add(featuredSchema, { mayBeEmpty: true, maxRows: MAX_FEATURED });
