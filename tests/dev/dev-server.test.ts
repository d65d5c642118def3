/**
 * `npm run dev` as a maintainer uses it: with invalid data every page answers 500 with the
 * validator's messages readable without JavaScript; when the file is fixed the page comes back;
 * one SIGTERM to npm stops the server (npm runs astro through `exec`, so no orphan keeps serving).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "../..");
// A port nobody holds right now: a fixed one collided with other dev servers on the machine, and
// the test then read their answers.
const PORT = await new Promise<number>((done, fail) => {
  const probe = createServer().once("error", fail);
  probe.listen(0, "127.0.0.1", () => {
    const { port } = probe.address() as AddressInfo;
    probe.close(() => done(port));
  });
});
const URL_PAGE = `http://127.0.0.1:${PORT}/cooperatives/`;
const dataDir = mkdtempSync(join(tmpdir(), "dev-test-"));
cpSync(join(ROOT, "data"), dataDir, { recursive: true });
const obsFile = join(dataDir, "observations.csv");
const good = readFileSync(obsFile, "utf8");
// Line 2 is the first figure; its value (4th column) becomes a number with a word in it.
const lines = good.split("\n");
const cells = lines[1].split(",");
cells[3] = `${cells[3]}x`;
lines[1] = cells.join(",");
writeFileSync(obsFile, lines.join("\n"));

let dev: ChildProcess | undefined;
afterAll(() => {
  if (dev?.exitCode === null) dev.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

async function fetchUntil(ok: (status: number) => boolean, tries = 120): Promise<{ status: number; body: string }> {
  for (let i = 0; i < tries; i++) {
    try {
      const r = await fetch(URL_PAGE, { headers: { Accept: "text/html" } });
      const body = await r.text();
      if (ok(r.status)) return { status: r.status, body };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no matching answer from ${URL_PAGE}`);
}

describe("npm run dev", () => {
  it("shows invalid data as a readable 500 page, recovers, and stops on one SIGTERM", async () => {
    dev = spawn("npm", ["run", "dev", "--", "--port", String(PORT), "--host", "127.0.0.1"], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    const bad = await fetchUntil((s) => s > 0);
    expect(bad.status).toBe(500);
    expect(bad.body).toContain('<html lang="fa" dir="rtl">');
    expect(bad.body).toMatch(/observations\.csv:2:4: type-error: value: .*12?/);
    expect(bad.body).not.toContain("<script");

    writeFileSync(obsFile, good);
    const fixed = await fetchUntil((s) => s === 200);
    expect(fixed.body).toContain("<h1");

    const exited = new Promise<number | null>((r) => dev!.on("exit", (code) => r(code)));
    dev.kill("SIGTERM");
    await exited;
    await new Promise((r) => setTimeout(r, 1500));
    await expect(fetch(URL_PAGE)).rejects.toThrow();
  }, 120_000);
});
