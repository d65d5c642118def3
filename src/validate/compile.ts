/**
 * Per-column checks compiled from the zod schemas, for the record loop: zod stays the
 * specification (every check here is read from a zod type's definition, and anything this file
 * does not know is left to zod), but a row whose cells all pass and whose row rules (the schema's
 * own refinements, run directly) raise nothing is accepted without a full `safeParse`. A row that
 * fails anything is parsed by zod, which words the errors. tests/validate/compiled.test.ts checks,
 * on thousands of generated and mutated rows, that the compiled verdict and zod's agree.
 */
import type { z } from "zod";
import { baseType, metaOf } from "../schemas/fields.ts";

/** True when the value passes the field's zod type. */
export type FieldCheck = (v: unknown) => boolean;

interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  entries?: Record<string, string>;
  element?: z.ZodType;
  format?: string;
}
const defOf = (t: z.ZodType) => (t as unknown as { def: Def }).def;

/** The check of one zod type, or one that asks zod itself when the type is not understood here. */
export function compileField(field: z.ZodType): FieldCheck {
  const { inner, optional } = baseType(field);
  const core = compileInner(inner) ?? ((v: unknown) => inner.safeParse(v).success);
  return optional ? (v) => v === undefined || core(v) : (v) => v !== undefined && core(v);
}

function compileInner(t: z.ZodType): FieldCheck | undefined {
  const def = defOf(t);
  const meta = metaOf(t);
  const checks = def.checks ?? [];
  if (def.type === "enum") {
    const allowed = new Set(Object.values(def.entries ?? {}));
    return checks.length ? undefined : (v) => allowed.has(v as string);
  }
  if (def.type === "boolean") return checks.length ? undefined : (v) => typeof v === "boolean";
  if (def.type === "number") {
    const tests: ((n: number) => boolean)[] = [];
    for (const c of checks) {
      const d = c._zod.def;
      if (d.check === "greater_than") tests.push(d.inclusive ? (n) => n >= (d.value as number) : (n) => n > (d.value as number));
      else if (d.check === "less_than") tests.push(d.inclusive ? (n) => n <= (d.value as number) : (n) => n < (d.value as number));
      else return undefined;
    }
    // zod's number refuses NaN and Infinity.
    return (v) => typeof v === "number" && Number.isFinite(v) && tests.every((f) => f(v));
  }
  if (def.type === "string") {
    if (def.format) return undefined; // url, email...: zod's own
    const tests: ((s: string) => boolean)[] = [];
    for (const c of checks) {
      const d = c._zod.def;
      if (d.check === "string_format" && d.format === "regex") {
        const re = new RegExp((d.pattern as RegExp).source, (d.pattern as RegExp).flags.replace("g", ""));
        tests.push((s) => re.test(s));
      } else if (d.check === "min_length") tests.push((s) => s.length >= (d.minimum as number));
      else if (d.check === "max_length") tests.push((s) => s.length <= (d.maximum as number));
      else if (d.check === "custom" && meta.kind === "jalali") {
        // The cell reader has read the date with parseJalali at the field's precisions, so a
        // string here is a valid date of an allowed precision (the differential test checks it).
        continue;
      } else return undefined;
    }
    if (tests.length === 1) {
      const only = tests[0];
      return (v) => typeof v === "string" && only(v);
    }
    return (v) => typeof v === "string" && tests.every((f) => f(v as string));
  }
  if (def.type === "array" && def.element && !checks.length) {
    const each = compileInner(def.element);
    if (!each) return undefined;
    return (v) => Array.isArray(v) && v.every(each);
  }
  return undefined;
}

interface Payload {
  value: unknown;
  issues: unknown[];
}
type CheckFn = (payload: Payload) => void;

/**
 * The object schema's own refinements (`superRefine`), run on a row directly: true when they raise
 * no issue. Undefined when the schema has none. (zod runs an object's checks only after its fields
 * pass, which is when this is called.)
 */
export function compileRowRules(schema: z.ZodObject): ((row: Record<string, unknown>) => boolean) | undefined {
  const checks = ((schema as unknown as { def: { checks?: { _zod: { check: CheckFn } }[] } }).def.checks ?? []).map((c) => c._zod.check);
  if (checks.length === 0) return undefined;
  return (row) => {
    const payload: Payload = { value: row, issues: [] };
    for (const c of checks) c(payload);
    return payload.issues.length === 0;
  };
}
