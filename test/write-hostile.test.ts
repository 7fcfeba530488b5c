// Issue 12, class 1: the write stage under a hostile or careless output folder. Each case
// failed on the main before it: a stray journal deleted the user's file, a name too long for
// the file system wedged every later build, a full disk left an empty lock, a signal left a
// staging folder.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { JOURNAL_NAME, LOCK_NAME, MANIFEST_NAME, OutputError, checkOutput, recover, writeOutput } from "../src/write/write.js";
import { contentTree, statTree, tempFolder } from "./support/output-tree.js";

const temps: Array<{ cleanup: () => void }> = [];
afterEach(() => {
  for (const t of temps.splice(0)) t.cleanup();
});

function outDir(): string {
  const t = tempFolder("lg-hostile-");
  temps.push(t);
  return join(t.path, "out");
}

const OLD: ReadonlyMap<string, string> = new Map([
  ["kustomization.yaml", "resources: [ai/proxy]\n"],
  ["ai/proxy/kustomization.yaml", "resources: [service.yaml, deployment.yaml]\n"],
  ["ai/proxy/service.yaml", "kind: Service\n"],
  ["ai/proxy/deployment.yaml", "kind: Deployment\nv: 1\n"],
]);
const NEW: ReadonlyMap<string, string> = new Map([
  ["kustomization.yaml", "resources: [ai/proxy, ml/proxy]\n"],
  ["ai/proxy/kustomization.yaml", "resources: [deployment.yaml]\n"],
  ["ai/proxy/deployment.yaml", "kind: Deployment\nv: 2\n"],
  ["ml/proxy/kustomization.yaml", "resources: [deployment.yaml]\n"],
  ["ml/proxy/deployment.yaml", "kind: Deployment\nv: 2\n"],
]);

async function rejection(promise: Promise<unknown>): Promise<OutputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OutputError);
    return error as OutputError;
  }
  throw new Error("expected a rejection");
}

async function withUserFiles(files: ReadonlyMap<string, string> = OLD): Promise<string> {
  const dir = outDir();
  await writeOutput(dir, files);
  writeFileSync(join(dir, "NOTES.md"), "the user's notes\n");
  writeFileSync(join(dir, "ai/proxy/mine.yaml"), "the user's\n");
  return dir;
}

const sha = (text: string): string => createHash("sha256").update(text).digest("hex");

describe("a journal the build did not write", () => {
  const stray = (ops: unknown[], staging = ".litellm-gitops-staging-0123456789abcdef") => JSON.stringify({ format: 1, staging, ops });

  it.each([
    ["unlinks the user's NOTES.md", [{ op: "unlink", path: "NOTES.md" }]],
    ["unlinks a user file in an instance folder", [{ op: "unlink", path: "ai/proxy/mine.yaml" }]],
    ["removes a folder that is not ours", [{ op: "rmdir", path: "ai/proxy" }, { op: "unlink", path: "NOTES.md" }]],
    ["creates a folder no manifest lists", [{ op: "mkdir", path: "elsewhere" }]],
    ["unlinks ours, then the user's", [{ op: "unlink", path: "ai/proxy/service.yaml" }, { op: "unlink", path: "NOTES.md" }]],
  ])("is refused, touching nothing, when it %s", async (_what, ops) => {
    const dir = await withUserFiles();
    writeFileSync(join(dir, JOURNAL_NAME), stray(ops));
    const before = statTree(dir);
    for (const run of [() => writeOutput(dir, NEW), () => recover(dir)]) {
      const error = await rejection(run());
      expect(error.kind).toBe("foreign-journal");
      expect(error.message).toContain("was not written by a build of this folder");
      expect(error.message).toContain("nothing was touched");
      expect(statTree(dir)).toEqual(before);
    }
    // A check reports it as drift instead of passing.
    expect((await checkOutput(dir, OLD)).leftovers).toEqual([JOURNAL_NAME]);
  });

  it("is refused when it renames a staged file over a user's file", async () => {
    const dir = await withUserFiles();
    const staging = ".litellm-gitops-staging-feedfacefeedface";
    mkdirSync(join(dir, staging));
    writeFileSync(join(dir, staging, "f0"), "evil\n");
    writeFileSync(join(dir, JOURNAL_NAME), stray([{ op: "rename", from: "f0", to: "NOTES.md", sha256: sha("evil\n") }], staging));
    const before = statTree(dir);
    expect((await rejection(writeOutput(dir, NEW))).kind).toBe("foreign-journal");
    expect(statTree(dir)).toEqual(before);
  });

  it("is refused in a folder that has no manifest at all", async () => {
    const dir = outDir();
    mkdirSync(dir);
    writeFileSync(join(dir, "NOTES.md"), "notes\n");
    writeFileSync(join(dir, JOURNAL_NAME), stray([{ op: "unlink", path: "NOTES.md" }]));
    expect((await rejection(writeOutput(dir, NEW))).kind).toBe("foreign-journal");
    expect(readFileSync(join(dir, "NOTES.md"), "utf8")).toBe("notes\n");
  });

  it("after the manifest's rename, a replay deletes nothing that still exists", async () => {
    const dir = await withUserFiles();
    // The journal's last operation (the manifest) is in place: what a replay may still do is nothing.
    const manifest = readFileSync(join(dir, MANIFEST_NAME), "utf8");
    const ops = [{ op: "unlink", path: "NOTES.md" }, { op: "rename", from: "manifest", to: MANIFEST_NAME, sha256: sha(manifest) }];
    writeFileSync(join(dir, JOURNAL_NAME), stray(ops));
    const before = statTree(dir);
    expect((await rejection(recover(dir))).kind).toBe("foreign-journal");
    expect(statTree(dir)).toEqual(before);
  });
});

