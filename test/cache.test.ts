// The parse cache (src/compiler/parse/cache.ts) never changes a result: a build with a cold
// cache, a warm one, a corrupt, truncated or foreign one, an unwritable one and none at all
// writes the same bytes and reports the same diagnostics, positions included. It is used
// (a warm run reads it), written atomically, safe under concurrent runs, and located as
// docs/performance.md says.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Io } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { cacheDir, isJsonExact, ParseCache } from "../src/compiler/parse/cache.js";
import { INSTANCE, model } from "./support/project.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), "lg-cache-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
const fresh = (name: string) => path.join(scratch, `${name}-${counter++}`);

function writeFiles(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/**
 * A project that builds, with warnings located in several files, and values JSON cannot carry
 * exactly (-0; an object shared through an alias): those files are never cached.
 */
function project(): string {
  const dir = fresh("project");
  cpSync(path.join(ROOT, "examples/quickstart"), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}rendered`) });
  return writeFiles(dir, {
    "more/instance.yaml": INSTANCE.replace("main-v1.74.9.rc.1", "main-latest"), // LG3011: a warning with a position
    "more/a.yaml": model("a", "model: openai/gpt-4o\nadditionalProp1: {minusZero: -0}"),
    "more/b.yaml": model("b", "model: openai/gpt-4o-mini\nmodelInfo: &info {mode: chat}\nadditionalProp1: {info: *info}"),
    "more/two-docs.yaml": `${model("c", "model: openai/o1")}---\n${model("d", "model: openai/o3")}---\n# an empty document\n`,
    "more/not-ours.yaml": "kind: ConfigMap\napiVersion: v1\nmetadata: {name: x}\n",
  });
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  files: Map<string, string>;
}

/** Every file under dir and its bytes. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, full), readFileSync(full, "utf8"));
    }
  }
  return files;
}

async function run(cwd: string, argv: string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: Io = { cwd, env, color: false, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
  const code = await main(argv, io);
  return { code, stdout, stderr, files: new Map() };
}

/** build --format json into a fresh folder: exit code, diagnostics, messages and every byte written. */
async function build(dir: string, ...flags: string[]): Promise<Run> {
  const out = fresh("out");
  const r = await run(dir, ["build", "--format", "json", "--out", out, ...flags]);
  // The summary line names the output folder; the rest must be identical.
  return { ...r, stderr: r.stderr.replaceAll(path.relative(dir, out), "OUT"), files: tree(out) };
}

