/**
 * `node --import tsx scripts/serve.ts [DIR] [--host 127.0.0.1] [--port 4321] [--base /]`
 *
 * A small static server for `dist/` that behaves like the static hosts we deploy to, so browser
 * tests and Lighthouse see what readers get: the headers from the site's `_headers` file
 * (Netlify / Cloudflare Pages format, read by the build's own parser), gzip for text, directory URLs with trailing slashes,
 * and `404.html` for missing pages. Loopback only: it is a test tool, not a production server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { headersFor, loadHeaders, type HeaderRule } from "../src/publish/headers.ts";

export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".pdf": "application/pdf",
  ".zip": "application/zip",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".webmanifest": "application/manifest+json",
};

/** Compressible types: what static hosts gzip. */
const TEXT = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

export interface ServeOptions {
  root: string;
  host?: string;
  port?: number;
  /** Where the site lives under the origin (Astro's `base`), e.g. "/repo/". */
  base?: string;
  gzip?: boolean;
  /** TLS key and certificate (PEM) to serve https instead of http. */
  tls?: { key: string; cert: string };
  /** Answers requests the files don't (test host pages); return false to fall through. */
  extra?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface Served {
  server: Server;
  url: string;
  /** Notes on the setup, e.g. a missing `_headers` file. */
  warnings: string[];
  close: () => Promise<void>;
}

/** Maps a URL path to a file under root, or a redirect for a directory without its slash. */
function resolvePath(root: string, urlPath: string): { file?: string; redirect?: string } {
  const target = normalize(join(root, urlPath));
  if (target !== root && !target.startsWith(root + sep)) return {};
  if (!existsSync(target)) return {};
  if (statSync(target).isDirectory()) {
    if (!urlPath.endsWith("/")) return { redirect: `${urlPath}/` };
    const index = join(target, "index.html");
    return existsSync(index) ? { file: index } : {};
  }
  return { file: target };
}

export async function serve(opts: ServeOptions): Promise<Served> {
  const root = resolve(opts.root);
  const base = `/${(opts.base ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
  const warnings: string[] = [];
  const headersFile = join(root, "_headers");
  let rules: HeaderRule[] = [];
  if (existsSync(headersFile)) {
    const parsed = await loadHeaders(headersFile);
    rules = parsed.rules;
    warnings.push(...parsed.errors);
  } else warnings.push(`no ${headersFile}: serving without the site's security headers`);
  const gzipCache = new Map<string, { mtime: number; body: Buffer }>();

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    if (opts.extra?.(req, res)) return;
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!urlPath.startsWith(base) && `${urlPath}/` !== base) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not under base");
      return;
    }
    const sitePath = `/${urlPath.slice(base.length)}`.replace("//", "/");
    // The host does not publish its own configuration file.
    let found = sitePath === "/_headers" ? {} : resolvePath(root, sitePath);
    let status = 200;
    if (found.redirect) {
      res.writeHead(301, { location: `${base}${found.redirect.slice(1)}` }).end();
      return;
    }
    if (!found.file) {
      status = 404;
      found = resolvePath(root, "/404.html");
      if (!found.file) {
        res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
        return;
      }
    }
    const file = found.file!;
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
    const headers: Record<string, string> = { "content-type": type, ...headersFor(rules, sitePath) };
    let body: Buffer = readFileSync(file);
    if (opts.gzip !== false && TEXT.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      const mtime = statSync(file).mtimeMs;
      const hit = gzipCache.get(file);
      if (hit && hit.mtime === mtime) body = hit.body;
      else {
        body = gzipSync(body, { level: 9 });
        gzipCache.set(file, { mtime, body });
      }
      headers["content-encoding"] = "gzip";
      headers.vary = "Accept-Encoding";
    }
    headers["content-length"] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  };

  const server = opts.tls ? createHttpsServer(opts.tls, handler) : createServer(handler);
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port ?? 0, host, () => ok());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  const url = `${opts.tls ? "https" : "http"}://${host}:${port}${base}`;
  return {
    server,
    url,
    warnings,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv.splice(i, 2)[1] : undefined;
  };
  const host = opt("host") ?? "127.0.0.1";
  const port = Number(opt("port") ?? 4321);
  const base = opt("base") ?? process.env.BASE_PATH ?? "/";
  const root = argv[0] ?? "dist";
  if (!existsSync(root)) {
    console.error(`serve: no such folder: ${root} (run npm run build first)`);
    process.exit(2);
  }
  const s = await serve({ root, host, port, base });
  for (const w of s.warnings) console.warn(`serve: ${w}`);
  console.log(`serve: ${root} at ${s.url} (Ctrl-C to stop)`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
