/**
 * The shared pieces under the charts: periods in words, the bar layout that keeps labels off the
 * bars, label placement for dots, table cells in Persian, and the snapshot harness itself.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { periodLabel, yearSpan, periodKey } from "../../src/charts/period-label.ts";
import { hbarsLayout, wrapLabel, NARROW, type HBar } from "../../src/charts/kinds/hbars.ts";
import { placeLabels } from "../../src/charts/kinds/time-dots.ts";
import { isolate, labelWidth, outletShort, valueLabel } from "../../src/charts/kit/plot.ts";
import { cellText } from "../../src/charts/cell-text.ts";
import { checkSnapshot, normaliseSvg, prettyXml } from "./snapshot.ts";
import { syntheticModel } from "./fixtures.ts";

describe("periodLabel", () => {
  it.each([
    ["1397", undefined, "۱۳۹۷"],
    ["1398-09", undefined, "آذر ۱۳۹۸"],
    ["1404-06-15", undefined, "۱۵ شهریور ۱۴۰۴"],
    ["1400-01", "1400-06", "نیمهٔ اول ۱۴۰۰"],
    ["1400-07", "1400-12", "نیمهٔ دوم ۱۴۰۰"],
    ["1400-04", "1400-06", "تابستان ۱۴۰۰"],
    ["1400-01", "1400-09", "فروردین تا آذر ۱۴۰۰"],
    ["1404-06-11", "1404-06-17", "۱۱ تا ۱۷ شهریور ۱۴۰۴"],
    ["1400-05", "1403-05", "مرداد ۱۴۰۰ تا مرداد ۱۴۰۳"],
    ["1401", "1403", "۱۴۰۱ تا ۱۴۰۳"],
    [undefined, undefined, "زمان نامعلوم"],
  ])("%s..%s -> %s", (p, e, want) => {
    expect(periodLabel(p, e)).toBe(want);
  });
  it.each([
    ["1397", undefined, "1397 (2018–19)"],
    ["1398-09", undefined, "Azar 1398 (Nov–Dec 2019)"],
    ["1404-06-15", undefined, "6 Sep 2025 (15 Shahrivar 1404)"],
    ["1400-01", "1400-06", "first half of 1400 (Mar–Sep 2021)"],
    ["1400-04", "1400-06", "summer 1400 (Jun–Sep 2021)"],
    ["1404-06-11", "1404-06-17", "11–17 Shahrivar 1404 (Sep 2025)"],
    ["1400-05", "1403-05", "Mordad 1400 to Mordad 1403 (Jul 2021–Aug 2024)"],
    ["1401", "1403", "1401 to 1403 (2022–25)"],
    [undefined, undefined, "date unknown"],
  ])("in English: %s..%s -> %s", (p, e, want) => {
    expect(periodLabel(p, e, "en")).toBe(want);
  });
  it("spans and keys", () => {
    expect(yearSpan("1400-05", "1403-05")).toEqual([1400, 1403]);
    expect(yearSpan("1399-11")).toEqual([1399, 1399]);
    expect(periodKey("1401", "1403")).toBe("1401/1403");
    expect(periodKey("1401", "1401")).toBe("1401");
    expect(periodKey(undefined)).toBeNull();
  });
});

describe("kit/plot", () => {
  it("isolates right to left", () => {
    expect(isolate("۱۴۰۰ *")).toBe("\u2067۱۴۰۰ *\u2069");
  });
  it("value labels carry the qualifier and the display unit", () => {
    expect(valueLabel({ qualifier: "more_than", display: 6 })).toBe("بیش از ۶");
    expect(valueLabel({ qualifier: "exact", display: 25.84 })).toBe("۲۵٫۸۴");
  });
  it("short outlet names", () => {
    expect(outletShort({ outlet_fa: "خبرگزاری جمهوری اسلامی (ایرنا)" })).toBe("ایرنا");
    expect(outletShort({ outlet_fa: "خبرگزاری مهر" })).toBe("مهر");
    expect(outletShort({ outlet_fa: "پیام آذری" })).toBe("پیام آذری");
  });
  it("estimates widths above the measured Vazirmatn widths (0.42-0.46 em letters, 0.55-0.66 em digits)", () => {
    expect(labelWidth("باشگاه خبرنگاران جوان")).toBeGreaterThanOrEqual(Math.ceil(21 * 13 * 0.47));
    expect(labelWidth("۱٬۶۳۸٬۳۱۲")).toBeGreaterThanOrEqual(Math.ceil(9 * 13 * 0.66));
    expect(labelWidth("الف\nبلندتر از این")).toBe(labelWidth("بلندتر از این"));
  });
  it("wraps at spaces, never inside a word, and keeps a no-break space", () => {
    const w = wrapLabel("تسهیلات اشتغال‌زای تبصره ۱۸ قانون بودجه", 120);
    for (const line of w.split("\n")) expect(labelWidth(line)).toBeLessThanOrEqual(120);
    expect(w.replace(/\n/g, " ")).toBe("تسهیلات اشتغال‌زای تبصره ۱۸ قانون بودجه");
    expect(wrapLabel("یک دو\u00a0*", 10).split("\n").at(-1)).toBe("دو\u00a0*");
  });
});

describe("hbarsLayout: labels cannot meet bars", () => {
  const bars: HBar[] = [
    { key: "h", label: "دههٔ فجر ۱۳۹۹: ارقام ناهمخوان", header: true },
    { key: "a", label: "باشگاه خبرنگاران جوان\u00a0*", value: 24, text: "۲۴", estimate: true },
    { key: "b", label: "برنا", value: 25.84, text: "بالغ بر ۲۵٫۸۴" },
    { key: "c", label: "تسهیلات اشتغال‌زای تبصره ۱۸ قانون بودجه، ۱۴۰۱", value: 195, text: "حدود ۱۹۵" },
  ];
  it("wide: every row label fits in the right margin, every value label in the left", () => {
    const L = hbarsLayout(bars, 640);
    expect(L.narrow).toBe(false);
    for (const r of L.rows.filter((x) => !x.header)) expect(labelWidth(r.label) + 6).toBeLessThanOrEqual(L.marginRight);
    for (const r of L.rows.filter((x) => x.text)) expect(labelWidth(r.text!, 12) + 5).toBeLessThanOrEqual(L.marginLeft);
  });
  it("wide: rows never overlap and bars sit inside their row", () => {
    const L = hbarsLayout(bars, 640);
    const withBar = L.rows.filter((r) => r.barY1 !== undefined);
    for (let i = 1; i < withBar.length; i++) expect(withBar[i].barY1!).toBeGreaterThan(withBar[i - 1].barY2!);
  });
  it(`narrow (< ${NARROW}px): labels go above their bars, bars take the full width`, () => {
    const L = hbarsLayout(bars, 320);
    expect(L.narrow).toBe(true);
    expect(L.marginRight).toBeLessThan(20);
    for (const r of L.rows.filter((x) => x.barY1 !== undefined)) {
      const lines = r.label.split("\n").length;
      expect(r.labelY + (lines * 17) / 2).toBeLessThanOrEqual(r.barY1! + 2);
      for (const line of r.label.split("\n")) expect(labelWidth(line)).toBeLessThanOrEqual(320 - 12);
    }
  });
});

describe("placeLabels", () => {
  const box = (p: { px: number; py: number; w: number }, o: { dx: number; dy: number }) => ({
    x0: p.px + o.dx - p.w / 2,
    x1: p.px + o.dx + p.w / 2,
    y0: p.py + o.dy - 10,
    y1: p.py + o.dy + 10,
  });
  const hit = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
  it("keeps labels of close dots apart and off every dot", () => {
    const items = [
      { px: 100, py: 100, w: 40 },
      { px: 104, py: 104, w: 40 },
      { px: 150, py: 100, w: 60 },
    ];
    const offsets = placeLabels(items, { x0: 0, x1: 400, y0: 0, y1: 300 });
    const boxes = items.map((p, i) => box(p, offsets[i]));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(hit(boxes[i], boxes[j])).toBe(false);
      for (const p of items) expect(hit(boxes[i], { x0: p.px - 7, x1: p.px + 7, y0: p.py - 7, y1: p.py + 7 })).toBe(false);
    }
  });
  it("stays inside the frame", () => {
    const [o] = placeLabels([{ px: 5, py: 5, w: 40 }], { x0: 0, x1: 200, y0: 0, y1: 200 });
    const b = box({ px: 5, py: 5, w: 40 }, o);
    expect(b.x0).toBeGreaterThanOrEqual(0);
    expect(b.y0).toBeGreaterThanOrEqual(0);
  });
});

describe("cellText", () => {
  const model = syntheticModel();
  it("turns ids, periods and codes into Persian", () => {
    expect(cellText("event", "coop-week-1403", model)).toBe("هفته تعاون ۱۴۰۳");
    expect(cellText("place", "county-a", model)).toBe("شهرستان نمونه الف");
    expect(cellText("iran_source", "src-c", model)).toBe("خبرگزاری ملی نمونه");
    expect(cellText("period", "1400-01/1400-06", model)).toBe("نیمهٔ اول ۱۴۰۰");
    expect(cellText("share_qualifier", "less_than", model)).toBe("کمتر از");
    expect(cellText("qualifier", "exact", model)).toBe("دقیق");
    expect(cellText("value", 3.6, model)).toBe("۳٫۶");
    expect(cellText("value", null, model)).toBe("—");
  });
});

describe("snapshot harness", () => {
  const svg =
    '<svg class="plot-d6a7b5" viewBox="0 0 10 10"><clipPath id="plot-clip-3"><rect/></clipPath><g clip-path="url(#plot-clip-3)"><text x="1.23456">الف</text></g></svg>';
  it("normalises class names, ids and floats, one element per line", () => {
    const n = normaliseSvg(svg);
    expect(n).not.toContain("d6a7b5");
    expect(n).toContain('id="id0"');
    expect(n).toContain("url(#id0)");
    expect(n).toContain('x="1.23"');
    expect(n.split("\n").length).toBeGreaterThan(4);
    expect(prettyXml("<a><b>t</b></a>")).toBe("<a>\n  <b>t</b>\n</a>\n");
  });
  it("writes a missing snapshot locally, fails it in CI, writes -changed on mismatch", () => {
    const dir = mkdtempSync(join(tmpdir(), "snap-"));
    expect(checkSnapshot("x", "one\n", { CI: "true" }, dir).status).toBe("missing-in-ci");
    expect(existsSync(join(dir, "x.svg"))).toBe(false);
    expect(checkSnapshot("x", "one\n", {}, dir).status).toBe("written");
    expect(checkSnapshot("x", "one\n", { CI: "true" }, dir).status).toBe("match");
    const changed = checkSnapshot("x", "two\n", {}, dir);
    expect(changed.status).toBe("changed");
    expect(readFileSync(changed.changedPath!, "utf8")).toBe("two\n");
    expect(readFileSync(join(dir, "x.svg"), "utf8")).toBe("one\n");
    expect(checkSnapshot("x", "two\n", { UPDATE_SNAPSHOTS: "1" }, dir).status).toBe("written");
    expect(existsSync(changed.changedPath!)).toBe(false);
  });
});
