/**
 * The `_headers` file (Netlify and Cloudflare Pages): read with Netlify's own parser
 * (@netlify/headers-parser, the host's code rather than a guess at its rules), answered per path
 * the way the hosts do (every matching rule applies; a name set by several rules is comma-joined),
 * and finished at build time: rule paths get the site's base path, and the CSP gets the hash of
 * any inline <script> or <style> in the built pages (there should be none). The build and every
 * server in the tests use this one reader.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAllHeaders } from "@netlify/headers-parser";

export interface HeaderRule {
  /** The path pattern as written (`/charts/*`, `/:section/x`, `/`). */
  path: string;
  /** Netlify's matcher for it (case-insensitive; a trailing slash is optional). */
  match: RegExp;
  /** Header names as written, values of a name repeated within the rule comma-joined. */
  values: Record<string, string>;
}

/** Reads a `_headers` file. Lines Netlify cannot read are returned as errors, not thrown. */
export async function loadHeaders(file: string): Promise<{ rules: HeaderRule[]; errors: string[] }> {
  const { headers, errors } = await parseAllHeaders({ headersFiles: [file], configHeaders: undefined, minimal: false });
  const rules = headers.map((h) => ({ path: h.for, match: "forRegExp" in h ? h.forRegExp : new RegExp("$^"), values: h.values }));
  return { rules, errors: errors.map((e) => e.message) };
}

/** Reads `_headers` text (tests and the build's own check) through the same parser. */
export async function parseHeaders(text: string): Promise<{ rules: HeaderRule[]; errors: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "headers-"));
  try {
    writeFileSync(join(dir, "_headers"), text);
    return await loadHeaders(join(dir, "_headers"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every header a path receives: lower-cased names, a name set by several rules comma-joined. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    if (!r.match.test(path)) continue;
    for (const [name, value] of Object.entries(r.values)) {
      const k = name.toLowerCase();
      out[k] = out[k] ? `${out[k]}, ${value}` : value;
    }
  }
  return out;
}

/** The directives of a CSP value: `script-src 'self'` -> ["script-src", ["'self'"]]. */
export function cspDirectives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

const sha256 = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

export interface InlineFound {
  scripts: string[];
  styles: string[];
  /** Elements with a style="" attribute (cannot be allowed by a hash without 'unsafe-hashes'). */
  styleAttributes: number;
}

/** Inline <script> (without src) and <style> blocks of one HTML page, as CSP hash sources. */
export function inlineBlocks(html: string): InlineFound {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs, body]) => !/\bsrc\s*=/.test(attrs) && !/type\s*=\s*["']?application\/(ld\+)?json/i.test(attrs) && body.trim())
    .map(([, , body]) => sha256(body));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body]) => sha256(body));
  // Only style attributes on elements of the page, not the text "style=" inside a textarea.
  const withoutText = html.replace(/<textarea\b[\s\S]*?<\/textarea>/gi, "");
  const styleAttributes = [...withoutText.matchAll(/<[a-z][^>]*\sstyle\s*=/gi)].length;
  return { scripts, styles, styleAttributes };
}

/** Adds base path and hashes to every rule; the file's comments and order are kept. */
export function finishHeaders(text: string, o: { base: string; scriptHashes: string[]; styleHashes: string[] }): string {
  const prefix = o.base.replace(/\/+$/, "");
  return text
    .split(/\r?\n/)
    .map((line) => {
      if (line.startsWith("/") && prefix) return prefix + line;
      const m = line.match(/^(\s+Content-Security-Policy:\s*)(.*)$/i);
      if (!m) return line;
      const extra: Record<string, string[]> = { "script-src": o.scriptHashes, "style-src": o.styleHashes };
      const directives = m[2].split(";").map((d) => {
        const name = d.trim().split(/\s+/)[0];
        return extra[name]?.length ? `${d.trimEnd()} ${[...new Set(extra[name])].join(" ")}` : d;
      });
      return m[1] + directives.join(";");
    })
    .join("\n");
}
