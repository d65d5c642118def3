/**
 * Field builders shared by the dataset schemas. Each builder returns a zod type carrying a little
 * metadata (via zod's registry) that the CSV reader and the datapackage writer read back:
 * `jalali` fields are parsed as dates, `ref` fields become foreign keys, `idList` fields hold
 * several ids separated by spaces.
 */
import { z } from "zod";
import { isJalali, type JalaliPrecision } from "../lib/jalali.ts";

export interface FieldMeta {
  /** How a CSV cell becomes a value. */
  kind?: "jalali" | "idList";
  /** For jalali fields: the precisions accepted. */
  precision?: readonly JalaliPrecision[];
  /** Foreign key: the dataset whose `id` this field (or each id in an idList) must name. */
  ref?: string;
  /** The error type reported when the value is refused (default: constraint-error). */
  errorType?: "unit-unknown";
  /** The column may be left out of the file (a column added after the data; all its cells empty). */
  mayBeAbsent?: boolean;
  /** On a dataset's row schema: the file may hold a header and no rows (nothing released yet). */
  mayBeEmpty?: boolean;
  /** On a dataset's row schema: the most rows the file may hold (e.g. featured figures). */
  maxRows?: number;
}

export const fieldMeta = z.registry<FieldMeta>();

/** Lower-case slug: the form of every id. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const id = () => z.string().regex(SLUG, "ids are lower-case slugs: a-z, 0-9 and -");

/** A reference to another dataset's `id`. */
export const ref = (dataset: string) => id().register(fieldMeta, { ref: dataset });

/** Several ids separated by spaces (stored as an array). */
export const idList = (dataset: string) =>
  z.array(z.string().regex(SLUG, "ids are lower-case slugs: a-z, 0-9 and -")).register(fieldMeta, { kind: "idList", ref: dataset });

/** Non-empty text. */
export const text = () => z.string().min(1);

/** Text in Persian: must contain at least one Arabic-script letter. */
export const persian = () => z.string().regex(/[\u0600-\u06FF]/, "expected Persian text");

/** A Jalali date (`YYYY-MM-DD`), or a coarser period where allowed. */
export const jalali = (precision: readonly JalaliPrecision[] = ["day"]) =>
  z
    .string()
    .refine((v) => isJalali(v, precision), { message: "not a valid Jalali date", params: { type: "jalali-invalid" } })
    .register(fieldMeta, { kind: "jalali", precision });

/**
 * Row rule for text readers see in both editions: where the Persian field is filled, its English
 * twin must be filled too (issue #15), reported at the English column as `required`.
 */
export function englishTwins(...pairs: [fa: string, en: string][]) {
  const filled = (v: unknown) => v !== undefined && v !== null && v !== "";
  return function englishTwinRule(row: Record<string, unknown>, ctx: z.RefinementCtx): void {
    for (const [fa, en] of pairs) {
      if (filled(row[fa]) && !filled(row[en]))
        ctx.addIssue({
          code: "custom",
          path: [en],
          message: `${fa} is filled: give the same text in English in ${en} (the English edition shows it)`,
          params: { type: "required" },
        });
    }
  };
}

export const url = () => z.url({ protocol: /^https?$/ });

/** Unwraps optional/default wrappers to the type that parses a present value. */
export function baseType(t: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = t;
  let optional = false;
  for (;;) {
    const def = (inner as unknown as { def: { type: string; innerType?: z.ZodType } }).def;
    if (def.type === "optional" || def.type === "default") {
      optional = true;
      inner = def.innerType!;
    } else break;
  }
  return { inner, optional };
}

/** The metadata of a field (looked up through optional wrappers). */
export function metaOf(t: z.ZodType): FieldMeta {
  return fieldMeta.get(baseType(t).inner) ?? {};
}
