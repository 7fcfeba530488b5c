import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { JOURNAL_NAME, LOCK_NAME, MANIFEST_NAME, OutputError, checkOutput, recover, writeOutput } from "../src/write/write.js";
import { contentTree, statTree, tempFolder, withoutManifest } from "./support/output-tree.js";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function temp(): string {
  const t = tempFolder();
  cleanups.push(t.cleanup);
  return t.path;
}

function outDir(): string {
  return join(temp(), "rendered");
}

const BASE: ReadonlyMap<string, string> = new Map([
  ["kustomization.yaml", "resources:\n- team-a/proxy\n- team-b/proxy\n"],
  ["team-a/proxy/kustomization.yaml", "resources:\n- deployment.yaml\n- service.yaml\n"],
  ["team-a/proxy/deployment.yaml", "kind: Deployment\n"],
  ["team-a/proxy/service.yaml", "kind: Service\n"],
  ["team-a/proxy/config.yaml", "model_list: []\r\nwindows: line endings\r\n"],
  ["team-a/proxy/helm/values.yaml", "image: x\n"],
  ["team-b/proxy/kustomization.yaml", "resources:\n- deployment.yaml\n"],
  ["team-b/proxy/deployment.yaml", "kind: Deployment\nname: b\n"],
]);

function without(files: ReadonlyMap<string, string>, ...paths: string[]): Map<string, string> {
  const out = new Map(files);
  for (const p of paths) out.delete(p);
  return out;
}

function withFiles(files: ReadonlyMap<string, string>, extra: Record<string, string>): Map<string, string> {
  return new Map([...files, ...Object.entries(extra)]);
}

function expectedTree(files: ReadonlyMap<string, string>): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const [path, text] of files) {
    tree[path] = Buffer.from(text, "utf8").toString("latin1");
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) tree[parts.slice(0, i).join("/")] = "<dir>";
  }
  return tree;
}

async function rejection(promise: Promise<unknown>): Promise<OutputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OutputError);
    return error as OutputError;
  }
  throw new Error("expected an OutputError");
}

