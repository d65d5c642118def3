/**
 * The editor's-eye checks take shortcuts for speed at a million rows; each is checked here against
 * the plain way of computing the same thing, on generated tables:
 * - the publication-date check reads each observation's source from the row the cross-file checks
 *   found (refRows) instead of looking its id up again; with and without refRows (and with
 *   duplicate source ids, where it falls back to the lookup) the issues are the same;
 * - likely duplicates are bucketed by indicator and place, then value; the warnings are those of
 *   comparing each row with every earlier one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crossCheck } from "../../src/validate/cross.ts";
import { checkDates, checkObservationRows } from "../../src/validate/editor.ts";
import { IssueSink, formatIssue } from "../../src/validate/issues.ts";
import type { TableResult } from "../../src/validate/table.ts";

const table = (rows: Record<string, unknown>[]): TableResult => ({
  rows,
  lines: rows.map((_, i) => i + 2),
  stats: { file: "", rowsRead: rows.length, accepted: rows.length, rejected: 0, blankSkipped: 0 },
});

const year = fc.integer({ min: 1398, max: 1406 }).map(String);
const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, "0"));
const day = fc.integer({ min: 1, max: 29 }).map((d) => String(d).padStart(2, "0"));
/** A Jalali date at one of the three precisions the data uses. */
const date = fc.oneof(
  year,
  fc.tuple(year, month).map(([y, m]) => `${y}-${m}`),
  fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${m}-${d}`),
);
const fullDate = fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${m}-${d}`);

const issues = (run: (sink: IssueSink) => void) => {
  const sink = new IssueSink(100_000);
  run(sink);
  return [...sink.errors, ...sink.warnings].map(formatIssue);
};

describe("the publication-date check with and without the cross-file checks' refRows", () => {
  it("reports the same issues", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ id: fc.integer({ min: 0, max: 8 }).map((k) => `s${k}`), published_jalali: fc.option(date, { nil: undefined }) }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.array(
          fc.record({
            source_id: fc.integer({ min: 0, max: 10 }).map((k) => `s${k}`),
            period: fc.option(date, { nil: undefined }),
            period_end: fc.option(date, { nil: undefined }),
          }),
          { maxLength: 40 },
        ),
        fullDate,
        (sources, obs, today) => {
          const obsRows = obs.map((o, i) => ({ id: `o${i}`, ...o }));
          const plain = issues((sink) => checkDates({ sources: table(sources), observations: table(obsRows) }, sink, today));
          const tables = { sources: table(sources), observations: table(obsRows) };
          const cross = new IssueSink(100_000);
          crossCheck(tables, cross);
          expect(tables.observations.refRows?.source_id).toBeDefined();
          const viaRefs = issues((sink) => checkDates(tables, sink, today));
          expect(viaRefs).toEqual(plain);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

const SPLITS = ["sex", "cooperative_id", "org_id", "sector_id", "event_id"] as const;
const same = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  ["indicator_id", "place_id", "period", "period_end", "value", "unit", "scale", "qualifier", ...SPLITS].every((f) => a[f] === b[f]);

describe("likely duplicates", () => {
  it("are the rows with an earlier row of the same figure, named by the first such row", () => {
    const pick = <T>(xs: T[]) => fc.constantFrom(...xs);
    const row = fc.record({
      indicator_id: pick(["coops", "jobs", "loans"]),
      place_id: pick(["lorestan", "khorramabad", "borujerd"]),
      period: fc.option(pick(["1402", "1403", "1403-05"]), { nil: undefined }),
      period_end: fc.option(pick(["1403-06"]), { nil: undefined, freq: 4 }),
      value: pick([1, 2, 100, 1000, 2.5]),
      unit: pick(["count", "people"]),
      scale: pick(["one", "thousand"]),
      qualifier: pick(["exact", "about"]),
      sex: fc.option(pick(["female", "male"]), { nil: undefined, freq: 3 }),
      cooperative_id: fc.option(pick(["c1", "c2"]), { nil: undefined, freq: 3 }),
      org_id: fc.constant(undefined),
      sector_id: fc.constant(undefined),
      event_id: fc.option(pick(["e1"]), { nil: undefined, freq: 4 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (generated) => {
        const rows = generated.map((r, i) => ({ id: `o${i}`, ...r }));
        const got = issues((sink) => checkObservationRows({ observations: table(rows) }, sink)).filter((m) =>
          m.includes("likely-duplicate"),
        );
        const expected: string[] = [];
        rows.forEach((r, i) => {
          const j = rows.findIndex((s, k) => k < i && same(s, r));
          if (j >= 0) expected.push(`observations.csv:${i + 2}:1: warning likely-duplicate: id: the same figure as o${j} on line ${j + 2}`);
        });
        expect(got.map((m) => m.slice(0, m.indexOf(" (indicator")))).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
