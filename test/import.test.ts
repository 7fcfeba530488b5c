import { cli as runCli } from "./support/cli.js";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { Diagnostic } from "../src/compiler/diagnostics.js";
import { emitLiteLLMConfig } from "../src/emitters/litellm-config.js";
import { importFiles, roundTripDiff } from "../src/importer/index.js";
import { toYaml } from "../src/render/yaml.js";
import { compileDir, writeProject } from "./support/project.js";
import { pyyamlLoad, toPlain } from "./support/pyyaml.js";
import { runs } from "./support/property.js";

const ROOT = process.cwd();
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lg-import-"));
  temps.push(dir);
  return dir;
}

/** Runs the CLI in-process, as `litellm-gitops ARGS` in the repository root. */
function cli(args: string[], cwd = ROOT) {
  return runCli(cwd, args);
}

/** Every file under a folder, relative path → text. */
function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else out.set(rel, readFileSync(path.join(dir, rel), "utf8"));
    }
  };
  walk("");
  return out;
}

const at = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.code}`;

/** With the store named, as a user following LG6030's hint does (the warning itself: test/fidelity.test.ts). */
function imported(paths: string[], instance = "proxy") {
  return importFiles(paths, { cwd: ROOT, namespace: "ai", instance, secretStore: "vault" });
}

/** Builds the imported files and gives the config.yaml LiteLLM would read (through PyYAML). */
function rebuild(files: Map<string, string>): { config: Record<string, unknown>; diagnostics: Diagnostic[] } {
  const outcome = compileDir(writeProject(Object.fromEntries(files)));
  const errors = outcome.diagnostics.filter((d) => d.severity === "error");
  expect(errors.map((d) => `${at(d)} ${d.message}`)).toEqual([]);
  const config = toPlain(pyyamlLoad(toYaml(emitLiteLLMConfig(outcome.result!.instances[0]!)))) as Record<string, unknown>;
  return { config, diagnostics: outcome.diagnostics };
}

function original(file: string): Record<string, unknown> {
  return toPlain(pyyamlLoad(readFileSync(file, "utf8"))) as Record<string, unknown>;
}

function model(files: Map<string, string>, name: string): Record<string, any> /* test access to nested YAML */ {
  const text = files.get(`models/${name}.yaml`);
  expect(text, `models/${name}.yaml`).toBeDefined();
  return parseYaml(text!);
}

describe("include:", () => {
  const MAIN = "fixtures/import/include/config.yaml";

  it("reads included files relative to the including file, merging as LiteLLM does", () => {
    const result = imported([MAIN]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect([...result.files.keys()]).toEqual([
      "callbacks/prometheus.yaml",
      "compiler-config.yaml",
      "instance.yaml",
      "models/claude-haiku.yaml",
      "models/claude-sonnet.yaml",
      "models/gpt-4o-mini.yaml",
      "models/gpt-4o.yaml",
    ]);
    // models/anthropic.yaml includes claude-haiku.yaml: found next to it, in models/.
    expect(model(result.files, "claude-haiku").spec.litellmParams.model).toBe("anthropic/claude-haiku-4-20251015");
    // LiteLLM itself would look for it next to the main config: said, at the include entry.
    const nested = result.diagnostics.find((d) => d.code === "LG6007")!;
    expect(at(nested)).toBe("fixtures/import/include/models/anthropic.yaml:3:5 LG6007");
    expect(nested.message).toContain("fixtures/import/include/claude-haiku.yaml");
  });

  it("round-trips the merged config", () => {
    const result = imported([MAIN]);
    const { config } = rebuild(result.files);
    const main = original(MAIN);
    const openai = original("fixtures/import/include/models/openai.yaml");
    const anthropic = original("fixtures/import/include/models/anthropic.yaml");
    const haiku = original("fixtures/import/include/models/claude-haiku.yaml");
    // What LiteLLM assembles: lists extended in include order, other keys taken from the included file.
    const merged = {
      litellm_settings: main.litellm_settings,
      general_settings: main.general_settings,
      model_list: [...(openai.model_list as unknown[]), ...(anthropic.model_list as unknown[]), ...(haiku.model_list as unknown[])],
      router_settings: anthropic.router_settings,
    };
    expect(roundTripDiff(merged, config)).toEqual([]);
    expect(toPlain(pyyamlLoad(toYaml(result.view)))).toEqual(merged);
  });

  it("refuses a cycle, at the include entry that closes it", async () => {
    const result = imported(["fixtures/import/include-cycle/a.yaml"]);
    expect(result.files.size).toBe(0);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map(at)).toEqual(["fixtures/import/include-cycle/b.yaml:5:5 LG6003"]);
    expect(errors[0]!.message).toBe(
      "include cycle: fixtures/import/include-cycle/a.yaml → fixtures/import/include-cycle/b.yaml → fixtures/import/include-cycle/a.yaml; LiteLLM would include these files forever",
    );
    const out = tempDir();
    const run = await cli(["import", "fixtures/import/include-cycle/a.yaml", "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("fixtures/import/include-cycle/b.yaml:5:5 error LG6003 include cycle");
    expect(readdirSync(out)).toEqual([]);
  });

  it("refuses a missing included file, at its entry", () => {
    const dir = writeProject({ "config.yaml": "include:\n  - models.yaml\n  - missing.yaml\n", "models.yaml": "model_list: []\n" });
    const result = importFiles(["config.yaml"], { cwd: dir, namespace: "ai", instance: "proxy" });
    expect(result.diagnostics.map(at)).toEqual(["config.yaml:3:5 LG6002"]);
    expect(result.files.size).toBe(0);
  });
});

describe("buun-stack models.yaml (a bare model_list)", () => {
  const FILE = "fixtures/import/buun-stack/models.yaml";

  it("imports each entry as a Model whose key comes from Secret anthropic", () => {
    const result = imported([FILE]);
    expect([...result.files.keys()]).toEqual(["compiler-config.yaml", "instance.yaml", "models/claude-haiku.yaml", "models/claude-sonnet.yaml"]);
    expect(model(result.files, "claude-sonnet").spec).toEqual({
      modelName: "claude-sonnet",
      connectionRef: { instanceRef: { name: "proxy" } },
      modelSecretRef: { secretName: "anthropic", keys: { apiKey: "ANTHROPIC_API_KEY" } },
      litellmParams: { model: "anthropic/claude-sonnet-4-20250514" },
    });
    // No general_settings in a bare list: the proxy now requires a master key, which is said.
    expect(result.diagnostics.map((d) => d.code)).toEqual(["LG6007"]);
    const { config } = rebuild(result.files);
    expect(roundTripDiff({ model_list: original(FILE) }, config)).toEqual([]);
  });

  it("writes a project that builds and whose secrets checklist names the remote keys to fill", async () => {
    const out = tempDir();
    const run = await cli(["import", FILE, "--out", out, "--namespace", "ai", "--instance", "gateway"]);
    expect(run.code, run.stderr).toBe(0);
    const secrets = await cli(["secrets", out]);
    expect(secrets.code, secrets.stderr).toBe(0);
    expect(secrets.stdout).toContain("litellm/ai/anthropic [ANTHROPIC_API_KEY]\n    → Secret ai/anthropic key ANTHROPIC_API_KEY");
    expect(secrets.stdout).toContain("litellm/ai/litellm [LITELLM_MASTER_KEY]");
    const build = await cli(["build", out, "--out", path.join(out, "rendered")]);
    expect(build.code, build.stderr).toBe(0);
    const config = parseYaml(readFileSync(path.join(out, "rendered/ai/gateway/config.yaml"), "utf8"));
    expect(config.model_list.map((m: { litellm_params: { api_key: string } }) => m.litellm_params.api_key)).toEqual([
      "os.environ/ANTHROPIC_API_KEY",
      "os.environ/ANTHROPIC_API_KEY",
    ]);
  });
});

describe("litellm-helm values", () => {
  const FILE = "fixtures/import/helm/values.yaml";

  it("maps the chart's deployment settings onto the instance", () => {
    const result = imported([FILE]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const instance = parseYaml(result.files.get("instance.yaml")!);
    expect(instance.spec).toEqual({
      image: "ghcr.io/berriai/litellm-database:main-v1.82.3-stable",
      replicas: 2,
      masterKeySecretRef: { secretName: "litellm-masterkey", key: "masterkey" },
      // LiteLLM salted what it stored with the master key (no LITELLM_SALT_KEY): the same key stays the salt.
      saltKeySecretRef: { secretName: "litellm-masterkey", key: "masterkey" },
      databaseSecretRef: {
        nameRef: "litellm-postgres",
        keys: { hostSecret: "host", usernameSecret: "username", passwordSecret: "password", dbnameSecret: "dbname" },
      },
      ingress: {
        enabled: true,
        host: "llm.example.com",
        className: "nginx",
        annotations: { "cert-manager.io/cluster-issuer": "letsencrypt" },
        tls: { secretName: "llm-example-com-tls" },
      },
      resources: { requests: { cpu: "500m", memory: "1Gi" }, limits: { memory: "2Gi" } },
      extraEnvVars: [{ name: "LITELLM_LOG", value: "DEBUG" }],
    });
    // success_callback: [langfuse] became a Callback, with the chart's LANGFUSE_* entries: the
    // Secret-backed one under secretRef, the plain one as env, and the public key the chart never
    // set (the old proxy took it from its environment) read from that same Secret.
    expect(parseYaml(result.files.get("callbacks/langfuse.yaml")!).spec).toEqual({
      instanceRef: { name: "proxy" },
      callback: "langfuse",
      events: ["success"],
      secretRef: { secretName: "langfuse", keys: { LANGFUSE_PUBLIC_KEY: "LANGFUSE_PUBLIC_KEY", LANGFUSE_SECRET_KEY: "secret-key" } },
      env: { LANGFUSE_HOST: "https://cloud.langfuse.com" },
    });
    expect(model(result.files, "gpt-4o").spec.modelSecretRef).toEqual({ secretName: "azure", keys: { apiKey: "AZURE_API_KEY", apiBase: "AZURE_API_BASE" } });
    expect(model(result.files, "claude-sonnet").spec.modelSecretRef).toEqual({
      secretName: "aws",
      keys: { awsAccessKeyId: "AWS_ACCESS_KEY_ID", awsSecretAccessKey: "AWS_SECRET_ACCESS_KEY" },
    });
    // What the instance cannot hold is named, key by key, with its line.
    expect(result.diagnostics.map((d) => `${at(d)} ${d.pointer}`)).toEqual([
      "fixtures/import/helm/values.yaml:7:3 LG6006 /image/pullPolicy",
      "fixtures/import/helm/values.yaml:12:1 LG6007 /db",
      "fixtures/import/helm/values.yaml:43:1 LG6006 /serviceAccount",
      "fixtures/import/helm/values.yaml:76:24 LG6007 /proxy_config/litellm_settings/success_callback/0",
    ]);
    expect(result.diagnostics[1]!.message).toContain('db.endpoint ("postgres.databases.svc") → key host, db.database ("litellm") → key dbname');
  });

  it("round-trips proxy_config", () => {
    const result = imported([FILE]);
    const { config } = rebuild(result.files);
    expect(roundTripDiff(original(FILE).proxy_config, config)).toEqual([]);
  });

  it("merges a models.yaml given after the values, as buun-stack deploys it", () => {
    const result = imported([FILE, "fixtures/import/buun-stack/models.yaml"]);
    expect([...result.files.keys()].filter((f) => f.startsWith("models/"))).toEqual([
      "models/claude-haiku.yaml",
      "models/claude-sonnet-2.yaml",
      "models/claude-sonnet.yaml",
      "models/gpt-4o.yaml",
    ]);
    const { config } = rebuild(result.files);
    const merged = { ...(original(FILE).proxy_config as Record<string, unknown>) };
    merged.model_list = [...(merged.model_list as unknown[]), ...(original("fixtures/import/buun-stack/models.yaml") as unknown as unknown[])];
    expect(roundTripDiff(merged, config)).toEqual([]);
  });

  it("imports the chart's own default values without losing anything silently", () => {
    const FULL = "fixtures/import/helm/chart-defaults.values.yaml";
    const result = imported([FULL]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    for (const d of result.diagnostics) expect(d.line, at(d)).toBeGreaterThan(0);
    // The example key of proxy_config is a literal: moved, never written.
    const literal = result.diagnostics.find((d) => d.code === "LG6005")!;
    expect(`${at(literal)} ${literal.pointer}`).toBe(`${FULL}:175:18 LG6005 /proxy_config/model_list/0/litellm_params/api_key`);
    expect([...result.files.values()].join("\n")).not.toContain("eXaMpLeOnLy");
    expect([...result.files.values()].join("\n")).not.toContain("NoTaGrEaTpAsSwOrD");
    const { config } = rebuild(result.files);
    expect(roundTripDiff(original(FULL).proxy_config, config)).toEqual([]);
    // Chart keys with no counterpart: reported one by one (a few of them).
    const reported = result.diagnostics.filter((d) => d.code === "LG6006").map((d) => d.pointer);
    expect(reported).toEqual(expect.arrayContaining(["/image", "/image/pullPolicy", "/service", "/livenessProbe", "/migrationJob", "/postgresql"]));
  });
});

describe("literal credentials", () => {
  const FILE = "fixtures/import/literal-credentials/config.yaml";
  const SECRETS = [
    "sk-live-9f8e7d6c5b4a39281706",
    "AKIAEXAMPLE7Q4XZ",
    "wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY",
    "redis-pw-Zq81x",
    "sk-master-Yh2Lk0Qe",
    "db-pw-77Hq",
    "xoxb-slack-4412",
  ];

  it("become Secret references, each with a warning naming file, line and key but not the value", async () => {
    for (const format of ["text", "json", "github"]) {
      const out = tempDir();
      const run = await cli(["import", FILE, "--out", out, "--format", format]);
      expect(run.code, run.stderr).toBe(0);
      const written = [...readTree(out).values()].join("\n");
      for (const secret of SECRETS) {
        expect(run.stdout.includes(secret), `stdout (${format}) shows ${secret}`).toBe(false);
        expect(run.stderr.includes(secret), `stderr (${format}) shows ${secret}`).toBe(false);
        expect(written.includes(secret), `a written file holds ${secret}`).toBe(false);
      }
      if (format === "text") {
        // Code frames are printed, masked.
        expect(run.stderr).toContain(`${FILE}:6:16 warning LG6005 api_key holds a literal credential; imported as os.environ/OPENAI_API_KEY, read from Secret openai key OPENAI_API_KEY`);
        expect(run.stderr).toContain("> 6 |       api_key: ****");
      }
    }
    const result = imported([FILE]);
    expect(result.diagnostics.filter((d) => d.code === "LG6005").map((d) => `${at(d)} ${d.pointer}`)).toEqual([
      `${FILE}:6:16 LG6005 /model_list/0/litellm_params/api_key`,
      `${FILE}:10:26 LG6005 /model_list/1/litellm_params/aws_access_key_id`,
      `${FILE}:11:30 LG6005 /model_list/1/litellm_params/aws_secret_access_key`,
      `${FILE}:17:15 LG6005 /litellm_settings/cache_params/password`,
      `${FILE}:20:15 LG6005 /general_settings/master_key`,
      `${FILE}:21:17 LG6005 /general_settings/database_url`,
      `${FILE}:24:24 LG6005 /environment_variables/SLACK_WEBHOOK_TOKEN`,
    ]);
    for (const d of result.diagnostics) for (const secret of SECRETS) expect(JSON.stringify(d)).not.toContain(secret);
  });

  it("build into a config that reads every one of them from the environment", () => {
    const result = imported([FILE]);
    const { config } = rebuild(result.files);
    expect(roundTripDiff(original(FILE), config)).toEqual([]);
    const entries = config.model_list as Array<{ model_name: string; litellm_params: Record<string, unknown> }>;
    const params = Object.fromEntries(entries.map((e) => [e.model_name, e.litellm_params]));
    expect(params["gpt-4o"]!.api_key).toBe("os.environ/OPENAI_API_KEY");
    expect(params.claude).toMatchObject({ aws_access_key_id: "os.environ/AWS_ACCESS_KEY_ID", aws_secret_access_key: "os.environ/AWS_SECRET_ACCESS_KEY" });
    expect(config.general_settings).toMatchObject({ master_key: "os.environ/LITELLM_MASTER_KEY", database_url: "os.environ/DATABASE_URL" });
    expect((config.litellm_settings as { cache_params: unknown }).cache_params).toEqual({ type: "redis", password: "os.environ/CACHE_PARAMS_PASSWORD" });
    const instance = parseYaml(result.files.get("instance.yaml")!);
    expect(instance.spec.extraEnvVars).toEqual([
      { name: "CACHE_PARAMS_PASSWORD", valueFrom: { secretKeyRef: { name: "cache", key: "CACHE_PARAMS_PASSWORD" } } },
      { name: "DATABASE_URL", valueFrom: { secretKeyRef: { name: "database", key: "DATABASE_URL" } } },
      { name: "LITELLM_LOG", value: "INFO" },
      { name: "SLACK_WEBHOOK_TOKEN", valueFrom: { secretKeyRef: { name: "slack", key: "SLACK_WEBHOOK_TOKEN" } } },
    ]);
  });
});

describe("writing", () => {
  const FILE = "fixtures/import/buun-stack/models.yaml";

  it("refuses to overwrite existing files unless --force, and writes nothing then", async () => {
    const out = tempDir();
    expect((await cli(["import", FILE, "--out", out])).code).toBe(0);
    const first = readTree(out);
    writeFileSync(path.join(out, "instance.yaml"), "# edited by hand\n");
    const refused = await cli(["import", FILE, "--out", out, "--instance", "other"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("not overwriting existing files:");
    expect(refused.stderr).toContain(`${out}/instance.yaml`);
    expect(refused.stderr).toContain(`${out}/models/claude-sonnet.yaml`);
    expect(readFileSync(path.join(out, "instance.yaml"), "utf8")).toBe("# edited by hand\n");
    expect(readFileSync(path.join(out, "compiler-config.yaml"), "utf8")).toBe(first.get("compiler-config.yaml"));

    const forced = await cli(["import", FILE, "--out", out, "--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toContain(`overwrote ${out}/instance.yaml`);
    expect(readTree(out)).toEqual(first);
  });

  it("is deterministic: the same input gives the same bytes", () => {
    const a = imported(["fixtures/import/helm/values.yaml"]).files;
    const b = imported(["fixtures/import/helm/values.yaml"]).files;
    expect(a).toEqual(b);
    expect(a.get("instance.yaml")!.startsWith("# Imported by `litellm-gitops import` from fixtures/import/helm/values.yaml.\napiVersion:")).toBe(true);
  });

  it("reports usage errors and files it cannot read", async () => {
    expect((await cli(["import"])).code).toBe(2);
    expect((await cli(["import", FILE, "--instance", "Not_A_Name"])).code).toBe(2);
    const missing = await cli(["import", "fixtures/import/nope.yaml", "--out", tempDir()]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("fixtures/import/nope.yaml error LG1001 cannot read file (ENOENT)");
    const dir = writeProject({ "x.yaml": "apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n" });
    const neither = await cli(["import", "x.yaml", "--out", tempDir()], dir);
    expect(neither.code).toBe(1);
    expect(neither.stderr).toContain("x.yaml:1:1 error LG6001");
  });
});

describe("roundTripDiff", () => {
  const base = {
    model_list: [
      { model_name: "b", litellm_params: { model: "openai/b", api_key: "sk-literal" } },
      { model_name: "a", litellm_params: { model: "openai/a", rpm: 10 }, model_info: { id: 7 } },
    ],
    router_settings: null,
    general_settings: { master_key: "sk-1234" },
  };
  const rebuilt = {
    model_list: [
      { model_name: "a", litellm_params: { model: "openai/a", rpm: 10.0 }, model_info: { id: "7" } },
      { model_name: "b", litellm_params: { model: "openai/b", api_key: "os.environ/OPENAI_API_KEY" }, model_info: { id: "uuid" } },
    ],
    general_settings: { master_key: "os.environ/LITELLM_MASTER_KEY", store_model_in_db: false },
  };

  it("applies the documented normalisations and nothing else", () => {
    expect(roundTripDiff(base, rebuilt)).toEqual([]);
  });

  it("shows what differs, masking credentials", () => {
    const changed = structuredClone(rebuilt);
    changed.model_list[0]!.litellm_params.rpm = 11;
    (changed.model_list[1]!.litellm_params as Record<string, unknown>).timeout = 5;
    changed.general_settings.store_model_in_db = true;
    const withKey = structuredClone(base);
    (withKey.model_list[0]!.litellm_params as Record<string, unknown>).api_base = "https://x";
    expect(roundTripDiff(withKey, changed)).toEqual([
      { path: "/model_list/0/litellm_params/api_base", kind: "missing", original: "https://x" },
      { path: "/model_list/0/litellm_params/timeout", kind: "added", rebuilt: 5 },
      { path: "/model_list/1/litellm_params/rpm", kind: "changed", original: 10, rebuilt: 11 },
      { path: "/general_settings/store_model_in_db", kind: "added", rebuilt: true },
    ]);
    // A literal that does not look like a credential is not excused; a changed credential is shown masked.
    const moved = structuredClone(base);
    moved.model_list[1]!.litellm_params.model = "openai/a";
    const wrong = structuredClone(rebuilt);
    wrong.model_list[0]!.litellm_params.model = "os.environ/MODEL";
    wrong.model_list[1]!.litellm_params.api_key = "sk-other";
    expect(roundTripDiff(moved, wrong)).toEqual([
      { path: "/model_list/0/litellm_params/api_key", kind: "changed", original: "****", rebuilt: "****" },
      { path: "/model_list/1/litellm_params/model", kind: "changed", original: "openai/a", rebuilt: "os.environ/MODEL" },
    ]);
  });

  it("pairs guardrails by name and ignores callback list order, but nothing else of them", () => {
    const o = {
      guardrails: [
        { guardrail_name: "z-last", litellm_params: { guardrail: "presidio", mode: "pre_call" } },
        { guardrail_name: "a-first", litellm_params: { guardrail: "lakera_v2", mode: "pre_call", api_key: "lk-literal" } },
      ],
      mcp_servers: { gh: { url: "https://x/mcp", authentication_token: "ghp-literal" } },
      litellm_settings: { success_callback: ["langfuse", "datadog"] },
    };
    const r = {
      guardrails: [
        { guardrail_name: "a-first", litellm_params: { guardrail: "lakera_v2", mode: "pre_call", api_key: "os.environ/LAKERA_API_KEY" } },
        { guardrail_name: "z-last", litellm_params: { guardrail: "presidio", mode: "pre_call" } },
      ],
      mcp_servers: { gh: { url: "https://x/mcp", authentication_token: "os.environ/GH_MCP_TOKEN" } },
      litellm_settings: { success_callback: ["datadog", "langfuse"] },
      general_settings: { master_key: "os.environ/LITELLM_MASTER_KEY", store_model_in_db: false },
    };
    expect(roundTripDiff(o, r)).toEqual([]);
    const changed = structuredClone(r);
    changed.guardrails[1]!.litellm_params.mode = "post_call";
    changed.litellm_settings.success_callback = ["datadog"];
    changed.mcp_servers.gh.url = "https://y/mcp";
    expect(roundTripDiff(o, changed)).toEqual([
      { path: "/litellm_settings/success_callback/1", kind: "missing", original: "langfuse" },
      { path: "/guardrails/0/litellm_params/mode", kind: "changed", original: "pre_call", rebuilt: "post_call" },
      { path: "/mcp_servers/gh/url", kind: "changed", original: "https://x/mcp", rebuilt: "https://y/mcp" },
    ]);
  });

  it("reports entries present on one side only", () => {
    const fewer = { ...rebuilt, model_list: [rebuilt.model_list[0]] };
    expect(roundTripDiff(base, fewer)).toEqual([{ path: "/model_list/0", kind: "missing", original: { model_name: "b" } }]);
  });
});

describe("import → build on generated configs", () => {
  // Values of every shape the mapping must decide on: env references (valid and odd names,
  // names the compiler sets itself), literals that are or look like credentials, numbers that
  // fit or do not fit the typed fields, dates, null, lists and mappings.
  const scalar = fc.oneof(
    fc.constantFrom("os.environ/OPENAI_API_KEY", "os.environ/AZURE_API_BASE", "os.environ/my_key", "os.environ/X", "os.environ/LITELLM_MASTER_KEY", "os.environ/REDIS_HOST", "os.environ/AWS_ACCESS_KEY_ID"),
    fc.constantFrom("sk-abc", "", "30d", "2024-10-21", "0.1", "none", "yes", "postgres://u:p@h/db", "https://x.example/v1"),
    fc.constantFrom(0, 5, -1, 2147483648, 0.5, 1e-7, -0.1, 1e21),
    fc.boolean(),
    fc.constant(null),
  );
  const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.constantFrom("api_base", "password", "x", "token"), scalar, { maxKeys: 2 }));
  const PARAMS = ["api_key", "api_base", "api_version", "aws_access_key_id", "aws_secret_access_key", "aws_session_token", "vertex_credentials", "vertex_project", "rpm", "tpm", "timeout", "stream_timeout", "max_retries", "input_cost_per_token", "output_cost_per_token", "max_budget", "budget_duration", "organization", "region_name", "tags", "drop_params", "configurable_clientside_auth_params", "use_in_pass_through", "mock_response", "extra_headers", "client_secret", "model_info"];
  const INFO = ["id", "mode", "tier", "base_model", "access_groups", "team_id", "db_model", "supports_vision", "version"];
  const entry = fc
    .record({
      model_name: fc.constantFrom("a", "gpt-4o", "x y", "*"),
      model: fc.constantFrom("openai/gpt-4o", "azure/x", "bedrock/y", "ollama/z", "*", "vertex_ai/g", "gpt-4o"),
      params: fc.dictionary(fc.constantFrom(...PARAMS), value, { maxKeys: 6 }),
      info: fc.option(fc.dictionary(fc.constantFrom(...INFO), fc.oneof(scalar, fc.constantFrom("chat", "embedding", "free")), { maxKeys: 3 }), { nil: undefined }),
    })
    .map(({ model_name, model, params, info }) => ({ model_name, litellm_params: { model, ...params }, ...(info ? { model_info: info } : {}) }));
  const config = fc.record(
    {
      model_list: fc.array(entry, { minLength: 1, maxLength: 4 }),
      router_settings: fc.record(
        {
          routing_strategy: fc.constantFrom("simple-shuffle", "least-busy"),
          redis_host: fc.constantFrom("os.environ/REDIS_HOST", "localhost"),
          redis_port: fc.constantFrom("os.environ/REDIS_PORT", 6379),
          redis_password: fc.constantFrom("os.environ/REDIS_PASSWORD", "pw"),
        },
        { requiredKeys: [] },
      ),
      litellm_settings: fc.dictionary(fc.constantFrom("cache_params", "success_callback", "langfuse_secret", "drop_params"), value, { maxKeys: 3 }),
      general_settings: fc.dictionary(fc.constantFrom("master_key", "store_model_in_db", "database_url", "alerting", "proxy_batch_write_at"), value, { maxKeys: 3 }),
      environment_variables: fc.dictionary(fc.constantFrom("SLACK_TOKEN", "LITELLM_LOG", "OPENAI_API_KEY", "PORT"), scalar, { maxKeys: 3 }),
    },
    { requiredKeys: ["model_list"] },
  );

  it("imports without error, builds without error, and round-trips", () => {
    fc.assert(
      fc.property(config, (generated) => {
        const dir = writeProject({ "config.yaml": toYaml(generated) });
        const result = importFiles(["config.yaml"], { cwd: dir, namespace: "ai", instance: "p" });
        expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
        const outcome = compileDir(writeProject(Object.fromEntries(result.files)));
        expect(outcome.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([]);
        // As numbers: a float written `1.0e+21` is a FloatValue (written as a float) in the emitted object.
        const rebuilt = JSON.parse(JSON.stringify(emitLiteLLMConfig(outcome.result!.instances[0]!))) as unknown;
        expect(roundTripDiff(result.view, rebuilt)).toEqual([]);
      }),
      runs(100),
    );
  }, 120_000);
});

describe("guardrails, MCP servers and callbacks", () => {
  const FILE = "fixtures/import/integrations/config.yaml";
  const spec = (files: Map<string, string>, file: string) => {
    expect(files.has(file), file).toBe(true);
    return parseYaml(files.get(file)!).spec;
  };

  it("become Guardrail, MCPServer and Callback resources, credentials in Secrets, names verbatim", () => {
    const result = imported([FILE]);
    expect([...result.files.keys()]).toEqual([
      "callbacks/langfuse.yaml",
      "callbacks/otel.yaml",
      "compiler-config.yaml",
      "guardrails/bedrock-policy.yaml",
      "guardrails/lakera-injection.yaml",
      "guardrails/pii-mask.yaml",
      "instance.yaml",
      "mcp-servers/filesystem.yaml",
      "mcp-servers/github-tools.yaml",
      "models/gpt-4o.yaml",
    ]);
    const instanceRef = { name: "proxy" };
    // guardrail_name is not a DNS label: kept verbatim in guardrailName.
    expect(spec(result.files, "guardrails/pii-mask.yaml")).toEqual({
      instanceRef,
      guardrailName: "pii_mask",
      guardrail: "presidio",
      mode: ["pre_call", "post_call"],
      defaultOn: true,
      params: { presidio_language: "en", pii_entities_config: { CREDIT_CARD: "MASK" } },
      info: { description: "Masks PII before the model sees it" },
    });
    // A literal key and an env reference: both from the Guardrail's Secret, under their variable names.
    expect(spec(result.files, "guardrails/lakera-injection.yaml")).toEqual({
      instanceRef,
      guardrail: "lakera_v2",
      mode: "pre_call",
      secretRef: { secretName: "lakera", keys: { api_base: "LAKERA_API_BASE", api_key: "LAKERA_INJECTION_API_KEY" } },
    });
    // Bedrock's camelCase params are LiteLLM's own names: never converted.
    expect(spec(result.files, "guardrails/bedrock-policy.yaml").params).toEqual({ guardrailIdentifier: "gr-abc123", guardrailVersion: "1", aws_region_name: "eu-west-1" });
    expect(spec(result.files, "mcp-servers/github-tools.yaml")).toEqual({
      instanceRef,
      serverName: "github_tools",
      url: "https://api.githubcopilot.com/mcp",
      transport: "http",
      authType: "bearer_token",
      secretRef: { secretName: "github", key: "GITHUB_MCP_TOKEN" },
      params: { description: "GitHub tools", allowed_tools: ["get_issue", "list_pull_requests"] },
    });
    expect(spec(result.files, "mcp-servers/filesystem.yaml")).toEqual({
      instanceRef,
      transport: "stdio",
      command: "npx",
      args: ["-y", "@modelcontextprotocol/server-filesystem", "/data"],
    });
    // Each callback once, listed where the config listed it, with its settings and its environment.
    expect(spec(result.files, "callbacks/langfuse.yaml")).toEqual({
      instanceRef,
      callback: "langfuse",
      events: ["success", "failure"],
      secretRef: { secretName: "langfuse", keys: { LANGFUSE_PUBLIC_KEY: "LANGFUSE_PUBLIC_KEY", LANGFUSE_SECRET_KEY: "LANGFUSE_SECRET_KEY" } },
      env: { LANGFUSE_HOST: "https://cloud.langfuse.com" },
    });
    expect(spec(result.files, "callbacks/otel.yaml")).toEqual({
      instanceRef,
      callback: "otel",
      events: ["all"],
      secretRef: { secretName: "otel", keys: { OTEL_HEADERS: "OTEL_HEADERS" } },
      env: { OTEL_ENDPOINT: "http://otel-collector.monitoring:4318/v1/traces", OTEL_EXPORTER: "otlp_http" },
      settings: { message_logging: false },
    });
    // What the Callbacks set leaves the instance; what is not theirs stays.
    expect(spec(result.files, "instance.yaml")).toMatchObject({ extraEnvVars: [{ name: "LITELLM_LOG", value: "INFO" }], litellmSettings: { drop_params: true } });
    expect(spec(result.files, "instance.yaml").litellmSettings).toEqual({ drop_params: true });
  });

  it("says what changed, where, and never prints a credential", () => {
    const result = imported([FILE]);
    expect(result.diagnostics.map((d) => `${at(d)} ${d.pointer}`)).toEqual([
      `${FILE}:1:1 LG6007 `,
      `${FILE}:8:1 LG6007 /guardrails`,
      `${FILE}:22:16 LG6005 /guardrails/1/litellm_params/api_key`,
      `${FILE}:31:5 LG6006 /guardrails/2/id`,
      `${FILE}:55:3 LG6006 /callback_settings/datadog`,
      `${FILE}:60:24 LG6005 /environment_variables/LANGFUSE_PUBLIC_KEY`,
      `${FILE}:61:24 LG6005 /environment_variables/LANGFUSE_SECRET_KEY`,
      // Not credential-named, but otel sends it as headers (an API key): a Secret too.
      `${FILE}:65:17 LG6005 /environment_variables/OTEL_HEADERS`,
    ]);
    for (const secret of ["lk-live-4be1f0c2a9d8", "pk-lf-1a2b3c", "sk-lf-9z8y7x", "hc-live-abc123"]) {
      expect(JSON.stringify(result.diagnostics)).not.toContain(secret);
      expect([...result.files.values()].join("\n")).not.toContain(secret);
    }
  });

  it("builds into the same guardrails, mcp_servers, callbacks and callback_settings, read through PyYAML", () => {
    const result = imported([FILE]);
    const { config } = rebuild(result.files);
    const source = original(FILE);
    // What differs is exactly what the import said it left out (LG6006, same pointer).
    const left = roundTripDiff(source, config);
    expect(left.map((d) => `${d.kind} ${d.path}`)).toEqual(["missing /guardrails/2/id", "missing /callback_settings/datadog"]);
    const named = result.diagnostics.filter((d) => d.code === "LG6006").map((d) => d.pointer);
    for (const d of left) expect(named).toContain(d.path);
    // Otherwise only the documented normalisations: the guardrails by name, the credential moved to a variable.
    expect((config.guardrails as Array<{ guardrail_name: string }>).map((g) => g.guardrail_name)).toEqual(["bedrock-policy", "lakera-injection", "pii_mask"]);
    expect((config.guardrails as Array<{ litellm_params: Record<string, unknown> }>)[1]!.litellm_params).toEqual({
      guardrail: "lakera_v2",
      mode: "pre_call",
      api_base: "os.environ/LAKERA_API_BASE",
      api_key: "os.environ/LAKERA_INJECTION_API_KEY",
    });
    expect(config.mcp_servers).toEqual(source.mcp_servers);
    expect(config.callback_settings).toEqual({ otel: { message_logging: false } });
    expect(config.litellm_settings).toEqual({ drop_params: true, success_callback: ["langfuse"], failure_callback: ["langfuse"], callbacks: ["otel"] });
  });

  it("reads a required variable the config never set from the naming scheme's Secret, and says so", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "config.yaml"), "model_list: []\nlitellm_settings:\n  callbacks: [\"gcs_bucket\"]\n  success_callback: [\"braintrust\"]\n");
    const result = importFiles(["config.yaml"], { cwd: dir, namespace: "ai", instance: "proxy" });
    expect(parseYaml(result.files.get("callbacks/gcs-bucket.yaml")!).spec.secretRef).toEqual({ secretName: "gcs", keys: { GCS_BUCKET_NAME: "GCS_BUCKET_NAME" } });
    expect(parseYaml(result.files.get("callbacks/braintrust.yaml")!).spec.secretRef).toEqual({ secretName: "braintrust", keys: { BRAINTRUST_API_KEY: "BRAINTRUST_API_KEY" } });
    const said = result.diagnostics.filter((d) => d.code === "LG6007" && d.pointer.includes("callback"));
    expect(said.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      "3:15 gcs_bucket reads GCS_BUCKET_NAME from the proxy's environment (litellm/integrations/gcs_bucket/gcs_bucket_base.py, GCSBucketBase.__init__), which the imported files do not set; the Callback reads it from Secret gcs",
      "4:22 braintrust reads BRAINTRUST_API_KEY from the proxy's environment (litellm/integrations/braintrust_logging.py, BraintrustLogger.validate_environment), which the imported files do not set; the Callback reads it from Secret braintrust",
    ]);
    rebuild(result.files);
  });

  it("carries names like prototype members (__proto__, constructor, toString) as written, and builds them", () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "config.yaml"),
      [
        "model_list: []",
        "guardrails:",
        "  - guardrail_name: constructor",
        "    litellm_params: {guardrail: presidio, mode: pre_call, __proto__: {polluted: true}, toString: x}",
        "mcp_servers:",
        "  constructor: {url: https://x.example.com/mcp, __proto__: {a: 1}}",
        "litellm_settings:",
        '  callbacks: ["__proto__", "toString"]',
        "callback_settings:",
        "  __proto__: {x: 1}",
        "  toString: {y: 2}",
        "",
      ].join("\n"),
    );
    const result = importFiles(["config.yaml"], { cwd: dir, namespace: "ai", instance: "proxy" });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const { config, diagnostics } = rebuild(result.files);
    expect(diagnostics.map((d) => d.code)).toEqual(["LG3040", "LG3040"]);
    expect(roundTripDiff(toPlain(pyyamlLoad(readFileSync(path.join(dir, "config.yaml"), "utf8"))), config)).toEqual([]);
    // (PyYAML's reading through toPlain drops a __proto__ key on both sides; the emitted text keeps it.)
    const text = toYaml(emitLiteLLMConfig(compileDir(writeProject(Object.fromEntries(result.files))).result!.instances[0]!));
    expect(text).toContain("callback_settings:\n  __proto__:\n    x: 1\n  toString:\n");
    expect(text).toContain("    __proto__:\n      polluted: true\n");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses what LiteLLM cannot load, at the entry", () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "config.yaml"),
      [
        "guardrails:",
        "  - guardrail_name: no-mode",
        "    litellm_params:",
        "      guardrail: presidio",
        "  - just-a-name",
        "  - guardrail_name: numeric-mode",
        "    litellm_params: {guardrail: presidio, mode: 5}",
        "mcp_servers:",
        "  bad:",
        "    transport: websocket",
        "",
      ].join("\n"),
    );
    const result = importFiles(["config.yaml"], { cwd: dir, namespace: "ai", instance: "proxy" });
    expect(result.files.size).toBe(0);
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      '3:5 LG6004 guardrail "no-mode" has no litellm_params.mode; LiteLLM cannot load it',
      "5:5 LG6004 a guardrails entry must be a mapping with guardrail_name and litellm_params",
      '7:43 LG6004 guardrail "numeric-mode": mode must be a mode, a list of modes or {tags, default}; LiteLLM cannot load it',
      '10:16 LG6004 MCP server "bad": transport "websocket" is not one LiteLLM knows',
    ]);
  });
});
