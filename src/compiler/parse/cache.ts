import type * as Crypto from "node:crypto";
import { closeSync, fstatSync, futimesSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PARSE_SEMANTICS, type ParsedText } from "./parse.js";

/**
 * The parse cache: what each YAML text parsed to, so that a run over files that did not change
 * skips the parse (the dominant cost of a build: 10,000 one-model files take seconds to
 * parse, a fraction of that to read back from here).
 *
 * - Content-addressed: an entry is found by the SHA-256 of the text parsed (the file's bytes,
 *   decoded), never by path or time; the file's name does not matter, and two projects share
 *   entries. Only texts whose parse gave no diagnostic are cached, so a cached file's
 *   diagnostics (none from parsing; later stages locate through the text, as before) are those
 *   of a parse. Only values that JSON gives back exactly are cached (no -0, NaN, Infinity,
 *   nothing but plain objects, arrays and scalars); anything else is parsed every time.
 * - One file per entry, `parse-<build>/<2 hex>/<62 hex>` (the hex SHA-256 of the text, split
 *   like Git's objects): a run opens the entries of its own files and nothing else, so its
 *   cost is proportional to the project compiled, not to every project the folder ever saw.
 *   An entry holds a header (format, SHA-256 of the rest) and the JSON; a truncated, corrupt
 *   or foreign entry is a miss, parsed and written again. The compiler build (a hash of the
 *   compiler's code, or of the parse stage's sources when run unbundled, and of the yaml
 *   parser's version) names the folder: a new compiler starts cold.
 * - Written by temp file and rename: concurrent runs never see half an entry.
 * - Last use is the entry's mtime, stamped (futimes on the open descriptor) when a run uses an
 *   entry last stamped over an hour ago; so a warm run writes nothing else.
 * - Bounded: after a run that wrote entries, at most once an hour (the `.pruned` stamp), the
 *   folder is swept: entries unused for TTL_DAYS go, then the least recently used until the
 *   disk space of the rest is under the budget (DEFAULT_MAX_BYTES). The run's own entries
 *   are never evicted by its own sweep, so a project larger than the budget stays warm.
 *   Folders of other compiler builds, and the single-file caches of format 1, untouched for a
 *   week, are deleted. The clock decides only what is kept, never a result.
 * - Never an error: a folder that cannot be created or written disables the cache silently.
 *
 * Where it lives: see cacheDir() (cache-dir.ts).
 */

const FORMAT = "litellm-gitops parse cache 2";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Entries unused for this many days are dropped by the next sweep. */
const TTL_DAYS = 7;
/** Disk space (allocated blocks) the entries of one compiler build may take. */
export const DEFAULT_MAX_BYTES = 256 * 2 ** 20;

// Set by scripts/bundle.mjs: a hash of the sources the bundle was built from.
declare const __LITELLM_GITOPS_BUILD__: string | undefined;

let crypto: typeof Crypto | undefined;

function sha256(text: string, encoding: "hex" | "base64url" = "base64url"): string {
  // Loaded on first use: a run without the cache (--no-cache) does not load node:crypto.
  crypto ??= createRequire(import.meta.url)("node:crypto") as typeof Crypto;
  // crypto.hash (Node ≥ 20.12) avoids a Hash object per call: 10,000 files per run.
  return typeof crypto.hash === "function" ? crypto.hash("sha256", text, encoding) : crypto.createHash("sha256").update(text).digest(encoding);
}

let buildId: string | null | undefined;

/** What the cached results depend on besides the text; null when it cannot be known (no cache then). */
export function compilerBuild(): string | null {
  if (buildId !== undefined) return buildId;
  try {
    if (typeof __LITELLM_GITOPS_BUILD__ === "string") {
      buildId = `bundle ${__LITELLM_GITOPS_BUILD__}`;
    } else {
      // Unbundled (tests, tsc output): the parse stage's own sources (this folder) and the yaml package's version.
      const here = fileURLToPath(import.meta.url);
      const sources = ["parse", "yaml", "locate", "cache"].map((name) => readFileSync(path.join(path.dirname(here), `${name}${path.extname(here)}`), "utf8"));
      const yaml = (createRequire(import.meta.url)("yaml/package.json") as { version: string }).version;
      buildId = `source ${sha256(sources.join("\0"))} yaml ${yaml}`;
    }
    buildId = `${buildId}; ${PARSE_SEMANTICS}`;
  } catch {
    buildId = null;
  }
  return buildId;
}

