import { defineConfig } from "vitest/config";

/**
 * Two groups: fast unit tests in parallel, then the tests that run a real Astro build, one file
 * at a time (two Astro builds from one checkout at once share `.astro/` and interfere).
 */
const BUILDS = [
  "tests/pages/routes.test.ts",
  "tests/build/pinned-embed.test.ts",
  "tests/publish/site.test.ts",
  "tests/publish/escape.test.ts",
  "tests/real-data/edit-loop.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", "node_modules/**", ...BUILDS],
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: "build",
          include: BUILDS,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 400_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
