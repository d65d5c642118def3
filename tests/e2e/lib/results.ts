/**
 * The suite's own tiny runner: each check on each target is one test that passes, fails with
 * a list of problems, or is skipped with a reason. Kept separate from vitest because a browser
 * check on 100 pages is one pass over the pages, not 100 independent test files.
 */
export type Outcome = { check: string; target: string } & (
  { status: "pass" } | { status: "fail"; problems: string[] } | { status: "skip"; reason: string }
);

export class Results {
  readonly all: Outcome[] = [];

  constructor(private readonly log: (line: string) => void = () => {}) {}

  /** Records a test: it passes when there are no problems. */
  add(check: string, target: string, problems: string[]): void {
    const o: Outcome = problems.length ? { check, target, status: "fail", problems } : { check, target, status: "pass" };
    this.all.push(o);
    if (o.status === "fail") {
      this.log(`FAIL ${check} ${target}`);
      for (const p of problems.slice(0, 15)) this.log(`     - ${p}`);
      if (problems.length > 15) this.log(`     … and ${problems.length - 15} more`);
    }
  }

  skip(check: string, target: string, reason: string): void {
    this.all.push({ check, target, status: "skip", reason });
    this.log(`SKIP ${check} ${target}: ${reason}`);
  }

  /** Adds every problem list of a per-check record (check id -> problems) for one target. */
  addAll(target: string, byCheck: Record<string, string[]>): void {
    for (const [check, problems] of Object.entries(byCheck)) this.add(check, target, problems);
  }

  count(status: Outcome["status"]): number {
    return this.all.filter((o) => o.status === status).length;
  }

  failures(): Extract<Outcome, { status: "fail" }>[] {
    return this.all.filter((o): o is Extract<Outcome, { status: "fail" }> => o.status === "fail");
  }

  /** Passed/failed/skipped per check id, for the closing table. */
  summaryByCheck(): string[] {
    const by = new Map<string, { pass: number; fail: number; skip: number }>();
    for (const o of this.all) {
      const row = by.get(o.check) ?? { pass: 0, fail: 0, skip: 0 };
      row[o.status]++;
      by.set(o.check, row);
    }
    return [...by].map(
      ([c, r]) =>
        `  ${c.padEnd(22)} ${String(r.pass).padStart(4)} passed ${String(r.fail).padStart(4)} failed ${String(r.skip).padStart(4)} skipped`,
    );
  }
}
