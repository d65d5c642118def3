/** English text of the site search: the twin of ../search.ts. */
const n = (x: number) => x.toLocaleString("en");

export const SEARCH = {
  label: "Search the site",
  placeholder: "County, figure, indicator…",
  submit: "Search",
  title: "Search",
  description: "Search the dashboards, charts, counties, sources and every single figure of the site.",
  intro:
    "Type a county, an indicator, a number or an outlet. The English pages are searched in English; names of places and indicators work in their English spelling.",
  noJs: "Search needs JavaScript, which is not running in your browser. The site's pages are listed below.",
  noJsQuery: (q: string) => `Search term: “${q}”`,
  filters: "Narrow the results",
  filterAll: "All",
  filter: { theme: "Subject", county: "County", year: "Year", kind: "Kind" },
  loading: "Loading search…",
  failed: "Search could not load. The list of pages is at the bottom of this page.",
  empty: "Type something to search for.",
  none: (q: string) => `No results for “${q}”.`,
  count: (x: number, q: string) => `${n(x)} ${x === 1 ? "result" : "results"} for “${q}”`,
  countAll: (x: number) => `${n(x)} ${x === 1 ? "result" : "results"}`,
  more: "More results",
  directory: "Every page of the site",
  dir: { dashboards: "Dashboards", charts: "Charts", counties: "Counties", sources: "Sources and other pages" },
  kinds: { dashboard: "Dashboard", chart: "Chart", county: "County", source: "Source", figure: "Figure", page: "Page" },
  themes: {
    cooperatives: "Cooperatives",
    investment: "Investment and loans",
    jobs: "Jobs and members",
    context: "Lorestan in Iran",
    counties: "Counties",
  },
} as const;
