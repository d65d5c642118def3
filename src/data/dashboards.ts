/**
 * Which figures each dashboard page shows, and in which sections. Every published figure belongs
 * to exactly one theme dashboard (by its indicator's theme, or /iran/ for national figures and other
 * provinces' figures), so nothing is lost between pages; /iran/ also repeats the province's figures
 * of the indicators it has national or other provinces' figures for, as context. Programmes that are not cooperative figures and the Rural
 * Cooperatives Organisation's register get sections of their own, never mixed with the rest.
 */
import type { Model, Figure, Indicator } from "./model.ts";
import { group } from "d3-array";
import { once } from "../lib/build-store.ts";
import { DASHBOARD_INLINE, pagePath, paginate, type Page } from "./paging.ts";
import type { THEME_FA } from "../i18n/press.ts";

type Theme = keyof typeof THEME_FA;

export type DashboardId = "cooperatives" | "investment" | "jobs" | "iran";

export const DASHBOARDS: Record<DashboardId, { themes: Indicator["theme"][]; chartTheme: Theme }> = {
  cooperatives: { themes: ["cooperatives", "legal"], chartTheme: "cooperatives" },
  investment: { themes: ["investment", "exports"], chartTheme: "investment" },
  jobs: { themes: ["jobs", "members"], chartTheme: "jobs" },
  iran: { themes: ["context"], chartTheme: "context" },
};

/** Lorestan or one of its counties (not Iran, not another province named for comparison). */
export const inLorestan = (f: Figure): boolean => f.place_id === "lorestan" || f.place.parent_id === "lorestan";

/** The one theme dashboard a figure belongs to: national figures and other provinces go to /iran/. */
export function dashboardOf(f: Figure): DashboardId {
  if (!inLorestan(f) || f.indicator.theme === "context") return "iran";
  const hit = (Object.keys(DASHBOARDS) as DashboardId[]).find((id) => DASHBOARDS[id].themes.includes(f.indicator.theme));
  if (!hit) throw new Error(`no dashboard for indicator theme ${f.indicator.theme}`);
  return hit;
}

export interface IndicatorGroup {
  indicator: Indicator;
  figures: Figure[];
}

export interface DashboardFigures {
  /** Every figure shown in this page's tables (context repeats included). */
  all: Figure[];
  /** The cooperative sector's figures, one group per indicator, in catalogue order. */
  cooperative: IndicatorGroup[];
  /** Programmes of the same office that are not cooperative figures. */
  nonCooperative: IndicatorGroup[];
  /** The Rural Cooperatives Organisation's separate register. */
  ruralOrg: IndicatorGroup[];
  /** Conflict groups with at least one figure on this page. */
  conflicts: Figure[][];
  doubted: Figure[];
  unknownPeriod: Figure[];
}

const collator = new Intl.Collator("fa");

/** Province first, then counties by Persian name, then Iran, then the other provinces by Persian name. */
function placeRank(model: Model, id: string): string {
  if (id === "lorestan") return "0";
  if (id === "iran") return "2";
  const place = model.places.get(id);
  return `${place?.kind === "province" ? 3 : 1}${place?.name_fa ?? id}`;
}

export function dashboardFigures(model: Model, id: DashboardId): DashboardFigures {
  return once(model, `dashboard:${id}`, () => makeDashboardFigures(model, id));
}

/**
 * Every figure of a dashboard, PAGE_SIZE a page, when there are more than DASHBOARD_INLINE (too
 * many for the dashboard itself) (`/<dashboard>/figures/`, `/<dashboard>/figures/2/`, ...); none when they all fit.
 */
export function dashboardFigurePages(model: Model, id: DashboardId): Page<Figure>[] {
  return once(model, `dashboard-pages:${id}`, () => {
    const { all } = dashboardFigures(model, id);
    return all.length > DASHBOARD_INLINE ? paginate(all) : [];
  });
}

/** Site-relative path of a dashboard's figures page n. */
export const dashboardFiguresPath = (id: DashboardId, n: number): string => pagePath(`${id}/figures`, n);

function makeDashboardFigures(model: Model, id: DashboardId): DashboardFigures {
  let all = model.figures.filter((f) => dashboardOf(f) === id);
  if (id === "iran") {
    // Context: the province's figures of every indicator that also has a national or another province's figure.
    const national = new Set(all.map((f) => f.indicator_id));
    all = [...all, ...model.figures.filter((f) => f.place_id === "lorestan" && national.has(f.indicator_id))];
  }
  const order = new Map([...model.indicators.keys()].map((k, i) => [k, i]));
  const rank = new Map([...model.places.keys()].map((p) => [p, placeRank(model, p)]));
  // The collator's and localeCompare's orders of places and periods as numbers, computed once on
  // the distinct values (a few hundred) instead of in each of the sort's n log n comparisons.
  const placeOrder = orderOf([...rank.keys()], (a, b) => collator.compare(rank.get(a)!, rank.get(b)!));
  const periodOrder = orderOf([...new Set(all.map((f) => f.period ?? "9999"))], (a, b) => a.localeCompare(b));
  const sorted = [...all].sort(
    (a, b) =>
      order.get(a.indicator_id)! - order.get(b.indicator_id)! ||
      placeOrder.get(a.place_id)! - placeOrder.get(b.place_id)! ||
      periodOrder.get(a.period ?? "9999")! - periodOrder.get(b.period ?? "9999")! ||
      a.id.localeCompare(b.id),
  );
  const groupsOf = (scope: Indicator["scope"]): IndicatorGroup[] => indicatorGroups(sorted.filter((x) => x.indicator.scope === scope));
  const ids = new Set(all.map((f) => f.id));
  return {
    all: sorted,
    cooperative: groupsOf("cooperative"),
    nonCooperative: groupsOf("non-cooperative"),
    ruralOrg: groupsOf("rural-cooperatives-org"),
    conflicts: [...model.conflicts.values()].filter((g) => g.some((f) => ids.has(f.id))),
    doubted: sorted.filter((f) => f.doubt),
    unknownPeriod: sorted.filter((f) => f.period_kind === "unknown"),
  };
}

/** Each value's place in the order `compare` gives; values it holds equal share a number. */
function orderOf(values: string[], compare: (a: string, b: string) => number): Map<string, number> {
  const sorted = [...values].sort(compare);
  const out = new Map<string, number>();
  let n = 0;
  sorted.forEach((v, i) => out.set(v, i > 0 && compare(sorted[i - 1], v) !== 0 ? ++n : n));
  return out;
}

/** Figures in one table per indicator, in the order given. */
export function indicatorGroups(figures: Figure[]): IndicatorGroup[] {
  return [...group(figures, (f) => f.indicator_id).values()].map((figs) => ({ indicator: figs[0].indicator, figures: figs }));
}

/** Lists (sectors, planned types, programmes) for a page: all on /cooperatives/, event lists where the event has package figures on /investment/. */
export function listsFor(model: Model, id: DashboardId) {
  const lists = model.data.lists;
  if (id === "cooperatives") return lists;
  if (id === "investment") {
    const events = new Set(model.figures.filter((f) => f.indicator.measure === "package" && f.event_id).map((f) => f.event_id));
    return lists.filter((l) => l.event_id && events.has(l.event_id));
  }
  return [];
}
