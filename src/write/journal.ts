/**
 * The journal: a redo log that makes a build all-or-nothing.
 *
 * A build stages every new file in a private folder, then renames the journal into DIR. That
 * rename is the commit point: before it, DIR holds the previous output untouched (a crash
 * leaves only a staging folder, which recovery deletes); after it, the journal lists every
 * operation that turns DIR into the new output, and recovery replays it to the end. Every
 * operation is idempotent, so a replay that is itself killed can be replayed again.
 */
import { createHash, randomBytes } from "node:crypto";
import { lstat, readFile, readdir, rename, rmdir, unlink } from "node:fs/promises";
import { join } from "node:path";
import { OutputError, errnoCode, ioError } from "./errors.js";
import { IO_PARALLELISM, fsyncDir, lstatOrNull, mapLimit, mkdirExact, removeTree, writeDurable } from "./fsutil.js";
import { EMPTY_MANIFEST, type Manifest, manifestText, parseManifest, readManifestText } from "./manifest.js";
import { JOURNAL_NAME, MANIFEST_NAME, STAGING_PATTERN, STAGING_PREFIX, ancestors, parentOf, pathProblem, resolveIn } from "./paths.js";

export const JOURNAL_FORMAT = 1;

export type Op =
  | { op: "unlink"; path: string }
  | { op: "rmdir"; path: string }
  | { op: "mkdir"; path: string }
  /** `from` is a name inside the staging folder; `sha256` is of the staged bytes. */
  | { op: "rename"; from: string; to: string; sha256: string };

export interface Journal {
  format: number;
  /** Name of the staging folder in DIR. */
  staging: string;
  ops: Op[];
}

/** Named points in a build, for tests that kill a build at a chosen moment. */
export type Step =
  | "locked"
  | "recovered"
  | "planned"
  /** After each staged file; `n` counts them from 1. */
  | "staging"
  | "staged"
  | "committed"
  /** After each journal operation; `n` is its index. */
  | "op"
  | "applied"
  | "journal-removed"
  | "done";
export type StepHook = (step: Step, n: number) => void;

export function sha256(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

export function journalText(journal: Journal): string {
  return JSON.stringify(journal, null, 1) + "\n";
}

/**
 * Makes the journal durable under a temporary name in the staging folder, then renames it
 * into DIR and flushes DIR. The rename is the commit point of the build.
 */
export async function commitJournal(dir: string, journal: Journal): Promise<void> {
  const temp = join(resolveIn(dir, journal.staging), "journal.json");
  await writeDurable(temp, journalText(journal));
  await rename(temp, resolveIn(dir, JOURNAL_NAME));
  await fsyncDir(dir);
}

export async function readJournal(dir: string): Promise<Journal | null> {
  let text: string;
  try {
    text = await readFile(resolveIn(dir, JOURNAL_NAME), "utf8");
  } catch (error) {
    const code = errnoCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw ioError(`cannot read ${JOURNAL_NAME}`, error);
  }
  return parseJournal(text);
}

/**
 * Validates everything a replay will act on, since the journal decides what is renamed and
 * deleted: a tampered journal must not reach outside DIR or into the user's files by name.
 */
export function parseJournal(text: string): Journal {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw corrupt("it is not valid JSON");
  }
  const record = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  if (record.format !== JOURNAL_FORMAT) throw corrupt(`its format ${JSON.stringify(record.format)} is not ${JOURNAL_FORMAT}`);
  if (typeof record.staging !== "string" || !STAGING_PATTERN.test(record.staging)) throw corrupt("it names no valid staging folder");
  if (!Array.isArray(record.ops)) throw corrupt("it has no list of operations");
  const ops = record.ops.map((op: unknown, i) => {
    const problem = opProblem(op);
    if (problem) throw corrupt(`operation ${i} ${problem}`);
    return op as Op;
  });
  return { format: JOURNAL_FORMAT, staging: record.staging, ops };
}

function opProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return "is not an object";
  const op = value as Record<string, unknown>;
  const path = (field: string): string | undefined => {
    const p = op[field];
    if (typeof p !== "string") return `has no "${field}"`;
    // The manifest is the one reserved name an operation may target (its final rename).
    if (op.op === "rename" && field === "to" && p === MANIFEST_NAME) return undefined;
    const problem = pathProblem(p);
    return problem ? `has a "${field}" that ${problem}` : undefined;
  };
  switch (op.op) {
    case "unlink":
    case "rmdir":
    case "mkdir":
      return path("path");
    case "rename":
      if (typeof op.from !== "string" || !/^[a-z0-9-]{1,32}$/.test(op.from)) return 'has an invalid "from"';
      if (typeof op.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(op.sha256)) return 'has an invalid "sha256"';
      return path("to");
    default:
      return `has unknown kind ${JSON.stringify(op.op)}`;
  }
}

function corrupt(why: string): OutputError {
  return new OutputError(
    "corrupt",
    `${JOURNAL_NAME} (left by an interrupted build) cannot be replayed: ${why}. ` +
      "The output folder may hold a mix of two builds: restore it from Git, delete the journal and the " +
      ".litellm-gitops-staging-* folders, and build again.",
    [JOURNAL_NAME],
  );
}

/**
 * Replays a committed journal to the end, then removes it and its staging folder.
 * Safe to call again after it was interrupted at any point.
 */
export async function applyJournal(dir: string, journal: Journal, onStep?: StepHook): Promise<void> {
  const staging = resolveIn(dir, journal.staging);
  const realDirs = new Set<string>([""]);
  const touched = new Set<string>();
  // The journal's order is what a reader may rely on (see stage.ts); within a batch of
  // operations whose order does not matter, they run in parallel, which shortens the
  // window in which DIR mixes two builds several-fold.
  for (const batch of batches(journal.ops)) {
    await mapLimit(batch, IO_PARALLELISM, async (i) => {
      const op = journal.ops[i]!;
      const target = op.op === "rename" ? op.to : op.path;
      try {
        await assertNoSymlinkOnTheWay(dir, target, realDirs);
        await applyOp(dir, staging, op);
      } catch (error) {
        throw ioError(`cannot complete the build (${op.op} ${target}); the next build or recovery will retry`, error);
      }
      touched.add(parentOf(target));
      if (op.op === "mkdir" || op.op === "rmdir") touched.add(op.path);
      onStep?.("op", i);
    });
  }
  // Every rename and removal must be on disk before the journal that redoes them goes.
  await mapLimit([...touched].sort(), IO_PARALLELISM, async (d) => {
    if ((await lstatOrNull(resolveIn(dir, d)))?.isDirectory()) await fsyncDir(resolveIn(dir, d));
  });
  onStep?.("applied", journal.ops.length);
  await unlinkIfPresent(resolveIn(dir, JOURNAL_NAME));
  await fsyncDir(dir);
  onStep?.("journal-removed", 0);
  await removeTree(staging);
}

/**
 * Indexes of the journal's operations in runs that may be applied in any order: renames of
 * content files; renames of kustomization.yaml files of one depth; unlinks. A mkdir, rmdir
 * or the manifest's rename is a run of its own (folders depend on each other; the manifest
 * goes last).
 */
function batches(ops: readonly Op[]): number[][] {
  const keyOf = (op: Op): string | null => {
    if (op.op === "unlink") return "unlink";
    if (op.op !== "rename" || op.to === MANIFEST_NAME) return null;
    const kustomization = op.to === "kustomization.yaml" || op.to.endsWith("/kustomization.yaml");
    return kustomization ? `kustomization ${op.to.split("/").length}` : "file";
  };
  const out: number[][] = [];
  let last: string | null = null;
  ops.forEach((op, i) => {
    const key = keyOf(op);
    if (key !== null && key === last) out[out.length - 1]!.push(i);
    else out.push([i]);
    last = key;
  });
  return out;
}

