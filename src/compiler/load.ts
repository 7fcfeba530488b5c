import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { compareStrings, diagnostic, type Diagnostic } from "./diagnostics.js";
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
    } else if (stat?.isFile()) {
      found.add(absolute);
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
    const matches = fg.sync(pattern, { ignore, dot: true, onlyFiles: true, absolute: true, followSymbolicLinks: false });
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
  return { files: [...found].sort(compareStrings), diagnostics };
}

/** The text of a file, or why it can't be had. `undefined` source with no diagnostic: not ours, skipped. */
export function readSource(absolute: string, cwd: string): { source?: SourceFile; diagnostics: Diagnostic[] } {
  const file = displayPath(absolute, cwd);
  const at = { file, line: 0, column: 0, pointer: "" };
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : "read error";
    return {
      diagnostics: [
        diagnostic("LG1001", at, `cannot read file (${reason})`, "Check the file's permissions, or exclude it from the paths given."),
      ],
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const { line, column } = firstInvalidByte(bytes);
    return {
      diagnostics: [
        diagnostic(
          "LG1002",
          { file, line, column, pointer: "" },
          "file is not valid UTF-8",
          "Save the file as UTF-8 (YAML requires a Unicode encoding).",
        ),
      ],
    };
  }
  if (!mayConcernUs(text)) return { diagnostics: [] };
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      diagnostics: [
        diagnostic(
          "LG1006",
          { ...at, line: 1, column: 1 },
          `file is ${(bytes.length / 1048576).toFixed(1)} MiB; the limit is ${MAX_FILE_BYTES / 1048576} MiB`,
          "Split the resources over several files (one Model per file is the usual layout).",
        ),
      ],
    };
  }
  return { source: { path: file, text }, diagnostics: [] };
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
  const prefix = bytes.subarray(0, low).toString("utf8");
  const lines = prefix.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
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
