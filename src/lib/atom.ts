/**
 * An Atom 1.0 feed (RFC 4287) as text: feed id, title, updated, self and alternate links, and an
 * entry per item with id, title, updated, summary and link. Every text is XML-escaped.
 */
import { escapeXml } from "./xml.ts";

export interface AtomEntry {
  id: string;
  title: string;
  /** RFC 3339, e.g. `2026-12-01T00:00:00Z`. */
  updated: string;
  summary: string;
  link: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  lang: string;
  self: string;
  alternate: string;
  author: string;
  updated: string;
  entries: AtomEntry[];
}

export function atom(feed: AtomFeed): string {
  const e = escapeXml;
  const entries = feed.entries.map(
    (x) => `  <entry>
    <id>${e(x.id)}</id>
    <title>${e(x.title)}</title>
    <updated>${e(x.updated)}</updated>
    <link rel="alternate" type="text/html" href="${e(x.link)}"/>
    <summary>${e(x.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>
${feed.subtitle ? `  <subtitle>${e(feed.subtitle)}</subtitle>\n` : ""}  <updated>${e(feed.updated)}</updated>
  <author><name>${e(feed.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>
${entries.join("\n")}
</feed>
`;
}
