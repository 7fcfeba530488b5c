import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { IR } from "../src/compiler/ir.js";
import { emitLiteLLMConfig } from "../src/emitters/litellm-config.js";
import { renderTree } from "../src/render/files.js";
import { renderInstances } from "../src/render/instances.js";
import { compileDir, INSTANCE, model, writeProject } from "./support/project.js";
import { pyyamlLoad, pyyamlTypes, toPlain } from "./support/pyyaml.js";
import { runs } from "./support/property.js";

function compiled(files: Record<string, string>): IR {
  const outcome = compileDir(writeProject(files));
  const errors = outcome.diagnostics.filter((d) => d.severity === "error");
  expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
  return outcome.result!;
}

type Entry = { model_name: string; litellm_params: Record<string, unknown>; model_info: Record<string, unknown> };

function modelList(ir: IR, instance = 0): Entry[] {
  return emitLiteLLMConfig(ir.instances[instance]!).model_list as Entry[];
}

function paramsOf(params: string, extra = ""): Record<string, unknown> {
  return modelList(compiled({ "i.yaml": INSTANCE, "m.yaml": model("m", params, extra) }))[0]!.litellm_params;
}

describe("litellm_params mapping", () => {
  // One row per operator litellmParams field: input line, output key, output value.
  const rows: Array<[string, string, unknown]> = [
    ["apiBase: https://example.openai.azure.com", "api_base", "https://example.openai.azure.com"],
    ["apiVersion: 2024-10-21", "api_version", "2024-10-21"],
    ["autoRouterConfig: '{\"routes\": []}'", "auto_router_config", '{"routes": []}'],
    ["autoRouterConfigPath: /etc/router.json", "auto_router_config_path", "/etc/router.json"],
    ["autoRouterDefaultModel: gpt-4o-mini", "auto_router_default_model", "gpt-4o-mini"],
    ["autoRouterEmbeddingModel: text-embedding-3-small", "auto_router_embedding_model", "text-embedding-3-small"],
    ["awsRegionName: eu-west-1", "aws_region_name", "eu-west-1"],
    ["budgetDuration: 30d", "budget_duration", "30d"],
    ["configurableClientsideAuthParams: [{api_base: 'https://.*'}]", "configurable_clientside_auth_params", [{ api_base: "https://.*" }]],
    ["customLLMProvider: openai", "custom_llm_provider", "openai"],
    ['inputCostPerPixel: "0.0000001"', "input_cost_per_pixel", 1e-7],
    ['inputCostPerSecond: "0.0001"', "input_cost_per_second", 0.0001],
    ['inputCostPerToken: "0.00003"', "input_cost_per_token", 0.00003],
    ["litellmCredentialName: shared-openai", "litellm_credential_name", "shared-openai"],
    ["litellmTraceId: trace-1", "litellm_trace_id", "trace-1"],
    ['maxBudget: "1000.988"', "max_budget", 1000.988],
    ["maxFileSizeMb: 25", "max_file_size_mb", 25],
    ["maxRetries: 3", "max_retries", 3],
    ["mergeReasoningContentInChoices: true", "merge_reasoning_content_in_choices", true],
    ["mockResponse: hello", "mock_response", "hello"],
    ["organization: org-123", "organization", "org-123"],
    ['outputCostPerPixel: "0.0000002"', "output_cost_per_pixel", 2e-7],
    ['outputCostPerSecond: "0.0002"', "output_cost_per_second", 0.0002],
    ['outputCostPerToken: "0.00006"', "output_cost_per_token", 0.00006],
    ["regionName: us-east-1", "region_name", "us-east-1"],
    ["rpm: 100", "rpm", 100],
    ["streamTimeout: 30", "stream_timeout", 30],
    ["timeout: 60", "timeout", 60],
    ["tpm: 10000", "tpm", 10000],
    ["useInPassThrough: false", "use_in_pass_through", false],
    ["useLitellmProxy: true", "use_litellm_proxy", true],
    ["vertexLocation: europe-west4", "vertex_location", "europe-west4"],
    ["vertexProject: my-project", "vertex_project", "my-project"],
    ["watsonxRegionName: eu-de", "watsonx_region_name", "eu-de"],
  ];
  it.each(rows)("%s → %s", (line, key, value) => {
    const params = paramsOf(`model: openai/gpt-4o\n${line}`);
    expect(params[key]).toStrictEqual(value);
    expect(params.model).toBe("openai/gpt-4o");
  });

  it("covers every field of the operator's litellmParams", () => {
    const schema = JSON.parse(readFileSync("schemas/model.schema.json", "utf8"));
    const fields = Object.keys(schema.properties.spec.properties.litellmParams.properties);
    const covered = new Set(rows.map(([line]) => line.slice(0, line.indexOf(":"))));
    // Handled elsewhere: the model itself, credentials (from Secrets), passthrough, model info, per-million costs.
    const separate = ["model", "apiKey", "awsAccessKeyId", "awsSecretAccessKey", "vertexCredentials", "additionalProp1", "modelInfo", "inputCostPerMillionTokens", "outputCostPerMillionTokens"];
    expect(fields.filter((f) => !covered.has(f) && !separate.includes(f))).toEqual([]);
  });

  it("passes additionalProp1 through as written", () => {
    const params = paramsOf("model: openai/gpt-4o\nadditionalProp1:\n  drop_params: true\n  extra_headers: {X-Team: ml}");
    expect(params.drop_params).toBe(true);
    expect(params.extra_headers).toEqual({ "X-Team": "ml" });
  });
});

