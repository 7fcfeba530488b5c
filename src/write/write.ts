/**
 * The write stage: puts the complete set of rendered files into the output folder DIR,
 * atomically, pruning only what an earlier build wrote. Entry points: `writeOutput`,
 * `checkOutput` (check.ts), `recover`.
 *
 * On disk, in DIR:
 *   .litellm-gitops-manifest.json   committed with the output: the files (and folders) we own
 *   .litellm-gitops-lock            while a build or recovery runs (lock.ts)
 *   .litellm-gitops-staging-<hex>/  while a build runs: the new and changed files
 *   .litellm-gitops-journal.json    from the commit point until the build is applied
 *
 * A build, in order:
 *   1. validate every path (before touching anything); create DIR if needed; take the lock;
 *   2. recover: replay a journal left by a killed build, delete staging folders without one;
 *   3. plan against DIR and the manifest (plan.ts); any conflict → OutputError, nothing written;
 *      nothing to change → return, DIR untouched (mtimes and inodes kept);
 *   4. stage each new or changed file, and the new manifest, in a fresh staging folder, each
 *      fsynced, then the folder fsynced;
 *   5. check the lock is still ours; write the journal (the ordered operations) into the
 *      staging folder, fsync it, rename it to DIR/.litellm-gitops-journal.json, fsync DIR.
 *      THAT RENAME IS THE COMMIT POINT;
 *   6. apply: clear our own entries that change kind (file ↔ folder), create folders, rename
 *      staged files into place (kustomization.yaml files last), unlink removed files, remove
 *      emptied folders of ours, rename the manifest; fsync the touched folders;
 *   7. delete the journal, fsync DIR, delete the staging folder, release the lock.
 * A kill before 5 leaves the previous output intact, plus a staging folder that the next
 * entry point deletes. A kill after 5 leaves a journal that the next entry point replays
 * (every operation is idempotent, so a killed replay is replayed again), giving the new
 * output. Either way, after recovery DIR is exactly the old or exactly the new output.
 *
 * What a reader can see: nothing on POSIX swaps a whole folder tree in place atomically
 * (renameat2 RENAME_EXCHANGE could swap DIR with a sibling, but Node does not expose it,
 * it would change DIR's inode under a running Argo CD sidecar or a bind mount, and it would
 * have to carry the user's files across), and DIR must be a real folder for Git to commit.
 * So between steps 5 and 7, a matter of milliseconds, or for as long as a killed build's
 * journal waits for the next run, a reader of DIR can see new content in some files and old
 * content in others. That window is narrowed and marked, not closed:
 *   - the journal file's presence marks it; `checkOutput` (CI's `build --check`) reports it
 *     as drift instead of passing a mixed tree, and a commit of DIR would include the journal;
 *   - because kustomization.yaml files are renamed after all other files and removals come
 *     last, every kustomization.yaml in DIR names only files that exist at every instant,
 *     so `kubectl kustomize` never fails on a dangling reference (it can still mix versions);
 *   - every writer recovers first, so no build ever plans on top of a mixed tree.
 */
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, chmod, mkdir, rmdir, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { OutputError, errnoCode, ioError } from "./errors.js";
import { DIR_MODE, fsyncDir, lstatOrNull, mkdirExact, removeTree } from "./fsutil.js";
import { type Journal, type RecoverResult, type StepHook, abandonJournal, applyJournal, commitJournal, readJournal, recoverLocked } from "./journal.js";
import { acquireLock } from "./lock.js";
import { JOURNAL_NAME, STAGING_PREFIX, assertOutputPaths, assertPathLengths, parentOf, resolveIn } from "./paths.js";
import { type Plan, isNoop, planOutput } from "./plan.js";
import { stageBuild } from "./stage.js";

export { OutputError, type OutputErrorKind } from "./errors.js";
export { checkOutput, type CheckResult } from "./check.js";
export type { Conflict } from "./plan.js";
export type { RecoverResult, Step, StepHook } from "./journal.js";
export { MANIFEST_NAME, JOURNAL_NAME, LOCK_NAME } from "./paths.js";

export interface WriteResult {
  /** New or changed files, sorted. */
  written: string[];
  /** Files an earlier build wrote that this one no longer produces, sorted. */
  removed: string[];
  /** Files already as desired, left untouched, sorted. */
  unchanged: string[];
  /**
   * Set when an interrupted build's journal could not be applied and this build took over
   * instead (see recoverOrAbandon): why the journal was abandoned.
   */
  abandoned?: string;
}

