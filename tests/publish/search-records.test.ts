import { describe, expect, it } from "vitest";
import { SEARCH } from "../../src/i18n/search.ts";
import { SEARCH as SEARCH_EN } from "../../src/i18n/en/search.ts";
import {
  figureRecords,
  filterOptions,
  pageSearchInfo,
  recordsFor,
  RECORDS_MAX,
  sourceRecords,
} from "../../src/components/search-records.ts";
import { model } from "../pages/fixtures.ts";

describe("pageSearchInfo", () => {
  it("leaves out embeds, the search page and the 404 page", () => {
    for (const p of ["/embed/active-coops/", "/search/", "/404.html"]) expect(pageSearchInfo(p, model), p).toBeUndefined();
  });
  it("gives dashboards their theme, county pages their county and year", () => {
    expect(pageSearchInfo("/jobs/", model)).toEqual({
      meta: { kind: SEARCH.kinds.dashboard },
      filters: { kind: [SEARCH.kinds.dashboard], theme: [SEARCH.themes.jobs] },
    });
    const y = pageSearchInfo("/counties/rumeshkan/1401/", model)!;
    expect(y.meta).toEqual({ kind: SEARCH.kinds.county, county: "رومشکان", date: "۱۴۰۱" });
    expect(y.filters.county).toEqual(["رومشکان"]);
    expect(y.filters.year).toEqual(["۱۴۰۱"]);
    expect(pageSearchInfo("/charts/active-coops/", model)!.filters.theme).toEqual([SEARCH.themes.cooperatives]);
    expect(pageSearchInfo("/sources/", model)!.meta.kind).toBe(SEARCH.kinds.source);
    expect(pageSearchInfo("/methodology/", model)!.meta.kind).toBe(SEARCH.kinds.page);
  });
});

describe("figureRecords", () => {
  const shownOn = (id: string) => (id === model.figures[0].id ? ["/counties/x/", "/jobs/", "/iran/"] : []);
  const records = figureRecords(model, shownOn);
  it("makes one record per figure, linked to its row on the first dashboard that shows it", () => {
    expect(records).toHaveLength(model.figures.length);
    expect(records[0].url).toBe(`/jobs/#obs-${model.figures[0].id}`);
    expect(records[0].filters.theme).toEqual([SEARCH.themes.jobs, SEARCH.themes.context]);
    // a figure no page shows falls back to its source's entry
    expect(records[1].url).toBe(`/sources/#${model.figures[1].source.id}`);
  });
  it("carries value, indicator, place and outlet in its text, and county and Jalali year as filters", () => {
    const county = model.figures.findIndex((f) => f.place.kind === "county" && f.year !== undefined);
    const f = model.figures[county];
    const r = records[county];
    expect(r.content).toContain(f.indicator.name_fa);
    expect(r.content).toContain(f.place.name_fa);
    expect(r.content).toContain(f.source.outlet_fa);
    expect(r.content).toMatch(/[۰-۹]/);
    expect(r.content).not.toMatch(/[0-9]/);
    expect(r.filters.county).toEqual([f.place.name_fa]);
    expect(r.filters.year).toEqual([String(f.year).replace(/\d/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[+d])]);
    expect(r.meta.kind).toBe(SEARCH.kinds.figure);
    expect(r.meta.county).toBe(f.place.name_fa);
  });
});

describe("sourceRecords and filterOptions", () => {
  it("lists every source with its outlet, and filter values the records use", () => {
    const sources = sourceRecords(model);
    expect(sources).toHaveLength(model.data.sources.length);
    for (const s of sources) expect(s.url).toMatch(/^\/sources\/#/);
    const opts = filterOptions(model);
    const used = [...figureRecords(model, () => ["/jobs/"]), ...sources];
    for (const key of ["county", "year"] as const) {
      for (const r of used) for (const v of r.filters[key] ?? []) expect(opts[key], `${key} ${v}`).toContain(v);
    }
    expect(opts.year).toEqual([...opts.year].sort().reverse());
  });
});

describe("recordsFor", () => {
  it("gives records one each up to RECORDS_MAX items, none past it", () => {
    expect(recordsFor(0)).toBe(true);
    expect(recordsFor(RECORDS_MAX)).toBe(true);
    expect(recordsFor(RECORDS_MAX + 1)).toBe(false);
  });
});

describe("English records", () => {
  const shownOn = (id: string) => (id === model.figures[0].id ? ["/counties/x/", "/jobs/"] : []);
  const fa = figureRecords(model, shownOn);
  const en = figureRecords(model, shownOn, "en");
  const arabicScript = /[\u0600-\u06FF]/;
  it("give every figure a record in the English edition, linked to the English twin of its row", () => {
    expect(en).toHaveLength(fa.length);
    expect(en[0].url).toBe(`/en/jobs/#obs-${model.figures[0].id}`);
    expect(en[1].url).toBe(`/en/sources/#${model.figures[1].source.id}`);
    for (const r of en) expect(r.lang).toBe("en");
    for (const r of fa) expect(r.lang).toBe("fa");
  });
  it("show kind, county and date in English, and filter by the same values as the Persian records", () => {
    en.forEach((r, i) => {
      const f = model.figures[i];
      expect(r.meta.kind).toBe(SEARCH_EN.kinds.figure);
      for (const v of [r.meta.kind, r.meta.county, r.meta.date]) if (v) expect(v, `${f.id}: ${v}`).not.toMatch(arabicScript);
      expect(r.content).toContain(f.indicator.name_en);
      expect(r.content).toContain(f.place.name_en);
      expect(r.content).toContain(String(f.value));
      expect(r.filters).toEqual(fa[i].filters);
    });
  });
  it("give every source an English record, and English pages English meta with Persian filters", () => {
    const sources = sourceRecords(model, "en");
    const faSources = sourceRecords(model);
    expect(sources).toHaveLength(model.data.sources.length);
    sources.forEach((r, i) => {
      expect(r.url).toBe(`/en${faSources[i].url}`);
      expect(r.meta.kind).toBe(SEARCH_EN.kinds.source);
      expect(r.content).toContain(model.data.sources[i].outlet_en);
      // The Persian headline is kept apart, for the page to isolate it; the title itself is English.
      expect(r.meta.title).not.toMatch(arabicScript);
      expect(r.meta.headline).toBe(model.data.sources[i].title_fa);
      for (const v of [r.meta.county, r.meta.date]) if (v) expect(v).not.toMatch(arabicScript);
      expect(r.filters).toEqual(faSources[i].filters);
    });
    const page = pageSearchInfo("/counties/rumeshkan/1401/", model, "en")!;
    expect(page.meta).toEqual({ kind: SEARCH_EN.kinds.county, county: model.places.get("rumeshkan")!.name_en, date: "1401 (2022–23)" });
    expect(page.filters).toEqual(pageSearchInfo("/counties/rumeshkan/1401/", model)!.filters);
  });
});
