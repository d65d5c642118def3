/**
 * What the suite tests, found from the built site itself (pages come and go while the site grows):
 * the pages in the sitemap (or, without one, every index.html), the embed pages, every HTML file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every file under dir (relative paths with forward slashes). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

export function htmlFiles(dist: string): string[] {
  return listFiles(dist).filter((f) => f.endsWith(".html"));
}

/** The site's public origin and base, from the home page's canonical link (null if none). */
export function siteUrl(dist: string): URL | null {
  const home = join(dist, "index.html");
  if (!existsSync(home)) return null;
  const m = /<link[^>]+rel="?canonical"?[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]*rel="?canonical"?/.exec(
    readFileSync(home, "utf8"),
  );
  const href = m?.[1] ?? m?.[2];
  try {
    return href ? new URL(href) : null;
  } catch {
    return null;
  }
}

/** A site path ("/counties/") for a sitemap <loc>, or null when it points elsewhere. */
export function locToPath(loc: string, site: URL | null): string | null {
  try {
    const u = new URL(loc, site ?? "http://site.invalid/");
    if (site && u.origin !== site.origin) return null;
    const base = site?.pathname ?? "/";
    if (!u.pathname.startsWith(base)) return null;
    return `/${u.pathname.slice(base.length)}`;
  } catch {
    return null;
  }
}

export interface Discovery {
  /** Site paths ("/", "/counties/") of the pages to test in the browser. */
  pages: string[];
  /** Site paths of embed pages ("/embed/<id>/"). */
  embeds: string[];
  /** How the pages were found: "sitemap.xml" or "crawl (no sitemap)". */
  source: string;
  /** Sitemap entries whose page does not exist in dist. */
  missing: string[];
}

function readLocs(dist: string, file: string, seen = new Set<string>()): string[] | null {
  const p = join(dist, file);
  if (!existsSync(p) || seen.has(file)) return null;
  seen.add(file);
  const xml = readFileSync(p, "utf8");
  const locs = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, "&"));
  // A sitemap index lists further sitemaps: follow those that live in dist.
  if (/<sitemapindex/.test(xml)) {
    return locs.flatMap((l) => readLocs(dist, new URL(l, "http://x/").pathname.split("/").pop() ?? "", seen) ?? []);
  }
  return locs;
}

/** Site path -> the HTML file serving it, or null. */
export function pathToFile(dist: string, path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]);
  const candidates = clean.endsWith("/") ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  for (const c of candidates) {
    const f = join(dist, c);
    if (existsSync(f) && statSync(f).isFile()) return f;
  }
  return null;
}

export function discover(dist: string): Discovery {
  const site = siteUrl(dist);
  const locs = readLocs(dist, "sitemap.xml") ?? readLocs(dist, "sitemap-index.xml");
  const missing: string[] = [];
  let pages: string[];
  let source: string;
  if (locs) {
    source = "sitemap.xml";
    pages = [];
    for (const loc of locs) {
      const path = locToPath(loc, site);
      if (path === null) continue;
      if (pathToFile(dist, path)) pages.push(path);
      else missing.push(loc);
    }
  } else {
    source = "crawl (no sitemap)";
    pages = htmlFiles(dist)
      .filter((f) => f.endsWith("index.html") && !/^(en\/)?embed\//.test(f))
      .map((f) => `/${f.slice(0, -"index.html".length)}`);
  }
  // Embeds of both editions: /embed/<id>/ and /en/embed/<id>/ (not in the sitemap: noindex).
  const embeds = ["embed", "en/embed"].flatMap((dir) => {
    const embedDir = join(dist, dir);
    return existsSync(embedDir)
      ? readdirSync(embedDir)
          .filter((d) => existsSync(join(embedDir, d, "index.html")))
          .sort()
          .map((d) => `/${dir}/${d}/`)
      : [];
  });
  return { pages: [...new Set(pages)], embeds, source, missing };
}
