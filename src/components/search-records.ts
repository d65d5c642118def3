/**
 * What the site search indexes besides the page text: each page's kind, theme, county and year
 * (by its path), and one record per figure and per source, so a figure is found by its value,
 * indicator, county or outlet and links to the row that shows it. Pure: model (and the paths of
 * the pages that show each figure) in, records out. Text here is display text; the indexer
 * normalises it (src/lib/search-normalize.ts) like every other indexed text.
 * It sits with the components because the search page imports it (pages never import publish/).
 */
import { CHARTS } from "../charts/registry.ts";
import type { Figure, Model } from "../data/model.ts";
import { display } from "../i18n/display.ts";
import { SEARCH as SEARCH_EN } from "../i18n/en/search.ts";
import type { Lang } from "../i18n/lang.ts";
import { SEARCH, type SearchKind, type SearchTheme } from "../i18n/search.ts";
import { faDigits } from "../lib/format.ts";

/** Filters a result can carry (Pagefind filters: any number of values each). */
export interface SearchFilters {
  theme?: string[];
  county?: string[];
  year?: string[];
  kind?: string[];
}

/** Meta shown with a result. */
export interface SearchMeta {
  title?: string;
  /** English records of a source: its Persian headline, shown after the title (isolated, right to left). */
  headline?: string;
  kind: string;
  county?: string;
  date?: string;
}

export interface SearchRecord {
  /** Site path without the base path, with an anchor for figures and sources (English: under /en/). */
  url: string;
  /** The edition it belongs to: Pagefind keeps an index per language, and only Persian text is normalised. */
  lang: Lang;
  content: string;
  meta: SearchMeta & { title: string };
  filters: SearchFilters;
}

/**
 * The most figures (and, separately, sources) that get a search record each. Past it, a figure is
 * found through the pages that list it (its county-year page, its dashboard's figure pages) and a
 * source through the /sources/ pages, which the index holds anyway. Pagefind writes one file per
 * record and its time grows faster than the records: at 10^5 figures the records alone took
 * minutes and gigabytes, and a hundred thousand files to publish. The bundled data is far below it.
 */
export const RECORDS_MAX = 2000;

/** Whether `count` items still get a record each (see RECORDS_MAX). */
export const recordsFor = (count: number): boolean => count <= RECORDS_MAX;

/** The dashboards: path -> theme. */
export const DASHBOARDS: Record<string, SearchTheme> = {
  "/cooperatives/": "cooperatives",
  "/investment/": "investment",
  "/jobs/": "jobs",
  "/iran/": "context",
};

/**
 * Filter values are the Persian labels in both editions (one set of filters; the English search
 * page shows them in English); what a result shows (its meta) is in its edition's language.
 */
const kindLabel = (k: SearchKind) => SEARCH.kinds[k];
const themeLabel = (t: SearchTheme) => SEARCH.themes[t];
const kindShown = (k: SearchKind, lang: Lang) => (lang === "fa" ? SEARCH : SEARCH_EN).kinds[k];
/** A site path in an edition. */
const inEdition = (path: string, lang: Lang) => (lang === "en" ? `/en${path}` : path);

/** The figure's place, when it is a county. */
const countyOf = (f: Figure) => (f.place.kind === "county" ? f.place : undefined);
const yearOf = (f: Figure): string | undefined => (f.year !== undefined ? faDigits(f.year) : undefined);

export interface PageSearchInfo {
  meta: SearchMeta;
  filters: SearchFilters;
}

/**
 * Kind, theme, county and year of a page, from its path; undefined for pages the search leaves
 * out (embeds, the search page itself, the 404 page).
 */
export function pageSearchInfo(path: string, model: Model, lang: Lang = "fa"): PageSearchInfo | undefined {
  if (path.startsWith("/embed/") || path === "/search/" || path === "/404.html" || path === "/404/") return undefined;
  const d = display(lang);
  const one = (kind: SearchKind, extra: Partial<PageSearchInfo["meta"]> = {}, filters: SearchFilters = {}): PageSearchInfo => ({
    meta: { kind: kindShown(kind, lang), ...extra },
    filters: { kind: [kindLabel(kind)], ...filters },
  });
  const theme = DASHBOARDS[path];
  if (theme) return one("dashboard", {}, { theme: [themeLabel(theme)] });
  const chart = path.match(/^\/charts\/([^/]+)\/$/);
  if (chart) {
    const c = CHARTS.find((x) => x.id === chart[1]);
    return one("chart", {}, c ? { theme: [themeLabel(c.theme)] } : {});
  }
  const county = path.match(/^\/counties\/([^/]+)\/(?:(\d{4})\/)?$/);
  if (county) {
    const place = model.places.get(county[1]);
    const year = county[2];
    return one(
      "county",
      { county: d.field(place, "name"), date: year ? d.year(Number(year)) : undefined },
      { ...(place ? { county: [place.name_fa] } : {}), ...(year ? { year: [faDigits(year)] } : {}), theme: [themeLabel("counties")] },
    );
  }
  if (path === "/sources/") return one("source");
  return one("page");
}

