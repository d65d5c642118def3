/**
 * `npm run validate -- --fix`: writes into the files what the validator would otherwise only read
 * in their standard form: Latin digits, no thousands separators, `.` for the decimal mark, dates
 * as YYYY-MM-DD, Persian ی and ک for Arabic ي ك, no tatweel or stray direction marks, no spaces
 * around a value, column names as the schema spells them, no byte-order mark. Every other byte of
 * the file is kept as it was (quoting, line endings, the rest of each line). Each cell is
 * rewritten by the same reader that validates it (cells.ts), so fix and validation cannot disagree.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseTree, type Node } from "jsonc-parser";
import type { z } from "zod";
import { DATASETS, DATASET_NAMES } from "../schemas/index.ts";
import { cellReader, type CellReader } from "./cells.ts";
import { comparisonKey, normalizeText } from "../lib/normalize.ts";
import { hasBom, isUtf16 } from "./decode.ts";
import { LineIndex } from "./issues.ts";

export interface Change {
  file: string;
  line: number;
  column: number;
  field?: string;
  from: string;
  to: string;
}

interface Cell {
  /** Offsets of the cell in the text, quotes included. */
  start: number;
  end: number;
  value: string;
  quoted: boolean;
  line: number;
}

/** The cells of a CSV text with their offsets, record by record (RFC 4180 quoting). Null on an unclosed quote. */
export function csvCells(text: string): Cell[][] | null {
  const records: Cell[][] = [];
  let record: Cell[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;
  for (;;) {
    const start = i;
    const cellLine = line;
    let value: string;
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      let out = "";
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) return null;
        const chunk = text.slice(i, q);
        for (let k = chunk.indexOf("\n"); k !== -1; k = chunk.indexOf("\n", k + 1)) line++;
        out += chunk;
        if (text[q + 1] === '"') {
          out += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      value = out;
      // Anything between the closing quote and the delimiter is kept as part of the cell.
      while (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") i++;
    } else {
      while (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") i++;
      value = text.slice(start, i);
    }
    record.push({ start, end: i, value, quoted, line: cellLine });
    if (i >= n) {
      records.push(record);
      return records;
    }
    if (text[i] === ",") {
      i++;
      continue;
    }
    // A line break (\n or \r\n) ends the record.
    if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else i++;
    line++;
    records.push(record);
    record = [];
    if (i >= n) return records;
  }
}

const needsQuotes = (s: string) => /[",\r\n]/.test(s);
const encode = (s: string, quoted: boolean) => (quoted || needsQuotes(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Applies replacements (non-overlapping, any order) to a text. */
function splice(text: string, edits: { start: number; end: number; text: string }[]): string {
  edits.sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

export function fixCsvText(text: string, file: string, schema: z.ZodObject): { text: string; changes: Change[] } {
  const changes: Change[] = [];
  const records = csvCells(text);
  if (!records || records.length === 0) return { text, changes };
  const fields = Object.keys(schema.shape);
  const byKey = new Map(fields.map((f) => [comparisonKey(f), f]));
  const columns = records[0].map((c) => byKey.get(comparisonKey(c.value)));
  const edits: { start: number; end: number; text: string }[] = [];
  records[0].forEach((c, k) => {
    const f = columns[k];
    if (f && c.value !== f) {
      edits.push({ start: c.start, end: c.end, text: encode(f, c.quoted) });
      changes.push({ file, line: c.line, column: k + 1, from: c.value, to: f });
    }
  });
  const readers: (CellReader | undefined)[] = columns.map((f) => (f ? cellReader(schema.shape[f] as z.ZodType, f) : undefined));
  for (let r = 1; r < records.length; r++) {
    const rec = records[r];
    rec.forEach((c, k) => {
      const read = readers[k];
      if (!read) return;
      const res = read(c.value);
      if (res.ok && res.fixed !== undefined && res.fixed !== c.value) {
        edits.push({ start: c.start, end: c.end, text: encode(res.fixed, c.quoted) });
        changes.push({ file, line: c.line, column: k + 1, field: columns[k], from: c.value, to: res.fixed });
      }
    });
  }
  return { text: edits.length ? splice(text, edits) : text, changes };
}

export function fixJsonText(text: string, file: string): { text: string; changes: Change[] } {
  const changes: Change[] = [];
  const tree = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  if (!tree) return { text, changes };
  const index = new LineIndex(text);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: Node, field?: string) => {
    if (node.type === "property") {
      const [key, val] = node.children!;
      if (val) visit(val, key.value as string);
      return;
    }
    if (node.type === "string") {
      const res = normalizeText(node.value as string);
      if (!res.error && res.value !== node.value) {
        edits.push({ start: node.offset, end: node.offset + node.length, text: JSON.stringify(res.value) });
        changes.push({ file, ...index.locate(node.offset), field, from: node.value as string, to: res.value });
      }
      return;
    }
    for (const c of node.children ?? []) visit(c, field);
  };
  visit(tree);
  return { text: edits.length ? splice(text, edits) : text, changes };
}

/**
 * Fixes every dataset file of a folder in place (files that are not UTF-8 are left alone: the
 * validator reports them). Returns the changes; writes only files that change.
 */
export function fixDataDir(dir: string, write = true): Change[] {
  const all: Change[] = [];
  for (const name of DATASET_NAMES) {
    const { file, format, schema } = DATASETS[name];
    const path = join(dir, file);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      continue;
    }
    if (isUtf16(bytes)) continue;
    const bom = hasBom(bytes);
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    } catch {
      continue;
    }
    const fixed = format === "csv" ? fixCsvText(text, file, schema) : fixJsonText(text, file);
    const changes = bom ? [{ file, line: 1, column: 1, from: "\uFEFF", to: "" }, ...fixed.changes] : fixed.changes;
    if (changes.length === 0) continue;
    if (write) writeFileSync(path, fixed.text);
    all.push(...changes);
  }
  return all;
}

export const formatChange = (c: Change): string =>
  `${c.file}:${c.line}:${c.column}: fixed${c.field ? ` ${c.field}` : ""}: ${JSON.stringify(c.from)} -> ${JSON.stringify(c.to)}`;
