/**
 * One built page as the search indexer needs it, read in a single streaming pass of htmlparser2
 * (the tokenizer linkedom itself uses) without building a DOM: building linkedom's DOM of every
 * page took most of the indexing time and memory once tables grew with the data.
 *
 * The indexed element is the first `<main>` (else `<body>`); its text nodes are those outside
 * script, style, svg, template and noscript, exactly the nodes linkedom would give (one per
 * tokenizer text event, entities decoded). With `rewrite`, the page comes back with each such text
 * node replaced (escaped again), `data-pagefind-body` on the indexed element and `extra` markup as
 * its last children; everything else is the page's own bytes.
 */
import { Parser } from "htmlparser2";

const SKIP = new Set(["script", "style", "svg", "template", "noscript"]);
/** Elements whose text linkedom wrote back as the tokenizer gave it, never escaped (its TextElement): kept so. */
const RAW_TEXT = new Set(["textarea", "title"]);

export interface ScannedPage {
  /** Always true: a page without <main> or <body> is indexed as an empty body, as linkedom made it. */
  found: boolean;
  /** Text of the first h1 inside the indexed element, else of the first title element (both trimmed). */
  h1?: string;
  title?: string;
  /** The rewritten page (with `rewrite`). */
  html?: string;
}

export interface ScanOptions {
  /** Called with each indexed text node (decoded); with `rewrite`, its result replaces the node. */
  text: (value: string) => string;
  rewrite?: { extra: string };
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
export const escapeAttr = (s: string) => escapeText(s).replace(/"/g, "&quot;");

export function scanPage(html: string, opts: ScanOptions): ScannedPage {
  const container = /<main[\s>]/i.test(html) ? "main" : "body";
  const out: string[] = [];
  let copied = 0;
  let found = false;
  let depth = 0; // open elements inside the indexed one (itself included)
  let done = false;
  const open: string[] = []; // names of the open elements inside the indexed one
  let skipping = 0;
  let h1: string | undefined;
  let h1Depth = 0; // depth at which the first h1 opened; 0 when not inside it
  let title: string | undefined;
  let inTitle = 0;
  let titleDone = false;
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (name === "title" && !titleDone) {
          inTitle++;
          title ??= "";
        }
        if (depth === 0) {
          if (done || name !== container) return;
          found = true;
          depth = 1;
          if (opts.rewrite) {
            // Before the ">" (or "/>") that ends the open tag.
            const end = html[parser.endIndex - 1] === "/" ? parser.endIndex - 1 : parser.endIndex;
            out.push(html.slice(copied, end), ' data-pagefind-body=""');
            copied = end;
          }
          return;
        }
        depth++;
        open.push(name);
        if (SKIP.has(name)) skipping++;
        if (name === "h1" && h1 === undefined) {
          h1 = "";
          h1Depth = depth;
        }
      },
      ontext(value) {
        if (inTitle) title += value;
        if (depth === 0) return;
        if (h1Depth && depth >= h1Depth) h1 += value;
        if (skipping) return;
        const next = opts.text(value);
        // A textarea or title: its text as given (htmlparser2 does not decode it), as linkedom wrote it.
        const raw = RAW_TEXT.has(open[open.length - 1]);
        if (opts.rewrite && (raw || next !== value)) {
          out.push(html.slice(copied, parser.startIndex), raw ? next : escapeText(next));
          copied = parser.endIndex + 1;
        }
      },
      onclosetag(name) {
        if (name === "title" && inTitle) {
          inTitle--;
          if (!inTitle) titleDone = true;
        }
        if (depth === 0) return;
        if (h1Depth && depth === h1Depth) h1Depth = 0;
        depth--;
        if (depth === 0) {
          done = true;
          if (opts.rewrite) {
            out.push(html.slice(copied, parser.startIndex), opts.rewrite.extra);
            copied = parser.startIndex;
          }
          return;
        }
        if (SKIP.has(open.pop()!)) skipping--;
      },
    },
    { lowerCaseAttributeNames: false, decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  // No <main> and no <body>: linkedom made an empty body, and the page was indexed with no text.
  const result: ScannedPage = { found: true, h1: h1?.trim(), title: title?.trim() };
  if (opts.rewrite) {
    if (found) out.push(html.slice(copied));
    else {
      const end = html.search(/<\/html\s*>\s*$/i);
      const at = end < 0 ? html.length : end;
      out.push(html.slice(0, at), `<body data-pagefind-body="">${opts.rewrite.extra}</body>`, html.slice(at));
    }
    result.html = out.join("");
  }
  return result;
}
