/** English text of the individual pages and components: the twin of ../pages.ts, with the same keys. */
import { gregorianSpan } from "../../lib/format.ts";

const n = (x: number) => x.toLocaleString("en");
const s = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;

export const HOME = {
  headlines: "Key figures",
  latest: "Latest statements",
  conflicts: "When outlets reported different numbers",
  allConflicts: (x: number) => `All ${n(x)} conflicting reports, in the methodology`,
  dashboards: "Dashboards",
  figuresCount: (x: number) => s(x, "figure", "figures"),
  counties: "Counties",
  dash: [
    { href: "cooperatives/", title: "Cooperatives", text: "Active and registered cooperatives, new cooperatives, types and sectors" },
    {
      href: "investment/",
      title: "Investment and loans",
      text: "Projects opened in Cooperatives Week and the Fajr decade, loans from banks and funds",
    },
    { href: "jobs/", title: "Jobs and members", text: "Jobs created and planned, people employed in the cooperative sector, members" },
    { href: "iran/", title: "Lorestan in Iran", text: "National figures beside the province's" },
    { href: "counties/", title: "Counties", text: "A map and a page for each of the 12 counties" },
  ],
} as const;

export const FIGURE_TABLE = { female: "women", male: "men" } as const;

export const SOURCE_FIGURES = { female: "women", male: "men", primary: "main source of this figure", also: "also in" } as const;

export const COUNTY_LINKS = { count: (x: number) => (x ? s(x, "figure", "figures") : "no data") } as const;

export const SOURCE_ENTRY = {
  untitled: "Untitled article",
  outlet: "Outlet",
  readOn: "Copy read on",
  readOnNote: "(republished; the outlet above is the original source)",
  url: "Address",
  noUrl: "No public address found",
  code: "News code",
  date: "Published",
  quoted: "Speaker",
  title: "Title",
  titleNote: "(as published, in Persian)",
  figures: (x: number) => `Figures in this article (${n(x)})`,
  alsoCount: (x: number) =>
    `This article reported ${s(x, "figure", "figures")} also reported by another article, which the site takes as the main source (shown beside each figure).`,
  noFigures: "This article has no figure for a chart or table; it is here for context and events.",
  lists: "Lists in this article",
  openEnded: "and others (the list in the article is incomplete)",
  events: "Events and programmes",
  note: "Compiler's note",
  to: "to",
} as const;

export const DASHBOARD_PAGES = {
  cooperatives: {
    title: "Cooperatives in Lorestan",
    description:
      "Active and registered cooperatives in Lorestan over time, newly formed cooperatives, knowledge-based and women's cooperatives, and the types and sectors of cooperatives, with the source and date of every figure.",
    intro:
      "How many cooperatives are there in Lorestan, how many are active, and how many new ones are formed each year? These figures are officials' statements in the press; where outlets printed different numbers, all of them are shown.",
  },
  investment: {
    title: "Investment and loans",
    description:
      "Investment in cooperative projects opened in Cooperatives Week and the Fajr decade, loans from banks and funds, and cooperative investment in Lorestan's counties, in billion tomans, with the source of every figure.",
    intro:
      "Every year cooperative projects are opened in Cooperatives Week and the Fajr decade, and their investment and loans are announced. All amounts are in billion tomans (rials divided by ten). Each package is the figure of one event; packages are not added together.",
  },
  jobs: {
    title: "Jobs and members",
    description:
      "Jobs from cooperative projects opened and from new cooperatives, people employed in Lorestan's cooperative sector over time, and members of cooperatives by sex, with the source of every figure.",
    intro:
      "How many people do Lorestan's cooperatives employ, and how many members do they have? The jobs figure of each package and period is shown as announced; the sources do not always separate jobs “created” from jobs “planned”.",
  },
  iran: {
    title: "Lorestan in Iran",
    description:
      "National figures for Iran's cooperative sector and figures for other provinces beside Lorestan's: active and registered cooperatives, national tables, employment, members, Cooperatives Week packages and Lorestan's share of the country, only where the years match.",
    intro:
      "To put Lorestan's numbers in context, the country's and other provinces' figures are shown beside them. Each province's figure is a statement by its own officials or a row of a national table, with its own date and source; they are not a simultaneous census and their order is not an official ranking. Lorestan's share is computed only where the province's and the country's figures refer to the same year, period or event.",
    figures: "Figures for Iran and other provinces beside Lorestan's",
    figuresIntro:
      "For every indicator with a national figure or another province's figure, the figures for Iran, the provinces and Lorestan are shown together. Doubtful figures (with the reason for doubt) and figures whose period is unknown are here too, but they are not charted.",
  },
} as const;