export interface CacheOptions {
  /** The sweep's budget for the disk space of this build's entries; DEFAULT_MAX_BYTES unless a test says. */
  maxBytes?: number;
  /** The clock, in milliseconds since the epoch; a test moves it. */
  now?: number;
}

export class ParseCache {
  /** Keys this run read or wrote: its own sweep never evicts them. */
  private readonly mine = new Set<string>();
  /** Entries to write: key → JSON. */
  private readonly pending = new Map<string, string>();
  private readonly now: number;
  private readonly maxBytes: number;
  /** Whether this run stamped an entry: the folder's mtime then says this build is in use. */
  private stamped = false;

  private constructor(
    /** parse-<build>: this compiler build's entries. */
    readonly folder: string,
    options: CacheOptions,
  ) {
    this.now = options.now ?? Date.now();
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  /** The cache of a folder; undefined when the compiler build is unknown. Never throws, reads nothing yet. */
  static open(dir: string, options: CacheOptions = {}): ParseCache | undefined {
    const build = compilerBuild();
    if (build === null) return undefined;
    return new ParseCache(path.join(dir, `parse-${sha256(build, "hex").slice(0, 16)}`), options);
  }

  private entryPath(key: string): string {
    return path.join(this.folder, key.slice(0, 2), key.slice(2));
  }

  /** What a text parsed to, when it was parsed before with no diagnostic; else undefined. */
  lookup(text: string): ParsedText | undefined {
    const key = sha256(text, "hex");
    let content: string;
    let fd: number | undefined;
    try {
      fd = openSync(this.entryPath(key), "r");
      const stat = fstatSync(fd);
      const buffer = Buffer.allocUnsafe(stat.size);
      let read = 0;
      while (read < stat.size) {
        const n = readSync(fd, buffer, read, stat.size - read, null);
        if (n === 0) break;
        read += n;
      }
      content = buffer.toString("utf8", 0, read);
      // Last use, for the sweep: stamped at most once an hour, so a warm run writes nothing else.
      if (stat.mtimeMs < this.now - HOUR) {
        try {
          futimesSync(fd, this.now / 1000, this.now / 1000);
          this.stamped = true;
        } catch {
          // a read-only cache still serves
        }
      }
    } catch {
      return undefined; // none, or unreadable: parse
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    const newline = content.indexOf("\n");
    if (newline < 0) return undefined;
    const [format, checksum] = content.slice(0, newline).split("\t");
    const json = content.slice(newline + 1);
    if (format !== FORMAT || checksum !== sha256(json)) return undefined;
    let parsed: ParsedText;
    try {
      parsed = JSON.parse(json) as ParsedText;
    } catch {
      return undefined;
    }
    if (!Array.isArray(parsed?.values) || !Array.isArray(parsed.names) || parsed.names.length !== parsed.values.length) return undefined;
    if (parsed.floats !== undefined && (!Array.isArray(parsed.floats) || parsed.floats.length !== parsed.values.length)) return undefined;
    this.mine.add(key);
    return parsed;
  }

  /** Remembers what a text parsed to, when the parse gave no diagnostic. Call right after parsing. */
  store(text: string, parsed: ParsedText): void {
    // Only an alias (which needs a `*`) can make two places share one object.
    if (!isJsonExact(parsed.values, text.includes("*"))) return;
    const key = sha256(text, "hex");
    this.mine.add(key);
    if (!this.pending.has(key)) this.pending.set(key, JSON.stringify({ values: parsed.values, names: parsed.names, floats: parsed.floats }));
  }

  /** Writes the new entries, and sweeps when due. Never throws: a cache that cannot be written is no cache. */
  save(): void {
    if (this.stamped) {
      // Another compiler build's sweep keeps a folder used in the last week (removeOtherBuilds).
      try {
        utimesSync(this.folder, this.now / 1000, this.now / 1000);
      } catch {
        // best effort
      }
    }
    if (this.pending.size === 0) return;
    const made = new Set<string>();
    let counter = 0;
    try {
      for (const [key, json] of this.pending) {
        const file = this.entryPath(key);
        const sub = path.dirname(file);
        if (!made.has(sub)) {
          mkdirSync(sub, { recursive: true });
          made.add(sub);
        }
        const temp = path.join(this.folder, `.tmp-${process.pid}-${counter++}`);
        try {
          writeFileSync(temp, `${FORMAT}\t${sha256(json)}\n${json}`);
          renameSync(temp, file);
        } catch (error) {
          rmSync(temp, { force: true });
          throw error;
        }
      }
      this.pending.clear();
    } catch {
      return; // the folder is not usable
    }
    if (this.sweepDue()) this.sweep();
  }

  /** Whether no sweep ran in the last hour (the `.pruned` stamp); claims it when so. */
  private sweepDue(): boolean {
    const stamp = path.join(this.folder, ".pruned");
    try {
      if (statSync(stamp).mtimeMs > this.now - HOUR) return false;
    } catch {
      // never swept
    }
    try {
      writeFileSync(stamp, "");
      utimesSync(stamp, this.now / 1000, this.now / 1000);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Drops entries unused for TTL_DAYS, then the least recently used until the rest fits the
   * budget (never this run's); and other builds' folders and format-1 files untouched for a
   * week. Best effort: a file another run removed first is simply gone.
   */
  sweep(): void {
    const entries: Array<{ file: string; key: string; used: number; bytes: number }> = [];
    try {
      for (const sub of readdirSync(this.folder)) {
        if (sub.startsWith(".")) {
          // A temp file left by a run that died: gone after an hour.
          const file = path.join(this.folder, sub);
          if (sub.startsWith(".tmp-") && statSync(file).mtimeMs < this.now - HOUR) rmSync(file, { force: true });
          continue;
        }
        const dir = path.join(this.folder, sub);
        for (const name of readdirSync(dir)) {
          const file = path.join(dir, name);
          try {
            const stat = statSync(file);
            entries.push({ file, key: sub + name, used: stat.mtimeMs, bytes: stat.blocks > 0 ? stat.blocks * 512 : stat.size });
          } catch {
            // removed meanwhile
          }
        }
      }
    } catch {
      return;
    }
    let total = 0;
    const kept: typeof entries = [];
    for (const e of entries) {
      if (!this.mine.has(e.key) && e.used < this.now - TTL_DAYS * DAY) rmSync(e.file, { force: true });
      else {
        kept.push(e);
        total += e.bytes;
      }
    }
    kept.sort((a, b) => a.used - b.used);
    for (const e of kept) {
      if (total <= this.maxBytes) break;
      if (this.mine.has(e.key)) continue;
      rmSync(e.file, { force: true });
      total -= e.bytes;
    }
    this.removeOtherBuilds();
  }

  /** Other compiler builds' folders and format-1 files, untouched for a week: an upgraded compiler never reads them. */
  private removeOtherBuilds(): void {
    try {
      const dir = path.dirname(this.folder);
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (!/^parse-[\w-]+(\.cache(\..+\.tmp)?)?$/.test(name) || file === this.folder) continue;
        const stat = statSync(file);
        let used = stat.mtimeMs;
        if (stat.isDirectory()) {
          try {
            used = Math.max(used, statSync(path.join(file, ".pruned")).mtimeMs);
          } catch {
            // never swept
          }
        }
        if (used < this.now - 7 * DAY) rmSync(file, { recursive: true, force: true });
      }
    } catch {
      // best effort
    }
  }
}

/**
 * Whether JSON.parse(JSON.stringify(value)) gives back exactly this value: plain objects,
 * arrays, strings, booleans, null and finite numbers other than -0, and no `__proto__` key
 * (JSON.parse would make it an own property where yaml may not have). With `shared`, also
 * that no object is reached twice (an alias: JSON would give two copies of one object, or
 * loop). Iterative.
 */
export function isJsonExact(value: unknown, shared = true): boolean {
  const stack: unknown[] = [value];
  const seen = shared ? new Set<object>() : undefined;
  while (stack.length > 0) {
    const v = stack.pop();
    if (seen && typeof v === "object" && v !== null) {
      if (seen.has(v)) return false;
      seen.add(v);
    }
    if (v === null || typeof v === "string" || typeof v === "boolean") continue;
    if (typeof v === "number") {
      if (!Number.isFinite(v) || Object.is(v, -0)) return false;
      continue;
    }
    if (typeof v !== "object") return false;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) return false;
        stack.push(v[i]);
      }
      continue;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype || Object.prototype.hasOwnProperty.call(v, "__proto__")) return false;
    for (const key in v) stack.push((v as Record<string, unknown>)[key]);
    if (Object.getOwnPropertySymbols(v).length > 0) return false;
  }
  return true;
}
