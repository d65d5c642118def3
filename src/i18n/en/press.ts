/** English text of the press kit (chart pages, embeds, the open-data page): the twin of ../press.ts. */
const n = (x: number) => x.toLocaleString("en");

export const THEME_FA = {
  cooperatives: "Cooperatives",
  investment: "Investment and loans",
  jobs: "Jobs and members",
  context: "Lorestan in Iran",
  counties: "Counties",
} as const;

export const PRESS = {
  breadcrumb: "Breadcrumb",
  home: "Home",
  charts: "Charts",
  indexTitle: "All charts",
  indexIntro:
    "Each chart has a page with its data table, sources, a ready-made citation, code to embed it on other sites, and files to download: data for Excel (XLSX) and for programs (CSV), and images (SVG and PNG).",
  indexDescription: "Every chart of Lorestan Cooperatives Statistics, with embed code and data and image files for journalists.",
  empty: "No data",
  summary: "Summary",
  sourcesLabel: "Sources",
  sourceLabel: "Source",
  updated: "Last updated",
  updatedHint: "Date of the latest data release that added, corrected or withdrew a figure in this chart",
  toolsTitle: "Download and embed",
  toolsIntro: "Free to use with attribution (CC BY 4.0 licence).",
  downloads: "Downloads",
  dl: {
    csv: "Chart data for programs (CSV, UTF-8)",
    xlsx: "Chart data for Excel (XLSX)",
    svg: "Vector image (SVG)",
    png: "High-resolution image (2x, PNG)",
    card: "Social media image (1200 × 630, PNG)",
  },
  embedTitle: "Embed on your site",
  embedLabel: "Embed code (HTML)",
  embedHelp:
    "Paste this code into the HTML of your article. The second line is optional: it keeps the frame's height in step with the chart; without it the frame shows the whole chart at a default height.",
  embedPreview: "Preview the embed frame",
  citeTitle: "Citation",
  citeHelp: "Ready-made attribution:",
  copy: "Copy",
  copied: "Copied.",
  copyFailed: "Could not copy; select the text and copy it.",
  tableTitle: "Chart data",
  tableNote: "The rows drawn in the chart; the CSV file is this table with plain numbers.",
  sourcesTitle: "Sources of this chart",
  sourcesFirst: (shown: number, total: number) => `First ${n(shown)} of ${n(total)} sources; all are on the sources page.`,
  onSourcesPage: "on the sources page",
  relatedTitle: "Related charts",
  allCharts: "All charts",
  chartWord: "chart",
  cite: (o: { site: string; title: string; date?: string; outlets: string }) =>
    `${o.site}. "${o.title}" [chart]${o.date ? `, updated ${o.date}` : ""}. Based on reports by ${o.outlets}.`,
  noDate: "the sources of this chart have no publication date",
  embed: {
    openOnSite: "Chart and data at",
    sourcePrefix: "Source:",
  },
  image: {
    sourcePrefix: "Source:",
    updated: "Updated:",
    licence: "Data: CC BY 4.0",
  },
} as const;

export const DATA_PAGE = {
  title: "Open data",
  description:
    "All data of Lorestan Cooperatives Statistics as CSV and JSON, with each table's schema and a Frictionless data package, under CC BY 4.0.",
  intro: "Every figure on this site comes from these files. Each table is published in three formats, with its schema beside it:",
  formats: [
    "For Excel and other spreadsheets, an XLSX file: a right-to-left sheet with Persian headers and the English key below each, numbers as numbers, Jalali dates with the Gregorian date beside them, and the source and licence on the “notes” sheet.",
    "For programs and data analysis, a CSV file: UTF-8, Latin digits and no thousands separators. Excel does not read this file correctly on a double-click; use the XLSX file in Excel.",
    "For developers, a JSON file with the same data, and each table's schema as JSON Schema.",
  ],
  tableCaption: "Data tables",
  cols: { name: "Table", description: "Description", rows: "Rows", files: "Files" },
  schema: "schema",
  packageTitle: "Data package",
  packageText: "Every table with its columns, types and keys, as a Frictionless Data Package:",
  updatedTitle: "Updates",
  built: "This version was built on:",
  latestSource: "Newest source:",
  licenceTitle: "Licence",
  licenceData:
    "The compiled data (the tables above) are published under Creative Commons Attribution 4.0 (CC BY 4.0): you may use, republish and adapt them, provided you credit the source:",
  attribution: "Source: Lorestan Cooperatives Statistics, from officials' statements published in the press",
  licenceNote:
    "The figures are officials' statements as reported in the press, not audited statistics; the source of each figure is in the source_id column.",
  licenceMap: ["County boundaries on the map: © OpenStreetMap contributors, under the", "Open Database License (ODbL)"],
  licenceFont: ["Vazirmatn typeface, under the", "SIL Open Font License 1.1"],
  chartsLink: "Each chart's own data (CSV and XLSX) is on that chart's page:",
  chartsLinkText: "All charts",
} as const;
