/**
 * Unit tests for every chart's `prepare`, on the synthetic model (tests/charts/fixtures.ts):
 * what is charted, what is left to the tables, conflicts kept side by side, money in billion
 * toman, nothing summed, shares only where the times match.
 */
import { describe, expect, it } from "vitest";
import { CHARTS, chartById } from "../../src/charts/registry.ts";
import type { Prepared } from "../../src/charts/types.ts";
import type { HBar } from "../../src/charts/kinds/hbars.ts";
import type { TimeDotsData } from "../../src/charts/kinds/time-dots.ts";
import type { EventBarsData } from "../../src/charts/kinds/event-bars.ts";
import type { PeriodBarsData } from "../../src/charts/kinds/period-bars.ts";
import type { GroupedData } from "../../src/charts/kinds/grouped-bars.ts";
import { groupedBars } from "../../src/charts/kinds/grouped-bars.ts";
import { EST_MARK } from "../../src/charts/kinds/figure-rows.ts";
import { shareQualifier, type ShareData } from "../../src/charts/modules/lorestan-share.ts";
import type { SexData } from "../../src/charts/modules/members-by-sex.ts";
import { chartState } from "../../src/charts/render.ts";
import { emptyModel, syntheticModel } from "./fixtures.ts";

/** The Persian half of a text that prepare writes for both editions. */
const fa = (x: string | { fa: string } | undefined): string | undefined => (typeof x === "string" || x === undefined ? x : x.fa);

const model = syntheticModel();
const prep = <T extends Prepared>(id: string) => chartById(id).prepare(model) as T;
const ids = (d: Prepared) => d.figures.map((f) => f.id).sort();
const barKeys = (bars: HBar[]) => bars.filter((b) => !b.header).map((b) => b.key);

describe("every chart in the registry", () => {
  for (const chart of CHARTS) {
    describe(chart.id, () => {
      const d = chart.prepare(model);
      // The county map plots how many statements each county has, not their values: it counts all.
      it.skipIf(chart.id === "county-map")("charts no doubted figure and no figure of unknown period", () => {
        for (const f of d.figures) {
          expect(f.doubt, f.id).toBe(false);
          expect(f.period_kind, f.id).not.toBe("unknown");
        }
      });
      it("gives table rows of plain values: numbers, ids and codes in Latin digits", () => {
        expect(d.rows.length).toBeGreaterThan(0);
        const keys = new Set(d.columns.map((c) => c.key));
        for (const row of d.rows) {
          for (const [k, v] of Object.entries(row)) {
            if (!keys.has(k)) continue;
            if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
            if (typeof v === "string") expect(v, `${k}=${v}`).not.toMatch(/[\u06F0-\u06F9]/);
          }
        }
        for (const c of d.columns) expect(c.key).toMatch(/^[a-z][a-z0-9_]*$/);
      });
      it("writes a Persian summary from its data, with no Latin digits", () => {
        if (d.empty) return;
        const s = chart.summary(d);
        expect(s).toMatch(/[\u0600-\u06FF]/);
        expect(s).not.toMatch(/[0-9]/);
        for (const n of chart.notes?.(d) ?? []) expect(n).not.toMatch(/[0-9]/);
      });
      it("says why it is empty instead of throwing when there are no figures, in each edition", () => {
        const empty = emptyModel();
        const e = chart.prepare(empty);
        if (chart.id === "county-map") return; // a map of no data is still a map (counties drawn as «بدون داده»)
        expect(e.empty).toBeTruthy();
        expect(e.rows).toEqual([]);
        const fa = chartState(chart, empty, "fa");
        expect(fa.data.empty).toMatch(/[\u0600-\u06FF]/);
        expect(fa.summary).toBe(fa.data.empty);
        const en = chartState(chart, empty, "en");
        expect(en.data.empty).toMatch(/^[A-Z][^\u0600-\u06FF]+\.$/);
        expect(en.summary).toBe(en.data.empty);
      });
    });
  }
});

