/** The small pure pieces of the press kit: ids, snippet, heights, table cells, text wrapping. */
import { describe, expect, it } from "vitest";
import { defaultEmbedHeight, embedSnippet, suffixIds } from "../../src/charts/info.ts";
import { cellText } from "../../src/charts/cell-text.ts";
import { textWidth, wrapText } from "../../src/publish/chart-svg.ts";
import type { Model } from "../../src/data/model.ts";

describe("suffixIds", () => {
  it("renames every id and every reference to it, and nothing else", () => {
    const svg = `<svg><pattern id="p"/><pattern id="p2"/><rect fill="url(#p)"/><use href="#p2"/><rect id="pp" fill="url(#pp)"/></svg>`;
    expect(suffixIds(svg, "-n")).toBe(
      `<svg><pattern id="p-n"/><pattern id="p2-n"/><rect fill="url(#p-n)"/><use href="#p2-n"/><rect id="pp-n" fill="url(#pp-n)"/></svg>`,
    );
    expect(suffixIds("<svg><g/></svg>", "-n")).toBe("<svg><g/></svg>");
  });
});

describe("embedSnippet", () => {
  it("escapes the title and addresses into the iframe's attributes", () => {
    const s = embedSnippet({
      embedUrl: "https://x.org/embed/a/?q=1&r=2",
      hostScriptUrl: "https://x.org/embed-host.js",
      title: `«عنوان» "<b>"`,
      height: 480,
    });
    expect(s).toBe(
      `<iframe src="https://x.org/embed/a/?q=1&amp;r=2" title="«عنوان» &quot;&lt;b&gt;&quot;" height="480" loading="lazy" style="width:100%;border:0"></iframe>\n` +
        `<script src="https://x.org/embed-host.js" async></script>`,
    );
  });
});

describe("defaultEmbedHeight", () => {
  it("takes the taller of the wide drawing plus text and the narrow drawing plus more text", () => {
    expect(defaultEmbedHeight(`<svg height="300">`, `<svg height="300">`)).toBe(520);
    expect(defaultEmbedHeight(`<svg height="300">`, `<svg height="900">`)).toBe(1120);
    expect(defaultEmbedHeight(`<svg height="500">`, `<svg height="200">`)).toBe(700);
    expect(defaultEmbedHeight(null, null)).toBe(280);
  });
});

describe("cellText", () => {
  const model = { sources: new Map([["s1", { outlet_fa: "ایرنا" }]]) } as unknown as Model;
  it("shows numbers, periods, qualifiers and sources the Persian way", () => {
    expect(cellText("value", 1234.5, model)).toBe("۱٬۲۳۴٫۵");
    expect(cellText("period", "1400-02-18", model)).toBe("۱۸ اردیبهشت ۱۴۰۰");
    expect(cellText("period", "1401/1403", model)).toBe("۱۴۰۱ تا ۱۴۰۳");
    expect(cellText("qualifier", "more_than", model)).toBe("بیش از");
    expect(cellText("qualifier", "exact", model)).toBe("دقیق");
    expect(cellText("source", "s1", model)).toBe("ایرنا");
    expect(cellText("source", "unknown", model)).toBe("unknown");
    expect(cellText("label", null, model)).toBe("—");
    expect(cellText("label", "گروه 2", model)).toBe("گروه ۲");
  });
});

describe("wrapText", () => {
  it("keeps every line within the width and every word", () => {
    const s = "تعداد تعاونی‌های فعال استان به گفتهٔ مدیران کل تعاون، کار و رفاه اجتماعی؛ هر نقطه یک رقم منتشرشده";
    const lines = wrapText(s, 200, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(200);
    expect(lines.join(" ")).toBe(s);
  });

  it("cuts to maxLines with an ellipsis", () => {
    const lines = wrapText("یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده", 60, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
    expect(textWidth(lines[1], 13)).toBeLessThanOrEqual(60);
  });

  it("never drops a word longer than the line", () => {
    expect(wrapText("https://example.org/a/very/long/address/that/cannot/break", 50, 12)).toEqual([
      "https://example.org/a/very/long/address/that/cannot/break",
    ]);
  });
});
