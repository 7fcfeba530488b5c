/**
 * `import` of home-operations/litellm-operator resources: the compiled config.yaml is the one
 * the operator renders (internal/controller/render.go renderConfig), per-field Secret
 * references keep their own Secrets, and whatever is not imported is named, located.
 * The golden files under fixtures/import/home-operations/expected were read against render.go.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { operatorEnvName } from "../src/importer/operator/home-operations.js";
import { cli } from "./support/cli.js";
import { contentTree } from "./support/output-tree.js";

const ROOT = process.cwd();
const FIXTURE = "fixtures/import/home-operations";
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lg-op-"));
  temps.push(dir);
  return dir;
}
function readTree(dir: string): Map<string, string> {
  return new Map(Object.entries(contentTree(dir)).filter(([, text]) => text !== "<dir>"));
}

/**
 * What the operator writes into its ConfigMap for the fixture's proxy `main`, by render.go:
 * adopted models sorted by name (glm-5-2 by label, qwen by proxyRef; embeddings is batch's),
 * secret refs as os.environ/LITELLM_MODELKEY_<NAME>…, callbacks over litellm_settings.
 */
const OPERATOR_CONFIG = {
  general_settings: { disable_spend_logs: true },
  router_settings: { routing_strategy: "simple-shuffle", num_retries: 2 },
  litellm_settings: { drop_params: true, success_callback: ["prometheus"] },
  model_list: [
    {
      model_name: "glm-5.2",
      litellm_params: { model: "openai/glm-5.2", drop_params: true, api_base: "https://api.z.ai/api/coding/paas/v4", api_key: "os.environ/LITELLM_MODELKEY_GLM_5_2" },
      model_info: { max_input_tokens: 1000000, max_output_tokens: 131072, supports_function_calling: true, supports_prompt_caching: true },
    },
    {
      model_name: "qwen3-coder",
      litellm_params: {
        timeout: 300,
        stream_timeout: 60,
        model: "openai/qwen3-coder",
        rpm: 120,
        api_base: "os.environ/LITELLM_MODELBASE_QWEN",
        api_key: "os.environ/LITELLM_MODELKEY_QWEN",
      },
      model_info: { description: "self-hosted Qwen", mode: "chat" },
    },
  ],
  guardrails: [
    {
      guardrail_name: "aporia-pre-guard",
      litellm_params: {
        guardrail: "aporia",
        mode: "pre_call",
        default_on: true,
        api_base: "https://gr-prd.aporia.com/some-id",
        api_key: "os.environ/LITELLM_GUARDRAILKEY_APORIA_PRE",
      },
    },
  ],
  mcp_servers: {
    github_tools: { url: "https://api.githubcopilot.com/mcp", transport: "http", auth_type: "bearer_token", authentication_token: "os.environ/LITELLM_MCPTOKEN_GITHUB" },
  },
};

async function importFixture() {
  const out = tempDir();
  const imported = await cli(ROOT, ["import", `${FIXTURE}/litellm.yaml`, "--out", out, "--namespace", "ai", "--instance", "main"]);
  const built = await cli(out, ["build", ".", "--out", path.join(out, "rendered"), "--strict"]);
  return { out, imported, built, files: readTree(out) };
}

