/**
 * The fast cell reader (a plain cell's value at once) against the full reader (cells.ts): for any
 * cell of any field, the fast reader either defers (SLOW) or gives exactly the full reader's value,
 * and it defers on every cell the full reader warns about or refuses.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { DATASETS, DATASET_NAMES } from "../../src/schemas/index.ts";
import { cellReader, fastReader, SLOW } from "../../src/validate/cells.ts";

const CELLS = [
  "",
  " ",
  "12",
  "0012",
  "1.5",
  "1.234",
  "12.345",
  "-3",
  "1,234",
  "۱۲",
  "1e3",
  "true",
  "false",
  "TRUE",
  "-",
  "ندارد",
  "null",
  "1403",
  "1403-02",
  "1403/2/1",
  "1401-12-30",
  "a-b",
  " a",
  "a ",
  "كتاب",
  "x\u200Ey",
  "abc\u202Edef",
  "n/a",
  "99999999999999999",
  "0.1",
  "x".repeat(1001),
];

describe.each(DATASET_NAMES.filter((n) => DATASETS[n].format === "csv"))("fast reader of %s", (name) => {
  const shape = DATASETS[name].schema.shape as Record<string, z.ZodType>;
  for (const [field, type] of Object.entries(shape)) {
    it(field, () => {
      const fast = fastReader(type, field);
      const full = cellReader(type, field);
      fc.assert(
        fc.property(fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 20 }), fc.stringMatching(/^[0-9.,٬۰-۹ -]{0,8}$/)), (raw) => {
          const v = fast(raw);
          const res = full(raw);
          if (v === SLOW) return;
          expect(res.ok, raw).toBe(true);
          if (res.ok) {
            expect(res.warnings, raw).toEqual([]);
            expect(v, raw).toStrictEqual(res.value);
          }
        }),
        { numRuns: 300, seed: 7 },
      );
    });
  }
});
