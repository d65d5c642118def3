import type { Lang } from "../i18n/lang.ts";

const baseOf = () => {
  const base = import.meta.env.BASE_URL ?? "/";
  return base.endsWith("/") ? base : `${base}/`;
};

/**
 * Site-internal links that respect the configured base path (e.g. GitHub Pages sub-paths). With
 * `lang = "en"` the link goes to the English twin of the page (`/en/<path>`); assets (fonts,
 * scripts, data files) are shared by both editions and are linked without a language.
 */
export function href(path: string, lang: Lang = "fa"): string {
  return baseOf() + (lang === "en" ? "en/" : "") + path.replace(/^\//, "");
}

/** Which edition a page address belongs to: `/en/...` is English, everything else Persian. */
export function langOfPath(pathname: string): Lang {
  const base = baseOf();
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, "");
  return /^en(\/|$)/.test(rest) ? "en" : "fa";
}

/** The site path (no base, no language) of a page address: `/en/counties/x/` -> `counties/x/`. */
export function pagePathOf(pathname: string): string {
  const base = baseOf();
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, "");
  return rest.replace(/^en(\/|$)/, "");
}

/** Site-relative paths (no leading slash; pass them through `href()` or `siteUrl()`). */
export const chartPagePath = (id: string): string => `charts/${id}/`;
export const embedPagePath = (id: string): string => `embed/${id}/`;
/** The embed pinned to a release: the chart as that release left the data (never changes). */
export const pinnedEmbedPath = (id: string, release: string): string => `embed/${id}/${release}/`;
/** The data as of a release (observations and ledger), for citing exactly what an article used. */
export const releaseDataPath = (release: string): string => `data/releases/${release}/`;
/** File names of a release's data, relative to `data/` (written by the open-data endpoint). */
export const releaseFileNames = (release: string) => ({
  observationsCsv: `releases/${release}/observations.csv`,
  observationsJson: `releases/${release}/observations.json`,
  ledger: `releases/${release}/ledger.csv`,
});
export const HOST_SCRIPT_PATH = "embed-host.js";

/** The four downloads of a chart, as file names inside `charts/<id>/`. */
export function chartFiles(id: string) {
  return { csv: `${id}.csv`, xlsx: `${id}.xlsx`, svg: `${id}.svg`, png: `${id}.png`, card: `${id}-social.png` } as const;
}
export type DownloadKind = keyof ReturnType<typeof chartFiles>;
export const DOWNLOAD_KINDS: DownloadKind[] = ["csv", "xlsx", "svg", "png", "card"];

/** Absolute address of a site path, respecting the base path. */
export function siteUrl(cfg: { site: string; base: string }, path: string): string {
  const base = cfg.base.endsWith("/") ? cfg.base : `${cfg.base}/`;
  return new URL(base + path.replace(/^\//, ""), cfg.site).href;
}
