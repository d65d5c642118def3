/** robots.txt: everything may be indexed; the sitemap is named with the site's full address. */
import type { APIRoute } from "astro";
import { href } from "../lib/paths.ts";

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href("sitemap.xml"), site ?? new URL("http://localhost/")).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