describe("writeOutput", () => {
  it("writes every file with exact bytes and modes, and a deterministic manifest", async () => {
    const dir = outDir();
    const result = await writeOutput(dir, BASE);
    expect(result).toEqual({ written: [...BASE.keys()].sort(), removed: [], unchanged: [] });
    expect(withoutManifest(contentTree(dir))).toEqual(expectedTree(BASE));
    expect(readFileSync(join(dir, "team-a/proxy/config.yaml"), "utf8")).toBe("model_list: []\r\nwindows: line endings\r\n");
    for (const path of BASE.keys()) expect(statSync(join(dir, path)).mode & 0o777).toBe(0o644);
    for (const d of ["", "team-a", "team-a/proxy", "team-a/proxy/helm"]) expect(statSync(join(dir, d)).mode & 0o777).toBe(0o755);
    expect(readdirSync(dir).filter((n) => n.startsWith(".litellm-gitops-"))).toEqual([MANIFEST_NAME]);

    const manifest = readFileSync(join(dir, MANIFEST_NAME), "utf8");
    expect(JSON.parse(manifest)).toMatchObject({
      format: 1,
      files: [...BASE.keys()].sort(),
      dirs: ["team-a", "team-a/proxy", "team-a/proxy/helm", "team-b", "team-b/proxy"],
    });
    expect(manifest).not.toContain(dir);
    // The same files in another order, into another folder: the same manifest bytes.
    const other = outDir();
    await writeOutput(other, new Map([...BASE].reverse()));
    expect(readFileSync(join(other, MANIFEST_NAME), "utf8")).toBe(manifest);
  });

  it("writes nothing when nothing changed: mtimes and inodes stay", async () => {
    const dir = outDir();
    await writeOutput(dir, BASE);
    const before = statTree(dir);
    await new Promise((r) => setTimeout(r, 20)); // so that a rewrite would show in mtimes
    const result = await writeOutput(dir, new Map([...BASE].reverse()));
    expect(result).toEqual({ written: [], removed: [], unchanged: [...BASE.keys()].sort() });
    expect(statTree(dir)).toEqual(before);
  });

  it("rewrites only changed files", async () => {
    const dir = outDir();
    await writeOutput(dir, BASE);
    const before = statTree(dir);
    const next = withFiles(BASE, { "team-b/proxy/deployment.yaml": "kind: Deployment\nname: b2\n" });
    const result = await writeOutput(dir, next);
    expect(result.written).toEqual(["team-b/proxy/deployment.yaml"]);
    expect(result.removed).toEqual([]);
    const after = statTree(dir);
    for (const path of Object.keys(before)) {
      if (path === "team-b/proxy/deployment.yaml" || path === "team-b/proxy" || path === "") continue;
      expect(after[path], path).toBe(before[path]);
    }
    expect(withoutManifest(contentTree(dir))).toEqual(expectedTree(next));
  });

  it("removes exactly a file no longer produced, and its folder once empty", async () => {
    const dir = outDir();
    await writeOutput(dir, BASE);
    const before = statTree(dir);
    const next = without(BASE, "team-a/proxy/helm/values.yaml");
    const result = await writeOutput(dir, next);
    expect(result).toEqual({ written: [], removed: ["team-a/proxy/helm/values.yaml"], unchanged: [...next.keys()].sort() });
    expect(existsSync(join(dir, "team-a/proxy/helm"))).toBe(false);
    const after = statTree(dir);
    for (const path of Object.keys(after)) {
      if (path === "team-a/proxy" || path === MANIFEST_NAME) continue; // the folder lost an entry; the manifest changed
      expect(after[path], path).toBe(before[path]);
    }
    expect(withoutManifest(contentTree(dir))).toEqual(expectedTree(next));
    expect(JSON.parse(readFileSync(join(dir, MANIFEST_NAME), "utf8")).dirs).not.toContain("team-a/proxy/helm");
  });

  it("removes a whole instance, folders included", async () => {
    const dir = outDir();
    await writeOutput(dir, BASE);
    const next = without(BASE, "team-b/proxy/kustomization.yaml", "team-b/proxy/deployment.yaml");
    const result = await writeOutput(dir, next);
    expect(result.removed).toEqual(["team-b/proxy/deployment.yaml", "team-b/proxy/kustomization.yaml"]);
    expect(existsSync(join(dir, "team-b"))).toBe(false);
    expect(withoutManifest(contentTree(dir))).toEqual(expectedTree(next));
  });

  it("never touches user files, and keeps the folders that hold them", async () => {
    const root = temp();
    const dir = join(root, "rendered");
    mkdirSync(join(dir, "team-b/proxy"), { recursive: true });
    writeFileSync(join(dir, "README.md"), "mine\n");
    writeFileSync(join(dir, "team-b/proxy/.gitkeep"), "");
    await writeOutput(dir, BASE);
    writeFileSync(join(dir, "team-a/proxy/NOTES.txt"), "also mine\n");

    // team-b/proxy existed before the first build: it is the user's, and stays even when emptied of our files.
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_NAME), "utf8")) as { files: string[]; dirs: string[] };
    expect(manifest.dirs).toEqual(["team-a", "team-a/proxy", "team-a/proxy/helm"]);
    expect(manifest.files).not.toContain("README.md");

    const onlyB = new Map([...BASE].filter(([p]) => p.startsWith("team-b/") || p === "kustomization.yaml"));
    const r1 = await writeOutput(dir, onlyB);
    expect(r1.removed).toEqual(["team-a/proxy/config.yaml", "team-a/proxy/deployment.yaml", "team-a/proxy/helm/values.yaml", "team-a/proxy/kustomization.yaml", "team-a/proxy/service.yaml"]);
    // team-a/proxy is ours but holds NOTES.txt: kept; team-a/proxy/helm was emptied: gone.
    expect(contentTree(join(dir, "team-a"))).toEqual({ proxy: "<dir>", "proxy/NOTES.txt": "also mine\n" });

    const r2 = await writeOutput(dir, new Map([["kustomization.yaml", "resources: []\n"]]));
    expect(r2.removed).toEqual(["team-b/proxy/deployment.yaml", "team-b/proxy/kustomization.yaml"]);
    expect(withoutManifest(contentTree(dir))).toEqual({
      "README.md": "mine\n",
      "kustomization.yaml": "resources: []\n",
      "team-a": "<dir>",
      "team-a/proxy": "<dir>",
      "team-a/proxy/NOTES.txt": "also mine\n",
      "team-b": "<dir>",
      "team-b/proxy": "<dir>",
      "team-b/proxy/.gitkeep": "",
    });
    // And back again: the user's files are still there, untouched.
    await writeOutput(dir, BASE);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("mine\n");
    expect(readFileSync(join(dir, "team-a/proxy/NOTES.txt"), "utf8")).toBe("also mine\n");
    expect(existsSync(join(dir, "team-b/proxy/.gitkeep"))).toBe(true);
  });

  it("refuses to overwrite a user file in the way, and writes nothing", async () => {
    const dir = outDir();
    mkdirSync(join(dir, "team-a/proxy"), { recursive: true });
    writeFileSync(join(dir, "team-a/proxy/service.yaml"), "kind: Service # hand-written\n");
    writeFileSync(join(dir, "team-b"), "a file where a folder goes\n");
    const before = statTree(dir);
    const error = await rejection(writeOutput(dir, BASE));
    expect(error.kind).toBe("conflict");
    expect(error.paths).toEqual(["team-a/proxy/service.yaml", "team-b"]);
    expect(error.message).toContain("team-a/proxy/service.yaml: a file not written by litellm-gitops is in the way");
    expect(statTree(dir)).toEqual(before);
  });

  it("refuses a user file in the way on a later build too, keeping the previous output", async () => {
    const dir = outDir();
    await writeOutput(dir, BASE);
    writeFileSync(join(dir, "team-a/proxy/secret.yaml"), "user\n");
    const before = statTree(dir);
    const error = await rejection(writeOutput(dir, withFiles(without(BASE, "team-b/proxy/deployment.yaml"), { "team-a/proxy/secret.yaml": "ours\n" })));
    expect(error.paths).toEqual(["team-a/proxy/secret.yaml"]);
    expect(statTree(dir)).toEqual(before);
  });

  // Issue 12: an adopted copy was deleted by a later build. A file the manifest does not list is
  // the user's, whatever its bytes: in a new folder, in an existing output, at the root or deep.
  it.each([
    ["kustomization.yaml", false],
    ["team-a/proxy/service.yaml", false],
    ["team-a/proxy/service.yaml", true],
  ])("never adopts a file with exactly the bytes it would write (%s, earlier build: %s)", async (path, earlier) => {
    const dir = outDir();
    if (earlier) await writeOutput(dir, without(BASE, path));
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), BASE.get(path)!);
    const before = statTree(dir);
    const error = await rejection(writeOutput(dir, BASE));
    expect(error.kind).toBe("conflict");
    expect(error.paths).toEqual([path]);
    expect(error.message).toContain(`${path}: a file not written by litellm-gitops is in the way (the manifest does not list it)`);
    expect(statTree(dir)).toEqual(before);
    // A check reports it too (a build would refuse), and a build of an output without it keeps it.
    expect((await checkOutput(dir, BASE)).conflicts.map((c) => c.path)).toEqual([path]);
    if (earlier) {
      await writeOutput(dir, without(BASE, path, "team-b/proxy/deployment.yaml"));
      expect(readFileSync(join(dir, path), "utf8")).toBe(BASE.get(path));
    }
  });

  it("removes a folder it created when the build fails before committing", async () => {
    const root = temp();
    const dir = join(root, "a/b/rendered");
    const boom = new Error("boom");
    await expect(
      writeOutput(dir, BASE, {
        onStep: (step) => {
          if (step === "staged") throw boom;
        },
      }),
    ).rejects.toThrow("boom");
    expect(readdirSync(root)).toEqual([]);
  });

  it.each([
    ["../escape.yaml", "contains '..'"],
    ["a/../../escape.yaml", "contains '..'"],
    ["/etc/passwd", "is absolute"],
    ["C:/x.yaml", "drive letter"],
    ["a\\b.yaml", "backslash"],
    ["a\0b.yaml", "NUL"],
    ["./a.yaml", "contains '.'"],
    ["a//b.yaml", "empty segment"],
    ["a/", "empty segment"],
    ["", "is empty"],
    [MANIFEST_NAME, "reserved prefix"],
    [".litellm-gitops-staging-00000000/x", "reserved prefix"],
  ])("rejects the path %j before touching anything", async (path, why) => {
    const dir = outDir();
    const error = await rejection(writeOutput(dir, withFiles(BASE, { [path]: "x\n" })));
    expect(error.kind).toBe("invalid-path");
    expect(error.message).toContain(why);
    expect(error.paths).toEqual([path]);
    expect(existsSync(dir)).toBe(false);
    await expect(checkOutput(dir, withFiles(BASE, { [path]: "x\n" }))).rejects.toBeInstanceOf(OutputError);
  });

  it("rejects paths that collide on case-insensitive file systems or as file and folder", async () => {
    const dir = outDir();
    const e1 = await rejection(writeOutput(dir, new Map([["a/X.yaml", ""], ["a/x.yaml", ""]])));
    expect(e1.message).toContain("differ only in case");
    const e2 = await rejection(writeOutput(dir, new Map([["a", ""], ["a/b.yaml", ""]])));
    expect(e2.message).toContain("both a file and the folder");
    expect(existsSync(dir)).toBe(false);
  });

  it("refuses to write through a symbolic link that leads out of the folder", async () => {
    const root = temp();
    const dir = join(root, "rendered");
    const outside = join(root, "outside");
    mkdirSync(outside);
    mkdirSync(dir);
    symlinkSync(outside, join(dir, "team-a"));
    const error = await rejection(writeOutput(dir, BASE));
    expect(error.kind).toBe("conflict");
    expect(error.paths).toEqual(["team-a"]);
    expect(error.message).toContain("symbolic link");
    expect(readdirSync(outside)).toEqual([]);
  });

  it("does not delete through a symbolic link that replaced one of its folders", async () => {
    const root = temp();
    const dir = join(root, "rendered");
    await writeOutput(dir, BASE);
    const outside = join(root, "outside");
    mkdirSync(join(outside, "proxy"), { recursive: true });
    writeFileSync(join(outside, "proxy/deployment.yaml"), "precious\n");
    writeFileSync(join(outside, "proxy/kustomization.yaml"), "precious\n");
    spawnSync("rm", ["-rf", join(dir, "team-b")]);
    symlinkSync(outside, join(dir, "team-b"));
    const result = await writeOutput(dir, without(BASE, "team-b/proxy/kustomization.yaml", "team-b/proxy/deployment.yaml"));
    expect(result.removed).toEqual([]);
    expect(contentTree(outside)).toEqual({ proxy: "<dir>", "proxy/deployment.yaml": "precious\n", "proxy/kustomization.yaml": "precious\n" });
  });

  it("does not trust a manifest that names paths outside the folder", async () => {
    const root = temp();
    const dir = join(root, "rendered");
    writeFileSync(join(root, "victim.txt"), "keep\n");
    await writeOutput(dir, BASE);
    writeFileSync(join(dir, MANIFEST_NAME), JSON.stringify({ format: 1, files: ["../victim.txt"], dirs: [] }));
    const error = await rejection(writeOutput(dir, BASE));
    expect(error.kind).toBe("corrupt");
    expect(readFileSync(join(root, "victim.txt"), "utf8")).toBe("keep\n");
  });

  it("turns one of its files into a folder and back", async () => {
    const dir = outDir();
    const asFile = withFiles(BASE, { "team-a/proxy/extra": "a file\n" });
    const asFolder = withFiles(BASE, { "team-a/proxy/extra/one.yaml": "1\n", "team-a/proxy/extra/deeper/two.yaml": "2\n" });
    await writeOutput(dir, asFile);
    await writeOutput(dir, asFolder);
    expect(withoutManifest(contentTree(dir))).toEqual(expectedTree(asFolder));
    const back = await writeOutput(dir, asFile);
    expect(back.removed).toEqual(["team-a/proxy/extra/deeper/two.yaml", "team-a/proxy/extra/one.yaml"]);
    expect(withoutManifest(contentTree(dir))).toEqual(expectedTree(asFile));
    expect(await checkOutput(dir, asFile)).toMatchObject({ missing: [], stale: [], extra: [] });
  });

  it("keeps a folder of its own that holds a user file, refusing to make it a file", async () => {
    const dir = outDir();
    const asFolder = withFiles(BASE, { "team-a/proxy/extra/one.yaml": "1\n" });
    await writeOutput(dir, asFolder);
    writeFileSync(join(dir, "team-a/proxy/extra/user.txt"), "mine\n");
    const error = await rejection(writeOutput(dir, withFiles(BASE, { "team-a/proxy/extra": "a file\n" })));
    expect(error.paths).toEqual(["team-a/proxy/extra"]);
    expect(readFileSync(join(dir, "team-a/proxy/extra/one.yaml"), "utf8")).toBe("1\n");
  });

  it("serializes concurrent builds on one folder", async () => {
    const dir = outDir();
    await writeOutput(dir, BASE);
    const a = withFiles(BASE, { "team-a/proxy/a.yaml": "a\n" });
    const b = without(BASE, "team-a/proxy/helm/values.yaml");
    // The lock is not FIFO: whichever build takes it last wins, but each one applies whole.
    await Promise.all([a, b, a, b, a, b, a, b].map((files) => writeOutput(dir, files)));
    const last = existsSync(join(dir, "team-a/proxy/a.yaml")) ? a : b;
    expect(withoutManifest(contentTree(dir))).toEqual(expectedTree(last));
    expect(await checkOutput(dir, last)).toEqual({ missing: [], stale: [], extra: [], conflicts: [], leftovers: [] });
  });

  it("waits for a live lock, then gives up with a clear message", async () => {
    const dir = outDir();
    await writeOutput(dir, BASE);
    // Our parent process is alive, so its lock is not stale.
    writeFileSync(join(dir, LOCK_NAME), JSON.stringify({ pid: process.ppid, host: hostname(), token: "x" }));
    const error = await rejection(writeOutput(dir, without(BASE, "kustomization.yaml"), { lockTimeoutMs: 150 }));
    expect(error.kind).toBe("locked");
    expect(error.message).toContain(`pid ${process.ppid}`);
    expect(existsSync(join(dir, "kustomization.yaml"))).toBe(true);
    // A lock from another host is never judged stale either.
    writeFileSync(join(dir, LOCK_NAME), JSON.stringify({ pid: 1, host: "elsewhere.example", token: "x" }));
    expect((await rejection(writeOutput(dir, BASE, { lockTimeoutMs: 50 }))).message).toContain("host elsewhere.example");
  });

  it("takes over a lock whose process is gone, or an empty one", async () => {
    const dir = outDir();
    await writeOutput(dir, BASE);
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!;
    writeFileSync(join(dir, LOCK_NAME), JSON.stringify({ pid: dead, host: hostname(), token: "old" }));
    await writeOutput(dir, without(BASE, "kustomization.yaml"));
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
    writeFileSync(join(dir, LOCK_NAME), "");
    await writeOutput(dir, BASE);
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
    // Our own pid on a lock this process does not hold: a previous incarnation (container restart).
    writeFileSync(join(dir, LOCK_NAME), JSON.stringify({ pid: process.pid, host: hostname(), token: "previous" }));
    await writeOutput(dir, BASE, { lockTimeoutMs: 100 });
  });
});

