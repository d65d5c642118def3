/**
 * One built page as the search indexer needs it, read in a single streaming pass of htmlparser2
 * (the tokenizer linkedom itself uses) without building a DOM: building linkedom's DOM of every
 * page took most of the indexing time and memory once tables grew with the data.
 *
 * The indexed element is the first `<main>` (else `<body>`); its text nodes are those outside
 * script, style, svg, template and noscript, exactly the nodes linkedom would give (one per
 * tokenizer text event, entities decoded). With `rewrite`, the page comes back with each such text
 * node replaced (escaped again), `data-pagefind-body` on the indexed element and `extra` markup as
 * its last children; everything else is the page's own bytes, except the content of the elements
 * `drop` picks (lists whose text the index holds from another page), which is left out.
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
  /** Elements inside the indexed one whose content is neither indexed nor passed on (their tags stay). */
  drop?: (name: string, attributes: Record<string, string>) => boolean;
}

/**
 * Where each figure's row is indexed once it has no record of its own (past RECORDS_MAX): the
 * dashboards' "all figures" pages, which list every figure of their theme. The site lists each
 * figure three more times (its county-year table, under its source, under its timeline entry): on
 * every other page those lists (isFigureList) are left out of the index, their headings and text
 * kept, so the index holds each figure once per edition. At 10^5 figures Pagefind took over 3 GB
 * with all four lists; the index a reader downloads shrinks alike.
 */
export const FIGURE_PAGES = /^\/(cooperatives|investment|jobs|iran)\/figures\//;

/** A list of figures shown on another page too: the figures under a source or a timeline entry, a figure's table row. */
export const isFigureList = (name: string, attributes: Record<string, string>): boolean =>
  (name === "ul" && /(^|\s)source-figures(\s|$)/.test(attributes.class ?? "")) ||
  (name === "tr" && (attributes.id ?? "").startsWith("obs-"));

/**
 * A copy of `s` that does not hold on to the string it was cut from. The parser's text nodes are
 * slices of the whole page; V8 keeps the page alive as long as any slice lives, so a title or a
 * cache key kept from every page kept every page (gigabytes at 10^5 figures).
 */
export const own = (s: string): string => (" " + s).slice(1);

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
  let dropDepth = 0; // depth of the dropped element being read; 0 when none
  let h1: string | undefined;
  let h1Depth = 0; // depth at which the first h1 opened; 0 when not inside it
  let title: string | undefined;
  let inTitle = 0;
  let titleDone = false;
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
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
        if (!dropDepth && opts.drop?.(name, attributes)) {
          dropDepth = depth;
          if (opts.rewrite) {
            out.push(html.slice(copied, parser.endIndex + 1));
            copied = parser.endIndex + 1;
          }
        }
        if (name === "h1" && h1 === undefined && !dropDepth) {
          h1 = "";
          h1Depth = depth;
        }
      },
      ontext(value) {
        if (inTitle) title += value;
        if (depth === 0) return;
        if (dropDepth) return;
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
        if (dropDepth === depth) {
          dropDepth = 0;
          // Its content left out; its end tag (if written) kept.
          // (An end tag implied by the next start tag or by the parent's end tag: cut up to that tag;
          // a void element has no content: nothing to cut.)
          if (opts.rewrite) copied = Math.max(copied, parser.startIndex);
        }
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
  const result: ScannedPage = {
    found: true,
    h1: h1 === undefined ? undefined : own(h1.trim()),
    title: title === undefined ? undefined : own(title.trim()),
  };
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
