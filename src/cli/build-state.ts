/**
 * The build state: what the last clean `build` (or `build --check` that found no drift) of an
 * output folder saw, so that a build with nothing changed since stats files instead of
 * compiling (docs/performance.md, "The build state"). It lives in the cache folder, never in
 * the output folder (that one is committed, and must be a pure function of the inputs).
 *
 * A state says: "the inputs, exactly these files with these contents, compile with no
 * diagnostic into these output files, and the output folder held exactly them and this
 * manifest". It records, for every input file, output file and the manifest, a fingerprint
 * like Git's index: size, mtime, ctime, inode, device, and the SHA-256 of the content. A
 * later build of the same folder with the same options and the same compiler takes the
 * shortcut only when:
 *   - the inputs found (discover, as the compiler runs it) are exactly the recorded paths;
 *   - every output folder still is the folder recorded (inode: a folder replaced by a link or
 *     a copy is not), and DIR holds no journal, lock or staging folder;
 *   - every file's fingerprint is unchanged and the entry is trusted, or else its content
 *     (read once) still hashes to the recorded SHA-256 (a fresh checkout, a touch, a copied
 *     cache: same bytes, new stat; the state is then refreshed with the new stats).
 * Anything else, or any doubt, and the build runs in full; the shortcut can only make a
 * build skip work whose result it already has, never change a result.
 *
 * Racy entries, as Git has them: a file changed in the same clock tick as the build read it
 * keeps its mtime, so an mtime alone cannot tell. Before reading anything, a run creates the
 * state's temp file and takes its mtime as the marker; an entry is trusted only when its
 * mtime and ctime are older than the marker by RACY_MS (which covers coarse file-system
 * timestamps, 1 s or FAT's 2 s, and the lag of the kernel's coarse clock). Any later change
 * to the file moves its ctime (which no user can set back, unlike the mtime) past that, so a
 * trusted entry whose stat is unchanged is unchanged. An untrusted entry is always re-hashed.
 * The limit: the cache folder's file system and the project's must share a clock within
 * RACY_MS (a network file system whose server clock lags further is not detected).
 */
import type * as Crypto from "node:crypto";
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, type Stats } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Diagnostic } from "../compiler/diagnostics.js";
import type { InputObserver } from "../compiler/read/source.js";
import { packageFile } from "../package-root.js";
import { JOURNAL_NAME, LOCK_NAME, MANIFEST_NAME, STAGING_PATTERN } from "../write/paths.js";

const FORMAT = "litellm-gitops build state 1";
/** How much older than the marker a file's mtime and ctime must be for its fingerprint to be trusted. */
export const RACY_MS = 2000;
let racyMs = RACY_MS;

/** Tests only: a window of 0 makes every fingerprint taken before the marker trusted, so that a test exercises the stat-only path without waiting. */
export function setRacyWindow(ms: number): void {
  racyMs = ms;
}
const HOUR = 3_600_000;
/** States unused for this long are deleted when another state of the folder is written. */
const TTL_MS = 7 * 24 * HOUR;

// Set by scripts/bundle.mjs: the package version and a hash of the sources, data and schemas the bundle was built from.
declare const __LITELLM_GITOPS_BUILD__: string | undefined;

/** Length of a SHA-256 in base64url; NO_HASH stands for "not read" (a file too large to read). */
const HASH_LENGTH = 43;
const NO_HASH = "!".repeat(HASH_LENGTH);

/**
 * Fingerprints of files, by column: a state holds one per input file, 10,000 and more, and
 * columns of numbers parse fast and allocate little (one array per column, not per file).
 */
class Fingerprints {
  readonly paths: string[] = [];
  private readonly size: number[] = [];
  private readonly mtime: number[] = [];
  private readonly ctime: number[] = [];
  private readonly ino: number[] = [];
  private readonly dev: number[] = [];
  private readonly trusted: number[] = [];
  private hashes = "";

  get length(): number {
    return this.paths.length;
  }

