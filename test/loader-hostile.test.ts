// Issue 12, class 4: files the loader must not skip silently, and what every command prints
// for a broken input with --format json. Each case was "valid", exit 0 (or an internal error,
// or text where JSON was asked for) on the main before it.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/compiler/diagnostics.js";
import { freshBin } from "./support/bin.js";
import { cli } from "./support/cli.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) {
    try {
      chmodSync(t, 0o755);
    } catch {
      // already gone
    }
    rmSync(t, { recursive: true, force: true });
  }
});

function quickstart(): string {
  const tmp = mkdtempSync(path.join(tmpdir(), "lg-loader-"));
  temps.push(tmp);
  const dir = path.join(tmp, "qs");
  cpSync(path.join(ROOT, "examples/quickstart"), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}rendered`) });
  return dir;
}

async function json(dir: string, argv: string[]): Promise<{ code: number; diagnostics: Diagnostic[]; stderr: string }> {
  const run = await cli(dir, [...argv, "--format", "json"]);
  return { code: run.code, diagnostics: JSON.parse(run.stdout) as Diagnostic[], stderr: run.stderr };
}

describe("files that are not regular files", { timeout: 30_000 }, () => {
  it.each(["models/x.yaml", "x.yml", "deep/er/x.yaml"])("a FIFO named %s: LG1001 naming it, and no hang", async (name) => {
    const dir = quickstart();
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    execFileSync("mkfifo", [path.join(dir, name)]);
    const { code, diagnostics } = await json(dir, ["validate"]);
    expect(code).toBe(1);
    expect(diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([["LG1001", name, "not a regular file: a FIFO (named pipe)"]]);
  });

  it("a socket named models/x.yaml: LG1001", async () => {
    const dir = quickstart();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(dir, "models/x.yaml"), resolve));
    try {
      const { code, diagnostics } = await json(dir, ["validate"]);
      expect(code).toBe(1);
      expect(diagnostics.map((d) => [d.code, d.file, d.message])).toEqual([["LG1001", "models/x.yaml", "not a regular file: a socket"]]);
    } finally {
      server.close();
    }
  });

  it("a symbolic link to a FIFO: LG1001; a folder named x.yaml: nothing (folders are walked)", async () => {
    const dir = quickstart();
    execFileSync("mkfifo", [path.join(dir, "..", "pipe")]);
    symlinkSync(path.join(dir, "..", "pipe"), path.join(dir, "models/link.yaml"));
    mkdirSync(path.join(dir, "folder.yaml"));
    const { diagnostics } = await json(dir, ["validate"]);
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([["LG1001", "models/link.yaml"]]);
  });

  it("list leaves nothing out silently: the error instead of a shorter list", async () => {
    const dir = quickstart();
    execFileSync("mkfifo", [path.join(dir, "models/x.yaml")]);
    const run = await cli(dir, ["list"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("models/x.yaml error LG1001 not a regular file: a FIFO (named pipe)");
  });
});

describe("UTF-16 without a byte order mark", { timeout: 30_000 }, () => {
  it.each([["utf16le", "UTF-16LE"], ["utf16be", "UTF-16BE"]] as const)("%s: LG1002, and list does not silently lack the model", async (encoding, shown) => {
    const dir = quickstart();
    const text = readFileSync(path.join(dir, "models/gpt-4o.yaml"), "utf8");
    const bytes = Buffer.from(text, "utf16le");
    if (encoding === "utf16be") bytes.swap16();
    writeFileSync(path.join(dir, "models/gpt-4o.yaml"), bytes);
    const { code, diagnostics } = await json(dir, ["validate"]);
    expect(code).toBe(1);
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column, d.message])).toEqual([
      ["LG1002", "models/gpt-4o.yaml", 1, 1, `file is ${shown} without a byte order mark, not UTF-8`],
    ]);
    expect((await cli(dir, ["list"])).code).toBe(1);
  });

  it("a binary file with NUL bytes that is not ours is still skipped", async () => {
    const dir = quickstart();
    writeFileSync(path.join(dir, "blob.yaml"), Buffer.from([0, 1, 2, 0, 0, 0, 255, 0]));
    writeFileSync(path.join(dir, "other.yaml"), Buffer.from("kind: ConfigMap\n", "utf16le"));
    const { code, diagnostics } = await json(dir, ["validate"]);
    expect([code, diagnostics]).toEqual([0, []]);
  });
});

describe("a folder that cannot be read (EACCES, as a non-root user)", { timeout: 30_000 }, () => {
  it("is LG1001 naming it, not an internal error", async () => {
    const dir = quickstart();
    chmodSync(path.dirname(dir), 0o755);
    chmodSync(path.join(dir, "models"), 0o000);
    // Root reads any folder: run the real CLI as nobody (uid 65534), which root can start.
    const bin = await freshBin();
    const asNobody = process.getuid?.() === 0;
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, "validate", "--format", "json"], {
        cwd: dir,
        stdio: ["ignore", "pipe", "pipe"],
        ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
    expect(run.stderr).not.toContain("internal error");
    expect(run.code, run.stderr).toBe(1);
    const diagnostics = JSON.parse(run.stdout) as Diagnostic[];
    expect(diagnostics.map((d) => [d.code, d.file, d.message])).toContainEqual(["LG1001", "models", "cannot read folder (EACCES)"]);
  }, 120_000);
});

describe("nothing of ours to check", { timeout: 30_000 }, () => {
  it.each([
    ["a folder of other YAML", { "kustomization.yaml": "resources: []\n", "ns.yaml": "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: litellm\n" }],
    ["an empty folder", {}],
    ["a folder without YAML", { "README.md": "# hello\n" }],
  ])("%s: a warning (LG1020), exit 0; with --strict exit 1", async (_what, files) => {
    const tmp = mkdtempSync(path.join(tmpdir(), "lg-none-"));
    temps.push(tmp);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(tmp, name), text);
    const { code, diagnostics } = await json(tmp, ["validate"]);
    expect(code).toBe(0);
    expect(diagnostics.map((d) => [d.code, d.severity, d.file, d.line])).toEqual([["LG1020", "warning", ".", 0]]);
    const text = await cli(tmp, ["validate"]);
    expect(text.stderr).toContain(". warning LG1020 no LiteLLMInstance, Model, CompilerConfig or other resource of ours in the current folder");
    expect(text.stderr).not.toContain("valid\n");
    expect((await cli(tmp, ["validate", "--strict"])).code).toBe(1);
  });

  it("a folder given that holds nothing of ours names it", async () => {
    const dir = quickstart();
    mkdirSync(path.join(dir, "empty"));
    const { diagnostics } = await json(dir, ["validate", "empty"]);
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([["LG1020", "empty"]]);
  });

  it("a missing absolute path: LG1008, exit 1", async () => {
    const dir = quickstart();
    const missing = path.join(dir, "no", "such", "folder");
    const { code, diagnostics } = await json(dir, ["validate", missing]);
    expect(code).toBe(1);
    expect(diagnostics.map((d) => d.code)).toEqual(["LG1008"]);
  });
});

describe("--format json on invalid input: the diagnostics as JSON on stdout, for every command", { timeout: 30_000 }, () => {
  it.each([["validate"], ["build"], ["render"], ["list"], ["secrets"], ["build --check"], ["diff --base HEAD"]])("%s", async (command) => {
    const dir = quickstart();
    execFileSync("git", ["init", "-q"], { cwd: dir });
    execFileSync("git", ["-c", "user.email=t@t", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "x"], { cwd: dir });
    writeFileSync(path.join(dir, "models/gpt-4o.yaml"), readFileSync(path.join(dir, "models/gpt-4o.yaml"), "utf8").replace("rpm: 5000", "rpm: lots"));
    const run = await cli(dir, [...command.split(" "), "--format", "json"]);
    expect(run.code).toBe(1);
    const parsed = JSON.parse(run.stdout) as Diagnostic[] | { diagnostics: Diagnostic[] };
    const diagnostics = Array.isArray(parsed) ? parsed : parsed.diagnostics;
    expect(diagnostics.map((d) => [d.code, d.file])).toContainEqual(["LG2002", "models/gpt-4o.yaml"]);
  });
});
