// The build state (src/cli/build-state.ts) lets a build with nothing changed skip compiling.
// It must never change a result: after any edit (content, same size with the mtime put back,
// a touch, a rename, a delete, an add, the CompilerConfig, an output file edited or deleted
// by hand, a damaged state, a warning), `build --check` and `build` with the state print exactly what
// they print without it, and leave exactly the same output folder.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import type { Io } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { RACY_MS, setRacyWindow } from "../src/cli/build-state.js";
import { contentTree } from "./support/output-tree.js";
import { runs } from "./support/property.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), "lg-state-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(cwd: string, argv: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: Io = { cwd, env: {}, color: false, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** root/p: the quickstart's inputs; root/out: the output folder; root/cache: the cache. */
function setUp(): { root: string; project: string; out: string; cache: string } {
  const root = path.join(scratch, `case-${counter++}`);
  const project = path.join(root, "p");
  cpSync(path.join(ROOT, "examples/quickstart"), project, { recursive: true, filter: (src) => !src.includes(`${path.sep}rendered`) });
  return { root, project, out: path.join(root, "out"), cache: path.join(root, "cache") };
}

const MODEL = (name: string, model: string) => `apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata:
  name: ${name}
  namespace: ai-platform
spec:
  instanceRef: {name: gateway}
  modelName: ${name}
  litellmParams:
    model: ${model}
    apiKeySecretRef: {secretName: openai, key: apiKey}
`;

/** Every file under a folder, recursively (relative paths). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Sets a file's mtime to exactly `ns` (utimes takes a double of seconds, which loses nanoseconds; GNU touch does not). */
function setMtimeNs(file: string, ns: bigint): void {
  execFileSync("touch", ["-m", "-d", `@${ns / 1_000_000_000n}.${String(ns % 1_000_000_000n).padStart(9, "0")}`, file]);
}

/** Rewrites one letter of a file with another: same size; with `keepTimes`, its mtime put back to the nanosecond. */
function sameSizeEdit(file: string, seed: number, keepTimes: boolean): void {
  const before = statSync(file, { bigint: true });
  const text = readFileSync(file, "latin1");
  // A letter after ": " (a value, so the edit usually keeps the file valid, sometimes not).
  const spots = [...text.matchAll(/: [^\n]*?([a-z])/g)].map((m) => m.index! + m[0].length - 1);
  if (spots.length === 0) return;
  const at = spots[seed % spots.length]!;
  const letter = text[at] === "x" ? "y" : "x";
  writeFileSync(file, text.slice(0, at) + letter + text.slice(at + 1), "latin1");
  if (keepTimes) setMtimeNs(file, before.mtimeNs);
}

type Edit =
  | { kind: "nothing" | "touch" | "past" | "same-size" | "same-size-now" | "rename" | "delete" | "add" | "config" | "out-edit" | "out-delete" | "out-add" | "state" | "break" | "warn"; pick: number };

const EDITS = ["nothing", "touch", "past", "same-size", "same-size-now", "rename", "delete", "add", "config", "out-edit", "out-delete", "out-add", "state", "break", "warn"] as const;

function apply(edit: Edit, env: ReturnType<typeof setUp>, step: number): void {
  const inputs = filesUnder(env.project).map((f) => path.join(env.project, f));
  const models = inputs.filter((f) => f.includes(`${path.sep}models${path.sep}`));
  const pick = <T>(list: readonly T[]): T | undefined => (list.length === 0 ? undefined : list[edit.pick % list.length]);
  const outputs = filesUnder(env.out).filter((f) => !f.startsWith(".litellm-gitops-")).map((f) => path.join(env.out, f));
  switch (edit.kind) {
    case "nothing":
      return;
    case "touch": {
      const file = pick(inputs)!;
      const now = new Date();
      utimesSync(file, now, now);
      return;
    }
    case "past": {
      // A change, then the mtime set back an hour: only the ctime tells.
      const file = pick(inputs)!;
      sameSizeEdit(file, edit.pick, false);
      const past = new Date(Date.now() - 3_600_000);
      utimesSync(file, past, past);
      return;
    }
    case "same-size":
      return sameSizeEdit(pick(inputs)!, edit.pick, true);
    case "same-size-now":
      return sameSizeEdit(pick(inputs)!, edit.pick, false);
    case "rename": {
      const file = pick(models);
      if (file) renameSync(file, path.join(path.dirname(file), `renamed-${step}-${path.basename(file)}`));
      return;
    }
    case "delete": {
      const file = pick(models);
      if (file && models.length > 1) unlinkSync(file);
      return;
    }
    case "add": {
      mkdirSync(path.join(env.project, "models", "more"), { recursive: true });
      writeFileSync(path.join(env.project, "models", "more", `m${step}-${edit.pick}.yaml`), MODEL(`extra-${step}-${edit.pick % 97}`, "openai/gpt-4o-mini"));
      return;
    }
    case "config": {
      const file = path.join(env.project, "compiler-config.yaml");
      const before = statSync(file, { bigint: true });
      const text = readFileSync(file, "utf8");
      writeFileSync(file, text.includes("refreshInterval: 1h") ? text.replace("refreshInterval: 1h", "refreshInterval: 2h") : text.replace("refreshInterval: 2h", "refreshInterval: 1h"));
      setMtimeNs(file, before.mtimeNs);
      return;
    }
    case "out-edit": {
      const file = pick(outputs);
      if (file) sameSizeEdit(file, edit.pick, true);
      return;
    }
    case "out-delete": {
      const file = pick(outputs);
      if (file) unlinkSync(file);
      return;
    }
    case "out-add":
      // A file of the user's in the output folder: never ours, never touched.
      if (existsSync(env.out)) writeFileSync(path.join(env.out, `notes-${step}.txt`), "mine\n");
      return;
    case "state": {
      // A damaged state, or one from another compiler build (an upgrade): ignored.
      for (const file of filesUnder(env.cache).filter((f) => f.startsWith("build-"))) {
        const full = path.join(env.cache, file);
        const text = readFileSync(full, "utf8");
        writeFileSync(full, edit.pick % 2 === 0 ? text.slice(0, text.length >> 1) : text.replace(/"build":"[^"]*"/, '"build":"bundle 0.0.0 older"'));
      }
      return;
    }
    case "warn": {
      // A warning (LG3011, an unpinned image) or its fix: a shortcut prints the warnings again, code frames included.
      const file = path.join(env.project, "instance.yaml");
      const text = readFileSync(file, "utf8");
      expect(text).toMatch(/:main-(latest|v1\.82\.3-stable)\n/);
      writeFileSync(file, text.includes(":main-latest") ? text.replace(":main-latest", ":main-v1.82.3-stable") : text.replace(":main-v1.82.3-stable", ":main-latest"));
      return;
    }
    case "break": {
      // Invalid YAML in one file, or its repair: diagnostics, and no state is recorded.
      const file = pick(models)!;
      const text = readFileSync(file, "utf8");
      writeFileSync(file, text.includes("spec: [") ? text.replace("spec: [", "spec:") : text.replace("spec:", "spec: ["));
      return;
    }
  }
}

/** The same command without the state (and without the parse cache): the oracle. */
async function same(env: ReturnType<typeof setUp>, argv: string[], copyOut: boolean): Promise<void> {
  const reference = path.join(env.root, `ref-${counter++}`);
  if (copyOut && existsSync(env.out)) cpSync(env.out, reference, { recursive: true });
  const expected = await run(env.project, [...argv, "--out", copyOut ? path.relative(env.project, reference) : "../out", "--no-cache"]);
  const actual = await run(env.project, [...argv, "--out", "../out", "--cache-dir", env.cache]);
  const name = path.relative(env.project, reference);
  const norm = (s: string) => s.replaceAll(name, "../out");
  expect({ code: actual.code, stdout: actual.stdout, stderr: actual.stderr }).toEqual({ code: expected.code, stdout: norm(expected.stdout), stderr: norm(expected.stderr) });
  if (copyOut) {
    expect(contentTree(env.out)).toEqual(contentTree(reference));
    rmSync(reference, { recursive: true, force: true });
  }
}

const edits = fc.array(fc.record({ kind: fc.constantFrom(...EDITS), pick: fc.nat(1000) }), { minLength: 1, maxLength: 4 });

describe("the build state never changes a result", () => {
  // Window 0: every fingerprint is trusted as soon as it is older than the marker, so the edits
  // meet the stat-only path; RACY_MS: most are re-hashed (a test runs within seconds).
  it.each([0, RACY_MS])("random edits between builds: --check and build print and write what they do without it (racy window %i ms)", { timeout: 300_000 }, async (window) => {
    setRacyWindow(window);
    onTestFinished(() => setRacyWindow(RACY_MS));
    await fc.assert(
      fc.asyncProperty(edits, fc.constantFrom("json", "text"), async (steps, format) => {
        const env = setUp();
        try {
          await same(env, ["build", "--format", format], true);
          for (const [step, edit] of steps.entries()) {
            apply(edit, env, step);
            await same(env, ["build", "--check", "--format", format], false);
            await same(env, ["build", "--format", format], true);
          }
        } finally {
          rmSync(env.root, { recursive: true, force: true });
        }
      }),
      runs(12),
    );
  });

  it("a build with nothing changed takes the shortcut, and a same-size edit with its mtime put back does not", { timeout: 60_000 }, async () => {
    const env = setUp();
    const build = () => run(env.project, ["build", "--out", "../out", "--cache-dir", env.cache]);
    const stateFile = () => {
      const folder = readdirSync(env.cache).find((f) => f.startsWith("build-"))!;
      const [file] = readdirSync(path.join(env.cache, folder)).filter((f) => f.endsWith(".json"));
      return path.join(env.cache, folder, file!);
    };
    expect((await build()).code).toBe(0);
    // The files just written are racy (changed within RACY_MS of the build): re-hashed once, then trusted.
    await new Promise((resolve) => setTimeout(resolve, RACY_MS + 100));
    const second = await build();
    expect(second.stderr).toMatch(/: 0 written, 0 removed, \d+ unchanged\n$/);
    const refreshed = statSync(stateFile());
    const third = await build();
    expect(third).toEqual(second);
    // Stat only: the state was not rewritten (a rewrite renames a new file into place).
    const after = statSync(stateFile());
    expect([after.ino, after.mtimeMs]).toEqual([refreshed.ino, refreshed.mtimeMs]);

    const model = path.join(env.project, "models", "gpt-4o.yaml");
    const before = statSync(model, { bigint: true });
    const text = readFileSync(model, "utf8");
    expect(text).toContain("model: openai/gpt-4o\n");
    writeFileSync(model, text.replace("model: openai/gpt-4o\n", "model: openai/gpt-4x\n"));
    setMtimeNs(model, before.mtimeNs);
    expect(statSync(model, { bigint: true }).mtimeNs).toBe(before.mtimeNs);
    const fourth = await build();
    expect(fourth.stderr).toMatch(/: [1-9]\d* written/);
    expect(readFileSync(path.join(env.out, "ai-platform/gateway/config.yaml"), "utf8")).toContain("openai/gpt-4x");
  });

  it("a shortcut prints the last build's warnings again, code frames and all, in every format", { timeout: 60_000 }, async () => {
    const env = setUp();
    apply({ kind: "warn", pick: 0 }, env, 0);
    for (const format of ["text", "json", "github"]) {
      const first = await run(env.project, ["build", "--format", format, "--out", "../out", "--cache-dir", env.cache]);
      expect(first.stdout + first.stderr).toContain("LG3011");
      setRacyWindow(0); // the state's fingerprints trusted at once: the next build takes the shortcut
      onTestFinished(() => setRacyWindow(RACY_MS));
      await run(env.project, ["build", "--format", format, "--out", "../out", "--cache-dir", env.cache]);
      await same(env, ["build", "--format", format], true);
      await same(env, ["build", "--check", "--format", format], false);
    }
  });

  it("stays small: states unused for a week, of any compiler build, go when a state is written", { timeout: 60_000 }, async () => {
    const env = setUp();
    const old = new Date(Date.now() - 8 * 24 * 3_600_000);
    const stale = (file: string) => {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, "{}");
      utimesSync(file, old, old);
    };
    stale(path.join(env.cache, "build-0123456789abcdef", "a.json")); // an older compiler's
    writeFileSync(path.join(env.cache, "keep.txt"), "not ours");
    expect((await run(env.project, ["build", "--out", "../out", "--cache-dir", env.cache])).code).toBe(0);
    const [mine] = readdirSync(env.cache).filter((f) => f.startsWith("build-"));
    stale(path.join(env.cache, mine!, "other-output-folder.json"));
    writeFileSync(path.join(env.cache, mine!, "recent.json"), "{}");
    expect((await run(env.project, ["build", "--out", "../elsewhere", "--cache-dir", env.cache])).code).toBe(0);
    expect(readdirSync(env.cache).filter((f) => f.startsWith("build-"))).toEqual([mine]);
    const states = readdirSync(path.join(env.cache, mine!));
    expect(states).toContain("recent.json");
    expect(states).not.toContain("other-output-folder.json");
    expect(states.filter((f) => f.endsWith(".json"))).toHaveLength(3); // recent, ../out's, ../elsewhere's
    expect(existsSync(path.join(env.cache, "keep.txt"))).toBe(true);
  });
});
