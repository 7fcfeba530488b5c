// Guardrail, MCPServer and Callback: what they compile to (config.yaml as PyYAML reads it,
// the container's env, the ExternalSecrets, the helm values), and the script that regenerates
// their LiteLLM vocabulary.
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { renderTarget } from "../src/render/targets.js";
import type { K8sObject } from "../src/emitters/kubernetes/index.js";
import { compileDir, writeProject } from "./support/project.js";
import { pyyamlLoad, pyyamlTypes, toPlain } from "./support/pyyaml.js";
import { validateUpstream } from "./support/upstream-schemas.js";

const INSTANCE = `apiVersion: litellm.litellm.ai/v1alpha1
kind: LiteLLMInstance
metadata: {name: gateway, namespace: ai-prod}
spec:
  image: ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1
  litellmSettings:
    success_callback: [prometheus]
    guardrails: [pii-mask]
`;

const GUARDRAILS = `apiVersion: litellm-gitops.dev/v1alpha1
kind: Guardrail
metadata: {name: pii-mask, namespace: ai-prod}
spec:
  instanceRef: {name: gateway}
  guardrail: presidio
  mode: [pre_call, post_call]
  defaultOn: true
  params: {presidio_language: en, pii_entities_config: {CREDIT_CARD: MASK}, presidio_score_thresholds: {CREDIT_CARD: 0.5}}
  info: {description: Masks PII before the model sees it}
---
apiVersion: litellm-gitops.dev/v1alpha1
kind: Guardrail
metadata: {name: bedrock-guard, namespace: ai-prod}
spec:
  instanceRef: {name: gateway}
  guardrailName: bedrock-pre-guard
  guardrail: bedrock
  mode: during_call
  secretRef: {secretName: aws-guardrail, keys: {aws_access_key_id: access-key-id, aws_secret_access_key: secret-access-key}}
  params: {guardrailIdentifier: ff6ujrregl1q, guardrailVersion: "1", aws_region_name: us-east-1}
`;

const SERVERS = `apiVersion: litellm-gitops.dev/v1alpha1
kind: MCPServer
metadata: {name: github, namespace: ai-prod}
spec:
  instanceRef: {name: gateway}
  url: https://api.githubcopilot.com/mcp
  transport: http
  authType: bearer_token
  secretRef: {secretName: github-mcp, key: token}
  params: {description: GitHub tools, allowed_tools: [get_issue, list_pull_requests]}
---
apiVersion: litellm-gitops.dev/v1alpha1
kind: MCPServer
metadata: {name: files, namespace: ai-prod}
spec:
  instanceRef: {name: gateway}
  transport: stdio
  command: npx
  args: [-y, "@modelcontextprotocol/server-filesystem", /data]
`;

const CALLBACKS = `apiVersion: litellm-gitops.dev/v1alpha1
kind: Callback
metadata: {name: langfuse, namespace: ai-prod}
spec:
  instanceRef: {name: gateway}
  callback: langfuse
  secretRef: {secretName: langfuse, keys: {LANGFUSE_PUBLIC_KEY: public-key, LANGFUSE_SECRET_KEY: secret-key}}
  env: {LANGFUSE_HOST: https://cloud.langfuse.com}
---
apiVersion: litellm-gitops.dev/v1alpha1
kind: Callback
metadata: {name: otel, namespace: ai-prod}
spec:
  instanceRef: {name: gateway}
  callback: otel
  env: {OTEL_EXPORTER: otlp_http, OTEL_ENDPOINT: "http://otel-collector.observability:4318"}
  settings: {message_logging: false}
`;

function compiled(files: Record<string, string> = {}) {
  const dir = writeProject({ "instance.yaml": INSTANCE, "guardrails.yaml": GUARDRAILS, "servers.yaml": SERVERS, "callbacks.yaml": CALLBACKS, ...files });
  const outcome = compileDir(dir);
  expect(outcome.diagnostics).toEqual([]);
  return outcome.result!;
}

function container(objects: readonly K8sObject[]) {
  const deployment = objects.find((o) => o.kind === "Deployment") as unknown as {
    spec: { template: { spec: { containers: Array<{ env: Array<{ name: string; value?: string; valueFrom?: { secretKeyRef: { name: string; key: string } } }> }> } } };
  };
  return deployment.spec.template.spec.containers[0]!;
}

