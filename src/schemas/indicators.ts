import { z } from "zod";
import { id, persian, text } from "./fields.ts";
import { UNIT_KINDS } from "../lib/units.ts";

/** What is measured: one entry of the indicator catalogue (`indicators.json`). */
export const indicatorSchema = z.strictObject({
  /** Slug, e.g. `coops-active`. */
  id: id(),
  /** Name in Persian, as shown on the site. */
  name_fa: persian(),
  /** Name in English. */
  name_en: text(),
  /** Kind of unit; observations must use a unit of this kind (money: toman or rial). */
  unit_kind: z.enum(Object.keys(UNIT_KINDS) as [keyof typeof UNIT_KINDS, ...(keyof typeof UNIT_KINDS)[]]),
  /** stock: a level at a date; flow: during a period; package: one event's total; single: one cooperative; threshold: a legal rule. */
  measure: z.enum(["stock", "flow", "package", "single", "threshold", "share"]),
  /** The dashboard the indicator belongs to. */
  theme: z.enum(["cooperatives", "investment", "jobs", "members", "exports", "legal", "context"]),
  /**
   * cooperative: the cooperative sector; non-cooperative: other programmes of the same office;
   * rural-cooperatives-org: a separate register.
   */
  scope: z.enum(["cooperative", "non-cooperative", "rural-cooperatives-org"]),
  /** Definition in Persian. */
  definition_fa: persian(),
  /** Definition in English. */
  definition_en: text(),
});
export type Indicator = z.infer<typeof indicatorSchema>;