  add(file: string, stats: Stats, hash: string | null, marker: number): void {
    this.paths.push(file);
    this.hashes += hash ?? NO_HASH;
    this.size.push(0);
    this.mtime.push(0);
    this.ctime.push(0);
    this.ino.push(0);
    this.dev.push(0);
    this.trusted.push(0);
    this.restat(this.paths.length - 1, stats, marker);
  }

  /** A new stat for the same content; trusted only when older than the marker (see "racy" above). */
  restat(i: number, stats: Stats, marker: number): void {
    this.size[i] = stats.size;
    this.mtime[i] = stats.mtimeMs;
    this.ctime[i] = stats.ctimeMs;
    this.ino[i] = stats.ino;
    this.dev[i] = stats.dev;
    this.trusted[i] = Math.max(stats.mtimeMs, stats.ctimeMs) < marker - racyMs ? 1 : 0;
  }

  /** Whether the file is unchanged since it was fingerprinted, from its stat alone. */
  holds(i: number, stats: Stats): boolean {
    return (
      this.trusted[i] === 1 &&
      this.size[i] === stats.size &&
      this.mtime[i] === stats.mtimeMs &&
      this.ctime[i] === stats.ctimeMs &&
      this.ino[i] === stats.ino &&
      this.dev[i] === stats.dev
    );
  }

  /** The content's SHA-256, or null when it was not read. */
  hash(i: number): string | null {
    const hash = this.hashes.slice(i * HASH_LENGTH, (i + 1) * HASH_LENGTH);
    return hash === NO_HASH ? null : hash;
  }

  sizeOf(i: number): number {
    return this.size[i]!;
  }

  toJSON(): object {
    const { size, mtime, ctime, ino, dev, trusted, hashes } = this;
    return { paths: this.paths.join("\n"), size, mtime, ctime, ino, dev, trusted, hashes };
  }

  /** Undefined when the value is not what toJSON wrote. */
  static fromJSON(value: unknown): Fingerprints | undefined {
    if (typeof value !== "object" || value === null) return undefined;
    const v = value as Record<string, unknown>;
    if (typeof v.paths !== "string" || typeof v.hashes !== "string") return undefined;
    const f = new Fingerprints();
    const paths = v.paths === "" ? [] : v.paths.split("\n");
    if (v.hashes.length !== paths.length * HASH_LENGTH) return undefined;
    for (const column of ["size", "mtime", "ctime", "ino", "dev", "trusted"] as const) {
      const numbers = v[column];
      if (!Array.isArray(numbers) || numbers.length !== paths.length || !numbers.every((n) => typeof n === "number")) return undefined;
      f[column].push(...(numbers as number[]));
    }
    f.paths.push(...paths);
    f.hashes = v.hashes;
    return f;
  }
}

interface State {
  format: string;
  build: string;
  key: string;
  /** How many output files (the manifest not counted): what the build prints. */
  files: number;
  /** The build's warnings, and the text of each file they name (for code frames): printed again as they were. */
  diagnostics: Diagnostic[];
  sources: Record<string, string>;
  /** Absolute paths, in discover's order. */
  inputs: Fingerprints;
  /**
   * The folders discover listed (absolute; hash null): while each is unchanged and trusted,
   * its entries are the same, so the inputs found are the same without listing them again.
   */
  folders: Fingerprints;
  /** Relative to the output folder, the manifest included. */
  outputs: Fingerprints;
  /** Output folders, relative ("" is the output folder itself): [path, ino, dev]. */
  dirs: Array<[string, number, number]>;
}

let crypto: typeof Crypto | undefined;

function sha256(data: Buffer | string): string {
  crypto ??= createRequire(import.meta.url)("node:crypto") as typeof Crypto;
  return typeof crypto.hash === "function" ? crypto.hash("sha256", data, "base64url") : crypto.createHash("sha256").update(data).digest("base64url");
}

let identity: string | null | undefined;

/**
 * What the output depends on besides the inputs: the compiler's code, data files and schemas.
 * Bundled: the hash scripts/bundle.mjs computed. Unbundled (tests): a hash of src/, data/ and
 * schemas/ and the yaml version. Null when it cannot be known: no shortcut then.
 */
