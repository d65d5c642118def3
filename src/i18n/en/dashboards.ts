/** English text shared by the four dashboard pages: the twin of ../dashboards.ts. */
const n = (x: number) => x.toLocaleString("en");
const s = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;

export const DASH = {
  tocLabel: "On this page",
  charts: "Charts",
  conflicts: "Conflicting reports",
  figures: "All figures",
  figuresIntro:
    "Every figure published on this subject, with its source and speaker. Doubtful figures (with the reason for doubt) and figures whose period is unknown are here too, but they are not charted or summed.",
  lists: "Lists named by the sources",
  listOpen: "The source ended the list with “and so on”; the list is incomplete.",
  listSource: "Source",
  nonCooperative: "Non-cooperative programmes of the same department",
  nonCooperativeIntro:
    "These figures are about programmes run by the provincial Department of Cooperatives, Labour and Social Welfare that are not figures of the cooperative sector (such as rural and nomadic employment loans). They are kept apart and never added to or compared with cooperative figures.",
  ruralOrg: "Rural Cooperatives Organisation (separate register)",
  ruralOrgIntro:
    "Rural cooperatives come under the Ministry of Agriculture and have their own register and statistics. Their figures are shown apart here and are not counted with the cooperatives of the Ministry of Cooperatives.",
  national: "National figures are on the “Lorestan in Iran” page.",
  nationalLink: "Lorestan in Iran",
  methodLink: "What these figures are and how to read them (methodology)",
  facts: {
    figures: (x: number) => s(x, "published figure", "published figures"),
    indicators: (x: number) => s(x, "indicator", "indicators"),
    conflicts: (x: number) => s(x, "case of conflicting reports", "cases of conflicting reports"),
    doubted: (x: number) => `${s(x, "doubtful figure", "doubtful figures")} (tables only)`,
    unknown: (x: number) => `${s(x, "figure", "figures")} with unknown period (tables only)`,
  },
  count: (x: number) => s(x, "figure", "figures"),
  maxConflicts: 20,
  moreConflicts: (x: number) => `${s(x, "more case is", "more cases are")} tagged “conflicting reports” in the tables of all figures.`,
  figuresPaged: (x: number, pages: number) =>
    `${s(x, "figure", "figures")} on ${s(pages, "page", "pages")} (each indicator on the page where it starts).`,
  figuresPagedLink: "All figures, page by page",
  figuresPageTitle: (dashboard: string) => `All figures: ${dashboard}`,
  definition: "Definition",
} as const;
