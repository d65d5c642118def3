import type { z } from "zod";
import { metaOf } from "../schemas/fields.ts";
import type { ErrorType } from "./issues.ts";
import { didYouMean } from "./suggest.ts";

/**
 * Maps a zod issue to our error type: missing -> required, custom rules carry their own type.
 * `missing` says whether the field had no value (an empty cell, a "-" marker, an absent JSON key):
 * zod's issues do not carry the input, and it reports an absent enum as invalid_value.
 */
export function zodIssueType(issue: z.core.$ZodIssue, field: z.ZodType | undefined, missing: boolean): ErrorType {
  if (issue.code === "custom") {
    const t = (issue.params as { type?: ErrorType } | undefined)?.type;
    if (t) return t;
  }
  if (missing && (issue.code === "invalid_type" || issue.code === "invalid_value")) return "required";
  if (issue.code === "invalid_type") return "type-error";
  const meta = field ? metaOf(field) : {};
  if (meta.errorType) return meta.errorType;
  return "constraint-error";
}

/**
 * The message for an issue: zod's "expected string, received undefined" says less than this. A
 * value not among the allowed ones gets the closest allowed value (edit distance, normalised form,
 * or the Persian word data/README.md maps: بیش از -> more_than).
 */
export function zodIssueMessage(issue: z.core.$ZodIssue, type: ErrorType, raw?: string): string {
  if (type === "required" && issue.code !== "custom") return "a value is required";
  if (issue.code === "invalid_value" && raw !== undefined) {
    const allowed = issue.values.map(String);
    const hint = didYouMean(raw, allowed);
    const custom = !/^Invalid option/.test(issue.message);
    return `${custom ? issue.message : `not an allowed value: use ${allowed.join(", ")}`}${hint}`;
  }
  return issue.message;
}