describe("config.yaml, as LiteLLM reads it (PyYAML)", () => {
  const rendering = renderTarget(compiled(), "manifests");
  const configYaml = rendering.rendered[0]!.configYaml;
  const config = toPlain(pyyamlLoad(configYaml)) as Record<string, unknown>;

  it("lists each Guardrail under guardrails: with guardrail_name, litellm_params and guardrail_info", () => {
    expect(config.guardrails).toEqual([
      {
        guardrail_name: "bedrock-pre-guard",
        litellm_params: {
          guardrail: "bedrock",
          mode: "during_call",
          aws_access_key_id: "os.environ/AWS_GUARDRAIL_ACCESS_KEY_ID",
          aws_region_name: "us-east-1",
          aws_secret_access_key: "os.environ/AWS_GUARDRAIL_SECRET_ACCESS_KEY",
          // Verbatim, camelCase as LiteLLM's BedrockGuardrailConfigModel spells it.
          guardrailIdentifier: "ff6ujrregl1q",
          guardrailVersion: "1",
        },
      },
      {
        guardrail_name: "pii-mask",
        litellm_params: {
          guardrail: "presidio",
          mode: ["pre_call", "post_call"],
          default_on: true,
          pii_entities_config: { CREDIT_CARD: "MASK" },
          presidio_language: "en",
          presidio_score_thresholds: { CREDIT_CARD: 0.5 },
        },
        guardrail_info: { description: "Masks PII before the model sees it" },
      },
    ]);
  });

  it("keeps the types: default_on a bool, a quoted version a str, a threshold a float", () => {
    const types = pyyamlTypes(configYaml);
    expect(types["/guardrails/1/litellm_params/default_on"]).toBe("bool");
    expect(types["/guardrails/0/litellm_params/guardrailVersion"]).toBe("str");
    expect(types["/guardrails/1/litellm_params/presidio_score_thresholds/CREDIT_CARD"]).toBe("float");
    expect(types["/callback_settings/otel/message_logging"]).toBe("bool");
  });

  it("keys each MCPServer by its name under mcp_servers:, the credential in authentication_token", () => {
    expect(config.mcp_servers).toEqual({
      files: { transport: "stdio", command: "npx", args: ["-y", "@modelcontextprotocol/server-filesystem", "/data"] },
      github: {
        url: "https://api.githubcopilot.com/mcp",
        transport: "http",
        auth_type: "bearer_token",
        allowed_tools: ["get_issue", "list_pull_requests"],
        authentication_token: "os.environ/GITHUB_MCP_TOKEN",
        description: "GitHub tools",
      },
    });
  });

  it("adds callbacks to the instance's own lists (prometheus stays first), with LiteLLM's documented events", () => {
    const settings = config.litellm_settings as Record<string, unknown>;
    // langfuse: success and failure (LiteLLM's docs); otel: `callbacks` (all events).
    expect(settings.success_callback).toEqual(["prometheus", "langfuse"]);
    expect(settings.failure_callback).toEqual(["langfuse"]);
    expect(settings.callbacks).toEqual(["otel"]);
    expect(settings.guardrails).toEqual(["pii-mask"]);
    expect(config.callback_settings).toEqual({ otel: { message_logging: false } });
  });

  it("sets every os.environ/ variable on the container, from a secretKeyRef or as a plain value", () => {
    const env = container(rendering.rendered[0]!.objects).env;
    const byName = new Map(env.map((e) => [e.name, e]));
    const referenced = [...configYaml.matchAll(/os\.environ\/([A-Z0-9_]+)/g)].map((m) => m[1]!);
    expect(referenced.length).toBeGreaterThanOrEqual(4);
    for (const name of referenced) expect(byName.get(name)?.valueFrom?.secretKeyRef, name).toBeDefined();
    expect(byName.get("GITHUB_MCP_TOKEN")?.valueFrom?.secretKeyRef).toEqual({ name: "github-mcp", key: "token" });
    expect(byName.get("LANGFUSE_SECRET_KEY")?.valueFrom?.secretKeyRef).toEqual({ name: "langfuse", key: "secret-key" });
    expect(byName.get("LANGFUSE_HOST")).toEqual({ name: "LANGFUSE_HOST", value: "https://cloud.langfuse.com" });
    expect(byName.get("OTEL_ENDPOINT")).toEqual({ name: "OTEL_ENDPOINT", value: "http://otel-collector.observability:4318" });
  });

  it("emits an ExternalSecret for every Secret the integrations read, valid upstream", () => {
    const externalSecrets = rendering.rendered[0]!.objects.filter((o) => o.kind === "ExternalSecret");
    const data = Object.fromEntries(
      externalSecrets.map((o) => [o.metadata.name, ((o.spec as { data: Array<{ secretKey: string }> }).data).map((d) => d.secretKey)]),
    );
    expect(data).toMatchObject({
      "aws-guardrail": ["access-key-id", "secret-access-key"],
      "github-mcp": ["token"],
      langfuse: ["public-key", "secret-key"],
    });
    for (const object of externalSecrets) expect(validateUpstream(object).errors).toEqual([]);
  });
});

