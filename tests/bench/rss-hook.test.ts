/**
 * The bench's memory hook (scripts/bench/rss-hook.ts): the build's peak is of its whole process
 * tree, and each process's own peak is reported by role (a build step's `--step NAME`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");

describe.skipIf(process.platform !== "linux")("rss-hook", () => {
  it("counts a child process in the peak, under its step's name", () => {
    const dir = mkdtempSync(join(tmpdir(), "rss-hook-"));
    try {
      const file = join(dir, "rss");
      // The parent spawns (asynchronously, so the hook's sampler runs) a child that holds 300 MB for a while.
      const child = `const b = Buffer.alloc(300 * 2 ** 20, 1); setTimeout(() => console.log(b[0]), 1500);`;
      const parent = `require("node:child_process").spawn(process.execPath, ["-e", ${JSON.stringify(child)}, "--", "--step", "demo"], { stdio: "inherit" });`;
      const r = spawnSync(process.execPath, ["--import", join(ROOT, "scripts/bench/rss-hook.ts"), "-e", parent], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, BENCH_RSS_FILE: file, NODE_OPTIONS: "--import tsx" },
      });
      expect(r.status, r.stderr).toBe(0);
      const [first, second] = readFileSync(file, "utf8").split("\n");
      const [total, cpu] = first.split(" ").map(Number);
      const byRole = JSON.parse(second) as Record<string, number>;
      expect(byRole.demo, second).toBeGreaterThanOrEqual(300);
      expect(byRole.main).toBeGreaterThan(0);
      expect(total).toBeGreaterThanOrEqual(byRole.demo + byRole.main * 0.5);
      expect(cpu).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