describe("names longer than file systems allow", () => {
  it.each([
    ["a 256-byte name", `ai/proxy/${"a".repeat(251)}.yaml`],
    ["a name of 130 two-byte characters (260 bytes, 135 characters)", `ai/proxy/${"é".repeat(130)}.yaml`],
    ["a 300-byte folder name", `${"n".repeat(300)}/proxy/x.yaml`],
  ])("refuses %s before writing anything, and the folder stays usable", async (_what, path) => {
    const dir = await withUserFiles();
    const before = statTree(dir);
    const error = await rejection(writeOutput(dir, new Map([...NEW, [path, "x\n"]])));
    expect(error.kind).toBe("too-long");
    expect(error.paths).toEqual([path]);
    expect(error.message).toMatch(/has a name of \d+ bytes; file systems allow 255/);
    expect(statTree(dir)).toEqual(before);
    await writeOutput(dir, NEW);
    expect(await checkOutput(dir, NEW)).toEqual({ missing: [], stale: [], extra: [], conflicts: [], leftovers: [] });
  });

  it("refuses a path over 4095 bytes (a deep --out), creating nothing", async () => {
    const root = outDir();
    const dir = join(root, ...Array.from({ length: 21 }, () => "d".repeat(200)));
    const error = await rejection(writeOutput(dir, NEW));
    expect(error.kind).toBe("too-long");
    expect(existsSync(root)).toBe(false);
  });
});

