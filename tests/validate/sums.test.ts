/**
 * The sums check (cross.ts, checkSums: women and men against their total, counties against the
 * province) keys its groups by numbers made of codes; here, on generated observations, it gives
 * the warnings of the plain way it replaced (a string key per statement, place and kind), in the
 * same order, with and without the sources file (references resolved or not).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crossCheck } from "../../src/validate/cross.ts";
import { IssueSink, formatIssue } from "../../src/validate/issues.ts";
import type { TableResult } from "../../src/validate/table.ts";
import { DATASETS } from "../../src/schemas/index.ts";

const table = (rows: Record<string, unknown>[]): TableResult => ({
  rows,
  lines: rows.map((_, i) => i + 2),
  stats: { file: "", rowsRead: rows.length, accepted: rows.length, rejected: 0, blankSkipped: 0 },
});

/** The plain way: the check as it was written before (string keys). */
function plainSums(obs: TableResult, places: TableResult, sink: IssueSink): void {
  const file = DATASETS.observations.file;
  const col = (f: string) => Object.keys(DATASETS.observations.schema.shape).indexOf(f) + 1;
  const n = obs.rows.length;
  const c = (f: string) => obs.rows.map((r) => r[f]);
  const [indicator, doubt, place, sex, coop, org, sector, source, period, event, unit, scale, value] = [
    "indicator_id",
    "doubt",
    "place_id",
    "sex",
    "cooperative_id",
    "org_id",
    "sector_id",
    "source_id",
    "period",
    "event_id",
    "unit",
    "scale",
    "value",
  ].map(c);
  const parentOf = new Map((places?.rows ?? []).map((p) => [p.id as string, p.parent_id as string | undefined]));
  const hasParts = (parent: string | undefined): parent is string => !!parent && parentOf.has(parent) && parentOf.get(parent) !== undefined;
  const groups = new Map<string, { whole?: number; wholeLine?: number; parts: number; n: number; kind: string }>();
  const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));
  const statement = (i: number) =>
    `${str(source[i])}|${str(indicator[i])}|${str(period[i])}|${str(event[i])}|${str(unit[i])}|${str(scale[i])}|`;
  const splitless = (i: number) => !sex[i] && !coop[i] && !org[i] && !sector[i];
  // Only a group with both a whole and a part can warn, so a group is kept only when the other half
  // exists: a first pass notes the statements split by sex, and the wholes of places that have
  // parts (the province). Without it every observation made two or three groups (a million rows:
  // millions of keys); with it, groups are as many as the splits. Groups are still created at the
  // row that first touches them, so the warnings come out in the same order.
  const sexSplit = new Set<string>();
  const partWholes = new Set<string>();
  const receivesParts = new Set<string>();
  // Source -> indicators of those statements: a cheap test that lets most rows skip building keys.
  const candidates = new Map<string, Set<string>>();
  const candidate = (i: number) => {
    let inds = candidates.get(str(source[i]));
    if (!inds) candidates.set(str(source[i]), (inds = new Set()));
    inds.add(str(indicator[i]));
  };
  for (const p of parentOf.values()) if (hasParts(p)) receivesParts.add(p);
  for (let i = 0; i < n; i++) {
    if (doubt[i]) continue;
    const pl = place[i] as string;
    if (sex[i]) {
      sexSplit.add(`${statement(i)}${pl}|sex`);
      candidate(i);
    } else if (splitless(i) && receivesParts.has(pl)) {
      partWholes.add(`${statement(i)}${pl}|county`);
      candidate(i);
    }
  }
  const group = (k: string, kind: string) => {
    let g = groups.get(k);
    if (!g) {
      g = { parts: 0, n: 0, kind };
      groups.set(k, g);
    }
    return g;
  };
  for (let i = 0; i < n; i++) {
    if (doubt[i]) continue;
    const v = value[i] as number;
    const pl = place[i] as string;
    if (sex[i]) {
      const g = group(`${statement(i)}${pl}|sex`, "sex");
      g.parts += v;
      g.n++;
    } else if (splitless(i)) {
      // Every key below shares this row's source and indicator with a key of the first pass.
      if (candidates.get(str(source[i]))?.has(str(indicator[i]))) {
        const prefix = statement(i);
        const ks = `${prefix}${pl}|sex`;
        if (sexSplit.has(ks)) {
          const gs = group(ks, "sex");
          gs.whole = v;
          gs.wholeLine = obs.lines[i];
        }
        const kc = `${prefix}${pl}|county`;
        if (partWholes.has(kc)) {
          const gp = group(kc, "county");
          gp.whole = v;
          gp.wholeLine = obs.lines[i];
        }
        const parent = parentOf.get(pl);
        const kp = `${prefix}${parent}|county`;
        if (hasParts(parent) && partWholes.has(kp)) {
          const g = group(kp, "county");
          g.parts += v;
          g.n++;
        }
      }
    }
  }
  for (const [k, g] of groups) {
    if (g.whole === undefined || g.n === 0) continue;
    const differs = g.kind === "sex" ? g.parts !== g.whole : g.parts > g.whole;
    if (differs) {
      const [source, indicator] = k.split("|");
      sink.add({
        severity: "warning",
        type: "sum-mismatch",
        file,
        line: g.wholeLine!,
        column: col("value"),
        field: "value",
        value: String(g.whole),
        message:
          g.kind === "sex"
            ? `women and men add up to ${g.parts}, the total is ${g.whole} (${indicator}, ${source})`
            : `counties add up to ${g.parts}, more than the province total ${g.whole} (${indicator}, ${source})`,
      });
    }
  }
}

