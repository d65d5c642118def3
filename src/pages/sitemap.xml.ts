/// <reference types="vite/client" />
/**
 * sitemap.xml: every HTML page of the site. Pages are found from the page files themselves
 * (static routes as they are, dynamic routes through their own getStaticPaths), so a new page is
 * listed without touching this file. Embeds (noindex) and the 404 page are left out.
 */
import type { APIRoute } from "astro";
import { href } from "../lib/paths.ts";

type PageModule = { getStaticPaths?: (opts: { paginate: () => never; routePattern: string }) => unknown };

const pages = import.meta.glob<PageModule>("./**/*.{astro,md,mdx}");

/** Route files that are not indexable pages. */
const EXCLUDED = [/(^|\/)404\.astro$/, /(^|\/)500\.astro$/, /(^|\/)embed(\/|\.|$)/, /(^|\/)_/];

/** `./counties/[id]/[year].astro` + params -> `counties/borujerd/1404/`. */
export function routeToPath(file: string, params: Record<string, string | number | undefined> = {}): string {
  let route = file
    .replace(/^\.\//, "")
    .replace(/\.(astro|md|mdx)$/, "")
    .replace(/(^|\/)index$/, "");
  route = route.replace(/\[\.\.\.(\w+)\]/g, (_, k) => String(params[k] ?? "")).replace(/\[(\w+)\]/g, (_, k) => String(params[k]));
  route = route.replace(/\/+/g, "/").replace(/^\//, "");
  return route === "" ? "" : `${route.replace(/\/$/, "")}/`;
}

export async function sitePaths(): Promise<string[]> {
  const out = new Set<string>();
  for (const [file, load] of Object.entries(pages)) {
    if (EXCLUDED.some((re) => re.test(file))) continue;
    if (!/\[/.test(file)) {
      out.add(routeToPath(file));
      continue;
    }
    const mod = await load();
    const paths = (await mod.getStaticPaths?.({
      paginate: () => {
        throw new Error("paginate is not supported in the sitemap");
      },
      routePattern: file,
    })) as { params: Record<string, string> }[] | undefined;
    for (const p of (paths ?? []).flat()) out.add(routeToPath(file, p.params));
  }
  return [...out].sort();
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL("http://localhost/");
  const paths = await sitePaths();
  const all = new Set(paths);
  // Each page with its twin in the other edition as hreflang alternates (x-default: the Persian page).
  const loc = (p: string) => escapeXml(new URL(href(p), base).href);
  const urls = paths.map((p) => {
    const fa = p.replace(/^en\//, "");
    const en = `en/${fa}`;
    const alt =
      all.has(fa) && all.has(en)
        ? [
            `<xhtml:link rel="alternate" hreflang="fa" href="${loc(fa)}"/>`,
            `<xhtml:link rel="alternate" hreflang="en" href="${loc(en)}"/>`,
            `<xhtml:link rel="alternate" hreflang="x-default" href="${loc(fa)}"/>`,
          ].join("")
        : "";
    return `  <url><loc>${loc(p)}</loc>${alt}</url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
