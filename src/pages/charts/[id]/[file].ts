/**
 * The downloads next to each chart page (`/charts/<id>/<id>.csv`, `.xlsx`, `.svg`, `.png`,
 * `-social.png`), written by Astro from the same model and drawings as the page itself.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { CHARTS } from "../../../charts/registry.ts";
import { loadModel } from "../../../data/load.ts";
import type { DownloadKind } from "../../../lib/paths.ts";
import type { ChartModule } from "../../../charts/types.ts";
import { chartDownload, downloadFiles } from "../../../publish/downloads.ts";
import { langOfPath } from "../../../lib/paths.ts";

const TYPES: Record<DownloadKind, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  svg: "image/svg+xml",
  png: "image/png",
  card: "image/png",
};

export const getStaticPaths = (() =>
  downloadFiles(CHARTS).map(({ chart, kind, file }) => ({
    params: { id: chart.id, file },
    props: { chart, kind },
  }))) satisfies GetStaticPaths;

// The English twin (/en/charts/<id>/<file>) re-exports this endpoint: the address says the language.
export const GET: APIRoute<{ chart: ChartModule; kind: DownloadKind }> = async ({ props, site, url }) => {
  const cfg = { site: String(site ?? "http://localhost/"), base: import.meta.env.BASE_URL };
  const body = await chartDownload(props.chart, loadModel(), cfg, props.kind, (line) => console.warn(line), langOfPath(url.pathname));
  return new Response(body as BodyInit, { headers: { "Content-Type": TYPES[props.kind] } });
};
