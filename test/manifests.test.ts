import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { secretsChecklist } from "../src/compiler/secrets-checklist.js";
import { renderTree } from "../src/render/files.js";
import { renderInstances } from "../src/render/instances.js";
import { wiringProblems } from "../src/render/wiring.js";
import { writeOutput } from "../src/write/write.js";
import { toYamlStream } from "../src/render/yaml.js";
import { kustomizeBuild, parseYamlStream } from "./support/kustomize.js";
import { compileDir, writeProject } from "./support/project.js";
import { validateUpstream } from "./support/upstream-schemas.js";

const IMAGE = "ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1";

/** Two namespaces, two instances, Models over several files, database, Redis, ingress, gateway, a shared Secret. */
const PROJECT: Record<string, string> = {
  "platform/config.yaml": `apiVersion: litellm-gitops.dev/v1alpha1
kind: CompilerConfig
metadata: {name: platform}
spec:
  secretStore: {kind: ClusterSecretStore, name: vault}
  remoteKeyTemplate: "kv/{{namespace}}/{{secretName}}"
  refreshInterval: 30m
`,
  "team-a/instance.yaml": `apiVersion: litellm.litellm.ai/v1alpha1
kind: LiteLLMInstance
metadata: {name: proxy, namespace: team-a}
spec:
  image: ${IMAGE}
  replicas: 3
  databaseSecretRef:
    nameRef: pg
    keys: {hostSecret: host, usernameSecret: user, passwordSecret: pass, dbnameSecret: db}
  redisSecretRef:
    nameRef: redis
    keys: {hostSecret: host, portSecret: port, passwordSecret: password}
  ingress:
    enabled: true
    host: llm.team-a.example.com
    className: nginx
    annotations: {cert-manager.io/cluster-issuer: letsencrypt}
    tls: {secretName: llm-team-a-tls}
  extraEnvVars:
    - {name: LITELLM_LOG, value: INFO}
    - name: SLACK_WEBHOOK_URL
      valueFrom: {secretKeyRef: {name: alerting, key: slack}}
  generalSettings: {alerting: [slack]}
`,
  "team-a/models/openai.yaml": `apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata: {name: gpt-4o, namespace: team-a}
spec:
  modelName: gpt-4o
  connectionRef: {instanceRef: {name: proxy}}
  modelSecretRef: {secretName: providers, keys: {apiKey: OPENAI_API_KEY}}
  litellmParams: {model: openai/gpt-4o, inputCostPerMillionTokens: "2.5"}
---
apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata: {name: claude, namespace: team-a}
spec:
  modelName: claude
  connectionRef: {instanceRef: {name: proxy}}
  modelSecretRef: {secretName: providers, keys: {apiKey: ANTHROPIC_API_KEY}}
  litellmParams: {model: anthropic/claude-3-5-sonnet-20240620}
`,
  "team-b/instance.yaml": `apiVersion: litellm.litellm.ai/v1alpha1
kind: LiteLLMInstance
metadata: {name: edge, namespace: team-b}
spec:
  image: ${IMAGE}
  gateway:
    enabled: true
    host: llm.team-b.example.com
    parentRefs: [{name: public, namespace: gateway-system, sectionName: https}]
  models:
    - modelName: llama
      identifier: llama-local
      requiresAuth: false
      liteLLMParams: {model: ollama/llama3, apiBase: "http://ollama.ollama:11434"}
`,
  "team-b/models/bedrock.yaml": `apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata: {name: titan, namespace: team-b}
spec:
  connectionRef: {instanceRef: {name: edge}}
  modelSecretRef: {secretName: aws}
  litellmParams: {model: bedrock/amazon.titan-text-express-v1, awsRegionName: us-east-1}
`,
};

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function compileProject() {
  const outcome = compileDir(writeProject(PROJECT));
  expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return outcome.result!;
}

type Obj = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; spec?: Record<string, unknown> };