function compilerIdentity(): string | null {
  if (identity !== undefined) return identity;
  try {
    if (typeof __LITELLM_GITOPS_BUILD__ === "string") return (identity = `bundle ${__LITELLM_GITOPS_BUILD__}`);
    const parts: string[] = [];
    for (const folder of ["src", "data", "schemas"]) {
      const root = packageFile(`${folder}/`);
      const files = readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath, e.name))
        .sort();
      for (const file of files) parts.push(file, readFileSync(file, "utf8"));
    }
    parts.push((createRequire(import.meta.url)("yaml/package.json") as { version: string }).version);
    identity = `source ${sha256(parts.join("\0"))}`;
  } catch {
    identity = null;
  }
  return identity;
}

/** The bytes of a file and its stat taken before reading (see "racy" above); undefined when it cannot be read. */
function readWithStat(file: string, follow: boolean): { stats: Stats; bytes: Buffer } | undefined {
  let fd: number | undefined;
  try {
    if (!follow && !lstatSync(file).isFile()) return undefined;
    fd = openSync(file, "r");
    const stats = fstatSync(fd);
    if (!stats.isFile()) return undefined;
    return { stats, bytes: readFileSync(fd) };
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface UpToDate {
  files: number;
  diagnostics: Diagnostic[];
  sources: Map<string, string>;
}

export interface StateKey {
  cwd: string;
  paths: readonly string[];
  out: string;
  strict: boolean;
  target: string | undefined;
}

/** The state of one output folder built with one set of options, in a cache folder. */
export class BuildState {
  private constructor(
    private readonly build: string,
    private readonly key: string,
    private readonly file: string,
    private readonly out: string,
  ) {}

  /** Undefined when the compiler's identity is unknown. Reads nothing yet. */
  static open(cacheDir: string, key: StateKey): BuildState | undefined {
    const build = compilerIdentity();
    if (build === null) return undefined;
    const keyText = JSON.stringify([key.cwd, key.paths, key.out, key.strict, key.target ?? null]);
    const folder = path.join(cacheDir, `build-${sha256(build).slice(0, 16)}`);
    return new BuildState(build, keyText, path.join(folder, `${sha256(keyText).slice(0, 32)}.json`), key.out);
  }

  private load(): State | undefined {
    try {
      const data = JSON.parse(readFileSync(this.file, "utf8")) as Record<string, unknown>;
      if (data.format !== FORMAT || data.build !== this.build || data.key !== this.key) return undefined;
      const [inputs, folders, outputs] = [data.inputs, data.folders, data.outputs].map((v) => Fingerprints.fromJSON(v));
      if (!inputs || !folders || !outputs || !Array.isArray(data.dirs) || typeof data.files !== "number") return undefined;
      if (!Array.isArray(data.diagnostics) || typeof data.sources !== "object" || data.sources === null) return undefined;
      return {
        format: FORMAT,
        build: this.build,
        key: this.key,
        files: data.files,
        diagnostics: data.diagnostics as Diagnostic[],
        sources: data.sources as Record<string, string>,
        inputs,
        folders,
        outputs,
        dirs: data.dirs as State["dirs"],
      };
    } catch {
      return undefined;
    }
  }

  /**
   * What the last full build reported (its number of output files, its warnings and the texts
   * they quote) when the output folder is known up to date; else undefined.
   * `discover` finds the inputs as the compiler does (undefined when it reports anything); it
   * runs only when a folder it listed last time changed, or when `listed` is false (a glob
   * among the paths: fast-glob decides, not our folders). Reads no file whose fingerprint is
   * trusted and unchanged, writes nothing to the output folder.
   */
  upToDate(discover: (onFolder: (dir: string) => void) => string[] | undefined, listed: boolean): UpToDate | undefined {
    const state = this.load();
    if (state === undefined) return undefined;
    try {
      if (readdirSync(this.out).some((name) => name === JOURNAL_NAME || name === LOCK_NAME || STAGING_PATTERN.test(name))) return undefined;
      for (const [rel, ino, dev] of state.dirs) {
        const stats = rel === "" ? statSync(this.out) : lstatSync(path.join(this.out, rel));
        if (!stats.isDirectory() || stats.ino !== ino || stats.dev !== dev) return undefined;
      }
    } catch {
      return undefined;
    }
    // Entries whose stat moved or that were never trusted: decided by their content below.
    const doubtful: Array<{ list: Fingerprints; index: number; file: string; follow: boolean }> = [];
    const scan = (list: Fingerprints, prefix: string, follow: boolean): boolean => {
      for (let i = 0; i < list.length; i++) {
        const file = prefix + list.paths[i]!;
        let stats: Stats;
        try {
          stats = follow ? statSync(file) : lstatSync(file);
        } catch {
          return false;
        }
        if (!stats.isFile()) return false;
        if (list.holds(i, stats)) continue;
        if (list.hash(i) === null || stats.size !== list.sizeOf(i)) return false;
        doubtful.push({ list, index: i, file, follow });
      }
      return true;
    };
    if (!scan(state.inputs, "", true) || !scan(state.outputs, this.out + path.sep, false)) return undefined;
    const foldersSame =
      listed &&
      state.folders.paths.every((dir, i) => {
        try {
          const stats = lstatSync(dir);
          return stats.isDirectory() && state.folders.holds(i, stats);
        } catch {
          return false;
        }
      });
    if (doubtful.length > 0 || !foldersSame) {
      // Same inputs, same bytes under a new stat: still up to date; the refreshed state saves the next run the work.
      const marker = this.marker();
      if (!foldersSame) {
        const folders: string[] = [];
        const inputs = discover((dir) => folders.push(dir));
        if (inputs === undefined || inputs.length !== state.inputs.length || inputs.some((file, i) => state.inputs.paths[i] !== file)) {
          if (marker !== undefined) rmSync(marker.temp, { force: true });
          return undefined;
        }
        state.folders = new Fingerprints();
        try {
          for (const dir of folders) state.folders.add(dir, lstatSync(dir), null, marker?.time ?? -Infinity);
        } catch {
          state.folders = new Fingerprints();
        }
      }
      for (const d of doubtful) {
        const read = readWithStat(d.file, d.follow);
        if (read === undefined || sha256(read.bytes) !== d.list.hash(d.index)) {
          if (marker !== undefined) rmSync(marker.temp, { force: true });
          return undefined;
        }
        d.list.restat(d.index, read.stats, marker?.time ?? -Infinity);
      }
      if (marker !== undefined) this.save(state, marker.temp);
    } else {
      this.touch();
    }
    return { files: state.files, diagnostics: state.diagnostics, sources: new Map(Object.entries(state.sources)) };
  }

  /**
   * Starts recording a full build: takes the marker before the build reads anything. Undefined
   * when the cache folder cannot be written (no state then).
   */
  record(): StateRecorder | undefined {
    const marker = this.marker();
    return marker === undefined ? undefined : new StateRecorder(this, marker.temp, marker.time);
  }

  /** Creates the temp file the state will be written to; its mtime is the marker. */
  private marker(): { temp: string; time: number } | undefined {
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const temp = `${this.file}.tmp-${process.pid}-${Date.now().toString(36)}`;
      writeFileSync(temp, "");
      return { temp, time: statSync(temp).mtimeMs };
    } catch {
      return undefined;
    }
  }

  /** @internal Writes a state by its temp file (the marker), then sweeps old states of the folder. */
  save(state: Omit<State, "format" | "build" | "key">, temp: string): void {
    try {
      writeFileSync(temp, JSON.stringify({ format: FORMAT, build: this.build, key: this.key, ...state }));
      renameSync(temp, this.file);
    } catch {
      rmSync(temp, { force: true });
      return;
    }
    this.sweep();
  }

  /** Last use is the state file's mtime (for the sweep); stamped at most hourly. */
  private touch(): void {
    try {
      const now = Date.now();
      if (statSync(this.file).mtimeMs < now - HOUR) utimesSync(this.file, now / 1000, now / 1000);
    } catch {
      // a read-only cache still serves
    }
  }

  /**
   * States unused for a week (of other output folders, or of other compiler builds: an upgraded
   * compiler never reads them), and temp files of dead runs, go. Best effort.
   */
  private sweep(): void {
    const folder = path.dirname(this.file);
    const now = Date.now();
    const sweepFolder = (dir: string): boolean => {
      let kept = false;
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        const age = now - statSync(file).mtimeMs;
        if (age > TTL_MS || (name.includes(".tmp-") && age > HOUR)) rmSync(file, { force: true });
        else kept = true;
      }
      return kept;
    };
    try {
      sweepFolder(folder);
      const cache = path.dirname(folder);
      for (const name of readdirSync(cache)) {
        const other = path.join(cache, name);
        if (name.startsWith("build-") && other !== folder && statSync(other).isDirectory() && !sweepFolder(other)) rmSync(other, { recursive: true, force: true });
      }
    } catch {
      // best effort
    }
  }

  /** @internal */
  get outFolder(): string {
    return this.out;
  }

  /** @internal */
  discard(temp: string): void {
    rmSync(temp, { force: true });
  }
}

