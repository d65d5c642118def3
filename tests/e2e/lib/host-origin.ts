/**
 * A second origin for embed tests: a news site that pastes our snippet. It is served over https
 * (a throwaway self-signed certificate, trusted by the test browser only) because the embed
 * policy lets https sites frame us, the way real news sites would; without openssl it falls back
 * to plain http and says so.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, type Served } from "../../../scripts/serve.ts";

export interface HostOrigin {
  url: string;
  /** Publishes a page at `path` on this origin. */
  put: (path: string, html: string) => string;
  note?: string;
  close: () => Promise<void>;
}

function selfSigned(host: string): { key: string; cert: string } | null {
  const dir = mkdtempSync(join(tmpdir(), "e2e-tls-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        join(dir, "k.pem"),
        "-out",
        join(dir, "c.pem"),
        "-days",
        "2",
        "-subj",
        `/CN=${host}`,
        "-addext",
        `subjectAltName=IP:${host}`,
      ],
      { stdio: "ignore" },
    );
    return { key: readFileSync(join(dir, "k.pem"), "utf8"), cert: readFileSync(join(dir, "c.pem"), "utf8") };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startHostOrigin(host = "127.0.0.2"): Promise<HostOrigin> {
  const pages = new Map<string, string>();
  const empty = mkdtempSync(join(tmpdir(), "e2e-host-"));
  const tls = selfSigned(host) ?? undefined;
  const served: Served = await serve({
    root: empty,
    host,
    tls,
    extra: (req, res) => {
      const path = new URL(req.url ?? "/", "http://x").pathname;
      const html = pages.get(path);
      if (html === undefined) return false;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
      return true;
    },
  });
  const origin = served.url.replace(/\/$/, "");
  return {
    url: served.url,
    put: (path, html) => {
      pages.set(path, html);
      return origin + path;
    },
    note: tls ? undefined : "openssl not found: the host page is served over http, which an https-only frame-ancestors policy refuses",
    close: async () => {
      await served.close();
      rmSync(empty, { recursive: true, force: true });
    },
  };
}
