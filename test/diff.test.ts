// `litellm-gitops diff`: the pure diff (src/diff/diff.ts) on IR pairs compiled from small
// projects, its Markdown, and the command end to end against a scratch Git repository.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { IR } from "../src/compiler/ir.js";
import { main } from "../src/cli/main.js";
import { diffIR, isEmpty, renderAsBuild } from "../src/diff/diff.js";
import { toYamlStream } from "../src/render/yaml.js";
import { staticBase } from "../src/diff/git.js";
import { COMMENT_MARKER, formatMarkdown, inline } from "../src/diff/markdown.js";
import { changedPaths, fieldChanges } from "../src/diff/values.js";
import { MASK } from "../src/litellm/index.js";
import { compileDir, INSTANCE, model, writeProject } from "./support/project.js";

function irOf(files: Record<string, string>): IR {
  const outcome = compileDir(writeProject(files));
  if (!outcome.result) throw new Error(outcome.diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`).join("\n"));
  return outcome.result;
}

const GPT = model("gpt-4o", "model: openai/gpt-4o\nrpm: 100");
const CLAUDE = model("claude", "model: anthropic/claude-sonnet-4-20250514");
const BEFORE = { "instance.yaml": INSTANCE, "gpt.yaml": GPT, "claude.yaml": CLAUDE };

describe("diffIR", () => {
  it("reports models added, removed and changed, with changed fields and values", () => {
    const after = irOf({
      "instance.yaml": INSTANCE.replace("spec:\n", "spec:\n  replicas: 3\n"),
      "gpt.yaml": model("gpt-4o", "model: openai/gpt-4o\nrpm: 200\ntpm: 5000", "  modelInfo:\n    tier: paid\n"),
      "gpt5.yaml": model("gpt-5", "model: openai/gpt-5"),
    });
    const diff = diffIR(irOf(BEFORE), after);
    expect(diff.instances).toHaveLength(1);
    const d = diff.instances[0]!;
    expect(d.dir).toBe("ai/proxy");
    expect(d.status).toBe("changed");
    expect(d.models.added.map((m) => [m.modelName, m.model])).toEqual([["gpt-5", "openai/gpt-5"]]);
    expect(d.models.removed.map((m) => m.modelName)).toEqual(["claude"]);
    expect(d.models.changed).toHaveLength(1);
    expect(d.models.changed[0]!.modelName).toBe("gpt-4o");
    expect(d.models.changed[0]!.changes).toEqual([
      { path: "litellm_params.rpm", before: 100, after: 200 },
      { path: "litellm_params.tpm", after: 5000 },
      { path: "model_info.tier", after: "paid" },
    ]);
    // One Secret per model: the new model's ExternalSecret appears, the removed one's goes;
    // a second replica brings a PodDisruptionBudget.
    expect(d.objects.added.map((o) => `${o.kind}/${o.name}`)).toEqual(["PodDisruptionBudget/proxy-pdb", "ExternalSecret/gpt-5-secret"]);
    expect(d.objects.removed.map((o) => `${o.kind}/${o.name}`)).toEqual(["ExternalSecret/claude-secret"]);
    const changed = Object.fromEntries(d.objects.changed.map((o) => [o.kind, o.paths]));
    expect(changed.ConfigMap).toEqual(["data[config.yaml]"]);
    expect(changed.Deployment).toContain("spec.replicas");
    expect(changed.Deployment!.some((p) => p.startsWith("spec.template.spec.containers[name=litellm].env[name="))).toBe(true);
    expect(diff.files.changed).toContain("ai/proxy/config.yaml");
    expect(diff.files.added).toContain("ai/proxy/externalsecret-gpt-5-secret.yaml");
    expect(diff.files.removed).toContain("ai/proxy/externalsecret-claude-secret.yaml");
    expect(isEmpty(diff)).toBe(false);
  });

  it("keys models by model_info.id: a renamed modelName is a change, not a removal and an addition", () => {
    const renamed = model("gpt-4o", "model: openai/gpt-4o\nrpm: 100").replace("modelName: gpt-4o", "modelName: gpt-4o-prod");
    const diff = diffIR(irOf(BEFORE), irOf({ ...BEFORE, "gpt.yaml": renamed }));
    const d = diff.instances[0]!;
    expect(d.models.added).toEqual([]);
    expect(d.models.removed).toEqual([]);
    expect(d.models.changed[0]!.changes).toEqual([{ path: "model_name", before: "gpt-4o", after: "gpt-4o-prod" }]);
  });

  it("reports config.yaml settings changes", () => {
    const withSettings = INSTANCE + "  routerSettings:\n    num_retries: 3\n";
    const diff = diffIR(irOf(BEFORE), irOf({ ...BEFORE, "instance.yaml": withSettings }));
    expect(diff.instances[0]!.settings).toEqual([{ path: "router_settings.num_retries", after: 3 }]);
  });

  it("diffs against nothing: a new instance with every model and object added", () => {
    const diff = diffIR(undefined, irOf(BEFORE));
    const d = diff.instances[0]!;
    expect(d.status).toBe("added");
    expect(d.models.added.map((m) => m.modelName)).toEqual(["claude", "gpt-4o"]);
    expect(d.objects.added.length).toBeGreaterThan(3);
    expect(d.objects.removed).toEqual([]);
    expect(diff.files.removed).toEqual([]);
  });

  it("reports an instance that is gone as removed", () => {
    const other = INSTANCE.replace("name: proxy", "name: other");
    const diff = diffIR(irOf({ ...BEFORE, "other.yaml": other }), irOf(BEFORE));
    expect(diff.instances.map((d) => [d.dir, d.status])).toEqual([["ai/other", "removed"]]);
    expect(diff.instances[0]!.objects.removed.length).toBeGreaterThan(0);
  });

  it("finds nothing between the same inputs, whatever the file order", () => {
    const diff = diffIR(irOf(BEFORE), irOf({ "z.yaml": CLAUDE, "a.yaml": GPT, "m.yaml": INSTANCE }));
    expect(isEmpty(diff)).toBe(true);
    expect(diff.instances).toEqual([]);
  });
});

describe("renderAsBuild", () => {
  // The objects diff compares are the objects render prints: one decision, in src/render/targets.ts.
  it.each(["manifests", "helm", "all"] as const)("compares, for --target %s, exactly the objects render prints, each once", async (target) => {
    const dir = writeProject(BEFORE);
    const ir = irOf(BEFORE);
    const { instances } = renderAsBuild(target)(ir);
    const objects = instances.flatMap((i) => i.objects);
    const keys = objects.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.startsWith("ExternalSecret/"))).toEqual(["ExternalSecret/ai/claude-secret", "ExternalSecret/ai/gpt-4o-secret", "ExternalSecret/ai/proxy-master-key"]);
    const printed = await run(["render", "--target", target, dir], dir);
    expect(printed.code).toBe(0);
    expect(toYamlStream(objects)).toBe(printed.stdout);
  });
});

describe("values", () => {
  it("gives changed paths, keyed by name in named lists, capped in depth", () => {
    const a = { spec: { containers: [{ name: "x", env: [{ name: "A", value: "1" }] }], replicas: 1 } };
    const b = { spec: { containers: [{ name: "x", env: [{ name: "A", value: "2" }] }], replicas: 1 } };
    expect(changedPaths(a, b)).toEqual(["spec.containers[name=x].env[name=A].value"]);
    expect(changedPaths(a, b, 3)).toEqual(["spec.containers[name=x]"]);
    expect(changedPaths(a, b, 2)).toEqual(["spec.containers"]);
    expect(changedPaths({ metadata: { annotations: { "a.b/c": "1" } } }, { metadata: { annotations: { "a.b/c": "2" } } })).toEqual([
      "metadata.annotations[a.b/c]",
    ]);
  });

  it("masks a credential-named field unless it is an os.environ reference", () => {
    expect(fieldChanges("p", { api_key: "os.environ/A" }, { api_key: "sk-live-123" })).toEqual([
      { path: "p.api_key", before: "os.environ/A", after: MASK },
    ]);
    expect(fieldChanges("g", {}, { nested: { db_password: "hunter2", keep: 1 } })).toEqual([
      { path: "g.nested", after: { db_password: MASK, keep: 1 } },
    ]);
    // Cost fields end in "_token" but are not credentials.
    expect(fieldChanges("p", {}, { input_cost_per_token: 0.5 })).toEqual([{ path: "p.input_cost_per_token", after: 0.5 }]);
  });
});

describe("diffIR: guardrails, MCP servers and callbacks", () => {
  const resource = (kind: string, name: string, spec: string) =>
    `apiVersion: litellm-gitops.dev/v1alpha1\nkind: ${kind}\nmetadata:\n  name: ${name}\n  namespace: ai\nspec:\n  instanceRef: {name: proxy}\n${spec}`;
  const PII = resource("Guardrail", "pii", "  guardrail: presidio\n  mode: pre_call\n  params: {presidio_language: en}\n");
  const LAKERA = resource("Guardrail", "lakera", "  guardrail: lakera_v2\n  mode: pre_call\n  secretRef: {secretName: lakera, keys: {api_key: LAKERA_API_KEY}}\n");
  const GITHUB = resource("MCPServer", "github", "  serverName: github_tools\n  url: https://api.githubcopilot.com/mcp\n  authType: bearer_token\n  secretRef: {secretName: github, key: token}\n");
  const LANGFUSE = resource(
    "Callback",
    "langfuse",
    "  callback: langfuse\n  secretRef: {secretName: langfuse, keys: {LANGFUSE_PUBLIC_KEY: public, LANGFUSE_SECRET_KEY: secret}}\n  env: {LANGFUSE_HOST: https://cloud.langfuse.com}\n",
  );
  const WITH = { ...BEFORE, "pii.yaml": PII, "lakera.yaml": LAKERA, "github.yaml": GITHUB, "langfuse.yaml": LANGFUSE };

  it("reports each one added, removed and changed, keyed by the name LiteLLM knows it by", () => {
    const after = irOf({
      ...BEFORE,
      "pii.yaml": PII.replace("mode: pre_call", "mode: [pre_call, post_call]").replace("presidio_language: en", "presidio_language: de"),
      "github.yaml": GITHUB.replace("https://api.githubcopilot.com/mcp", "https://mcp.example.com/github"),
      "langfuse.yaml": LANGFUSE.replace("  callback: langfuse\n", "  callback: langfuse\n  events: [all]\n  settings: {flush_interval: 5}\n"),
      "otel.yaml": resource("Callback", "otel", "  callback: otel\n  env: {OTEL_EXPORTER: otlp_http, OTEL_ENDPOINT: http://collector:4318}\n"),
    });
    const d = diffIR(irOf(WITH), after).instances[0]!;
    expect(d.integrations.added).toEqual([{ kind: "Callback", name: "otel", detail: "all" }]);
    expect(d.integrations.removed).toEqual([{ kind: "Guardrail", name: "lakera", detail: "lakera_v2" }]);
    expect(d.integrations.changed).toEqual([
      {
        kind: "Guardrail",
        name: "pii",
        detail: "presidio",
        changes: [
          { path: "litellm_params.mode", before: "pre_call", after: ["pre_call", "post_call"] },
          { path: "litellm_params.presidio_language", before: "en", after: "de" },
        ],
      },
      { kind: "MCPServer", name: "github_tools", detail: "https://mcp.example.com/github", changes: [{ path: "url", before: "https://api.githubcopilot.com/mcp", after: "https://mcp.example.com/github" }] },
      {
        kind: "Callback",
        name: "langfuse",
        detail: "all",
        changes: [
          { path: "events", before: ["success", "failure"], after: ["all"] },
          { path: "callback_settings.flush_interval", after: 5 },
        ],
      },
    ]);
    // The callback lists are reported per callback, not again as settings.
    expect(d.settings).toEqual([]);
  });

  it("shows credentials as the variables config.yaml reads, never a value, and masks a credential-named field", () => {
    const rotated = irOf({ ...WITH, "lakera.yaml": LAKERA.replace("api_key: LAKERA_API_KEY", "api_key: LAKERA_KEY_V2") });
    const d = diffIR(irOf(WITH), rotated).instances[0]!;
    expect(d.integrations.changed).toEqual([
      { kind: "Guardrail", name: "lakera", detail: "lakera_v2", changes: [{ path: "litellm_params.api_key", before: "os.environ/LAKERA_API_KEY", after: "os.environ/LAKERA_KEY_V2" }] },
    ]);
    const text = formatMarkdown(diffIR(irOf(WITH), rotated), { base: "main", outDir: "rendered" });
    expect(text).toContain("**Guardrails, MCP servers and callbacks changed**");
    expect(text).toContain("Guardrail `lakera` (`lakera_v2`)");
    expect(text).toContain("| `litellm_params.api_key` | `os.environ/LAKERA_API_KEY` | `os.environ/LAKERA_KEY_V2` |");
    expect(text).toContain("guardrails, MCP servers, callbacks: 0 added, 0 removed, 1 changed");
    expect(fieldChanges("litellm_params", { api_key: "os.environ/A" }, { api_key: "sk-leaked" })).toEqual([{ path: "litellm_params.api_key", before: "os.environ/A", after: MASK }]);
  });

  it("lists a new one in a table, and nothing when nothing changed", () => {
    const text = formatMarkdown(diffIR(irOf(BEFORE), irOf(WITH)), { base: "main", outDir: "rendered" });
    expect(text).toContain("**Guardrails, MCP servers and callbacks added**");
    expect(text).toContain("| MCPServer | `github_tools` | `https://api.githubcopilot.com/mcp` |");
    expect(text).toContain("| Callback | `langfuse` | `success, failure` |");
    expect(isEmpty(diffIR(irOf(WITH), irOf(WITH)))).toBe(true);
  });
});

