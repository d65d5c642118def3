/** English text of the "what's new" page, the feed and the revision marks: the twin of ../releases.ts. */
const n = (x: number) => x.toLocaleString("en");

export const RELEASES = {
  title: "What's new: data releases",
  navLabel: "What's new",
  description: "Every release of the site's data with its date and summary: figures added, corrected or withdrawn, with the reason for each correction.",
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
  firstIn: (r: string) => `First in ${r}`,
  allReleases: "All releases",
  more: (x: number) => `and ${n(x)} more ${x === 1 ? "figure" : "figures"}`,
} as const;
