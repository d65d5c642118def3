// Measurements taken inside the page. Plain JavaScript, evaluated as a string by the suite:
// functions handed to page.evaluate() from TypeScript get esbuild helpers the page lacks.
// Defines window.__e2e; every function returns plain JSON.
(() => {
  /** A short, readable CSS path for reports: tag#id.class, up to the nearest id. */
  const describe = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && parts.length < 5; e = e.parentElement) {
      let s = e.localName;
      if (e.id) {
        parts.unshift(`${s}#${e.id}`);
        break;
      }
      const cls = typeof e.className === "string" ? e.className.trim().split(/\s+/).filter(Boolean).slice(0, 2) : [];
      if (cls.length) s += `.${cls.join(".")}`;
      const p = e.parentElement;
      if (p) {
        const same = [...p.children].filter((c) => c.localName === e.localName);
        if (same.length > 1) s += `:nth-of-type(${same.indexOf(e) + 1})`;
      }
      parts.unshift(s);
    }
    return parts.join(" > ");
  };

  // Bidi controls (isolates, marks) are invisible: left out of reports.
  const text = (el) =>
    (el.textContent || "")
      .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 40);

  /** Page text that readers get, without scripts and without what only shows when JS is off. */
  const readableText = () => {
    const clone = document.body.cloneNode(true);
    for (const e of clone.querySelectorAll("script, style, template, noscript")) e.remove();
    return clone.textContent || "";
  };

  /** What must survive without JavaScript: charts, tables, numbers (digit runs, Persian or Latin). */
  const counts = () => ({
    charts: document.querySelectorAll("svg").length,
    tables: document.querySelectorAll("table").length,
    tableRows: document.querySelectorAll("tr").length,
    numbers: (readableText().match(/[0-9\u06F0-\u06F9\u0660-\u0669]+/g) || []).length,
    images: document.querySelectorAll("img").length,
  });

  const openDetails = () => {
    for (const d of document.querySelectorAll("details")) d.open = true;
    return document.querySelectorAll("details").length;
  };

  /** Inside a box that clips or scrolls horizontally, overflow does not reach the page. */
  const clippedByAncestor = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if (ox !== "visible") return true;
    }
    return false;
  };

  /** Horizontal scrolling and the elements that stick out of the viewport (outermost first). */
  const overflow = () => {
    const se = document.scrollingElement;
    const vw = se.clientWidth;
    const offenders = [];
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left >= -1 && r.right <= vw + 1) continue;
      if (clippedByAncestor(el)) continue;
      const parent = el.parentElement.getBoundingClientRect();
      // Report only where the overflow starts: a child of an offender that sticks out no further is noise.
      if (
        el.parentElement !== document.body &&
        (parent.left < -1 || parent.right > vw + 1) &&
        r.left >= parent.left - 1 &&
        r.right <= parent.right + 1
      )
        continue;
      offenders.push(`${describe(el)} [${Math.round(r.left)}..${Math.round(r.right)} of ${vw}px]`);
      if (offenders.length >= 5) break;
    }
    return { scrollWidth: se.scrollWidth, clientWidth: vw, offenders };
  };

  const mainWidth = () => {
    const m = document.querySelector("main");
    return m ? Math.round(m.getBoundingClientRect().width) : null;
  };

  /** dir/lang, and for every rendered table where its first and second columns sit (right in Persian, left in English). */
  const rtl = () => {
    const tables = [];
    for (const t of document.querySelectorAll("table")) {
      const tr = t.getBoundingClientRect();
      const first = t.querySelector("tr > th, tr > td");
      if (!first || tr.width === 0) continue;
      const fr = first.getBoundingClientRect();
      const cells = first.parentElement.children;
      const second = cells.length > 1 ? cells[1].getBoundingClientRect() : null;
      tables.push({
        table: describe(t),
        first: text(first),
        tableRight: Math.round(tr.right),
        firstRight: Math.round(fr.right),
        secondRight: second ? Math.round(second.right) : null,
        tableLeft: Math.round(tr.left),
        firstLeft: Math.round(fr.left),
        secondLeft: second ? Math.round(second.left) : null,
      });
    }
    return {
      dir: document.documentElement.getAttribute("dir"),
      lang: document.documentElement.getAttribute("lang"),
      computed: getComputedStyle(document.body).direction,
      tables,
    };
  };

  /**
   * In every chart: a label (svg text) whose box overlaps a filled rect (a bar) or another label,
   * by more than 1 px both ways. Lines (axis ticks, rules) are not considered.
   */
  const labelOverlaps = () => {
    const out = [];
    const tol = 1;
    const hit = (a, b) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > tol && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tol;
    let index = 0;
    for (const svg of document.querySelectorAll("svg")) {
      index++;
      const texts = [...svg.querySelectorAll("text")]
        .filter((t) => text(t) && getComputedStyle(t).visibility !== "hidden" && getComputedStyle(t).display !== "none")
        .map((t) => ({ el: t, r: t.getBoundingClientRect() }))
        .filter((t) => t.r.width > 0 && t.r.height > 0);
      const rects = [...svg.querySelectorAll("rect")]
        .filter((r) => {
          const cs = getComputedStyle(r);
          return cs.fill !== "none" && cs.fill !== "transparent" && cs.fillOpacity !== "0" && cs.opacity !== "0";
        })
        .map((r) => ({ el: r, r: r.getBoundingClientRect() }))
        .filter((r) => r.r.width > 0 && r.r.height > 0);
      const name = `${describe(svg.closest("[id]") || svg)} svg#${index}`;
      for (let i = 0; i < texts.length; i++) {
        for (const b of rects) {
          if (hit(texts[i].r, b.r))
            out.push(
              `${name}: label "${text(texts[i].el)}" overlaps a bar (rect at ${Math.round(b.r.left)},${Math.round(b.r.top)} ${Math.round(b.r.width)}x${Math.round(b.r.height)})`,
            );
        }
        for (let j = i + 1; j < texts.length; j++) {
          const a = texts[i].el;
          const c = texts[j].el;
          if (a.contains(c) || c.contains(a)) continue;
          // A halo (the same label drawn twice, outline under fill) is one label, not a collision.
          const ra = texts[i].r,
            rc = texts[j].r;
          if (
            text(a) === text(c) &&
            Math.abs(ra.left - rc.left) <= 2 &&
            Math.abs(ra.top - rc.top) <= 2 &&
            Math.abs(ra.right - rc.right) <= 2 &&
            Math.abs(ra.bottom - rc.bottom) <= 2
          )
            continue;
          if (hit(texts[i].r, texts[j].r)) out.push(`${name}: label "${[text(a), text(c)].sort().join('" overlaps label "')}"`);
        }
      }
    }
    // Haloed labels collide twice over (outline and fill): one report per pair.
    return [...new Set(out)];
  };

  /**
   * Charts (an SVG image inside a <figure>) that fill less than 90% of their figure's content width.
   * Site pages only: an embed (body.bare) shows whichever drawing fits its frame.
   */
  const chartFill = () => {
    const out = [];
    for (const svg of document.querySelectorAll("body:not(.bare) figure svg[role=img]")) {
      const w = svg.getBoundingClientRect().width;
      if (w === 0) continue;
      const fig = svg.closest("figure");
      const cs = getComputedStyle(fig);
      const col = fig.clientWidth - parseFloat(cs.paddingInlineStart) - parseFloat(cs.paddingInlineEnd);
      if (col > 0 && w < 0.9 * col)
        out.push(
          `${describe(fig.closest("[id]") || fig)}: chart ${Math.round(w)}px wide in a ${Math.round(col)}px column (${Math.round((100 * w) / col)}%, expected >= 90%)`,
        );
    }
    return out;
  };

  /** Where the page's content starts (its first heading, or the breadcrumb above it), in px from the top (null without a heading). */
  const headingTop = () => {
    const h = document.querySelector("main h1");
    if (!h) return null;
    const first = [...document.querySelector("main").children].find((e) => e.getBoundingClientRect().height > 0) || h;
    return Math.round(Math.min(h.getBoundingClientRect().top, first.getBoundingClientRect().top) + window.scrollY);
  };

  /** Persian text the reader can see outside SVG drawings: elements marked lang="fa" (or the whole page when it is Persian). */
  const persianShown = () => {
    const re = /[\u0600-\u06FF]/;
    // The language switch («فارسی», a link with hreflang) is drawn in a system font on purpose: it does not count.
    const marked = [...document.querySelectorAll('[lang="fa"]:not([hreflang])')].filter(
      (e) => e !== document.documentElement && re.test(e.textContent || "") && e.getClientRects().length > 0,
    );
    return marked.map((e) => describe(e)).slice(0, 3);
  };

  window.__e2e = { describe, counts, openDetails, overflow, mainWidth, rtl, labelOverlaps, chartFill, headingTop, persianShown };
})();
