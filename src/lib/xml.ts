/**
 * XML for standalone SVG files. linkedom serialises for HTML: it leaves `<` and `&` unescaped in
 * attribute values and may write HTML entities, which a strict XML reader (Inkscape, resvg,
 * browsers opening a .svg file) refuses. So downloaded SVGs are serialised here, escaping text
 * and attributes the XML way.
 */

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Escapes text for XML content or a double-quoted attribute value. */
export function escapeXml(s: string): string {
  // Control characters other than tab/newline are not allowed in XML 1.0 at all.
  return s.replace(/[&<>"]/g, (c) => TEXT_ESCAPES[c]).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
}

/** A DOM node (element or text) as XML; comments and other nodes are dropped. */
export function toXml(node: Node): string {
  if (node.nodeType === 3) return escapeXml(node.textContent ?? "");
  if (node.nodeType !== 1) return "";
  const el = node as Element;
  const name = el.localName;
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${escapeXml(a.value)}"`).join("");
  const children = [...el.childNodes].map(toXml).join("");
  return children ? `<${name}${attrs}>${children}</${name}>` : `<${name}${attrs}/>`;
}

/** `<tag a="…">text</tag>` with every value escaped. */
export function xmlElement(tag: string, attrs: Record<string, string | number | undefined>, content = ""): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
  return content ? `<${tag}${a}>${content}</${tag}>` : `<${tag}${a}/>`;
}

/**
 * Sets (or, with null, removes) attributes on the root element of serialised XML, leaving the rest
 * untouched: how a drawing made once is placed inside a standalone image without drawing it again.
 */
export function setRootAttributes(xml: string, attrs: Record<string, string | number | null>): string {
  const m = xml.match(/^(\s*<[A-Za-z][\w:-]*)([^>]*?)(\/?>)/);
  if (!m) throw new Error("setRootAttributes: no root element");
  const list: [string, string][] = [...m[2].matchAll(/\s([^\s=]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]);
  for (const [name, value] of Object.entries(attrs)) {
    const i = list.findIndex(([n]) => n === name);
    if (value === null) {
      if (i >= 0) list.splice(i, 1);
    } else if (i >= 0) list[i][1] = escapeXml(String(value));
    else list.push([name, escapeXml(String(value))]);
  }
  return m[1] + list.map(([n, v]) => ` ${n}="${v}"`).join("") + m[3] + xml.slice(m[0].length);
}

/** A numeric attribute of the root element (e.g. width), or undefined. */
export function rootAttribute(xml: string, name: string): string | undefined {
  const open = xml.match(/^\s*<[^>]*>/)?.[0] ?? "";
  return open.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
}
