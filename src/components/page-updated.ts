/**
 * "Last updated" of a page, for the footer of every page: the newest release that added, revised
 * or withdrew one of the figures the page shows (lastUpdated in data/releases.ts), never typed by
 * hand. Worked out from the page's address, so the layout needs nothing from the page and the
 * English twins (`/en/...`) get the same date as their Persian pages. Pages that show no figures
 * of their own (methodology, search, what's new, open data, the home page's summary of the
 * whole site) get the latest release's date; a release's data page gets that release's date.
 */
import type { Model } from "../data/model.ts";
import { lastUpdated } from "../data/releases.ts";
import { countyEntries } from "../data/counties.ts";
import { dashboardFigurePages, dashboardFigures, DASHBOARDS, type DashboardId } from "../data/dashboards.ts";
import { sourcePages, timelinePages } from "../data/paging.ts";
import { CHARTS, chartsOf } from "../charts/registry.ts";
import { chartState } from "../charts/render.ts";
import { once } from "../lib/build-store.ts";

/** The ids of the figures a page shows, or undefined for a page without figures of its own. */
export function pageFigureIds(model: Model, path: string): string[] | undefined {
  const [section, a, b] = path.split("/").filter(Boolean);
  const chartFigures = (ids: string[]) =>
    ids.flatMap((id) =>
      chartState(
        CHARTS.find((c) => c.id === id)!,
        model,
      ).data.figures.map((f) => f.id),
    );
  const page = (n?: string) => (n && /^\d+$/.test(n) ? Number(n) : 1);
  if (section in DASHBOARDS) {
    const id = section as DashboardId;
    if (a === "figures") return dashboardFigurePages(model, id)[page(b) - 1]?.items.map((f) => f.id);
    return [...dashboardFigures(model, id).all.map((f) => f.id), ...chartFigures(chartsOf(DASHBOARDS[id].chartTheme).map((c) => c.id))];
  }
  switch (section) {
    case "charts":
      return a && CHARTS.some((c) => c.id === a) ? chartFigures([a]) : chartFigures(CHARTS.map((c) => c.id));
    case "counties": {
      const entries = countyEntries(model);
      if (!a) return [...entries.values()].flatMap((e) => e.figures.map((f) => f.id));
      const e = entries.get(a);
      if (!e) return undefined;
      return (b ? (e.byYear.get(Number(b)) ?? []) : e.figures).map((f) => f.id);
    }
    case "sources":
      return sourcePages(model)[page(a) - 1]?.items.flatMap((st) => st.figures.map((f) => f.id));
    case "timeline":
      return timelinePages(model)[page(a) - 1]?.items.flatMap((st) => st.figures.map((f) => f.id));
    default:
      return undefined;
  }
}

/**
 * The Jalali date to show as a page's "last updated" (undefined before the first release).
 * `path`: the page's path below the site's base, with or without the `en/` prefix.
 */
export function pageUpdated(model: Model, path: string): string | undefined {
  const clean = path.replace(/^\/+/, "").replace(/^en(\/|$)/, "");
  return once(model, `page-updated:${clean}`, () => {
    const latest = model.history.releases[0]?.date;
    const release = clean.match(/^data\/releases\/(r\d+)\/?$/)?.[1];
    if (release) return model.data.releases.find((r) => r.id === release)?.date ?? latest;
    const ids = pageFigureIds(model, clean);
    return ids ? (lastUpdated(model.history, ids) ?? latest) : latest;
  });
}
