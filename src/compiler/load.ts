import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type FastGlob from "fast-glob";
import { compareStrings, diagnostic, type Diagnostic, type Location } from "./diagnostics.js";
import type { SourceFile } from "./source.js";

/** Above this size a file is only read if it may be ours, and then refused: parsing it would take minutes. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** Folders never entered, wherever they are. */
const ALWAYS_SKIPPED_NAMES = new Set(["node_modules", ".git"]);
const ALWAYS_SKIPPED = ["**/node_modules/**", "**/.git/**"];

let fastGlob: typeof FastGlob | undefined;

/** fast-glob, loaded on first use: only a glob pattern (or a path that does not exist) needs it. */
function fg(): typeof FastGlob {
  fastGlob ??= createRequire(import.meta.url)("fast-glob") as typeof FastGlob;
  return fastGlob;
}

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
  /** Found in a folder and not a symbolic link: its real path is its folder's real path and its name. */
  const plain = new Set<string>();
  const excluded = options.exclude.map((dir) => path.resolve(options.cwd, dir));
  for (const given of paths.length > 0 ? paths : ["."]) {
    const absolute = path.resolve(options.cwd, given);
    const stat = statOrUndefined(absolute);
    if (stat?.isDirectory()) {
      // What the glob `<folder>/**/*.{yaml,yml}` finds (dot files included), without loading a glob library.
      for (const match of walk(absolute, excluded, plain)) found.add(match);
      continue;
    }
    if (stat?.isFile() || (!stat && lstatOrUndefined(absolute)?.isSymbolicLink())) {
      // A broken symbolic link is added too: reading it reports why it can't be read.
      found.add(absolute);
      continue;
    }
    if (stat) {
      diagnostics.push(
        diagnostic(
          "LG1001",
          { file: displayPath(absolute, options.cwd), line: 0, column: 0, pointer: "" },
          `not a regular file or folder: ${given}`,
          "Pass YAML files, folders or glob patterns.",
        ),
      );
      continue;
    }
    if (!fg().isDynamicPattern(given)) {
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
    const pattern = path.isAbsolute(given) ? given : fg().convertPathToPattern(options.cwd) + "/" + given;
    const ignore = [...ALWAYS_SKIPPED, ...excluded.map((dir) => fg().convertPathToPattern(dir) + "/**")];
    // Not `onlyFiles`: with followSymbolicLinks off (no descent into linked folders, no loops) it
    // would drop every symlinked file silently. Links are followed here, one level, by stat.
    const entries = fg().sync(pattern, { ignore, dot: true, onlyFiles: false, absolute: true, followSymbolicLinks: false, objectMode: true });
    const matches = entries.filter((entry) => isFileEntry(entry.path, entry.dirent)).map((entry) => entry.path);
    if (matches.length === 0) {
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
  return { files: withoutAliases([...found].sort(compareStrings), plain), diagnostics };
}

const YAML_NAME = /\.ya?ml$/;

/**
 * The *.yaml / *.yml files under a folder, at any depth, dot files and dot folders included;
 * never inside node_modules, .git or an excluded folder. Symbolic links are not followed into
 * folders (no loops, no escaping the project); a link to a file counts as a file, a broken
 * link too (reading it reports it). Iterative: no depth limit from the stack. The file set is
 * the one fast-glob found before (the pattern `**` `/*.{yaml,yml}` under the folder, dot files
 * included, node_modules and .git ignored at any depth, also above the folder);
 * test/load.test.ts compares the two.
 */
function walk(root: string, excluded: readonly string[], plain: Set<string>): string[] {
  const matches: string[] = [];
  // As with the glob's ignore patterns (`**/node_modules/**`), a folder inside one is not read at all.
  if (root.split(path.sep).some((segment) => ALWAYS_SKIPPED_NAMES.has(segment))) return matches;
  const isExcluded = (p: string) => excluded.some((dir) => p.startsWith(dir + path.sep));
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      // A folder removed meanwhile is skipped; any other error ends the run, as it did with the glob library.
      const code = error instanceof Error && "code" in error ? error.code : undefined;
      if (code === "ENOENT" || code === "ENOTDIR") continue;
      throw error;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED_NAMES.has(entry.name) && !isExcluded(full + path.sep)) stack.push(full);
      }
      if (YAML_NAME.test(entry.name) && !isExcluded(full) && isFileEntry(full, entry)) {
        matches.push(full);
        if (entry.isFile()) plain.add(full);
      }
    }
  }
  return matches;
}

