/**
 * /feed.xml: an Atom entry per data release (title, date, summary, link to its section of the
 * what's-new page). Linked from every page's head.
 */
import type { APIRoute } from "astro";
import { loadModel } from "../data/load.ts";
import { atom } from "../lib/atom.ts";
import { ui } from "../i18n/ui.ts";
import { siteUrl } from "../lib/paths.ts";

export const GET: APIRoute = ({ site, url }) => {
  const cfg = { site: site?.href ?? "http://localhost/", base: import.meta.env.BASE_URL ?? "/" };
  const { t, d, lang } = ui(url ?? "/");
  const { SITE, RELEASES } = t;
  const prefix = lang === "en" ? "en/" : "";
  const releases = loadModel().history.releases;
  const stamp = (g: string) => `${g}T00:00:00Z`;
  const page = siteUrl(cfg, `${prefix}whats-new/`);
  const body = atom({
    id: siteUrl(cfg, `${prefix}feed.xml`),
    title: `${SITE.name}: ${RELEASES.navLabel}`,
    subtitle: RELEASES.description,
    lang,
    self: siteUrl(cfg, `${prefix}feed.xml`),
    alternate: page,
    author: SITE.name,
    // Deterministic: the newest release's date (not the build time), so rebuilding changes nothing.
    updated: stamp(releases[0]?.gregorian ?? "2000-01-01"),
    entries: releases.map((r) => ({
      id: `${page}#${r.id}`,
      title: `${RELEASES.release(r.id)}${d.sep}${d.date(r.date).main}`,
      updated: stamp(r.gregorian),
      summary: lang === "en" ? r.summary_en : r.summary_fa,
      link: `${page}#${r.id}`,
    })),
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
