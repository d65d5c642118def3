/** The site's English interface text: the twin of ../fa.ts, with the same keys. */
export const SITE = {
  name: "Lorestan Cooperatives Statistics",
  tagline: "Official figures on cooperatives, investment, loans and jobs in Lorestan province, Iran, each with its source",
  description:
    "Statistics dashboards for cooperatives in Lorestan province, Iran: number of cooperatives, investment, loan facilities and jobs, from official statements published in the press, with the source and date of every figure.",
  skip: "Skip to main content",
  navLabel: "Site sections",
  footerNote:
    "These figures are statements by officials as reported in the press, not audited statistics. Every figure links to its source.",
  licence: "Data published under CC BY 4.0; county boundaries © OpenStreetMap contributors (ODbL).",
  methodCite: "Methodology and how to cite",
  switchLabel: "Language",
  switchTo: "فارسی",
  switchHint: "This page in Persian",
} as const;

export const NAV = [
  { href: "", label: "Home" },
  { href: "cooperatives/", label: "Cooperatives" },
  { href: "investment/", label: "Investment and loans" },
  { href: "jobs/", label: "Jobs and members" },
  { href: "iran/", label: "Lorestan in Iran" },
  { href: "counties/", label: "Counties" },
  { href: "sources/", label: "Sources" },
  { href: "timeline/", label: "Timeline" },
  { href: "methodology/", label: "Methodology" },
  { href: "data/", label: "Open data" },
] as const;

export const LABELS = {
  source: "Source",
  sources: "Sources",
  official: "Speaker",
  published: "Published",
  period: "Period",
  place: "Place",
  value: "Value",
  indicator: "Indicator",
  note: "Note",
  noDate: "Publication date not given on the page",
  periodKind: { stated: "stated", inferred: "inferred", unknown: "unknown" },
  periodKindLong: {
    stated: "The article states the period of the figure",
    inferred: "The article does not state the period; it is inferred from context",
    unknown: "The period of the figure is unknown; it is not charted",
  },
  doubt: "doubtful",
  doubtLong: "Doubtful figure, probably a misprint. Not charted and never summed.",
  conflict: "conflicting reports",
  conflictLong: "Outlets reported different numbers for the same thing; all of them are shown.",
  alsoReported: "also reported in",
  readOn: "Copy read on",
  gregorian: "Gregorian",
  tableOf: "Table of the chart's data",
  summary: "Summary",
  noData: "No data",
  chartPage: "This chart's page: embed, download the image and data",
} as const;

export const PAGER = {
  label: "Pages of this list",
  previous: "Previous page",
  next: "Next page",
  page: (n: string) => `Page ${n}`,
  of: (n: string, count: string) => `Page ${n} of ${count}`,
} as const;
