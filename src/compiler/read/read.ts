import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { diagnose, type Diagnostic, type Location, type Report } from "../diagnostics.js";
import { displayPath } from "../discover/display-path.js";
import { lstatOrUndefined } from "../discover/discover.js";
import type { InputObserver, SourceFile } from "./source.js";

/** Above this size a file is only read if it may be ours, and then refused: parsing it would take minutes. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** The second stage: the text of every discovered file that may concern us; why not, for the others that should. */
export function read(files: readonly string[], cwd: string, report: Report, observe?: InputObserver): SourceFile[] {
  const sources: SourceFile[] = [];
  for (const file of files) {
    const source = readSource(file, cwd, report, observe);
    if (source) sources.push(source);
  }
  return sources;
}

/** Strict UTF-8, a leading byte order mark dropped. One instance: a decode() without `stream` keeps no state. */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The text of a file, or why it can't be had (reported). `undefined` with nothing reported: not ours, skipped. */
function readSource(absolute: string, cwd: string, report: Report, observe: InputObserver | undefined): SourceFile | undefined {
  const file = displayPath(absolute, cwd);
  const at = { file, line: 0, column: 0, pointer: "" };
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(absolute, "r");
    // A file over the limit is never read whole: it is scanned in chunks, in bounded memory.
    const stats = fstatSync(fd);
    const size = stats.size;
    if (size > MAX_FILE_BYTES) {
      if (mayConcernUsFile(absolute)) report(tooLarge(at, size));
      else observe?.file(absolute, stats, undefined);
      return undefined;
    }
    bytes = readFileSync(fd);
    observe?.file(absolute, stats, bytes);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "read error";
    const brokenLink = code === "ENOENT" && lstatOrUndefined(absolute)?.isSymbolicLink() === true;
    report(
      brokenLink ? diagnose("LG1001", at, "brokenLink", {}) : diagnose("LG1001", at, "unreadable", { reason: code }),
    );
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
    // NUL is valid UTF-8 but never valid YAML: a UTF-16 file without a byte order mark
    // (`n\0a\0m\0e\0`) decodes "fine" and would be skipped as not ours.
    const utf16 = text.includes("\0") ? utf16WithoutBom(bytes) : undefined;
    if (utf16 !== undefined) {
      if (!mayConcernUs(new TextDecoder(utf16).decode(bytes))) return undefined;
      report(diagnose("LG1002", { file, line: 1, column: 1, pointer: "" }, "utf16WithoutBom", { encoding: utf16.toUpperCase() }));
      return undefined;
    }
  } catch {
    // Not UTF-8: ours only if it says so. A UTF-16 file (YAML allows it) is read as UTF-16 for
    // that; anything else as latin1, which maps every byte, so the ASCII words still match.
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
    const asText = utf16 ? new TextDecoder(utf16).decode(bytes) : bytes.toString("latin1");
    if (!mayConcernUs(asText)) return undefined;
    const { line, column } = firstInvalidByte(bytes);
    report(
      utf16
        ? diagnose("LG1002", { file, line, column, pointer: "" }, "utf16", { encoding: utf16.toUpperCase() })
        : diagnose("LG1002", { file, line, column, pointer: "" }, "invalid", {}),
    );
    return undefined;
  }
  if (!mayConcernUs(text)) return undefined;
  // The file may have grown between stat and read.
  if (bytes.length > MAX_FILE_BYTES) {
    report(tooLarge(at, bytes.length));
    return undefined;
  }
  return { path: file, text };
}

/**
 * YAML 1.2 §5.2's detection of an encoding without a byte order mark, from the first two
 * bytes: `x 00` is UTF-16LE, `00 x` UTF-16BE (ASCII text, as every YAML file starts).
 */
function utf16WithoutBom(bytes: Buffer): "utf-16le" | "utf-16be" | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] !== 0 && bytes[1] === 0) return "utf-16le";
  if (bytes[0] === 0 && bytes[1] !== 0) return "utf-16be";
  return undefined;
}

function tooLarge(at: Location, size: number): Diagnostic {
  return diagnose("LG1006", { ...at, line: 1, column: 1 }, "tooLarge", { size: (size / 1048576).toFixed(1), limit: MAX_FILE_BYTES / 1048576 });
}

/** mayConcernUs over a file too large to read whole: 1 MiB chunks, overlapping so that no word is cut. */
function mayConcernUsFile(absolute: string): boolean {
  const chunk = Buffer.alloc(1024 * 1024);
  const overlap = 16;
  const fd = openSync(absolute, "r");
  try {
    let carried = "";
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return false;
      const text = carried + chunk.toString("latin1", 0, read);
      if (mayConcernUs(text)) return true;
      carried = text.slice(-overlap);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Cheap pre-filter: a file that mentions neither a litellm API group (or a misspelling of one,
 * LG1030), nor a Secret or SealedSecret, nor a CloudNativePG Cluster holds nothing this
 * compiler reads, so it is never parsed (YAML parsing is the dominant cost).
 */
export function mayConcernUs(text: string): boolean {
  return text.includes("litellm") || /lite?l+m|Secret\b|postgresql\.cnpg\.io/.test(text);
}

function firstInvalidByte(bytes: Buffer): { line: number; column: number } {
  // Binary search for the longest valid prefix, then count lines in it.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (isValidPrefix(bytes.subarray(0, mid))) low = mid;
    else high = mid - 1;
  }
  // The longest valid prefix may end in the first bytes of a sequence that never completes
  // (a Latin-1 `é` is such a lead byte): the error is at that sequence's first byte.
  for (let back = 0; back < 3 && low > 0 && !isComplete(bytes.subarray(0, low)); back++) low--;
  const prefix = bytes.subarray(0, low).toString("utf8").replace(/^\uFEFF/, "");
  const lines = prefix.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

function isComplete(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Valid as the start of a UTF-8 text: a sequence cut at the end is allowed (stream mode). */
function isValidPrefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
