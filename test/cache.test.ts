// The parse cache (src/compiler/parse/cache.ts) never changes a result: a build with a cold
// cache, a warm one, a corrupt, truncated or foreign one, an unwritable one and none at all
// writes the same bytes and reports the same diagnostics, positions included. It is used
// (a warm run reads it), written atomically, safe under concurrent runs, and located as
// docs/performance.md says.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Io } from "../src/cli/io.js";
import { main } from "../src/cli/main.js";
import { cacheDir } from "../src/compiler/parse/cache-dir.js";
import { isJsonExact, ParseCache } from "../src/compiler/parse/cache.js";
import type { ParsedText } from "../src/compiler/parse/parse.js";
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

/** The entry files of the one compiler build in a cache folder (parse-<build>/<2 hex>/<62 hex>). */
function entriesOf(dir: string): string[] {
  const builds = readdirSync(dir).filter((f) => /^parse-[0-9a-f]{16}$/.test(f));
  expect(builds).toHaveLength(1);
  return entriesIn(path.join(dir, builds[0]!));
}

function entriesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((sub) => /^[0-9a-f]{2}$/.test(sub))
    .flatMap((sub) => readdirSync(path.join(folder, sub)).map((name) => path.join(folder, sub, name)))
    .sort();
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64url");

/** Rewrites a cache entry through `edit` of its JSON, with a valid checksum. */
function rewriteEntry(file: string, edit: (json: string) => string): void {
  const content = readFileSync(file, "utf8");
  const newline = content.indexOf("\n");
  const [format] = content.slice(0, newline).split("\t");
  const json = edit(content.slice(newline + 1));
  writeFileSync(file, `${format}\t${sha256(json)}\n${json}`);
}

const snapshot = (files: string[]) => new Map(files.map((f) => [f, { bytes: readFileSync(f, "utf8"), mtime: statSync(f).mtimeMs }]));