export const COUNTIES = {
  title: "Counties of Lorestan",
  description:
    "A map and list of Lorestan's 12 counties, with the number of published figures about each county's cooperatives and a link to each county's page.",
  intro:
    "Lorestan has 12 counties. County figures are rare in the news: the map shows how many published figures we found for each county, not how many cooperatives it has. Open a county's page for its figures.",
  linksLabel: "County pages",
  credit: "County boundaries:",
  creditLink: "© OpenStreetMap contributors",
  creditRest: "(ODbL licence). The boundaries come from OpenStreetMap and are not official.",
  tableTitle: "Figures and sources per county",
  county: "County",
  figures: "Published figures",
  sources: "Sources",
  years: "Years",
  undated: (x: number) => `${n(x)} undated`,
  noData: "No data",
  notesTitle: "Boundary and name changes",
  mapNote: (outer: string, inner: string) =>
    `${inner} has no polygon of its own on the map: it lies inside the ${outer} polygon, whose colour is the sum of both counties' figures. In the table and on the pages each county is separate.`,
  unmapped: (names: string) => `These counties are not on the map: ${names}.`,
} as const;

export const COUNTY = {
  title: (name: string) => `${name} County`,
  description: (name: string, f: number) =>
    f
      ? `${s(f, "published figure", "published figures")} about cooperatives in ${name} County, Lorestan, with the source and date of each.`
      : `We have not yet found any published figure about cooperatives in ${name} County, Lorestan.`,
  crumbs: "Breadcrumb",
  counties: "Counties",
  summary: (f: number, src: number) => `${s(f, "published figure", "published figures")} from ${s(src, "source", "sources")}.`,
  none: (name: string) =>
    `We have not yet found any figure for ${name} County in the news we reviewed. This does not mean zero: either no figure was published or we have not found it.`,
  noneNext: "Figures for the whole province are on the dashboards:",
  dashboards: [
    { href: "cooperatives/", label: "Cooperatives" },
    { href: "investment/", label: "Investment and loans" },
    { href: "jobs/", label: "Jobs and members" },
  ],
  inside: (outer: string) => `This county has no polygon of its own on the map and is shown inside the ${outer} polygon.`,
  notes: "Boundary and name changes",
  byYear: "Figures by year",
  yearsLabel: (name: string) => `Years with figures for ${name}`,
  undated: (x: number) => `${s(x, "figure", "figures")} without a period (in the table below only)`,
  charts: "Charts",
  table: "All figures",
  tableCaption: (name: string) => `Published figures about ${name} County`,
  coops: "Cooperatives named in the news",
  coopHead: { name: "Cooperative", sector: "Sector", event: "Event", source: "Source" },
  knowledge: "knowledge-based",
  lists: "Lists",
  openEnded: "and others (the list in the article is incomplete)",
  sources: "Sources",
  others: "Other counties",
  tableByYear: (x: number) =>
    `${s(x, "figure", "figures")}; each year's figures are on that year's page (links above). Here, the figures without a period:`,
  firstOf: (shown: number, total: number) => `${n(shown)} of ${n(total)} shown.`,
  chartGroups: [
    {
      key: "coops",
      indicators: ["coops-registered", "coops-active", "coops-declared-active", "coops-in-registration"],
      title: (name: string) => `Cooperatives in ${name}: registered and active`,
      subtitle: "Number of cooperatives as stated by officials; each dot is one published figure, coloured by its indicator",
      unit: "cooperatives",
    },
    {
      key: "people",
      indicators: ["members", "employment"],
      title: (name: string) => `Members and employees of cooperatives in ${name}`,
      subtitle: "Members and people employed in the county's cooperative sector as stated by officials; each dot is one published figure",
      unit: "people",
    },
  ],
} as const;

export const COUNTY_YEAR = {
  title: (name: string, y: number) => `${name} County in ${y} (${gregorianSpan(String(y))})`,
  description: (name: string, y: number, f: number) =>
    `${s(f, "published figure", "published figures")} about cooperatives in ${name} County in the Iranian year ${y} (${gregorianSpan(String(y))}), with the source of each.`,
  crumbs: "Breadcrumb",
  counties: "Counties",
  intro: (f: number) =>
    `${s(f, "figure", "figures")} whose period starts in this year (figures with an inferred period are included and marked).`,
  caption: (name: string, y: number) => `Figures for ${name} County in ${y} (${gregorianSpan(String(y))})`,
  otherYears: "Other years",
  all: (name: string) => `All figures for ${name}`,
} as const;

export const SOURCES_PAGE = {
  title: "Sources",
  description:
    "Every news article the site's figures were read in: outlet, title, address, date, speaker and every figure of each article.",
  intro: (a: number, f: number) =>
    `${s(a, "article", "articles")} and ${s(f, "figure", "figures")}. Every figure on the site links to one of these articles; a figure reported by several outlets is listed under each of them.`,
  order: "Order: newest article first; undated articles at the end.",
  timeline: "The same articles in date order, in the timeline",
  method: "What these figures are and are not: methodology",
} as const;

