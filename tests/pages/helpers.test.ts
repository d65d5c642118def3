/**
 * The derived tables behind the county, source and timeline pages, the county map and the county
 * charts, on synthetic data (tests/pages/fixtures.ts).
 */
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { model, DATA } from "./fixtures.ts";
import { buildModel } from "../../src/data/model.ts";
import { counties, countyEntries, mapAreas, containingArea } from "../../src/data/counties.ts";
import { statements, chronological, byYear, newestFirst } from "../../src/data/timeline.ts";
import { mapClasses, classOf } from "../../src/charts/kinds/map-classes.ts";
import { legendLayout } from "../../src/charts/kit/legend.ts";
import countyMap from "../../src/charts/modules/county-map.ts";
import { countySeries } from "../../src/charts/kinds/county-series.ts";
import { renderChart } from "../../src/charts/render.ts";
import { routeToPath } from "../../src/pages/sitemap.xml.ts";

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe("counties", () => {
  it("lists every county once, in Persian alphabetical order", () => {
    const list = counties(model);
    expect(list).toHaveLength(12);
    expect(list[0].name_fa).toBe("ازنا");
    expect(list.map((p) => p.name_fa)).toEqual([...list.map((p) => p.name_fa)].sort(new Intl.Collator("fa").compare));
  });

  it("gathers each county's figures, years, undated figures, sources, cooperatives and lists", () => {
    const e = countyEntries(model);
    const borujerd = e.get("borujerd")!;
    expect(ids(borujerd.figures).sort()).toEqual(["o1", "o2", "o3", "o4", "o5", "o6", "o7"]);
    expect(borujerd.years).toEqual([1401, 1403]);
    expect(ids(borujerd.byYear.get(1401)!)).toEqual(["o3"]);
    expect(ids(borujerd.sources)).toEqual(["s-b", "s-a"]);
    const selseleh = e.get("selseleh")!;
    expect(ids(selseleh.undated)).toEqual(["o9"]);
    expect(selseleh.years).toEqual([1402]);
    expect(e.get("azna")!.figures).toEqual([]);
    expect(ids(e.get("kuhdasht")!.cooperatives)).toEqual(["coop-1"]);
    expect(ids(e.get("rumeshkan")!.lists)).toEqual(["list-1"]);
  });

  it("draws Mamulan inside the Pol-e Dokhtar polygon and leaves no county unmapped", () => {
    const { areas, unmapped } = mapAreas(model);
    expect(areas).toHaveLength(11);
    const pd = areas.find((a) => a.shape.properties.id === "IR15-pol-e-dokhtar")!;
    expect(ids(pd.places)).toEqual(["pol-e-dokhtar", "mamulan"]);
    expect(unmapped).toEqual([]);
    expect(containingArea(model, "mamulan")?.shape.properties.id).toBe("IR15-pol-e-dokhtar");
    expect(containingArea(model, "borujerd")).toBeUndefined();
  });

  it("reports a county whose polygon id matches nothing", () => {
    const data = { ...DATA, places: DATA.places.map((p) => (p.id === "azna" ? { ...p, geo_id: "IR15-nowhere" } : p)) };
    expect(ids(mapAreas(buildModel(data)).unmapped)).toEqual(["azna"]);
  });
});

describe("map classes", () => {
  it("follow 1-2-5 steps that tile 1..max with no gap", () => {
    expect(mapClasses(19).map((c) => [c.lo, c.hi])).toEqual([
      [1, 1],
      [2, 4],
      [5, 9],
      [10, 19],
    ]);
    expect(mapClasses(1).map((c) => [c.lo, c.hi])).toEqual([[1, 1]]);
    expect(mapClasses(0)).toEqual([]);
    for (const max of [3, 20, 57, 480, 250_000]) {
      const cs = mapClasses(max);
      expect(cs[0].lo).toBe(1);
      expect(cs[cs.length - 1].hi).toBe(max);
      cs.slice(1).forEach((c, i) => expect(c.lo).toBe(cs[i].hi + 1));
      for (const c of cs) expect(c.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(new Set(cs.map((c) => c.color)).size).toBe(Math.min(cs.length, 5));
    }
  });

  it("puts each count in exactly one class", () => {
    const cs = mapClasses(57);
    for (let v = 1; v <= 57; v++) expect(cs.filter((c) => v >= c.lo && v <= c.hi)).toHaveLength(1);
    expect(classOf(cs, 57)).toBe(cs.length - 1);
  });

  it("wraps the legend into rows that fit", () => {
    const items = Array.from({ length: 6 }, (_, i) => ({ label: `برچسب بسیار بلند شمارهٔ ${i}`, fill: "#000" }));
    const narrow = legendLayout(items, 320);
    expect(Math.max(...narrow.items.map((i) => i.row))).toBeGreaterThan(0);
    for (const it of narrow.items) expect(it.x).toBeLessThanOrEqual(312);
    expect(legendLayout(items.slice(0, 1), 640).items[0].row).toBe(0);
  });
});

describe("county map", () => {
  const d = countyMap.prepare(model);

  it("gives counties without figures no value (never zero)", () => {
    const azna = d.rows.find((r) => r.county === "azna")!;
    expect(azna.value).toBeNull();
    expect(d.rows.some((r) => r.value === 0)).toBe(false);
    expect(d.rows.find((r) => r.county === "borujerd")!.value).toBe(7);
    expect(d.rows).toHaveLength(12);
  });

  it("colours the Pol-e Dokhtar polygon with Mamulan's figures too", () => {
    const pd = d.areas.find((a) => a.area.shape.properties.id === "IR15-pol-e-dokhtar")!;
    expect(pd.value).toBe(1);
    expect(d.areas.find((a) => a.area.shape.properties.id === "IR15-azna")!.value).toBeUndefined();
  });

  it("draws a hatched no-data class, a legend, the OSM credit and only Persian digits", () => {
    const r = renderChart(countyMap, model, 640);
    const { document } = parseHTML(`<html><body>${r.svg}</body></html>`);
    const svg = document.querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.querySelector("pattern[id^='county-map-nodata']")).not.toBeNull();
    expect(svg.querySelectorAll("g.map-nodata path")).toHaveLength(d.areas.filter((a) => a.value === undefined).length);
    const text = [...svg.querySelectorAll("text")].map((t) => t.textContent).join(" ");
    expect(text).toContain("بدون داده");
    expect(text).toContain("OpenStreetMap");
    expect(text).not.toMatch(/[0-9]/);
    expect(r.summary).toContain("ازنا");
  });

  it("draws a different pattern id at each width (both drawings share a page)", () => {
    const patternId = (w: number) => renderChart(countyMap, model, w).svg!.match(/id="(county-map-nodata[^"]*)"/)![1];
    const [a, b] = [patternId(640), patternId(320)];
    expect(a).not.toBe(b);
  });
});

