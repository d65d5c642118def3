/**
 * Preloaded (node --import) into a command the bench runs unchanged, such as scripts/build.ts:
 * at exit, writes the process's peak memory (max RSS, MB) to the file named by BENCH_RSS_FILE.
 * Astro builds in the same process, so this is the whole build's peak.
 */
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS / 1024)));
