// The pre-commit hooks, run by the REAL pre-commit (Debian package `pre-commit`; .ci/run
// installs it) against this repository as the hook repository. pre-commit installs a
// `language: node` hook the way it installs it for users: a git clone of the hook repository
// at `rev`, `npm install` in it (which builds dist/ through `prepare`), `npm pack`, and a
// global install of the tarball into its own node environment. So this test covers what a
// user's first `pre-commit run` does, and fails if the package is not installable that way.
//
// The hook repository is a snapshot of the CURRENT working tree (tracked and untracked,
// ignored files left out) committed into a scratch repository, so uncommitted work is tested.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PRE_COMMIT = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
const HAVE_PRE_COMMIT = PRE_COMMIT.status === 0;
if (!HAVE_PRE_COMMIT) {
  // Loud, so a skipped run is not mistaken for a passing one. .ci/run installs pre-commit.
  console.warn("test/precommit.test.ts SKIPPED: no `pre-commit` on PATH (apt-get install -y pre-commit)");
}

const GIT_ID = ["-c", "user.name=litellm-gitops test", "-c", "user.email=test@litellm-gitops.invalid", "-c", "commit.gpgsign=false"];

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", [...GIT_ID, ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function commitAll(cwd: string, message: string): string {
  git(cwd, "add", "-A");
  git(cwd, "commit", "-q", "--no-verify", "-m", message);
  return git(cwd, "rev-parse", "HEAD").trim();
}

/** Copies the working tree's tracked and untracked, not-ignored files (node_modules, dist: left out). */
function snapshotWorkingTree(to: string): void {
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" });
  for (const file of new Set(listed.split("\0").filter((f) => f !== ""))) {
    const from = path.join(ROOT, file);
    const dest = path.join(to, file);
    let stat;
    try {
      stat = lstatSync(from);
    } catch {
      continue; // deleted in the working tree, or a file another test made and removed meanwhile
    }
    mkdirSync(path.dirname(dest), { recursive: true });
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), dest);
    else if (stat.isFile()) cpSync(from, dest);
  }
}

interface Run {
  code: number;
  output: string;
}

describe.skipIf(!HAVE_PRE_COMMIT)("pre-commit hooks (.pre-commit-hooks.yaml)", { timeout: 600_000 }, () => {
  let scratch: string;
  let project: string;
  let env: NodeJS.ProcessEnv;
  let installSeconds = 0;

  function preCommit(...args: string[]): Run {
    const result = spawnSync("pre-commit", ["run", "--color", "never", ...args], { cwd: project, env, encoding: "utf8", maxBuffer: 64 << 20 });
    return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
  }

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), "lg-precommit-"));
    const hookRepo = path.join(scratch, "hook-repo");
    mkdirSync(hookRepo);
    snapshotWorkingTree(hookRepo);
    git(hookRepo, "init", "-q");
    const rev = commitAll(hookRepo, "snapshot of the working tree");

    // A user's project: the quickstart, its rendered tree committed, and both hooks configured.
    project = path.join(scratch, "project");
    cpSync(path.join(ROOT, "examples/quickstart"), project, { recursive: true, filter: (src) => !src.includes(`${path.sep}rendered`) });
    execFileSync(process.execPath, [path.join(ROOT, "bin/litellm-gitops.js"), "build"], { cwd: project, stdio: "ignore" });
    writeFileSync(
      path.join(project, ".pre-commit-config.yaml"),
      `repos:\n  - repo: ${JSON.stringify(hookRepo)}\n    rev: ${rev}\n    hooks:\n      - id: litellm-gitops-validate\n      - id: litellm-gitops-check\n`,
    );
    git(project, "init", "-q");
    commitAll(project, "project");

    env = {
      ...process.env,
      // Its own cache of hook environments: one install, shared by every case below.
      PRE_COMMIT_HOME: path.join(scratch, "pre-commit-home"),
      // npm's cache is warm after `npm ci`: no registry round trip for what it already has.
      npm_config_prefer_offline: "true",
      npm_config_audit: "false",
      npm_config_fund: "false",
      npm_config_update_notifier: "false",
      NO_COLOR: "1",
    };
    const started = Date.now();
    const install = spawnSync("pre-commit", ["install-hooks"], { cwd: project, env, encoding: "utf8" });
    installSeconds = (Date.now() - started) / 1000;
    if (install.status !== 0) {
      const log = readFileOr(path.join(env.PRE_COMMIT_HOME!, "pre-commit.log"));
      throw new Error(`pre-commit install-hooks failed:\n${install.stdout}${install.stderr}\n${log}`);
    }
  }, 600_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    if (installSeconds > 0) console.info(`pre-commit hook environment installed in ${installSeconds.toFixed(1)} s`);
  });

  it("declares node hooks on the system node that compile the whole project", () => {
    const hooks = parse(readFileSync(path.join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Array<Record<string, unknown>>;
    expect(hooks.map((h) => h.id)).toEqual(["litellm-gitops-validate", "litellm-gitops-check"]);
    for (const hook of hooks) {
      expect(hook).toMatchObject({ language: "node", language_version: "system", pass_filenames: false });
    }
  });

  it("passes on a valid project with an up-to-date rendered tree", () => {
    const run = preCommit("--all-files");
    expect(run.output).toMatch(/litellm-gitops validate\.+Passed/);
    expect(run.output).toMatch(/litellm-gitops build --check\.+Passed/);
    expect(run.code).toBe(0);
  });

  it("validates the whole project when only one file changed (cross-file references)", () => {
    // The Model's instance lives in instance.yaml, which is not among the files passed.
    const run = preCommit("--files", "models/gpt-4o.yaml");
    expect(run.output).toMatch(/litellm-gitops validate\.+Passed/);
    expect(run.code).toBe(0);
  });

  it("fails on an invalid project, naming the file", () => {
    const file = path.join(project, "models/gpt-4o.yaml");
    const original = readFileSync(file, "utf8");
    try {
      writeFileSync(file, original.replace(/name: gateway\n/, "name: gateway-typo\n"));
      git(project, "add", "-A");
      const run = preCommit("--all-files");
      expect(run.code).toBe(1);
      expect(run.output).toMatch(/litellm-gitops validate\.+Failed/);
      expect(run.output).toContain("models/gpt-4o.yaml:");
      expect(run.output).toContain("LG3001");
    } finally {
      writeFileSync(file, original);
      git(project, "add", "-A");
    }
  });

  it("fails the check hook when the rendered tree is stale, naming the stale files", () => {
    const file = path.join(project, "compiler-config.yaml");
    const original = readFileSync(file, "utf8");
    try {
      writeFileSync(file, original.replace("refreshInterval: 1h", "refreshInterval: 2h"));
      git(project, "add", "-A");
      const run = preCommit("--all-files");
      expect(run.code).toBe(1);
      expect(run.output).toMatch(/litellm-gitops validate\.+Passed/);
      expect(run.output).toMatch(/litellm-gitops build --check\.+Failed/);
      expect(run.output).toMatch(/stale: rendered\/ai-platform\/gateway\/externalsecret-[a-z0-9-]+\.yaml/);
    } finally {
      writeFileSync(file, original);
      git(project, "add", "-A");
    }
  });
});

function readFileOr(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