/** The figure's own line, as a reader would look for it: value, indicator, place, time, who said it. */
function figureText(f: Figure, lang: Lang): string {
  const d = display(lang);
  const parts = [
    d.figure(f),
    // English numbers are written with commas; the value as in the data is found as typed too.
    lang === "en" ? String(f.value) : undefined,
    d.field(f.indicator, "name"),
    d.field(f.cooperative, "name"),
    d.field(f.org, "name"),
    d.field(f.sector, "name"),
    d.field(f.place, "name"),
    d.period(f.period, f.period_end),
    ...f.sources.map((s) => [d.field(s, "outlet"), s.title_fa].filter(Boolean).join(": ")),
    d.field(f.official, "name"),
    d.field(f, "note"),
    d.doubt(f),
  ];
  return parts.filter(Boolean).join(" · ");
}

/**
 * One record per figure, in one edition. `pagesOf` gives the pages (site paths, Persian edition)
 * whose tables show the figure's row (`#obs-<id>`); the first dashboard among them is its home,
 * else the first page, else the source's entry, in the record's edition. Its themes are those of
 * the dashboards that show it.
 */
export function figureRecords(model: Model, pagesOf: (figureId: string) => string[], lang: Lang = "fa"): SearchRecord[] {
  const d = display(lang);
  return model.figures.map((f) => {
    const pages = pagesOf(f.id);
    const home = pages.find((p) => DASHBOARDS[p]) ?? pages[0];
    const url = inEdition(home ? `${home}#obs-${f.id}` : `/sources/#${f.source.id}`, lang);
    const county = countyOf(f);
    const year = yearOf(f);
    const themes = [...new Set(pages.map((p) => DASHBOARDS[p]).filter(Boolean))].map(themeLabel);
    return {
      url,
      lang,
      content: figureText(f, lang),
      meta: {
        title: `${d.field(f.indicator, "name")}${d.sep}${d.field(f.place, "name")}: ${d.figure(f)}`,
        kind: kindShown("figure", lang),
        ...(county ? { county: d.field(county, "name") } : {}),
        date: d.period(f.period, f.period_end),
      },
      filters: {
        kind: [kindLabel("figure")],
        ...(themes.length ? { theme: themes } : {}),
        ...(county ? { county: [county.name_fa] } : {}),
        ...(year ? { year: [year] } : {}),
      },
    };
  });
}

/** One record per source (article), in one edition: outlet, headline, date, official, and the counties it covers. */
export function sourceRecords(model: Model, lang: Lang = "fa"): SearchRecord[] {
  const d = display(lang);
  // The counties of each source's figures, in figure order: one pass over the figures.
  const countiesOf = new Map<string, Set<Figure["place"]>>();
  for (const f of model.figures) {
    const county = countyOf(f);
    if (!county) continue;
    for (const id of new Set(f.sources.map((x) => x.id))) {
      const set = countiesOf.get(id);
      if (set) set.add(county);
      else countiesOf.set(id, new Set([county]));
    }
  }
  return model.data.sources.map((s) => {
    const counties = [...(countiesOf.get(s.id) ?? [])];
    const shown = counties.map((c) => d.field(c, "name")!);
    const official = s.official_id ? d.field(model.people.get(s.official_id), "name") : undefined;
    const date = s.published_jalali ? d.date(s.published_jalali) : undefined;
    const year = s.published_jalali ? faDigits(s.published_jalali.slice(0, 4)) : undefined;
    const outlet = d.field(s, "outlet")!;
    return {
      url: inEdition(`/sources/#${s.id}`, lang),
      lang,
      content: [
        outlet,
        s.title_fa,
        date?.main,
        lang === "en" ? date?.other : undefined,
        official,
        s.news_code ? d.digits(s.news_code) : undefined,
        ...shown,
      ]
        .filter(Boolean)
        .join(" · "),
      meta: {
        ...(lang === "fa" && s.title_fa ? { title: `${outlet}: ${s.title_fa}` } : { title: outlet }),
        ...(lang === "en" && s.title_fa ? { headline: s.title_fa } : {}),
        kind: kindShown("source", lang),
        ...(shown.length ? { county: shown.join(d.sep) } : {}),
        ...(date ? { date: date.main } : {}),
      },
      filters: {
        kind: [kindLabel("source")],
        ...(counties.length ? { county: counties.map((c) => c.name_fa) } : {}),
        ...(year ? { year: [year] } : {}),
      },
    };
  });
}

const faCollator = new Intl.Collator("fa");

/** The values each filter can take, for the search page's menus (same labels as the records). */
export function filterOptions(model: Model): { theme: string[]; county: string[]; year: string[]; kind: string[] } {
  const years = new Set<number>();
  for (const f of model.figures) if (f.year !== undefined) years.add(f.year);
  for (const s of model.data.sources) if (s.published_jalali) years.add(Number(s.published_jalali.slice(0, 4)));
  return {
    theme: Object.values(SEARCH.themes),
    county: model.data.places
      .filter((p) => p.kind === "county")
      .map((p) => p.name_fa)
      .sort(faCollator.compare),
    year: [...years].sort((a, b) => b - a).map((y) => faDigits(y)),
    kind: Object.values(SEARCH.kinds),
  };
}
