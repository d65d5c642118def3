import { z } from "zod";
import { id, jalali } from "./fields.ts";
import { SCALES, UNITS } from "../lib/units.ts";
import { QUALIFIERS } from "./observations.ts";

/**
 * A row of a release ledger (`data/releases/<release>.csv`): the published fields of one figure
 * as that release published them. A change to any of these fields is a revision.
 */
export const ledgerSchema = z.object({
  id: id(),
  indicator_id: id(),
  place_id: id(),
  value: z.number().min(0),
  unit: z.enum(UNITS),
  scale: z.enum(SCALES),
  qualifier: z.enum(QUALIFIERS),
  period_kind: z.enum(["stated", "inferred", "unknown"]),
  period: jalali(["year", "month", "day"]).optional(),
  period_end: jalali(["year", "month", "day"]).optional(),
});
export type LedgerRow = z.infer<typeof ledgerSchema>;

/** The fields a ledger keeps, in file order. */
export const LEDGER_FIELDS = Object.keys(ledgerSchema.shape) as (keyof LedgerRow)[];