describe("import of home-operations/litellm-operator resources", () => {
  it("writes exactly the reviewed resources, which build with --strict into the reviewed config.yaml", async () => {
    const { imported, built, files } = await importFixture();
    expect(imported.code).toBe(0);
    expect(built.stderr).not.toMatch(/ (error|warning) /);
    expect(built.code).toBe(0);
    const expected = readTree(path.join(FIXTURE, "expected"));
    expect(files.get("rendered/ai/main/config.yaml")).toBe(expected.get("config.yaml.expected"));
    expect(files.get("rendered/ai/main/access.json")).toBe(expected.get("access.json.expected"));
    expected.delete("config.yaml.expected");
    expected.delete("access.json.expected");
    expect([...files.keys()].filter((f) => !f.startsWith("rendered/"))).toEqual([...expected.keys()]);
    for (const [file, text] of expected) expect(files.get(file), file).toBe(text);
  }, 30_000);

  it("the compiled config.yaml is the operator's, but for the ids, the master key line and store_model_in_db the compiler adds", async () => {
    const { files } = await importFixture();
    const config = parseYaml(files.get("rendered/ai/main/config.yaml")!);
    for (const model of config.model_list) {
      expect(model.model_info.id).toMatch(/^[0-9a-f-]{36}$/);
      delete model.model_info.id;
    }
    expect(config.general_settings.master_key).toBe("os.environ/LITELLM_MASTER_KEY");
    expect(config.general_settings.store_model_in_db).toBe(false);
    delete config.general_settings.master_key;
    delete config.general_settings.store_model_in_db;
    expect(config).toEqual(OPERATOR_CONFIG);
  }, 30_000);

  it("each per-field Secret reference keeps its own Secret and key, and each Secret gets its ExternalSecret", async () => {
    const { files } = await importFixture();
    const instance = parseYaml(files.get("instance.yaml")!);
    const env = Object.fromEntries(
      (instance.spec.extraEnvVars as Array<{ name: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }>)
        .filter((e) => e.valueFrom)
        .map((e) => [e.name, e.valueFrom!.secretKeyRef]),
    );
    expect(env).toEqual({
      LITELLM_MODELKEY_GLM_5_2: { name: "zai", key: "api-key" },
      LITELLM_MODELBASE_QWEN: { name: "internal-endpoints", key: "qwen-url" },
      LITELLM_MODELKEY_QWEN: { name: "qwen-credentials", key: "token" },
      LITELLM_GUARDRAILKEY_APORIA_PRE: { name: "aporia", key: "APORIA_API_KEY" },
      LITELLM_MCPTOKEN_GITHUB: { name: "github-mcp", key: "pat" },
    });
    // The master key from the proxy's env entry, not a guessed Secret.
    expect(instance.spec.masterKeySecretRef).toEqual({ secretName: "litellm-master", key: "master-key" });
    const externalSecrets = [...files.keys()].filter((f) => /^rendered\/ai\/main\/externalsecret-/.test(f)).map((f) => path.basename(f, ".yaml"));
    expect(externalSecrets.sort()).toEqual(
      ["aporia", "github-mcp", "internal-endpoints", "litellm-master", "qwen-credentials", "zai"].map((s) => `externalsecret-${s}`),
    );
    expect(instance.spec.gateway).toEqual({ enabled: true, host: "litellm.example.com", parentRefs: [{ name: "envoy-external", namespace: "network" }] });
  }, 30_000);

  it("names every object it does not import, at its kind, with the reason", async () => {
    const { imported } = await importFixture();
    const lines = imported.stderr.split("\n").filter((l) => / warning LG60(06|68) /.test(l));
    expect(lines).toEqual([
      `${FIXTURE}/litellm.yaml:44:3 warning LG6006 LiteLLMProxy/main: podAnnotations has no place in a LiteLLMInstance; not imported`,
      `${FIXTURE}/litellm.yaml:95:7 warning LG6068 LiteLLMModel/embeddings belongs to another proxy than LiteLLMProxy/main (its proxyRef, the proxy's modelSelector, or its namespace); not imported`,
      `${FIXTURE}/litellm.yaml:147:3 warning LG6068 LiteLLMMCPServer/grafana: the operator runs this MCP server itself (workload); litellm-gitops deploys only the proxy, so it is not imported`,
      `${FIXTURE}/litellm.yaml:189:7 warning LG6068 ConfigMap/unrelated (v1) has no counterpart in litellm-gitops; not imported`,
    ]);
  }, 30_000);

  it("a team keeps the id LiteLLM gave it, its members become memberships, a key keeps reading the operator's Secret", async () => {
    const { imported, files } = await importFixture();
    expect(parseYaml(files.get("teams/research.yaml")!).spec.teamID).toBe("9d5d3a0e-7c2b-4b8e-9a41-2f1d6c0b8e55");
    const access = JSON.parse(files.get("rendered/ai/main/access.json")!);
    expect(access.memberships.map((m: { role: string; team_id: string }) => [m.team_id, m.role]).sort()).toEqual([
      ["9d5d3a0e-7c2b-4b8e-9a41-2f1d6c0b8e55", "admin"],
      ["9d5d3a0e-7c2b-4b8e-9a41-2f1d6c0b8e55", "user"],
    ]);
    const key = access.keys.find((k: { key_alias: string }) => k.key_alias === "ci-bot");
    expect(key.keySource.secret).toEqual({ name: "ci-bot-litellm-key", key: "key" });
    // The operator made that Secret: no ExternalSecret may replace it.
    expect(parseYaml(files.get("compiler-config.yaml")!).spec.clusterSecrets).toEqual(["ai/ci-bot-litellm-key"]);
    expect([...files.keys()].some((f) => f.includes("externalsecret-ci-bot-litellm-key"))).toBe(false);
    expect(imported.stderr).toMatch(/litellm\.yaml:180:3 warning LG6065 LiteLLMVirtualKey\/ci-bot: the key stays in Secret ci-bot-litellm-key/);
  }, 30_000);

  it("derives the operator's variable names as api/v1alpha1 sanitizeEnvVar does", () => {
    expect(operatorEnvName("LITELLM_MODELKEY_", "minimax-m3")).toBe("LITELLM_MODELKEY_MINIMAX_M3");
    expect(operatorEnvName("LITELLM_MODELBASE_", "qwen.v2")).toBe("LITELLM_MODELBASE_QWEN_V2");
  });

  it("another operator's resources only: each named (LG6068), nothing written (LG6001)", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "other.yaml"),
      ["apiVersion: llm.example.io/v1", "kind: LLMGateway", "metadata:", "  name: gw", "---", "apiVersion: llm.example.io/v1", "kind: LLMRoute", "metadata:", "  name: r1", ""].join("\n"),
    );
    const run = await cli(dir, ["import", "other.yaml", "--out", "out"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("other.yaml:2:7 warning LG6068 LLMGateway/gw (llm.example.io/v1) has no counterpart in litellm-gitops");
    expect(run.stderr).toContain("other.yaml:7:7 warning LG6068 LLMRoute/r1 (llm.example.io/v1) has no counterpart in litellm-gitops");
    expect(run.stderr).toMatch(/error LG6001 /);
    expect(readdirSync(dir)).toEqual(["other.yaml"]);
  });

  it("several proxies: the one named by --instance, else an error naming them", async () => {
    const dir = tempDir();
    const proxy = (name: string) => ["apiVersion: litellm.home-operations.com/v1alpha1", "kind: LiteLLMProxy", "metadata:", `  name: ${name}`, "  namespace: ai", "spec: {}"].join("\n");
    const model = ["apiVersion: litellm.home-operations.com/v1alpha1", "kind: LiteLLMModel", "metadata:", "  name: m", "  namespace: ai", "spec:", "  proxyRef: b", "  modelName: m", "  params:", "    model: openai/gpt-4o", "    apiKey: sk-op-CANARY-1234567890"].join("\n");
    writeFileSync(path.join(dir, "p.yaml"), [proxy("a"), proxy("b"), model, ""].join("\n---\n"));
    const refused = await cli(dir, ["import", "p.yaml", "--out", "out"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/error LG6008 2 LiteLLMProxy objects and none is named litellm/);
    const chosen = await cli(dir, ["import", "p.yaml", "--out", "out", "--instance", "b", "--namespace", "ai"]);
    expect(chosen.code).toBe(0);
    expect(chosen.stdout + chosen.stderr).not.toContain("CANARY");
    const written = parseYaml(readFileSync(path.join(dir, "out/models/m.yaml"), "utf8"));
    expect(written.spec.connectionRef).toEqual({ instanceRef: { name: "b" } });
    // A literal key (the CRD allows one) is a Secret reference, never written.
    expect(JSON.stringify(written)).not.toContain("CANARY");
    expect(chosen.stderr).toMatch(/p\.yaml:\d+:\d+ warning LG6005 /);
  }, 30_000);

  it("a credential in a team's or key's metadata is not written (LG6006 at the value), and never shown", async () => {
    const dir = tempDir();
    const proxy = ["apiVersion: litellm.home-operations.com/v1alpha1", "kind: LiteLLMProxy", "metadata:", "  name: p", "  namespace: ai", "spec: {}"].join("\n");
    const team = ["apiVersion: litellm.home-operations.com/v1alpha1", "kind: LiteLLMTeam", "metadata:", "  name: t", "  namespace: ai", "spec:", "  proxyRef: p", "  metadata:", "    owner: alice", '    webhook: "https://hooks.example.com/x?token=CANARY-op-1"'].join("\n");
    const key = ["apiVersion: litellm.home-operations.com/v1alpha1", "kind: LiteLLMVirtualKey", "metadata:", "  name: k", "  namespace: ai", "spec:", "  proxyRef: p", "  keyAlias: k", "  metadata: {Authorization: Bearer CANARY-op-2}"].join("\n");
    writeFileSync(path.join(dir, "p.yaml"), [proxy, team, key, ""].join("\n---\n"));
    for (const format of ["text", "json", "github"]) {
      const run = await cli(dir, ["import", "p.yaml", "--out", `out-${format}`, "--namespace", "ai", "--format", format]);
      expect(run.code).toBe(0);
      expect(run.stdout + run.stderr).not.toContain("CANARY");
      for (const [file, text] of readTree(path.join(dir, `out-${format}`))) expect(text, file).not.toContain("CANARY");
    }
    const run = await cli(dir, ["import", "p.yaml", "--out", "again", "--namespace", "ai"]);
    expect(run.stderr).toMatch(/p\.yaml:\d+:\d+ warning LG6006 LiteLLMTeam\/t: webhook holds a literal credential; not imported/);
    expect(run.stderr).toMatch(/p\.yaml:\d+:\d+ warning LG6006 LiteLLMVirtualKey\/k: Authorization holds a literal credential; not imported/);
    expect(parseYaml(readFileSync(path.join(dir, "again/teams/t.yaml"), "utf8")).spec.metadata).toEqual({ owner: "alice" });
  }, 30_000);

  it("a LiteLLM config and an operator's manifests in one import are refused (LG6008)", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "config.yaml"), "model_list: []\n");
    const run = await cli(dir, ["import", path.join(ROOT, FIXTURE, "litellm.yaml"), "config.yaml", "--out", "out"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("LG6008");
  });
});
