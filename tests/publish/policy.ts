/** The header policies, as assertions shared by headers.test.ts (the file) and site.test.ts (a build). */
import { expect } from "vitest";
import { cspDirectives } from "../../src/publish/headers.ts";

export function expectPagePolicy(h: Map<string, string[]>, where: string): void {
  expect(h.get("content-security-policy"), where).toHaveLength(1);
  const csp = cspDirectives(h.get("content-security-policy")![0]);
  expect(csp.get("frame-ancestors"), where).toEqual(["'none'"]);
  expect(h.get("x-frame-options"), where).toEqual(["DENY"]);
}

export function expectEmbedPolicy(h: Map<string, string[]>, where: string): void {
  expect(h.get("x-frame-options"), where).toBeUndefined();
  expect(h.get("content-security-policy"), where).toHaveLength(1);
  const csp = cspDirectives(h.get("content-security-policy")![0]);
  expect(csp.get("frame-ancestors"), where).toEqual(["https:"]);
}

/**
 * What every policy shares. `wasm`: the search page and its index may add 'wasm-unsafe-eval'
 * (Pagefind compiles WebAssembly; this allows only that, never eval()); no other page may.
 */
export function expectCommon(h: Map<string, string[]>, where: string, o: { wasm?: boolean } = {}): void {
  expect(h.get("x-content-type-options"), where).toEqual(["nosniff"]);
  expect(h.get("referrer-policy"), where).toHaveLength(1);
  for (const value of h.get("content-security-policy") ?? []) {
    const csp = cspDirectives(value);
    expect(value, where).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
    expect(csp.get("script-src"), where).toEqual(expect.arrayContaining(["'self'"]));
    expect(csp.get("script-src")!.filter((s) => !s.startsWith("'sha256-")), where).toEqual(o.wasm ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"]);
    expect(csp.get("style-src")!.filter((s) => !s.startsWith("'sha256-")), where).toEqual(["'self'"]);
    expect(csp.get("object-src"), where).toEqual(["'none'"]);
    expect(csp.get("base-uri"), where).toEqual(["'self'"]);
  }
}
