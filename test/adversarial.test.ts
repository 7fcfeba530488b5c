// The adversarial corpus, fixtures/adversarial/ (its README.md lists the cases): small hostile
// or broken inputs, each a folder with an expected.json. Every case runs through the CLI
// in-process, `validate` and `build`, with `--format json` (and `validate` once more in the
// text format, whose code frame must survive the same bytes), from a copy in the OS temp
// folder (a run never writes into the repository). For every case:
//   - bounded time: the per-test timeout;
//   - exit 0 or 1, never 2; no "internal error", no stack trace;
//   - exactly the diagnostics expected.json lists (code, file, line, column), each located
//     inside the input: a file of the case, 1 ≤ line ≤ its line count, 1 ≤ column ≤ the
//     line's length + 1;
//   - "error" cases: exit 1 and `build` writes nothing (its output folder is never created);
//   - "valid" cases (BOM, CRLF, tabs after a colon): exit 0, and the output is byte-identical
//     to that of the same files normalised (no BOM, LF, spaces);
//   - "not-ours" cases: exit 0 and no diagnostic but the LG1020 warning (no resource of ours
//     found), and `build` writes no object;
//   - `everyField` cases (wrong types in every field): every field the schema declares at that
//     place has its own diagnostic, so a new schema field without a retyped value fails here.
// The 20,000-deep and 50 MB inputs are generated at test time in test/robustness.test.ts.
import { cli, type Run } from "./support/cli.js";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/compiler/diagnostics.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CORPUS = path.join(ROOT, "fixtures/adversarial");
const BOUND = 20_000;
const STACK = /\n\s+at .+:\d+:\d+|^\s{4}at /m;

interface Located {
  /** Left out where any code will do (a problem not reported today: the position is what matters). */
  code?: string;
  file: string;
  line: number;
  column: number;
}

interface Expected {
  description: string;
  outcome: "error" | "valid" | "not-ours";
  /** Exactly what `validate` reports (and `build`, plus `buildOnly`). */
  diagnostics: Located[];
  /** Compile-stage diagnostics: `build` reports them, `validate` does not look for them. */
  buildOnly?: Located[];
  everyField?: { file: string; schema: string; schemaPointer: string; pointer: string };
}

const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** The case a temp copy was made of (see copyOf). */
const copies = new Map<string, string>();
const caseOf = (dir: string): string => copies.get(dir) ?? "";

const expectedOf = (name: string): Expected => JSON.parse(readFileSync(path.join(CORPUS, name, "expected.json"), "utf8")) as Expected;

/** Relative paths of a case's input files (everything but expected.json), sorted. */
function inputFiles(dir: string, rel = ""): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => {
      const child = rel === "" ? e.name : `${rel}/${e.name}`;
      return e.isDirectory() ? inputFiles(dir, child) : child === "expected.json" ? [] : [child];
    })
    .sort();
}

/** Cases with nothing of ours: `validate` and `build` warn that no resource was found (LG1020), and nothing else. */
const notOurs = new Set(cases.filter((name) => expectedOf(name).outcome === "not-ours"));

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the case in a fresh temp folder: `<tmp>/project`, with `<tmp>/out` free for build. */
function copyOf(name: string): { dir: string; out: string } {
  const tmp = mkdtempSync(path.join(tmpdir(), `lg-adv-${name}-`));
  temps.push(tmp);
  const dir = path.join(tmp, "project");
  copies.set(dir, name);
  cpSync(path.join(CORPUS, name), dir, { recursive: true, filter: (src) => path.basename(src) !== "expected.json" });
  return { dir, out: path.join(tmp, "out") };
}


const key = (d: Located) => `${d.file}:${d.line}:${d.column} ${d.code ?? "(any code)"}`;

