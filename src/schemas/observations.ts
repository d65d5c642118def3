import { z } from "zod";
import { englishTwins, fieldMeta, id, idList, jalali, persian, ref, text } from "./fields.ts";
import { SCALES, UNITS } from "../lib/units.ts";

export const QUALIFIERS = ["exact", "about", "more_than", "up_to", "at_least", "amounting_to"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const period = () => jalali(["year", "month", "day"]);

/** One published figure, in long format: what, where, when, how much, and who said it where. */
const observationFields = z.object({
  /** Slug, unique. */
  id: id(),
  /** What is measured (`indicators.json`). */
  indicator_id: ref("indicators"),
  /** Where (`places.csv`). */
  place_id: ref("places"),
  /** The number as printed, in `unit` and `scale` (never negative). */
  value: z.number().min(0, "figures are never negative"),
  /** The unit as printed: count, people, jobs, percent, toman, rial or usd. */
  unit: z
    .enum(UNITS, "unknown unit: use count, people, jobs, percent, toman, rial, usd or tonne")
    .register(fieldMeta, { errorType: "unit-unknown" }),
  /** The multiplier as printed: one, thousand, million, billion, trillion. */
  scale: z
    .enum(SCALES, "unknown scale: use one, thousand, million, billion or trillion")
    .register(fieldMeta, { errorType: "unit-unknown" }),
  /** The qualifier as printed: exact (none), about, more_than, up_to, at_least, amounting_to. */
  qualifier: z.enum(QUALIFIERS),
  /** stated: the text says when; inferred: dated by the curators (see period_basis); unknown. */
  period_kind: z.enum(["stated", "inferred", "unknown"]),
  /** Jalali `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the date of a stock, the start of a flow. */
  period: period().optional(),
  /** The end of a flow or of a range of uncertainty. */
  period_end: period().optional(),
  /** How an inferred period was inferred. */
  period_basis: text().optional(),
  /** The article the figure was read in (`sources.csv`). */
  source_id: ref("sources"),
  /** Other articles that report the same figure. */
  also_source_ids: idList("sources").optional(),
  /** Who gave the figure, when not the source's official (`people.csv`). */
  official_id: ref("people").optional(),
  /** The event or programme (`events.csv`). */
  event_id: ref("events").optional(),
  /** The cooperative, for single-cooperative figures (`cooperatives.csv`). */
  cooperative_id: ref("cooperatives").optional(),
  /** The bank or fund, for allocations (`organisations.csv`). */
  org_id: ref("organisations").optional(),
  /** The sector (`sectors.csv`). */
  sector_id: ref("sectors").optional(),
  /** Sex, where the figure is split by sex. */
  sex: z.enum(["female", "male"]).optional(),
  /** Shared by observations that report the same thing with different values. */
  conflict_group: id().optional(),
  /** true if the figure is a likely misprint or implausible: shown in tables with its reason, never charted or summed. */
  doubt: z.boolean(),
  /** Why the figure is doubted, in Persian (shown to readers beside the figure). */
  doubt_reason: persian().optional(),
  /** The same reason in English (required wherever `doubt_reason` is filled). */
  doubt_reason_en: text().optional(),
  /** Curation reference: `seed-000`, or F-numbers of the extra-sources list. */
  ref: text().optional(),
  /** A short note for readers, in Persian (our words, not the article's). */
  note_fa: persian().optional(),
  /** The same note in English (required wherever `note_fa` is filled). */
  note_en: text().optional(),
  /**
   * true when a curator has checked an unusual value against the article (it silences the
   * validator's likely-misprint warning for this row). The column may be left out of the file.
   */
  checked: z.boolean().register(fieldMeta, { mayBeAbsent: true }).optional(),
});
type ObservationFields = z.infer<typeof observationFields>;
export const observationSchema = observationFields
  .superRefine(observationRules)
  .superRefine(englishTwins(["doubt_reason", "doubt_reason_en"], ["note_fa", "note_en"]));
export type Observation = z.infer<typeof observationSchema>;

/** The rules that tie fields of one row together (a named function: no closure made per row). */
function need(ctx: z.RefinementCtx, field: string, message: string): void {
  ctx.addIssue({ code: "custom", path: [field], message, params: { type: "required" } });
}

function observationRules(o: ObservationFields, ctx: z.RefinementCtx): void {
  // Rules that tie fields of one row together; each names the field to point the error at.
  if (o.doubt && !o.doubt_reason) need(ctx, "doubt_reason", "a doubted figure needs its reason");
  if (!o.doubt && o.doubt_reason_en && !o.doubt_reason)
    need(ctx, "doubt_reason", "doubt_reason_en is given: give the reason in Persian too (and doubt=true)");
  if (!o.doubt && o.doubt_reason) ctx.addIssue({ code: "custom", path: ["doubt"], message: "doubt_reason is given but doubt is false" });
  if (o.period_kind === "unknown" && o.period)
    ctx.addIssue({ code: "custom", path: ["period"], message: "period_kind is unknown but a period is given" });
  if (o.period_kind !== "unknown" && !o.period) need(ctx, "period", `period_kind is ${o.period_kind}: give the period`);
  if (o.period_kind === "inferred" && !o.period_basis) need(ctx, "period_basis", "an inferred period needs its basis");
  if (o.period && o.period_end && o.period_end < o.period)
    ctx.addIssue({ code: "custom", path: ["period_end"], message: "period_end is before period" });
  if (o.unit === "percent" && o.value > 100) ctx.addIssue({ code: "custom", path: ["value"], message: "a percentage above 100" });
  const money = o.unit === "toman" || o.unit === "rial";
  if (!money && o.unit !== "usd" && o.scale !== "one" && o.scale !== "thousand" && o.scale !== "million") {
    ctx.addIssue({ code: "custom", path: ["scale"], message: `scale ${o.scale} with unit ${o.unit}: write the number in full` });
  }
}
