/**
 * public/_headers: strict CSP without 'unsafe-inline', no framing of pages, framing of embeds by
 * any https site, nosniff and a Referrer-Policy, evaluated the way Netlify and Cloudflare Pages
 * do it (every matching rule applies, repeated names accumulate). site.test.ts checks the same
 * for every page of a real build.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { finishHeaders, headersFor, inlineBlocks, parseHeaders, type HeaderRule } from "../../src/publish/headers.ts";
import { ROOT } from "./fixture.ts";
import { expectCommon, expectEmbedPolicy, expectPagePolicy } from "./policy.ts";

const text = readFileSync(join(ROOT, "public/_headers"), "utf8");
let rules: HeaderRule[];
let errors: string[];
beforeAll(async () => {
  ({ rules, errors } = await parseHeaders(text));
});

/** Does a one-rule `_headers` file give `path` its header? (Netlify's own matcher.) */
async function ruleMatches(pattern: string, path: string): Promise<boolean> {
  const { rules: one } = await parseHeaders(`${pattern}\n  X-Test: 1\n`);
  return headersFor(one, path)["x-test"] === "1";
}

/** Sections of the site as the NAV and the press kit define them (plus the home page). */
const PAGES = [
  "/",
  "/index.html",
  "/404.html",
  "/charts/",
  "/charts/active-coops/",
  "/data/",
  "/cooperatives/",
  "/investment/",
  "/jobs/",
  "/iran/",
  "/counties/",
  "/counties/x/",
  "/sources/",
  "/timeline/",
  "/methodology/",
];

describe("public/_headers", () => {
  it("parses into rules with headers, without errors", () => {
    expect(errors).toEqual([]);
    expect(rules.length).toBeGreaterThan(5);
    for (const r of rules) expect(Object.keys(r.values).length, r.path).toBeGreaterThan(0);
  });

  it.each(PAGES)("%s: page CSP with frame-ancestors 'none', X-Frame-Options DENY, nosniff", (path) => {
    const h = headersFor(rules, path);
    expectPagePolicy(h, path);
    expectCommon(h, path);
  });

  it.each(["/embed/active-coops/", "/embed/active-coops/index.html", "/embed/x/"])(
    "%s: framable by https sites, no DENY inherited",
    (path) => {
      const h = headersFor(rules, path);
      expectEmbedPolicy(h, path);
      expectCommon(h, path);
    },
  );

  it.each(["/search/", "/search/?q=x", "/pagefind/pagefind-worker.js"])(
    "%s: the page policy plus 'wasm-unsafe-eval' (Pagefind), nothing looser",
    (path) => {
      const h = headersFor(rules, path.split("?")[0]);
      expectPagePolicy(h, path);
      expectCommon(h, path, { wasm: true });
    },
  );

  it("sends nosniff with the scripts other sites load (the host script, the height poster)", () => {
    for (const path of ["/embed-host.js", "/scripts/embed-height.js", "/scripts/copy.js"]) expectCommon(headersFor(rules, path), path);
  });

  it("no rule both matches an embed and sets framing headers (the merge trap)", () => {
    for (const r of rules) {
      if (!r.match.test("/embed/x/")) continue;
      const names = Object.keys(r.values).map((n) => n.toLowerCase());
      if (r.path !== "/embed/*") expect(names, r.path).not.toContain("content-security-policy");
      expect(names, r.path).not.toContain("x-frame-options");
    }
  });
});

describe("header helpers", () => {
  it("matches paths like Netlify (splat, placeholder, exact)", async () => {
    expect(await ruleMatches("/*", "/anything/at/all")).toBe(true);
    expect(await ruleMatches("/charts/*", "/charts/")).toBe(true);
    expect(await ruleMatches("/charts/*", "/charts/a/b.png")).toBe(true);
    expect(await ruleMatches("/charts/*", "/data/")).toBe(false);
    expect(await ruleMatches("/", "/")).toBe(true);
    expect(await ruleMatches("/", "/x/")).toBe(false);
    expect(await ruleMatches("/:section/x", "/a/x")).toBe(true);
    expect(await ruleMatches("/:section/x", "/a/b/x")).toBe(false);
    expect(await ruleMatches("/a.b", "/aXb")).toBe(false);
  });

  it("joins a name set by several matching rules, as the hosts merge them", async () => {
    const { rules: two } = await parseHeaders("/*\n  Cache-Control: no-cache\n/charts/*\n  Cache-Control: max-age=60\n");
    expect(headersFor(two, "/charts/x/")["cache-control"]).toBe("no-cache, max-age=60");
    expect(headersFor(two, "/data/")["cache-control"]).toBe("no-cache");
  });

  // Expected hashes computed independently: node -e "crypto.createHash('sha256').update(s).digest('base64')"
  it("finds inline scripts and styles (as CSP hashes) and style attributes, not external scripts or text", () => {
    const html = `<head><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script><style>a{color:red}</style></head>
      <body><script>alert(1)</script><p style="color:red">x</p><textarea>&lt;p style="x"&gt; <script src="y"></script></textarea></body>`;
    const found = inlineBlocks(html);
    expect(found.scripts).toEqual(["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]);
    expect(found.styles).toEqual(["'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs='"]);
    expect(found.styleAttributes).toBe(1);
  });

  it("prefixes rule paths with the base path and adds hashes to script-src and style-src", () => {
    const out = finishHeaders(
      "# c\n/*\n  X-A: 1\n/embed/*\n  Content-Security-Policy: script-src 'self'; style-src 'self'; frame-ancestors https:\n",
      {
        base: "/repo/",
        scriptHashes: ["'sha256-a'", "'sha256-a'"],
        styleHashes: ["'sha256-b'"],
      },
    );
    expect(out).toBe(
      "# c\n/repo/*\n  X-A: 1\n/repo/embed/*\n  Content-Security-Policy: script-src 'self' 'sha256-a'; style-src 'self' 'sha256-b'; frame-ancestors https:\n",
    );
    expect(finishHeaders(text, { base: "/", scriptHashes: [], styleHashes: [] })).toBe(text);
  });
});
