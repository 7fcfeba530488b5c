import fc from "fast-check";
import { it, expect } from "vitest";
import { emitLiteLLMConfig } from "../src/emitters/litellm-config.js";
import { importFiles, roundTripDiff } from "../src/importer/index.js";
import { toYaml } from "../src/output/yaml.js";
import { compileDir, writeProject } from "./support/project.js";

const env = fc.constantFrom("os.environ/OPENAI_API_KEY", "os.environ/AZURE_API_BASE", "os.environ/my_key", "os.environ/X", "os.environ/LITELLM_MASTER_KEY", "os.environ/REDIS_HOST", "os.environ/AWS_ACCESS_KEY_ID");
const scalar = fc.oneof(
  env,
  fc.constantFrom("sk-abc", "", "30d", "2024-10-21", "0.1", "none", "yes", "postgres://u:p@h/db", "https://x.example/v1"),
  fc.constantFrom(0, 5, -1, 2147483648, 0.5, 1e-7, -0.1, 1e21),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof({ maxDepth: 2 }, scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.constantFrom("api_base", "password", "x", "token"), scalar, { maxKeys: 2 }));
const PARAM_KEYS = ["api_key", "api_base", "api_version", "aws_access_key_id", "aws_secret_access_key", "aws_session_token", "vertex_credentials", "vertex_project", "rpm", "tpm", "timeout", "stream_timeout", "max_retries", "input_cost_per_token", "output_cost_per_token", "max_budget", "budget_duration", "organization", "region_name", "tags", "drop_params", "configurable_clientside_auth_params", "use_in_pass_through", "mock_response", "extra_headers", "client_secret", "model_info"];
const INFO_KEYS = ["id", "mode", "tier", "base_model", "access_groups", "team_id", "db_model", "supports_vision", "version"];
const entry = fc.record({
  model_name: fc.constantFrom("a", "gpt-4o", "x y", "*", "a"),
  litellm_params: fc.tuple(fc.constantFrom("openai/gpt-4o", "azure/x", "bedrock/y", "ollama/z", "*", "vertex_ai/g", "gpt-4o"), fc.dictionary(fc.constantFrom(...PARAM_KEYS), value, { maxKeys: 6 })).map(([model, rest]) => ({ model, ...rest })),
  model_info: fc.option(fc.dictionary(fc.constantFrom(...INFO_KEYS), fc.oneof(scalar, fc.constantFrom("chat", "embedding", "free")), { maxKeys: 3 }), { nil: undefined }),
}).map((e) => (e.model_info === undefined ? { model_name: e.model_name, litellm_params: e.litellm_params } : e));
const config = fc.record({
  model_list: fc.array(entry, { minLength: 1, maxLength: 4 }),
  router_settings: fc.option(fc.record({ routing_strategy: fc.constantFrom("simple-shuffle", "least-busy"), redis_host: fc.constantFrom("os.environ/REDIS_HOST", "localhost"), redis_port: fc.constantFrom("os.environ/REDIS_PORT", 6379), redis_password: fc.constantFrom("os.environ/REDIS_PASSWORD", "pw") }, { requiredKeys: [] }), { nil: undefined }),
  litellm_settings: fc.option(fc.dictionary(fc.constantFrom("cache_params", "success_callback", "langfuse_secret", "drop_params"), value, { maxKeys: 3 }), { nil: undefined }),
  general_settings: fc.option(fc.dictionary(fc.constantFrom("master_key", "store_model_in_db", "database_url", "alerting", "proxy_batch_write_at"), value, { maxKeys: 3 }), { nil: undefined }),
  environment_variables: fc.option(fc.dictionary(fc.constantFrom("SLACK_TOKEN", "LITELLM_LOG", "OPENAI_API_KEY", "PORT"), scalar, { maxKeys: 3 }), { nil: undefined }),
}, { requiredKeys: ["model_list"] });

it("import → build round-trips arbitrary configs", () => {
  fc.assert(
    fc.property(config, (cfg) => {
      const clean = JSON.parse(JSON.stringify(cfg));
      const dir = writeProject({ "config.yaml": toYaml(clean) });
      const r = importFiles(["config.yaml"], { cwd: dir, namespace: "ai", instance: "p" });
      const errors = r.diagnostics.filter((d) => d.severity === "error");
      expect(errors.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
      const o = compileDir(writeProject(Object.fromEntries(r.files)));
      const be = o.diagnostics.filter((d) => d.severity === "error");
      expect(be.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([]);
      const rebuilt = JSON.parse(JSON.stringify(emitLiteLLMConfig(o.result!.instances[0]!)));
      const diffs = roundTripDiff(r.view, rebuilt).filter((d) => !r.diagnostics.some((x) => x.code === "LG6006" && (d.path === x.pointer || d.path.startsWith(x.pointer + "/"))));
      expect(diffs).toEqual([]);
    }),
    { numRuns: Number(process.env.RUNS ?? 60), seed: process.env.SEED ? Number(process.env.SEED) : undefined },
  );
}, 600_000);
