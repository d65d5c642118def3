/**
 * Preloaded (node --import) into a command the bench runs unchanged, such as scripts/build.ts:
 * at exit, writes the peak memory (MB) and the CPU time (user + system, s) to the file named by
 * BENCH_RSS_FILE, and on a second line the peak of each process of the tree (JSON, MB by role).
 * CPU time is what the build costs on a quiet machine; wall time on a shared one also counts the
 * wait for a core.
 *
 * The build runs its steps in child processes (the Astro build, then the search index, whose
 * Pagefind binary is a child of that): so the peak is of the whole process tree (this process plus
 * its descendants, summed, sampled from /proc every 200 ms while the event loop is free, which it
 * is while a child works), and the CPU time adds each descendant's last sampled CPU time to this
 * process's own.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";

const file = process.env.BENCH_RSS_FILE;
const TICK = Number(process.env.BENCH_TICK_HZ ?? 100);
const PAGE_KB = 4;

/** pid -> [parent pid, rss in KB, cpu seconds] from /proc (Linux); empty elsewhere. */
function processes(): Map<number, [number, number, number]> {
  const out = new Map<number, [number, number, number]>();
  let pids: string[] = [];
  try {
    pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command name (which may hold spaces), from field 3 on.
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(Number(pid), [Number(f[1]), Number(f[21]) * PAGE_KB, (Number(f[11]) + Number(f[12])) / TICK]);
    } catch {
      /* gone meanwhile */
    }
  }
  return out;
}

/**
 * What a process of the tree is: the build's step (`--step NAME`), else its program's name. Read at
 * every sample, not kept: a child just forked still shows its parent's command line until it execs.
 */
function roleOf(pid: number): string {
  if (pid === process.pid) return "main";
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    const step = argv.indexOf("--step");
    return step >= 0 ? argv[step + 1] : basename(argv[0] || "?");
  } catch {
    return "?";
  }
}

let peakTreeKb = 0;
const peakByRole = new Map<string, number>();
const childCpu = new Map<number, number>();
function sample(): void {
  const all = processes();
  if (all.size === 0) return;
  const tree = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, [ppid]] of all) if (!tree.has(pid) && tree.has(ppid)) (tree.add(pid), (grew = true));
  }
  let kb = 0;
  for (const pid of tree) {
    const p = all.get(pid);
    if (!p) continue;
    kb += p[1];
    const role = roleOf(pid);
    peakByRole.set(role, Math.max(peakByRole.get(role) ?? 0, p[1]));
    if (pid !== process.pid) childCpu.set(pid, p[2]);
  }
  peakTreeKb = Math.max(peakTreeKb, kb);
}

if (file) {
  setInterval(sample, 200).unref();
  process.on("exit", () => {
    const u = process.resourceUsage();
    const ownKb = u.maxRSS;
    peakByRole.set("main", Math.max(peakByRole.get("main") ?? 0, ownKb));
    const cpu = (u.userCPUTime + u.systemCPUTime) / 1e6 + [...childCpu.values()].reduce((s, c) => s + c, 0);
    const byRole = Object.fromEntries([...peakByRole].map(([r, kb]) => [r, Math.round(kb / 1024)]));
    writeFileSync(file, `${Math.max(ownKb, peakTreeKb) / 1024} ${cpu}\n${JSON.stringify(byRole)}`);
  });
}