export interface WriteOptions {
  /** How long to wait for another build's lock on DIR (default 30 s). */
  lockTimeoutMs?: number;
  /** Called at named points of the protocol; tests use it to kill a build there. */
  onStep?: StepHook;
  /**
   * Aborted (by SIGINT or SIGTERM, say): before the commit point the build rolls back (staging
   * folder removed, lock released) and throws an OutputError of kind "interrupted"; after it,
   * the build applies its journal to the end, because stopping there would leave a mixed tree.
   */
  signal?: AbortSignal;
}

/**
 * Makes DIR hold exactly `files` (POSIX relative path → full text, written as UTF-8 with
 * line endings as given) besides the user's own files. Throws OutputError; DIR is then
 * unchanged, unless the message says the build was committed (then the next run completes it).
 */
export async function writeOutput(dir: string, files: ReadonlyMap<string, string>, options: WriteOptions = {}): Promise<WriteResult> {
  const { signal } = options;
  assertOutputPaths(files.keys());
  // The longest of the write stage's own names too: a journal that cannot be renamed into DIR is a failed build.
  assertPathLengths(dir, [...files.keys(), `${STAGING_PREFIX}${"0".repeat(16)}/journal.json`]);
  let committed = false;
  const checkSignal = (): void => {
    if (!committed && signal?.aborted) throw new OutputError("interrupted", `interrupted before the commit point; ${dir} was left as it was`);
  };
  const onStep: StepHook = (step, n) => {
    options.onStep?.(step, n);
    checkSignal();
  };
  checkSignal();
  const createdRoot = await ensureDir(dir);
  let lock;
  try {
    lock = await acquireLock(dir, options.lockTimeoutMs);
  } catch (error) {
    await removeCreatedRoot(dir, createdRoot);
    throw error;
  }
  let staging: string | null = null;
  let finished = false;
  let abandoned: string | undefined;
  try {
    onStep("locked", 0);
    abandoned = await recoverOrAbandon(dir, options.onStep);
    onStep("recovered", 0);
    const plan = await planOutput(dir, files);
    onStep("planned", 0);
    if (plan.conflicts.length > 0) throw conflictError(dir, plan);
    const result: WriteResult = { written: plan.writes.map((w) => w.path), removed: plan.removes, unchanged: plan.unchanged };
    if (abandoned !== undefined) result.abandoned = abandoned;
    if (isNoop(plan)) {
      finished = true;
      return result;
    }

    staging = STAGING_PREFIX + randomBytes(8).toString("hex");
    await mkdirExact(resolveIn(dir, staging));
    const journal = await stageBuild(dir, staging, plan, files, onStep);
    await assertWritable(dir, journal);
    await fsyncDir(resolveIn(dir, staging));
    onStep("staged", 0);
    await lock.verify();
    checkSignal();
    await commitJournal(dir, journal);
    committed = true;
    onStep("committed", 0);
    await applyJournal(dir, journal, onStep);
    onStep("done", 0);
    finished = true;
    return result;
  } catch (error) {
    // The journal may be in place even if commitJournal threw after its rename (in the fsync);
    // when we cannot tell, the staging folder stays for the next recovery to judge.
    committed ||=
      staging !== null &&
      (await lstatOrNull(resolveIn(dir, JOURNAL_NAME)).then(
        (stats) => stats !== null,
        () => true,
      ));
    if (!committed && staging !== null) await removeTree(resolveIn(dir, staging)).catch(() => undefined);
    if (committed) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new OutputError(
        "incomplete",
        `the build was committed but could not be completed in ${dir} (${detail}). ` +
          `Fix the cause and build again: the next build completes it, or, when the input caused it, a build of the fixed input replaces it. ` +
          `To return to the output committed in Git instead: ${recoveryCommand(dir)}`,
        [JOURNAL_NAME],
        { cause: error },
      );
    }
    if (error instanceof OutputError && error.kind === "interrupted") throw error;
    throw ioError(`cannot write ${dir}; it was left as it was`, error);
  } finally {
    // A failed release must not hide the build's own outcome; a lock left behind is stale
    // once this process exits.
    await lock.release().catch(() => undefined);
    if (!committed && !finished) await removeCreatedRoot(dir, createdRoot);
  }
}

/**
 * Completes or discards what a killed build left in DIR (see the protocol above). Every
 * writer does this first; it is exported for a CLI command and for tests.
 */
