/** Site-internal links that respect the configured base path (e.g. GitHub Pages sub-paths). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL ?? "/";
  return (base.endsWith("/") ? base : `${base}/`) + path.replace(/^\//, "");
}
