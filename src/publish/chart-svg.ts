/**
 * Standalone images of a chart: the downloadable SVG (the chart with its title, subtitle, source,
 * date and the site's name drawn in, so it can be used on its own) and the 1200x630 social card.
 * Both are plain XML with no CSS: light colours written into the file, fonts named with fallbacks,
 * every string bidi-isolated (resvg and browsers then lay Persian out right to left) and escaped.
 * Persian images are aligned to the right edge, English ones to the left.
 */
import { DEFAULT_WIDTH } from "../charts/render.ts";
import { isolate as RLI } from "../charts/kit/plot.ts";
import { textWidth } from "../charts/kit/text-width.ts";
import { CHART_STRINGS } from "../i18n/charts.ts";
import type { Lang } from "../i18n/lang.ts";

export { textWidth };
import { escapeXml, rootAttribute, setRootAttributes, xmlElement } from "../lib/xml.ts";

/** Social card size (Open Graph's recommended 1.91:1). */
export const CARD = { width: 1200, height: 630 } as const;

export const FONT_FAMILY = "Vazirmatn, Tahoma, 'DejaVu Sans', 'Noto Sans Arabic', sans-serif";
const INK = { fg: "#1b1f24", muted: "#55606c", accent: "#0b5fa5", bg: "#ffffff" };

/** What is drawn around the chart. */
export interface ImageText {
  /** The edition (default fa): the language of the text and the side it is aligned to. */
  lang?: Lang;
  title: string;
  subtitle: string;
  /** «ایرنا، ایسنا» */
  outlets: string;
  /** Display date of the latest source, if any. */
  updated?: string;
  siteName: string;
  /** The chart page's address (drawn as text, left to right). */
  url: string;
  /** Plain-language summary, for <desc>. */
  summary: string;
  /** Why the chart is empty, if it is. */
  empty?: string;
}

/**
 * The page's drawing (cleaned SVG markup from charts/render.ts, made once per width) made ready
 * to nest in a standalone image: the outer image carries the accessible name, so the nested chart
 * loses its role and label, and it names the fonts with fallbacks for programs without Vazirmatn.
 */
export function imageChart(svg: string | null): string | null {
  return svg && setRootAttributes(svg, { role: null, "aria-label": null, "font-family": FONT_FAMILY });
}

const size = (svg: string, name: "width" | "height") => Number(rootAttribute(svg, name));

/** Breaks text into lines no wider than `max`; with `maxLines`, the last line ends in «…». */
export function wrapText(s: string, max: number, size: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.includes(" ") && textWidth(`${last} …`, size) > max) last = last.slice(0, last.lastIndexOf(" "));
  kept[maxLines - 1] = `${last} …`;
  return kept;
}

/**
 * Bidi isolates with an explicit direction: Persian lines right to left (RLI), addresses left to
 * right (LRI), so a trailing "/" or a leading Latin word cannot flip a line's order.
 */
const LRI = (s: string) => `\u2066${s}\u2069`;

interface TextOpts {
  x: number;
  /** Baseline of the first line. */
  y: number;
  size: number;
  lineHeight?: number;
  weight?: number;
  fill?: string;
  /** Right-aligned by default (Persian); "start" for left-aligned text (English, or Latin text such as URLs). */
  anchor?: "start" | "end";
  /** Text direction: Persian by default; "ltr" for addresses. */
  dir?: "rtl" | "ltr";
}

/** One <text> per line, each isolated in its own direction. */
function textLines(lines: string[], o: TextOpts): string {
  const lh = o.lineHeight ?? Math.round(o.size * 1.6);
  return lines
    .map((l, i) =>
      xmlElement(
        "text",
        {
          x: o.x,
          y: o.y + i * lh,
          "font-size": o.size,
          "font-weight": o.weight ?? 400,
          fill: o.fill ?? INK.fg,
          "text-anchor": o.anchor ?? "end",
        },
        escapeXml(o.dir === "ltr" ? LRI(l) : RLI(l)),
      ),
    )
    .join("");
}

function svgRoot(width: number, height: number, t: ImageText, body: string): string {
  const S = CHART_STRINGS[t.lang ?? "fa"].image;
  const desc = [t.subtitle, t.summary, `${S.sourcePrefix} ${t.outlets}`, t.url].filter(Boolean).join(" ");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${t.lang ?? "fa"}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(FONT_FAMILY)}" direction="ltr" color="${INK.fg}">` +
    xmlElement("title", {}, escapeXml(t.title)) +
    xmlElement("desc", {}, escapeXml(desc)) +
    xmlElement("rect", { width, height, fill: INK.bg }) +
    body +
    `</svg>\n`
  );
}