export async function recover(dir: string, options: Pick<WriteOptions, "lockTimeoutMs" | "onStep"> = {}): Promise<RecoverResult> {
  const stats = await lstatOrNull(dir).catch((error: unknown) => {
    throw ioError(`cannot inspect ${dir}`, error);
  });
  if (stats === null) return { rolledForward: false, discarded: [] };
  const lock = await acquireLock(dir, options.lockTimeoutMs);
  try {
    return await recoverLocked(dir, options.onStep);
  } catch (error) {
    throw ioError(`cannot recover ${dir}`, error);
  } finally {
    await lock.release();
  }
}

/** The shell command that puts DIR back to what Git holds and clears an interrupted build's leftovers. */
export function recoveryCommand(dir: string): string {
  const q = (p: string): string => `'${p.replace(/'/g, "'\\''")}'`;
  return `git checkout -- ${q(dir)} && rm -rf ${q(resolveIn(dir, JOURNAL_NAME))} ${q(dir)}/${STAGING_PREFIX}*`;
}

/**
 * Recovery for a build that is about to write a complete new output. A journal of ours whose
 * operations cannot all be applied (a name the file system refuses, say) would otherwise
 * wedge every later build; since this build replaces every file anyway, the journal is
 * abandoned: what it could apply is applied, the manifest becomes the union of the old and
 * the new one (so that every file either build may have put is ours to overwrite or remove),
 * and the journal and staging folders go. A foreign journal is never abandoned: it is refused.
 */
async function recoverOrAbandon(dir: string, onStep: StepHook | undefined): Promise<string | undefined> {
  try {
    await recoverLocked(dir, onStep);
    return undefined;
  } catch (error) {
    if (error instanceof OutputError && error.kind === "foreign-journal") throw error;
    const journal = await readJournal(dir);
    if (journal === null) throw error;
    await abandonJournal(dir, journal);
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * A permission problem found while applying would leave a committed journal that cannot
 * complete; found here, before the commit point, it leaves the old output as it was.
 */
async function assertWritable(dir: string, journal: Journal): Promise<void> {
  const folders = new Set<string>();
  for (const op of journal.ops) folders.add(parentOf(op.op === "rename" ? op.to : op.path));
  const created = new Set(journal.ops.flatMap((op) => (op.op === "mkdir" ? [op.path] : [])));
  for (const folder of [...folders].sort()) {
    if (created.has(folder)) continue;
    try {
      await access(resolveIn(dir, folder), constants.W_OK | constants.X_OK);
    } catch (error) {
      // Absent: a folder that an earlier operation of this journal creates from a cleared file.
      if (errnoCode(error) === "ENOENT") continue;
      throw ioError(`cannot write in ${folder === "" ? dir : folder}`, error);
    }
  }
}

function conflictError(dir: string, plan: Plan): OutputError {
  const lines = plan.conflicts.map((c) => `${c.path}: ${c.reason}`);
  return new OutputError(
    "conflict",
    `refusing to overwrite what litellm-gitops did not write in ${dir}; nothing was written. ` +
      `Move these away (or delete them) and build again:\n  ${lines.join("\n  ")}`,
    plan.conflicts.map((c) => c.path),
  );
}

/**
 * Creates DIR (and missing parents) with mode 0755. Returns the outermost folder it created,
 * so that a build that fails before committing can remove it again, or null.
 */
async function ensureDir(dir: string): Promise<string | null> {
  try {
    const stats = await stat(dir);
    if (!stats.isDirectory()) throw new OutputError("conflict", `the output folder ${dir} exists and is not a folder`);
    return null;
  } catch (error) {
    if (errnoCode(error) !== "ENOENT") throw ioError(`cannot use ${dir} as the output folder`, error);
  }
  try {
    const first = await mkdir(dir, { recursive: true, mode: DIR_MODE });
    // mkdir's mode is filtered by the umask; the created folders must be exactly 0755.
    for (let d = resolve(dir); first !== undefined; d = dirname(d)) {
      await chmod(d, DIR_MODE);
      if (d === resolve(first)) break;
    }
    return first ?? null;
  } catch (error) {
    throw ioError(`cannot create the output folder ${dir}`, error);
  }
}

/** Undoes ensureDir after a failed build, folder by folder, as long as they are empty. */
async function removeCreatedRoot(dir: string, createdRoot: string | null): Promise<void> {
  if (createdRoot === null) return;
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      await rmdir(d);
    } catch {
      return;
    }
    if (d === resolve(createdRoot)) return;
  }
}
