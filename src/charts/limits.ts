/**
 * How much one chart may draw and one page table may list, whatever the data size: past these, a
 * chart draws a summary of its data (the newest groups, one point per year) and says so in its
 * notes, and a table shows its first rows and links to the full CSV.
 */
/** Points or bars a chart draws at most (a few hundred stay legible and keep an embed small). */
export const MAX_MARKS = 300;
/** Labelled bar groups (statements, cooperatives) a grouped chart draws at most. */
export const MAX_GROUPS = 30;
/** Bars of one measure in one group (a place) that a grouped chart draws at most: the newest. */
export const MAX_PER_SERIES = 4;
/** Rows a chart's table shows on the page; the CSV download has them all. */
export const MAX_TABLE_ROWS = 200;
/** Sentences a generated summary lists for repeated cases (conflicting reports and the like). */
export const MAX_SUMMARY_ITEMS = 5;
