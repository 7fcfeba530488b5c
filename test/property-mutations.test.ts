// Property test: take a RANDOM VALID project (test/support/arbitraries.ts), break it with one to
// three random mutations — drop a field, misspell a key, retype a value (string, number,
// boolean, list, map, null), duplicate a document, change apiVersion or kind, truncate a file
// mid-line, insert a tab, a byte order mark, a NUL or a YAML indicator — and run the CLI
// in-process, `validate` and `build`, with `--format json`. Whatever the input:
//   - the exit code is 0 or 1, never 2; nothing says "internal error", no stack trace;
//   - stdout is one JSON array of diagnostics;
//   - exit 1 comes with at least one error, and EVERY diagnostic is located inside the input:
//     a file of the project, 1 ≤ line ≤ its line count, 1 ≤ column ≤ the line's length + 1;
//   - an input `validate` rejects, `build` rejects too;
//   - an input `build` accepts gives objects that validate against the upstream schemas (a
//     mutation the compiler lets through must not reach the cluster as an invalid object);
//   - a failed build writes nothing: a new output folder is not created, and an existing one
//     (the valid project's build) is left byte-for-byte as it was.
import { cli, type Run } from "./support/cli.js";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/compiler/diagnostics.js";
import { type Doc, type GeneratedProject, type Layout, projectArb, renderFiles } from "./support/arbitraries.js";
import { parseYamlStream } from "./support/kustomize.js";
import { validateUpstream } from "./support/upstream-schemas.js";
import { SCALE, runs } from "./support/property.js";

const STACK = /\n\s+at .+:\d+:\d+|^\s{4}at /m;

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Mutations

type Path = Array<string | number>;
type Retype = "string" | "number" | "bool" | "list" | "map" | "null";

type Mutation =
  | { op: "drop"; doc: number; path: number }
  | { op: "rename"; doc: number; path: number; typo: number }
  | { op: "retype"; doc: number; path: number; to: number }
  | { op: "duplicate"; doc: number; file: number }
  | { op: "apiVersion"; doc: number; value: number }
  | { op: "kind"; doc: number; value: number }
  | { op: "truncate"; file: number; line: number; cut: number }
  | { op: "insert"; file: number; offset: number; text: number };

const API_VERSIONS: unknown[] = ["litellm.litellm.ai/v1", "litellm.litellm.ai/v1beta1", "litellm.ai/v1alpha1", "v1", "litellm-gitops.dev/v1alpha1", 42, null, ["litellm.litellm.ai/v1alpha1"]];
const KINDS: unknown[] = ["Modle", "model", "LiteLLMInstance", "Model", "CompilerConfig", "Secret", "ConfigMap", "", true, { kind: "Model" }];
const INSERTS = ["\t", "\uFEFF", "\u0000", "\t\t", ": ", "- ", "'", '"', "{", "[", "&a ", "*a", "!!binary ", "#", "\u2011", "\n\t", "\n  x", "%YAML 1.1\n"];
const RETYPES: Retype[] = ["string", "number", "bool", "list", "map", "null"];

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("drop" as const), doc: fc.nat(), path: fc.nat() }),
  fc.record({ op: fc.constant("rename" as const), doc: fc.nat(), path: fc.nat(), typo: fc.nat() }),
  { arbitrary: fc.record({ op: fc.constant("retype" as const), doc: fc.nat(), path: fc.nat(), to: fc.nat() }), weight: 2 },
  fc.record({ op: fc.constant("duplicate" as const), doc: fc.nat(), file: fc.nat() }),
  fc.record({ op: fc.constant("apiVersion" as const), doc: fc.nat(), value: fc.nat() }),
  fc.record({ op: fc.constant("kind" as const), doc: fc.nat(), value: fc.nat() }),
  fc.record({ op: fc.constant("truncate" as const), file: fc.nat(), line: fc.nat(), cut: fc.nat() }),
  { arbitrary: fc.record({ op: fc.constant("insert" as const), file: fc.nat(), offset: fc.nat(), text: fc.nat() }), weight: 2 },
);

function typeOf(value: unknown): Retype {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "map";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "bool";
  return "string";
}

function valueOf(type: Retype, seed: number): unknown {
  switch (type) {
    case "string":
      return ["retyped", "12", "true", "", "os.environ/NOPE", "UPPER_case", "../x", "a b", "é"][seed % 9];
    case "number":
      return [42, -1, 1.5, 0][seed % 4];
    case "bool":
      return seed % 2 === 0;
    case "list":
      return [[], ["a", 1], [{ name: "x" }]][seed % 3];
    case "map":
      return [{}, { retyped: 1 }, { name: "x", value: "y" }][seed % 3];
    case "null":
      return null;
  }
}