describe("checkOutput", () => {
  it("reports missing, stale and extra precisely, and leaves the folder byte-identical", async () => {
    const dir = outDir();
    await writeOutput(dir, BASE);
    writeFileSync(join(dir, "README.md"), "mine\n");
    const desired = withFiles(without(BASE, "team-a/proxy/service.yaml"), {
      "team-b/proxy/deployment.yaml": "changed\n",
      "team-c/proxy/config.yaml": "new\n",
    });
    const contents = contentTree(dir);
    const stats = statTree(dir);
    const result = await checkOutput(dir, desired);
    expect(result).toEqual({
      missing: ["team-c/proxy/config.yaml"],
      stale: [MANIFEST_NAME, "team-b/proxy/deployment.yaml"],
      extra: ["team-a/proxy/service.yaml"],
      conflicts: [],
      leftovers: [],
    });
    expect(contentTree(dir)).toEqual(contents);
    expect(statTree(dir)).toEqual(stats);
    expect(await checkOutput(dir, BASE)).toEqual({ missing: [], stale: [], extra: [], conflicts: [], leftovers: [] });
  });

  it("reports everything missing for a folder that does not exist, without creating it", async () => {
    const dir = outDir();
    const result = await checkOutput(dir, BASE);
    expect(result.missing).toEqual([MANIFEST_NAME, ...[...BASE.keys()].sort()].sort());
    expect(existsSync(dir)).toBe(false);
  });

  it("reports a user file in the way as stale and as a conflict", async () => {
    const dir = outDir();
    mkdirSync(dir);
    writeFileSync(join(dir, "kustomization.yaml"), "user\n");
    writeFileSync(join(dir, "team-b"), "user\n");
    const result = await checkOutput(dir, BASE);
    expect(result.stale).toEqual(["kustomization.yaml"]);
    expect(result.missing).toContain("team-b/proxy/deployment.yaml");
    expect(result.conflicts.map((c) => c.path)).toEqual(["kustomization.yaml", "team-b"]);
  });

  it("reports the leftovers of an interrupted build as drift, and does not recover", async () => {
    const dir = outDir();
    await writeOutput(dir, BASE);
    const next = without(BASE, "team-a/proxy/helm/values.yaml");
    await expect(writeOutput(dir, next, { onStep: crashAt("op", 0) })).rejects.toThrow();
    const stats = statTree(dir);
    const result = await checkOutput(dir, next);
    expect(result.leftovers).toHaveLength(2);
    expect(result.leftovers[0]).toBe(JOURNAL_NAME);
    expect(result.leftovers[1]).toMatch(/^\.litellm-gitops-staging-/);
    expect(result.extra).toEqual(expect.arrayContaining(result.leftovers));
    expect(statTree(dir)).toEqual(stats);
  });
});