const placeRows = [
  { id: "iran" },
  { id: "lorestan", parent_id: "iran" },
  { id: "county-a", parent_id: "lorestan" },
  { id: "county-b", parent_id: "lorestan" },
  { id: "district-x", parent_id: "county-a" },
  { id: "lone" },
];
const obsRow = fc.record({
  source_id: fc.constantFrom("s1", "s1", "s1", "s2", "s3", undefined),
  indicator_id: fc.constantFrom("a", "a", "a", "b"),
  period: fc.constantFrom("1403", "1403", "1403", "1402", undefined),
  event_id: fc.constantFrom(undefined, undefined, undefined, undefined, "e1"),
  unit: fc.constantFrom("count", "count", "count", "count", "person"),
  scale: fc.constantFrom("one", "one", "one", "one", "thousand"),
  place_id: fc.constantFrom("iran", "lorestan", "lorestan", "county-a", "county-b", "district-x", "lone", "nowhere"),
  sex: fc.constantFrom(undefined, undefined, "female", "male"),
  cooperative_id: fc.constantFrom(undefined, undefined, undefined, undefined, "c1"),
  org_id: fc.constantFrom(undefined, undefined, undefined, undefined, undefined, "o1"),
  sector_id: fc.constantFrom(undefined, undefined, undefined, undefined, undefined, "x1"),
  doubt: fc.constantFrom(false, false, false, false, true),
  value: fc.integer({ min: 0, max: 12 }),
});

const sums = (sink: IssueSink) => sink.warnings.filter((w) => w.type === "sum-mismatch").map(formatIssue);

describe("the sums check by codes", () => {
  it("warns as the plain way does, in the same order", () => {
    let warned = 0;
    fc.assert(
      fc.property(fc.array(obsRow, { maxLength: 60 }), fc.boolean(), (rows, withSources) => {
        const obs = rows.map((r, i) => ({ id: `o${i}`, ...r }));
        const plain = new IssueSink(100_000);
        plainSums(table(obs), table(placeRows), plain);
        const tables: Record<string, TableResult> = {
          observations: table(obs),
          places: table(placeRows),
          indicators: table([
            { id: "a", unit_kind: "count" },
            { id: "b", unit_kind: "count" },
          ]),
        };
        if (withSources) tables.sources = table([{ id: "s1" }, { id: "s2" }]);
        const got = new IssueSink(100_000);
        crossCheck(tables, got);
        warned += sums(plain).length;
        expect(sums(got)).toEqual(sums(plain));
      }),
      { numRuns: 6000 },
    );
    expect(warned).toBeGreaterThan(25);
  });
});
