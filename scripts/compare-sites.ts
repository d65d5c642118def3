/**
 * `node --import tsx scripts/compare-sites.ts OLD_DIST NEW_DIST`: what a reader would notice
 * between two builds. Lists pages and files added or removed, HTML pages whose visible text
 * differs (tags, scripts and styles stripped, whitespace collapsed), and other files whose bytes
 * differ (CSV, JSON, SVG; PNGs are compared by size only). Exit 1 when anything differs.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const files = (dir: string) =>
  new Set(readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => !f.startsWith("_astro/") && /\.\w+$/.test(f)));

/** The text of a page as read: no markup, no script or style, entities as characters. */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: «${a.slice(Math.max(0, i - 40), i + 60)}» vs «${b.slice(Math.max(0, i - 40), i + 60)}»`;
}

function main(): number {
  const [oldDir, newDir] = process.argv.slice(2);
  if (!oldDir || !newDir) {
    console.error("usage: compare-sites.ts OLD_DIST NEW_DIST");
    return 2;
  }
  const a = files(oldDir);
  const b = files(newDir);
  let differences = 0;
  const report = (line: string) => {
    differences++;
    console.log(line);
  };
  for (const f of a) if (!b.has(f)) report(`removed: ${f}`);
  for (const f of b) if (!a.has(f)) report(`added: ${f}`);
  let pages = 0;
  for (const f of [...a].filter((x) => b.has(x)).sort()) {
    const x = readFileSync(join(oldDir, f));
    const y = readFileSync(join(newDir, f));
    if (f.endsWith(".html")) {
      pages++;
      const [tx, ty] = [pageText(x.toString("utf8")), pageText(y.toString("utf8"))];
      if (tx !== ty) report(`text differs: ${f} ${firstDifference(tx, ty)}`);
    } else if (f.endsWith(".png")) {
      if (Math.abs(x.length - y.length) > x.length * 0.02) report(`png size differs: ${f} ${x.length} -> ${y.length}`);
    } else if (!x.equals(y)) report(`bytes differ: ${f}`);
  }
  console.log(`${pages} pages compared, ${differences} difference(s)`);
  return differences ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
