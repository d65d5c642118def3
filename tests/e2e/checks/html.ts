/**
 * HTML validation of every page in the build with html-validate's recommended preset. Rules are
 * only relaxed where Astro's output or a deliberate choice conflicts, each with its reason.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { htmlFiles } from "../lib/site.ts";

export const HTML_CONFIG: ConfigData = {
  extends: ["html-validate:recommended"],
  // No rule is relaxed: the built pages pass the preset as is. Relax one here only with the
  // reason it conflicts with Astro's output.
  rules: {},
};

/** HTML file (relative to dist) -> errors, as `line:col rule: message`. */
export async function validateHtml(dist: string, files = htmlFiles(dist)): Promise<Map<string, string[]>> {
  const validator = new HtmlValidate(new StaticConfigLoader(HTML_CONFIG));
  const out = new Map<string, string[]>();
  for (const rel of files) {
    const report = await validator.validateString(readFileSync(join(dist, rel), "utf8"), rel);
    const problems: string[] = [];
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity < 2) continue;
        problems.push(`${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ""}`);
      }
    }
    out.set(rel, problems);
  }
  return out;
}
