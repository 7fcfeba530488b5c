/**
 * `build --check`: what a build would change in DIR, without changing anything, not even
 * by recovering an interrupted build (its leftovers are reported instead).
 *
 * The result is empty exactly when `writeOutput` with the same files would leave DIR as it
 * is, so the manifest counts as an output file here, and so do the leftovers of an
 * interrupted or running build (journal, staging folders, lock), which a build would clear.
 */
import { readdir, stat } from "node:fs/promises";
import { OutputError, errnoCode, ioError } from "./errors.js";
import { JOURNAL_NAME, LOCK_NAME, MANIFEST_NAME, STAGING_PATTERN, assertOutputPaths, sorted } from "./paths.js";
import { type Conflict, planOutput } from "./plan.js";

export interface CheckResult {
  /** Files the build would create (including the manifest when there is none). */
  missing: string[];
  /** Files whose content differs from what the build would write (including conflicts on desired paths). */
  stale: string[];
  /** Files a build wrote earlier and no longer produces, plus the leftovers below. */
  extra: string[];
  /** What is in the way and not ours, with why: a build would refuse to run (see plan.ts). */
  conflicts: Conflict[];
  /**
   * Journal, staging folders and lock of an interrupted or running build (also in `extra`).
   * Non-empty means DIR may be a mix of two builds until a build or `recover` completes it.
   */
  leftovers: string[];
}

export async function checkOutput(dir: string, files: ReadonlyMap<string, string>): Promise<CheckResult> {
  assertOutputPaths(files.keys());
  let isDir: boolean;
  try {
    isDir = (await stat(dir)).isDirectory();
  } catch (error) {
    if (errnoCode(error) !== "ENOENT") throw ioError(`cannot inspect ${dir}`, error);
    return { missing: sorted([...files.keys(), MANIFEST_NAME]), stale: [], extra: [], conflicts: [], leftovers: [] };
  }
  if (!isDir) throw new OutputError("conflict", `the output folder ${dir} is not a folder`);

  const leftovers = await findLeftovers(dir);
  const plan = await planOutput(dir, files);

  const desired = new Set(files.keys());
  const missing = [...plan.writes.filter((w) => !w.exists).map((w) => w.path), ...plan.blocked];
  const stale = [...plan.writes.filter((w) => w.exists).map((w) => w.path), ...plan.conflicts.map((c) => c.path).filter((p) => desired.has(p))];
  if (plan.oldManifestText === null) missing.push(MANIFEST_NAME);
  else if (plan.oldManifestText !== plan.manifestText) stale.push(MANIFEST_NAME);
  return {
    missing: sorted(missing),
    stale: sorted(stale),
    extra: sorted([...plan.removes, ...leftovers]),
    conflicts: plan.conflicts,
    leftovers,
  };
}

async function findLeftovers(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return sorted(names.filter((n) => n === JOURNAL_NAME || n === LOCK_NAME || STAGING_PATTERN.test(n)));
  } catch (error) {
    throw ioError(`cannot list ${dir}`, error);
  }
}
