/**
 * The record splitter's fast path (src/validate/records.ts, splitRecords) against papaparse: on
 * generated CSV text (commas, quoted cells with commas, doubled quotes and line breaks, stray
 * quotes, empty lines, both line endings), whenever it answers, it gives exactly papaparse's
 * records; it leaves to papaparse every text with a quote error.
 */
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { splitRecords } from "../../src/validate/records.ts";

const plainCell = fc.stringMatching(/^[a-z0-9 ی,]{0,6}$/).map((s) => s.replace(/,/g, ""));
const quotedCell = fc.stringMatching(/^[a-z,"\n ی]{0,8}$/).map((s) => `"${s.replace(/"/g, '""')}"`);
/** A cell with a quote where it does not belong (papaparse reads it as text, or reports an error). */
const strayCell = fc.oneof(
  fc.stringMatching(/^[a-z"]{1,5}$/),
  // a quoted cell followed by spaces or text before the comma (papaparse trims spaces, reports text)
  fc.tuple(quotedCell, fc.stringMatching(/^[ a"]{1,3}$/)).map(([q, tail]) => q + tail),
);
// (stray quotes rare enough that most texts are answered: the fast path must be tested, not skipped)
const cell = fc.oneof({ weight: 12, arbitrary: plainCell }, { weight: 6, arbitrary: quotedCell }, { weight: 1, arbitrary: strayCell });
const record = fc.array(cell, { minLength: 1, maxLength: 5 }).map((cells) => cells.join(","));

function csvText(newline: "\n" | "\r\n") {
  return fc
    .tuple(fc.array(record, { minLength: 1, maxLength: 12 }), fc.boolean())
    .map(([records, trailing]) => records.join(newline) + (trailing ? newline : ""));
}

const papa = (text: string, newline: "\n" | "\r\n") =>
  Papa.parse<string[]>(text, { delimiter: ",", header: false, skipEmptyLines: false, dynamicTyping: false, newline });

describe("splitRecords", () => {
  for (const newline of ["\n", "\r\n"] as const) {
    it(`gives papaparse's records, or leaves the text to it (${JSON.stringify(newline)})`, () => {
      let answered = 0;
      fc.assert(
        fc.property(csvText(newline), (text) => {
          const fast = splitRecords(text, newline);
          const slow = papa(text, newline);
          if (fast === undefined) {
            return;
          }
          answered++;
          expect(slow.errors.filter((e) => e.code === "MissingQuotes" || e.code === "InvalidQuotes")).toEqual([]);
          expect(fast.data).toEqual(slow.data);
        }),
        { numRuns: 3000 },
      );
      // Most generated texts have no quote error: the fast path must answer for them.
      expect(answered).toBeGreaterThan(1000);
    });
  }

  it("splits a text without quotes at its commas, and keeps a trailing empty record as papaparse does", () => {
    expect(splitRecords("a,b\nc,d\n", "\n")!.data).toEqual([["a", "b"], ["c", "d"], [""]]);
    expect(splitRecords("a,b\r\nc,d", "\r\n")!.data).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("parses a quoted cell that spans lines as one record", () => {
    expect(splitRecords('x,"a\nb,""c"""\ny,z\n', "\n")!.data).toEqual([["x", 'a\nb,"c"'], ["y", "z"], [""]]);
  });

  it("leaves a quote that is never closed, or a stray quote, to papaparse", () => {
    expect(splitRecords('a,"b\nc,d\n', "\n")).toBeUndefined();
    expect(splitRecords('a,"b"c\n', "\n")).toBeUndefined();
  });
});
