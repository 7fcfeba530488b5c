/**
 * One writer per output folder. Two builds writing DIR at once would each plan against a
 * state the other is changing, and each one's recovery would delete the other's staging
 * folder; so every writer (writeOutput, recover) holds DIR/.litellm-gitops-lock, created
 * with O_EXCL.
 *
 * - A build that finds the lock held waits, polling, up to `timeoutMs`, then fails with an
 *   OutputError of kind "locked" naming the holder.
 * - A lock is stale, and is taken over, when its holder was on this host and its pid is no
 *   longer alive (a killed build), or when the pid is ours but the lock is not (a container
 *   restarted with the same pid). A lock from another host (a shared file system) is never
 *   judged stale: the message tells the user how to remove it.
 * - An empty or unreadable lock is a writer killed between creating the file and writing it;
 *   it is stale once it has stayed so across two polls.
 * - Taking over re-reads the lock and deletes it only if it is still the stale one, and a
 *   holder checks that the lock is still its own just before its commit point. The remaining
 *   race (two processes taking over the same stale lock within microseconds) can make a
 *   build fail with "lock lost", never commit over another build.
 * - `checkOutput` takes no lock: it writes nothing, and reports a held lock as drift.
 */
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { open, readFile, unlink } from "node:fs/promises";
import { OutputError, errnoCode, ioError } from "./errors.js";
import { FILE_MODE } from "./fsutil.js";
import { LOCK_NAME, resolveIn } from "./paths.js";

export interface LockInfo {
  pid: number;
  host: string;
  token: string;
}

export interface Lock {
  /** Throws unless the lock file is still ours. */
  verify(): Promise<void>;
  release(): Promise<void>;
}

/** Tokens of the locks this process holds, to tell our own lock from a reused pid's. */
const heldHere = new Set<string>();

export const DEFAULT_LOCK_TIMEOUT_MS = 30_000;

export async function acquireLock(dir: string, timeoutMs = DEFAULT_LOCK_TIMEOUT_MS): Promise<Lock> {
  const path = resolveIn(dir, LOCK_NAME);
  const info: LockInfo = { pid: process.pid, host: hostname(), token: randomBytes(12).toString("hex") };
  // Registered before the file exists, so that another build in this process never sees our
  // pid on a lock we do not (yet) hold and takes it for a previous incarnation's.
  heldHere.add(info.token);
  try {
    await waitAndCreate(dir, path, JSON.stringify(info) + "\n", timeoutMs);
  } catch (error) {
    heldHere.delete(info.token);
    throw error;
  }
  return {
    async verify() {
      const current = await readLock(path);
      if (current === null || parseLock(current)?.token !== info.token) {
        throw new OutputError("locked", `the lock on ${dir} was taken over by another build; nothing was committed`, [LOCK_NAME]);
      }
    },
    async release() {
      try {
        const current = await readLock(path);
        if (current !== null && parseLock(current)?.token === info.token) await removeIfUnchanged(path, current);
      } finally {
        // Only now: until the file is gone, it must not look like a previous incarnation's.
        heldHere.delete(info.token);
      }
    },
  };
}

async function waitAndCreate(dir: string, path: string, text: string, timeoutMs: number): Promise<void> {
  const start = performance.now();
  let delay = 20;
  let lastUnreadable: string | null = null;
  for (;;) {
    if (await tryCreate(path, text)) return;
    const current = await readLock(path);
    if (current === null) continue; // released between our two calls
    const holder = parseLock(current);
    if (holder === null) {
      if (lastUnreadable === current) {
        await removeIfUnchanged(path, current);
        lastUnreadable = null;
        continue;
      }
      lastUnreadable = current;
    } else if (isStale(holder)) {
      await removeIfUnchanged(path, current);
      continue;
    }
    if (performance.now() - start >= timeoutMs) {
      const who = holder ? `pid ${holder.pid} on host ${holder.host}` : "a process that did not say who it is";
      throw new OutputError(
        "locked",
        `another litellm-gitops build (${who}) is writing ${dir}; gave up after ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}. ` +
          `If no build is running, delete ${path}.`,
        [LOCK_NAME],
      );
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 250);
  }
}

/** Parses a lock file's text; null when it is not one of ours (yet). */
export function parseLock(text: string): LockInfo | null {
  try {
    const data = JSON.parse(text) as Partial<LockInfo>;
    if (typeof data.pid === "number" && typeof data.host === "string" && typeof data.token === "string") {
      return { pid: data.pid, host: data.host, token: data.token };
    }
  } catch {
    // fall through: not a complete lock
  }
  return null;
}

export function isStale(holder: LockInfo): boolean {
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return !heldHere.has(holder.token);
  return !isAlive(holder.pid);
}

function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return errnoCode(error) === "EPERM";
  }
}

async function tryCreate(path: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, "wx", FILE_MODE);
  } catch (error) {
    if (errnoCode(error) === "EEXIST") return false;
    throw ioError(`cannot create ${path}`, error);
  }
  try {
    // One write call, so that a holder killed right after creating it almost never leaves it empty.
    await handle.write(text);
  } catch (error) {
    // A full disk (ENOSPC) creates the file and fails the write: the empty lock must not stay.
    await handle.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw ioError(`cannot create ${path}`, error);
  }
  await handle.close();
  return true;
}

export async function readLock(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return null;
    throw ioError(`cannot read ${path}`, error);
  }
}

async function removeIfUnchanged(path: string, expected: string): Promise<void> {
  if ((await readLock(path)) !== expected) return;
  try {
    await unlink(path);
  } catch (error) {
    if (errnoCode(error) !== "ENOENT") throw ioError(`cannot remove ${path}`, error);
  }
}
