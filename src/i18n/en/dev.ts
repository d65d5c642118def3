/** English text of the development server's "invalid data" page: the twin of ../dev.ts. */
export const DEV_INVALID = {
  title: "The data is invalid",
  lead: "The site is not built until the data is fixed. Each line below is one problem: file, row and column, kind of problem, and value.",
  fix: "Fix the file and save it; reload the page and the site comes back. The columns and rules are explained in data/README.md.",
  folder: "Data folder",
  count: (x: number) => `${x.toLocaleString("en")} ${x === 1 ? "problem" : "problems"}`,
} as const;
