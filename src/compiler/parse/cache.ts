import type * as Crypto from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PARSE_SEMANTICS, type ParsedText } from "./parse.js";

/**
 * The parse cache: what each YAML text parsed to, so that a run over files that did not change
 * skips the parse (the dominant cost of a build: 10,000 one-model files take seconds to
 * parse, about a tenth of a second to read back from here).
 *
 * - Content-addressed: an entry is found by the SHA-256 of the text parsed (the file's bytes,
 *   decoded), never by path or time; the file's name does not matter, and two projects share
 *   entries. Only texts whose parse gave no diagnostic are cached, so a cached file's
 *   diagnostics (none from parsing; later stages locate through the text, as before) are those
 *   of a parse. Only values that JSON gives back exactly are cached (no -0, NaN, Infinity,
 *   nothing but plain objects, arrays and scalars); anything else is parsed every time.
 * - One file per cache folder and compiler build (`parse-<id>.cache`), whatever the number of
 *   inputs: a header (format, the compiler build it belongs to, a SHA-256 of the rest) and one
 *   line per entry. A file that is truncated, corrupt or of another build is ignored as a
 *   whole. The compiler build is a hash of the compiler's code (the bundle's sources, or
 *   the parse stage's sources when run unbundled) and of the yaml parser's version: a new compiler starts cold.
 * - Written by temp file and rename: concurrent runs never see half a file, and the last
 *   writer wins (the other's new entries are parsed again next time). Written only when
 *   something was added, or an entry in use was last stamped over an hour ago.
 * - Bounded: an entry not used for a day is dropped on the next write, and at most
 *   MAX_ENTRIES are kept (the most recently used). The clock decides only that.
 * - Never an error: a folder that cannot be created or written disables the cache silently.
 *
 * Where it lives: see cacheDir().
 */

const FORMAT = "litellm-gitops parse cache 1";
const MAX_ENTRIES = 200_000;
const HOUR = 3_600_000;
/** Entries unused for this many hours are dropped when the file is next written. */
const TTL_HOURS = 24;

// Set by scripts/bundle.mjs: a hash of the sources the bundle was built from.
declare const __LITELLM_GITOPS_BUILD__: string | undefined;

interface Entry {
  /** Hours since the epoch, when the entry was last used by a run that wrote the file. */
  stamp: number;
  /** What the text parsed to (ParsedText: the documents' values, metadata.name positions), as JSON. */
  json: string;
}

let crypto: typeof Crypto | undefined;

