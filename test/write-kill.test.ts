// SIGKILLs a real build of 2,000 files at chosen steps and at random moments, then recovers,
// and finds exactly the previous output or exactly the new one (plus the user's files).
import { accessSync, constants, cpSync, existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { JOURNAL_NAME, LOCK_NAME, checkOutput, recover, writeOutput } from "../src/write/write.js";
import { buildChild, killAllChildren, runChild } from "./support/kill-helper.js";
import { type ContentTree, contentTree, tempFolder, withoutManifest } from "./support/output-tree.js";

const NAMESPACES = 10;
const INSTANCES = 10; // per namespace
const FILES = 20; // per instance: 10 × 10 × 20 = 2,000

/** The old output: instances 0–9 in every namespace. */
function oldFiles(): Map<string, string> {
  const files = new Map<string, string>([["kustomization.yaml", "resources: old\n"]]);
  for (let n = 0; n < NAMESPACES; n++) {
    for (let i = 0; i < INSTANCES; i++) {
      for (let f = 0; f < FILES - 1; f++) files.set(`ns${n}/inst${i}/object${f}.yaml`, `old ${n}/${i}/${f}\n`.repeat(20));
      files.set(`ns${n}/inst${i}/helm/values.yaml`, "old values\n");
    }
  }
  return files;
}

/**
 * The new output: instance 9 gone everywhere (its folders removed, except where a user file
 * keeps one), instance 10 new, half the files of the others changed, one file per instance
 * gone and one new, a file that becomes a folder, and a changed root kustomization.
 */
function newFiles(): Map<string, string> {
  const files = new Map<string, string>([["kustomization.yaml", "resources: new\n"]]);
  for (let n = 0; n < NAMESPACES; n++) {
    for (let i = 0; i <= INSTANCES; i++) {
      if (i === INSTANCES - 1) continue;
      for (let f = 1; f < FILES - 1; f++) {
        const version = f % 2 === 0 && i < INSTANCES ? "old" : "new";
        files.set(`ns${n}/inst${i}/object${f}.yaml`, `${version} ${n}/${i}/${f}\n`.repeat(20));
      }
      files.set(`ns${n}/inst${i}/added.yaml`, "added\r\n");
      files.set(`ns${n}/inst${i}/helm/values.yaml`, "new values\n");
    }
  }
  files.set("ns0/inst0/object0.yaml/now-a-folder.yaml", "folder\n");
  return files;
}

function userFiles(dir: string): void {
  writeFileSync(join(dir, "README.md"), "the user's\n");
  writeFileSync(join(dir, "ns3/inst9/.gitkeep"), "");
  writeFileSync(join(dir, "ns4/inst2/NOTES.md"), "also the user's\n");
}

let work: { path: string; cleanup: () => void };
let child: string;
let oldJson: string;
let newJson: string;
let pristine: string;
let OLD: ContentTree;
let NEW: ContentTree;
let opCount = 0;
let copies = 0;

/**
 * A RAM-backed folder when there is one. A SIGKILL loses no written data (the page cache
 * survives the process), so what this test proves does not depend on the disk, while its
 * ~30 full builds of 2,000 fsynced files would otherwise take minutes on a busy disk.
 */
function fastTemp(): string {
  try {
    accessSync("/dev/shm", constants.W_OK);
    return "/dev/shm";
  } catch {
    return tmpdir();
  }
}

beforeAll(async () => {
  work = tempFolder("lg-kill-", fastTemp());
  child = buildChild(join(work.path, "compiled"));
  oldJson = join(work.path, "old.json");
  newJson = join(work.path, "new.json");
  writeFileSync(oldJson, JSON.stringify([...oldFiles()]));
  writeFileSync(newJson, JSON.stringify([...newFiles()]));

  pristine = join(work.path, "pristine");
  await writeOutput(pristine, oldFiles());
  userFiles(pristine);
  OLD = contentTree(pristine);

  const reference = fresh();
  await writeOutput(reference, newFiles(), { onStep: (s, n) => void (s === "op" && (opCount = Math.max(opCount, n + 1))) });
  NEW = contentTree(reference);
}, 300_000);

afterEach(killAllChildren);
afterAll(() => work?.cleanup(), 60_000);

// Each case runs full builds of 2,000 fsynced files; on a loaded machine that takes seconds.
const SLOW = 300_000;

/** A copy of the old output, with the user's files, to kill a build in; the previous copy goes. */
function fresh(): string {
  if (copies > 0) rmSync(join(work.path, `run${copies - 1}`), { recursive: true, force: true });
  const dir = join(work.path, `run${copies++}`);
  cpSync(pristine, dir, { recursive: true });
  return dir;
}

function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.startsWith(".litellm-gitops-") && n !== ".litellm-gitops-manifest.json");
}