describe("per-million prices", () => {
  it.each([
    ["0.1", 1e-7],
    ["3", 3e-6],
    ["0.075", 7.5e-8],
    ["15.5", 1.55e-5],
    ["0.8", 8e-7],
    ["2.5", 2.5e-6],
  ])("%s per million → %s per token, exactly", (perMillion, perToken) => {
    const params = paramsOf(`model: openai/gpt-4o\ninputCostPerMillionTokens: "${perMillion}"\noutputCostPerMillionTokens: ${perMillion}`);
    expect(params.input_cost_per_token).toBe(perToken);
    expect(params.output_cost_per_token).toBe(perToken);
    expect(params).not.toHaveProperty("input_cost_per_million_tokens");
  });

  it("reads as the same float in PyYAML, the reader LiteLLM uses", () => {
    const ir = compiled({ "i.yaml": INSTANCE, "m.yaml": model("m", 'model: openai/gpt-4o\ninputCostPerMillionTokens: "0.8"\ntpm: 1000') });
    const text = renderInstances(ir)[0]!.configYaml;
    expect(text).toContain("input_cost_per_token: 8.0e-07");
    const loaded = toPlain(pyyamlLoad(text)) as { model_list: Entry[] };
    expect(loaded.model_list[0]!.litellm_params.input_cost_per_token).toBe(8e-7);
    const types = pyyamlTypes(text);
    expect(types["/model_list/0/litellm_params/input_cost_per_token"]).toBe("float");
    expect(types["/model_list/0/litellm_params/tpm"]).toBe("int");
    expect(types["/general_settings/store_model_in_db"]).toBe("bool");
  });
});

