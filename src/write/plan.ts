/**
 * Compares the desired files with DIR and the manifest, and decides what a build would do.
 * Read-only: `checkOutput` reports a plan, `writeOutput` carries one out.
 *
 * Ownership rules, in one place:
 * - A path in the manifest is ours: we may overwrite it or remove it.
 * - A path not in the manifest is the user's, whatever its content: a file whose bytes equal
 *   what we would write (copied from another output folder, say) is still the user's, because
 *   adopting it would let a later build delete it. Anything of the user's in the way (a file,
 *   a folder where a file goes or the reverse, a symbolic link) is a conflict: reported,
 *   never clobbered. A lost manifest is restored from Git, not guessed from contents.
 * - A symbolic link on the way to an output path is refused, since writing through it could
 *   land outside DIR; an owned file behind a symbolic link is left alone and disowned.
 * - A folder is ours only if a build created it. Ours and no longer needed: removed if empty.
 */
import type { Stats } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { ioError } from "./errors.js";
import { IO_PARALLELISM, lstatOrNull, mapLimit } from "./fsutil.js";
import { EMPTY_MANIFEST, type Manifest, manifestText, parseManifest, readManifestText } from "./manifest.js";
import { ancestors, depth, parentOf, resolveIn, sorted } from "./paths.js";
import { compareStrings } from "../compare.js";

export interface Conflict {
  path: string;
  reason: string;
}

export interface Plan {
  /** New or changed files, sorted. `exists` tells a change from a creation. */
  writes: { path: string; exists: boolean }[];
  unchanged: string[];
  /** Owned files this build deletes (whatever the phase in which it does), sorted. */
  removes: string[];
  /** Folders to create, outermost first. */
  mkdirs: string[];
  /** Owned folders no longer needed, innermost first; removed only if empty by then. */
  rmdirs: string[];
  /**
   * Owned entries that must go before a folder or file can take their place (our file
   * `a` becoming our folder `a/`, or the reverse): unlinked, then folders removed innermost first.
   */
  clearFiles: string[];
  clearDirs: string[];
  conflicts: Conflict[];
  /** Desired files that cannot be written because a conflict blocks one of their folders. */
  blocked: string[];
  manifest: Manifest;
  manifestText: string;
  /** The manifest text on disk, or null when there is none. */
  oldManifestText: string | null;
}

type DirState = "exists" | "create" | "blocked";

