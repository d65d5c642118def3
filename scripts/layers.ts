/**
 * `npm run check:layers`: the import rules of the source tree, checked by dependency-cruiser.
 * Layers only look down: lib and i18n -> schemas -> validate -> data (the model) -> charts ->
 * publish -> components/layouts -> pages; no cycles; no `.astro` page imports the publish layer
 * (pages read the model; only endpoints write files). dependency-cruiser cannot read `.astro`
 * files, so each is mirrored as TypeScript (its frontmatter) in a temporary copy of `src/` and
 * the copy is checked. `tests/layers.test.ts` runs this and proves it fails on planted imports.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cruise, type IForbiddenRuleType } from "dependency-cruiser";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Layers from the bottom up; each may import only itself and the layers before it. */
const ORDER = ["lib|i18n", "schemas", "validate", "data", "charts", "publish", "components|layouts", "pages"];

export const RULES: IForbiddenRuleType[] = [
  { name: "no-cycles", severity: "error", comment: "a cycle means two modules are one job split badly", from: {}, to: { circular: true } },
  ...ORDER.slice(0, -1).map((layer, i) => ({
    name: `no-upward-from-${layer.replace("|", "-")}`,
    severity: "error" as const,
    comment: `${layer} may import only ${ORDER.slice(0, i + 1).join(", ")}`,
    from: { path: `^src/(${layer})/` },
    to: { path: `^src/(${ORDER.slice(i + 1).join("|")})/` },
  })),
  {
    name: "no-publish-in-pages",
    severity: "error",
    comment: "pages render the model; files are written by endpoints (pages/**/*.ts) and the integration",
    from: { path: "^src/(pages|components|layouts)/.*[.]astro[.]ts$" },
    to: { path: "^src/publish/" },
  },
];

/** A copy of `src/` in which every `.astro` file is also present as `<name>.astro.ts` (its frontmatter). */
export function mirror(src = join(ROOT, "src")): string {
  const root = mkdtempSync(join(tmpdir(), "layers-"));
  const out = join(root, "src");
  cpSync(src, out, { recursive: true, filter: (p) => !/\.(woff2|geojson|png)$/.test(p) });
  for (const f of readdirSync(out, { recursive: true, encoding: "utf8" })) {
    if (!f.endsWith(".astro")) continue;
    const text = readFileSync(join(out, f), "utf8");
    const front = text.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? "";
    // Imports of other .astro files point at their mirrors, so the chain through components is seen.
    writeFileSync(join(out, `${f}.ts`), front.replace(/(from\s+["'][^"']+\.astro)(["'])/g, "$1.ts$2"));
  }
  return root;
}

export interface Violation {
  rule: string;
  from: string;
  to: string;
}

/** Checks a tree (the real `src/` by default); returns every broken rule. */
export async function checkLayers(root?: string): Promise<Violation[]> {
  const base = root ?? mirror();
  try {
    const result = await cruise(
      ["src"],
      {
        baseDir: base,
        ruleSet: { forbidden: RULES },
        exclude: { path: "[.]astro$|node_modules" },
        tsPreCompilationDeps: true,
        validate: true,
      },
      { extensions: [".ts", ".mjs", ".js"] },
    );
    const output = result.output as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
    return output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
  } finally {
    if (!root) rmSync(base, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const violations = await checkLayers();
  for (const v of violations) console.log(`${v.from}: ${v.rule}: imports ${v.to}`);
  console.log(violations.length ? `layers: ${violations.length} broken import rule(s)` : "layers: every import looks down, no cycles");
  return violations.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) main().then((code) => process.exit(code));
