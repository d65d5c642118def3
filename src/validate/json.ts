/**
 * Reads one JSON dataset (an array of objects): strict JSON (no comments, no trailing commas),
 * every string normalised like a CSV cell, each element checked by its zod schema. Errors name
 * the line and column of the offending value in the file.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import type { z } from "zod";
import { IssueSink, LineIndex, type FileStats } from "./issues.ts";
import { normalizeText } from "../lib/normalize.ts";
import { zodIssueMessage, zodIssueType } from "./zod-issues.ts";
import type { TableResult } from "./csv.ts";

export function readJson(text: string, file: string, schema: z.ZodObject, sink: IssueSink): TableResult {
  const stats: FileStats = { file, rowsRead: 0, accepted: 0, rejected: 0, blankSkipped: 0 };
  const result: TableResult = { rows: [], lines: [], stats };
  const index = new LineIndex(text);
  const at = (offset: number) => index.locate(offset);
  if (text.trim() === "") {
    sink.add({ severity: "error", type: "empty-file", file, line: 1, column: 1, message: "the file is empty" });
    result.failed = true;
    return result;
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !tree) {
    for (const e of errors.slice(0, 5)) {
      const { offset, message } = jsonErrorInWords(text, e);
      sink.add({
        severity: "error",
        type: "format-error",
        file,
        ...at(offset),
        message: `invalid JSON: ${message}`,
        value: text.slice(offset, offset + Math.max(1, offset === e.offset ? e.length : 1)),
      });
    }
    result.failed = true;
    return result;
  }
  if (tree.type !== "array") {
    sink.add({ severity: "error", type: "format-error", file, ...at(tree.offset), message: "expected an array of objects" });
    result.failed = true;
    return result;
  }
  const elements = tree.children ?? [];
  if (elements.length === 0) {
    sink.add({ severity: "error", type: "empty-file", file, ...at(tree.offset), message: "the array is empty" });
    result.failed = true;
  }

  elements.forEach((node, i) => {
    // The record's id, to name it in messages (a place in a long array says little).
    const idNode = node.type === "object" ? findNodeAtLocation(node, ["id"]) : undefined;
    const record = typeof idNode?.value === "string" && idNode.value !== "" ? (idNode.value as string) : `[${i}]`;
    stats.rowsRead++;
    const before = sink.errorCount;
    const value = normaliseStrings(node, file, sink, at);
    if (sink.errorCount === before) {
      const checked = schema.safeParse(value);
      if (checked.success) {
        result.rows.push(checked.data as Record<string, unknown>);
        result.lines.push(at(node.offset).line);
      } else {
        for (const issue of checked.error.issues) {
          const target = deepest(node, issue.path as (string | number)[]);
          const field = issue.path.length ? String(issue.path[issue.path.length - 1]) : undefined;
          const raw =
            target.type === "object" || target.type === "array" ? undefined : text.slice(target.offset, target.offset + target.length);
          const missing = findNodeAtLocation(node, issue.path as (string | number)[]) === undefined;
          const type = zodIssueType(issue, schema.shape[String(issue.path[0])] as z.ZodType | undefined, missing);
          const path = issue.path.join(".");
          const message =
            missing && type === "required" && path
              ? `${path} is required: add it to the record`
              : `${path ? `${path}: ` : ""}${zodIssueMessage(issue, type, raw === undefined ? undefined : String(findNodeAtLocation(node, issue.path as (string | number)[])?.value ?? raw))}`;
          sink.add({ severity: "error", type, file, ...at(target.offset), field, value: raw, record, message });
        }
      }
    }
    if (sink.errorCount === before) stats.accepted++;
    else {
      stats.rejected++;
      // A rejected record still provides its id to references (one mistake, one error).
      if (record !== `[${i}]`) (result.rejectedIds ??= new Map()).set(record, at(node.offset).line);
    }
  });
  return result;
}

const JSON_WORDS: Record<string, string> = {
  InvalidSymbol: "an unexpected character",
  InvalidNumberFormat: "a number written wrongly (Latin digits, a dot for decimals, no separators)",
  PropertyNameExpected: "a property name in double quotes expected",
  ValueExpected: "a value expected",
  ColonExpected: "a colon expected after the property name",
  CommaExpected: "a comma expected between two elements (missing at the end of the line before?)",
  CloseBraceExpected: "a closing } expected",
  CloseBracketExpected: "a closing ] expected",
  EndOfFileExpected: "text after the end of the array",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: 'a string is not closed (a missing "?)',
  UnexpectedEndOfNumber: "a number is cut short",
  InvalidUnicode: "an invalid \\u escape",
  InvalidEscapeCharacter: "an invalid escape after \\ (write \\\\ for a backslash)",
  InvalidCharacter: "a control character inside a string (a line break? write \\n)",
};

/** A parse error in words, at the character to fix (a trailing comma at the comma, not at the `]`). */
function jsonErrorInWords(text: string, e: ParseError): { offset: number; message: string } {
  const code = printParseErrorCode(e.error);
  if ((code === "ValueExpected" || code === "PropertyNameExpected") && (text[e.offset] === "]" || text[e.offset] === "}")) {
    let k = e.offset - 1;
    while (k >= 0 && /\s/.test(text[k])) k--;
    if (text[k] === ",")
      return { offset: k, message: `trailing comma after the last ${text[e.offset] === "]" ? "element" : "property"}: delete it` };
  }
  if (code === "InvalidSymbol" && (text.startsWith("//", e.offset) || text.startsWith("/*", e.offset)))
    return { offset: e.offset, message: "comments are not allowed in JSON: delete it (notes go in note_en)" };
  return { offset: e.offset, message: JSON_WORDS[code] ?? code };
}

/** The node at `path`, or the nearest existing ancestor (a missing key points at its object). */
function deepest(node: Node, path: (string | number)[]): Node {
  for (let n = path.length; n >= 0; n--) {
    const found = findNodeAtLocation(node, path.slice(0, n));
    if (found) return found.parent?.type === "property" && found.parent.children?.[1] === found ? found : found;
  }
  return node;
}

/**
 * Converts a JSON node to a plain value, normalising every string and reporting bidi controls.
 * `field` is the nearest property name, so issues name the field as CSV issues do.
 */
function normaliseStrings(
  node: Node,
  file: string,
  sink: IssueSink,
  at: (o: number) => { line: number; column: number },
  field?: string,
): unknown {
  switch (node.type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, val] = prop.children!;
        out[key.value as string] = normaliseStrings(val, file, sink, at, key.value as string);
      }
      return out;
    }
    case "array":
      return (node.children ?? []).map((c) => normaliseStrings(c, file, sink, at, field));
    case "string": {
      const res = normalizeText(node.value as string);
      if (res.error)
        sink.add({
          severity: "error",
          type: res.error.type,
          file,
          ...at(node.offset),
          field,
          value: node.value,
          message: res.error.message,
        });
      for (const w of res.warnings)
        sink.add({ severity: "warning", type: "normalized", file, ...at(node.offset), field, value: node.value, message: w });
      return res.value;
    }
    default:
      return node.value;
  }
}
