import { z } from "zod";
import { englishTwins, id, persian, ref, text } from "./fields.ts";

/**
 * Iran, Lorestan province and its counties (as of today: 12), and the other provinces that
 * published figures name (for comparison only).
 */
export const placeSchema = z
  .object({
    /** Slug, e.g. `khorramabad`; `lorestan` for the province, `iran` for the country. */
    id: id(),
    /** Administrative level: `province` is Lorestan or, under `iran`, another province named for comparison. */
    kind: z.enum(["country", "province", "county"]),
    /** The containing place; empty for the country. */
    parent_id: ref("places").optional(),
    /** Name in Persian (without the «شهرستان» prefix). */
    name_fa: persian(),
    /** Name in English. */
    name_en: text(),
    /** Polygon id in `src/geo/lorestan-counties.geojson`; empty where there is no polygon (Mamulan). */
    geo_id: z
      .string()
      .regex(/^IR15-[a-z-]+$/, "geo ids look like IR15-khorramabad")
      .optional(),
    /** Boundary or name changes, in Persian. */
    note_fa: persian().optional(),
    /** The same note in English (required wherever `note_fa` is filled). */
    note_en: text().optional(),
  })
  .superRefine(englishTwins(["note_fa", "note_en"]));
export type Place = z.infer<typeof placeSchema>;