describe("credentials", () => {
  // The operator's default mapping reads apiKey and apiBase (apiBase optional here: a Secret
  // without it still works), see src/compiler/resolve/credentials.ts.
  const withBase = { api_key: "os.environ/M_SECRET_API_KEY", api_base: "os.environ/M_SECRET_API_BASE" };
  const providers: Array<[string, string, Record<string, string>]> = [
    ["openai", "model: openai/gpt-4o", withBase],
    ["anthropic", "model: anthropic/claude-3-5-sonnet-20240620", withBase],
    ["groq", "model: groq/llama3-8b-8192", withBase],
    [
      "azure",
      "model: azure/gpt-4o",
      { api_key: "os.environ/M_SECRET_API_KEY", api_base: "os.environ/M_SECRET_API_BASE", api_version: "os.environ/M_SECRET_API_VERSION" },
    ],
    [
      "bedrock",
      "model: bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0",
      { aws_access_key_id: "os.environ/M_SECRET_AWS_ACCESS_KEY_ID", aws_secret_access_key: "os.environ/M_SECRET_AWS_SECRET_ACCESS_KEY" },
    ],
    ["vertex_ai", "model: vertex_ai/gemini-1.5-pro", { vertex_credentials: "os.environ/M_SECRET_VERTEX_CREDENTIALS" }],
    ["ollama", "model: ollama/llama3", {}],
  ];
  it.each(providers)("%s takes exactly its credentials from the Secret", (_provider, params, expected) => {
    const out = paramsOf(params);
    const credentials = Object.fromEntries(Object.entries(out).filter(([, v]) => typeof v === "string" && v.startsWith("os.environ/")));
    expect(credentials).toEqual(expected);
  });

  it("uses a param written in litellmParams as written, and the key mapping for the rest", () => {
    const out = paramsOf(
      "model: azure/gpt-4o\napiBase: https://west.openai.azure.com\napiVersion: 2024-10-21",
      "    keys:\n      apiKey: AZURE_KEY\n",
    );
    expect(out.api_base).toBe("https://west.openai.azure.com");
    expect(out.api_version).toBe("2024-10-21");
    expect(out.api_key).toBe("os.environ/M_SECRET_AZURE_KEY");
  });

  it("wires every credential to a secretKeyRef env entry and lists the key on its Secret", () => {
    const ir = compiled({
      "i.yaml": INSTANCE,
      "a.yaml": model("a", "model: openai/gpt-4o", "    keys: {apiKey: OPENAI_API_KEY}\n").replace("a-secret", "shared"),
      "b.yaml": model("b", "model: azure/gpt-4o", "    keys: {apiKey: AZURE_API_KEY, apiBase: AZURE_API_BASE, apiVersion: AZURE_API_VERSION}\n").replace("b-secret", "shared"),
    });
    const instance = ir.instances[0]!;
    expect(instance.secrets.find((s) => s.name === "shared")!.keys.map((k) => k.key)).toEqual(["AZURE_API_BASE", "AZURE_API_KEY", "AZURE_API_VERSION", "OPENAI_API_KEY"]);
    const envNames = instance.env.map((e) => e.name);
    expect(envNames.slice(0, 1)).toEqual(["LITELLM_MASTER_KEY"]);
    for (const entry of modelList(ir)) {
      for (const value of Object.values(entry.litellm_params)) {
        if (typeof value === "string" && value.startsWith("os.environ/")) expect(envNames).toContain(value.slice("os.environ/".length));
      }
    }
  });

  it("gives two Secret keys whose derived names clash two distinct env variables, deterministically", () => {
    const files = {
      "i.yaml": INSTANCE,
      "a.yaml": model("a", "model: openai/gpt-4o", "    keys: {apiKey: b-api-key}\n").replace("a-secret", "a"),
      "b.yaml": model("b", "model: openai/gpt-4o", "    keys: {apiKey: api-key}\n").replace("b-secret", "a-b"),
    };
    const ir = compiled(files);
    const keys = modelList(ir).map((e) => e.litellm_params.api_key as string);
    expect(new Set(keys).size).toBe(2);
    for (const k of keys) expect(k).toMatch(/^os\.environ\/A_B_API_KEY_[0-9A-F]{6}$/);
    expect(modelList(compiled(files)).map((e) => e.litellm_params.api_key)).toEqual(keys);
  });
});

describe("model ids", () => {
  const idOf = (name: string, params: string) =>
    modelList(compiled({ "i.yaml": INSTANCE, "m.yaml": model(name, params) }))[0]!.model_info.id as string;

  it("is a UUIDv5 of where the model is declared, stable across parameter changes", () => {
    const id = idOf("m", "model: openai/gpt-4o");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idOf("m", "model: openai/gpt-4o\ntpm: 5")).toBe(id);
    expect(idOf("n", "model: openai/gpt-4o")).not.toBe(id);
  });
});

describe("settings", () => {
  it("generates master key, Redis and store_model_in_db, and keeps the user's settings", () => {
    const instance = INSTANCE.replace(
      "spec:\n",
      `spec:
  redisSecretRef: {nameRef: redis, keys: {hostSecret: host, portSecret: port, passwordSecret: password}}
  databaseSecretRef: {nameRef: pg, keys: {hostSecret: h, usernameSecret: u, passwordSecret: p, dbnameSecret: d}}
  routerSettings: {routing_strategy: least-busy, fallbacks: [{m: [m]}]}
  litellmSettings: {drop_params: true}
`,
    );
    const ir = compiled({ "i.yaml": instance, "m.yaml": model("m", "model: openai/gpt-4o") });
    const config = emitLiteLLMConfig(ir.instances[0]!);
    // allow_requests_on_db_unavailable: true with a database, as the operator sets it (litellminstance_controller.go).
    expect(config.general_settings).toEqual({ master_key: "os.environ/LITELLM_MASTER_KEY", store_model_in_db: false, allow_requests_on_db_unavailable: true });
    expect(config.router_settings).toEqual({
      redis_host: "os.environ/REDIS_HOST",
      redis_port: "os.environ/REDIS_PORT",
      redis_password: "os.environ/REDIS_PASSWORD",
      fallbacks: [{ m: ["m"] }],
      routing_strategy: "least-busy",
    });
    expect(config.litellm_settings).toEqual({ drop_params: true });
    expect(ir.instances[0]!.env.map((e) => e.name)).toEqual([
      "LITELLM_MASTER_KEY",
      "DATABASE_HOST",
      "DATABASE_USERNAME",
      "DATABASE_PASSWORD",
      "DATABASE_NAME",
      "REDIS_HOST",
      "REDIS_PORT",
      "REDIS_PASSWORD",
      "M_SECRET_API_BASE",
      "M_SECRET_API_KEY",
    ]);
  });
});