async function applyOp(dir: string, staging: string, op: Op): Promise<void> {
  switch (op.op) {
    case "mkdir": {
      const path = resolveIn(dir, op.path);
      if (!(await mkdirExact(path)) && !(await lstat(path)).isDirectory()) {
        throw new OutputError("conflict", `${op.path} should be a folder but something else is there`, [op.path]);
      }
      return;
    }
    case "unlink": {
      const path = resolveIn(dir, op.path);
      try {
        await unlink(path);
      } catch (error) {
        const code = errnoCode(error);
        if (code === "ENOENT" || code === "ENOTDIR") return;
        // Already replayed: a later operation made this path one of our folders.
        if ((code === "EISDIR" || code === "EPERM") && (await lstatOrNull(path))?.isDirectory()) return;
        throw error;
      }
      return;
    }
    case "rmdir":
      try {
        await rmdir(resolveIn(dir, op.path));
      } catch (error) {
        // ENOTEMPTY: a user file keeps the folder alive, as it should.
        const code = errnoCode(error);
        if (code !== "ENOENT" && code !== "ENOTDIR" && code !== "ENOTEMPTY" && code !== "EEXIST") throw error;
      }
      return;
    case "rename": {
      const from = join(staging, op.from);
      const to = resolveIn(dir, op.to);
      try {
        await rename(from, to);
        return;
      } catch (error) {
        if (errnoCode(error) !== "ENOENT" || (await lstatOrNull(from)) !== null) throw error;
      }
      // The staged file is gone: either this rename was done before an interruption, or
      // someone deleted the staging folder. Only the bytes in place can tell which.
      let data: Buffer | null = null;
      try {
        data = await readFile(to);
      } catch {
        data = null;
      }
      if (data === null || sha256(data) !== op.sha256) {
        throw new OutputError("corrupt", `${op.to} cannot be completed: its staged copy is missing`, [op.to]);
      }
      return;
    }
  }
}

/**
 * The plan refused symbolic links, but a replay may run long after it, so each target's
 * folders are checked again. Our own operations only ever make real folders, so a folder
 * seen real once stays real for the rest of the replay.
 */
async function assertNoSymlinkOnTheWay(dir: string, rel: string, realDirs: Set<string>): Promise<void> {
  for (const a of ancestors(rel)) {
    if (realDirs.has(a)) continue;
    const stats = await lstatOrNull(resolveIn(dir, a));
    if (stats?.isSymbolicLink()) {
      throw new OutputError("conflict", `${a} is a symbolic link; refusing to write or delete through it`, [a]);
    }
    if (stats?.isDirectory()) realDirs.add(a);
  }
}

async function unlinkIfPresent(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if (errnoCode(error) !== "ENOENT") throw error;
  }
}

/** Staging folders in DIR (of any build, finished or not). */
export async function stagingFolders(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = errnoCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return [];
    throw error;
  }
  return names.filter((n) => STAGING_PATTERN.test(n)).sort();
}

export interface RecoverResult {
  /** True when an interrupted build was committed and has now been completed. */
  rolledForward: boolean;
  /** Staging folders of uncommitted builds that were deleted. */
  discarded: string[];
}

/** Recovery proper; the caller holds the lock, so no staging folder here is a live build's. */
export async function recoverLocked(dir: string, onStep?: StepHook): Promise<RecoverResult> {
  const journal = await readJournal(dir);
  if (journal) {
    await assertJournalOurs(dir, journal);
    await applyJournal(dir, journal, onStep);
  }
  const discarded = await stagingFolders(dir);
  for (const name of discarded) await removeTree(resolveIn(dir, name));
  return { rolledForward: journal !== null, discarded };
}

/**
 * The manifests a journal moves between: `before` is what the folder owned when the build
 * committed (null once the manifest's own rename, the journal's last operation, is done),
 * `after` what it owns when the journal is applied.
 */
interface JournalManifests {
  before: Manifest | null;
  after: Manifest;
}

async function journalManifests(dir: string, journal: Journal): Promise<JournalManifests> {
  const onDiskText = await readManifestText(dir);
  const onDisk = onDiskText === null ? EMPTY_MANIFEST : parseManifest(onDiskText);
  const manifestOp = journal.ops.find((op): op is Extract<Op, { op: "rename" }> => op.op === "rename" && op.to === MANIFEST_NAME);
  if (!manifestOp) return { before: onDisk, after: onDisk };
  if (onDiskText !== null && sha256(onDiskText) === manifestOp.sha256) return { before: null, after: onDisk };
  let staged: string;
  try {
    staged = await readFile(join(resolveIn(dir, journal.staging), manifestOp.from), "utf8");
  } catch {
    throw corrupt("its new manifest is neither staged nor in place");
  }
  if (sha256(staged) !== manifestOp.sha256) throw corrupt("its staged manifest does not match it");
  return { before: onDisk, after: parseManifest(staged) };
}

