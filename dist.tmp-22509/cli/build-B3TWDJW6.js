import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  JOURNAL_NAME,
  LOCK_NAME,
  MANIFEST_NAME,
  OutputError,
  STAGING_PATTERN,
  STAGING_PREFIX,
  ancestors,
  assertOutputPaths,
  assertPathLengths,
  depth,
  errnoCode,
  ioError,
  outputFolder,
  parentOf,
  pathProblem,
  resolveIn,
  sorted
} from "./chunk-RJYWLNRT.js";
import {
  TARGET_OPTION,
  TARGET_USAGE,
  effectiveTarget,
  parseTarget,
  renderTarget,
  targetFiles
} from "./chunk-GTMB3WS2.js";
import {
  CACHE_OPTIONS,
  CACHE_USAGE,
  cacheOption,
  compileInputs
} from "./chunk-MYTQ5LBD.js";
import "./chunk-VNTM64NP.js";
import "./chunk-TK4S3H2I.js";
import {
  diagnosticStream,
  report
} from "./chunk-T6J4GSBB.js";
import "./chunk-YNR7NBTS.js";
import {
  COMMON_OPTIONS,
  DEFAULT_OUT,
  formatOption,
  parse
} from "./chunk-J23Z5L4U.js";
import {
  EXIT_INPUT,
  EXIT_OK,
  diagnostic,
  formatGithub
} from "./chunk-Q5TSJAU2.js";
import {
  compareStrings
} from "./chunk-EPTGAQBZ.js";
import "./chunk-3EZK3CXJ.js";

// src/cli/commands/build.ts
import path from "node:path";

