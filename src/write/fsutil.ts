/** Small file-system helpers whose point is durability or exact modes. */
import { type Stats } from "node:fs";
import { chmod, lstat, mkdir, open, rm } from "node:fs/promises";
import { errnoCode } from "./errors.js";

export const FILE_MODE = 0o644;
export const DIR_MODE = 0o755;

/** lstat that says "absent" instead of throwing; a missing parent folder is absent too. */
export async function lstatOrNull(path: string): Promise<Stats | null> {
  try {
    return await lstat(path);
  } catch (error) {
    const code = errnoCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw error;
  }
}

/**
 * Writes a new file and flushes it to disk. Exclusive create, because every file we write
 * this way has a fresh name; an existing one means something is wrong. The explicit chmod
 * makes the mode exact whatever the umask.
 */
export async function writeDurable(path: string, data: Uint8Array | string): Promise<void> {
  const handle = await open(path, "wx", FILE_MODE);
  try {
    await handle.writeFile(data);
    await handle.chmod(FILE_MODE);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Flushes a folder's entries (names created, renamed or removed in it), so that a rename is
 * durable before we rely on it. Some platforms cannot open or fsync a folder (Windows);
 * there the rename is as durable as the OS makes it and we carry on.
 */
export async function fsyncDir(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    const code = errnoCode(error);
    if (code === "EISDIR" || code === "EPERM" || code === "EACCES") return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    const code = errnoCode(error);
    if (code !== "EINVAL" && code !== "EPERM" && code !== "EBADF" && code !== "EISDIR") throw error;
  } finally {
    await handle.close();
  }
}

/** mkdir of one level with an exact mode; true when it created the folder. */
export async function mkdirExact(path: string): Promise<boolean> {
  try {
    await mkdir(path, { mode: DIR_MODE });
  } catch (error) {
    if (errnoCode(error) === "EEXIST") return false;
    throw error;
  }
  await chmod(path, DIR_MODE);
  return true;
}

export async function removeTree(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
}

/**
 * Runs `fn` over `items` with at most `limit` in flight; results keep the input order.
 * On the first failure no new item starts, and the call rejects only once the ones in
 * flight have settled, so that the caller's clean-up never races a write still running.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
  if (rejected) throw rejected.reason;
  return results;
}

/** Parallelism for file I/O: enough to batch fsyncs into few disk flushes. */
export const IO_PARALLELISM = 16;