describe("determinism", () => {
  const files: Record<string, string> = {
    "i.yaml": INSTANCE,
    "models/a.yaml": model("a", "model: openai/gpt-4o"),
    "models/b.yaml": model("b", "model: anthropic/claude-3-5-sonnet-20240620") + "---\n" + model("c", "model: groq/llama3-8b-8192"),
    "z/d.yaml": model("d", "model: openai/gpt-4o-mini"),
  };
  const tree = (project: Record<string, string>) => renderTree(renderInstances(compiled(project)));

  it("gives identical bytes whatever the file names and document order", () => {
    const reference = tree(files);
    const docs = Object.values(files).flatMap((text) => text.split(/^---\n/m));
    fc.assert(
      fc.property(fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }), fc.integer({ min: 1, max: 4 }), (order, perFile) => {
        const project: Record<string, string> = {};
        for (let i = 0; i < order.length; i += perFile) project[`f${(order.length - i) * 7}.yaml`] = order.slice(i, i + perFile).join("---\n");
        expect(tree(project)).toEqual(reference);
      }),
      runs(15),
    );
  });
});

describe("secrets never reach the output", () => {
  it("fails on a literal apiKey", () => {
    const outcome = compileDir(writeProject({ "i.yaml": INSTANCE, "m.yaml": model("m", "model: openai/gpt-4o\napiKey: sk-live-abc123") }));
    expect(outcome.result).toBeUndefined();
    expect(outcome.diagnostics.find((d) => d.code === "LG3008")).toMatchObject({ file: "m.yaml", line: 15 });
  });

  it("emits no credential value of a committed Secret in any file", () => {
    const values = ["sk-live-4f8a9d2c7e1b", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "hunter2-db-password"];
    const secret = `apiVersion: v1
kind: Secret
metadata: {name: m-secret, namespace: ai}
stringData:
  apiKey: ${values[0]}
  awsAccessKeyId: ${values[1]}
  awsSecretAccessKey: ${values[2]}
data:
  password: ${Buffer.from(values[3]!).toString("base64")}
`;
    const outcome = compileDir(writeProject({ "i.yaml": INSTANCE, "m.yaml": model("m", "model: openai/gpt-4o"), "secret.yaml": secret }));
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(["LG3009", "LG3009"]);
    const tree = renderTree(renderInstances(outcome.result!));
    for (const [file, text] of tree) {
      for (const value of [...values, Buffer.from(values[3]!).toString("base64")]) expect(text, file).not.toContain(value);
    }
  });
});

describe("the operator's sample project", () => {
  const dir = "fixtures/upstream/operator/config-samples";
  it("compiles to the reviewed config.yaml", () => {
    const outcome = compileDir(path.resolve(dir));
    expect(outcome.result, JSON.stringify(outcome.diagnostics)).toBeDefined();
    const rendered = renderInstances(outcome.result!);
    expect(rendered.map((r) => r.dir)).toEqual(["litellm/litellm-example"]);
    const golden = readFileSync("fixtures/golden/operator-sample/config.yaml", "utf8");
    expect(rendered[0]!.configYaml).toBe(golden);
    // No operator suffixes, no key names where values belong (the operator's bugs).
    expect(golden).not.toContain("-[inst]");
    expect(parseYaml(golden).router_settings.redis_host).toBe("os.environ/REDIS_HOST");
    expect(readdirSync(dir).length).toBeGreaterThan(3);
  });
});

describe("kind: List", () => {
  it("reads each item as a document, located inside the list", () => {
    const list = `apiVersion: v1
kind: List
items:
- ${INSTANCE.trim().split("\n").join("\n  ")}
- ${model("m", "model: openai/gpt-4o\napiBaes: https://x").trim().split("\n").join("\n  ")}
`;
    const outcome = compileDir(writeProject({ "list.yaml": list }));
    expect(outcome.diagnostics.map((d) => [d.code, d.line])).toEqual([["LG2003", 25]]);
    expect(list.split("\n")[24]).toContain("apiBaes");
    const fixed = compiled({ "list.yaml": list.replace("apiBaes", "apiBase") });
    expect(fixed.instances[0]!.models.map((m) => m.modelName)).toEqual(["m"]);
  });
});

describe("non-finite numbers", () => {
  it("reports .inf and .nan at their place instead of failing to write config.yaml", () => {
    const outcome = compileDir(writeProject({ "i.yaml": INSTANCE, "m.yaml": model("m", "model: openai/gpt-4o\nadditionalProp1: {temperature: .inf, top_p: .nan}") }));
    expect(outcome.result).toBeUndefined();
    expect(outcome.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["LG2004", 15],
      ["LG2004", 15],
    ]);
  });
});
