/** SVG elements for the parts of a drawing that Plot does not draw (legends, patterns, credits). */
export const SVG_NS = "http://www.w3.org/2000/svg";

/** One SVG element with its attributes and, if given, its text. */
export function svgEl(doc: Document, name: string, attrs: Record<string, string | number>, text?: string): Element {
  const e = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}
