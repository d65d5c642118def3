/**
 * The one step after Astro has written the site: cutting the font to the characters the built
 * pages use (font-subset.ts), then finishing `_headers` (base path, hashes of any inline code) and
 * warning about pages the framing rules miss. It reads the built HTML, never the
 * data: pages, endpoints and downloads have all been written from the build's one model.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { finishHeaders, headersFor, inlineBlocks, loadHeaders } from "./headers.ts";
import { subsetSiteFonts } from "./font-subset.ts";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(dir, f));
}

/** URL path of a built HTML file: `charts/x/index.html` -> `/charts/x/`. */
export const pagePath = (root: string, file: string): string =>
  "/" +
  relative(root, file)
    .split("\\")
    .join("/")
    .replace(/(^|\/)index\.html$/, "$1");

/**
 * Completes `_headers` for the base path and any inline code, and warns about pages the framing
 * rules miss (a new top-level section needs its block in public/_headers).
 */
export async function finishHeadersFile(outDir: string, base: string, log: (line: string) => void): Promise<void> {
  const file = join(outDir, "_headers");
  if (!existsSync(file)) {
    log("warning: no _headers in the build (public/_headers missing?)");
    return;
  }
  const scripts: string[] = [];
  const styles: string[] = [];
  const pages = htmlFiles(outDir);
  for (const f of pages) {
    const found = inlineBlocks(readFileSync(f, "utf8"));
    scripts.push(...found.scripts);
    styles.push(...found.styles);
    if (found.styleAttributes)
      log(`warning: ${relative(outDir, f)} has ${found.styleAttributes} style="" attribute(s); the CSP blocks them`);
  }
  if (scripts.length + styles.length)
    log(`allowing ${scripts.length} inline script(s) and ${styles.length} inline style(s) by hash in the CSP`);
  const text = readFileSync(file, "utf8");
  const { rules } = await loadHeaders(file);
  for (const f of pages) {
    const path = pagePath(outDir, f);
    if (/^\/(en\/)?embed\//.test(path)) continue; // embeds of both editions may be framed
    if (!headersFor(rules, path)["x-frame-options"]?.includes("DENY"))
      log(`warning: ${path} gets no X-Frame-Options: DENY; add its section to public/_headers`);
  }
  writeFileSync(file, finishHeaders(text, { base, scriptHashes: scripts, styleHashes: styles }));
}

/** The Astro integration: `astro build` and `npm run build` both finish the headers the same way. */
export function publish(): AstroIntegration {
  let base = "/";
  return {
    name: "lorestan-publish",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const log = (line: string) => (line.startsWith("warning: ") ? logger.warn(line.slice(9)) : logger.info(line));
        // After every page and download is written (it reads their characters), before the headers (which hash inline code).
        await subsetSiteFonts(outDir, log);
        await finishHeadersFile(outDir, base, log);
      },
    },
  };
}