export const TIMELINE = {
  title: "Timeline of statements",
  description:
    "Official statements about cooperatives in Lorestan in order of publication, with the figures of each statement and the Gregorian date beside the Jalali.",
  intro: (dated: number, undated: number) =>
    `${s(dated, "dated article", "dated articles")}, oldest first, and ${s(undated, "undated article", "undated articles")} at the end.`,
  periodNote:
    "The date of each article is its publication date; its figures may refer to another time (each figure's period is shown beside it).",
  gregorianYears: (a: number, b: number) => `(${a}–${b})`,
  undated: "Undated articles",
  undatedNote: "The copies we read do not give these articles' publication dates; they are ordered by the period of their first figure.",
  noDate: "Undated",
  quoted: "Speaker",
  figures: (x: number) => s(x, "figure", "figures"),
  noFigures: "No figures (context and events)",
  details: "Source details",
  jump: "Jump to year (Iranian calendar)",
} as const;

type Qualifier = "exact" | "about" | "more_than" | "up_to" | "at_least" | "amounting_to";
const SITE_NAME = "Lorestan Cooperatives Statistics";

export const METHOD = {
  title: "Methodology",
  description:
    "What these figures are; definitions of the indicators; units and the toman–rial conversion; qualifiers; the period of a figure; doubts and conflicting reports; county boundary changes; how to cite; licences.",
  toc: "On this page",
  what: {
    h: "What these figures are",
    p1: "Every figure on this site is an official statement published in the press: the directors-general of Lorestan's Department of Cooperatives, Labour and Social Welfare and other officials gave a number in an interview, a meeting or an opening ceremony, and a news agency or newspaper printed it. These figures are not audited official statistics or census results, and we have not checked them against the department's records.",
    p2: (src: number, f: number, o: number) =>
      `So far ${s(f, "figure", "figures")} have been collected from ${s(src, "article", "articles")} in ${s(o, "outlet", "outlets")}. Each figure is recorded as printed (number, qualifier, unit) and linked to its article: who said it, where and when.`,
    sourcesLang:
      "The sources are Persian-language news reports. English names of outlets, places, people and indicators are our translations; article titles are shown as published, in Persian.",
    p3: "Definitions differ from one speaker to another (for example, “active cooperative”), so successive figures do not form a consistent statistical series. We do not estimate or adjust any figure; we only infer the period of some figures that the article does not state, and we show this wherever the figure appears.",
  },
  defs: {
    h: "Definitions of the indicators",
    p: "Every figure is assigned to one of these indicators. Indicators of non-cooperative programmes and of the Rural Cooperatives Organisation's register are kept apart and are never added to or compared with figures of the cooperative sector.",
    count: (x: number) => s(x, "figure", "figures"),
    theme: {
      cooperatives: "Cooperatives",
      investment: "Investment and loans",
      jobs: "Jobs",
      members: "Members",
      exports: "Exports",
      legal: "Legal rules",
      context: "National and economic context",
    } as Record<string, string>,
    scope: {
      cooperative: "Cooperative sector",
      "non-cooperative": "Non-cooperative programmes of the same department",
      "rural-cooperatives-org": "Central Organisation of Rural Cooperatives (separate register)",
    } as Record<string, string>,
    measure: {
      stock: "stock at a date",
      flow: "over a period",
      package: "total of one event",
      single: "one cooperative or project",
      threshold: "legal rule",
      share: "share",
    } as Record<string, string>,
    unitKind: {
      count: "count",
      people: "people",
      jobs: "jobs",
      money: "money (billion tomans)",
      usd: "US dollars",
      percent: "percent",
      weight: "tonnes",
    } as Record<string, string>,
  },
  units: {
    h: "Units and the toman–rial conversion",
    p1: "One toman is ten rials. News reports give amounts sometimes in tomans and sometimes in rials, with “million”, “billion” or “thousand billion”. We keep every amount as printed (number, scale and unit) and convert it to rials once, by program and without rounding; the site shows all amounts in billion tomans so that they can be compared. The tables also keep the printed number.",
    example: "Examples:",
    rial: "rials",
    billionToman: "billion tomans",
    scaleNames: { thousand: "thousand", million: "million", billion: "billion", trillion: "trillion (“thousand billion”)" },
    scales: "Scales",
    other:
      "Non-monetary figures are shown in the unit printed: count (cooperatives, projects), people (members, employees), jobs, percent and US dollars.",
  },
  qualifiers: {
    h: "Qualifiers",
    p: "Many figures were printed with a qualifier. The qualifier stays with the number in tables and charts and is never dropped.",
    head: { q: "Qualifier", means: "Meaning", n: "Figures" },
    exact: "none",
    names: {
      exact: "",
      about: "about",
      more_than: "more than",
      up_to: "up to",
      at_least: "at least",
      amounting_to: "amounting to",
    } as Record<Qualifier, string>,
    meaning: {
      exact: "Printed without a qualifier; this does not mean an exact count, only that the speaker gave no qualifier.",
      about: "The number is approximate.",
      more_than: "The true number is higher (a lower bound).",
      up_to: "A maximum or a capacity, not the amount achieved.",
      at_least: "A minimum (for example in a legal rule).",
      amounting_to: "“Amounting to”: stresses the size of the number; usually a round number.",
    } as Record<Qualifier, string>,
  },
  periods: {
    h: "The period of a figure: stated, inferred, unknown",
    p1: "The publication date of an article is not the time a figure refers to. For each figure one of these three cases is recorded:",
    p2: "Time charts show only stated and inferred figures, and mark inferred ones with a hollow dot and the range of the inference. Figures with an unknown period are never charted but are in the tables. The basis of each inference is recorded in the open data (column period_basis).",
    count: (x: number) => s(x, "figure", "figures"),
  },
  doubts: {
    h: "Doubts and conflicting reports",
    doubtP: (x: number) =>
      `${s(x, "figure is", "figures are")} probably misprinted or impossible. They appear in the tables tagged “doubtful” with the reason, but are never charted and never added to anything.`,
    doubtCaption: "Doubtful figures",
    conflictP: (x: number) =>
      `For ${s(x, "subject", "subjects")}, outlets or speakers reported different numbers. We set none of them aside and take no average: all are shown side by side with their sources.`,
    conflictCaption: (ind: string, place: string) => `Conflicting reports: ${ind}, ${place}`,
    firstOf: (shown: number, total: number) =>
      `The newest ${n(shown)} of ${n(total)} cases are shown; all are tagged in the dashboards' tables of all figures.`,
    none: "None at present.",
  },
  boundaries: {
    h: "County boundary and name changes",
    p: "Lorestan now has 12 counties. Three changes matter within the period of the site's figures:",
    items: [
      {
        id: "chegeni",
        name: "Dowreh → Chegeni",
        text: "Dowreh County was separated from Khorramabad in late 1386 (2008) and renamed Chegeni on 26 Esfand 1397 (17 March 2019). Figures published under the name Dowreh or Dowreh-Chegeni are shown under Chegeni.",
      },
      {
        id: "rumeshkan",
        name: "Rumeshkan",
        text: "Separated from Kuhdasht in 1392 (2013). Earlier figures for Kuhdasht include Rumeshkan.",
      },
      {
        id: "mamulan",
        name: "Mamulan",
        text: "Separated from Pol-e Dokhtar by a cabinet decision of 12 Bahman 1401 (1 February 2023). Earlier figures for Pol-e Dokhtar include Mamulan.",
      },
    ],
    map: "The site's map shows the boundaries of 1392 to 1401 (2013 to 2023; 11 polygons from OpenStreetMap): Mamulan has no polygon of its own and lies inside the Pol-e Dokhtar polygon, whose colour is the sum of both counties' figures. OpenStreetMap boundaries are not official.",
    link: "Map and county pages",
  },
  cite: {
    h: "How to cite",
    p: "If you use figures from this site, name both the site and the original source of the figure. Suggested form:",
    template: `${SITE_NAME}, “Title of the page or chart”, citing [outlet], [date of the article]. [page address] (accessed [date]).`,
    example: "Example:",
    exampleHead: (indicator: string, place: string, outlet: string, date: string) =>
      `${SITE_NAME}, “${indicator}, ${place}”, citing ${outlet}, ${date}.`,
    visited: (today: string) => `(accessed ${today}).`,
    data: "For the data:",
    dataHead: `${SITE_NAME}, “Published figures on cooperatives in Lorestan” (dataset,`,
    dataLicence: "CC BY 4.0",
  },
  licences: {
    h: "Licences",
    items: [
      {
        what: "Compiled data (figures, sources, indicators)",
        licence: "CC BY 4.0",
        url: "https://creativecommons.org/licenses/by/4.0/",
        note: "Free to use with the site's name.",
      },
      {
        what: "County boundaries",
        licence: "© OpenStreetMap contributors, ODbL 1.0",
        url: "https://www.openstreetmap.org/copyright",
        note: "This attribution appears beside every map.",
      },
      {
        what: "Vazirmatn typeface",
        licence: "SIL Open Font License 1.1",
        url: "https://openfontlicense.org",
        note: "The font is hosted on the site itself.",
      },
    ],
    articles:
      "The text of the articles belongs to the outlets that published them; this site records only facts (number, date, speaker) and the article's address, not its text.",
  },
} as const;
