/**
 * Across every HTML file in the build: internal links, assets and anchors resolve, and every
 * download is a file of the type its name says (checked by its bytes, not its name).
 */
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { htmlFiles, locToPath, pathToFile, siteUrl } from "../lib/site.ts";

/** Extensions a reader downloads (a link to one is a download link even without `download`). */
export const DOWNLOAD_EXT = new Set([
  ".csv",
  ".json",
  ".geojson",
  ".svg",
  ".png",
  ".jpg",
  ".jpeg",
  ".webp",
  ".pdf",
  ".zip",
  ".xlsx",
  ".txt",
  ".xml",
]);

type Ref = { attr: string; value: string; download: boolean; tag: string };

/** Every URL an HTML document points to (links, assets, images, frames, social metadata). */
function refsOf(html: string): { refs: Ref[]; ids: Set<string>; alternates: Map<string, string> } {
  const { document } = parseHTML(html);
  const refs: Ref[] = [];
  const add = (tag: string, attr: string, value: string | null, download = false) => {
    if (value && value.trim()) refs.push({ tag, attr, value: value.trim(), download });
  };
  for (const a of document.querySelectorAll("a[href], area[href]"))
    add(a.localName, "href", a.getAttribute("href"), a.hasAttribute("download"));
  for (const l of document.querySelectorAll("link[href]")) {
    const rel = (l.getAttribute("rel") ?? "").toLowerCase();
    if (/\b(preconnect|dns-prefetch)\b/.test(rel)) continue;
    add(`link[rel=${rel}]`, "href", l.getAttribute("href"));
  }
  for (const e of document.querySelectorAll("img[src], script[src], iframe[src], source[src], video[src], audio[src], embed[src]"))
    add(e.localName, "src", e.getAttribute("src"));
  for (const e of document.querySelectorAll("img[srcset], source[srcset]")) {
    for (const part of (e.getAttribute("srcset") ?? "").split(",")) add(e.localName, "srcset", part.trim().split(/\s+/)[0]);
  }
  for (const e of document.querySelectorAll("object[data]")) add("object", "data", e.getAttribute("data"));
  for (const e of document.querySelectorAll("use[href], image[href]")) add(e.localName, "href", e.getAttribute("href"));
  for (const m of document.querySelectorAll('meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]'))
    add("meta", "content", m.getAttribute("content"));
  const ids = new Set<string>();
  for (const e of document.querySelectorAll("[id]")) ids.add(e.getAttribute("id")!);
  for (const e of document.querySelectorAll("a[name]")) ids.add(e.getAttribute("name")!);
  // hreflang -> address of each language edition of this page (fa, en, x-default).
  const alternates = new Map<string, string>();
  for (const l of document.querySelectorAll("link[rel='alternate'][hreflang]"))
    alternates.set(l.getAttribute("hreflang")!, l.getAttribute("href") ?? "");
  return { refs, ids, alternates };
}

/** Is the file what its extension says? Looks at the bytes. */
export function checkFileType(file: string, bytes: Buffer): string | null {
  const ext = extname(file).toLowerCase();
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const utf8 = () => {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
    } catch {
      return null;
    }
  };
  const looksHtml = (t: string) => /^\s*(<!doctype html|<html)/i.test(t);
  switch (ext) {
    case ".png":
      return starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && bytes.subarray(12, 16).toString("latin1") === "IHDR"
        ? null
        : "not a PNG (bad signature)";
    case ".jpg":
    case ".jpeg":
      return starts([0xff, 0xd8, 0xff]) ? null : "not a JPEG";
    case ".webp":
      return bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP"
        ? null
        : "not a WebP";
    case ".pdf":
      return bytes.subarray(0, 5).toString("latin1") === "%PDF-" ? null : "not a PDF";
    case ".zip":
    case ".xlsx":
      return starts([0x50, 0x4b, 0x03, 0x04]) ? null : "not a ZIP container";
    case ".svg": {
      const t = utf8();
      if (t === null) return "SVG is not valid UTF-8";
      const body = t.replace(/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*/, "");
      if (!body.startsWith("<svg")) return `SVG does not start with <svg (starts "${body.slice(0, 30)}")`;
      if (!/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(body.slice(0, body.indexOf(">")))) return "standalone SVG without xmlns";
      if (/&(nbsp|zwnj|rlm|lrm);/.test(t)) return "SVG uses HTML entities (not defined in XML)";
      if (!/<\/svg>\s*$/.test(t)) return "SVG is not closed";
      return null;
    }
    case ".json":
    case ".geojson": {
      const t = utf8();
      if (t === null) return "JSON is not valid UTF-8";
      try {
        JSON.parse(t);
        return null;
      } catch (e) {
        return `not JSON: ${(e as Error).message}`;
      }
    }
    case ".csv": {
      const t = utf8();
      if (t === null) return "CSV is not valid UTF-8";
      if (looksHtml(t)) return "CSV file holds HTML";
      const parsed = Papa.parse<string[]>(t.trim(), { skipEmptyLines: true });
      if (parsed.errors.length) return `CSV does not parse: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`;
      if (parsed.data.length < 1) return "CSV is empty";
      const width = parsed.data[0].length;
      const bad = parsed.data.findIndex((row) => row.length !== width);
      return bad >= 0 ? `CSV row ${bad + 1} has ${parsed.data[bad].length} cells, the header ${width}` : null;
    }
    case ".txt":
    case ".xml": {
      const t = utf8();
      if (t === null) return "not valid UTF-8 text";
      if (looksHtml(t)) return "text file holds HTML";
      if (ext === ".xml" && !t.trimStart().startsWith("<")) return "not XML";
      return null;
    }
    default:
      return null;
  }
}

