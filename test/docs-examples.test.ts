// Every ```yaml block in README.md and docs/**/*.md is checked, so that no example in the docs
// drifts from what the compiler accepts. Nothing escapes by accident: a block that is not
// recognisable as one of the kinds below fails until it is explicitly marked.
//
// How a block is classified (the marker is an HTML comment on the nearest non-blank line
// above the opening fence; it does not show on a rendered page):
//
//   (no marker)                   each YAML document in the block must be one of:
//                                 - ours (apiVersion litellm.litellm.ai/*, auth.litellm.ai/* or litellm-gitops.dev/*):
//                                   ALL unmarked blocks of one md file with our kinds form ONE
//                                   project (a Model may use the instance of an earlier block),
//                                   compiled with compileInputs; no error allowed (warnings are);
//                                 - another Kubernetes object or CRD (apiVersion + kind):
//                                   valid against the upstream schema (test/upstream-schemas/);
//                                 anything else fails: mark it.
//   <!-- standalone -->           like unmarked, but the block is a project of its own
//                                 (two alternative versions of one resource in one page).
//   <!-- invalid: LG2003 -->      deliberately invalid input (docs/diagnostics.md): compiling
//                                 the block (alone, or else with the file's project) must report
//                                 every listed code (comma-separated). The YAML may be broken.
//   <!-- github-workflow -->      a GitHub Actions workflow: parses, has `on` and `jobs`, every
//                                 job runs steps that each `run` or `uses` (a pinned action), and
//                                 every `litellm-gitops <command>` in it is a real command.
//   <!-- yaml-fragment -->        anything else (pre-commit config, a snippet, a kustomization,
//                                 a plugin config): it must parse as YAML, nothing more.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { main } from "../src/cli/main.js";
import { compileInputs } from "../src/compiler/compile.js";
import type { Diagnostic } from "../src/compiler/diagnostics.js";
import { validateUpstream } from "./support/upstream-schemas.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

// ---------------------------------------------------------------------------------------
// Extraction

type Marker =
  | { kind: "none" }
  | { kind: "standalone" }
  | { kind: "fragment" }
  | { kind: "github-workflow" }
  | { kind: "invalid"; codes: string[] }
  | { kind: "unknown"; text: string };

export interface Block {
  /** The md file, relative to the repository root. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** 1-based index among the file's yaml blocks. */
  index: number;
  text: string;
  marker: Marker;
}

const MARKER = /^\s*<!--\s*(.*?)\s*-->\s*$/;

function parseMarker(line: string | undefined): Marker {
  const match = line === undefined ? null : MARKER.exec(line);
  if (!match) return { kind: "none" };
  const body = match[1]!;
  if (body === "standalone") return { kind: "standalone" };
  if (body === "yaml-fragment") return { kind: "fragment" };
  if (body === "github-workflow") return { kind: "github-workflow" };
  const invalid = /^invalid:\s*(LG\d{4}(?:\s*,\s*LG\d{4})*)$/.exec(body);
  if (invalid) return { kind: "invalid", codes: invalid[1]!.split(",").map((c) => c.trim()) };
  // Another HTML comment right above a block is most likely a mistyped marker: say so.
  return /standalone|fragment|workflow|invalid|yaml/i.test(body) ? { kind: "unknown", text: body } : { kind: "none" };
}

