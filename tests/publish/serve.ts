/**
 * A static server for a built site under its base path, for the browser tests. With `headers`
 * it answers with the headers the _headers rules give each path, as Netlify/Cloudflare would,
 * so the pages are exercised under their real Content-Security-Policy.
 */
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";
import { headersFor, type HeaderRule } from "../../src/publish/headers.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `root` at `base` (e.g. /press-test/); extra pages can be given as path -> HTML. */
export async function serve(
  root: string,
  base: string,
  o: { headers?: HeaderRule[]; extra?: Record<string, string>; host?: string } = {},
): Promise<Served> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (o.extra?.[path]) {
      res.writeHead(200, { "content-type": TYPES[".html"] });
      res.end(o.extra[path]);
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && (await stat(file)).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
    if (o.headers) Object.assign(headers, headersFor(o.headers, path));
    res.writeHead(200, headers);
    res.end(await readFile(file));
  });
  await new Promise<void>((ok) => server.listen(0, o.host ?? "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://${o.host ?? "127.0.0.1"}:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** A Chromium to drive, if one is installed (CHROMIUM_PATH, Debian's, or Google Chrome on CI runners). */
export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(
    (p) => p && existsSync(p),
  );
}
