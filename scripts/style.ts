/**
 * `npm run format` / `npm run format:check` (the check runs in `npm test`): the house style.
 *
 * 1. Prettier formats every source file it knows (TypeScript, JavaScript, CSS, JSON, Markdown,
 *    YAML), with `.prettierrc.json` and `.prettierignore` (data, fixtures and snapshots keep
 *    their own bytes).
 * 2. In `.astro` files Prettier formats the frontmatter (as TypeScript) and the `<style>` blocks
 *    (as CSS) but not the template. The Astro plugin formats template expressions as if they were
 *    React JSX, where a line break is not whitespace; in Astro it is, so the plugin changes what
 *    readers see (withastro/prettier-plugin-astro#308, withastro/astro#12554). Measured here: it
 *    changed the visible text of 74 of 318 pages (`«title »`, `(outlet )`). Template lines are
 *    kept by hand, under the line-length rule below.
 * 3. No line over 140 characters, except where what overflows is one string literal or URL
 *    (prose in the string tables, a link), as ESLint's `max-len` allows with `ignoreStrings` and
 *    `ignoreUrls`. Markdown prose and `public/_headers` (one header per line) are not counted.
 *
 * `--check` lists what differs and exits 1; `--write` rewrites the files in place. File paths
 * after the flags limit either to those files.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import * as prettier from "prettier";
import { ROOT } from "./layers.ts";

export const MAX_LINE = 140;
const CODE = /\.(ts|mjs|js|astro|css)$/;

/** Formats the frontmatter and `<style>` blocks of an Astro file; the template stays as it is. */
export async function formatAstro(text: string, options: prettier.Options): Promise<string> {
  let out = text;
  const front = /^---\n([\s\S]*?)\n---\n/.exec(out);
  if (front) {
    const ts = (await prettier.format(front[1], { ...options, parser: "typescript" })).trimEnd();
    out = `---\n${ts}\n---\n${out.slice(front[0].length)}`;
  }
  const styles = [...out.matchAll(/(<style\b[^>]*>)\n([\s\S]*?)\n?(\s*)<\/style>/g)];
  for (const m of styles.reverse()) {
    const indent = m[3].replace(/\n/g, "") + "  ";
    // Prettier keeps a comment's inner lines as they are: take the block's own indent off first.
    const lines = m[2].split("\n");
    const common = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
    const plain = lines.map((l) => l.slice(Math.min(common, /^ */.exec(l)![0].length))).join("\n");
    const css = (await prettier.format(plain, { ...options, parser: "css" })).trimEnd();
    const body = css
      .split("\n")
      .map((l) => (l ? indent + l : l))
      .join("\n");
    out = out.slice(0, m.index) + `${m[1]}\n${body}\n${m[3].replace(/^\n/, "")}</style>` + out.slice(m.index! + m[0].length);
  }
  return out;
}

/** Lines over the limit, unless what overflows is one string literal or URL. */
export function longLines(text: string, max = MAX_LINE): number[] {
  const out: number[] = [];
  text.split("\n").forEach((line, i) => {
    if ([...line].length <= max) return;
    const literals = line.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`|https?:\/\/\S+/g) ?? [];
    const longest = Math.max(0, ...literals.map((l) => [...l].length));
    if ([...line].length - longest > max) out.push(i + 1);
  });
  return out;
}

/** The files the style covers: tracked and new files, minus what `.prettierignore` names. */
async function files(): Promise<string[]> {
  const listed = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" })
    .split("\n")
    .filter(Boolean);
  const ignorePath = join(ROOT, ".prettierignore");
  const keep: string[] = [];
  for (const f of listed) {
    const info = await prettier.getFileInfo(join(ROOT, f), { ignorePath, plugins: [] });
    if (!info.ignored && (info.inferredParser || f.endsWith(".astro"))) keep.push(f);
  }
  return keep;
}

async function main() {
  const write = process.argv.includes("--write");
  const only = new Set(process.argv.slice(2).filter((a) => !a.startsWith("--")));
  const problems: string[] = [];
  let rewritten = 0;
  for (const f of await files()) {
    if (only.size && !only.has(f)) continue;
    const path = join(ROOT, f);
    const text = readFileSync(path, "utf8");
    const options = { ...(await prettier.resolveConfig(path)), filepath: path };
    const formatted = f.endsWith(".astro") ? await formatAstro(text, options) : await prettier.format(text, options);
    if (formatted !== text) {
      if (write) {
        writeFileSync(path, formatted);
        rewritten++;
      } else problems.push(`${f}: not formatted (run npm run format)`);
    }
    if (CODE.test(f)) for (const n of longLines(formatted)) problems.push(`${f}:${n}: line over ${MAX_LINE} characters`);
  }
  if (write) console.log(`style: ${rewritten} file(s) formatted`);
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`style: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log("style: every file formatted, no line over " + MAX_LINE + " characters");
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