describe("the helm target", () => {
  it("carries the same config in proxy_config and the integrations' env in extraEnvVars", () => {
    const rendering = renderTarget(compiled(), "helm");
    const [manifests] = renderTarget(compiled(), "manifests").rendered;
    const values = rendering.helm![0]!.values as { proxy_config: unknown; extraEnvVars: Array<{ name: string }> };
    expect(values.proxy_config).toEqual(manifests!.config);
    const names = values.extraEnvVars.map((e) => e.name);
    for (const name of ["AWS_GUARDRAIL_SECRET_ACCESS_KEY", "GITHUB_MCP_TOKEN", "LANGFUSE_PUBLIC_KEY", "LANGFUSE_SECRET_KEY", "LANGFUSE_HOST", "OTEL_EXPORTER"]) {
      expect(names).toContain(name);
    }
    expect(rendering.helm![0]!.externalSecrets.map((o) => o.metadata.name)).toEqual(expect.arrayContaining(["github-mcp", "langfuse", "aws-guardrail"]));
  });
});

describe("binding", () => {
  it("an instance without integrations gets none of the sections", () => {
    const ir = compiled({
      "other.yaml": `apiVersion: litellm.litellm.ai/v1alpha1
kind: LiteLLMInstance
metadata: {name: other, namespace: ai-prod}
spec:
  image: ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1
`,
    });
    const other = renderTarget(ir, "manifests").rendered.find((r) => r.instance.name === "other")!;
    expect(Object.keys(other.config)).toEqual(["model_list", "general_settings"]);
  });

  it("events: [all] lists a callback under callbacks; [failure] under failure_callback only", () => {
    const ir = compiled({
      "callbacks.yaml": CALLBACKS.replace("callback: langfuse\n", "callback: langfuse\n  events: [failure]\n").replace("callback: otel\n", "callback: otel\n  events: [success]\n"),
    });
    const settings = renderTarget(ir, "manifests").rendered[0]!.config.litellm_settings as Record<string, unknown>;
    expect(settings.success_callback).toEqual(["prometheus", "otel"]);
    expect(settings.failure_callback).toEqual(["langfuse"]);
    expect(settings.callbacks).toBeUndefined();
  });

  it("s3 needs its bucket in litellm_settings.s3_callback_params (S3Logger._init_s3_params), not a variable", () => {
    const s3 = "---\napiVersion: litellm-gitops.dev/v1alpha1\nkind: Callback\nmetadata: {name: s3, namespace: ai-prod}\nspec:\n  instanceRef: {name: gateway}\n  callback: s3\n";
    const withBucket = INSTANCE + "    s3_callback_params: {s3_bucket_name: llm-logs, s3_region_name: eu-west-1}\n";
    const ir = compiled({ "instance.yaml": withBucket, "callbacks.yaml": CALLBACKS + s3 });
    const settings = renderTarget(ir, "manifests").rendered[0]!.config.litellm_settings as Record<string, unknown>;
    expect(settings.success_callback).toEqual(["prometheus", "langfuse", "s3"]);
    expect(settings.s3_callback_params).toEqual({ s3_bucket_name: "llm-logs", s3_region_name: "eu-west-1" });
    const without = compileDir(writeProject({ "instance.yaml": INSTANCE, "guardrails.yaml": GUARDRAILS, "servers.yaml": SERVERS, "callbacks.yaml": CALLBACKS + s3 }));
    expect(without.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column}`)).toEqual(["LG4043 callbacks.yaml:" + (CALLBACKS.split("\n").length + 6) + ":13"]);
  });

  it("datadog through an agent needs DD_AGENT_HOST only (DataDogLogger._configure_dd_agent)", () => {
    const datadog = (spec: string) =>
      `---\napiVersion: litellm-gitops.dev/v1alpha1\nkind: Callback\nmetadata: {name: datadog, namespace: ai-prod}\nspec:\n  instanceRef: {name: gateway}\n  callback: datadog\n${spec}`;
    const codes = (spec: string) =>
      compileDir(writeProject({ "instance.yaml": INSTANCE, "guardrails.yaml": GUARDRAILS, "servers.yaml": SERVERS, "callbacks.yaml": CALLBACKS + datadog(spec) })).diagnostics.map((d) => `${d.code} ${d.message}`);
    expect(codes("  env: {DD_AGENT_HOST: datadog-agent.monitoring}\n")).toEqual([]);
    expect(codes("  env: {DD_SITE: datadoghq.eu}\n")).toEqual([
      "LG4043 datadog reads DD_API_KEY or DD_AGENT_HOST from the environment (litellm/integrations/datadog/datadog.py, DataDogLogger._configure_dd_direct_api), which the proxy container would not have",
    ]);
  });

  it("gives the same bytes whatever order the files are found in", () => {
    const a = renderTarget(compiled(), "manifests").rendered[0]!.configYaml;
    const b = renderTarget(
      compiled({ "guardrails.yaml": "", "servers.yaml": "", "callbacks.yaml": "", "z-all.yaml": [CALLBACKS, SERVERS, GUARDRAILS].join("---\n") }),
      "manifests",
    ).rendered[0]!.configYaml;
    expect(b).toBe(a);
  });
});

describe("the schemas of the kinds", () => {
  it("reject an MCPServer secretRef with neither key nor keys, and a Callback event LiteLLM has no list for", () => {
    const dir = writeProject({
      "instance.yaml": INSTANCE,
      "bad.yaml": `apiVersion: litellm-gitops.dev/v1alpha1
kind: MCPServer
metadata: {name: wiki, namespace: ai-prod}
spec:
  instanceRef: {name: gateway}
  url: https://wiki.example.com/mcp
  secretRef: {secretName: wiki}
---
apiVersion: litellm-gitops.dev/v1alpha1
kind: Callback
metadata: {name: metrics, namespace: ai-prod}
spec:
  instanceRef: {name: gateway}
  callback: prometheus
  events: [on]
`,
    });
    const found = compileDir(dir).diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`);
    expect(found).toEqual(["LG2005 7:3", "LG2004 15:12"]);
  });
});