/** Pairs expected and actual diagnostics (an expectation without a code matches any code at its place). */
function compare(actual: readonly Located[], expected: readonly Located[]): { missing: string[]; unexpected: string[] } {
  const left = [...actual];
  const missing: string[] = [];
  for (const want of [...expected].sort((a, b) => (a.code === undefined ? 1 : 0) - (b.code === undefined ? 1 : 0))) {
    const i = left.findIndex((d) => d.file === want.file && d.line === want.line && d.column === want.column && (want.code === undefined || d.code === want.code));
    if (i < 0) missing.push(key(want));
    else left.splice(i, 1);
  }
  return { missing: missing.sort(), unexpected: left.map(key).sort() };
}

/** Exit 0/1, no crash, JSON diagnostics each located inside the case's files. */
function checked(run: Run, dir: string, what: string): Diagnostic[] {
  expect([0, 1], `${what}: exit ${run.code}\n${run.stderr}`).toContain(run.code);
  expect(run.stderr, what).not.toContain("internal error");
  expect(run.stdout + run.stderr, what).not.toMatch(STACK);
  const all = JSON.parse(run.stdout) as Diagnostic[];
  // LG1020 (nothing of ours found) is about the path given, not a place in a file: checked apart.
  const noResources = all.filter((d) => d.code === "LG1020");
  expect(noResources.map((d) => [d.severity, d.file, d.line]), what).toEqual(notOurs.has(caseOf(dir)) ? [["warning", dir, 0]] : []);
  const diagnostics = all.filter((d) => d.code !== "LG1020");
  const files = inputFiles(dir);
  for (const d of diagnostics) {
    const label = `${what}: ${key(d)} ${d.message}`;
    expect(files, label).toContain(d.file);
    const lines = readFileSync(path.join(dir, d.file), "utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
    expect(d.line, label).toBeGreaterThanOrEqual(1);
    expect(d.line, label).toBeLessThanOrEqual(lines.length);
    expect(d.column, label).toBeGreaterThanOrEqual(1);
    expect(d.column, label).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
    expect(d.message, label).not.toContain("\n");
  }
  return diagnostics;
}

/** Relative path → bytes (as latin1 text) of every file under `dir`. */
function snapshot(dir: string, rel = "", out = new Map<string, string>()): Map<string, string> {
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel === "" ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) snapshot(dir, child, out);
    else out.set(child, readFileSync(path.join(dir, child), "latin1"));
  }
  return out;
}

