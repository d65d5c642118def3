/**
 * Small pure checks of the suite's own helpers (no browser): the `_headers` parser and matcher,
 * the file-type sniffing behind the download check, and the message forger of the embed check.
 * Run first by run.ts; each case is one test in the report.
 */
import { deepStrictEqual } from "node:assert/strict";
import { headersFor, parseHeaders } from "../../src/publish/headers.ts";
import { forge, localise } from "./checks/embeds.ts";
import { checkFileType } from "./checks/links.ts";
import type { Results } from "./lib/results.ts";

const HEADERS = `# comment
/*
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY

/embed/*
  ! X-Frame-Options
  Content-Security-Policy: frame-ancestors https:

/charts/:id/
  Cache-Control: no-cache
/charts/:id/
  Cache-Control: max-age=60
`;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** The server's `_headers` reader is the build's (Netlify's parser): these pin what it does. */
const rulesOf = async (text: string) => (await parseHeaders(text)).rules;
const matches = async (pattern: string, path: string) => headersFor(await rulesOf(`${pattern}\n  X-T: 1\n`), path)["x-t"] === "1";

const CASES: [string, () => void | Promise<void>][] = [
  [
    "_headers: blocks and comments",
    async () =>
      deepStrictEqual(
        (await rulesOf(HEADERS)).map((r) => r.path),
        ["/*", "/embed/*", "/charts/:id/", "/charts/:id/"],
      ),
  ],
  ["_headers: a header line before any path is an error", async () => deepStrictEqual((await parseHeaders("  X-A: 1\n")).errors.length, 1)],
  [
    "_headers: * matches across slashes, :id one segment",
    async () =>
      deepStrictEqual(
        [
          await matches("/*", "/a/b/"),
          await matches("/charts/:id/", "/charts/x/"),
          await matches("/charts/:id/", "/charts/x/y/"),
          await matches("/a.b", "/axb"),
        ],
        [true, true, false, false],
      ),
  ],
  // Netlify has no `!` removal (Cloudflare does): the line is ignored, so the site's file must never rely on it.
  [
    "_headers: every matching block applies; ! removes nothing",
    async () =>
      deepStrictEqual(headersFor(await rulesOf(HEADERS), "/embed/x/"), {
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
        "content-security-policy": "frame-ancestors https:",
      }),
  ],
  [
    "_headers: a name set twice is comma-joined",
    async () => deepStrictEqual(headersFor(await rulesOf(HEADERS), "/charts/x/")["cache-control"], "no-cache, max-age=60"),
  ],
  [
    "file type: a real PNG passes, text named .png fails",
    () => deepStrictEqual([checkFileType("a.png", PNG), typeof checkFileType("a.png", Buffer.from("hello"))], [null, "string"]),
  ],
  [
    "file type: CSV with ragged rows or HTML fails",
    () =>
      deepStrictEqual(
        [
          checkFileType("a.csv", Buffer.from("a,b\n1,2\n")),
          typeof checkFileType("a.csv", Buffer.from("a,b\n1,2,3\n")),
          typeof checkFileType("a.csv", Buffer.from("<!DOCTYPE html><p>x")),
        ],
        [null, "string", "string"],
      ),
  ],
  [
    "file type: standalone SVG needs xmlns and no HTML entities",
    () =>
      deepStrictEqual(
        [
          checkFileType("a.svg", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>')),
          typeof checkFileType("a.svg", Buffer.from("<svg></svg>")),
          typeof checkFileType("a.svg", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg">&nbsp;</svg>')),
        ],
        [null, "string", "string"],
      ),
  ],
  [
    "file type: JSON must parse",
    () => deepStrictEqual([checkFileType("a.json", Buffer.from("{}")), typeof checkFileType("a.json", Buffer.from("{"))], [null, "string"]),
  ],
  [
    "embed forger: every number changes, the rest stays",
    () => deepStrictEqual(forge({ type: "h", height: 300, id: "c1" }, 9), { type: "h", height: 9, id: "c1" }),
  ],
  ["embed forger: string messages too", () => deepStrictEqual(forge("lcs:540", 9), "lcs:9")],
  [
    "snippet localiser: public URLs point at the test server",
    () =>
      deepStrictEqual(
        localise('<iframe src="https://s.io/r/embed/a/">', new URL("https://s.io/r/"), "http://127.0.0.1:1/"),
        '<iframe src="http://127.0.0.1:1/embed/a/">',
      ),
  ],
];

export async function unitChecks(results: Results): Promise<void> {
  for (const [name, fn] of CASES) {
    try {
      await fn();
      results.add("unit", name, []);
    } catch (e) {
      results.add("unit", name, [(e as Error).message.split("\n").slice(0, 6).join(" ")]);
    }
  }
}
