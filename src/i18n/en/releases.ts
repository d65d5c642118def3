/** English text of the "what's new" page, the feed and the revision marks: the twin of ../releases.ts. */
const n = (x: number) => x.toLocaleString("en");
const RELEASE = (id: string) => `Release ${Number(id.slice(1))}`;

export const RELEASES = {
  title: "What's new: data releases",
  navLabel: "What's new",
  description:
    "Every release of the site's data with its date and summary: figures added, corrected or withdrawn, with the reason for each correction.",
  intro:
    "Each time new figures are added or a figure is corrected, a “release” is recorded. A published figure never changes silently: the earlier version and the reason for the correction stay here and beside the figure itself.",
  feed: "Atom feed of releases",
  none: "No release has been recorded yet.",
  release: (id: string) => `Release ${Number(id.slice(1))}`,
  added: (x: number) => `${n(x)} new ${x === 1 ? "figure" : "figures"}`,
  revised: (x: number) => `${n(x)} ${x === 1 ? "correction" : "corrections"}`,
  withdrawn: (x: number) => `${n(x)} withdrawn ${x === 1 ? "figure" : "figures"}`,
  addedList: "New figures",
  revisedList: "Corrections",
  withdrawnList: "Withdrawn figures",
  reason: "Reason",
  noReason: "The reason has not been written yet",
  from: "was",
  to: "now",
  revisedTag: "corrected",
  revisedHint: "This figure was corrected after publication; open its history",
  withdrawnTag: "withdrawn",
  history: "History",
  chartHistory: "Corrections to this chart's figures",
  chartHistoryNote: "These figures were corrected after they were first published; the chart and the table above show the current value.",
  firstIn: (r: string) => `First in ${r}`,
  allReleases: "All releases",
  more: (x: number) => `and ${n(x)} more ${x === 1 ? "figure" : "figures"}`,
  pageUpdated: "Figures on this page last updated",
  pinnedAsOf: "Data as in",
  pinnedWas: ".",
  pinnedNever: "This frame does not change with later releases.",
  liveLabel: "Live embed code (HTML)",
  pinnedLabel: (id: string) => `Pinned embed code, data of ${RELEASE(id)} (HTML)`,
  liveVsPinned: (id: string) =>
    `The live frame updates with every new release; the pinned frame keeps the chart as it was in ${RELEASE(id)} and never changes, so it stays in step with your article.`,
  pinnedPreview: "Preview the pinned frame",
  dataTitle: (id: string) => `Data as in ${RELEASE(id)}`,
  dataDescription: (id: string) => `The published figures as they were in ${RELEASE(id)}, and this release's ledger, for exact citation.`,
  dataCrumb: "Open data",
  dataWhatsNew: "What this release changed",
  dataIntro:
    "These files do not change with later releases: each figure has the value published up to this release (before any later correction), figures added later are not in them, and figures withdrawn later are still in them. The columns are those of the figures table in the open data.",
  dataObservations: (x: string) => `Figures published up to this release (${x} figures)`,
  dataLedger: (x: string) => `This release's ledger: the published attributes of every figure this release added or corrected (${x} rows)`,
  dataSha: "SHA-256 digest of the ledger:",
  dataCite:
    "To cite, give the address of this page or file with the release number; the ledger's SHA-256 digest is recorded in the releases file (releases.csv).",
  ledgerWord: "release ledger",
  dataListTitle: "Data by release",
  dataListIntro: "To cite the data as it was in one release (unchanged by later releases):",
} as const;
