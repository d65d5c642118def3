/**
 * The checks catch breakage: the suite runs against tests/e2e/fixtures/broken-site (synthetic),
 * where each page is broken in one known way, and must report exactly those failures: every
 * planted fault found (no blind checker) and nothing else (no false alarms on sound pages).
 */
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import type { HostOrigin } from "./lib/host-origin.ts";
import { Results } from "./lib/results.ts";
import { runSuite } from "./suite.ts";

export const FIXTURE = fileURLToPath(new URL("./fixtures/broken-site/", import.meta.url));

/** What each planted fault must trip: "check target". Everything else must pass. */
export const EXPECTED_FAILURES = [
  "console /broken-console/",
  "requests /broken-request/",
  "links broken-request/index.html", // the missing image is also a broken internal reference
  "csp /broken-csp/",
  "no-js /broken-nojs/",
  "width-360 /broken-wide/",
  "width-360 /broken-header/",
  "width-1280 /broken-narrow/",
  "width-1280 /broken-chart-width/",
  "rtl /broken-ltr/",
  "table-rtl /broken-ltr/",
  "rtl /en/broken-rtl/",
  "table-rtl /en/broken-rtl/",
  "font /en/broken-font/",
  "hreflang en/broken-rtl/index.html", // names / as its Persian twin, which does not name it back
  "chart-labels /broken-labels/",
  "axe-light /broken-axe/",
  "axe-dark /broken-dark/",
  "html-validate broken-html/index.html",
  "links broken-links/index.html",
  "downloads /files/fake.png",
  "downloads /files/bad.csv",
  "copy-button /charts/stuck/",
  "embed-resize host page with the snippet of /charts/stuck/",
  "embed-foreign-message host page with the snippet of /charts/leaky/",
];

export async function selfTest(o: { browser: Browser; host: HostOrigin; results: Results; log: (l: string) => void }): Promise<void> {
  o.log("self-test: running the checks against the deliberately broken fixture site …");
  const inner = new Results();
  await runSuite({ dist: FIXTURE, browser: o.browser, host: o.host, results: inner, log: () => {}, search: false });
  const key = (c: { check: string; target: string }) => `${c.check} ${c.target}`;
  const outcomes = new Map(inner.all.map((x) => [key(x), x]));
  for (const expected of EXPECTED_FAILURES) {
    const got = outcomes.get(expected);
    const problems = !got
      ? ["the check did not run on this target"]
      : got.status !== "fail"
        ? [`the check ${got.status === "skip" ? `skipped (${got.reason})` : "passed"}: it is blind to this fault`]
        : [];
    o.results.add("self-test", `catches: ${expected}`, problems);
  }
  // False alarms, grouped per check: a checker that fails sound pages is as useless as a blind one.
  const byCheck = new Map<string, string[]>();
  for (const x of inner.all) {
    if (EXPECTED_FAILURES.includes(key(x))) continue;
    const list = byCheck.get(x.check) ?? [];
    if (x.status === "fail") list.push(`false alarm on ${x.target}: ${x.problems.slice(0, 3).join("; ")}`);
    if (x.status === "skip") list.push(`skipped on ${x.target}: ${x.reason}`);
    byCheck.set(x.check, list);
  }
  for (const [check, problems] of byCheck) o.results.add("self-test", `no false alarms: ${check}`, problems);
}
