/**
 * Fetches the base side of `litellm-gitops diff`: the YAML files under the given paths as they
 * are at a Git revision, written into a scratch folder so that the compiler reads them exactly
 * as it reads the working tree. The only impure module of src/diff/.
 *
 * `git ls-tree` + `git cat-file --batch` rather than `git archive | tar`: no dependency on a
 * tar binary, only the YAML files are extracted (not a monorepo's whole subtree), and a path
 * that does not exist at the revision lists nothing instead of failing.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export class GitError extends Error {
  constructor(
    message: string,
    /** unknown-ref: the revision does not name a commit; not-a-repo: cwd is not in a work tree. */
    readonly kind: "not-a-repo" | "unknown-ref" | "outside" | "failed",
  ) {
    super(message);
  }
}

function git(args: string[], cwd: string, env: NodeJS.ProcessEnv, input?: Buffer): { ok: boolean; stdout: Buffer; stderr: string } {
  const result = spawnSync("git", args, { cwd, env, input, maxBuffer: 1 << 30 });
  if (result.error) throw new GitError(`cannot run git: ${result.error.message}`, "failed");
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr.toString("utf8").trim() };
}

export interface Repository {
  /** The work tree's top folder, spelled relative to `cwd` as the user's cwd spells it (symlinks kept). */
  root: string;
  /** cwd relative to root, POSIX separators, "" at the top. */
  prefix: string;
}

export function repositoryOf(cwd: string, env: NodeJS.ProcessEnv): Repository {
  const r = git(["rev-parse", "--show-cdup", "--show-prefix"], cwd, env);
  if (!r.ok) throw new GitError(`${cwd} is not inside a Git work tree (${r.stderr})`, "not-a-repo");
  const [cdup = "", prefix = ""] = r.stdout.toString("utf8").split("\n");
  return { root: path.resolve(cwd, cdup), prefix: prefix.replace(/\/$/, "") };
}

/** The commit `ref` names; GitError "unknown-ref" when it names none. */
export function resolveCommit(repo: Repository, ref: string, env: NodeJS.ProcessEnv): string {
  // `--end-of-options` so a ref that starts with "-" is a ref, never an option.
  const r = git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], repo.root, env);
  if (!r.ok) throw new GitError(`unknown revision "${ref}": no commit by that name in ${repo.root}`, "unknown-ref");
  return r.stdout.toString("utf8").trim();
}

const GLOB_CHARS = /[*?[\]{}()!]/;

/** The folder part of a path or glob before its first glob character ("models/*.yaml" → "models"). */
export function staticBase(p: string): string {
  const segments = p.split(/[\\/]/);
  const fixed: string[] = [];
  for (const s of segments) {
    if (GLOB_CHARS.test(s)) break;
    fixed.push(s);
  }
  return fixed.join("/") || (p.startsWith("/") ? "/" : ".");
}

export interface ExtractOptions {
  /** The user's paths (files, folders, globs), relative to cwd; empty means cwd. */
  paths: readonly string[];
  cwd: string;
  /** Folders not to extract (the output folder), absolute. The compiler excludes them too. */
  exclude: readonly string[];
  /** The scratch folder; the base tree lands in it at the same repository-relative paths. */
  dest: string;
}

export interface Extracted {
  /** Where cwd's counterpart is in dest. */
  cwd: string;
  /** The user's paths rewritten for the base tree (absolute ones moved into dest). */
  paths: string[];
  /** Number of files extracted. */
  files: number;
}

/** Writes `commit`'s YAML files under the paths into `dest`, at their repository-relative places. */
export function extractYamlAt(repo: Repository, commit: string, env: NodeJS.ProcessEnv, options: ExtractOptions): Extracted {
  const toRepo = (abs: string): string => {
    const rel = path.relative(repo.root, abs);
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new GitError(`${abs} is outside the Git repository ${repo.root}`, "outside");
    return rel.split(path.sep).join("/");
  };
  const given = options.paths.length > 0 ? options.paths : ["."];
  const roots = given.map((p) => toRepo(path.resolve(options.cwd, staticBase(p))));
  const named = new Set(given.filter((p) => !GLOB_CHARS.test(p)).map((p) => toRepo(path.resolve(options.cwd, p))));
  const excluded = options.exclude.map((e) => toRepoOrNull(repo.root, e)).filter((e): e is string => e !== null);

  // --literal-pathspecs: the roots are plain paths; a `*` in a folder name is a character.
  const pathspecs = roots.includes("") ? [] : [...new Set(roots)];
  const listing = git(["--literal-pathspecs", "ls-tree", "-r", "-z", commit, "--", ...pathspecs], repo.root, env);
  if (!listing.ok) throw new GitError(`git ls-tree failed: ${listing.stderr}`, "failed");
  const blobs: Array<{ oid: string; file: string }> = [];
  for (const entry of listing.stdout.toString("utf8").split("\0")) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (!match || match[2] !== "blob" || match[1] === "120000") continue; // symlinks and submodules are not read
    const file = match[4]!;
    if (!wanted(file, named, excluded)) continue;
    blobs.push({ oid: match[3]!, file });
  }
  const contents = catFiles(repo, blobs.map((b) => b.oid), env);
  blobs.forEach((b, i) => {
    const target = path.join(options.dest, ...b.file.split("/"));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents[i]!);
  });

  const cwd = path.join(options.dest, ...(repo.prefix === "" ? [] : repo.prefix.split("/")));
  mkdirSync(cwd, { recursive: true });
  const paths = options.paths.map((p) => (path.isAbsolute(p) ? path.join(options.dest, toRepo(p)) : p));
  return { cwd, paths, files: blobs.length };
}

function toRepoOrNull(root: string, abs: string): string | null {
  const rel = path.relative(root, abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? null : rel.split(path.sep).join("/");
}

/** YAML files the loader would read, or files the user named; never under node_modules, .git or an excluded folder. */
function wanted(file: string, named: ReadonlySet<string>, excluded: readonly string[]): boolean {
  if (file.split("/").some((s) => s === "node_modules" || s === ".git")) return false;
  if (excluded.some((e) => e === "" || file === e || file.startsWith(`${e}/`))) return false;
  return /\.ya?ml$/.test(file) || named.has(file);
}

/** Blob contents, in order, from one `git cat-file --batch` run. */
function catFiles(repo: Repository, oids: readonly string[], env: NodeJS.ProcessEnv): Buffer[] {
  if (oids.length === 0) return [];
  const r = git(["cat-file", "--batch"], repo.root, env, Buffer.from(oids.join("\n") + "\n"));
  if (!r.ok) throw new GitError(`git cat-file failed: ${r.stderr}`, "failed");
  const out: Buffer[] = [];
  let at = 0;
  for (const oid of oids) {
    const eol = r.stdout.indexOf(0x0a, at);
    const header = r.stdout.subarray(at, eol).toString("utf8");
    const size = Number(/^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1]);
    if (!Number.isSafeInteger(size)) throw new GitError(`git cat-file: unexpected answer for ${oid}: ${header}`, "failed");
    out.push(r.stdout.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1; // content, then a newline
  }
  return out;
}
