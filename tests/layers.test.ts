/**
 * The import rules (scripts/layers.ts, dependency-cruiser): the real tree passes, and the check
 * is proven able to fail: an upward import, a page importing the publish layer and a cycle, each
 * planted in a temporary copy of src/, are each reported.
 */
import { appendFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLayers, mirror, type Violation } from "../scripts/layers.ts";

describe("layers", () => {
  it("every import in src/ looks down, and there are no cycles", async () => {
    expect(await checkLayers()).toEqual([]);
  });

  describe("fails on planted imports", () => {
    let root: string;
    let found: Violation[];
    beforeAll(async () => {
      root = mirror();
      appendFileSync(join(root, "src/lib/format.ts"), '\nimport "../charts/render.ts";\n');
      appendFileSync(join(root, "src/pages/charts/index.astro.ts"), '\nimport "../../publish/downloads.ts";\n');
      appendFileSync(join(root, "src/data/sources.ts"), '\nimport "./paging.ts";\n');
      appendFileSync(join(root, "src/data/timeline.ts"), '\nimport "./sources.ts";\n');
      found = await checkLayers(root);
    }, 120_000);
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it("an upward import (lib -> charts)", () => {
      expect(found).toContainEqual({ rule: "no-upward-from-lib-i18n", from: "src/lib/format.ts", to: "src/charts/render.ts" });
    });

    it("a page importing the publish layer", () => {
      expect(found).toContainEqual({
        rule: "no-publish-in-pages",
        from: "src/pages/charts/index.astro.ts",
        to: "src/publish/downloads.ts",
      });
    });

    it("a cycle (sources -> paging -> timeline -> sources)", () => {
      expect(found.some((v) => v.rule === "no-cycles" && v.from.startsWith("src/data/"))).toBe(true);
    });
  });
});
