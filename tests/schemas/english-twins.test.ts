/**
 * Issue #15: every field readers see in Persian has an English twin, required wherever the Persian
 * one is filled. Checked on the schemas themselves, dataset by dataset, from valid-min's rows:
 * a row with the Persian text and no English is refused at the English column (`required`).
 * The one exception is an article's title (`sources.title_fa`): shown as published, never translated.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { DATASETS, DATASET_NAMES } from "../../src/schemas/index.ts";
import { baseType } from "../../src/schemas/fields.ts";
import { validateDataDir } from "../../src/validate/index.ts";

const NOT_TRANSLATED = new Set(["sources.title_fa"]);
const data = validateDataDir(join(__dirname, "../fixtures/valid-min")).data!;
const twinOf = (k: string) => (k === "doubt_reason" ? "doubt_reason_en" : k.replace(/_fa$/, "_en"));
const persianFields = (name: (typeof DATASET_NAMES)[number]) =>
  Object.keys(DATASETS[name].schema.shape).filter(
    (k) => (k.endsWith("_fa") || k === "doubt_reason") && !NOT_TRANSLATED.has(`${name}.${k}`),
  );

/** A row of the dataset that passes the schema (valid-min's first, or a minimal one for the empty files). */
function sampleRow(name: (typeof DATASET_NAMES)[number]): Record<string, unknown> {
  const rows = data[name] as unknown as Record<string, unknown>[];
  if (rows.length) return { ...rows[0] };
  if (name === "releases")
    return { id: "r1", date: "1403-06-01", summary_fa: "خلاصه", summary_en: "Summary", ledger_sha256: "a".repeat(64) };
  if (name === "revisions") return { id: "obs-money-r1", observation_id: "obs-money" };
  if (name === "withdrawals") return { id: "obs-money", reason_fa: "دلیل", reason_en: "Reason" };
  throw new Error(`no sample row for ${name}`);
}

describe("English twins of reader-facing Persian fields", () => {
  it("every Persian field has its English twin in the same dataset", () => {
    for (const name of DATASET_NAMES) {
      const keys = Object.keys(DATASETS[name].schema.shape);
      for (const fa of persianFields(name)) expect(keys, `${name}.${fa}`).toContain(twinOf(fa));
    }
  });

  it.each(DATASET_NAMES.filter((n) => persianFields(n).length > 0))(
    "%s: the English is required wherever the Persian is filled",
    (name) => {
      const schema = DATASETS[name].schema as unknown as z.ZodType;
      for (const fa of persianFields(name)) {
        const en = twinOf(fa);
        const row = { ...sampleRow(name), [fa]: "متن آزمایشی", [en]: "Test text" };
        if (fa === "doubt_reason") row.doubt = true;
        expect(schema.safeParse(row).success, `${name}.${fa} with its twin`).toBe(true);
        const { optional } = baseType((DATASETS[name].schema.shape as Record<string, z.ZodType>)[en]);
        const res = schema.safeParse({ ...row, [en]: undefined });
        expect(res.success, `${name}.${fa} without ${en}`).toBe(false);
        const issues = res.error!.issues.filter((i) => i.path[0] === en);
        expect(issues.length, `${name}: an issue at ${en}`).toBeGreaterThan(0);
        // An optional English column is required by the row rule, which names its type.
        if (optional) expect((issues[0] as { params?: { type?: string } }).params?.type, `${name}.${en}`).toBe("required");
      }
    },
  );
});
