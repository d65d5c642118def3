/**
 * The house style (scripts/style.ts): the .astro formatter touches only frontmatter and styles,
 * never the template (where a line break is visible whitespace), and is stable on its own output;
 * the line-length rule reports long code and lets a lone long string or URL through.
 */
import { describe, expect, it } from "vitest";
import { formatAstro, longLines, MAX_LINE } from "../scripts/style.ts";

const options = { printWidth: 140 };

describe("formatAstro", () => {
  const messy = [
    "---",
    "const  a = {b:1}",
    "---",
    '<p>{a.b}<a href="x">«{a.b}»</a>{a.b && <span>x</span>}</p>',
    "<style>",
    "  .x { color: red; }",
    "  /* a comment",
    "     on two lines */",
    "</style>",
    "",
  ].join("\n");

  it("formats the frontmatter as TypeScript and the styles as CSS", async () => {
    const out = await formatAstro(messy, options);
    expect(out).toContain("const a = { b: 1 };");
    expect(out).toContain("  .x {\n    color: red;\n  }");
  });

  it("leaves the template byte for byte", async () => {
    const out = await formatAstro(messy, options);
    expect(out).toContain('<p>{a.b}<a href="x">«{a.b}»</a>{a.b && <span>x</span>}</p>');
  });

  it("is stable: formatting its own output changes nothing (comments keep their indent)", async () => {
    const once = await formatAstro(messy, options);
    expect(await formatAstro(once, options)).toBe(once);
    expect(once).toContain("  /* a comment\n     on two lines */");
  });
});

describe("longLines", () => {
  const pad = (n: number) => "x".repeat(n);
  it("reports a code line over the limit, by its number", () => {
    expect(longLines(`ok\nconst ${pad(MAX_LINE)} = 1;\n`)).toEqual([2]);
  });
  it("lets a line through when what overflows is one string literal or URL", () => {
    expect(longLines(`  key: "${pad(MAX_LINE)}",`)).toEqual([]);
    expect(longLines(`// see https://example.org/${pad(MAX_LINE)}`)).toEqual([]);
  });
  it("still reports a long line whose code alone is over the limit", () => {
    expect(longLines(`f(${pad(MAX_LINE)}, "short")`)).toEqual([1]);
  });
  it("counts characters, not bytes (Persian text)", () => {
    expect(longLines("ب".repeat(MAX_LINE))).toEqual([]);
  });
});
