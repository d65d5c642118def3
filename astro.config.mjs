// @ts-check
import { defineConfig } from "astro/config";
import { resolve } from "node:path";
import { publish } from "./src/publish/integration.ts";

/** The public address of the site (for canonical links, Open Graph images and the sitemap). */
const site = process.env.SITE_URL || "https://lorestan-coop-stats.github.io";
/** Served from a sub-path (e.g. GitHub Pages project sites): set BASE_PATH=/repo-name/. */
const base = process.env.BASE_PATH || "/";

/** In `astro dev`, editing a file in the data folder reloads the page (and re-validates). */
function watchData() {
  const dir = resolve(process.env.DATA_DIR || "data");
  return {
    name: "watch-data",
    /** @param {import('vite').ViteDevServer} server */
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on("change", (file) => {
        if (file.startsWith(dir)) server.ws.send({ type: "full-reload" });
      });
      // Invalid data: answer every page request with the validator's messages (status 500),
      // readable without JavaScript. Added here, before Astro's own handler.
      server.middlewares.use(async (req, res, next) => {
        const url = req.url ?? "/";
        const isPage = req.method === "GET" && !/^\/(@|src\/|node_modules\/|__)/.test(url) && !/\.[a-z0-9]+($|\?)/i.test(url);
        if (!isPage) return next();
        try {
          const guard = await server.ssrLoadModule("/src/dev/invalid-data.ts");
          const problems = guard.dataProblems();
          if (!problems) return next();
          res.statusCode = 500;
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          res.end(guard.invalidDataPage(problems, "/src/styles/global.css"));
        } catch (e) {
          next(e);
        }
      });
    },
  };
}

export default defineConfig({
  site,
  base,
  output: "static",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  compressHTML: true,
  devToolbar: { enabled: false },
  // After the pages: finish _headers (base path, inline-code hashes). Downloads and open data are endpoints.
  integrations: [publish()],
  // One stylesheet for the whole site: cached after the first page, one request per page.
  vite: { plugins: [watchData()], build: { cssCodeSplit: false } },
});