interface ImportScript {
  enumValues(source: string, name: string): string[];
  literalValues(source: string, name: string): string[];
  setCallbacksNames(source: string): string[];
  checkCallbackEnv(env: Record<string, { source: string; required: string[][]; secret: string[] }>, read: (f: string) => string, exists: (f: string) => boolean): string[];
}

describe("scripts/import-litellm-integrations.mjs", async () => {
  const script = (await import(pathToFileURL(new URL("../scripts/import-litellm-integrations.mjs", import.meta.url).pathname).href)) as ImportScript;

  it("reads an enum's string members up to the end of the class", () => {
    const source = `class GuardrailEventHooks(str, Enum):\n    pre_call = "pre_call"\n    # a comment\n\n    post_call = "post_call"\n\n\nclass Other(Enum):\n    x = "x"\n`;
    expect(script.enumValues(source, "GuardrailEventHooks")).toEqual(["pre_call", "post_call"]);
    expect(() => script.enumValues(source, "Missing")).toThrow(/not found/);
  });

  it("reads a Literal's strings and set_callbacks' names", () => {
    expect(script.literalValues(`_x = Literal[\n    "lago",\n    "otel",\n]\n`, "_x")).toEqual(["lago", "otel"]);
    const logging = `def set_callbacks(callback_list, function_id=None):\n    for callback in callback_list:\n        if callback == "sentry":\n            pass\n        elif callback == "s3":\n            pass\n\ndef other():\n    if callback == "not-this":\n        pass\n`;
    expect(script.setCallbacksNames(logging)).toEqual(["sentry", "s3"]);
  });

  it("fails the curated callback env when the cited file no longer reads a name", () => {
    const env = { datadog: { source: "litellm/integrations/datadog/datadog.py, DataDogLogger.__init__", required: [["DD_API_KEY"], ["DD_SITE"]], secret: ["DD_API_KEY"] } };
    const read = () => `os.getenv("DD_API_KEY")`;
    expect(script.checkCallbackEnv(env, read, () => true)).toEqual(["datadog: litellm/integrations/datadog/datadog.py no longer mentions DD_SITE"]);
    expect(script.checkCallbackEnv(env, read, () => false)).toEqual(["datadog: litellm/integrations/datadog/datadog.py does not exist"]);
  });
});