/** A hook that throws at a step, like a crash there (but with the process still alive). */
function crashAt(step: string, n = 0): (s: string, i: number) => void {
  return (s, i) => {
    if (s === step && i === n) throw new Error(`crash at ${step} ${n}`);
  };
}

describe("recovery", () => {
  const NEXT = withFiles(without(BASE, "team-b/proxy/deployment.yaml", "team-b/proxy/kustomization.yaml", "team-a/proxy/service.yaml"), {
    "team-a/proxy/deployment.yaml": "kind: Deployment\nname: a2\n",
    "team-c/proxy/kustomization.yaml": "resources: []\n",
    "team-c/proxy/new.yaml": "new\n",
  });

  async function reference(files: ReadonlyMap<string, string>): Promise<Record<string, string>> {
    const dir = outDir();
    await writeOutput(dir, BASE);
    writeFileSync(join(dir, "README.md"), "mine\n");
    await writeOutput(dir, files);
    return contentTree(dir);
  }

  async function oldOutput(): Promise<{ dir: string; tree: Record<string, string> }> {
    const dir = outDir();
    await writeOutput(dir, BASE);
    writeFileSync(join(dir, "README.md"), "mine\n");
    return { dir, tree: contentTree(dir) };
  }

  it("rolls a committed build forward from any operation", async () => {
    const expected = await reference(NEXT);
    const ops = 20; // more than the journal holds: later indexes never fire and the build completes
    for (let k = 0; k < ops; k++) {
      const { dir } = await oldOutput();
      const failed = await writeOutput(dir, NEXT, { onStep: crashAt("op", k) }).then(() => false, () => true);
      if (!failed) {
        expect(contentTree(dir)).toEqual(expected);
        break;
      }
      expect(existsSync(join(dir, JOURNAL_NAME))).toBe(true);
      expect(await recover(dir)).toMatchObject({ rolledForward: true });
      expect(contentTree(dir), `crash after op ${k}`).toEqual(expected);
    }
  }, 30_000);

  it("rolls forward even when the recovery itself is interrupted", async () => {
    const expected = await reference(NEXT);
    const { dir } = await oldOutput();
    await expect(writeOutput(dir, NEXT, { onStep: crashAt("committed") })).rejects.toThrow();
    for (const k of [3, 1, 6]) await expect(recover(dir, { onStep: crashAt("op", k) })).rejects.toThrow();
    // The next build recovers first, then finds nothing left to do.
    const result = await writeOutput(dir, NEXT);
    expect(result.written).toEqual([]);
    expect(contentTree(dir)).toEqual(expected);
  });

  it("discards a build that never committed, keeping the previous output", async () => {
    const { dir, tree } = await oldOutput();
    // As a killed build would leave it: staged files, a half-written journal, no journal in DIR.
    const staging = join(dir, ".litellm-gitops-staging-0123456789abcdef");
    mkdirSync(staging);
    writeFileSync(join(staging, "f0"), "half\n");
    writeFileSync(join(staging, "journal.json"), '{"format":1,"sta');
    expect(await recover(dir)).toEqual({ rolledForward: false, discarded: [".litellm-gitops-staging-0123456789abcdef"] });
    expect(contentTree(dir)).toEqual(tree);
  });

  it("discards an uncommitted build on the next writeOutput", async () => {
    const { dir } = await oldOutput();
    mkdirSync(join(dir, ".litellm-gitops-staging-00000000aaaaaaaa"));
    await writeOutput(dir, NEXT);
    expect(contentTree(dir)).toEqual(await reference(NEXT));
  });

  it("replays a hand-written journal and refuses a tampered one", async () => {
    const { dir } = await oldOutput();
    const staging = ".litellm-gitops-staging-feedfacefeedface";
    mkdirSync(join(dir, staging));
    writeFileSync(join(dir, staging, "f0"), "replayed\n");
    const { createHash } = await import("node:crypto");
    const sha256 = createHash("sha256").update("replayed\n").digest("hex");
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_NAME), "utf8")) as { files: string[]; dirs: string[] };
    manifest.files = [...manifest.files.filter((f) => f !== "team-b/proxy/deployment.yaml"), "team-z/x.yaml"].sort();
    manifest.dirs = [...manifest.dirs, "team-z"].sort();
    const manifestText = JSON.stringify(manifest, null, 2) + "\n";
    writeFileSync(join(dir, staging, "manifest"), manifestText);
    const journal = {
      format: 1,
      staging,
      ops: [
        { op: "mkdir", path: "team-z" },
        { op: "rename", from: "f0", to: "team-z/x.yaml", sha256 },
        { op: "unlink", path: "team-b/proxy/deployment.yaml" },
        { op: "rename", from: "manifest", to: MANIFEST_NAME, sha256: createHash("sha256").update(manifestText).digest("hex") },
      ],
    };
    writeFileSync(join(dir, JOURNAL_NAME), JSON.stringify(journal));
    await recover(dir);
    expect(readFileSync(join(dir, "team-z/x.yaml"), "utf8")).toBe("replayed\n");
    expect(existsSync(join(dir, "team-b/proxy/deployment.yaml"))).toBe(false);
    expect(existsSync(join(dir, JOURNAL_NAME))).toBe(false);
    expect(existsSync(join(dir, staging))).toBe(false);

    writeFileSync(join(dir, JOURNAL_NAME), JSON.stringify({ ...journal, ops: [{ op: "unlink", path: "../README.md" }] }));
    const error = await rejection(recover(dir));
    expect(error.kind).toBe("corrupt");
    expect(existsSync(join(dir, "README.md"))).toBe(true);
  });

  it("refuses to replay when a staged file vanished and its target does not match", async () => {
    const { dir } = await oldOutput();
    await expect(writeOutput(dir, NEXT, { onStep: crashAt("committed") })).rejects.toThrow();
    const staging = readdirSync(dir).find((n) => n.startsWith(".litellm-gitops-staging-"))!;
    spawnSync("rm", ["-rf", join(dir, staging)]);
    const error = await rejection(recover(dir));
    expect(error.kind).toBe("corrupt");
    expect(error.message).toMatch(/staged copy is missing|neither staged nor in place/);
  });
});