export interface LinkReport {
  /** HTML file (relative to dist) -> problems with its links. */
  links: Map<string, string[]>;
  /** Download file (site path) -> problems with its type. */
  downloads: Map<string, string[]>;
  /** HTML file with hreflang alternates -> problems: a twin missing, or not naming the same pair back. */
  hreflang: Map<string, string[]>;
}

export function checkLinks(dist: string): LinkReport {
  const site = siteUrl(dist);
  const files = htmlFiles(dist);
  const parsed = new Map<string, ReturnType<typeof refsOf>>();
  const parse = (file: string) => {
    let p = parsed.get(file);
    if (!p) parsed.set(file, (p = refsOf(readFileSync(file, "utf8"))));
    return p;
  };
  const links = new Map<string, string[]>();
  const downloads = new Map<string, string[]>();
  for (const rel of files) {
    const file = join(dist, rel);
    const pagePath = `/${rel.replace(/index\.html$/, "")}`;
    const problems: string[] = [];
    const pageUrl = new URL(pagePath.replace(/^\//, ""), site ?? "http://site.invalid/");
    for (const ref of parse(file).refs) {
      if (/^(mailto|tel|data|javascript|blob):/i.test(ref.value)) {
        if (/^javascript:/i.test(ref.value)) problems.push(`<${ref.tag} ${ref.attr}="${ref.value}">: javascript: URL`);
        continue;
      }
      let url: URL;
      try {
        url = new URL(ref.value, pageUrl);
      } catch {
        problems.push(`<${ref.tag} ${ref.attr}="${ref.value}">: not a URL`);
        continue;
      }
      if (!/^https?:$/.test(url.protocol)) continue;
      const path = locToPath(url.href, site ?? new URL("http://site.invalid/"));
      if (path === null) continue; // another site: not ours to check offline
      const target = pathToFile(dist, path);
      if (!target) {
        problems.push(`<${ref.tag} ${ref.attr}="${ref.value}">: ${path} does not exist in the build`);
        continue;
      }
      const frag = url.hash.slice(1);
      if (frag && target.endsWith(".html")) {
        const id = decodeURIComponent(frag);
        if (!parse(target).ids.has(id)) problems.push(`<${ref.tag} ${ref.attr}="${ref.value}">: no element with id "${id}" in ${path}`);
      }
      const ext = extname(target).toLowerCase();
      if (ref.download || (ref.tag === "a" && DOWNLOAD_EXT.has(ext))) {
        const key = path.split(/[?#]/)[0];
        if (!downloads.has(key)) {
          const p: string[] = [];
          const wrong = checkFileType(target, readFileSync(target));
          if (wrong) p.push(wrong);
          if (ref.download && !DOWNLOAD_EXT.has(ext) && ext !== ".html")
            p.push(`download of an unexpected type ${ext || "(no extension)"}`);
          downloads.set(key, p);
        }
      }
    }
    links.set(rel, problems);
  }
  // Language twins: every page a page names as its alternate exists and names the same set back.
  const hreflang = new Map<string, string[]>();
  const base = site ?? new URL("http://site.invalid/");
  const norm = (alts: Map<string, string>, from: URL) =>
    [...alts]
      .map(([lang, href]) => `${lang}=${locToPath(new URL(href, from).href, base) ?? href}`)
      .sort()
      .join(" ");
  for (const rel of files) {
    const alts = parse(join(dist, rel)).alternates;
    if (alts.size === 0) continue;
    const pageUrl = new URL(rel.replace(/index\.html$/, ""), base);
    const mine = norm(alts, pageUrl);
    const problems: string[] = [];
    for (const [lang, href] of alts) {
      const path = locToPath(new URL(href, pageUrl).href, base);
      const target = path === null ? null : pathToFile(dist, path);
      if (!target) {
        problems.push(`hreflang="${lang}" points at ${href}, which is not in the build`);
        continue;
      }
      const theirs = norm(parse(target).alternates, new URL(path!.replace(/^\//, ""), base));
      if (theirs !== mine) problems.push(`hreflang="${lang}" -> ${path} names [${theirs || "no alternates"}], this page names [${mine}]`);
    }
    hreflang.set(rel, problems);
  }
  return { links, downloads, hreflang };
}