/** The ```yaml / ```yml blocks of a Markdown text (fences of ` or ~, any length, indented up to 3 spaces, as in lists). */
export function extractYamlBlocks(file: string, markdown: string): Block[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})\s*([^`\s]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open;
    let end = i + 1;
    const close = new RegExp(`^ {0,3}${fence![0] === "`" ? "`" : "~"}{${fence!.length},}\\s*$`);
    while (end < lines.length && !close.test(lines[end]!)) end++;
    if (/^ya?ml$/i.test(info!)) {
      let above = i - 1;
      while (above >= 0 && lines[above]!.trim() === "") above--;
      const body = lines.slice(i + 1, end).map((l) => (l.startsWith(indent!) ? l.slice(indent!.length) : l.trimStart()));
      blocks.push({ file, line: i + 1, index: blocks.length + 1, text: body.join("\n") + "\n", marker: parseMarker(lines[above]) });
    }
    i = end;
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------
// Checks. Each returns problems as text; an empty list passes.

const OUR_GROUPS = new Set(["litellm.litellm.ai", "litellm-gitops.dev", "auth.litellm.ai"]);

function where(b: Block): string {
  return `${b.file}:${b.line} (yaml block ${b.index})`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

interface Parsed {
  values: unknown[];
  errors: string[];
}

function parseBlock(b: Block): Parsed {
  const docs = parseAllDocuments(b.text);
  const list = Array.isArray(docs) ? docs : [docs];
  const errors = list.flatMap((d) => d.errors.map((e) => `${where(b)}: YAML does not parse: ${e.message.split("\n")[0]}`));
  if (errors.length > 0) return { values: [], errors };
  try {
    return { values: list.map((d) => d.toJS() as unknown), errors };
  } catch (error) {
    // An alias bomb (docs/diagnostics.md shows one) parses, but does not become data.
    return { values: [], errors: [`${where(b)}: YAML does not load: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

/** A fragment only has to be YAML: syntax, not data (an alias-bomb example is a fine fragment). */
function checkFragment(b: Block): string[] {
  const docs = parseAllDocuments(b.text);
  const list = Array.isArray(docs) ? docs : [docs];
  return list.flatMap((d) => d.errors.map((e) => `${where(b)}: YAML does not parse: ${e.message.split("\n")[0]}`));
}

type Role = "ours" | "upstream" | "empty" | "unrecognised";

function roleOf(value: unknown): Role {
  if (value === null || value === undefined) return "empty";
  if (!isRecord(value) || typeof value.apiVersion !== "string" || typeof value.kind !== "string") return "unrecognised";
  return OUR_GROUPS.has(value.apiVersion.split("/")[0]!) ? "ours" : "upstream";
}

/** Diagnostics of a scratch project made of the blocks, with positions mapped back into the md files. */
function compileBlocks(blocks: readonly Block[]): { diagnostics: Diagnostic[]; shown: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), "lg-docs-"));
  try {
    const names = new Map<string, Block>();
    for (const b of blocks) {
      const name = `block-${b.index}-line-${b.line}.yaml`;
      names.set(name, b);
      writeFileSync(path.join(dir, name), b.text);
    }
    const outcome = compileInputs([], { cwd: dir, exclude: [], strict: false });
    const shown = outcome.diagnostics.map((d) => {
      const b = names.get(d.file);
      const at = b ? `${b.file}:${b.line + d.line} (yaml block ${b.index})` : d.file;
      return `${at}: ${d.severity} ${d.code} ${d.message}`;
    });
    return { diagnostics: outcome.diagnostics, shown };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Unmarked and standalone blocks: every document ours or a valid upstream object. Gives the block's project role. */
function checkDocuments(b: Block): { problems: string[]; ours: boolean } {
  const { values, errors } = parseBlock(b);
  if (errors.length > 0) return { problems: errors, ours: false };
  const problems: string[] = [];
  let ours = false;
  values.forEach((value, n) => {
    const role = roleOf(value);
    const doc = values.length > 1 ? ` document ${n + 1}` : "";
    if (role === "ours") ours = true;
    else if (role === "upstream") {
      const result = validateUpstream(value);
      if (!result.ok) problems.push(...result.errors.map((e) => `${where(b)}${doc}: not valid upstream: ${e}`));
    } else if (role === "unrecognised") {
      problems.push(
        `${where(b)}${doc}: not a resource (no apiVersion/kind). Complete it, or mark it with <!-- yaml-fragment --> ` +
          `(or <!-- invalid: LGxxxx --> / <!-- github-workflow -->) on the line above the fence`,
      );
    }
  });
  return { problems, ours };
}

function checkProject(blocks: readonly Block[]): string[] {
  if (blocks.length === 0) return [];
  const { diagnostics, shown } = compileBlocks(blocks);
  return diagnostics.some((d) => d.severity === "error") ? shown.filter((_, i) => diagnostics[i]!.severity === "error") : [];
}

function checkInvalid(b: Block & { marker: { kind: "invalid" } }, project: readonly Block[]): string[] {
  const missing = (ds: Diagnostic[]) => b.marker.codes.filter((c) => !ds.some((d) => d.code === c));
  const alone = compileBlocks([b]);
  if (missing(alone.diagnostics).length === 0) return [];
  const withProject = compileBlocks([...project, b]);
  const stillMissing = missing(withProject.diagnostics);
  if (stillMissing.length === 0) return [];
  const got = alone.shown.length > 0 ? alone.shown.map((s) => `\n    ${s}`).join("") : " nothing";
  return [`${where(b)}: marked invalid with ${stillMissing.join(", ")}, but compiling it does not report ${stillMissing.length === 1 ? "it" : "them"}; it reports:${got}`];
}

/** The command names `litellm-gitops --help` lists. */
async function commandNames(): Promise<Set<string>> {
  let out = "";
  const sink = { write: (s: string) => (out += s) };
  await main(["--help"], { cwd: ROOT, env: {}, color: false, stdout: sink, stderr: sink });
  const section = out.split("Commands:\n")[1]?.split("\n\n")[0] ?? "";
  return new Set(section.split("\n").map((l) => l.trim().split(/\s+/)[0]!).filter(Boolean));
}

function checkWorkflow(b: Block, commands: ReadonlySet<string>): string[] {
  const { values, errors } = parseBlock(b);
  if (errors.length > 0) return errors;
  const problems: string[] = [];
  const fail = (m: string) => problems.push(`${where(b)}: GitHub workflow: ${m}`);
  const wf = values[0];
  if (values.length !== 1 || !isRecord(wf)) return [`${where(b)}: GitHub workflow: expected one mapping`];
  if (!("on" in wf)) fail("no `on:` trigger");
  if (!isRecord(wf.jobs) || Object.keys(wf.jobs).length === 0) return [...problems, `${where(b)}: GitHub workflow: no jobs`];
  for (const [name, job] of Object.entries(wf.jobs)) {
    if (!isRecord(job)) {
      fail(`job ${name} is not a mapping`);
      continue;
    }
    if (typeof job.uses === "string") continue; // a reusable workflow call has no steps
    if (job["runs-on"] === undefined) fail(`job ${name} has no runs-on`);
    if (!Array.isArray(job.steps) || job.steps.length === 0) {
      fail(`job ${name} has no steps`);
      continue;
    }
    job.steps.forEach((step, n) => {
      const at = `job ${name} step ${n + 1}`;
      if (!isRecord(step)) return fail(`${at} is not a mapping`);
      const hasRun = typeof step.run === "string";
      const hasUses = typeof step.uses === "string";
      if (hasRun === hasUses) return fail(`${at} needs exactly one of run and uses`);
      if (hasUses && !/^(\.\/|docker:\/\/|[\w.-]+\/[\w./-]+@[\w.-]+$)/.test(step.uses as string)) fail(`${at}: uses ${String(step.uses)} is not owner/repo@ref`);
      if (hasRun) {
        for (const m of (step.run as string).matchAll(/litellm-gitops(?:\.js)?\s+([a-z][\w-]*)/g)) {
          if (!commands.has(m[1]!)) fail(`${at} runs "litellm-gitops ${m[1]}", which is not a command`);
        }
      }
    });
  }
  return problems;
}

/** Every check of one md file's blocks, as problems naming file, line and block. */
export async function checkMarkdown(blocks: readonly Block[]): Promise<string[]> {
  const problems: string[] = [];
  const project: Block[] = [];
  const commands = await commandNames();
  for (const b of blocks) {
    const m = b.marker;
    if (m.kind === "unknown") problems.push(`${where(b)}: unknown marker <!-- ${m.text} -->`);
    else if (m.kind === "fragment") problems.push(...checkFragment(b));
    else if (m.kind === "github-workflow") problems.push(...checkWorkflow(b, commands));
    else if (m.kind === "none" || m.kind === "standalone") {
      const { problems: p, ours } = checkDocuments(b);
      problems.push(...p);
      if (ours && p.length === 0) {
        if (m.kind === "standalone") problems.push(...checkProject([b]));
        else project.push(b);
      }
    }
  }
  problems.push(...checkProject(project));
  for (const b of blocks) if (b.marker.kind === "invalid") problems.push(...checkInvalid(b as Block & { marker: { kind: "invalid" } }, project));
  return problems;
}

// ---------------------------------------------------------------------------------------
// The docs of this repository

function markdownFiles(): string[] {
  const docs = readdirSync(path.join(ROOT, "docs"), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f.split(path.sep).join("/")}`);
  return ["README.md", ...docs.sort()];
}

describe("YAML examples in README.md and docs/", () => {
  const files = markdownFiles();
  const blocksOf = (file: string) => extractYamlBlocks(file, readFileSync(path.join(ROOT, file), "utf8"));

  it("finds the docs, and YAML blocks in them", () => {
    expect(files).toContain("README.md");
    expect(files.flatMap(blocksOf).length).toBeGreaterThan(5);
  });

  it.each(files)("%s: every yaml block checks", async (file) => {
    const problems = await checkMarkdown(blocksOf(file));
    expect(problems, problems.join("\n")).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// The checker itself: it must FAIL on what it is meant to catch.

describe("the docs checker", () => {
  const INSTANCE = "apiVersion: litellm.litellm.ai/v1alpha1\nkind: LiteLLMInstance\nmetadata: {name: proxy, namespace: ai}\nspec:\n  image: ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1\n";
  const MODEL =
    "apiVersion: litellm.litellm.ai/v1alpha1\nkind: Model\nmetadata: {name: m, namespace: ai}\nspec:\n  modelName: m\n  connectionRef: {instanceRef: {name: proxy}}\n  modelSecretRef: {secretName: s}\n  litellmParams: {model: openai/gpt-4o}\n";
  const md = (...parts: string[]) => parts.join("\n");
  const fence = (text: string, info = "yaml") => "```" + info + "\n" + text + "```\n";
  const check = (markdown: string) => checkMarkdown(extractYamlBlocks("x.md", markdown));

  it("extracts yaml/yml blocks with position and marker, including indented ones in lists", () => {
    const blocks = extractYamlBlocks("x.md", md("# t", "", "<!-- yaml-fragment -->", "", fence("a: 1\n"), "```sh\nx\n```", "1. step", "   ```yml", "   b: 2", "   ```"));
    expect(blocks.map((b) => [b.line, b.index, b.text, b.marker.kind])).toEqual([
      [5, 1, "a: 1\n", "fragment"],
      [13, 2, "b: 2\n", "none"],
    ]);
  });

  it("compiles our kinds of one file together", async () => {
    expect(await check(md(fence(INSTANCE), "text", fence(MODEL)))).toEqual([]);
    // Alone, the Model names an instance that does not exist.
    const alone = await check(md(fence(INSTANCE), "<!-- standalone -->", fence(MODEL)));
    expect(alone.join("\n")).toMatch(/^x\.md:\d+ \(yaml block 2\): error LG3001/m);
  });

  it("reports an error with the md file's line", async () => {
    const problems = await check(md("# t", fence(INSTANCE.replace("spec:\n", "spec:\n  replica: 2\n"))));
    // The fence is on line 2; `replica` on the block's line 5, so line 2 + 5.
    expect(problems).toEqual([expect.stringMatching(/^x\.md:7 \(yaml block 1\): error LG2003 /)]);
  });

  it("fails an unmarked block that is not a resource, and passes it once marked", async () => {
    expect((await check(fence("repos:\n  - repo: local\n"))).join()).toContain("mark it with <!-- yaml-fragment -->");
    expect(await check(md("<!-- yaml-fragment -->", fence("repos:\n  - repo: local\n")))).toEqual([]);
    expect((await check(md("<!-- yaml-fragment -->", fence("a: [1\n")))).join()).toContain("YAML does not parse");
    expect((await check(md("<!-- yaml-fragmnet -->", fence("a: 1\n")))).join()).toContain("unknown marker");
  });

  it("validates other Kubernetes objects against the upstream schemas", async () => {
    expect(await check(fence("apiVersion: v1\nkind: Namespace\nmetadata: {name: ai}\n"))).toEqual([]);
    expect((await check(fence("apiVersion: v1\nkind: Namespace\nmetadata: {name: ai}\nspce: {}\n"))).join()).toContain("not valid upstream");
    expect((await check(fence("apiVersion: example.com/v1\nkind: Thing\nmetadata: {name: x}\n"))).join()).toContain("no upstream schema");
  });

  it("requires the codes of an invalid block", async () => {
    const bad = INSTANCE.replace("spec:\n", "spec:\n  replica: 2\n");
    expect(await check(md("<!-- invalid: LG2003 -->", fence(bad)))).toEqual([]);
    expect((await check(md("<!-- invalid: LG2001 -->", fence(bad)))).join()).toContain("does not report it");
    expect((await check(md("<!-- invalid: LG3001 -->", fence(INSTANCE)))).join()).toContain("it reports: nothing");
    // With the file's project: the invalid Model leans on the instance of another block.
    // (LG4003 comes from the resolver, which does not run while LG3001 stands.)
    const badModel = MODEL.replace("litellmParams: {model: openai/gpt-4o}", "litellmParams: {model: openai/gpt-4o, apiBase: os.environ/NOT_SET}");
    expect(await check(md(fence(INSTANCE), "<!-- invalid: LG4003 -->", fence(badModel)))).toEqual([]);
    expect((await check(md("<!-- invalid: LG4003 -->", fence(badModel)))).join()).toMatch(/does not report it; it reports:\n.*LG3001/);
  });

  it("checks a GitHub workflow's shape and the litellm-gitops commands it runs", async () => {
    const wf = (run: string) =>
      md("<!-- github-workflow -->", fence(`on: pull_request\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${run}\n`));
    expect(await check(wf("npx litellm-gitops validate --format github"))).toEqual([]);
    expect((await check(wf("npx litellm-gitops valdate"))).join()).toContain('"litellm-gitops valdate", which is not a command');
    expect((await check(md("<!-- github-workflow -->", fence("on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout\n"))))).toEqual([
      "x.md:2 (yaml block 1): GitHub workflow: job a has no runs-on",
      "x.md:2 (yaml block 1): GitHub workflow: job a step 1: uses actions/checkout is not owner/repo@ref",
    ]);
  });
});