describe("the parse cache never changes a result", () => {
  it("cold, warm, corrupt, truncated, foreign, unwritable and no cache: the same bytes and diagnostics", { timeout: 60_000 }, async () => {
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
    const files = entriesOf(cache);
    const written = snapshot(files);
    // Every clean file of ours is cached, except the two whose values JSON cannot carry exactly.
    expect(files).toHaveLength(5 + 2); // the 5 quickstart files, instance.yaml and two-docs.yaml (not-ours.yaml is never parsed)
    const all = [...written.values()].map((e) => e.bytes).join("\n");
    expect(all).not.toContain("minusZero");
    expect(all).not.toContain('"info"');

    same(await build(dir, "--cache-dir", cache)); // warm: reads it, writes nothing
    expect(entriesOf(cache)).toEqual(files);
    expect(snapshot(files)).toEqual(written);

    const file = files.find((f) => written.get(f)!.bytes.includes("gpt-4o"))!;
    const content = written.get(file)!.bytes;
    for (const broken of [
      content.replace("gpt-4o", "gpt-4x"), // a flipped character: the checksum no longer matches
      content.slice(0, Math.floor(content.length / 2)), // truncated by a crash of the writer
      content.slice(0, content.indexOf("\n")), // the header alone
      "",
      "\u0000\u0001garbage\n\n",
      content.replace("litellm-gitops parse cache 2", "litellm-gitops parse cache 0"), // another format
    ]) {
      writeFileSync(file, broken);
      same(await build(dir, "--cache-dir", cache));
      expect(readFileSync(file, "utf8")).toBe(content); // written again, whole
    }

    // Through the environment, as the Argo CD sidecar sets it; and a folder that cannot be made.
    const viaEnv = fresh("env-cache");
    const r = await run(dir, ["build", "--format", "json", "--out", fresh("out")], { LITELLM_GITOPS_CACHE_DIR: viaEnv });
    expect(r.stdout).toBe(baseline.stdout);
    expect(existsSync(viaEnv) && entriesOf(viaEnv).length).toBe(7);
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
    for (const file of entriesOf(cache)) rewriteEntry(file, (json) => json.replaceAll('"model":"openai/gpt-4o"', '"model":"openai/gpt-4o-from-the-cache"'));
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
    const [build] = readdirSync(cache).filter((f) => f.startsWith("parse-"));
    expect(readdirSync(path.join(cache, build!)).filter((f) => f.startsWith(".tmp"))).toEqual([]);
    // Whole: every checksum matches, and it holds the project (readable by this build only if the
    // bundle and src agree, so checked by format rather than by lookup).
    const entries = entriesOf(cache);
    expect(entries).toHaveLength(301);
    for (const file of entries) {
      const content = readFileSync(file, "utf8");
      const newline = content.indexOf("\n");
      expect(content.slice(0, newline).split("\t")[1]).toBe(sha256(content.slice(newline + 1)));
    }
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
    const folder = ParseCache.open(dir)!.folder;
    renameSync(folder, path.join(dir, "parse-0123456789abcdef")); // as another build's folder
    expect(ParseCache.open(dir)!.lookup("a: 1\n")).toBeUndefined();
    const blocker = fresh("file");
    writeFileSync(blocker, "");
    const unusable = ParseCache.open(path.join(blocker, "sub"))!;
    unusable.store("a: 1\n", { values: [{ a: 1 }], names: [{ line: 1, column: 1 }] });
    expect(() => unusable.save()).not.toThrow();
  });

  it("stays small: a run reads only its own entries, and the sweep evicts what no recent run used", () => {
    const dir = fresh("cache");
    const HOUR = 3_600_000;
    const T = Date.UTC(2026, 0, 1);
    const text = (i: number) => `k${i}: ${i}\n`;
    const value = (i: number): ParsedText => ({ values: [{ [`k${i}`]: i }], names: [{ line: 1, column: 1 }] });
    const keys = (folder: string) => entriesIn(folder).map((f) => path.basename(path.dirname(f)) + path.basename(f));
    const key = (i: number) => createHash("sha256").update(text(i)).digest("hex");
    // Entries are written by the real clock: back to the run's time, as its files would be.
    const settle = (now: number) => {
      for (const f of entriesIn(ParseCache.open(dir)!.folder)) if (statSync(f).mtimeMs > now) utimesSync(f, now / 1000, now / 1000);
    };

    // Run 1 writes 20 entries.
    const first = ParseCache.open(dir, { now: T })!;
    for (let i = 0; i < 20; i++) first.store(text(i), value(i));
    first.save();
    for (const f of entriesOf(dir)) utimesSync(f, T / 1000, T / 1000); // their last use: T
    expect(keys(first.folder)).toHaveLength(20);
    // A corrupt entry of another text does not matter to a run that does not read it.
    writeFileSync(path.join(first.folder, key(19).slice(0, 2), key(19).slice(2)), "garbage");

    // Run 2, two hours later, with room for 12 entries: uses 5, adds 5; the sweep keeps those 10
    // and the 2 most recently used of the rest, whatever the budget says about the run's own.
    const perEntry = Math.max(...entriesOf(dir).map((f) => (statSync(f).blocks > 0 ? statSync(f).blocks * 512 : statSync(f).size)));
    const second = ParseCache.open(dir, { now: T + 2 * HOUR, maxBytes: 12 * perEntry })!;
    for (let i = 0; i < 5; i++) expect(second.lookup(text(i))).toEqual(value(i));
    for (let i = 20; i < 25; i++) {
      expect(second.lookup(text(i))).toBeUndefined();
      second.store(text(i), value(i));
    }
    second.save();
    settle(T + 2 * HOUR);
    const left = keys(second.folder);
    expect(left.length).toBeLessThanOrEqual(12);
    for (const i of [0, 1, 2, 3, 4, 20, 21, 22, 23, 24]) expect(left).toContain(key(i));
    const reader = ParseCache.open(dir, { now: T + 2 * HOUR })!;
    for (const i of [0, 1, 2, 3, 4, 20, 21, 22, 23, 24]) expect(reader.lookup(text(i))).toEqual(value(i));

    // A format-1 file and another build's folder, untouched for a week, go with the next sweep;
    // so do entries unused for 7 days. Within the hour after a sweep, none runs.
    const old = path.join(dir, "parse-00000000000000aa.cache");
    const otherBuild = path.join(dir, "parse-00000000000000bb");
    writeFileSync(old, "litellm-gitops parse cache 1\t...");
    mkdirSync(otherBuild);
    utimesSync(old, T / 1000, T / 1000);
    utimesSync(otherBuild, T / 1000, T / 1000);
    const soon = ParseCache.open(dir, { now: T + 2.5 * HOUR })!;
    soon.store(text(30), value(30));
    soon.save();
    settle(T + 2.5 * HOUR);
    expect(existsSync(old)).toBe(true); // swept half an hour ago: not yet
    const later = ParseCache.open(dir, { now: T + 2 * HOUR + 8 * 24 * HOUR })!;
    later.store(text(40), value(40));
    later.save();
    expect(keys(later.folder)).toEqual([key(40)]);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(otherBuild)).toBe(false);
  });
});
