/**
 * Development server only: when the data folder is invalid, every page answers with the
 * validator's messages in a plain page of the site's own layout (status 500), readable without
 * JavaScript, instead of Astro's script-driven error overlay. Loaded by astro.config.mjs through
 * Vite (so it may import TypeScript); never part of the built site.
 */
import { DataError, dataDir, loadModel } from "../data/load.ts";
import { DEV_INVALID } from "../i18n/dev.ts";
import { SITE } from "../i18n/fa.ts";
import { escapeXml } from "../lib/xml.ts";

/** The validator's messages when the data is invalid, else undefined (uses the model cache). */
export function dataProblems(): string[] | undefined {
  try {
    loadModel();
    return undefined;
  } catch (e) {
    if (e instanceof DataError) return e.messages;
    throw e;
  }
}

/** The whole HTML page listing the problems. */
export function invalidDataPage(messages: string[], stylesheet: string): string {
  const items = messages.map((m) => `<li><code dir="ltr">${escapeXml(m)}</code></li>`).join("\n");
  return `<!doctype html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(DEV_INVALID.title)} | ${escapeXml(SITE.name)}</title>
<link rel="stylesheet" href="${escapeXml(stylesheet)}">
<style>.dev-problems code { white-space: pre-wrap; overflow-wrap: anywhere; display: block; }</style>
</head>
<body>
<header class="site-header"><div class="inner"><a class="brand" href="/">${escapeXml(SITE.name)}</a></div></header>
<main id="main">
<h1>${escapeXml(DEV_INVALID.title)}</h1>
<p>${escapeXml(DEV_INVALID.lead)}</p>
<p>${escapeXml(DEV_INVALID.folder)}: <code dir="ltr">${escapeXml(dataDir())}</code></p>
<h2>${escapeXml(DEV_INVALID.count(messages.length))}</h2>
<ol class="dev-problems">
${items}
</ol>
<p>${escapeXml(DEV_INVALID.fix)}</p>
</main>
</body>
</html>
`;
}