// src/write/write.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { constants } from "node:fs";
import { access, chmod as chmod2, mkdir as mkdir2, rmdir as rmdir2, stat as stat2 } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/write/fsutil.ts
import { chmod, lstat, mkdir, open, rm } from "node:fs/promises";
var FILE_MODE = 420;
var DIR_MODE = 493;
async function lstatOrNull(path2) {
  try {
    return await lstat(path2);
  } catch (error) {
    const code = errnoCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw error;
  }
}
async function writeDurable(path2, data) {
  const handle = await open(path2, "wx", FILE_MODE);
  try {
    await handle.writeFile(data);
    await handle.chmod(FILE_MODE);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function fsyncDir(path2) {
  let handle;
  try {
    handle = await open(path2, "r");
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
async function mkdirExact(path2) {
  try {
    await mkdir(path2, { mode: DIR_MODE });
  } catch (error) {
    if (errnoCode(error) === "EEXIST") return false;
    throw error;
  }
  await chmod(path2, DIR_MODE);
  return true;
}
async function removeTree(path2) {
  await rm(path2, { recursive: true, force: true });
}
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index], index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const rejected = outcomes.find((o) => o.status === "rejected");
  if (rejected) throw rejected.reason;
  return results;
}
var IO_PARALLELISM = 16;

// src/write/journal.ts
import { createHash, randomBytes } from "node:crypto";
import { lstat as lstat2, readFile as readFile2, readdir, rename, rmdir, unlink } from "node:fs/promises";
import { join } from "node:path";

// src/write/manifest.ts
import { readFile } from "node:fs/promises";
var MANIFEST_FORMAT = 1;
var EMPTY_MANIFEST = { files: /* @__PURE__ */ new Set(), dirs: /* @__PURE__ */ new Set() };
function manifestText(manifest) {
  const body = {
    format: MANIFEST_FORMAT,
    generator: "litellm-gitops",
    note: "Files and folders that litellm-gitops build owns in this folder. Generated; do not edit.",
    files: sorted(manifest.files),
    dirs: sorted(manifest.dirs)
  };
  return JSON.stringify(body, null, 2) + "\n";
}
function parseManifest(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw corrupt("it is not valid JSON");
  }
  if (typeof data !== "object" || data === null) throw corrupt("it is not a JSON object");
  const record = data;
  if (record.format !== MANIFEST_FORMAT) {
    throw corrupt(`its format ${JSON.stringify(record.format)} is not ${MANIFEST_FORMAT} (written by a newer litellm-gitops?)`);
  }
  return { files: new Set(pathList(record.files, "files")), dirs: new Set(pathList(record.dirs, "dirs")) };
}
function pathList(value, field) {
  if (!Array.isArray(value)) throw corrupt(`"${field}" is not a list`);
  for (const item of value) {
    const problem = typeof item === "string" ? pathProblem(item) : "is not a string";
    if (problem) throw corrupt(`"${field}" has ${JSON.stringify(item)}, which ${problem}`);
  }
  return value;
}
function corrupt(why) {
  return new OutputError(
    "corrupt",
    `${MANIFEST_NAME} cannot be trusted: ${why}. Restore it from Git, or delete it if you also delete the files it listed (without it, those files count as not written by litellm-gitops).`,
    [MANIFEST_NAME]
  );
}
async function readManifestText(dir) {
  const path2 = resolveIn(dir, MANIFEST_NAME);
  const stats = await lstatOrNull(path2);
  if (stats === null) return null;
  if (!stats.isFile()) throw corrupt("it is not a regular file");
  try {
    return await readFile(path2, "utf8");
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return null;
    throw ioError(`cannot read ${MANIFEST_NAME}`, error);
  }
}

// src/write/journal.ts
var JOURNAL_FORMAT = 1;
function sha256(data) {
  return createHash("sha256").update(data).digest("hex");
}
function journalText(journal) {
  return JSON.stringify(journal, null, 1) + "\n";
}
async function commitJournal(dir, journal) {
  const temp = join(resolveIn(dir, journal.staging), "journal.json");
  await writeDurable(temp, journalText(journal));
  await rename(temp, resolveIn(dir, JOURNAL_NAME));
  await fsyncDir(dir);
}
async function readJournal(dir) {
  let text;
  try {
    text = await readFile2(resolveIn(dir, JOURNAL_NAME), "utf8");
  } catch (error) {
    const code = errnoCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw ioError(`cannot read ${JOURNAL_NAME}`, error);
  }
  return parseJournal(text);
}
function parseJournal(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw corrupt2("it is not valid JSON");
  }
  const record = typeof data === "object" && data !== null ? data : {};
  if (record.format !== JOURNAL_FORMAT) throw corrupt2(`its format ${JSON.stringify(record.format)} is not ${JOURNAL_FORMAT}`);
  if (typeof record.staging !== "string" || !STAGING_PATTERN.test(record.staging)) throw corrupt2("it names no valid staging folder");
  if (!Array.isArray(record.ops)) throw corrupt2("it has no list of operations");
  const ops = record.ops.map((op, i) => {
    const problem = opProblem(op);
    if (problem) throw corrupt2(`operation ${i} ${problem}`);
    return op;
  });
  return { format: JOURNAL_FORMAT, staging: record.staging, ops };
}
function opProblem(value) {
  if (typeof value !== "object" || value === null) return "is not an object";
  const op = value;
  const path2 = (field) => {
    const p = op[field];
    if (typeof p !== "string") return `has no "${field}"`;
    if (op.op === "rename" && field === "to" && p === MANIFEST_NAME) return void 0;
    const problem = pathProblem(p);
    return problem ? `has a "${field}" that ${problem}` : void 0;
  };
  switch (op.op) {
    case "unlink":
    case "rmdir":
    case "mkdir":
      return path2("path");
    case "rename":
      if (typeof op.from !== "string" || !/^[a-z0-9-]{1,32}$/.test(op.from)) return 'has an invalid "from"';
      if (typeof op.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(op.sha256)) return 'has an invalid "sha256"';
      return path2("to");
    default:
      return `has unknown kind ${JSON.stringify(op.op)}`;
  }
}
function corrupt2(why) {
  return new OutputError(
    "corrupt",
    `${JOURNAL_NAME} (left by an interrupted build) cannot be replayed: ${why}. The output folder may hold a mix of two builds: restore it from Git, delete the journal and the .litellm-gitops-staging-* folders, and build again.`,
    [JOURNAL_NAME]
  );
}
async function applyJournal(dir, journal, onStep) {
  const staging = resolveIn(dir, journal.staging);
  const realDirs = /* @__PURE__ */ new Set([""]);
  const touched = /* @__PURE__ */ new Set();
  for (const batch of batches(journal.ops)) {
    await mapLimit(batch, IO_PARALLELISM, async (i) => {
      const op = journal.ops[i];
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
  await mapLimit([...touched].sort(), IO_PARALLELISM, async (d) => {
    if ((await lstatOrNull(resolveIn(dir, d)))?.isDirectory()) await fsyncDir(resolveIn(dir, d));
  });
  onStep?.("applied", journal.ops.length);
  await unlinkIfPresent(resolveIn(dir, JOURNAL_NAME));
  await fsyncDir(dir);
  onStep?.("journal-removed", 0);
  await removeTree(staging);
}
function batches(ops) {
  const keyOf = (op) => {
    if (op.op === "unlink") return "unlink";
    if (op.op !== "rename" || op.to === MANIFEST_NAME) return null;
    const kustomization = op.to === "kustomization.yaml" || op.to.endsWith("/kustomization.yaml");
    return kustomization ? `kustomization ${op.to.split("/").length}` : "file";
  };
  const out = [];
  let last = null;
  ops.forEach((op, i) => {
    const key = keyOf(op);
    if (key !== null && key === last) out[out.length - 1].push(i);
    else out.push([i]);
    last = key;
  });
  return out;
}
async function applyOp(dir, staging, op) {
  switch (op.op) {
    case "mkdir": {
      const path2 = resolveIn(dir, op.path);
      if (!await mkdirExact(path2) && !(await lstat2(path2)).isDirectory()) {
        throw new OutputError("conflict", `${op.path} should be a folder but something else is there`, [op.path]);
      }
      return;
    }
    case "unlink": {
      const path2 = resolveIn(dir, op.path);
      try {
        await unlink(path2);
      } catch (error) {
        const code = errnoCode(error);
        if (code === "ENOENT" || code === "ENOTDIR") return;
        if ((code === "EISDIR" || code === "EPERM") && (await lstatOrNull(path2))?.isDirectory()) return;
        throw error;
      }
      return;
    }
    case "rmdir":
      try {
        await rmdir(resolveIn(dir, op.path));
      } catch (error) {
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
        if (errnoCode(error) !== "ENOENT" || await lstatOrNull(from) !== null) throw error;
      }
      let data = null;
      try {
        data = await readFile2(to);
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
async function assertNoSymlinkOnTheWay(dir, rel, realDirs) {
  for (const a of ancestors(rel)) {
    if (realDirs.has(a)) continue;
    const stats = await lstatOrNull(resolveIn(dir, a));
    if (stats?.isSymbolicLink()) {
      throw new OutputError("conflict", `${a} is a symbolic link; refusing to write or delete through it`, [a]);
    }
    if (stats?.isDirectory()) realDirs.add(a);
  }
}
async function unlinkIfPresent(path2) {
  try {
    await unlink(path2);
  } catch (error) {
    if (errnoCode(error) !== "ENOENT") throw error;
  }
}
async function stagingFolders(dir) {
  let names;
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = errnoCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return [];
    throw error;
  }
  return names.filter((n) => STAGING_PATTERN.test(n)).sort();
}
async function recoverLocked(dir, onStep) {
  const journal = await readJournal(dir);
  if (journal) {
    await assertJournalOurs(dir, journal);
    await applyJournal(dir, journal, onStep);
  }
  const discarded = await stagingFolders(dir);
  for (const name of discarded) await removeTree(resolveIn(dir, name));
  return { rolledForward: journal !== null, discarded };
}
async function journalManifests(dir, journal) {
  const onDiskText = await readManifestText(dir);
  const onDisk = onDiskText === null ? EMPTY_MANIFEST : parseManifest(onDiskText);
  const manifestOp = journal.ops.find((op) => op.op === "rename" && op.to === MANIFEST_NAME);
  if (!manifestOp) return { before: onDisk, after: onDisk };
  if (onDiskText !== null && sha256(onDiskText) === manifestOp.sha256) return { before: null, after: onDisk };
  let staged;
  try {
    staged = await readFile2(join(resolveIn(dir, journal.staging), manifestOp.from), "utf8");
  } catch {
    throw corrupt2("its new manifest is neither staged nor in place");
  }
  if (sha256(staged) !== manifestOp.sha256) throw corrupt2("its staged manifest does not match it");
  return { before: onDisk, after: parseManifest(staged) };
}
async function assertJournalOurs(dir, journal) {
  const { before, after } = await journalManifests(dir, journal);
  const staging = resolveIn(dir, journal.staging);
  for (const op of journal.ops) {
    switch (op.op) {
      case "rename": {
        if (op.to !== MANIFEST_NAME && !after.files.has(op.to)) throw foreign(`it writes ${op.to}, which no manifest lists`);
        if ((await lstatOrNull(join(staging, op.from)))?.isFile()) break;
        let data = null;
        try {
          data = await readFile2(resolveIn(dir, op.to));
        } catch {
          data = null;
        }
        if (data === null || sha256(data) !== op.sha256) throw corrupt2(`${op.to} cannot be completed: its staged copy is missing`);
        break;
      }
      case "mkdir":
        if (!after.dirs.has(op.path)) throw foreign(`it creates ${op.path}, which no manifest lists`);
        break;
      case "unlink":
      case "rmdir": {
        const owned = op.op === "unlink" ? before?.files : before?.dirs;
        if (owned?.has(op.path)) break;
        if (before === null && await isAlreadyReplayed(resolveIn(dir, op.path), op.op, after, op.path)) break;
        throw foreign(`it deletes ${op.path}, which the manifest does not list`);
      }
    }
  }
}
async function isAlreadyReplayed(path2, op, after, rel) {
  const stats = await lstatOrNull(path2);
  if (stats === null) return true;
  if (op === "unlink") return stats.isDirectory() && after.dirs.has(rel);
  if (stats.isFile()) return after.files.has(rel);
  return stats.isDirectory() && (await readdir(path2)).length > 0;
}
function foreign(why) {
  return new OutputError(
    "foreign-journal",
    `${JOURNAL_NAME} was not written by a build of this folder (${why}); nothing was touched. If no build of this folder was interrupted, delete it (rm ${JOURNAL_NAME}) and build again.`,
    [JOURNAL_NAME]
  );
}
async function abandonJournal(dir, journal) {
  const { before, after } = await journalManifests(dir, journal);
  const union = {
    files: /* @__PURE__ */ new Set([...before?.files ?? [], ...after.files]),
    dirs: /* @__PURE__ */ new Set([...before?.dirs ?? [], ...after.dirs])
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

// src/write/lock.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { hostname } from "node:os";
import { open as open2, readFile as readFile3, unlink as unlink2 } from "node:fs/promises";
var heldHere = /* @__PURE__ */ new Set();
var DEFAULT_LOCK_TIMEOUT_MS = 3e4;
async function acquireLock(dir, timeoutMs = DEFAULT_LOCK_TIMEOUT_MS) {
  const path2 = resolveIn(dir, LOCK_NAME);
  const info = { pid: process.pid, host: hostname(), token: randomBytes2(12).toString("hex") };
  heldHere.add(info.token);
  try {
    await waitAndCreate(dir, path2, JSON.stringify(info) + "\n", timeoutMs);
  } catch (error) {
    heldHere.delete(info.token);
    throw error;
  }
  return {
    async verify() {
      const current = await readLock(path2);
      if (current === null || parseLock(current)?.token !== info.token) {
        throw new OutputError("locked", `the lock on ${dir} was taken over by another build; nothing was committed`, [LOCK_NAME]);
      }
    },
    async release() {
      try {
        const current = await readLock(path2);
        if (current !== null && parseLock(current)?.token === info.token) await removeIfUnchanged(path2, current);
      } finally {
        heldHere.delete(info.token);
      }
    }
  };
}
async function waitAndCreate(dir, path2, text, timeoutMs) {
  const start = performance.now();
  let delay = 20;
  let lastUnreadable = null;
  for (; ; ) {
    if (await tryCreate(path2, text)) return;
    const current = await readLock(path2);
    if (current === null) continue;
    const holder = parseLock(current);
    if (holder === null) {
      if (lastUnreadable === current) {
        await removeIfUnchanged(path2, current);
        lastUnreadable = null;
        continue;
      }
      lastUnreadable = current;
    } else if (isStale(holder)) {
      await removeIfUnchanged(path2, current);
      continue;
    }
    if (performance.now() - start >= timeoutMs) {
      const who = holder ? `pid ${holder.pid} on host ${holder.host}` : "a process that did not say who it is";
      throw new OutputError(
        "locked",
        `another litellm-gitops build (${who}) is writing ${dir}; gave up after ${timeoutMs >= 1e3 ? `${Math.round(timeoutMs / 1e3)} s` : `${timeoutMs} ms`}. If no build is running, delete ${path2}.`,
        [LOCK_NAME]
      );
    }
    await new Promise((resolve2) => setTimeout(resolve2, delay));
    delay = Math.min(delay * 2, 250);
  }
}
function parseLock(text) {
  try {
    const data = JSON.parse(text);
    if (typeof data.pid === "number" && typeof data.host === "string" && typeof data.token === "string") {
      return { pid: data.pid, host: data.host, token: data.token };
    }
  } catch {
  }
  return null;
}
function isStale(holder) {
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return !heldHere.has(holder.token);
  return !isAlive(holder.pid);
}
function isAlive(pid) {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === "EPERM";
  }
}
async function tryCreate(path2, text) {
  let handle;
  try {
    handle = await open2(path2, "wx", FILE_MODE);
  } catch (error) {
    if (errnoCode(error) === "EEXIST") return false;
    throw ioError(`cannot create ${path2}`, error);
  }
  try {
    await handle.write(text);
  } catch (error) {
    await handle.close().catch(() => void 0);
    await unlink2(path2).catch(() => void 0);
    throw ioError(`cannot create ${path2}`, error);
  }
  await handle.close();
  return true;
}
async function readLock(path2) {
  try {
    return await readFile3(path2, "utf8");
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return null;
    throw ioError(`cannot read ${path2}`, error);
  }
}
async function removeIfUnchanged(path2, expected) {
  if (await readLock(path2) !== expected) return;
  try {
    await unlink2(path2);
  } catch (error) {
    if (errnoCode(error) !== "ENOENT") throw ioError(`cannot remove ${path2}`, error);
  }
}

// src/write/plan.ts
import { readFile as readFile4, readdir as readdir2 } from "node:fs/promises";
async function planOutput(dir, files) {
  const oldManifestText = await readManifestText(dir);
  const old = oldManifestText === null ? EMPTY_MANIFEST : parseManifest(oldManifestText);
  const conflicts = [];
  const clearFiles = [];
  const clearDirs = [];
  const stat3 = async (rel) => {
    try {
      return await lstatOrNull(resolveIn(dir, rel));
    } catch (error) {
      throw ioError(`cannot inspect ${rel}`, error);
    }
  };
  const needed = /* @__PURE__ */ new Set();
  for (const path2 of files.keys()) for (const a of ancestors(path2)) needed.add(a);
  const dirState = /* @__PURE__ */ new Map([["", "exists"]]);
  for (const d of [...needed].sort((a, b) => depth(a) - depth(b) || compareStrings(a, b))) {
    const parent = dirState.get(parentOf(d));
    if (parent !== "exists") {
      dirState.set(d, parent);
      continue;
    }
    const stats = await stat3(d);
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
  const writes = [];
  const unchanged = [];
  const blocked = [];
  const desired = sorted(files.keys());
  await mapLimit(desired, IO_PARALLELISM, async (path2) => {
    const parent = dirState.get(parentOf(path2));
    if (parent === "blocked") return void blocked.push(path2);
    if (parent === "create") return void writes.push({ path: path2, exists: false });
    const stats = await stat3(path2);
    if (stats === null) return void writes.push({ path: path2, exists: false });
    if (stats.isFile()) {
      if (!old.files.has(path2)) {
        return void conflicts.push({ path: path2, reason: "a file not written by litellm-gitops is in the way (the manifest does not list it)" });
      }
      const data = Buffer.from(files.get(path2), "utf8");
      if (stats.size === data.length && (await readBytes(dir, path2)).equals(data)) return void unchanged.push(path2);
      return void writes.push({ path: path2, exists: true });
    }
    if (stats.isDirectory() && old.dirs.has(path2)) {
      const reason = await collectOwnedTree(dir, path2, old, clearFiles, clearDirs);
      if (reason === void 0) return void writes.push({ path: path2, exists: true });
      return void conflicts.push({ path: path2, reason });
    }
    conflicts.push({ path: path2, reason: inTheWay(stats, "a file") });
  });
  const cleared = new Set(clearFiles);
  const removes = [...clearFiles];
  const ancestorStats = /* @__PURE__ */ new Map();
  const statAncestor = (rel) => {
    let s = ancestorStats.get(rel);
    if (!s) ancestorStats.set(rel, s = stat3(rel));
    return s;
  };
  const isRealDir = async (rel) => {
    for (const a of [...ancestors(rel), rel]) if (!(await statAncestor(a))?.isDirectory()) return false;
    return true;
  };
  const gone = sorted(old.files).filter((p) => !files.has(p) && !cleared.has(p));
  await mapLimit(gone, IO_PARALLELISM, async (path2) => {
    const parent = parentOf(path2);
    if (parent !== "" && !await isRealDir(parent)) return;
    const stats = await stat3(path2);
    if (stats?.isFile()) removes.push(path2);
  });
  const clearedDirs = new Set(clearDirs);
  const rmdirs = [];
  for (const d of old.dirs) {
    if (needed.has(d) || clearedDirs.has(d)) continue;
    if (await isRealDir(d)) rmdirs.push(d);
  }
  rmdirs.sort((a, b) => depth(b) - depth(a) || compareStrings(a, b));
  const mkdirs = [...dirState].filter(([, s]) => s === "create").map(([d]) => d);
  mkdirs.sort((a, b) => depth(a) - depth(b) || compareStrings(a, b));
  const ownedDirs = [...needed].filter((d) => dirState.get(d) === "create" || dirState.get(d) === "exists" && old.dirs.has(d));
  const manifest = { files: new Set(desired), dirs: new Set(ownedDirs) };
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
    oldManifestText
  };
}
function isNoop(plan) {
  return plan.writes.length === 0 && plan.removes.length === 0 && plan.rmdirs.length === 0 && plan.clearDirs.length === 0 && plan.mkdirs.length === 0 && plan.manifestText === plan.oldManifestText;
}
async function readBytes(dir, rel) {
  try {
    return await readFile4(resolveIn(dir, rel));
  } catch (error) {
    throw ioError(`cannot read ${rel}`, error);
  }
}
function inTheWay(stats, needed) {
  if (stats.isSymbolicLink()) return "is a symbolic link; refusing to write through it (it could lead outside the output folder)";
  if (stats.isDirectory()) return `a folder not created by litellm-gitops is where ${needed} is needed`;
  if (stats.isFile()) return `a file not written by litellm-gitops is where ${needed} is needed`;
  return `something that is not a regular file or folder is where ${needed} is needed`;
}
async function collectOwnedTree(dir, root, old, files, dirs) {
  const foundFiles = [];
  const foundDirs = [root];
  for (let i = 0; i < foundDirs.length; i++) {
    const d = foundDirs[i];
    let entries;
    try {
      entries = await readdir2(resolveIn(dir, d), { withFileTypes: true });
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
  return void 0;
}

// src/write/stage.ts
import { join as join2 } from "node:path";
async function stageBuild(dir, staging, plan, files, onStep) {
  const stagingPath = resolveIn(dir, staging);
  let count = 0;
  const staged = await mapLimit(plan.writes, IO_PARALLELISM, async ({ path: path2 }, i) => {
    const data = Buffer.from(files.get(path2), "utf8");
    const name = `f${i}`;
    await writeDurable(join2(stagingPath, name), data);
    onStep?.("staging", ++count);
    return { from: name, to: path2, sha256: sha256(data) };
  });
  let manifest = null;
  if (plan.manifestText !== plan.oldManifestText) {
    await writeDurable(join2(stagingPath, "manifest"), plan.manifestText);
    manifest = { op: "rename", from: "manifest", to: MANIFEST_NAME, sha256: sha256(plan.manifestText) };
  }
  return { format: JOURNAL_FORMAT, staging, ops: orderOps(plan, staged, manifest) };
}
function orderOps(plan, staged, manifest) {
  const isKustomization = (p) => p === "kustomization.yaml" || p.endsWith("/kustomization.yaml");
  const renames = [...staged].sort((a, b) => {
    const ka = isKustomization(a.to);
    const kb = isKustomization(b.to);
    if (ka !== kb) return ka ? 1 : -1;
    return (ka ? depth(b.to) - depth(a.to) : 0) || compareStrings(a.to, b.to);
  });
  const cleared = new Set(plan.clearFiles);
  const ops = [
    // Our own files and folders that stand where the new output needs the other kind.
    ...plan.clearFiles.map((path2) => ({ op: "unlink", path: path2 })),
    ...plan.clearDirs.map((path2) => ({ op: "rmdir", path: path2 })),
    ...plan.mkdirs.map((path2) => ({ op: "mkdir", path: path2 })),
    ...renames.map((r) => ({ op: "rename", ...r })),
    ...plan.removes.filter((p) => !cleared.has(p)).map((path2) => ({ op: "unlink", path: path2 })),
    ...plan.rmdirs.map((path2) => ({ op: "rmdir", path: path2 }))
  ];
  if (manifest) ops.push(manifest);
  return ops;
}

// src/write/check.ts
import { readdir as readdir3, stat } from "node:fs/promises";
async function checkOutput(dir, files) {
  assertOutputPaths(files.keys());
  let isDir;
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
    leftovers
  };
}
async function findLeftovers(dir) {
  try {
    const names = await readdir3(dir);
    return sorted(names.filter((n) => n === JOURNAL_NAME || n === LOCK_NAME || STAGING_PATTERN.test(n)));
  } catch (error) {
    throw ioError(`cannot list ${dir}`, error);
  }
}

// src/write/write.ts
async function writeOutput(dir, files, options = {}) {
  const { signal } = options;
  assertOutputPaths(files.keys());
  assertPathLengths(dir, [...files.keys(), `${STAGING_PREFIX}${"0".repeat(16)}/journal.json`]);
  let committed = false;
  const checkSignal = () => {
    if (!committed && signal?.aborted) throw new OutputError("interrupted", `interrupted before the commit point; ${dir} was left as it was`);
  };
  const onStep = (step, n) => {
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
  let staging = null;
  let finished = false;
  let abandoned;
  try {
    onStep("locked", 0);
    abandoned = await recoverOrAbandon(dir, options.onStep);
    onStep("recovered", 0);
    const plan = await planOutput(dir, files);
    onStep("planned", 0);
    if (plan.conflicts.length > 0) throw conflictError(dir, plan);
    const result = { written: plan.writes.map((w) => w.path), removed: plan.removes, unchanged: plan.unchanged };
    if (abandoned !== void 0) result.abandoned = abandoned;
    if (isNoop(plan)) {
      finished = true;
      return result;
    }
    staging = STAGING_PREFIX + randomBytes3(8).toString("hex");
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
    committed ||= staging !== null && await lstatOrNull(resolveIn(dir, JOURNAL_NAME)).then(
      (stats) => stats !== null,
      () => true
    );
    if (!committed && staging !== null) await removeTree(resolveIn(dir, staging)).catch(() => void 0);
    if (committed) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new OutputError(
        "incomplete",
        `the build was committed but could not be completed in ${dir} (${detail}). Fix the cause and build again: the next build completes it, or, when the input caused it, a build of the fixed input replaces it. To return to the output committed in Git instead: ${recoveryCommand(dir)}`,
        [JOURNAL_NAME],
        { cause: error }
      );
    }
    if (error instanceof OutputError && error.kind === "interrupted") throw error;
    throw ioError(`cannot write ${dir}; it was left as it was`, error);
  } finally {
    await lock.release().catch(() => void 0);
    if (!committed && !finished) await removeCreatedRoot(dir, createdRoot);
  }
}
function recoveryCommand(dir) {
  const q = (p) => `'${p.replace(/'/g, "'\\''")}'`;
  return `git checkout -- ${q(dir)} && rm -rf ${q(resolveIn(dir, JOURNAL_NAME))} ${q(dir)}/${STAGING_PREFIX}*`;
}
async function recoverOrAbandon(dir, onStep) {
  try {
    await recoverLocked(dir, onStep);
    return void 0;
  } catch (error) {
    if (error instanceof OutputError && error.kind === "foreign-journal") throw error;
    const journal = await readJournal(dir);
    if (journal === null) throw error;
    await abandonJournal(dir, journal);
    return error instanceof Error ? error.message : String(error);
  }
}
async function assertWritable(dir, journal) {
  const folders = /* @__PURE__ */ new Set();
  for (const op of journal.ops) folders.add(parentOf(op.op === "rename" ? op.to : op.path));
  const created = new Set(journal.ops.flatMap((op) => op.op === "mkdir" ? [op.path] : []));
  for (const folder of [...folders].sort()) {
    if (created.has(folder)) continue;
    try {
      await access(resolveIn(dir, folder), constants.W_OK | constants.X_OK);
    } catch (error) {
      if (errnoCode(error) === "ENOENT") continue;
      throw ioError(`cannot write in ${folder === "" ? dir : folder}`, error);
    }
  }
}
function conflictError(dir, plan) {
  const lines = plan.conflicts.map((c) => `${c.path}: ${c.reason}`);
  return new OutputError(
    "conflict",
    `refusing to overwrite what litellm-gitops did not write in ${dir}; nothing was written. Move these away (or delete them) and build again:
  ${lines.join("\n  ")}`,
    plan.conflicts.map((c) => c.path)
  );
}
async function ensureDir(dir) {
  try {
    const stats = await stat2(dir);
    if (!stats.isDirectory()) throw new OutputError("conflict", `the output folder ${dir} exists and is not a folder`);
    return null;
  } catch (error) {
    if (errnoCode(error) !== "ENOENT") throw ioError(`cannot use ${dir} as the output folder`, error);
  }
  try {
    const first = await mkdir2(dir, { recursive: true, mode: DIR_MODE });
    for (let d = resolve(dir); first !== void 0; d = dirname(d)) {
      await chmod2(d, DIR_MODE);
      if (d === resolve(first)) break;
    }
    return first ?? null;
  } catch (error) {
    throw ioError(`cannot create the output folder ${dir}`, error);
  }
}
async function removeCreatedRoot(dir, createdRoot) {
  if (createdRoot === null) return;
  for (let d = resolve(dir); ; d = dirname(d)) {
    try {
      await rmdir2(d);
    } catch {
      return;
    }
    if (d === resolve(createdRoot)) return;
  }
}

// src/cli/drift.ts
function driftOf(out, check) {
  const under = (files) => files.map((f) => out === "." ? f : `${out}/${f}`);
  return { out, missing: under(check.missing), stale: under(check.stale), extra: under(check.extra) };
}
function hasDrift(drift) {
  return drift.missing.length + drift.stale.length + drift.extra.length > 0;
}
function fixCommand(out) {
  return `litellm-gitops build --out ${out}`;
}
function driftText(drift) {
  const lines = [
    ...drift.missing.map((f) => `missing: ${f}`),
    ...drift.stale.map((f) => `stale: ${f}`),
    ...drift.extra.map((f) => `no longer produced: ${f}`)
  ];
  return `${lines.join("\n")}
${drift.out} is out of date: run \`${fixCommand(drift.out)}\` and commit the result
`;
}
function driftDiagnostics(drift) {
  const hint = `Run \`${fixCommand(drift.out)}\` and commit the result.`;
  const at = (file, message) => ({ code: "LG5002", severity: "error", file, line: 0, column: 0, pointer: "", message, hint });
  return [
    ...drift.missing.map((f) => at(f, "missing from the committed output")),
    ...drift.stale.map((f) => at(f, "stale: the build now writes different content")),
    ...drift.extra.map((f) => at(f, "no longer produced by the build"))
  ];
}
function driftJson(out, drift, files, diagnostics) {
  const result = {
    out,
    upToDate: drift === null ? null : !hasDrift(drift),
    files,
    missing: drift?.missing ?? [],
    stale: drift?.stale ?? [],
    extra: drift?.extra ?? [],
    diagnostics
  };
  return JSON.stringify(result, null, 2) + "\n";
}

// src/cli/signals.ts
import { constants as constants2 } from "node:os";
var TRAPPED = ["SIGINT", "SIGTERM"];
function trapInterrupts() {
  const controller = new AbortController();
  let first;
  const handler = (name) => {
    first ??= name;
    controller.abort();
  };
  for (const name of TRAPPED) process.on(name, handler);
  return {
    signal: controller.signal,
    received: () => first,
    exitCode: () => 128 + (first ? constants2.signals[first] : 0),
    dispose: () => {
      for (const name of TRAPPED) process.off(name, handler);
    }
  };
}

// src/cli/commands/build.ts
var usage = `Usage: litellm-gitops build [PATH...] [--out DIR] [--target manifests|helm|all] [--check] [--strict] [--format text|json|github] [--no-cache] [--cache-dir DIR]

Compiles the project and writes DIR (default: ${DEFAULT_OUT}): per instance
DIR/<namespace>/<instance>/ with config.yaml, one Kubernetes object per file and a
kustomization.yaml, and DIR/kustomization.yaml over all instances; with the helm target,
DIR/<namespace>/<instance>/helm/ with values.yaml, the Argo CD / Flux wrappers, the
ExternalSecrets and a kustomization.yaml (docs/helm.md). Writing is atomic and removes only
files an earlier build wrote.

  --check   write nothing; exit 1 naming every file that is missing, stale or no longer produced
            (--format github: one error annotation per file; json: one object on stdout)
${TARGET_USAGE}${CACHE_USAGE}`;
var OPTIONS = { ...COMMON_OPTIONS, ...CACHE_OPTIONS, ...TARGET_OPTION, out: { type: "string", default: DEFAULT_OUT }, check: { type: "boolean", default: false } };
async function run(argv, io) {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = formatOption(values.format);
  const targetFlag = parseTarget(values.target);
  const out = outputFolder(io.cwd, values.out, positionals);
  const outcome = compileInputs(positionals, { cwd: io.cwd, exclude: [out], strict: values.strict, cacheDir: cacheOption(values, io) });
  const shown = path.relative(io.cwd, out) || ".";
  const checkJson = values.check && format === "json";
  const code = checkJson ? outcome.result ? EXIT_OK : EXIT_INPUT : report(outcome, io, format, diagnosticStream(io, format));
  if (!outcome.result) {
    if (checkJson) io.stdout.write(driftJson(shown, null, 0, outcome.diagnostics));
    return code;
  }
  if (outcome.result.instances.length === 0) {
    io.stderr.write(`litellm-gitops build: no LiteLLMInstance in the inputs; nothing to build, ${shown} left as it is
`);
    if (checkJson) io.stdout.write(driftJson(shown, null, 0, outcome.diagnostics));
    return code;
  }
  const target = effectiveTarget(targetFlag, outcome.result.settings);
  const files = targetFiles(outcome.result, renderTarget(outcome.result, target));
  try {
    if (values.check) {
      const drift = driftOf(shown, await checkOutput(out, files));
      if (checkJson) io.stdout.write(driftJson(shown, drift, files.size, outcome.diagnostics));
      if (format === "github") io.stdout.write(formatGithub(driftDiagnostics(drift)));
      if (!hasDrift(drift)) {
        io.stderr.write(`${shown} is up to date (${files.size} files)
`);
        return EXIT_OK;
      }
      io.stderr.write(driftText(drift));
      return EXIT_INPUT;
    }
    const interrupts = trapInterrupts();
    try {
      const result = await writeOutput(out, files, { signal: interrupts.signal });
      if (result.abandoned !== void 0) {
        io.stderr.write(`litellm-gitops build: an interrupted build's journal could not be applied (${result.abandoned}); this build replaced its output
`);
      }
      io.stderr.write(
        `${shown}: ${result.written.length} written, ${result.removed.length} removed, ${result.unchanged.length} unchanged
`
      );
      const signal = interrupts.received();
      if (signal === void 0) return EXIT_OK;
      io.stderr.write(`litellm-gitops build: ${signal} received after the commit point; the build was completed, then stopped
`);
      return interrupts.exitCode();
    } catch (error) {
      if (error instanceof OutputError && error.kind === "interrupted") {
        io.stderr.write(`litellm-gitops build: ${interrupts.received() ?? "interrupted"} received before the commit point; rolled back, ${shown} was left as it was
`);
        return interrupts.exitCode();
      }
      throw error;
    } finally {
      interrupts.dispose();
    }
  } catch (error) {
    if (error instanceof OutputError && error.kind !== "invalid-path") {
      const file = error.paths.length > 0 ? `${shown}/${error.paths[0]}` : shown;
      const problem = diagnostic(outputCode(error.kind), { file, line: 0, column: 0, pointer: "" }, error.message, outputHint(error.kind));
      report({ diagnostics: [problem], sources: /* @__PURE__ */ new Map() }, io, format, diagnosticStream(io, format));
      return EXIT_INPUT;
    }
    throw error;
  }
}
function outputCode(kind) {
  if (kind === "foreign-journal") return "LG5020";
  if (kind === "incomplete") return "LG5021";
  return "LG5003";
}
function outputHint(kind) {
  switch (kind) {
    case "foreign-journal":
      return "A journal is replayed only when it names files this folder's manifest owns; delete a journal no build of this folder left.";
    case "incomplete":
      return "Fix the cause (or the input) and build again; the message says how to return to the committed output instead.";
    case "too-long":
      return "Choose a shorter --out, or shorter names (a Secret's name is part of its ExternalSecret's file name).";
    case "conflict":
      return "Move the file that is in the way, or choose another --out: build never overwrites a file it did not write.";
    case "locked":
      return "Another build is writing this folder; wait for it, or delete the lock file if its process is gone.";
    case "corrupt":
      return "Restore the folder from Git (git checkout -- <DIR>) and build again.";
    default:
      return "Make the folder writable, or choose another --out. The previous output is unchanged.";
  }
}
export {
  run,
  usage
};
