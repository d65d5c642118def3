/**
 * The hot functions of a V8 .cpuprofile (as written by `node --cpu-prof`): time spent in each
 * function itself ("self") and in it and everything it called ("total"), in milliseconds.
 * `node --import tsx scripts/bench/profile.ts FILE.cpuprofile [N]` prints the top N of each.
 * Chrome DevTools (Performance tab, "Load profile") shows the same file as a flame chart.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hot {
  name: string;
  ms: number;
}

/** Self and total time per function (named by function and file), largest first. */
export function hotFunctions(profile: CpuProfile): { self: Hot[]; total: Hot[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const sampled = new Map<number, number>();
  profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const label = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.split("/").slice(-2).join("/")}`.trim();
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, ms] of sampled) {
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    // Each function counts once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  }
  const sorted = (m: Map<string, number>) => [...m].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
  return { self: sorted(self), total: sorted(total) };
}

export function summarise(file: string, n = 15): string {
  const { self, total } = hotFunctions(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const skip = (h: Hot) => !/^\((idle|program|root)\)/.test(h.name);
  const rows = (hs: Hot[]) => hs.filter(skip).slice(0, n).map((h) => `${h.ms.toFixed(0).padStart(8)} ms  ${h.name}`);
  return [`${file}`, "  self:", ...rows(self), "  total:", ...rows(total)].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, n] = process.argv.slice(2);
  if (!file) {
    console.error("usage: node --import tsx scripts/bench/profile.ts FILE.cpuprofile [N]");
    process.exit(2);
  }
  console.log(summarise(file, n ? Number(n) : 15));
}