/** Every path below the root: keys of mappings and indices of lists. */
function allPaths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...prefix, i]);
      allPaths(v, [...prefix, i], out);
    });
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      allPaths(v, [...prefix, k], out);
    }
  }
  return out;
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  return node;
}

function typo(key: string, seed: number): string {
  if (key.length < 2) return key + "x";
  const i = seed % (key.length - 1);
  switch (seed % 4) {
    case 0: // swap two letters
      return key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2);
    case 1: // drop one
      return key.slice(0, i) + key.slice(i + 1);
    case 2: // double one
      return key.slice(0, i) + key[i] + key.slice(i);
    default: // change the case of the first letter
      return (key[0] === key[0]!.toUpperCase() ? key[0]!.toLowerCase() : key[0]!.toUpperCase()) + key.slice(1);
  }
}

/** Renames `key` in `obj` keeping the key order (so the text layout barely changes). */
function renameKey(obj: Record<string, unknown>, key: string, to: string): void {
  const entries = Object.entries(obj).map(([k, v]) => [k === key ? to : k, v] as const);
  for (const k of Object.keys(obj)) delete obj[k];
  for (const [k, v] of entries) obj[k] = v;
}

interface Mutated {
  files: Record<string, string>;
  applied: string[];
}

function mutate(project: GeneratedProject, mutations: readonly Mutation[]): Mutated {
  const docs: Doc[] = project.docs.map((d) => structuredClone(d.doc));
  const layout: Layout = { files: project.layout.files.map((f) => ({ ...f, docs: [...f.docs] })) };
  const applied: string[] = [];
  const textOps: Mutation[] = [];
  for (const m of mutations) {
    if (m.op === "truncate" || m.op === "insert") {
      textOps.push(m);
      continue;
    }
    const d = m.doc % docs.length;
    const doc = docs[d]!;
    const id = project.docs[d]!.id;
    switch (m.op) {
      case "drop":
      case "rename":
      case "retype": {
        const paths = allPaths(doc);
        const p = paths[m.path % paths.length]!;
        const parent = parentOf(doc, p);
        const last = p[p.length - 1]!;
        if (m.op === "drop") {
          if (Array.isArray(parent)) parent.splice(last as number, 1);
          else delete parent[last];
          applied.push(`drop ${id} /${p.join("/")}`);
        } else if (m.op === "rename") {
          if (typeof last !== "string") break;
          const to = typo(last, m.typo);
          if (to === last || to in parent) break;
          renameKey(parent as Record<string, unknown>, last, to);
          applied.push(`rename ${id} /${p.join("/")} → ${to}`);
        } else {
          const others = RETYPES.filter((t) => t !== typeOf(parent[last]));
          const to = others[m.to % others.length]!;
          parent[last] = valueOf(to, m.to);
          applied.push(`retype ${id} /${p.join("/")} → ${JSON.stringify(parent[last])}`);
        }
        break;
      }
      case "duplicate": {
        const file = layout.files[m.file % layout.files.length]!;
        file.docs.push(d);
        applied.push(`duplicate ${id} into ${file.path}`);
        break;
      }
      case "apiVersion":
        doc.apiVersion = API_VERSIONS[m.value % API_VERSIONS.length];
        applied.push(`apiVersion of ${id} → ${JSON.stringify(doc.apiVersion)}`);
        break;
      case "kind":
        doc.kind = KINDS[m.value % KINDS.length];
        applied.push(`kind of ${id} → ${JSON.stringify(doc.kind)}`);
        break;
    }
  }
  const files = renderFiles({ docs: docs.map((doc, i) => ({ id: project.docs[i]!.id, doc })) }, layout);
  const names = Object.keys(files);
  for (const m of textOps) {
    const name = names[(m as { file: number }).file % names.length]!;
    const text = files[name]!;
    if (m.op === "truncate") {
      const lines = text.split("\n");
      const line = m.line % lines.length;
      const before = lines.slice(0, line).join("\n").length + (line > 0 ? 1 : 0);
      const cut = before + (m.cut % Math.max(1, lines[line]!.length));
      files[name] = text.slice(0, cut);
      applied.push(`truncate ${name} at line ${line + 1}, offset ${cut}`);
    } else if (m.op === "insert") {
      const offset = m.offset % (text.length + 1);
      const insert = INSERTS[m.text % INSERTS.length]!;
      files[name] = text.slice(0, offset) + insert + text.slice(offset);
      applied.push(`insert ${JSON.stringify(insert)} into ${name} at offset ${offset}`);
    }
  }
  return { files, applied };
}

