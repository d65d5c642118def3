/**
 * SVG snapshots in the manner of Observable Plot's own test harness: the SVG is normalised (Plot's
 * generated class name and any ids replaced by stable ones, floats rounded, one element per line)
 * and compared with `__snapshots__/<name>.svg`. On a mismatch the new drawing is written next to
 * it as `<name>-changed.svg` (git-ignored) so a person can open both, and the test fails. A missing
 * snapshot fails in CI and is written otherwise; `UPDATE_SNAPSHOTS=1` rewrites them all.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const SNAPSHOT_DIR = join(__dirname, "__snapshots__");

/** Stable, diffable SVG text. */
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  let out = svg
    .replace(/\bplot-[0-9a-f]{6}\b/g, "plot")
    .replace(/\bid="([^"]+)"/g, (_, id: string) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size}`);
      return `id="${ids.get(id)}"`;
    })
    .replace(/(\d+\.\d{2})\d+/g, "$1");
  for (const [from, to] of ids) out = out.replaceAll(`#${from})`, `#${to})`).replaceAll(`"#${from}"`, `"#${to}"`);
  return prettyXml(out);
}

/** One element per line, indented by depth; an element holding only text stays on one line. */
export function prettyXml(xml: string): string {
  const tokens = xml.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  const pad = () => "  ".repeat(depth);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (t.startsWith("</")) {
      depth--;
      lines.push(pad() + t);
    } else if (t.startsWith("<")) {
      const opens = !t.endsWith("/>") && !t.startsWith("<!") && !t.startsWith("<?");
      if (opens && next !== undefined && !next.startsWith("<") && after?.startsWith("</")) {
        lines.push(pad() + t + next + after);
        i += 2;
      } else if (opens && next?.startsWith("</")) {
        lines.push(pad() + t + next);
        i += 1;
      } else {
        lines.push(pad() + t);
        if (opens) depth++;
      }
    } else if (t.trim()) lines.push(pad() + t);
  }
  return lines.join("\n") + "\n";
}

export type SnapshotResult = { status: "match" | "written" | "missing-in-ci" | "changed"; path: string; changedPath?: string };

/** Compares `actual` with the stored snapshot `<name>.svg`, per the rules above. */
export function checkSnapshot(name: string, actual: string, env: NodeJS.ProcessEnv = process.env, dir = SNAPSHOT_DIR): SnapshotResult {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.svg`);
  const changedPath = join(dir, `${name}-changed.svg`);
  if (env.UPDATE_SNAPSHOTS === "1") {
    writeFileSync(path, actual);
    rmSync(changedPath, { force: true });
    return { status: "written", path };
  }
  if (!existsSync(path)) {
    if (env.CI) return { status: "missing-in-ci", path };
    writeFileSync(path, actual);
    return { status: "written", path };
  }
  if (readFileSync(path, "utf8") === actual) {
    rmSync(changedPath, { force: true });
    return { status: "match", path };
  }
  writeFileSync(changedPath, actual);
  return { status: "changed", path, changedPath };
}