describe("active-coops (time-dots)", () => {
  const d = prep<TimeDotsData>("active-coops");
  it("leaves doubted, unknown-period and pre-1390 figures out, and names the early one in the notes", () => {
    expect(ids(d)).toEqual(["act-1398", "act-1399", "act-a", "act-b"]);
    expect(d.before.map((f) => f.id)).toEqual(["act-1357"]);
    expect(chartById("active-coops").notes!(d).join(" ")).toContain("۱۳۵۷");
  });
  it("keeps both values of a conflict, at the same place in time", () => {
    const [a, b] = ["act-a", "act-b"].map((id) => d.points.find((p) => p.figure.id === id)!);
    expect([a.value, b.value]).toEqual([3049, 3000]);
    expect(a.x).toBe(b.x);
    expect(chartById("active-coops").summary(d)).toMatch(/۳٬۰۴۹.*۳٬۰۰۰/);
  });
  it("puts an inferred range at its middle and a stated date at its start", () => {
    const range = d.points.find((p) => p.figure.id === "act-a")!;
    expect([range.x1, range.x2, range.x]).toEqual([1401, 1404, 1402.5]);
    const stated = d.points.find((p) => p.figure.id === "act-1398")!;
    expect(stated.kind).toBe("stated");
    expect(stated.x).toBeCloseTo(1398 + 5 / 12, 6);
  });
  it("draws only Lorestan", () => {
    expect(d.figures.every((f) => f.place_id === "lorestan")).toBe(true);
  });
});

describe("iran-active-coops, employment, iran-employment, coops-knowledge-based", () => {
  it("take their own place and indicator only", () => {
    expect(ids(prep("iran-active-coops"))).toEqual(["act-iran-1399", "act-iran-1404"]);
    expect(ids(prep("employment"))).toEqual(["emp-1397", "emp-1400", "emp-1401"]);
    expect(ids(prep("iran-employment"))).toEqual(["emp-iran"]);
    expect(ids(prep("coops-knowledge-based"))).toEqual(["kb-1398", "kb-1401"]);
  });
  it("keep the qualifier in the dot label", () => {
    const d = prep<TimeDotsData>("iran-active-coops");
    expect(d.points.find((p) => p.figure.id === "act-iran-1404")!.label.fa).toBe("بیش از ۱۰۵٬۰۰۰");
  });
});

describe("coops-formed, jobs-new-coops, members-new-coops (period-bars)", () => {
  const d = prep<PeriodBarsData>("coops-formed");
  it("labels each bar with its period in words, estimates asterisked", () => {
    const labels = d.bars.map((b) => fa(b.label));
    expect(labels).toEqual(["۱۳۹۷", "آذر ۱۳۹۸", "نیمهٔ اول ۱۴۰۰", `مرداد ۱۴۰۰ تا مرداد ۱۴۰۳${EST_MARK}`]);
    expect(d.bars.find((b) => b.key === "formed-gov")!.estimate).toBe(true);
  });
  it("keeps Lorestan only, no unknown period", () => {
    expect(ids(d)).toEqual(["formed-1397", "formed-1398-09", "formed-gov", "formed-h1-1400"]);
  });
  it("charts totals, not the parts split by sex", () => {
    expect(ids(prep("members-new-coops"))).toEqual(["mnew-1397", "mnew-h1-1400"]);
    expect(ids(prep("jobs-new-coops"))).toEqual(["jnew-1397", "jnew-gov"]);
  });
  it("never sums: one bar per figure", () => {
    expect(barKeys(d.bars)).toHaveLength(d.figures.length);
    expect(chartById("coops-formed").summary(d)).toContain("جمع زده نمی‌شوند");
  });
});