const footerLines = (t: ImageText): string[] => {
  const S = CHART_STRINGS[t.lang ?? "fa"].image;
  return [
    `${S.sourcePrefix} ${t.outlets || "—"}`,
    [t.siteName, S.licence, t.updated && `${S.updated} ${t.updated}`].filter(Boolean).join(" · "),
  ];
};

/** Where a text line starts in one edition: the right edge, right-aligned (Persian), or the left edge (English). */
const sideOf = (t: ImageText, pad: number, width: number) =>
  (t.lang ?? "fa") === "fa"
    ? { x: width - pad, anchor: "end" as const, dir: "rtl" as const }
    : { x: pad, anchor: "start" as const, dir: "ltr" as const };

/** The downloadable SVG: header, chart, footer, on white; `chart` is from imageChart(). */
export function standaloneSvg(chart: string | null, t: ImageText): string {
  const pad = 24;
  const cw = chart ? size(chart, "width") : DEFAULT_WIDTH;
  const ch = chart ? size(chart, "height") : 0;
  const width = cw + 2 * pad;
  const side = sideOf(t, pad, width);
  const inner = width - 2 * pad;
  let y = pad;
  const parts: string[] = [];
  parts.push(textLines([t.siteName], { ...side, y: y + 12, size: 12, fill: INK.accent, weight: 700 }));
  y += 24;
  const title = wrapText(t.title, inner, 20, 3);
  parts.push(textLines(title, { ...side, y: y + 22, size: 20, weight: 700, lineHeight: 30 }));
  y += title.length * 30 + 6;
  const sub = wrapText(t.subtitle, inner, 13, 3);
  parts.push(textLines(sub, { ...side, y: y + 14, size: 13, fill: INK.muted, lineHeight: 21 }));
  y += sub.length * 21 + 12;
  if (chart) {
    parts.push(setRootAttributes(chart, { x: pad, y }));
    y += ch + 12;
  } else {
    parts.push(textLines([t.empty ?? CHART_STRINGS[t.lang ?? "fa"].image.empty], { ...side, y: y + 24, size: 15, fill: INK.muted }));
    y += 48;
  }
  const foot = footerLines(t).flatMap((l) => wrapText(l, inner, 12));
  parts.push(textLines(foot, { ...side, y: y + 14, size: 12, fill: INK.muted, lineHeight: 20 }));
  y += foot.length * 20;
  parts.push(textLines([t.url], { x: side.x, anchor: side.anchor, y: y + 14, size: 12, fill: INK.muted, dir: "ltr" }));
  y += 20 + pad;
  return svgRoot(width, y, t, parts.join(""));
}

/** The 1200x630 social card: site name, title, the chart scaled to fit, source and address. */
export function socialCardSvg(chart: string | null, t: ImageText): string {
  const { width, height } = CARD;
  const pad = 48;
  const side = sideOf(t, pad, width);
  const rtl = side.dir === "rtl";
  const parts: string[] = [xmlElement("rect", { width, height: 10, fill: INK.accent })];
  parts.push(textLines([t.siteName], { ...side, y: 66, size: 24, weight: 700, fill: INK.accent }));
  const title = wrapText(t.title, width - 2 * pad, 40, 2);
  parts.push(textLines(title, { ...side, y: 124, size: 40, weight: 700, lineHeight: 56 }));
  const top = 124 + (title.length - 1) * 56 + 28;
  const bottom = height - 72;
  if (chart) {
    const cw = size(chart, "width");
    const ch = size(chart, "height");
    const scale = Math.min((width - 2 * pad) / cw, (bottom - top) / ch);
    const w = Math.round(cw * scale);
    const h = Math.round(ch * scale);
    const x = Math.round((width - w) / 2);
    parts.push(setRootAttributes(chart, { width: w, height: h, x, y: top + Math.round((bottom - top - h) / 2) }));
  } else {
    parts.push(textLines([t.empty ?? CHART_STRINGS[t.lang ?? "fa"].image.empty], { ...side, y: top + 60, size: 28, fill: INK.muted }));
  }
  // The source line starts where the reading starts; the address sits at the other end.
  const urlW = textWidth(t.url, 18);
  const source = wrapText(`${CHART_STRINGS[t.lang ?? "fa"].image.sourcePrefix} ${t.outlets || "—"}`, width - 2 * pad - urlW - 32, 20, 1);
  parts.push(textLines(source, { ...side, y: height - 32, size: 20, fill: INK.muted }));
  parts.push(
    textLines([t.url], {
      x: rtl ? pad : width - pad,
      y: height - 32,
      size: 18,
      fill: INK.muted,
      anchor: rtl ? "start" : "end",
      dir: "ltr",
    }),
  );
  return svgRoot(width, height, t, parts.join(""));
}