describe("county series", () => {
  const coops = (place: string) =>
    countySeries({
      id: `t-${place}`,
      title: "t",
      subtitle: "s",
      place,
      indicators: ["coops-registered", "coops-active", "coops-declared-active"],
      unitLabel: "تعداد",
    });

  it("charts the county's levels, including a figure tied to a system (not a bank)", () => {
    const d = coops("borujerd").prepare(model);
    expect(d.empty).toBeUndefined();
    expect(ids(d.figures).sort()).toEqual(["o1", "o2", "o3", "o6"]);
    expect(d.points.find((p) => p.figure.id === "o3")!.inferred).toBe(true);
    expect(d.legend.map((l) => l.series)).toEqual([0, 1, 2]);
  });

  it("leaves out parts (by sex, by bank), unknown periods and doubted figures, and is empty below two points", () => {
    const members = countySeries({
      id: "t-m",
      title: "t",
      subtitle: "s",
      place: "borujerd",
      indicators: ["members"],
      unitLabel: "نفر",
    }).prepare(model);
    expect(ids(members.figures)).toEqual(["o4"]);
    expect(members.empty).toBeTruthy();
    const selseleh = coops("selseleh").prepare(model);
    expect(selseleh.figures).toEqual([]);
    expect(selseleh.empty).toBeTruthy();
  });

  it("renders with Persian digits only", () => {
    const r = renderChart(coops("borujerd"), model, 640);
    const { document } = parseHTML(`<html><body>${r.svg}</body></html>`);
    const text = [...document.querySelectorAll("text")].map((t) => t.textContent).join(" ");
    expect(text).not.toMatch(/[0-9]/);
    expect(text).toContain("۹۰۰");
  });
});

describe("statements", () => {
  const st = statements(model);

  it("gives each source every figure it reported, as primary or also-reporting source", () => {
    expect(ids(st.get("s-b")!.figures).sort()).toEqual(["o10", "o2", "o3"]);
    expect([...st.get("s-b")!.alsoFigures]).toEqual(["o2"]);
    expect(st.get("s-a")!.alsoFigures.size).toBe(0);
    expect(ids(st.get("s-a")!.lists)).toEqual(["list-1"]);
    expect(ids(st.get("s-a")!.events)).toEqual(["ev-1"]);
    expect(ids(st.get("s-a")!.officials)).toEqual(["p-1"]);
    const total = [...st.values()].reduce((n, s) => n + s.figures.length, 0);
    expect(total).toBe(model.figures.reduce((n, f) => n + f.sources.length, 0));
  });

  it("orders dated statements by Jalali date (ties by id) and puts undated ones last", () => {
    const { dated, undated } = chronological(model);
    expect(dated.map((s) => s.source.id)).toEqual(["s-b", "s-a", "s-d"]);
    expect(undated.map((s) => s.source.id)).toEqual(["s-c"]);
    expect(byYear(dated).map((g) => [g.year, g.items.length])).toEqual([
      [1401, 1],
      [1403, 2],
    ]);
    expect(newestFirst(model).map((s) => s.source.id)).toEqual(["s-d", "s-a", "s-b", "s-c"]);
  });
});

describe("sitemap routes", () => {
  it("turns page files and params into paths", () => {
    expect(routeToPath("./index.astro")).toBe("");
    expect(routeToPath("./sources.astro")).toBe("sources/");
    expect(routeToPath("./counties/index.astro")).toBe("counties/");
    expect(routeToPath("./counties/[id]/index.astro", { id: "borujerd" })).toBe("counties/borujerd/");
    expect(routeToPath("./counties/[id]/[year].astro", { id: "borujerd", year: "1404" })).toBe("counties/borujerd/1404/");
    expect(routeToPath("./docs/[...slug].astro", { slug: "a/b" })).toBe("docs/a/b/");
  });
});