/** Collects the fingerprints of a full build; `save` writes them once the build is known clean. */
export class StateRecorder implements InputObserver {
  private readonly inputs = new Fingerprints();
  private readonly folders: string[] = [];

  constructor(
    private readonly state: BuildState,
    private readonly temp: string,
    private readonly marker: number,
  ) {}

  folder(absolute: string): void {
    this.folders.push(absolute);
  }

  file(file: string, stats: Stats, bytes: Buffer | undefined): void {
    this.inputs.add(file, stats, bytes === undefined ? null : sha256(bytes), this.marker);
  }

  /**
   * Records that the output folder now holds exactly `files` (and its manifest) for the inputs
   * seen, and that the build reported `diagnostics` (warnings; `sources` holds the texts read).
   * Call only after a build with no error: the read stage then saw every discovered file (a
   * file it cannot read is an error), in discover's order. Never throws.
   */
  save(files: ReadonlyMap<string, string>, diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>): void {
    const out = this.state.outFolder;
    try {
      const outputs = new Fingerprints();
      const dirs = new Set<string>([""]);
      for (const [rel, text] of files) {
        const stats = lstatSync(path.join(out, rel));
        if (!stats.isFile()) return this.state.discard(this.temp);
        outputs.add(rel, stats, sha256(Buffer.from(text, "utf8")), this.marker);
        for (let i = rel.indexOf("/"); i >= 0; i = rel.indexOf("/", i + 1)) dirs.add(rel.slice(0, i));
      }
      const manifest = readWithStat(path.join(out, MANIFEST_NAME), false);
      if (manifest === undefined) return this.state.discard(this.temp);
      outputs.add(MANIFEST_NAME, manifest.stats, sha256(manifest.bytes), this.marker);
      const dirEntries: Array<[string, number, number]> = [...dirs].sort().map((rel) => {
        const stats = rel === "" ? statSync(out) : lstatSync(path.join(out, rel));
        if (!stats.isDirectory()) throw new Error(`${rel} is not a folder`);
        return [rel, stats.ino, stats.dev];
      });
      const folders = new Fingerprints();
      for (const dir of this.folders) folders.add(dir, lstatSync(dir), null, this.marker);
      const quoted: Record<string, string> = {};
      for (const d of diagnostics) {
        const text = sources.get(d.file);
        if (text !== undefined) quoted[d.file] = text;
      }
      this.state.save({ files: files.size, diagnostics: [...diagnostics], sources: quoted, inputs: this.inputs, folders, outputs, dirs: dirEntries }, this.temp);
    } catch {
      this.state.discard(this.temp);
    }
  }

  /** The build was not clean: no state. */
  discard(): void {
    this.state.discard(this.temp);
  }
}
