/**
 * The `_headers` file (Netlify and Cloudflare Pages): reading it, answering "which headers does
 * this path get" the way those hosts do (every matching rule applies; repeated names are merged),
 * and finishing it at build time: rule paths get the site's base path, and the CSP gets the hash
 * of any inline <script> or <style> that ended up in the built pages (there should be none).
 */
import { createHash } from "node:crypto";

export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** Parses the `_headers` format: a path line, then indented `Name: value` lines; `#` comments. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith("#")) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: raw.trim(), headers: [] });
      continue;
    }
    const m = raw.trim().match(/^([A-Za-z0-9-]+):\s*(.*)$/);
    if (!m || !rules.length) throw new Error(`_headers: cannot read line: ${raw}`);
    rules.at(-1)!.headers.push([m[1], m[2]]);
  }
  return rules;
}

/** Does a rule path (`/charts/*`, `/:section/x`, `/`) match a request path? */
export function ruleMatches(rulePath: string, path: string): boolean {
  const re = rulePath
    .split(/(\*|:[A-Za-z]+)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${re}$`).test(path);
}

/** Every header a path receives, lower-cased names, values of repeated names kept apart. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rules) {
    if (!ruleMatches(r.path, path)) continue;
    for (const [name, value] of r.headers) out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), value]);
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