// ---------------------------------------------------------------------------------------------
// Running the CLI


function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

/** Relative path → content of every file under `dir`. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else out.set(child, readFileSync(path.join(dir, child), "latin1"));
    }
  };
  walk("");
  return out;
}

/** The checks every run must pass; returns the diagnostics. */
function checkRun(run: Run, files: Record<string, string>, what: string): Diagnostic[] {
  expect([0, 1], `${what}: exit ${run.code}\n${run.stderr}`).toContain(run.code);
  expect(run.stderr, what).not.toContain("internal error");
  expect(run.stdout + run.stderr, what).not.toMatch(STACK);
  const diagnostics = JSON.parse(run.stdout) as Diagnostic[];
  expect(Array.isArray(diagnostics), what).toBe(true);
  if (run.code === 1) expect(diagnostics.filter((d) => d.severity === "error").length, what).toBeGreaterThan(0);
  for (const d of diagnostics) {
    const label = `${what}: ${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`;
    expect(Object.keys(files), label).toContain(d.file);
    const lines = files[d.file]!.replace(/^\uFEFF/, "").split(/\r?\n/);
    expect(d.line, label).toBeGreaterThanOrEqual(1);
    expect(d.line, label).toBeLessThanOrEqual(lines.length);
    expect(d.column, label).toBeGreaterThanOrEqual(1);
    expect(d.column, label).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
  }
  return diagnostics;
}

describe("mutated valid projects", () => {
  const stats = { runs: 0, validateFailed: 0, buildFailed: 0, codes: new Map<string, number>() };

  afterAll(() => {
    const codes = [...stats.codes.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([c, n]) => `${c}×${n}`);
    console.info(`mutations: ${stats.runs} runs, validate exit 1 in ${stats.validateFailed}, build exit 1 in ${stats.buildFailed}; codes ${codes.join(" ")}`);
  });

  it("never exit 2, never a stack trace, always a located diagnostic, never a half-written output", { timeout: 120_000 * SCALE }, async () => {
    await fc.assert(
      fc.asyncProperty(projectArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), async (project, mutations) => {
        const root = mkdtempSync(path.join(tmpdir(), "lg-mutate-"));
        made.push(root);
        try {
          // The valid project's build: the "previous output" a failed build must leave alone.
          const dir = path.join(root, "project");
          const previous = path.join(root, "previous");
          writeFiles(dir, renderFiles(project, project.layout));
          const first = await cli(dir, ["build", dir, "--out", previous, "--format", "json"]);
          expect(first.code, first.stderr + first.stdout).toBe(0);
          const before = snapshot(previous);

          // Mutate in place.
          rmSync(dir, { recursive: true, force: true });
          const { files, applied } = mutate(project, mutations);
          writeFiles(dir, files);
          const what = applied.join("; ") || "(no mutation applied)";

          const validate = await cli(dir, ["validate", dir, "--format", "json"]);
          const validated = checkRun(validate, files, `validate after ${what}`);
          const textValidate = await cli(dir, ["validate", dir]);
          expect(textValidate.code, `text validate after ${what}`).toBe(validate.code);
          expect(textValidate.stderr, what).not.toMatch(STACK);

          const fresh = path.join(root, "fresh");
          const build = await cli(dir, ["build", dir, "--out", fresh, "--format", "json"]);
          const built = checkRun(build, files, `build after ${what}`);
          if (validate.code === 1) expect(build.code, `validate failed but build passed after ${what}`).toBe(1);
          const rebuild = await cli(dir, ["build", dir, "--out", previous, "--format", "json"]);
          expect(rebuild.code, what).toBe(build.code);

          if (build.code === 1) {
            expect(existsSync(fresh), `a failed build created its output folder after ${what}`).toBe(false);
            expect(snapshot(previous), `a failed build changed the previous output after ${what}`).toEqual(before);
          } else {
            expect(statSync(path.join(fresh, "kustomization.yaml")).isFile()).toBe(true);
            for (const file of snapshot(fresh).keys()) {
              if (!file.endsWith(".yaml") || file.endsWith("kustomization.yaml") || file.endsWith("/config.yaml")) continue;
              for (const object of parseYamlStream(readFileSync(path.join(fresh, file), "utf8"))) {
                expect(validateUpstream(object).errors, `${file} after ${what}`).toEqual([]);
              }
            }
          }

          stats.runs++;
          if (validate.code === 1) stats.validateFailed++;
          if (build.code === 1) stats.buildFailed++;
          for (const d of [...validated, ...built]) stats.codes.set(d.code, (stats.codes.get(d.code) ?? 0) + 1);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      runs(100),
    );
  });
});
