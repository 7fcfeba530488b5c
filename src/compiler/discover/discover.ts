import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type FastGlob from "fast-glob";
import { displayPath } from "./display-path.js";
import { diagnose, type Diagnostic, type Location, type Report } from "../diagnostics.js";
import { compareStrings } from "../../compare.js";

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
  /** Called with each folder whose entries were listed (the build state's fingerprints). */
  onFolder?: ((absolute: string) => void) | undefined;
}

/** The first stage: every *.yaml / *.yml under the given files, folders or globs, as absolute paths, sorted, each once. */
export function discover(paths: readonly string[], options: DiscoverOptions, report: Report): string[] {
  const found = new Set<string>();
  /** Found in a folder and not a symbolic link: its real path is its folder's real path and its name. */
  const plain = new Set<string>();
  const excluded = options.exclude.map((dir) => path.resolve(options.cwd, dir));
  for (const given of paths.length > 0 ? paths : ["."]) {
    const absolute = path.resolve(options.cwd, given);
    const stat = statOrUndefined(absolute);
    if (stat?.isDirectory()) {
      // What the glob `<folder>/**/*.{yaml,yml}` finds (dot files included), without loading a glob library.
      for (const match of walk(absolute, excluded, plain, (at, problem) => report(problem({ file: displayPath(at, options.cwd), line: 0, column: 0, pointer: "" })), options.onFolder)) found.add(match);
      continue;
    }
    if (stat?.isFile() || (!stat && lstatOrUndefined(absolute)?.isSymbolicLink())) {
      // A broken symbolic link is added too: reading it reports why it can't be read.
      found.add(absolute);
      continue;
    }
    if (stat) {
      report(
        diagnose("LG1001", { file: displayPath(absolute, options.cwd), line: 0, column: 0, pointer: "" }, "notFileOrFolder", { given }),
      );
      continue;
    }
    if (!fg().isDynamicPattern(given)) {
      report(
        diagnose("LG1008", { file: displayPath(absolute, options.cwd), line: 0, column: 0, pointer: "" }, "missing", { given }),
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
      report(
        diagnose("LG1008", { file: given, line: 0, column: 0, pointer: "" }, "noMatch", { given }),
      );
    }
    for (const match of matches) found.add(path.resolve(match));
  }
  return withoutAliases([...found].sort(compareStrings), plain);
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
/** Why something under a folder given cannot be read (LG1001): a YAML-named FIFO, a folder without permission. */
type Unreadable = (absolute: string, problem: (at: Location) => Diagnostic) => void;

/** What a folder entry is, for a message: FIFO, socket, device. */
function entryKind(entry: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (entry.isFIFO()) return "a FIFO (named pipe)";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "a device";
  return "not a regular file";
}

function walk(root: string, excluded: readonly string[], plain: Set<string>, report: Unreadable, onFolder?: (absolute: string) => void): string[] {
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
      // A folder removed meanwhile is skipped; any other (EACCES, ELOOP, EIO): the files in it
      // are unknown, not absent, so it is reported.
      const code = error instanceof Error && "code" in error ? String(error.code) : "read error";
      if (code === "ENOENT" || code === "ENOTDIR") continue;
      report(dir, (at) => diagnose("LG1001", at, "unreadableFolder", { reason: code }));
      continue;
    }
    onFolder?.(dir);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED_NAMES.has(entry.name) && !isExcluded(full + path.sep)) stack.push(full);
      }
      if (!YAML_NAME.test(entry.name) || isExcluded(full) || entry.isDirectory()) continue;
      if (isFileEntry(full, entry)) {
        matches.push(full);
        if (entry.isFile()) plain.add(full);
        continue;
      }
      // A FIFO, socket or device named *.yaml (or a link to one) is never opened (a FIFO would
      // block the run), and never skipped silently either: it may be the file the user meant.
      const target = entry.isSymbolicLink() ? statOrUndefined(full) : entry;
      if (target && !target.isDirectory()) {
        report(full, (at) => diagnose("LG1001", at, "notRegularFile", { kind: entryKind(target) }));
      }
    }
  }
  return matches;
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

export function lstatOrUndefined(p: string): ReturnType<typeof lstatSync> | undefined {
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