describe("package-investment, package-projects, package-jobs, package-members (event-bars)", () => {
  const d = prep<EventBarsData>("package-investment");
  it("converts money to billion toman (36 billion rial -> 3.6)", () => {
    const f = d.figures.find((x) => x.id === "inv-f1394")!;
    expect(f.display).toBeCloseTo(3.6, 9);
    expect(d.rows.find((r) => r.event === "fajr-1394-1395")!.value).toBeCloseTo(3.6, 9);
    expect(d.bars.find((b) => b.key === "inv-f1394")!.text).toMatchObject({ fa: "۳٫۶" });
  });
  it("shows both values of a conflict under one heading, labelled by outlet, with the qualifier", () => {
    const i = d.bars.findIndex((b) => b.header);
    expect(fa(d.bars[i].label)).toContain("ارقام ناهمخوان");
    expect(d.bars.slice(i + 1, i + 3).map((b) => b.key)).toEqual(["inv-f1399-a", "inv-f1399-b"]);
    expect(fa(d.bars[i + 1].text)).toBe("بالغ بر ۲۵٫۸۴");
    expect(fa(d.bars[i + 1].label)).not.toBe(fa(d.bars[i + 2].label));
  });
  it("leaves out doubted, unknown-period, county and national figures", () => {
    expect(ids(d)).toEqual(["inv-f1394", "inv-f1399-a", "inv-f1399-b", "inv-w1399", "inv-w1403", "inv-w1404", "inv-w1404-0615"]);
  });
  it("orders events in time and marks a sub-event as part of its event, without adding them", () => {
    expect(barKeys(d.bars)[0]).toBe("inv-f1394");
    expect(d.parts).toEqual([{ part: "coop-week-1404-openings-0615", of: "coop-week-1404" }]);
    expect(barKeys(d.bars)).toHaveLength(d.figures.length);
    const notes = chartById("package-investment").notes!(d).join(" ");
    expect(notes).toContain("بخشی از");
  });
  it("names events shortly, in Persian digits", () => {
    const label = (key: string) => fa(d.bars.find((b) => b.key === key)!.label);
    expect(label("inv-w1403")).toBe("هفتهٔ تعاون ۱۴۰۳");
    expect(label("inv-f1394")).toBe(`دههٔ فجر ۱۳۹۴ یا ۱۳۹۵${EST_MARK}`);
    expect(label("inv-w1404-0615")).toBe("هفتهٔ تعاون ۱۴۰۴، ۱۵ شهریور");
  });
  it("works the same for projects, jobs and members", () => {
    expect(ids(prep("package-projects"))).toEqual(["proj-w1399", "proj-w1403"]);
    expect(ids(prep("package-jobs"))).toEqual(["jobs-f1397", "jobs-prog", "jobs-w1403"]);
    expect(ids(prep("package-members"))).toEqual(["pmem-f1397"]);
  });
});

describe("coops-registered-active", () => {
  const d = prep<GroupedData>("coops-registered-active");
  it("pairs register and active counts of overlapping years only, province first", () => {
    expect(d.groups.map((g) => g.key)).toEqual(["lorestan", "county-a"]);
    const a = d.groups[1].items.map((i) => i.figure.id);
    expect(a).toEqual(["reg-a", "decl-a"]); // the 1401 active count does not meet the 1404 register
  });
  it("keeps a conflict pair, each bar named by its outlet", () => {
    const lor = d.groups[0].items;
    expect(lor.map((i) => i.figure.id)).toEqual(["reg-lor", "act-a", "act-b"]);
    expect(fa(lor[1].label)).not.toBe(fa(lor[2].label));
  });
  it("scales bars within each place and hides the axis", () => {
    expect(d.relative).toBe(true);
    const bars = groupedBars(d.groups, true).filter((b) => !b.header);
    expect(Math.max(...bars.map((b) => b.value!))).toBe(1);
    expect(bars.find((b) => b.key === "decl-a")!.value).toBeCloseTo(200 / 500, 9);
    expect(bars.find((b) => b.key === "decl-a")!.text).toMatchObject({ fa: "۲۰۰" });
  });
});

describe("investment-vs-facilities", () => {
  const d = prep<GroupedData>("investment-vs-facilities");
  it("takes events that reported both, with every conflicting value", () => {
    expect(d.groups.map((g) => g.key)).toEqual(["fajr-1399|lorestan", "coop-week-1404|lorestan"]);
    expect(d.groups[0].items.map((i) => i.figure.id)).toEqual(["inv-f1399-a", "inv-f1399-b", "fac-f1399"]);
  });
  it("does not state a facilities share when a value is a lower bound or in conflict", () => {
    expect(chartById("investment-vs-facilities").summary(d)).not.toContain("درصد");
  });
});