function cacheFileOf(dir: string): string {
  const files = readdirSync(dir).filter((f) => /^parse-.*\.cache$/.test(f));
  expect(files).toHaveLength(1);
  return path.join(dir, files[0]!);
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64url");

/** Rewrites the cache file through `edit` of its body, with a valid checksum. */
function rewriteBody(file: string, edit: (body: string) => string): void {
  const content = readFileSync(file, "utf8");
  const newline = content.indexOf("\n");
  const [format, build] = content.slice(0, newline).split("\t");
  const body = edit(content.slice(newline + 1));
  writeFileSync(file, `${format}\t${build}\t${sha256(body)}\n${body}`);
}

describe("the parse cache never changes a result", () => {
  it("cold, warm, corrupt, truncated, foreign, unwritable and no cache: the same bytes and diagnostics", async () => {
    const dir = project();
    const baseline = await build(dir, "--no-cache");
    expect(baseline.code, baseline.stdout + baseline.stderr).toBe(0);
    expect(baseline.files.size).toBeGreaterThan(10);
    const diagnostics = JSON.parse(baseline.stdout) as Array<{ code: string; file: string; line: number }>;
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`)).toContain("more/instance.yaml:7 LG3011");
    expect(baseline.files.get("ai/proxy/config.yaml")).toMatch(/minusZero: 0\n/);

    const cache = fresh("cache");
    const same = (r: Run) => {
      expect(r.code).toBe(baseline.code);
      expect(r.stdout).toBe(baseline.stdout);
      expect(r.stderr).toBe(baseline.stderr);
      expect(r.files).toEqual(baseline.files);
    };

    same(await build(dir, "--cache-dir", cache)); // cold: writes the cache
    const file = cacheFileOf(cache);
    const written = { bytes: readFileSync(file, "utf8"), mtime: statSync(file).mtimeMs };
    // Every clean file of ours is cached, except the two whose values JSON cannot carry exactly.
    const entries = written.bytes.split("\n").length - 1;
    expect(entries).toBe(5 + 2); // the 5 quickstart files, instance.yaml and two-docs.yaml (not-ours.yaml is never parsed)
    expect(written.bytes).not.toContain("minusZero");
    expect(written.bytes).not.toContain('"info"');

    same(await build(dir, "--cache-dir", cache)); // warm: reads it, writes nothing
    expect(readFileSync(file, "utf8")).toBe(written.bytes);
    expect(statSync(file).mtimeMs).toBe(written.mtime);

    const content = written.bytes;
    for (const broken of [
      content.replace("gpt-4o", "gpt-4x"), // a flipped character: the checksum no longer matches
      content.slice(0, Math.floor(content.length / 2)), // truncated by a crash of the writer
      content.slice(0, content.indexOf("\n")), // the header alone
      "",
      "\u0000\u0001garbage\n\n",
      content.replace("litellm-gitops parse cache 1", "litellm-gitops parse cache 0"), // another format
    ]) {
      writeFileSync(file, broken);
      same(await build(dir, "--cache-dir", cache));
      expect(readFileSync(file, "utf8")).toBe(written.bytes); // rewritten whole
    }

    // Through the environment, as the Argo CD sidecar sets it; and a folder that cannot be made.
    const viaEnv = fresh("env-cache");
    const r = await run(dir, ["build", "--format", "json", "--out", fresh("out")], { LITELLM_GITOPS_CACHE_DIR: viaEnv });
    expect(r.stdout).toBe(baseline.stdout);
    expect(existsSync(viaEnv) && readdirSync(viaEnv).some((f) => f.endsWith(".cache"))).toBe(true);
    const blocker = fresh("a-file");
    writeFileSync(blocker, "not a folder");
    same(await build(dir, "--cache-dir", path.join(blocker, "cache")));
    expect(readFileSync(blocker, "utf8")).toBe("not a folder");
  });

  it("gives identical diagnostics, positions included, for every invalid fixture, cold and warm", async () => {
    const fixtures = path.join(ROOT, "fixtures/invalid");
    const cache = fresh("cache");
    let compared = 0;
    for (const name of readdirSync(fixtures).filter((n) => statSync(path.join(fixtures, n)).isDirectory())) {
      const dir = path.join(fixtures, name);
      const uncached = await run(dir, ["validate", "--format", "json", "--no-cache"]);
      for (const pass of ["cold", "warm"]) {
        const cached = await run(dir, ["validate", "--format", "json", "--cache-dir", cache]);
        expect({ pass, name, ...cached }).toEqual({ pass, name, ...uncached });
      }
      compared += (JSON.parse(uncached.stdout) as unknown[]).length;
    }
    expect(compared).toBeGreaterThan(40);
  });

  it("is read: a warm run takes a file's values from it (shown by an entry edited with a valid checksum)", async () => {
    const dir = project();
    const cache = fresh("cache");
    const cold = await build(dir, "--cache-dir", cache);
    expect(cold.files.get("ai-platform/gateway/config.yaml") ?? "").toContain("gpt-4o");
    rewriteBody(cacheFileOf(cache), (body) => body.replaceAll('"model":"openai/gpt-4o"', '"model":"openai/gpt-4o-from-the-cache"'));
    const warm = await build(dir, "--cache-dir", cache);
    expect([...warm.files.values()].join("\n")).toContain("gpt-4o-from-the-cache");
    // --no-cache reads the files.
    const none = await build(dir, "--no-cache", "--cache-dir", cache);
    expect([...none.files.values()].join("\n")).not.toContain("gpt-4o-from-the-cache");
  });

  it("survives concurrent runs: each finishes, and the file left is whole", { timeout: 60_000 }, async () => {
    const dir = fresh("many");
    const files: Record<string, string> = { "instance.yaml": INSTANCE };
    for (let i = 0; i < 300; i++) files[`models/m${i}.yaml`] = model(`m${i}`, `model: openai/gpt-4o\ntpm: ${i + 1}`);
    writeFiles(dir, files);
    const cache = fresh("cache");
    const bin = path.join(ROOT, "bin/litellm-gitops.js");
    const runs = Array.from({ length: 4 }, (_, i) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        // All cold, two path spellings of one project: every run writes the file at about the same time.
        const child = spawn(process.execPath, [bin, "validate", ...(i % 2 ? [] : ["instance.yaml", "models"]), "--cache-dir", cache], { cwd: dir });
        let stderr = "";
        child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        child.on("close", (code) => resolve({ code, stderr }));
      }),
    );
    for (const r of await Promise.all(runs)) expect(r).toEqual({ code: 0, stderr: "valid\n" });
    expect(readdirSync(cache).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // Whole: the checksum matches, and it holds the project (readable by this build only if the
    // bundle and src agree, so checked by format rather than by lookup).
    const content = readFileSync(cacheFileOf(cache), "utf8");
    const newline = content.indexOf("\n");
    expect(content.slice(0, newline).split("\t")[2]).toBe(sha256(content.slice(newline + 1)));
    expect(content.split("\n").length - 1).toBe(301);
  });
});

describe("parse cache details", () => {
  it("is found as documented: flag, LITELLM_GITOPS_CACHE_DIR, ./node_modules, XDG_CACHE_HOME, HOME, else none", () => {
    const cwd = fresh("cwd");
    mkdirSync(cwd);
    const env = { LITELLM_GITOPS_CACHE_DIR: "rel/cache", XDG_CACHE_HOME: "/xdg", HOME: "/home/u" };
    expect(cacheDir(cwd, env, "flag")).toBe(path.join(cwd, "flag"));
    expect(cacheDir(cwd, env)).toBe(path.join(cwd, "rel/cache"));
    expect(cacheDir(cwd, { ...env, LITELLM_GITOPS_CACHE_DIR: "" })).toBe("/xdg/litellm-gitops");
    expect(cacheDir(cwd, { XDG_CACHE_HOME: "relative", HOME: "/home/u" })).toBe("/home/u/.cache/litellm-gitops");
    expect(cacheDir(cwd, {})).toBeUndefined();
    mkdirSync(path.join(cwd, "node_modules"));
    expect(cacheDir(cwd, { XDG_CACHE_HOME: "/xdg" })).toBe(path.join(cwd, "node_modules/.cache/litellm-gitops"));
    expect(cacheDir(cwd, env)).toBe(path.join(cwd, "rel/cache"));
  });

  it("keeps only values JSON gives back exactly", () => {
    expect(isJsonExact([{ a: [1, "x", true, null, { b: 2.5 }] }])).toBe(true);
    const bad: Array<[string, unknown]> = [["-0", -0], ["NaN", NaN], ["Infinity", Infinity], ["undefined", undefined], ["bigint", 1n], ["Date", new Date(0)], ["Map", new Map()], ["hole", [1, , 3]], ["null prototype", Object.create(null)]];
    for (const [name, value] of bad) expect(isJsonExact([{ v: value }]), name).toBe(false);
    const shared = { x: 1 };
    expect(isJsonExact([{ a: shared, b: shared }])).toBe(false);
    expect(isJsonExact([{ a: shared, b: shared }], false)).toBe(true); // no alias possible: not looked for
    const proto = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    expect(isJsonExact([proto])).toBe(false);
  });

  it("ignores a file of another compiler build, and never throws on a folder it cannot use", () => {
    const dir = fresh("cache");
    const cache = ParseCache.open(dir)!;
    cache.store("a: 1\n", { values: [{ a: 1 }], names: [{ line: 1, column: 1 }] });
    cache.save();
    expect(ParseCache.open(dir)!.lookup("a: 1\n")).toEqual({ values: [{ a: 1 }], names: [{ line: 1, column: 1 }] });
    const file = cacheFileOf(dir);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^([^\t]*)\t[^\t]*/, "$1\tanother build"));
    expect(ParseCache.open(dir)!.lookup("a: 1\n")).toBeUndefined();
    const blocker = fresh("file");
    writeFileSync(blocker, "");
    const unusable = ParseCache.open(path.join(blocker, "sub"))!;
    unusable.store("a: 1\n", { values: [{ a: 1 }], names: [{ line: 1, column: 1 }] });
    expect(() => unusable.save()).not.toThrow();
  });
});
