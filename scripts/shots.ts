/**
 * `node --import tsx scripts/shots.ts DIST OUT`: screenshots of key pages at 360 and 1280 px in
 * light and dark (first screen), plus the figures a reader notices: bytes transferred per page
 * (gzip, as served by scripts/serve.ts), where the first heading starts at 360 px, and how much
 * of its column the widest visible chart fills at 1280 px. A looking tool, not a test.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { serve } from "./serve.ts";
import { launch } from "../tests/e2e/lib/browser.ts";

const PAGES = (
  process.env.PAGES ??
  ",cooperatives/,counties/borujerd/,charts/active-coops/,en/,en/cooperatives/,en/counties/borujerd/,en/charts/active-coops/,en/embed/employment/"
).split(",");

async function main(): Promise<void> {
  const [dist = "dist", out = "shots"] = process.argv.slice(2);
  mkdirSync(out, { recursive: true });
  const site = await serve({ root: dist, port: 0, gzip: true });
  const browser = await launch();
  try {
    for (const path of PAGES) {
      const name = path.replace(/\/$/, "").replace(/\//g, "-") || "home";
      for (const width of [360, 1280]) {
        for (const scheme of ["light", "dark"] as const) {
          const ctx = await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 900 }, colorScheme: scheme });
          const page = await ctx.newPage();
          let bytes = 0;
          const fonts: string[] = [];
          page.on("request", (q) => void (/\.woff2?$/.test(q.url()) && fonts.push(q.url().split("/").pop()!)));
          const cdp = await ctx.newCDPSession(page);
          await cdp.send("Network.enable");
          cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
          await page.goto(site.url + path, { waitUntil: "load" });
          await page.evaluate("document.fonts.ready.then(() => true)");
          await page.waitForTimeout(150);
          const m = (await page.evaluate(`(() => {
            const h = document.querySelector("main h1, main h2");
            const charts = [...document.querySelectorAll(".chart svg, .art svg, svg[role=img]")].filter((s) => s.getBoundingClientRect().width > 0);
            const ratios = charts.map((s) => {
              const col = s.closest("figure") || s.parentElement;
              return s.getBoundingClientRect().width / col.getBoundingClientRect().width;
            });
            return {
              h1Top: h ? Math.round(h.getBoundingClientRect().top) : null,
              minRatio: ratios.length ? Math.min(...ratios).toFixed(3) : null,
              charts: ratios.length,
              headerH: Math.round(document.querySelector(".site-header")?.getBoundingClientRect().height ?? 0),
            };
          })()`)) as Record<string, unknown>;
          await page.screenshot({ path: join(out, `${name}-${width}-${scheme}.png`) });
          if (scheme === "light")
            console.log(
              `${path || "/"} @${width}: ${(bytes / 1024).toFixed(1)} KB transferred, fonts [${fonts.join(", ")}], ${JSON.stringify(m)}`,
            );
          await ctx.close();
        }
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
}
main();
