import { z } from "zod";
import { id, jalali, persian, ref, text, url } from "./fields.ts";

/** One published article (or page) that figures were read in. */
export const sourceSchema = z.object({
  /** Slug, e.g. `ilna-1680934` (outlet and news code). */
  id: id(),
  /** The outlet that published the article (the original agency), in Persian. */
  outlet_fa: persian(),
  /** The same outlet's name in English. */
  outlet_en: text(),
  /** Where the copy was read when not on the outlet's own site (a republishing site or mirror). */
  read_on: text().optional(),
  /** The headline, where the page gives one (citation metadata, in the article's language). */
  title_fa: text().optional(),
  /** The article's address, where known. */
  url: url().optional(),
  /** Publication date, Jalali `YYYY-MM-DD`; empty when the page shows none. Gregorian is derived by code. */
  published_jalali: jalali().optional(),
  /** The outlet's news id, as printed (kept as text: codes may have leading zeros). */
  news_code: z
    .string()
    .regex(/^[0-9A-Za-z-]+$/, "news codes are digits and letters")
    .optional(),
  /** The official quoted for the article's figures (`people.csv`). */
  official_id: ref("people").optional(),
  /** The article's language. */
  language: z.enum(["fa", "en"]),
  /** Notes for maintainers and readers (English). */
  note_en: text().optional(),
});
export type Source = z.infer<typeof sourceSchema>;
