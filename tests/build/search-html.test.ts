import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { scanPage } from "../../scripts/search-html.ts";

/** What the indexer read before: linkedom's text nodes of the first <main> (else <body>), outside skipped elements. */
function linkedomTexts(html: string): { texts: string[]; title?: string } {
  const SKIP = new Set(["SCRIPT", "STYLE", "SVG", "svg", "TEMPLATE", "NOSCRIPT"]);
  const { document } = parseHTML(html);
  const body = document.querySelector("main") ?? document.body;
  const out: string[] = [];
  const walk = (el: typeof body) => {
    for (const n of Array.from(el.childNodes) as unknown as (typeof body & { nodeType: number; nodeValue: string })[]) {
      if (n.nodeType === 3) out.push(n.nodeValue);
      else if (n.nodeType === 1 && !SKIP.has(n.tagName)) walk(n);
    }
  };
  walk(body);
  return {
    texts: out.filter(Boolean),
    title: body.querySelector("h1")?.textContent?.trim() || document.querySelector("title")?.textContent?.trim(),
  };
}

const PAGE = `<!DOCTYPE html><html lang="fa" dir="rtl"><head><title>عنوان &amp; سایت</title><style>p{}</style></head><body>
<header><a href="/">خانه</a></header>
<main id="main"><h1>تعاونی‌ها <small>در ۱۴۰۴</small></h1><p>رقم 537 &lt;مهم&gt; &amp; بیشتر</p>
<table><tr><td>الف<td>ب</table><svg><title>نمودار</title><text>۱۲</text></svg><script>var x = "<p>"</script>
<template><p>پنهان</p></template><noscript>بدون</noscript><p hidden>مخفی</p>
<textarea readonly>&lt;iframe width=&quot;100&quot;&gt;&lt;/iframe&gt;</textarea><br><img alt="تصویر" src="a.png"></main>
<footer>پانویس</footer></body></html>`;

describe("scanPage", () => {
  it("gives the same text nodes and title as linkedom did", () => {
    const texts: string[] = [];
    const page = scanPage(PAGE, { text: (t) => (texts.push(t), t) });
    const want = linkedomTexts(PAGE);
    expect(page.found).toBe(true);
    expect(texts.filter(Boolean)).toEqual(want.texts);
    expect(page.h1).toBe(want.title);
    expect(texts.join("|")).not.toMatch(/نمودار|پنهان|بدون|پانویس|خانه|var x/);
  });

  it("falls back to <body> and to the title element", () => {
    const html = "<html><head><title> صفحه </title></head><body><p>متن</p></body></html>";
    const texts: string[] = [];
    const page = scanPage(html, { text: (t) => (texts.push(t), t) });
    expect(texts).toEqual(linkedomTexts(html).texts);
    expect(page.h1).toBeUndefined();
    expect(page.title).toBe("صفحه");
  });

  it("rewrites only the indexed text, escaped, tags the element and appends the extra markup", () => {
    const page = scanPage(PAGE, {
      text: (t) => t.replace(/537/g, "۵۳۷").replace(/100/g, "۱۰۰"),
      rewrite: { extra: `<span data-pagefind-meta="kind:صفحه"></span>` },
    });
    const html = page.html!;
    expect(html).toContain('<main id="main" data-pagefind-body="">');
    expect(html).toContain("رقم ۵۳۷ &lt;مهم&gt; &amp; بیشتر");
    expect(html).toContain(`<span data-pagefind-meta="kind:صفحه"></span></main>`);
    // a textarea's text is written as the tokenizer gave it, as linkedom wrote it (not escaped twice)
    const textarea = /<textarea[^>]*>[^<]*<\/textarea>/;
    expect(html.match(textarea)?.[0]).toBe(`<textarea readonly>&lt;iframe width=&quot;۱۰۰&quot;&gt;&lt;/iframe&gt;</textarea>`);
    const { document } = parseHTML(PAGE);
    const area = document.querySelector("textarea")!;
    area.firstChild!.nodeValue = area.firstChild!.nodeValue!.replace(/100/g, "۱۰۰");
    expect(document.toString().match(textarea)?.[0]).toBe(html.match(textarea)?.[0]);
    // everything outside the indexed element is the page's own bytes
    expect(html.slice(0, html.indexOf("<main"))).toBe(PAGE.slice(0, PAGE.indexOf("<main")));
    expect(html.slice(html.indexOf("</main>"))).toBe(PAGE.slice(PAGE.indexOf("</main>")));
    // and the rewritten page reads back to the rewritten text nodes
    const again: string[] = [];
    scanPage(html, { text: (t) => (again.push(t), t) });
    expect(again.join("")).toContain("رقم ۵۳۷ <مهم> & بیشتر");
  });
});

describe("scanPage without <main> or <body>", () => {
  it("indexes an empty body, as linkedom made one", () => {
    const texts: string[] = [];
    const page = scanPage("<html><head><title>t</title></head>v1</html>", {
      text: (t) => (texts.push(t), t),
      rewrite: { extra: "<span></span>" },
    });
    expect(page.found).toBe(true);
    expect(texts).toEqual(linkedomTexts("<html><head><title>t</title></head>v1</html>").texts);
    expect(page.title).toBe("t");
    expect(page.html).toBe('<html><head><title>t</title></head>v1<body data-pagefind-body=""><span></span></body></html>');
  });
});

describe("scanPage with drop", () => {
  const LIST = [
    '<html><body><main><h1>منابع</h1><article><h2>خبر ۱</h2><ul class="source-figures"><li>رقم <strong>۵۳۷</strong></li><li>رقم ۶۴۸</ul>',
    "<p>پس از فهرست</p></article>\n",
    '<table><tbody><tr id="obs-a"><td>۱۱۱</td></tr><tr id="obs-b"><td>۲۲۲<tr><td>سطر دیگر</td></tr></tbody></table>',
    '<img alt="x"><br></main></body></html>',
  ].join("");
  const drop = (name: string, a: Record<string, string>) =>
    (name === "ul" && a.class === "source-figures") || (name === "tr" && (a.id ?? "").startsWith("obs-")) || name === "img";

  it("neither indexes nor passes on the content of the dropped elements, and keeps the rest", () => {
    const texts: string[] = [];
    const page = scanPage(LIST, { text: (t) => (texts.push(t), t), drop, rewrite: { extra: "<i></i>" } });
    expect(texts.join("|")).toContain("پس از فهرست");
    expect(texts.join("|")).toContain("سطر دیگر");
    expect(texts.join("|")).not.toMatch(/۵۳۷|۶۴۸|۱۱۱|۲۲۲/);
    expect(page.h1).toBe("منابع");
    const html = page.html!;
    expect(html).not.toMatch(/۵۳۷|۶۴۸|۱۱۱|۲۲۲/);
    expect(html).toContain('<ul class="source-figures"></ul><p>پس از فهرست</p>');
    expect(html).toContain('<tr id="obs-a"></tr><tr id="obs-b"><tr><td>سطر دیگر</td></tr>');
    expect(html).toContain('<img alt="x"><br><i></i></main>');
    // read again, the page gives the same text
    const again: string[] = [];
    scanPage(html, { text: (t) => (again.push(t), t) });
    expect(again.filter((t) => t.trim())).toEqual(texts.filter((t) => t.trim()));
  });

  it("without drop, the same page gives every figure", () => {
    const texts: string[] = [];
    scanPage(LIST, { text: (t) => (texts.push(t), t) });
    expect(texts.join("|")).toMatch(/۵۳۷.*۶۴۸.*۱۱۱.*۲۲۲/s);
  });
});
