/** The header policies, as assertions shared by headers.test.ts (the file) and site.test.ts (a build). */
import { expect } from "vitest";
import { cspDirectives } from "../../src/publish/headers.ts";

/**
 * Headers as the hosts send them: a name set by several matching rules arrives comma-joined, so
 * a value with a comma means the name was set twice (two CSPs: both apply, the stricter wins).
 */
type Headers = Record<string, string>;
const values = (h: Headers, name: string): string[] => (h[name] === undefined ? [] : h[name].split(/,\s*/));

export function expectPagePolicy(h: Headers, where: string): void {
  expect(values(h, "content-security-policy"), where).toHaveLength(1);
  const csp = cspDirectives(h["content-security-policy"]);
  expect(csp.get("frame-ancestors"), where).toEqual(["'none'"]);
  expect(values(h, "x-frame-options"), where).toEqual(["DENY"]);
}

export function expectEmbedPolicy(h: Headers, where: string): void {
  expect(h["x-frame-options"], where).toBeUndefined();
  expect(values(h, "content-security-policy"), where).toHaveLength(1);
  const csp = cspDirectives(h["content-security-policy"]);
  expect(csp.get("frame-ancestors"), where).toEqual(["https:"]);
}

/**
 * What every policy shares. `wasm`: the search page and its index may add 'wasm-unsafe-eval'
 * (Pagefind compiles WebAssembly; this allows only that, never eval()); no other page may.
 */
export function expectCommon(h: Headers, where: string, o: { wasm?: boolean } = {}): void {
  expect(values(h, "x-content-type-options"), where).toEqual(["nosniff"]);
  expect(values(h, "referrer-policy"), where).toHaveLength(1);
  for (const value of values(h, "content-security-policy")) {
    const csp = cspDirectives(value);
    expect(value, where).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
    expect(csp.get("script-src"), where).toEqual(expect.arrayContaining(["'self'"]));
    expect(
      csp.get("script-src")!.filter((s) => !s.startsWith("'sha256-")),
      where,
    ).toEqual(o.wasm ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"]);
    expect(
      csp.get("style-src")!.filter((s) => !s.startsWith("'sha256-")),
      where,
    ).toEqual(["'self'"]);
    expect(csp.get("object-src"), where).toEqual(["'none'"]);
    expect(csp.get("base-uri"), where).toEqual(["'self'"]);
  }
}