function withoutLeftovers(tree: ContentTree): ContentTree {
  return Object.fromEntries(
    Object.entries(tree).filter(([p]) => !/^\.litellm-gitops-(staging-|journal|lock)/.test(p)),
  );
}

function which(tree: ContentTree): "old" | "new" | "mix" {
  const t = JSON.stringify(tree);
  return t === JSON.stringify(OLD) ? "old" : t === JSON.stringify(NEW) ? "new" : "mix";
}

async function killAt(mode: "write" | "recover", dir: string, step: string, index: number) {
  const run = runChild(child, [mode, dir, newJson, step, String(index)]);
  return run.exited;
}

describe("a build killed with SIGKILL", () => {
  it("the scenario is big and mixed enough to matter", () => {
    expect(Object.keys(OLD).filter((p) => p.endsWith(".yaml")).length).toBeGreaterThanOrEqual(2000);
    expect(which(OLD)).not.toBe(which(NEW));
    expect(opCount).toBeGreaterThan(1500);
    expect(OLD["ns3/inst9/.gitkeep"]).toBe("");
    expect(NEW["ns3/inst9/.gitkeep"]).toBe(""); // the user's file kept its folder
    expect(NEW["ns5/inst9"]).toBeUndefined(); // an instance folder of ours, emptied and removed
  });

  const beforeCommit: [string, number][] = [
    ["locked", 0],
    ["recovered", 0],
    ["planned", 0],
    ["staging", 1],
    ["staging", 900],
    ["staged", 0],
  ];
  it.each(beforeCommit)("before the commit point (%s %i): the previous output, untouched even before recovery", async (step, index) => {
    const dir = fresh();
    const exit = await killAt("write", dir, step, index);
    expect(exit.signal, exit.stderr).toBe("SIGKILL");
    expect(existsSync(join(dir, JOURNAL_NAME))).toBe(false);
    expect(leftovers(dir)).toContain(LOCK_NAME);
    expect(withoutLeftovers(contentTree(dir))).toEqual(OLD);
    await recover(dir);
    expect(contentTree(dir)).toEqual(OLD);
  }, SLOW);

  const afterCommit = (): [string, number][] => [
    ["committed", 0],
    ["op", 0],
    ["op", Math.floor(opCount / 2)],
    ["op", opCount - 2],
    ["op", opCount - 1],
    ["applied", opCount],
    ["journal-removed", 0],
    ["done", 0],
  ];
  it("after the commit point: the new output once recovered, from every step", async () => {
    for (const [step, index] of afterCommit()) {
      const dir = fresh();
      const exit = await killAt("write", dir, step, index);
      expect(exit.signal, `${step} ${index}: ${exit.stderr}`).toBe("SIGKILL");
      const pending = existsSync(join(dir, JOURNAL_NAME));
      expect(pending, `${step} ${index}`).toBe(step !== "journal-removed" && step !== "done");
      // A check before recovery must not pass a half-applied tree.
      const check = await checkOutput(dir, newFiles());
      expect(check.leftovers.length, `${step} ${index}`).toBeGreaterThan(0);
      await recover(dir);
      expect(which(contentTree(dir)), `${step} ${index}`).toBe("new");
      expect(await checkOutput(dir, newFiles())).toEqual({ missing: [], stale: [], extra: [], conflicts: [], leftovers: [] });
    }
  }, SLOW);

  it("a recovery killed in turn is completed by the next one", async () => {
    const dir = fresh();
    expect((await killAt("write", dir, "op", 5)).signal).toBe("SIGKILL");
    for (const k of [3, Math.floor(opCount / 2), opCount - 1]) {
      const exit = await killAt("recover", dir, "op", k);
      expect(exit.signal, exit.stderr).toBe("SIGKILL");
    }
    // Each killed recovery left the lock of a dead process, which the next one takes over.
    await recover(dir, { lockTimeoutMs: 2_000 });
    expect(which(contentTree(dir))).toBe("new");
  }, SLOW);

  // Issue 12: SIGKILLs at random moments (not only at named steps) of builds that alternate
  // between the two versions in ONE folder, each build starting from whatever the previous kill
  // left. After every kill: `build --check` (checkOutput) never passes a tree that is not
  // exactly one version, and the next writer's recovery leaves exactly the old or the new
  // tree: the new one if the killed build had committed (its journal is there), else the one
  // before it.
  it("killed at random moments, alternating two versions: always exactly one of them", async () => {
    const dir = fresh();
    const timing = runChild(child, ["write", dir, newJson]);
    await timing.started;
    const t0 = performance.now();
    expect((await timing.exited).code).toBe(0);
    const duration = performance.now() - t0;
    let current: "old" | "new" = "new";

    let seed = 20261203;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const seen = { committed: 0, notCommitted: 0, completed: 0 };
    // Enough kills to land in every phase, few enough to keep this test well under a minute of CI.
    const KILLS = 16;
    for (let i = 0; i < KILLS; i++) {
      const target = current === "old" ? "new" : "old";
      const r = runChild(child, ["write", dir, target === "new" ? newJson : oldJson]);
      await r.started;
      // The build just timed ran from a settled cache; the killed ones start alike, so 0.9 of it lands inside.
      await new Promise((resolve) => setTimeout(resolve, random() * duration * 0.9));
      r.kill();
      const exit = await r.exited;
      const journal = existsSync(join(dir, JOURNAL_NAME));
      const files = target === "new" ? newFiles() : oldFiles();
      const check = await checkOutput(dir, files);
      const checkPasses = check.missing.length + check.stale.length + check.extra.length + check.conflicts.length === 0;
      if (journal) expect(checkPasses, `kill ${i}: a check passed a tree with a pending journal`).toBe(false);
      if (checkPasses) expect(withoutManifest(withoutLeftovers(contentTree(dir)))).toEqual(withoutManifest(target === "new" ? NEW : OLD));
      await recover(dir);
      // Without the manifest: once the old version was built over the new one, the folder the
      // user's .gitkeep keeps is not one the build created (see the race test below).
      const tree = JSON.stringify(withoutManifest(contentTree(dir)));
      const outcome = tree === JSON.stringify(withoutManifest(NEW)) ? "new" : tree === JSON.stringify(withoutManifest(OLD)) ? "old" : "mix";
      expect(await checkOutput(dir, outcome === "new" ? newFiles() : oldFiles()), `kill ${i}`).toEqual({ missing: [], stale: [], extra: [], conflicts: [], leftovers: [] });
      // Killed without a journal left: before the commit point (the old tree) or after the apply
      // had finished and removed its journal, just before exit (the new tree): either whole.
      const expected = exit.signal === null || journal ? [target] : [current, target];
      expect(expected, `kill ${i} (${exit.signal ?? "finished"}, journal ${journal}): ${outcome}`).toContain(outcome);
      if (exit.signal === null) seen.completed++;
      else if (journal) seen.committed++;
      else seen.notCommitted++;
      current = outcome as "old" | "new";
    }
    console.log(`random kills over a ${duration.toFixed(0)} ms build: ${JSON.stringify(seen)}`);
    expect(seen.committed + seen.notCommitted).toBeGreaterThan(KILLS / 2);
  }, SLOW);

  it("two builds racing on one folder end in one of their outputs, whole", async () => {
    const dir = fresh();
    const a = runChild(child, ["write", dir, newJson]);
    const b = runChild(child, ["write", dir, oldJson]);
    const [ea, eb] = await Promise.all([a.exited, b.exited]);
    expect([ea.code, eb.code], ea.stderr + eb.stderr).toEqual([0, 0]);
    // Not compared with OLD whole: when the old build runs second, the folder that the user's
    // .gitkeep kept is no longer one the build created, so the manifest's "dirs" differ.
    const tree = withoutManifest(contentTree(dir));
    const newWon = JSON.stringify(tree) === JSON.stringify(withoutManifest(NEW));
    if (!newWon) expect(tree).toEqual(withoutManifest(OLD));
    expect(await checkOutput(dir, newWon ? newFiles() : oldFiles())).toEqual({ missing: [], stale: [], extra: [], conflicts: [], leftovers: [] });
  }, SLOW);
});