/**
 * A journal is replayed only when every operation in it is one a build of this folder could
 * have written: renames onto paths the new manifest owns, from a staged file that is there
 * (or already in place, by its hash); unlinks and rmdirs of paths the previous manifest owns;
 * mkdirs of folders the new manifest owns. A stray or committed journal that names anything
 * else (the user's NOTES.md) is refused before any operation runs, so nothing is touched.
 */
export async function assertJournalOurs(dir: string, journal: Journal): Promise<void> {
  const { before, after } = await journalManifests(dir, journal);
  const staging = resolveIn(dir, journal.staging);
  for (const op of journal.ops) {
    switch (op.op) {
      case "rename": {
        if (op.to !== MANIFEST_NAME && !after.files.has(op.to)) throw foreign(`it writes ${op.to}, which no manifest lists`);
        if ((await lstatOrNull(join(staging, op.from)))?.isFile()) break;
        let data: Buffer | null = null;
        try {
          data = await readFile(resolveIn(dir, op.to));
        } catch {
          data = null;
        }
        if (data === null || sha256(data) !== op.sha256) throw corrupt(`${op.to} cannot be completed: its staged copy is missing`);
        break;
      }
      case "mkdir":
        if (!after.dirs.has(op.path)) throw foreign(`it creates ${op.path}, which no manifest lists`);
        break;
      case "unlink":
      case "rmdir": {
        const owned = op.op === "unlink" ? before?.files : before?.dirs;
        if (owned?.has(op.path)) break;
        // Once the manifest is renamed, every earlier operation was applied: a removal of a
        // path that still exists is not a replay of ours.
        if (before === null && (await isAlreadyReplayed(resolveIn(dir, op.path), op.op, after, op.path))) break;
        throw foreign(`it deletes ${op.path}, which the manifest does not list`);
      }
    }
  }
}

/**
 * Whether replaying a removal changes nothing: the path is absent, or it is now ours as the
 * other kind (a file of ours that became a folder of ours, or the reverse), or (rmdir) a
 * folder that a user's file keeps alive.
 */
async function isAlreadyReplayed(path: string, op: "unlink" | "rmdir", after: Manifest, rel: string): Promise<boolean> {
  const stats = await lstatOrNull(path);
  if (stats === null) return true;
  if (op === "unlink") return stats.isDirectory() && after.dirs.has(rel);
  if (stats.isFile()) return after.files.has(rel);
  return stats.isDirectory() && (await readdir(path)).length > 0;
}

function foreign(why: string): OutputError {
  return new OutputError(
    "foreign-journal",
    `${JOURNAL_NAME} was not written by a build of this folder (${why}); nothing was touched. ` +
      `If no build of this folder was interrupted, delete it (rm ${JOURNAL_NAME}) and build again.`,
    [JOURNAL_NAME],
  );
}

/**
 * Gives up on a journal of ours that cannot be applied (see recoverOrAbandon in write.ts):
 * the manifest becomes the union of the one before and the one after the journal, then the
 * journal and every staging folder go. The caller holds the lock and writes a complete
 * output next, which overwrites or removes every file either manifest lists.
 */
export async function abandonJournal(dir: string, journal: Journal): Promise<void> {
  const { before, after } = await journalManifests(dir, journal);
  const union: Manifest = {
    files: new Set([...(before?.files ?? []), ...after.files]),
    dirs: new Set([...(before?.dirs ?? []), ...after.dirs]),
  };
  const temp = STAGING_PREFIX + randomBytes(8).toString("hex");
  await mkdirExact(resolveIn(dir, temp));
  await writeDurable(join(resolveIn(dir, temp), "manifest"), manifestText(union));
  await rename(join(resolveIn(dir, temp), "manifest"), resolveIn(dir, MANIFEST_NAME));
  await fsyncDir(dir);
  await unlinkIfPresent(resolveIn(dir, JOURNAL_NAME));
  await fsyncDir(dir);
  for (const name of await stagingFolders(dir)) await removeTree(resolveIn(dir, name));
}
