/**
 * The "Lorestan in Iran" comparison charts: behaviour on the synthetic model (one case of each
 * rule), and properties that must hold for any valid real data (never exact real values).
 */
import { describe, expect, it } from "vitest";
import { syntheticModel } from "./fixtures.ts";
import { validateDataDir } from "../../src/validate/index.ts";
import { buildModel, type Model } from "../../src/data/model.ts";
import { chartById } from "../../src/charts/registry.ts";
import provincesActive, { prepareProvinceBars } from "../../src/charts/modules/provinces-active-coops.ts";
import provincesRegistered from "../../src/charts/modules/provinces-registered-coops.ts";
import nationalTables from "../../src/charts/modules/provinces-national-tables.ts";
import definitions from "../../src/charts/modules/iran-coops-definitions.ts";
import { periodKey } from "../../src/charts/period-label.ts";

const model = syntheticModel();
const report = validateDataDir(`${__dirname}/../../data`);
const real: Model | undefined = report.valid && report.data ? buildModel(report.data) : undefined;

describe("provinces-active-coops (synthetic)", () => {
  const d = provincesActive.prepare(model);
  it("shows one bar per province with a dated, undoubted figure: the most recent one", () => {
    expect(d.chosen.map((f) => f.id)).toEqual(["prov-x-act", "act-a", "prov-y-table"]);
    // Province X's 1404 count wins over its 1398 count and its older table row.
    expect(d.rows.map((r) => r.place)).toEqual(["province-x", "lorestan", "province-y"]);
  });
  it("draws Lorestan in its own colour and labels every bar with its date and outlet", () => {
    const lor = d.bars.find((b) => b.key === "act-a")!;
    expect(lor.series).toBe("s2");
    expect(d.bars.filter((b) => b.key !== "act-a").every((b) => b.series === "s1")).toBe(true);
    expect(d.bars[0].label).toMatchObject({ fa: expect.stringContaining("۱۸ شهریور ۱۴۰۴") });
    expect(d.bars[0].label).toMatchObject({
      fa: expect.stringContaining("استانی نمونه"),
      en: expect.stringContaining("9 Sep 2025 (18 Shahrivar 1404)"),
    });
  });
  it("names undated provinces in the notes and states the spread of dates and that it is no official rank", () => {
    const notes = provincesActive.notes!(d).join("\n");
    expect(notes).toContain("استان نمونه زد");
    expect(notes).not.toContain("استان نمونه وای زمان"); // Y has a dated row; its doubted one is simply left out
    expect(notes).toContain("سال‌های ۱۳۹۶ تا ۱۴۰۴");
    expect(notes).toContain("رتبه‌بندی رسمی نیست");
    const summary = provincesActive.summary(d);
    expect(summary).toContain("سال‌های ۱۳۹۶ تا ۱۴۰۴");
    expect(summary).toContain("رتبه‌بندی رسمی نیست");
    expect(summary).not.toMatch(/رتبهٔ|رتبه [۰-۹]/);
  });
  it("never charts a doubted or undated figure, nor a county or Iran", () => {
    const all = prepareProvinceBars(model, { id: "x", indicator: "coops-active" }).chosen;
    expect(all.some((f) => f.doubt || f.period_kind === "unknown")).toBe(false);
    expect(all.every((f) => f.place.kind === "province")).toBe(true);
  });
  it("keeps registered cooperatives in a chart of their own", () => {
    const r = provincesRegistered.prepare(model);
    expect(r.chosen.map((f) => f.indicator_id)).toEqual(["coops-registered", "coops-registered"]);
    expect(r.chosen.map((f) => f.place_id)).toEqual(["province-x", "lorestan"]);
  });
});

describe("provinces-national-tables (synthetic)", () => {
  const d = nationalTables.prepare(model);
  it("makes one group per published table naming two provinces or more, at one date", () => {
    expect(d.groups.map((g) => g.items.map((i) => i.figure.id))).toEqual([
      ["prov-x-table", "prov-y-table"],
      ["prov-x-formed", "formed-1398-09"],
    ]);
    for (const g of d.groups) {
      expect(
        new Set(g.items.map((i) => `${i.figure.source_id}|${i.figure.indicator_id}|${periodKey(i.figure.period, i.figure.period_end)}`))
          .size,
      ).toBe(1);
    }
  });
  it("scales bars within each group and marks Lorestan", () => {
    expect(d.relative).toBe(true);
    expect(d.groups[1].items.find((i) => i.figure.place_id === "lorestan")!.series).toBe("s2");
    expect(nationalTables.summary(d)).toContain("لرستان در ۱ گروه");
  });
});

describe("iran-coops-definitions (synthetic)", () => {
  const d = definitions.prepare(model);
  it("keeps each definition in its own group, in a fixed order", () => {
    expect(d.groups.map((g) => g.key)).toEqual(["coops-active", "coops-active-or-building", "coops-dissolved"]);
    for (const g of d.groups) expect(new Set(g.items.map((i) => i.figure.indicator_id))).toEqual(new Set([g.key]));
    expect(d.rows.map((r) => r.indicator)).toEqual(d.figures.map((f) => f.indicator_id));
  });
});

describe.skipIf(!real)("comparison charts on the real data (properties)", () => {
  it("province bars: one per province, provinces only, dated and undoubted, Lorestan highlighted if present", () => {
    for (const id of ["provinces-active-coops", "provinces-registered-coops"]) {
      const d = chartById(id).prepare(real!) as ReturnType<typeof provincesActive.prepare>;
      const places = d.chosen.map((f) => f.place_id);
      expect(new Set(places).size).toBe(places.length);
      for (const f of d.chosen) {
        expect(f.place.kind).toBe("province");
        expect(f.chartable).toBe(true);
      }
      for (const b of d.bars) expect(b.series).toBe(b.key === d.chosen.find((f) => f.place_id === "lorestan")?.id ? "s2" : "s1");
      expect(chartById(id).summary(d)).toContain("رتبه‌بندی رسمی نیست");
    }
  });
  it("national tables: every group is one statement (source, indicator, period, event) of two provinces or more", () => {
    const d = nationalTables.prepare(real!);
    for (const g of d.groups) {
      const keys = new Set(
        g.items.map(
          (i) =>
            `${i.figure.source_id}|${i.figure.indicator_id}|${periodKey(i.figure.period, i.figure.period_end)}|${i.figure.event_id ?? ""}`,
        ),
      );
      expect(keys.size).toBe(1);
      expect(new Set(g.items.map((i) => i.figure.place_id)).size).toBeGreaterThanOrEqual(2);
    }
  });
  it("national definitions are never mixed in a group", () => {
    const d = definitions.prepare(real!);
    for (const g of d.groups) expect(g.items.every((i) => i.figure.indicator_id === g.key && i.figure.place_id === "iran")).toBe(true);
  });
});