describe("facilities-banks", () => {
  const d = prep<GroupedData>("facilities-banks");
  it("groups by statement and shows a bank's part beside its total", () => {
    const county = d.groups.find((g) => g.key.startsWith("county-a"))!;
    expect(county.items.map((i) => i.figure.id)).toEqual(["credit-a", "alloc-a", "alloc-a-bank"]);
    expect(county.items[2].label.fa).toContain("بانک نمونه");
    expect(chartById("facilities-banks").notes!(d).join(" ")).toContain("بخشی از");
  });
  it("leaves the unknown-period allocation to the tables", () => {
    expect(ids(d)).not.toContain("alloc-unknown");
  });
});

describe("coop-investment", () => {
  const d = prep<GroupedData>("coop-investment");
  it("one group per cooperative, with its county, money in billion toman", () => {
    expect(d.groups.map((g) => g.key)).toEqual(["coop-b", "coop-a"]);
    expect(d.groups[1].title.fa).toContain("درمانی نمونه");
    expect(d.groups[1].title.fa).toContain("شهرستان نمونه الف");
    const rial = d.figures.find((f) => f.id === "ci-b-rial")!;
    expect(rial.display).toBeCloseTo(2.5, 9);
  });
});

describe("members-by-sex", () => {
  const d = prep<SexData>("members-by-sex");
  it("one group per statement that gives both sexes, women first", () => {
    expect(d.groups.map((g) => g.items.map((i) => i.figure.id))).toEqual([
      ["mnew-1397-f", "mnew-1397-m"],
      ["mem-a-f", "mem-a-m"],
    ]);
  });
  it("quotes the printed total and says when the parts do not add up to it", () => {
    const notes = chartById("members-by-sex").notes!(d).join(" ");
    expect(notes).toContain("۱۰٬۴۲۹");
    expect(notes).toContain("۱۰٬۴۲۸");
  });
});

describe("lorestan-share", () => {
  const d = prep<ShareData>("lorestan-share");
  const pair = (l: string) => d.pairs.filter((p) => p.lorestan.id === l);
  it("computes shares only where the times match: same year, same period, same event", () => {
    expect(d.pairs.map((p) => `${p.lorestan.id}/${p.iran.id}/${p.basis}`).sort()).toEqual([
      "act-1399/act-iran-1399/year",
      "formed-1398-09/formed-iran-1398-09/period",
      "inv-w1399/inv-iran-w1399/event",
      "proj-w1399/proj-iran-w1399/event",
    ]);
  });
  it("matches no range of years and no different year", () => {
    expect(pair("act-a")).toEqual([]); // 1401-1403
    expect(pair("act-1398")).toEqual([]); // no national figure of 1398
    expect(pair("emp-1401")).toEqual([]);
  });
  it("divides Lorestan by Iran, in percent, rounded in the table", () => {
    const p = pair("act-1399")[0];
    expect(p.share).toBeCloseTo((2600 / 94000) * 100, 9);
    expect(d.rows.find((r) => r.lorestan_source === "src-a" && r.indicator === "coops-active")!.share_percent).toBe(2.77);
  });
  it("carries qualifiers into the share: exact over «more than» is «less than»", () => {
    expect(pair("inv-w1399")[0].qualifier).toBe("less_than");
    expect(pair("inv-w1399")[0].iran.display).toBe(3000); // 30 trillion rial = 3000 billion toman
    expect(shareQualifier("exact", "exact")).toBe("exact");
    expect(shareQualifier("more_than", "exact")).toBe("more_than");
    expect(shareQualifier("exact", "at_least")).toBe("less_than");
    expect(shareQualifier("up_to", "exact")).toBe("up_to");
    expect(shareQualifier("exact", "up_to")).toBe("at_least");
    expect(shareQualifier("about", "exact")).toBe("about");
    expect(shareQualifier("more_than", "more_than")).toBe("about");
  });
  it("names the years and both sources in its summary", () => {
    const s = chartById("lorestan-share").summary(d);
    expect(s).toContain("۱۳۹۹");
    expect(s).toContain("خبرگزاری ملی نمونه");
  });
});
