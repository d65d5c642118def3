/**
 * One catalogue, used everywhere: data/README.md's table of issue types is the catalogue
 * (src/validate/catalogue.ts), type by type, with the same level and title; and the README points
 * to the maintainer's procedure.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE, ISSUE_TYPES } from "../../src/validate/catalogue.ts";
import { ROOT } from "../real-data/dir.ts";

const dataReadme = readFileSync(join(ROOT, "data/README.md"), "utf8");

describe("the issue catalogue in the docs", () => {
  it("data/README.md lists every type with its level and title, and no other", () => {
    const rows = [...dataReadme.matchAll(/^\| `([a-z-]+)` \| (error|warning) \| ([^:|]+):/gm)].map((m) => ({
      type: m[1],
      level: m[2],
      title: m[3],
    }));
    expect(rows.map((r) => r.type)).toEqual(ISSUE_TYPES);
    for (const r of rows)
      expect(r, r.type).toEqual({
        type: r.type,
        level: CATALOGUE[r.type as keyof typeof CATALOGUE].level,
        title: CATALOGUE[r.type as keyof typeof CATALOGUE].title,
      });
  });
  it("data/README.md holds the procedure, and the README points to it", () => {
    for (const step of [
      "**Add a figure.**",
      "**Correct a figure.**",
      "**Withdraw a figure.**",
      "**Conflicting reports.**",
      "**Doubt.**",
      "**Feature a figure on the home page.**",
      "**Where a figure appears.**",
    ])
      expect(dataReadme).toContain(step);
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain("data/README.md");
  });
});
