/**
 * Bytes to text: strict UTF-8, a UTF-8 byte-order mark removed with a warning, UTF-16 refused,
 * and for bad bytes the line of the first one (to point the maintainer at it).
 */
import { isUtf8 } from "node:buffer";
import type { Issue, IssueSink } from "./issues.ts";

export const bomWarning = (file: string): Issue => ({
  severity: "warning",
  type: "normalized",
  file,
  line: 1,
  column: 1,
  message: "removed the UTF-8 byte-order mark",
  fix: "",
});

export const isUtf16 = (bytes: Uint8Array): boolean =>
  bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
export const hasBom = (bytes: Uint8Array): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

/** Decodes bytes as strict UTF-8; reports the line of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, file: string, sink: IssueSink): string | null {
  if (isUtf16(bytes)) {
    sink.add({
      severity: "error",
      type: "encoding-error",
      file,
      line: 1,
      column: 1,
      message: 'the file is UTF-16; save it as "CSV UTF-8"',
    });
    return null;
  }
  let start = 0;
  if (hasBom(bytes)) {
    start = 3;
    sink.add(bomWarning(file));
  }
  const body = bytes.subarray(start);
  // Valid UTF-8 without a second byte-order mark (which TextDecoder would drop) decodes natively:
  // isUtf8 and toString are both far faster than a fatal TextDecoder.
  if (isUtf8(body) && !hasBom(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i <= body.length; i++) {
      if (i === body.length || body[i] === 0x0a) {
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(body.subarray(lineStart, i));
        } catch {
          break;
        }
        line++;
        lineStart = i + 1;
      }
    }
    sink.add({
      severity: "error",
      type: "encoding-error",
      file,
      line,
      column: 1,
      message: 'not valid UTF-8 (Excel\'s Windows-1256 "CSV"?): save as "CSV UTF-8"',
    });
    return null;
  }
}
