/** Which figures each dashboard shows: nothing lost, scopes kept apart, context on /iran/. */
import { describe, expect, it } from "vitest";
import { DASHBOARDS, dashboardFigures, dashboardOf, listsFor, type DashboardId } from "../../src/data/dashboards.ts";
import { syntheticModel } from "./fixtures.ts";

const model = syntheticModel();
const PAGES = Object.keys(DASHBOARDS) as DashboardId[];

describe("dashboards", () => {
  it("every figure belongs to exactly one theme dashboard and appears in its tables", () => {
    for (const f of model.figures) {
      const home = dashboardOf(f);
      expect(dashboardFigures(model, home).all.map((x) => x.id)).toContain(f.id);
    }
    const counted = PAGES.flatMap((p) => dashboardFigures(model, p).all.filter((f) => dashboardOf(f) === p));
    expect(counted).toHaveLength(model.figures.length);
  });
  it("keeps non-cooperative programmes and the Rural Cooperatives Organisation in their own sections", () => {
    const inv = dashboardFigures(model, "investment");
    expect(inv.nonCooperative.flatMap((g) => g.figures.map((f) => f.id))).toEqual(["rural-loans"]);
    expect(inv.cooperative.flatMap((g) => g.figures).some((f) => f.indicator.scope !== "cooperative")).toBe(false);
    const coops = dashboardFigures(model, "cooperatives");
    expect(coops.ruralOrg.flatMap((g) => g.figures.map((f) => f.id))).toEqual(["rco-agents"]);
  });
  it("lists doubted and unknown-period figures (tables show them) and the conflicts", () => {
    const coops = dashboardFigures(model, "cooperatives");
    expect(coops.doubted.map((f) => f.id)).toEqual(["act-doubt"]);
    expect(coops.unknownPeriod.map((f) => f.id).sort()).toEqual(["act-unknown", "formed-unknown", "reg-a-unknown"]);
    expect(coops.conflicts.map((g) => g.map((f) => f.id))).toEqual([["act-a", "act-b"]]);
  });
  it("/iran/ shows national figures with the province's figures of the same indicators", () => {
    const iran = dashboardFigures(model, "iran");
    const active = iran.cooperative.find((g) => g.indicator.id === "coops-active")!;
    expect(active.figures.map((f) => f.place_id)).toContain("lorestan");
    expect(active.figures.map((f) => f.place_id)).toContain("iran");
    expect(active.figures.some((f) => f.place_id === "county-a")).toBe(false);
    // An indicator with no national figure is not repeated on /iran/.
    expect(iran.cooperative.some((g) => g.indicator.id === "coops-declared-active")).toBe(false);
    // Other provinces' figures are on /iran/ only, with Lorestan's figures of the same indicator beside them.
    const registered = iran.cooperative.find((g) => g.indicator.id === "coops-registered")!;
    expect(registered.figures.map((f) => f.place_id)).toEqual(["lorestan", "province-x"]);
    for (const id of ["cooperatives", "investment", "jobs"] as const) {
      expect(dashboardFigures(model, id).all.filter((f) => f.place.kind === "province" && f.place_id !== "lorestan")).toEqual([]);
    }
  });
  it("orders each table province first, then counties, unknown periods last", () => {
    const g = dashboardFigures(model, "cooperatives").cooperative.find((x) => x.indicator.id === "coops-active")!;
    expect(g.figures[0].place_id).toBe("lorestan");
    const lor = g.figures.filter((f) => f.place_id === "lorestan");
    expect(lor.at(-1)!.period_kind).toBe("unknown");
  });
  it("lists: all on /cooperatives/, event lists with packages on /investment/", () => {
    expect(listsFor(model, "cooperatives").map((l) => l.id)).toEqual(["list-types", "list-week"]);
    expect(listsFor(model, "investment").map((l) => l.id)).toEqual(["list-week"]);
    expect(listsFor(model, "jobs")).toEqual([]);
  });
});
