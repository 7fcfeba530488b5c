/**
 * Relative paths inside the output folder: validation, ordering and the names the write
 * stage reserves for its own bookkeeping.
 */
import { join } from "node:path";
import { OutputError } from "./errors.js";
import { compareStrings } from "../compare.js";
import { NAME_MAX_BYTES } from "../output-names.js";

/** Every bookkeeping entry lives directly in DIR and starts with this prefix. */
export const RESERVED_PREFIX = ".litellm-gitops-";
export const MANIFEST_NAME = ".litellm-gitops-manifest.json";
export const JOURNAL_NAME = ".litellm-gitops-journal.json";
export const LOCK_NAME = ".litellm-gitops-lock";
export const STAGING_PREFIX = ".litellm-gitops-staging-";
export const STAGING_PATTERN = /^\.litellm-gitops-staging-[0-9a-f]{8,64}$/;

/** Longest absolute path in bytes, without its terminating NUL (Linux PATH_MAX is 4096 with it). */
export const PATH_MAX_BYTES = 4095;


export function sorted(paths: Iterable<string>): string[] {
  return [...paths].sort(compareStrings);
}

/** Why `path` is not a safe relative output path, or undefined when it is. */
export function pathProblem(path: string): string | undefined {
  if (typeof path !== "string" || path === "") return "is empty";
  if (path.includes("\0")) return "contains a NUL character";
  if (path.includes("\\")) return "contains a backslash (use POSIX separators)";
  if (path.startsWith("/")) return "is absolute";
  // A drive prefix makes the path absolute (or drive-relative) on Windows.
  if (/^[A-Za-z]:/.test(path)) return "starts with a drive letter";
  const segments = path.split("/");
  if (segments.some((s) => s === "")) return "has an empty segment (leading, trailing or doubled '/')";
  if (segments.some((s) => s === "..")) return "contains '..'";
  if (segments.some((s) => s === ".")) return "contains '.'";
  if (segments[0]!.startsWith(RESERVED_PREFIX)) return `uses the reserved prefix ${RESERVED_PREFIX}`;
  return lengthProblem(segments);
}

/** Why a path's names are too long for file systems, or undefined (see NAME_MAX_BYTES). */
function lengthProblem(segments: readonly string[]): string | undefined {
  for (const segment of segments) {
    const bytes = Buffer.byteLength(segment, "utf8");
    if (bytes > NAME_MAX_BYTES) return `has a name of ${bytes} bytes; file systems allow ${NAME_MAX_BYTES}`;
  }
  return undefined;
}

/**
 * Throws an OutputError of kind "too-long" when a path in DIR is longer than file systems
 * allow: the name of a build's output depends on --out, so this is the user's to fix (a
 * shorter --out), and it is found before anything is written, not by the rename that fails.
 */
export function assertPathLengths(dir: string, paths: Iterable<string>): void {
  const tooLong: string[] = [];
  for (const path of paths) {
    if (Buffer.byteLength(resolveIn(dir, path), "utf8") > PATH_MAX_BYTES) tooLong.push(path);
  }
  if (tooLong.length > 0) {
    throw new OutputError(
      "too-long",
      `refusing to write paths longer than ${PATH_MAX_BYTES} bytes under ${dir}; nothing was written:\n  ${sorted(tooLong).join("\n  ")}`,
      sorted(tooLong),
    );
  }
}

/**
 * Throws unless every path is safe and the set can exist on any file system we support:
 * no two paths equal but for case (they collide on macOS and Windows) and no path that is
 * both a file and a folder of another.
 */
export function assertOutputPaths(paths: Iterable<string>): void {
  const problems: string[] = [];
  const bad: string[] = [];
  const tooLong: string[] = [];
  const folded = new Map<string, string>();
  const all = sorted(paths);
  const set = new Set(all);
  for (const path of all) {
    const problem = pathProblem(path);
    if (problem) {
      if (problem.startsWith("has a name of")) tooLong.push(`${path} ${problem}`);
      else problems.push(`${JSON.stringify(path)} ${problem}`);
      bad.push(path);
      continue;
    }
    const key = path.toLowerCase();
    const other = folded.get(key);
    if (other !== undefined) {
      problems.push(`${JSON.stringify(other)} and ${JSON.stringify(path)} differ only in case`);
      bad.push(path);
    } else folded.set(key, path);
    for (const dir of ancestors(path)) {
      if (set.has(dir)) {
        problems.push(`${JSON.stringify(dir)} is both a file and the folder of ${JSON.stringify(path)}`);
        bad.push(path);
      }
    }
  }
  if (problems.length === 0 && tooLong.length > 0) {
    throw new OutputError("too-long", `refusing to write names longer than file systems allow; nothing was written:\n  ${tooLong.join("\n  ")}`, sorted(new Set(bad)));
  }
  if (problems.length > 0) {
    throw new OutputError("invalid-path", `refusing unsafe output paths:\n  ${problems.join("\n  ")}`, sorted(new Set(bad)));
  }
}

/** Proper ancestors of a relative path, outermost first: `a/b/c` → `a`, `a/b`. */
export function ancestors(path: string): string[] {
  const out: string[] = [];
  let at = path.indexOf("/");
  while (at !== -1) {
    out.push(path.slice(0, at));
    at = path.indexOf("/", at + 1);
  }
  return out;
}

export function depth(path: string): number {
  let n = 0;
  for (const c of path) if (c === "/") n++;
  return n;
}

export function parentOf(path: string): string {
  const at = path.lastIndexOf("/");
  return at === -1 ? "" : path.slice(0, at);
}

/** Absolute file-system path of a validated relative path ("" is DIR itself). */
export function resolveIn(dir: string, rel: string): string {
  return rel === "" ? dir : join(dir, ...rel.split("/"));
}
