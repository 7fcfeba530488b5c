import { closeSync, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { compareStrings, diagnostic, type Diagnostic, type Location } from "./diagnostics.js";
import type { SourceFile } from "./source.js";

/** Above this size a file is only read if it may be ours, and then refused: parsing it would take minutes. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

const ALWAYS_SKIPPED = ["**/node_modules/**", "**/.git/**"];

export interface DiscoverOptions {
  cwd: string;
  /** Folders never read (the output folder, the cache), relative to cwd or absolute. */
  exclude: string[];
}

export interface Discovered {
  /** Absolute paths, sorted, each once. */
  files: string[];
  diagnostics: Diagnostic[];
}

/** Every *.yaml / *.yml under the given files, folders or globs. */
export function discover(paths: readonly string[], options: DiscoverOptions): Discovered {
  const diagnostics: Diagnostic[] = [];
  const found = new Set<string>();
  const ignore = [
    ...ALWAYS_SKIPPED,
    ...options.exclude.map((dir) => fg.convertPathToPattern(path.resolve(options.cwd, dir)) + "/**"),
  ];
  for (const given of paths.length > 0 ? paths : ["."]) {
    const absolute = path.resolve(options.cwd, given);
    const stat = statOrUndefined(absolute);
    let pattern: string;
    if (stat?.isDirectory()) {
      pattern = fg.convertPathToPattern(absolute) + "/**/*.{yaml,yml}";
    } else if (stat?.isFile() || (!stat && lstatOrUndefined(absolute)?.isSymbolicLink())) {
      // A broken symbolic link is added too: reading it reports why it can't be read.
      found.add(absolute);
      continue;
    } else if (stat) {
      diagnostics.push(
        diagnostic(
          "LG1001",
          { file: displayPath(absolute, options.cwd), line: 0, column: 0, pointer: "" },
          `not a regular file or folder: ${given}`,
          "Pass YAML files, folders or glob patterns.",
        ),
      );
      continue;
    } else if (fg.isDynamicPattern(given)) {
      pattern = path.isAbsolute(given) ? given : fg.convertPathToPattern(options.cwd) + "/" + given;
    } else {
      diagnostics.push(
        diagnostic(
          "LG1008",
          { file: displayPath(absolute, options.cwd), line: 0, column: 0, pointer: "" },
          `no such file or folder: ${given}`,
          "Pass files, folders or glob patterns that exist; with no path the current folder is read.",
        ),
      );
      continue;
    }
    // Not `onlyFiles`: with followSymbolicLinks off (no descent into linked folders, no loops) it
    // would drop every symlinked file silently. Links are followed here, one level, by stat.
    const entries = fg.sync(pattern, { ignore, dot: true, onlyFiles: false, absolute: true, followSymbolicLinks: false, objectMode: true });
    const matches = entries.filter((entry) => isFileEntry(entry.path, entry.dirent)).map((entry) => entry.path);
    if (matches.length === 0 && !stat) {
      diagnostics.push(
        diagnostic(
          "LG1008",
          { file: given, line: 0, column: 0, pointer: "" },
          `pattern matches no YAML file: ${given}`,
          "Check the glob; patterns are matched relative to the current folder.",
        ),
      );
    }
    for (const match of matches) found.add(path.resolve(match));
  }
  return { files: withoutAliases([...found].sort(compareStrings)), diagnostics };
}

/** The text of a file, or why it can't be had. `undefined` source with no diagnostic: not ours, skipped. */
export function readSource(absolute: string, cwd: string): { source?: SourceFile; diagnostics: Diagnostic[] } {
  const file = displayPath(absolute, cwd);
  const at = { file, line: 0, column: 0, pointer: "" };
  let bytes: Buffer;
  try {
    // A file over the limit is never read whole: it is scanned in chunks, in bounded memory.
    const size = statSync(absolute).size;
    if (size > MAX_FILE_BYTES) return { diagnostics: mayConcernUsFile(absolute) ? [tooLarge(at, size)] : [] };
    bytes = readFileSync(absolute);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "read error";
    const brokenLink = code === "ENOENT" && lstatOrUndefined(absolute)?.isSymbolicLink() === true;
    return {
      diagnostics: [
        diagnostic(
          "LG1001",
          at,
          `cannot read file (${brokenLink ? "broken symbolic link" : code})`,
          brokenLink
            ? "Point the link at an existing file, or remove it."
            : "Check the file's permissions, or exclude it from the paths given.",
        ),
      ],
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: ours only if it says so. A UTF-16 file (YAML allows it) is read as UTF-16 for
    // that; anything else as latin1, which maps every byte, so the ASCII words still match.
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
    const asText = utf16 ? new TextDecoder(utf16).decode(bytes) : bytes.toString("latin1");
    if (!mayConcernUs(asText)) return { diagnostics: [] };
    const { line, column } = firstInvalidByte(bytes);
    return {
      diagnostics: [
        diagnostic(
          "LG1002",
          { file, line, column, pointer: "" },
          utf16 ? `file is ${utf16.toUpperCase()}, not UTF-8` : "file is not valid UTF-8",
          utf16 ? "Save the file as UTF-8." : "Save the file as UTF-8 (YAML requires a Unicode encoding).",
        ),
      ],
    };
  }
  if (!mayConcernUs(text)) return { diagnostics: [] };
  // The file may have grown between stat and read.
  if (bytes.length > MAX_FILE_BYTES) return { diagnostics: [tooLarge(at, bytes.length)] };
  return { source: { path: file, text }, diagnostics: [] };
}

function tooLarge(at: Location, size: number): Diagnostic {
  return diagnostic(
    "LG1006",
    { ...at, line: 1, column: 1 },
    `file is ${(size / 1048576).toFixed(1)} MiB; the limit is ${MAX_FILE_BYTES / 1048576} MiB`,
    "Split the resources over several files (one Model per file is the usual layout).",
  );
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
 * Cheap pre-filter: a file that mentions neither a litellm API group nor a Secret holds
 * nothing this compiler reads, so it is never parsed (YAML parsing is the dominant cost).
 */
export function mayConcernUs(text: string): boolean {
  return text.includes("litellm") || /\bSecret\b/.test(text);
}

export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  const shown = relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join("/");
}

/** One path per file: a link to a file that is read anyway is dropped (else its resources would count twice). */
function withoutAliases(files: string[]): string[] {
  const byTarget = new Map<string, string>();
  for (const file of files) {
    let target = file;
    try {
      target = realpathSync(file);
    } catch {
      // broken link: kept under its own name, reading it reports the problem
    }
    const chosen = byTarget.get(target);
    // The file itself wins over a link to it; among links, the first in path order.
    if (chosen === undefined || (file === target && chosen !== target)) byTarget.set(target, file);
  }
  const kept = new Set(byTarget.values());
  return files.filter((f) => kept.has(f));
}

/**
 * A regular file, or a symbolic link to one. A broken link counts (reading it gives a
 * diagnostic); a folder named `x.yaml`, a FIFO or a socket does not: reading a FIFO would block.
 */
function isFileEntry(absolute: string, dirent: { isFile(): boolean; isSymbolicLink(): boolean }): boolean {
  if (dirent.isFile()) return true;
  if (!dirent.isSymbolicLink()) return false;
  const target = statOrUndefined(absolute);
  return target === undefined || target.isFile();
}

function lstatOrUndefined(p: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

function statOrUndefined(p: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
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
