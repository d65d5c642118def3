import type { z } from "zod";
import { metaOf } from "../schemas/fields.ts";
import type { ErrorType } from "./issues.ts";

/** Maps a zod issue to our error type: missing -> required, custom rules carry their own type. */
export function zodIssueType(issue: z.core.$ZodIssue, field: z.ZodType | undefined, raw: string | undefined): ErrorType {
  if (issue.code === "custom") {
    const t = (issue.params as { type?: ErrorType } | undefined)?.type;
    if (t) return t;
  }
  // An empty cell is "required" whatever the field's type (zod reports an empty enum as invalid_value).
  if ((issue as { input?: unknown }).input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) return "required";
  if (issue.code === "invalid_type" && (raw === undefined || raw.trim() === "")) return "required";
  if (issue.code === "invalid_type") return "type-error";
  const meta = field ? metaOf(field) : {};
  if (meta.errorType) return meta.errorType;
  return "constraint-error";
}