describe("formatMarkdown", () => {
  it("starts with the marker, names the base and shows old → new values", () => {
    const after = irOf({ ...BEFORE, "gpt.yaml": model("gpt-4o", "model: openai/gpt-4o\nrpm: 200\ninputCostPerMillionTokens: \"2.5\"") });
    const text = formatMarkdown(diffIR(irOf(BEFORE), after), { base: "origin/main", outDir: "rendered" });
    expect(text.startsWith(COMMENT_MARKER + "\n")).toBe(true);
    expect(text).toContain("diff against `origin/main`");
    expect(text).toContain("| `litellm_params.rpm` | `100` | `200` |");
    expect(text).toContain("| `litellm_params.input_cost_per_token` | *(not set)* | `2.5e-06` |");
    expect(text).toContain("- changed `ConfigMap/proxy-config`: `data[config.yaml]`");
    expect(text).toContain("- changed `rendered/ai/proxy/config.yaml`");
  });

  it("says so when nothing changes, and carries a note about the base", () => {
    const ir = irOf(BEFORE);
    const text = formatMarkdown(diffIR(ir, ir), { base: "v1", outDir: "rendered", baseNote: "something" });
    expect(text).toContain("> **Note:** something");
    expect(text).toContain("No change to the rendered output.");
  });

  it("writes values on one line, escaping table pipes and backticks", () => {
    expect(inline([1.5e-7, "a b", "x,y", { k: ["v"] }])).toBe('[1.5e-07, a b, "x,y", {k: [v]}]');
    const diff = {
      instances: [
        {
          dir: "ai/p",
          status: "changed" as const,
          models: { added: [], removed: [], changed: [] },
          integrations: { added: [], removed: [], changed: [] },
          settings: [{ path: "router_settings.x", before: "a|b", after: "c`d" }],
          objects: { added: [], removed: [], changed: [] },
        },
      ],
      files: { added: [], removed: [], changed: [] },
    };
    expect(formatMarkdown(diff, { base: "b", outDir: "." })).toContain("| `router_settings.x` | `a\\|b` | ``c`d`` |");
  });
});