describe("properties", () => {
  const pathArb = fc.constantFrom(
    "kustomization.yaml",
    "a/kustomization.yaml",
    "a/x.yaml",
    "a/b/y.yaml",
    "a/b/c/z.yaml",
    "b/x.yaml",
    "b/c/y.yaml",
    "c",
    "c/d.yaml",
    "d/e",
  );
  const setArb = fc
    .dictionary(pathArb, fc.constantFrom("1\n", "2\n", "3\r\n", ""), { maxKeys: 8 })
    // Drop paths that would be both a file and a folder of another.
    .map((d) => new Map(Object.entries(d).filter(([p], _, all) => !all.some(([q]) => q.startsWith(p + "/")))));

  it("after any sequence of builds, the folder holds exactly the last set plus the user's files", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(setArb, { minLength: 1, maxLength: 5 }), async (sets) => {
        const dir = outDir();
        mkdirSync(join(dir, "b"), { recursive: true });
        writeFileSync(join(dir, "b/user.txt"), "mine\n");
        for (const files of sets) {
          await writeOutput(dir, files);
          expect(await checkOutput(dir, files)).toEqual({ missing: [], stale: [], extra: [], conflicts: [], leftovers: [] });
          const tree = withoutManifest(contentTree(dir));
          const expected = { ...expectedTree(files), b: "<dir>", "b/user.txt": "mine\n" };
          expect(tree).toEqual(expected);
          const before = statTree(dir);
          expect((await writeOutput(dir, files)).written).toEqual([]);
          expect(statTree(dir)).toEqual(before);
        }
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});

describe("modes", () => {
  it("writes 0644 files and 0755 folders whatever the umask", async () => {
    const old = process.umask(0o077);
    try {
      const dir = outDir();
      await writeOutput(dir, BASE);
      expect(statSync(join(dir, "team-a/proxy/helm/values.yaml")).mode & 0o777).toBe(0o644);
      expect(statSync(join(dir, "team-a/proxy/helm")).mode & 0o777).toBe(0o755);
      expect(statSync(dir).mode & 0o777).toBe(0o755);
      expect(statSync(join(dir, MANIFEST_NAME)).mode & 0o777).toBe(0o644);
    } finally {
      process.umask(old);
    }
  });

  // Root ignores permissions, so this can only be shown as another user.
  it.skipIf(process.getuid?.() === 0)("fails before committing on a read-only folder, leaving the output as it was", async () => {
    const dir = outDir();
    await writeOutput(dir, BASE);
    chmodSync(join(dir, "team-a/proxy"), 0o555);
    try {
      const before = statTree(dir);
      const error = await rejection(writeOutput(dir, without(BASE, "team-a/proxy/service.yaml")));
      expect(error.kind).toBe("io");
      expect(statTree(dir)).toEqual(before);
    } finally {
      chmodSync(join(dir, "team-a/proxy"), 0o755);
    }
  });
});
