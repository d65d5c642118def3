/** English text of the individual pages and components: the twin of ../pages.ts, with the same keys. */
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
    { href: "investment/", title: "Investment and loans", text: "Projects opened in Cooperatives Week and the Fajr decade, loans from banks and funds" },
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
