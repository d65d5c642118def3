/**
 * References resolved while reading (keys.ts, cells.ts knownRefReader, table.ts readRefRows)
 * against the plain way: reading observations.csv with its sources already read gives the same
 * values, and the cross-file checks the same issues, as reading it alone and looking every
 * reference up afterwards, on generated files (duplicate and rejected source ids, references that
 * are exact, spaced, unknown, empty, or in Persian digits).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DATASETS } from "../../src/schemas/index.ts";
import { crossCheck } from "../../src/validate/cross.ts";
import { readCsv, type TableResult } from "../../src/validate/csv.ts";
import { knownRefs } from "../../src/validate/index.ts";
import { IssueSink, formatIssue } from "../../src/validate/issues.ts";
import { keyIndex } from "../../src/validate/keys.ts";
import { column, rowCount } from "../../src/validate/store.ts";

const FIXTURE = join(import.meta.dirname, "../fixtures/valid-min");
const [sourcesHeader, sourceRow] = readFileSync(join(FIXTURE, "sources.csv"), "utf8").split("\n");
const [obsHeader, obsRow] = readFileSync(join(FIXTURE, "observations.csv"), "utf8").split("\n");

/** A sources row with this id; `bad` spoils its date cell (the row is rejected, its id kept). */
const source = (id: string, bad: boolean) => {
  const cells = sourceRow.split(",");
  cells[0] = id;
  if (bad) cells[6] = "1403-13-40";
  return cells.join(",");
};
const observation = (i: number, ref: string) => {
  const cells = obsRow.split(",");
  cells[0] = `obs-${i}`;
  cells[11] = ref;
  return cells.join(",");
};

const sourceId = fc.integer({ min: 0, max: 6 }).map((k) => `src-${k}`);
const reference = fc.oneof(
  { weight: 5, arbitrary: sourceId },
  { weight: 1, arbitrary: sourceId.map((s) => ` ${s} `) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 6 }).map((k) => `src-${"۰۱۲۳۴۵۶"[k]}`) },
  { weight: 1, arbitrary: fc.constantFrom("", "src-99", "SRC-1") },
);

const issuesOf = (sink: IssueSink) => [...sink.errors, ...sink.warnings].map(formatIssue);

function readBoth(sources: string, observations: string) {
  const sink = new IssueSink(10_000);
  const src = readCsv(sources, "sources.csv", DATASETS.sources.schema, sink);
  const resolved = readCsv(
    observations,
    "observations.csv",
    DATASETS.observations.schema,
    sink,
    knownRefs(DATASETS.observations.schema, { sources: src }),
  );
  const plain = readCsv(observations, "observations.csv", DATASETS.observations.schema, new IssueSink(10_000));
  return { src, resolved, plain };
}

const crossIssues = (src: TableResult, obs: TableResult) => {
  const sink = new IssueSink(10_000);
  crossCheck({ sources: src, observations: obs }, sink);
  return { issues: issuesOf(sink), rows: obs.refRows?.source_id };
};

describe("references resolved while reading", () => {
  it("give the values and the cross-file issues of looking them up afterwards", () => {
    let resolvedSome = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sourceId, fc.boolean()), { minLength: 1, maxLength: 8 }),
        fc.array(reference, { minLength: 1, maxLength: 30 }),
        (sources, refs) => {
          const sourcesCsv = [sourcesHeader, ...sources.map(([id, bad]) => source(id, bad && sources.length > 1))].join("\n") + "\n";
          const obsCsv = [obsHeader, ...refs.map((r, i) => observation(i, r))].join("\n") + "\n";
          const { src, resolved, plain } = readBoth(sourcesCsv, obsCsv);
          expect(rowCount(resolved)).toBe(rowCount(plain));
          expect(Array.from(column(resolved, "source_id"))).toEqual(Array.from(column(plain, "source_id")));
          // Each resolved row names the first accepted row with that exact id.
          const read = resolved.readRefRows!.source_id;
          const ids = column(src, "id");
          const index = keyIndex(src).rows;
          for (let i = 0; i < rowCount(resolved); i++) {
            if (read[i] < 0) continue;
            resolvedSome++;
            expect(ids[read[i]]).toBe(column(resolved, "source_id")[i]);
            expect(index.get(ids[read[i]] as string)).toBe(read[i]);
          }
          const a = crossIssues(src, resolved);
          const b = crossIssues(src, plain);
          expect(a.issues).toEqual(b.issues);
          expect(Array.from(a.rows ?? [])).toEqual(Array.from(b.rows ?? []));
        },
      ),
      { numRuns: 300 },
    );
    expect(resolvedSome).toBeGreaterThan(100);
  });

  it("keeps the first row of a duplicated id, and the id of a rejected row as -1", () => {
    const sink = new IssueSink(100);
    const src = readCsv(
      [sourcesHeader, source("src-1", false), source("src-2", true), source("src-1", false)].join("\n") + "\n",
      "sources.csv",
      DATASETS.sources.schema,
      sink,
    );
    const { rows, duplicates } = keyIndex(src);
    expect(rows.get("src-1")).toBe(0);
    expect(rows.get("src-2")).toBe(-1);
    expect(duplicates).toEqual([1, 0]);
  });

  it("answers as a Map of first rows would (get, has, keys in order, size, duplicates)", () => {
    const id = fc.stringMatching(/^[a-c0-9-]{0,4}$/);
    fc.assert(
      fc.property(
        fc.array(id, { maxLength: 200 }),
        fc.array(id, { maxLength: 10 }),
        fc.array(id, { maxLength: 20 }),
        (ids, rejected, probes) => {
          const t: TableResult = {
            rows: ids.map((i) => ({ id: i })),
            lines: ids.map((_, i) => i + 2),
            stats: { file: "", rowsRead: ids.length, accepted: ids.length, rejected: 0, blankSkipped: 0 },
            rejectedIds: new Map(rejected.map((r) => [r, 1])),
          };
          const map = new Map<string, number>();
          const duplicates: number[] = [];
          ids.forEach((i, row) => (map.has(i) ? duplicates.push(row, map.get(i)!) : map.set(i, row)));
          for (const r of rejected) if (!map.has(r)) map.set(r, -1);
          const { rows, duplicates: dups } = keyIndex(t);
          expect(dups).toEqual(duplicates);
          expect([...rows.keys()]).toEqual([...map.keys()]);
          expect(rows.size).toBe(map.size);
          for (const p of [...probes, ...ids, ...rejected]) {
            expect(rows.get(p)).toBe(map.get(p));
            expect(rows.has(p)).toBe(map.has(p));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
