/**
 * Preloaded (node --import) into a command the bench runs unchanged, such as scripts/build.ts:
 * at exit, writes the process's peak memory (max RSS, MB) and its CPU time (user + system, s) to
 * the file named by BENCH_RSS_FILE. CPU time is what the build costs on a quiet machine; wall time
 * on a shared one also counts the wait for a core.
 * Astro builds in the same process, so this is the whole build's peak.
 */
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file)
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(file, `${u.maxRSS / 1024} ${(u.userCPUTime + u.systemCPUTime) / 1e6}`);
  });
