import { z } from "zod";
import { id, persian, text } from "./fields.ts";

/** An official quoted by the sources, in one role (a person quoted in two roles has two rows). */
export const personSchema = z.object({
  /** Slug, e.g. `ali-jahani-dg`. */
  id: id(),
  /** Name in Persian. */
  name_fa: persian(),
  /** Name in English transliteration. */
  name_en: text(),
  /** Role at the time of the statements, in Persian. */
  role_fa: persian(),
  /** Role in English. */
  role_en: text(),
});
export type Person = z.infer<typeof personSchema>;
