/**
 * Turns one raw cell (a string from CSV or JSON) into the typed value its zod field expects,
 * normalising what maintainers type and reporting what cannot be read. The schema is the only
 * source of truth: the field's zod type and metadata decide how the cell is read.
 */
import type { z } from "zod";
import { baseType, metaOf } from "../schemas/fields.ts";
import { isMissingMarker, normalizeText, parseNumberCell } from "../lib/normalize.ts";
import { parseJalali } from "../lib/jalali.ts";
import type { ErrorType } from "./issues.ts";

export type CellResult =
  | { ok: true; value: unknown; warnings: string[] }
  | { ok: false; type: ErrorType; message: string };

const typeOf = (t: z.ZodType): string => (t as unknown as { def: { type: string } }).def.type;

/** Precomputed per-field reader, so a million rows do not re-inspect the schema. */
export type CellReader = (raw: string) => CellResult;

export function cellReader(field: z.ZodType): CellReader {
  const { inner } = baseType(field);
  const meta = metaOf(field);
  const kind = typeOf(inner);

  return (raw) => {
    const text = normalizeText(raw);
    if (text.error) return { ok: false, type: text.error.type, message: text.error.message };
    const warnings = text.warnings;
    const s = text.value;
    if (s === "") return { ok: true, value: undefined, warnings };
    // "-" or "ندارد" means no value in any column; the schema then decides whether that is allowed
    // (optional: accepted, with this warning; required: a "required" error).
    if (isMissingMarker(s)) return { ok: true, value: undefined, warnings: warnings.concat(`read "${s}" as no value`) };

    if (kind === "number") {
      const n = parseNumberCell(s);
      if (n.kind === "error") return { ok: false, type: n.type, message: n.message };
      if (n.kind === "empty") return { ok: true, value: undefined, warnings };
      return { ok: true, value: n.value, warnings: warnings.concat(n.warnings) };
    }
    if (kind === "boolean") {
      const lower = s.toLowerCase();
      if (lower === "true") return { ok: true, value: true, warnings };
      if (lower === "false") return { ok: true, value: false, warnings };
      return { ok: false, type: "type-error", message: "expected true or false" };
    }
    if (meta.kind === "jalali") {
      const d = parseJalali(s, meta.precision);
      if (!d.ok) return { ok: false, type: d.type, message: d.message };
      return { ok: true, value: d.value, warnings: warnings.concat(d.warnings) };
    }
    if (meta.kind === "idList") return { ok: true, value: s.split(/\s+/), warnings };
    return { ok: true, value: s, warnings };
  };
}