function sha256(text: string): string {
  // Loaded on first use: a run without the cache (--no-cache) does not load node:crypto.
  crypto ??= createRequire(import.meta.url)("node:crypto") as typeof Crypto;
  // crypto.hash (Node ≥ 20.12) avoids a Hash object per call: 10,000 files per run.
  return typeof crypto.hash === "function" ? crypto.hash("sha256", text, "base64url") : crypto.createHash("sha256").update(text).digest("base64url");
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

/**
 * The cache folder, or undefined when there is none: `--cache-dir`, else
 * LITELLM_GITOPS_CACHE_DIR, else node_modules/.cache/litellm-gitops when the working folder
 * has a node_modules folder, else $XDG_CACHE_HOME/litellm-gitops, else
 * $HOME/.cache/litellm-gitops. Only `env` is read (the process's environment, for the CLI).
 */
export function cacheDir(cwd: string, env: Readonly<Record<string, string | undefined>>, flag?: string): string | undefined {
  if (flag) return path.resolve(cwd, flag);
  const configured = env.LITELLM_GITOPS_CACHE_DIR;
  if (configured) return path.resolve(cwd, configured);
  const nodeModules = path.join(cwd, "node_modules");
  if (isDirectory(nodeModules)) return path.join(nodeModules, ".cache", "litellm-gitops");
  // The XDG spec: a relative XDG_CACHE_HOME is invalid and ignored.
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, "litellm-gitops");
  const home = env.HOME;
  if (home && path.isAbsolute(home)) return path.join(home, ".cache", "litellm-gitops");
  return undefined;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export class ParseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly used = new Map<string, string>();
  private changed = false;
  private readonly now = Math.floor(Date.now() / HOUR);

  private constructor(
    private readonly file: string,
    private readonly build: string,
  ) {}

  /** The cache of a folder; undefined when the compiler build is unknown. Never throws. */
  static open(dir: string): ParseCache | undefined {
    const build = compilerBuild();
    if (build === null) return undefined;
    const cache = new ParseCache(path.join(dir, `parse-${sha256(build).slice(0, 16)}.cache`), build);
    cache.load();
    return cache;
  }

  private load(): void {
    let content: string;
    try {
      content = readFileSync(this.file, "utf8");
    } catch {
      return; // none yet, or unreadable: a cold run
    }
    const headerEnd = content.indexOf("\n");
    if (headerEnd < 0) return;
    const [format, build, checksum] = content.slice(0, headerEnd).split("\t");
    const body = content.slice(headerEnd + 1);
    if (format !== FORMAT || build !== this.build || checksum !== sha256(body)) return;
    let start = 0;
    while (start < body.length) {
      let end = body.indexOf("\n", start);
      if (end < 0) end = body.length;
      const line = body.slice(start, end);
      start = end + 1;
      const first = line.indexOf(" ");
      const second = line.indexOf(" ", first + 1);
      if (first < 0 || second < 0) continue;
      this.entries.set(line.slice(0, first), { stamp: Number(line.slice(first + 1, second)), json: line.slice(second + 1) });
    }
  }

  /** What a text parsed to, when it was parsed before with no diagnostic; else undefined. */
  lookup(text: string): ParsedText | undefined {
    const key = sha256(text);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    let parsed: ParsedText;
    try {
      parsed = JSON.parse(entry.json) as ParsedText;
    } catch {
      return undefined;
    }
    if (!Array.isArray(parsed?.values) || !Array.isArray(parsed.names) || parsed.names.length !== parsed.values.length) return undefined;
    this.used.set(key, entry.json);
    if (!(entry.stamp >= this.now - 1)) this.changed = true;
    return parsed;
  }

  /** Remembers what a text parsed to, when the parse gave no diagnostic. Call right after parsing. */
  store(text: string, parsed: ParsedText): void {
    // Only an alias (which needs a `*`) can make two places share one object.
    if (!isJsonExact(parsed.values, text.includes("*"))) return;
    const key = sha256(text);
    if (this.used.has(key)) return;
    this.used.set(key, JSON.stringify({ values: parsed.values, names: parsed.names }));
    if (!this.entries.has(key)) this.changed = true;
  }

  /** Writes the file when something changed. Never throws: a cache that cannot be written is no cache. */
  save(): void {
    if (!this.changed) return;
    const lines: string[] = [];
    for (const [key, json] of this.used) lines.push(`${key} ${this.now} ${json}`);
    // Entries of other projects and earlier runs, most recent first, while they are fresh and fit.
    const others = [...this.entries].filter(([key, e]) => !this.used.has(key) && e.stamp >= this.now - TTL_HOURS);
    others.sort((a, b) => b[1].stamp - a[1].stamp);
    for (const [key, e] of others.slice(0, Math.max(0, MAX_ENTRIES - lines.length))) lines.push(`${key} ${e.stamp} ${e.json}`);
    const body = lines.join("\n");
    const temp = `${this.file}.${process.pid}-${process.hrtime.bigint()}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(temp, `${FORMAT}\t${this.build}\t${sha256(body)}\n${body}`);
      renameSync(temp, this.file);
      this.changed = false;
    } catch {
      try {
        rmSync(temp, { force: true });
      } catch {
        // the folder is not usable at all
      }
      return;
    }
    this.removeOtherBuilds();
  }

  /** Files of other compiler builds, not written for a week: an upgraded compiler never reads them. */
  private removeOtherBuilds(): void {
    try {
      const dir = path.dirname(this.file);
      for (const name of readdirSync(dir)) {
        if (!/^parse-[\w-]+\.cache(\..+\.tmp)?$/.test(name) || path.join(dir, name) === this.file) continue;
        const file = path.join(dir, name);
        if (statSync(file).mtimeMs < Date.now() - 7 * 24 * HOUR) rmSync(file, { force: true });
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
