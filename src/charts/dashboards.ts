/**
 * Which figures each dashboard page shows, and in which sections. Every published figure belongs
 * to exactly one theme dashboard (by its indicator's theme, or /iran/ for national figures and other
 * provinces' figures), so nothing is lost between pages; /iran/ also repeats the province's figures
 * of the indicators it has national or other provinces' figures for, as context. Programmes that are not cooperative figures and the Rural
 * Cooperatives Organisation's register get sections of their own, never mixed with the rest.
 */
import type { Model, Figure, Indicator } from "../data/model.ts";
import type { Theme } from "./types.ts";

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

/** Province first, then counties by Persian name, then Iran, then the other provinces by Persian name. */
function placeRank(model: Model, id: string): string {
  if (id === "lorestan") return "0";
  if (id === "iran") return "2";
  const place = model.places.get(id);
  return `${place?.kind === "province" ? 3 : 1}${place?.name_fa ?? id}`;
}

export function dashboardFigures(model: Model, id: DashboardId): DashboardFigures {
  let all = model.figures.filter((f) => dashboardOf(f) === id);
  if (id === "iran") {
    // Context: the province's figures of every indicator that also has a national or another province's figure.
    const national = new Set(all.map((f) => f.indicator_id));
    all = [...all, ...model.figures.filter((f) => f.place_id === "lorestan" && national.has(f.indicator_id))];
  }
  const order = [...model.indicators.keys()];
  const sorted = [...all].sort(
    (a, b) =>
      order.indexOf(a.indicator_id) - order.indexOf(b.indicator_id) ||
      placeRank(model, a.place_id).localeCompare(placeRank(model, b.place_id), "fa") ||
      (a.period ?? "9999").localeCompare(b.period ?? "9999") ||
      a.id.localeCompare(b.id),
  );
  const groupsOf = (scope: Indicator["scope"]): IndicatorGroup[] => {
    const groups = new Map<string, IndicatorGroup>();
    for (const f of sorted.filter((x) => x.indicator.scope === scope)) {
      if (!groups.has(f.indicator_id)) groups.set(f.indicator_id, { indicator: f.indicator, figures: [] });
      groups.get(f.indicator_id)!.figures.push(f);
    }
    return [...groups.values()];
  };
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