describe("staticBase", () => {
  it("is the folder part before the first glob character", () => {
    expect(staticBase("models/*.yaml")).toBe("models");
    expect(staticBase("a/b/**/x.yml")).toBe("a/b");
    expect(staticBase("instance.yaml")).toBe("instance.yaml");
    expect(staticBase("*.yaml")).toBe(".");
    expect(staticBase(".")).toBe(".");
  });
});

// ---------------------------------------------------------------------------------------
// The command, against a real Git repository.

const repos: string[] = [];
afterEach(() => {
  for (const dir of repos.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" };

function gitRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lg-diff-repo-"));
  repos.push(dir);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, env: GIT_ENV, stdio: "pipe" });
  git("init", "-q", "-b", "main");
  put(dir, files);
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  return dir;
}

function put(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

async function run(argv: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const io = {
    cwd,
    env: GIT_ENV,
    color: false,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe("litellm-gitops diff", () => {
  it("compares the working tree with REF and exits 0 (1 with --exit-code)", async () => {
    const repo = gitRepo({ "project/instance.yaml": INSTANCE, "project/models/gpt.yaml": GPT, "README.md": "x" });
    put(repo, { "project/models/gpt.yaml": GPT.replace("rpm: 100", "rpm: 150"), "project/models/new.yaml": model("new", "model: openai/gpt-5") });
    const r = await run(["diff", "--base", "HEAD", "project"], repo);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("| `litellm_params.rpm` | `100` | `150` |");
    expect(r.stdout).toMatch(/\*\*Models added\*\*[\s\S]*`new`/);
    expect((await run(["diff", "--base", "HEAD", "--exit-code", "project"], repo)).code).toBe(1);
  });

  it("works from a subfolder with the default path, and with --exit-code and no change exits 0", async () => {
    const repo = gitRepo({ "project/instance.yaml": INSTANCE, "project/gpt.yaml": GPT });
    const r = await run(["diff", "--base", "main", "--exit-code"], path.join(repo, "project"));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No change to the rendered output.");
  });

  it("reads the base from Git, not from the working tree (uncommitted files are new)", async () => {
    const repo = gitRepo({ "p/instance.yaml": INSTANCE });
    put(repo, { "p/gpt.yaml": GPT });
    const r = await run(["diff", "--base", "HEAD", "p/*.yaml"], repo);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\*\*Models added\*\*[\s\S]*`gpt-4o`/);
  });

  it("diffs against nothing when the inputs are broken or absent at REF, and says so", async () => {
    const repo = gitRepo({ "p/instance.yaml": INSTANCE.replace("spec:", "spec:\n  replica: 2") });
    put(repo, { "p/instance.yaml": INSTANCE, "p/gpt.yaml": GPT });
    const broken = await run(["diff", "--base", "HEAD", "p"], repo);
    expect(broken.code).toBe(0);
    expect(broken.stdout).toContain("do not compile (1 error: LG2003 unknown field)");
    expect(broken.stdout).toContain("(new instance)");
    put(repo, { "q/instance.yaml": INSTANCE });
    const absent = await run(["diff", "--base", "HEAD", "q"], repo);
    expect(absent.code).toBe(0);
    expect(absent.stdout).toContain("no input files at `HEAD`");
  });

  it("compares what build writes: with the helm target, its values file and wrapper objects", async () => {
    const config = "apiVersion: litellm-gitops.dev/v1alpha1\nkind: CompilerConfig\nmetadata: {name: c}\nspec: {}\n";
    const repo = gitRepo({ "instance.yaml": INSTANCE, "gpt.yaml": GPT, "config.yaml": config });
    put(repo, { "config.yaml": config.replace("spec: {}", "spec: {targets: [manifests, helm]}") });
    const r = await run(["diff", "--base", "HEAD"], repo);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("- added `rendered/ai/proxy/helm/values.yaml`");
    expect(r.stdout).toMatch(/- added `Application\/proxy`|- added `HelmRelease\//);
    // The ExternalSecrets both targets carry are the same objects: not "added".
    expect(r.stdout).not.toContain("- added `ExternalSecret/");
    // --target overrides both sides' CompilerConfig: manifests only, so nothing changes.
    expect((await run(["diff", "--base", "HEAD", "--target", "manifests"], repo)).stdout).toContain("No change to the rendered output.");
  });

  it("exits 2 on an unknown REF, outside a repository, and without --base", async () => {
    const repo = gitRepo({ "instance.yaml": INSTANCE });
    const unknown = await run(["diff", "--base", "no-such-branch"], repo);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown revision "no-such-branch"');
    expect(unknown.stdout).toBe("");
    const plain = writeProject({ "instance.yaml": INSTANCE });
    const outside = await run(["diff", "--base", "HEAD"], plain);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain("not inside a Git work tree");
    expect((await run(["diff"], repo)).code).toBe(2);
  });

  it("exits 1 with diagnostics when the working tree's inputs have errors", async () => {
    const repo = gitRepo({ "instance.yaml": INSTANCE });
    put(repo, { "instance.yaml": INSTANCE.replace("spec:", "spec:\n  replica: 2") });
    const r = await run(["diff", "--base", "HEAD", "--format", "json"], repo);
    expect(r.code).toBe(1);
    // --format json: the diagnostics are the JSON on stdout, as for every command (issue 12).
    expect((JSON.parse(r.stdout) as Array<{ code: string }>).map((d) => d.code)).toEqual(["LG2003"]);
  });
});
