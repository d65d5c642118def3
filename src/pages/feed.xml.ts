/**
 * /feed.xml: an Atom entry per data release (title, date, summary, link to its section of the
 * what's-new page). Linked from every page's head.
 */
import type { APIRoute } from "astro";
import { loadModel } from "../data/load.ts";
import { atom } from "../lib/atom.ts";
import { faJalali } from "../lib/format.ts";
import { siteUrl } from "../lib/paths.ts";
import { RELEASES } from "../i18n/releases.ts";
import { SITE } from "../i18n/fa.ts";

export const GET: APIRoute = ({ site }) => {
  const cfg = { site: site?.href ?? "http://localhost/", base: import.meta.env.BASE_URL ?? "/" };
  const releases = loadModel().history.releases;
  const stamp = (g: string) => `${g}T00:00:00Z`;
  const page = siteUrl(cfg, "whats-new/");
  const body = atom({
    id: siteUrl(cfg, "feed.xml"),
    title: `${SITE.name}: ${RELEASES.navLabel}`,
    subtitle: RELEASES.description,
    lang: "fa",
    self: siteUrl(cfg, "feed.xml"),
    alternate: page,
    author: SITE.name,
    // Deterministic: the newest release's date (not the build time), so rebuilding changes nothing.
    updated: stamp(releases[0]?.gregorian ?? "2000-01-01"),
    entries: releases.map((r) => ({
      id: `${page}#${r.id}`,
      title: `${RELEASES.release(r.id)}، ${faJalali(r.date)}`,
      updated: stamp(r.gregorian),
      summary: r.summary_fa,
      link: `${page}#${r.id}`,
    })),
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