/** Strict UTF-8, a leading byte order mark dropped. One instance: a decode() without `stream` keeps no state. */
const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The text of a file, or why it can't be had. `undefined` source with no diagnostic: not ours, skipped. */
export function readSource(absolute: string, cwd: string): { source?: SourceFile; diagnostics: Diagnostic[] } {
  const file = displayPath(absolute, cwd);
  const at = { file, line: 0, column: 0, pointer: "" };
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(absolute, "r");
    // A file over the limit is never read whole: it is scanned in chunks, in bounded memory.
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) return { diagnostics: mayConcernUsFile(absolute) ? [tooLarge(at, size)] : [] };
    bytes = readFileSync(fd);
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
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
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
 * Cheap pre-filter: a file that mentions neither a litellm API group (or a misspelling of one,
 * LG1030), nor a Secret or SealedSecret, nor a CloudNativePG Cluster holds nothing this
 * compiler reads, so it is never parsed (YAML parsing is the dominant cost).
 */
export function mayConcernUs(text: string): boolean {
  return text.includes("litellm") || /lite?l+m|Secret\b|postgresql\.cnpg\.io/.test(text);
}

export function displayPath(absolute: string, cwd: string): string {
  // The common case, a plain path inside a plain working folder, is a slice; path.relative
  // (two resolves) otherwise, with the same result.
  const relative = isInside(absolute, cwd) ? absolute.slice(cwd.length + (cwd.endsWith("/") ? 0 : 1)) : path.relative(cwd, absolute);
  const shown = relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join("/");
}

let plainCwd: { cwd: string; plain: boolean } | undefined;

/**
 * Whether path.relative(cwd, absolute) is the rest of `absolute` after `cwd/`: POSIX paths,
 * `cwd` already normalized, and `absolute` under it with no `.`/`..` segment (nor a name that
 * starts with a dot: checking for `/.` is cheaper than telling them apart), `//` or trailing `/`.
 */
function isInside(absolute: string, cwd: string): boolean {
  if (path.sep !== "/") return false;
  if (plainCwd?.cwd !== cwd) plainCwd = { cwd, plain: path.isAbsolute(cwd) && path.resolve(cwd) === cwd };
  if (!plainCwd.plain) return false;
  const start = cwd.endsWith("/") ? cwd.length : cwd.length + 1;
  return (
    absolute.length > start &&
    absolute.startsWith(cwd) &&
    absolute[start - 1] === "/" &&
    !absolute.includes("/.") &&
    !absolute.includes("//") &&
    !absolute.endsWith("/")
  );
}

/**
 * One path per file: a link to a file that is read anyway is dropped (else its resources would
 * count twice). A file that is no link is resolved through its folder, once per folder: a
 * realpath per file costs a system call per path component, for every one of 10,000 files.
 */
function withoutAliases(files: string[], plain: ReadonlySet<string>): string[] {
  const byTarget = new Map<string, string>();
  const realFolders = new Map<string, string>();
  for (const file of files) {
    let target = file;
    try {
      if (plain.has(file)) {
        const folder = path.dirname(file);
        let real = realFolders.get(folder);
        if (real === undefined) realFolders.set(folder, (real = realpathSync(folder)));
        target = path.join(real, path.basename(file));
      } else {
        target = realpathSync(file);
      }
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
