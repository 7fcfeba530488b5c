import { childPointer } from "../compiler/pointer.js";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import { diagnose, collector, type Diagnostic } from "../compiler/diagnostics.js";
import { displayPath } from "../compiler/discover/display-path.js";
import type { ParsedDocument } from "../compiler/parse/locate.js";
import { parseSource } from "../compiler/parse/parse.js";
import { MAX_FILE_BYTES } from "../compiler/read/read.js";
import { pyyamlTags } from "./pyyaml-schema.js";

/** One file to import: its text (for code frames) and its single YAML document. */
export interface InputFile {
  /** As shown in diagnostics: relative to the working folder when inside it. */
  file: string;
  absolute: string;
  text: string;
  /** Values as PyYAML reads them; positions from the compiler's parser. */
  doc: ParsedDocument;
}

export interface ReadResult {
  input?: InputFile;
  /** The text, when it could be read at all (for code frames of syntax errors). */
  text?: string;
  diagnostics: Diagnostic[];
}

/** A file's text as UTF-8, within the size bound; what stops it is a diagnostic. */
export function readText(absolute: string, cwd: string): { file: string; text?: string; diagnostics: Diagnostic[] } {
  const file = displayPath(absolute, cwd);
  const at = { file, line: 0, column: 0, pointer: "" };
  try {
    // Only a regular file is read, and never more than the limit: `include: /dev/zero` would
    // grow without end, a FIFO would block forever (stat follows a link to either).
    const stats = statSync(absolute);
    if (!stats.isFile()) {
      const what = stats.isDirectory() ? "a folder" : stats.isFIFO() ? "a FIFO (named pipe)" : stats.isSocket() ? "a socket" : "a device";
      return { file, diagnostics: [diagnose("LG1001", at, "importNotFile", { kind: what })] };
    }
    const bytes = readAtMost(absolute, MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      return {
        file,
        diagnostics: [
          diagnose("LG1006", { ...at, line: 1, column: 1 }, "importTooLarge", { limit: MAX_FILE_BYTES / 1048576 }),
        ],
      };
    }
    return { file, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), diagnostics: [] };
  } catch (error) {
    if (error instanceof TypeError) {
      return { file, diagnostics: [diagnose("LG1002", { ...at, line: 1, column: 1 }, "importInvalid", {})] };
    }
    const code = error instanceof Error && "code" in error ? String(error.code) : "read error";
    return { file, diagnostics: [diagnose("LG1001", at, "importUnreadable", { code })] };
  }
}

/**
 * Reads one config, model list or values file. Syntax problems are reported by the
 * compiler's own parser (LG1003 and friends, with line and column); the values are then read
 * a second time with PyYAML's YAML 1.1 rules, because that is how LiteLLM read them.
 * Unlike the compiler's loader, a file is never skipped for not mentioning litellm: an
 * included settings file need not.
 */
export function readInput(absolute: string, cwd: string): ReadResult {
  const read = readText(absolute, cwd);
  if (read.text === undefined) return { diagnostics: read.diagnostics };
  const { file, text } = read;
  const at = { file, line: 0, column: 0, pointer: "" };

  const parsed = collector();
  const documents = parseSource({ path: file, text }, parsed.report);
  if (parsed.diagnostics.length > 0) return { text, diagnostics: parsed.diagnostics };
  const first = documents[0];
  if (documents.length !== 1 || first === undefined) {
    return {
      text,
      diagnostics: [
        documents.length === 0
          ? diagnose("LG6001", { ...at, line: 1, column: 1 }, "noDocument", {})
          : diagnose("LG6001", { ...at, line: 1, column: 1 }, "severalDocuments", { count: documents.length }),
      ],
    };
  }

  // Same text, same structure: pointers located by the first parse address the same nodes.
  const docs11 = parseAllDocuments(text, { version: "1.1", customTags: pyyamlTags, uniqueKeys: true, prettyErrors: false });
  const doc11 = Array.isArray(docs11) ? docs11[first.index] : undefined;
  if (!doc11 || doc11.errors.length > 0) {
    const problem = doc11?.errors[0];
    const { line, column } = problem ? first.locate("") : { line: 1, column: 1 };
    return {
      text,
      diagnostics: [diagnose("LG1003", { ...at, line, column }, "yaml11", { problem: problem?.message.split("\n")[0] ?? "no document" })],
    };
  }
  const value: unknown = doc11.toJS({ maxAliasCount: 100 });
  const exotic = exoticValue(value, "");
  if (exotic) {
    const { line, column } = first.locate(exotic.pointer);
    return {
      text,
      diagnostics: [
        diagnose("LG6004", { file, line, column, pointer: exotic.pointer }, "notPlainData", { what: exotic.what }),
      ],
    };
  }
  return { input: { file, absolute, text, doc: { ...first, value } }, text, diagnostics: [] };
}

/** The first value YAML 1.1 tags made into something other than plain data (!!binary, !!set, !!omap, .inf, .nan). */
function exoticValue(value: unknown, pointer: string): { pointer: string; what: string } | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? undefined : { pointer, what: `the number ${String(value)}` };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = exoticValue(value[i], `${pointer}/${i}`);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const found = exoticValue(item, childPointer(pointer, key));
      if (found) return found;
    }
    return undefined;
  }
  const kind = value instanceof Uint8Array ? "!!binary" : value instanceof Set ? "!!set" : value instanceof Map ? "!!omap/!!pairs" : typeof value;
  return { pointer, what: `a ${kind} value` };
}

/** The first `limit` bytes of a file (fewer if it is shorter), in bounded memory whatever its size claims. */
function readAtMost(absolute: string, limit: number): Buffer {
  const fd = openSync(absolute, "r");
  try {
    const buffer = Buffer.alloc(Math.min(limit, 1024 * 1024));
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, limit - total), null);
      if (read === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, read)));
      total += read;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}