describe("a committed journal that cannot be applied", () => {
  it("is reported with the recovery command, and a build of a fixed input completes by itself", async () => {
    const dir = await withUserFiles();
    // Kill the build right after its commit point, then put a user's file where its folder goes.
    await expect(
      writeOutput(dir, NEW, {
        onStep: (s) => {
          if (s === "committed") throw new Error("killed");
        },
      }),
    ).rejects.toThrow();
    writeFileSync(join(dir, "ml"), "a user's file named ml\n");
    const stuck = await rejection(recover(dir));
    expect(stuck.message).toContain("ml should be a folder");
    expect(existsSync(join(dir, JOURNAL_NAME))).toBe(true);
    // The build that committed cannot complete; a build of the same input is refused before its commit point.
    const again = await rejection(writeOutput(dir, NEW));
    expect(again.kind).toBe("conflict");
    expect(existsSync(join(dir, JOURNAL_NAME))).toBe(false);
    // The fixed input (no ml/ folder) builds, and the tree is exactly its output plus the user's files.
    const fixed = new Map([...NEW].filter(([p]) => !p.startsWith("ml/")));
    await writeOutput(dir, fixed);
    const expected = await withUserFiles(fixed);
    expect({ ...contentTree(dir), ml: undefined }).toEqual({ ...contentTree(expected), ml: undefined });
    expect(readFileSync(join(dir, "ml"), "utf8")).toBe("a user's file named ml\n");
    expect(readdirSync(dir).filter((n) => n.startsWith(".litellm-gitops-") && n !== MANIFEST_NAME)).toEqual([]);
  });

  it("a failure after the commit point says how to recover", async () => {
    const dir = await withUserFiles();
    const error = await rejection(
      writeOutput(dir, NEW, {
        onStep: (s) => {
          if (s === "op") throw new Error("disk gone");
        },
      }),
    );
    expect(error.kind).toBe("incomplete");
    expect(error.message).toContain("build again");
    expect(error.message).toContain(`git checkout -- '${dir}' && rm -rf '${join(dir, JOURNAL_NAME)}' '${dir}'/.litellm-gitops-staging-*`);
    await writeOutput(dir, NEW);
    expect(await checkOutput(dir, NEW)).toEqual({ missing: [], stale: [], extra: [], conflicts: [], leftovers: [] });
  });
});

describe("an aborted build (SIGINT, SIGTERM)", () => {
  it.each([["locked", 0], ["recovered", 0], ["planned", 0], ["staging", 1], ["staging", 3], ["staged", 0]] as const)(
    "before the commit point (%s %i): rolled back, the lock and staging folder gone",
    async (step, n) => {
      const dir = await withUserFiles();
      const tree = contentTree(dir);
      const controller = new AbortController();
      const error = await rejection(
        writeOutput(dir, NEW, { signal: controller.signal, onStep: (s, i) => void (s === step && i === n && controller.abort()) }),
      );
      expect(error.kind).toBe("interrupted");
      expect(contentTree(dir)).toEqual(tree);
    },
  );

  it("after the commit point: the build completes", async () => {
    const dir = await withUserFiles();
    const controller = new AbortController();
    await writeOutput(dir, NEW, { signal: controller.signal, onStep: (s) => void (s === "committed" && controller.abort()) });
    expect(await checkOutput(dir, NEW)).toEqual({ missing: [], stale: [], extra: [], conflicts: [], leftovers: [] });
  });
});

/** A tmpfs of `size` mounted for the test; null where mounting is not allowed (not root, no CAP_SYS_ADMIN). */
function smallDisk(size: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), "lg-full-"));
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir]);
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  mounted.push(dir);
  return dir;
}
const mounted: string[] = [];
afterAll(() => {
  for (const dir of mounted) {
    spawnSync("umount", [dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});
const canMount = (() => {
  const dir = smallDisk("64k");
  return dir !== null;
})();

function fill(disk: string): void {
  // dd stops at ENOSPC with a non-zero exit: the disk is then full.
  spawnSync("dd", ["if=/dev/zero", `of=${join(disk, "filler")}`, "bs=4k"], { stdio: "ignore" });
}

describe.skipIf(!canMount)("a full disk (ENOSPC)", () => {
  it("with 0 bytes free: an io error, and no lock, staging folder or output folder left", async () => {
    const disk = smallDisk("256k")!;
    fill(disk);
    const dir = join(disk, "out");
    const error = await rejection(writeOutput(dir, NEW));
    expect(error.kind).toBe("io");
    expect(error.message).toContain("ENOSPC");
    expect(readdirSync(disk)).toEqual(["filler"]);
  });

  it("full while staging: the previous output stays, with nothing of the build left", async () => {
    const disk = smallDisk("512k")!;
    const dir = join(disk, "out");
    await writeOutput(dir, OLD);
    const tree = contentTree(dir);
    fill(disk);
    // Free a little: enough for the lock, not for the staged files.
    execFileSync("truncate", ["-s", "-16k", join(disk, "filler")]);
    const big = new Map([...NEW].map(([p, t]) => [p, t + "#".repeat(64 * 1024)]));
    const error = await rejection(writeOutput(dir, big));
    expect(error.message).toContain("ENOSPC");
    expect(contentTree(dir)).toEqual(tree);
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
  });
});