describe("a two-namespace project", () => {
  const ir = compileProject();
  const rendered = renderInstances(ir);
  const objects = rendered.flatMap((r) => r.objects) as unknown as Obj[];

  it("emits every object valid against its upstream schema", () => {
    const failures = objects
      .map((o) => ({ id: `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`, result: validateUpstream(o) }))
      .filter((r) => !r.result.ok);
    expect(failures).toEqual([]);
    expect(new Set(objects.map((o) => o.kind))).toEqual(
      new Set(["ConfigMap", "ServiceAccount", "Deployment", "Service", "Ingress", "HTTPRoute", "PodDisruptionBudget", "ExternalSecret"]),
    );
  });

  it("gives kubectl kustomize exactly the objects render prints", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "lg-out-"));
    outDirs.push(out);
    await writeOutput(out, renderTree(rendered));
    const key = (o: Obj) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`;
    const fromKustomize = (kustomizeBuild(out) as Obj[]).sort((a, b) => key(a).localeCompare(key(b)));
    const fromRender = (parseYamlStream(toYamlStream(objects)) as Obj[]).sort((a, b) => key(a).localeCompare(key(b)));
    expect(fromKustomize.map(key)).toEqual(fromRender.map(key));
    expect(fromKustomize).toEqual(fromRender);
  });

  it("writes config.yaml byte-identical to the ConfigMap's", async () => {
    for (const r of rendered) {
      const configMap = r.objects.find((o) => o.kind === "ConfigMap") as unknown as { data: Record<string, string> };
      expect(configMap.data["config.yaml"]).toBe(r.configYaml);
      expect(renderTree([r]).get(`${r.dir}/config.yaml`)).toBe(r.configYaml);
    }
  });

  it("reads a Secret shared by two models under different keys through one ExternalSecret with both keys", () => {
    const providers = objects.filter((o) => o.kind === "ExternalSecret" && o.metadata.name === "providers");
    expect(providers).toHaveLength(1);
    const data = providers[0]!.spec!.data as Array<{ secretKey: string; remoteRef: { key: string; property: string } }>;
    expect(data.map((d) => d.secretKey)).toEqual(["ANTHROPIC_API_KEY", "OPENAI_API_KEY"]);
    expect(data[0]!.remoteRef).toEqual({ key: "kv/team-a/providers", property: "ANTHROPIC_API_KEY" });
    expect(providers[0]!.spec!.refreshInterval).toBe("30m");
  });

  it("lists in the secrets checklist every remote key the ExternalSecrets read, and nothing else", () => {
    const read = new Set<string>();
    for (const o of objects.filter((o) => o.kind === "ExternalSecret")) {
      for (const d of o.spec!.data as Array<{ remoteRef: { key: string; property: string } }>) read.add(`${d.remoteRef.key}#${d.remoteRef.property}`);
    }
    const listed = secretsChecklist(ir).map((e) => `${e.remoteKey}#${e.property}`);
    expect(new Set(listed)).toEqual(read);
    expect(listed).toHaveLength(read.size);
    expect(listed).toContain("kv/team-a/alerting#slack");
    expect(secretsChecklist(ir).every((e) => e.usedBy.length > 0)).toBe(true);
  });

  it("routes the Ingress and the HTTPRoute to the Service", () => {
    const ingress = objects.find((o) => o.kind === "Ingress")!;
    const backend = (ingress.spec!.rules as Array<{ http: { paths: Array<{ path: string; backend: { service: { name: string } } }> } }>)[0]!.http.paths[0]!;
    expect(backend.path).toBe("/");
    expect(backend.backend.service.name).toBe("proxy-service");
    const route = objects.find((o) => o.kind === "HTTPRoute")!;
    expect(route.spec!.parentRefs).toEqual([{ name: "public", namespace: "gateway-system", sectionName: "https" }]);
    expect(JSON.stringify(route.spec!.rules)).toContain('"name":"edge-service"');
  });

  it("keeps a PodDisruptionBudget only where replicas > 1", () => {
    expect(objects.filter((o) => o.kind === "PodDisruptionBudget").map((o) => o.metadata.namespace)).toEqual(["team-a"]);
  });

  it("has a wiring check that fails when a variable or an ExternalSecret is missing", () => {
    const r = rendered.find((x) => x.dir === "team-a/proxy")!;
    expect(wiringProblems(r, true)).toEqual([]);
    const broken = structuredClone(r);
    const deployment = broken.objects.find((o) => o.kind === "Deployment") as unknown as {
      spec: { template: { spec: { containers: Array<{ env: Array<{ name: string }> }> } } };
    };
    deployment.spec.template.spec.containers[0]!.env = deployment.spec.template.spec.containers[0]!.env.filter((e) => e.name !== "REDIS_HOST");
    expect(wiringProblems(broken, true)).toEqual([expect.stringContaining("os.environ/REDIS_HOST")]);
    const noSecrets = { ...r, objects: r.objects.filter((o) => !(o.kind === "ExternalSecret" && o.metadata.name === "pg")) };
    expect(wiringProblems(noSecrets, true)).toHaveLength(4);
    expect(wiringProblems(noSecrets, false)).toEqual([]);
  });
});

describe("the operator's sample instance", () => {
  it("keeps the operator's object names and selector", () => {
    const outcome = compileDir(path.resolve("fixtures/upstream/operator/config-samples"));
    const objects = renderInstances(outcome.result!).flatMap((r) => r.objects) as unknown as Obj[];
    const derived = parseAllDocuments(readFileSync("fixtures/upstream/operator-derived/sample_litellm-example_rendered-manifests.yaml", "utf8"))
      .map((d) => d.toJS() as Obj)
      .filter((o) => o && ["ConfigMap", "ServiceAccount", "Deployment", "Service"].includes(o.kind));
    for (const expected of derived) {
      const ours = objects.find((o) => o.kind === expected.kind);
      expect(ours?.metadata.name, expected.kind).toBe(expected.metadata.name);
      expect(ours?.metadata.namespace).toBe(expected.metadata.namespace);
    }
    const deployment = objects.find((o) => o.kind === "Deployment")!;
    expect((deployment.spec!.selector as { matchLabels: unknown }).matchLabels).toEqual({ app: "litellm-litellm-example" });
    const service = objects.find((o) => o.kind === "Service")!;
    expect(service.spec!.selector).toEqual({ app: "litellm-litellm-example" });
    // The operator's bugs are not copied: credentials never in the ConfigMap, Redis settings are env references.
    const configMap = JSON.stringify(objects.find((o) => o.kind === "ConfigMap"));
    expect(configMap).not.toMatch(/password: password|host: host/);
    expect(objects.filter((o) => o.kind === "ExternalSecret").map((o) => o.metadata.name).sort()).toEqual([
      "bedrock-model-credentials",
      "litellm-example-master-key",
      "openai-credentials",
      "postgres-secret",
      "redis-secret",
    ]);
  });
});