describe("fixtures/adversarial", () => {
  it("has a README row and an expected.json for every case, and Git keeps the bytes", () => {
    const readme = readFileSync(path.join(CORPUS, "README.md"), "utf8");
    const rows = [...readme.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual(cases);
    for (const name of cases) expect(["error", "valid", "not-ours"]).toContain(expectedOf(name).outcome);
    // BOM, CRLF, tabs and invalid bytes must reach the tests as committed: no EOL conversion.
    expect(readFileSync(path.join(CORPUS, ".gitattributes"), "utf8")).toMatch(/^\* -text$/m);
    expect(readFileSync(path.join(CORPUS, "bom-crlf-valid/instance.yaml")).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(path.join(CORPUS, "crlf-error/model.yaml"), "latin1")).toContain("\r\n");
    expect(readFileSync(path.join(CORPUS, "invalid-utf8/latin1.yaml")).includes(0xe9)).toBe(true);
  });

  describe.each(cases)("%s", (name) => {
    const expected = expectedOf(name);
    const exitCode = (diagnostics: readonly Located[]) => (expected.outcome === "error" && diagnostics.length > 0 ? 1 : 0);

    it("validate: the expected exit and exactly the expected diagnostics, located, no stack trace", { timeout: BOUND }, async () => {
      const { dir } = copyOf(name);
      const json = await cli(dir, ["validate", dir, "--format", "json"]);
      const diagnostics = checked(json, dir, `validate ${name}`);
      expect(compare(diagnostics, expected.diagnostics)).toEqual({ missing: [], unexpected: [] });
      expect(json.code).toBe(exitCode(expected.diagnostics));
      const text = await cli(dir, ["validate", dir]);
      expect(text.code).toBe(json.code);
      expect(text.stderr).not.toMatch(STACK);
      expect(text.stderr).not.toContain("internal error");
    });

    it("build: the expected exit and diagnostics; a failed build writes nothing", { timeout: BOUND }, async () => {
      const { dir, out } = copyOf(name);
      const want = [...expected.diagnostics, ...(expected.buildOnly ?? [])];
      const run = await cli(dir, ["build", dir, "--out", out, "--format", "json"]);
      const diagnostics = checked(run, dir, `build ${name}`);
      expect(compare(diagnostics, want)).toEqual({ missing: [], unexpected: [] });
      expect(run.code).toBe(exitCode(want));
      if (run.code === 1) expect(existsSync(out), "a failed build created its output folder").toBe(false);
      if (expected.outcome === "not-ours" && existsSync(out)) {
        // Whatever build writes for a project with nothing of ours, it is no object.
        for (const [file, text] of snapshot(out)) {
          if (file === "kustomization.yaml") expect(text).toMatch(/^resources: \[\]$/m);
          else expect(file).toMatch(/^\.litellm-gitops-/);
        }
      }
    });

    if (expected.everyField) {
      const { file, schema, schemaPointer, pointer } = expected.everyField;
      it(`reports every field of ${pointer} on its own`, { timeout: BOUND }, async () => {
        let node = JSON.parse(readFileSync(path.join(ROOT, schema), "utf8")) as Record<string, unknown>;
        for (const step of schemaPointer.split("/").slice(1)) node = node[step] as Record<string, unknown>;
        const fields = Object.keys(node.properties as Record<string, unknown>).sort();
        expect(fields.length).toBeGreaterThan(10);
        const { dir } = copyOf(name);
        const diagnostics = checked(await cli(dir, ["validate", dir, "--format", "json"]), dir, `validate ${name}`);
        const reported = new Map<string, number>();
        for (const d of diagnostics) if (d.file === file) reported.set(d.pointer, (reported.get(d.pointer) ?? 0) + 1);
        expect(fields.filter((f) => reported.get(`${pointer}/${f}`) !== 1)).toEqual([]);
        // Nothing but the retyped fields: no consequence reported twice, no stray message.
        expect([...reported.keys()].sort()).toEqual(fields.map((f) => `${pointer}/${f}`).sort());
      });
    }

    if (expected.outcome === "valid") {
      it("builds byte-identical output to the same files without BOM, CR or tabs", { timeout: BOUND }, async () => {
        const { dir, out } = copyOf(name);
        const normal = copyOf(name);
        for (const file of inputFiles(normal.dir)) {
          const text = readFileSync(path.join(normal.dir, file), "utf8");
          writeFileSync(path.join(normal.dir, file), text.replace(/^\uFEFF/, "").replace(/\r\n/g, "\n").replace(/:\t/g, ": "));
        }
        expect((await cli(dir, ["build", dir, "--out", out])).code).toBe(0);
        expect((await cli(normal.dir, ["build", normal.dir, "--out", normal.out])).code).toBe(0);
        expect(snapshot(out)).toEqual(snapshot(normal.out));
      });
    }
  });

  // docs/issue 8: content that is not ours "ends with exit 0 and writes nothing". `render`
  // refuses to print an empty stream (Argo CD would prune everything); `build` should not
  // write an empty kustomization.yaml either (Flux would prune everything it applied).
  it("build writes nothing when nothing in the inputs is ours", { timeout: BOUND }, async () => {
    const wrote: string[] = [];
    for (const name of cases.filter((c) => expectedOf(c).outcome === "not-ours")) {
      const { dir, out } = copyOf(name);
      const run = await cli(dir, ["build", dir, "--out", out, "--format", "json"]);
      expect(run.code).toBe(0);
      if (existsSync(out)) wrote.push(`${name}: ${[...snapshot(out).keys()].join(", ")}`);
    }
    expect(wrote).toEqual([]);
  });
});