/** `files` must have passed assertOutputPaths. */
export async function planOutput(dir: string, files: ReadonlyMap<string, string>): Promise<Plan> {
  const oldManifestText = await readManifestText(dir);
  const old = oldManifestText === null ? EMPTY_MANIFEST : parseManifest(oldManifestText);
  const conflicts: Conflict[] = [];
  const clearFiles: string[] = [];
  const clearDirs: string[] = [];
  const stat = async (rel: string): Promise<Stats | null> => {
    try {
      return await lstatOrNull(resolveIn(dir, rel));
    } catch (error) {
      throw ioError(`cannot inspect ${rel}`, error);
    }
  };

  // Folders first, outermost first, so that each one knows its parent's fate.
  const needed = new Set<string>();
  for (const path of files.keys()) for (const a of ancestors(path)) needed.add(a);
  const dirState = new Map<string, DirState>([["", "exists"]]);
  for (const d of [...needed].sort((a, b) => depth(a) - depth(b) || compareStrings(a, b))) {
    const parent = dirState.get(parentOf(d))!;
    if (parent !== "exists") {
      dirState.set(d, parent);
      continue;
    }
    const stats = await stat(d);
    if (stats === null) dirState.set(d, "create");
    else if (stats.isDirectory()) dirState.set(d, "exists");
    else if (stats.isFile() && old.files.has(d)) {
      clearFiles.push(d);
      dirState.set(d, "create");
    } else {
      conflicts.push({ path: d, reason: inTheWay(stats, "a folder") });
      dirState.set(d, "blocked");
    }
  }

  const writes: Plan["writes"] = [];
  const unchanged: string[] = [];
  const blocked: string[] = [];
  const desired = sorted(files.keys());
  await mapLimit(desired, IO_PARALLELISM, async (path) => {
    const parent = dirState.get(parentOf(path))!;
    if (parent === "blocked") return void blocked.push(path);
    if (parent === "create") return void writes.push({ path, exists: false });
    const stats = await stat(path);
    if (stats === null) return void writes.push({ path, exists: false });
    if (stats.isFile()) {
      if (!old.files.has(path)) {
        return void conflicts.push({ path, reason: "a file not written by litellm-gitops is in the way (the manifest does not list it)" });
      }
      const data = Buffer.from(files.get(path)!, "utf8");
      if (stats.size === data.length && (await readBytes(dir, path)).equals(data)) return void unchanged.push(path);
      return void writes.push({ path, exists: true });
    }
    if (stats.isDirectory() && old.dirs.has(path)) {
      const reason = await collectOwnedTree(dir, path, old, clearFiles, clearDirs);
      if (reason === undefined) return void writes.push({ path, exists: true });
      return void conflicts.push({ path, reason });
    }
    conflicts.push({ path, reason: inTheWay(stats, "a file") });
  });

  const cleared = new Set(clearFiles);
  const removes: string[] = [...clearFiles];
  const ancestorStats = new Map<string, Promise<Stats | null>>();
  const statAncestor = (rel: string): Promise<Stats | null> => {
    let s = ancestorStats.get(rel);
    if (!s) ancestorStats.set(rel, (s = stat(rel)));
    return s;
  };
  // Absent, or no longer a real folder (a symbolic link a user put there): nothing of ours to remove there.
  const isRealDir = async (rel: string): Promise<boolean> => {
    for (const a of [...ancestors(rel), rel]) if (!(await statAncestor(a))?.isDirectory()) return false;
    return true;
  };
  const gone = sorted(old.files).filter((p) => !files.has(p) && !cleared.has(p));
  await mapLimit(gone, IO_PARALLELISM, async (path) => {
    const parent = parentOf(path);
    if (parent !== "" && !(await isRealDir(parent))) return;
    const stats = await stat(path);
    if (stats?.isFile()) removes.push(path);
  });

  const clearedDirs = new Set(clearDirs);
  const rmdirs: string[] = [];
  for (const d of old.dirs) {
    if (needed.has(d) || clearedDirs.has(d)) continue;
    if (await isRealDir(d)) rmdirs.push(d);
  }
  rmdirs.sort((a, b) => depth(b) - depth(a) || compareStrings(a, b));

  const mkdirs = [...dirState].filter(([, s]) => s === "create").map(([d]) => d);
  mkdirs.sort((a, b) => depth(a) - depth(b) || compareStrings(a, b));
  const ownedDirs = [...needed].filter((d) => dirState.get(d) === "create" || (dirState.get(d) === "exists" && old.dirs.has(d)));
  const manifest: Manifest = { files: new Set(desired), dirs: new Set(ownedDirs) };

  writes.sort((a, b) => compareStrings(a.path, b.path));
  clearDirs.sort((a, b) => depth(b) - depth(a) || compareStrings(a, b));
  return {
    writes,
    unchanged: sorted(unchanged),
    removes: sorted(removes),
    mkdirs,
    rmdirs,
    clearFiles: sorted(clearFiles),
    clearDirs,
    conflicts: conflicts.sort((a, b) => compareStrings(a.path, b.path)),
    blocked: sorted(blocked),
    manifest,
    manifestText: manifestText(manifest),
    oldManifestText,
  };
}

/** True when the plan changes nothing on disk. */
export function isNoop(plan: Plan): boolean {
  return (
    plan.writes.length === 0 &&
    plan.removes.length === 0 &&
    plan.rmdirs.length === 0 &&
    plan.clearDirs.length === 0 &&
    plan.mkdirs.length === 0 &&
    plan.manifestText === plan.oldManifestText
  );
}

async function readBytes(dir: string, rel: string): Promise<Buffer> {
  try {
    return await readFile(resolveIn(dir, rel));
  } catch (error) {
    throw ioError(`cannot read ${rel}`, error);
  }
}

function inTheWay(stats: Stats, needed: string): string {
  if (stats.isSymbolicLink()) return "is a symbolic link; refusing to write through it (it could lead outside the output folder)";
  if (stats.isDirectory()) return `a folder not created by litellm-gitops is where ${needed} is needed`;
  if (stats.isFile()) return `a file not written by litellm-gitops is where ${needed} is needed`;
  return `something that is not a regular file or folder is where ${needed} is needed`;
}

/**
 * An owned folder that must become a file: it may be cleared only if everything in it is
 * ours. Fills `files`/`dirs` and returns undefined, or returns why it cannot be cleared.
 */
async function collectOwnedTree(dir: string, root: string, old: Manifest, files: string[], dirs: string[]): Promise<string | undefined> {
  const foundFiles: string[] = [];
  const foundDirs: string[] = [root];
  for (let i = 0; i < foundDirs.length; i++) {
    const d = foundDirs[i]!;
    let entries;
    try {
      entries = await readdir(resolveIn(dir, d), { withFileTypes: true });
    } catch (error) {
      throw ioError(`cannot list ${d}`, error);
    }
    for (const entry of entries) {
      const rel = `${d}/${entry.name}`;
      if (entry.isDirectory() && old.dirs.has(rel)) foundDirs.push(rel);
      else if (entry.isFile() && old.files.has(rel)) foundFiles.push(rel);
      else return `a folder holding ${rel}, which litellm-gitops did not write, is where a file is needed`;
    }
  }
  files.push(...foundFiles);
  dirs.push(...foundDirs);
  return undefined;
}
