// Issue 13: what we emit deploys and behaves as the real consumers (LiteLLM, the litellm-helm
// chart, the operator, ESO, CNPG, Prometheus) expect. Each case cites the source of the rule.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { Diagnostic } from "../src/compiler/diagnostics.js";
import { importFiles } from "../src/importer/index.js";
import { renderHelm } from "../src/render/helm.js";
import { renderInstances } from "../src/render/instances.js";
import { cli } from "./support/cli.js";
import { validateUpstream } from "./support/upstream-schemas.js";
import { compileDir, INSTANCE, model, writeProject } from "./support/project.js";

function diagnosticsOf(files: Record<string, string>, strict = false): Diagnostic[] {
  return compileDir(writeProject(files), strict).diagnostics;
}

function withCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

describe("settings keys LiteLLM would ignore (LG3030)", () => {
  // ProxyConfig.load_config (litellm/proxy/proxy_server.py) keeps a router_settings key only if
  // inspect.getfullargspec(litellm.Router).args has it.
  it("warns at an unknown router_settings key, with a did-you-mean", () => {
    const ds = diagnosticsOf({
      "i.yaml": INSTANCE + "  routerSettings:\n    num_retires: 3\n    num_retries: 2\n    made_up_option: true\n",
    });
    const found = withCode(ds, "LG3030");
    expect(found.map((d) => [d.line, d.column, d.severity])).toEqual([
      [9, 5, "warning"],
      [11, 5, "warning"],
    ]);
    expect(found[0]!.message).toContain("router_settings.num_retires");
    expect(found[0]!.hint).toBe('Did you mean "num_retries"?');
    expect(found[1]!.message).toContain("drops it without a word");
  });

  it("flags near misses in general_settings and litellm_settings, and leaves other keys alone", () => {
    const ds = diagnosticsOf({
      "i.yaml":
        INSTANCE +
        "  generalSettings:\n    alow_requests_on_db_unavailable: true\n    some_enterprise_flag: true\n" +
        "  litellmSettings:\n    drop_parms: true\n    callbacks: [prometheus]\n",
    });
    const found = withCode(ds, "LG3030");
    expect(found.map((d) => d.hint)).toEqual(['Did you mean "allow_requests_on_db_unavailable"?', 'Did you mean "drop_params"?']);
  });

  it("accepts every Router.__init__ argument the proxy passes on", () => {
    const keys = ["routing_strategy: simple-shuffle", "num_retries: 2", "timeout: 30", "cooldown_time: 10", "enable_pre_call_checks: true", "redis_url: os.environ/REDIS_URL"];
    const ds = diagnosticsOf({ "i.yaml": INSTANCE + "  extraEnvVars:\n  - {name: REDIS_URL, value: redis://r:6379}\n  routerSettings:\n" + keys.map((k) => `    ${k}\n`).join("") });
    expect(withCode(ds, "LG3030")).toEqual([]);
  });
});

describe("LG4001 wording", () => {
  // Router.routing_strategy_init (litellm/router.py) is an if/elif chain with no else: an unknown
  // name sets up no strategy and deployments are then picked by simple_shuffle.
  it("says the proxy falls back to simple-shuffle, not that it refuses to start", () => {
    const ds = diagnosticsOf({ "i.yaml": INSTANCE + "  routerSettings:\n    routing_strategy: latency_based_routing\n" });
    const [d] = withCode(ds, "LG4001");
    expect(d!.severity).toBe("error");
    expect(d!.message).toContain("falls back to simple-shuffle");
    expect(d!.message).not.toContain("refuses to start");
  });
});

describe("ingress TLS with the controller's default certificate", () => {
  const tlsInstance = INSTANCE + "  ingress:\n    enabled: true\n    host: llm.example.com\n    tls: {}\n";

  it("emits spec.tls with the host and no secretName, valid against the Ingress schema", () => {
    const ir = compileDir(writeProject({ "i.yaml": tlsInstance })).result!;
    const [rendered] = renderInstances(ir);
    const ingress = rendered!.objects.find((o) => o.kind === "Ingress")!;
    // networking.k8s.io/v1 IngressTLS: secretName is optional ("the host is served with the
    // controller's default certificate", Traefik's TLSStore default, for example).
    expect((ingress.spec as Record<string, unknown>).tls).toEqual([{ hosts: ["llm.example.com"] }]);
    expect(validateUpstream(ingress)).toMatchObject({ ok: true });
  });

  it("sets the chart's ingress.tls to hosts only under the helm target", () => {
    const ir = compileDir(writeProject({ "i.yaml": tlsInstance })).result!;
    const [helm] = renderHelm(ir, renderInstances(ir));
    expect((helm!.values.ingress as Record<string, unknown>).tls).toEqual([{ hosts: ["llm.example.com"] }]);
  });

  it("import keeps the chart's ingress.tls entry without secretName", () => {
    const dir = writeProject({
      "values.yaml": "masterkeySecretName: litellm-master\ningress:\n  enabled: true\n  className: traefik\n  hosts:\n  - host: llm.example.com\n    paths: [{path: /, pathType: ImplementationSpecific}]\n  tls:\n  - hosts: [llm.example.com]\n",
    });
    const result = importFiles([path.join(dir, "values.yaml")], { cwd: dir, namespace: "ai", instance: "proxy" });
    const instance = parseYaml(result.files.get("instance.yaml")!) as { spec: { ingress: unknown } };
    expect(instance.spec.ingress).toEqual({ enabled: true, host: "llm.example.com", className: "traefik", tls: {} });
  });
});

describe("Secrets made in the cluster", () => {
  const dbInstance = (keys = "hostSecret: host, usernameSecret: username, passwordSecret: password, dbnameSecret: dbname") =>
    INSTANCE + `  masterKeySecretRef: {secretName: proxy-master, key: masterkey}\n  databaseSecretRef:\n    nameRef: pg-app\n    keys: {${keys}}\n`;
  const cnpg = "apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: pg\n  namespace: ai\nspec:\n  instances: 2\n  storage: {size: 1Gi}\n";

  function build(files: Record<string, string>) {
    const outcome = compileDir(writeProject(files));
    expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const ir = outcome.result!;
    const rendered = renderInstances(ir);
    const externalSecrets = rendered.flatMap((r) => r.objects).filter((o) => o.kind === "ExternalSecret").map((o) => o.metadata.name);
    return { ir, rendered, externalSecrets, diagnostics: outcome.diagnostics };
  }

  it("a CNPG Cluster's <cluster>-app gets no ExternalSecret; the pod still reads it", () => {
    // CloudNativePG (pkg/specs/secrets.go) creates <cluster>-app; an ExternalSecret with
    // creationPolicy Owner on the same name would fight it.
    const { rendered, externalSecrets, ir } = build({ "i.yaml": dbInstance(), "pg.yaml": cnpg });
    expect(externalSecrets).toEqual(["proxy-master"]);
    const deployment = rendered[0]!.objects.find((o) => o.kind === "Deployment")!;
    expect(JSON.stringify(deployment)).toContain('"secretKeyRef":{"name":"pg-app","key":"password"}');
    expect(ir.instances[0]!.secrets.find((s) => s.name === "pg-app")!.madeBy).toBe("CloudNativePG Cluster ai/pg");
  });

  it("a CNPG Cluster in another namespace makes nothing here", () => {
    const { externalSecrets } = build({ "i.yaml": dbInstance(), "pg.yaml": cnpg.replace("namespace: ai", "namespace: postgres") });
    expect(externalSecrets).toEqual(["pg-app", "proxy-master"]);
  });

  it("<cluster>-superuser is made only with enableSuperuserAccess: true (CNPG >= 1.21 default is false)", () => {
    const instance = dbInstance().replace("nameRef: pg-app", "nameRef: pg-superuser");
    expect(build({ "i.yaml": instance, "pg.yaml": cnpg }).externalSecrets).toEqual(["pg-superuser", "proxy-master"]);
    expect(build({ "i.yaml": instance, "pg.yaml": cnpg + "  enableSuperuserAccess: true\n" }).externalSecrets).toEqual(["proxy-master"]);
  });

  it("a key CNPG does not write is a located error with a did-you-mean", () => {
    const ds = diagnosticsOf({ "i.yaml": dbInstance("hostSecret: host, usernameSecret: user, passwordSecret: pass, dbnameSecret: database"), "pg.yaml": cnpg });
    const found = withCode(ds, "LG4030");
    expect(found.map((d) => [d.file, d.line, d.pointer]).sort()).toEqual([
      ["i.yaml", 11, "/spec/databaseSecretRef/keys/dbnameSecret"],
      ["i.yaml", 11, "/spec/databaseSecretRef/keys/passwordSecret"],
    ]);
    expect(found.find((d) => d.pointer.endsWith("passwordSecret"))!.hint).toMatch(/^Did you mean "password"\?/);
    expect(found.every((d) => d.severity === "error" && d.message.includes("CloudNativePG Cluster ai/pg"))).toBe(true);
  });

  it("CompilerConfig.spec.clusterSecrets: by name in any namespace, or namespace/name", () => {
    const config = (items: string) => `apiVersion: litellm-gitops.dev/v1alpha1\nkind: CompilerConfig\nmetadata:\n  name: c\nspec:\n  clusterSecrets: [${items}]\n`;
    expect(build({ "i.yaml": dbInstance(), "c.yaml": config("pg-app") }).externalSecrets).toEqual(["proxy-master"]);
    expect(build({ "i.yaml": dbInstance(), "c.yaml": config("ai/pg-app, ai/proxy-master") }).externalSecrets).toEqual([]);
    expect(build({ "i.yaml": dbInstance(), "c.yaml": config("other/pg-app") }).externalSecrets).toEqual(["pg-app", "proxy-master"]);
  });

  it("a SealedSecret and a SOPS-encrypted Secret are made in the cluster; the SOPS one gets no LG3009", () => {
    const sealed = "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: pg-app\n  namespace: ai\nspec:\n  encryptedData:\n    host: AgB4\n    username: AgB5\n    password: AgB6\n    dbname: AgB7\n";
    const sops =
      "apiVersion: v1\nkind: Secret\nmetadata:\n  name: proxy-master\n  namespace: ai\nstringData:\n  masterkey: ENC[AES256_GCM,data:abc,type:str]\nsops:\n  version: 3.9.0\n  age: []\n";
    const { externalSecrets, diagnostics } = build({ "i.yaml": dbInstance(), "sealed.yaml": sealed, "sops.yaml": sops });
    expect(externalSecrets).toEqual([]);
    expect(withCode(diagnostics, "LG3009")).toEqual([]);
    // A key the SealedSecret does not carry is caught like CNPG's.
    const ds = diagnosticsOf({ "i.yaml": dbInstance(), "sealed.yaml": sealed.replace("    dbname: AgB7\n", "") });
    expect(withCode(ds, "LG4030").map((d) => d.pointer)).toEqual(["/spec/databaseSecretRef/keys/dbnameSecret"]);
  });

  it("LG3009 offers the ExternalSecret only for a Secret that build would emit one for", () => {
    const plain = (name: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: ai\nstringData:\n  k: v\n`;
    const ds = diagnosticsOf({ "i.yaml": dbInstance(), "pg.yaml": cnpg, "a.yaml": plain("proxy-master"), "b.yaml": plain("unrelated"), "c.yaml": plain("pg-app") });
    const hints = Object.fromEntries(withCode(ds, "LG3009").map((d) => [d.file, d.hint]));
    expect(hints["a.yaml"]).toContain("ExternalSecret");
    expect(hints["b.yaml"]).not.toContain("ExternalSecret");
    expect(hints["c.yaml"]).not.toContain("ExternalSecret");
  });

  it("`secrets` lists cluster-made Secrets apart, with their maker and the keys the proxy reads", async () => {
    const dir = writeProject({ "i.yaml": dbInstance(), "pg.yaml": cnpg });
    const run = await cli(dir, ["secrets"]);
    expect(run.code).toBe(0);
    const [store, cluster] = run.stdout.split("created in the cluster");
    expect(store).toContain("Secret ai/proxy-master key masterkey");
    expect(store).not.toContain("pg-app");
    for (const key of ["dbname", "host", "password", "username"]) expect(cluster).toContain(`Secret ai/pg-app key ${key}`);
    expect(cluster).toContain("made by CloudNativePG Cluster ai/pg");
    const json = JSON.parse((await cli(dir, ["secrets", "--format", "json"])).stdout) as Array<{ secretName: string; madeBy?: string; remoteKey: string }>;
    expect(json.filter((e) => e.secretName === "pg-app").every((e) => e.madeBy === "CloudNativePG Cluster ai/pg" && e.remoteKey === "")).toBe(true);
  });

  it("the helm target emits no ExternalSecret for them either, and its wiring holds", () => {
    const config = "apiVersion: litellm-gitops.dev/v1alpha1\nkind: CompilerConfig\nmetadata:\n  name: c\nspec:\n  targets: [helm]\n";
    // No image: the chart's own, which migrates a DATABASE_* database (LG4035 otherwise).
    const { ir, rendered } = build({ "i.yaml": dbInstance().replace(/  image: .*\n/, ""), "pg.yaml": cnpg, "c.yaml": config });
    const [helm] = renderHelm(ir, rendered);
    expect(helm!.externalSecrets.map((o) => o.metadata.name)).toEqual(["proxy-master"]);
  });
});

describe("credentials wired as the operator wires them", () => {
  const modelDoc = (name: string, params: string, secretRef = `secretName: ${name}-secret`) =>
    `apiVersion: litellm.litellm.ai/v1alpha1\nkind: Model\nmetadata:\n  name: ${name}\n  namespace: ai\nspec:\n  connectionRef:\n    instanceRef:\n      name: proxy\n  modelSecretRef:\n    ${secretRef}\n  litellmParams:\n${params}`;

  it("the default mapping reads apiKey and, when the Secret has it, apiBase (openai, anthropic, unknown providers)", () => {
    // Operator: model_controller.go / model_provider.go read apiKey and apiBase from the Secret
    // for openai, anthropic, azure and unknown providers (derived request bodies in
    // ../shared/reference/operator/derived/sample_models_model-new-requests.json).
    const ir = compileDir(writeProject({ "i.yaml": INSTANCE, "m.yaml": modelDoc("internal", "    model: openai/llama-3-70b\n") })).result!;
    const [rendered] = renderInstances(ir);
    const config = rendered!.config as { model_list: Array<{ litellm_params: Record<string, unknown> }> };
    expect(config.model_list[0]!.litellm_params).toMatchObject({ api_key: "os.environ/INTERNAL_SECRET_API_KEY", api_base: "os.environ/INTERNAL_SECRET_API_BASE" });
    // The pod starts without the key (secretKeyRef.optional) and ESO does not fail on it:
    // apiKey is a data entry (required), apiBase comes with dataFrom.extract when present.
    const deployment = JSON.stringify(rendered!.objects.find((o) => o.kind === "Deployment"));
    expect(deployment).toContain('"secretKeyRef":{"name":"internal-secret","key":"apiBase","optional":true}');
    expect(deployment).toContain('"secretKeyRef":{"name":"internal-secret","key":"apiKey"}}');
    const es = rendered!.objects.find((o) => o.kind === "ExternalSecret" && o.metadata.name === "internal-secret")!;
    expect(es.spec).toMatchObject({
      dataFrom: [{ extract: { key: "litellm/ai/internal-secret" } }],
      data: [{ secretKey: "apiKey", remoteRef: { key: "litellm/ai/internal-secret", property: "apiKey" } }],
    });
    expect(validateUpstream(es)).toMatchObject({ ok: true });
    expect(validateUpstream(rendered!.objects.find((o) => o.kind === "Deployment"))).toMatchObject({ ok: true });
  });

  it("given keys replace the default mapping: apiBase listed there is required", () => {
    const ir = compileDir(writeProject({ "i.yaml": INSTANCE, "m.yaml": modelDoc("m", "    model: openai/gpt-4o\n", "secretName: s\n    keys: {apiKey: KEY, apiBase: BASE}") })).result!;
    const es = renderInstances(ir)[0]!.objects.find((o) => o.kind === "ExternalSecret" && o.metadata.name === "s")!;
    expect((es.spec as Record<string, unknown>).dataFrom).toBeUndefined();
    expect(((es.spec as { data: Array<{ secretKey: string }> }).data).map((d) => d.secretKey)).toEqual(["BASE", "KEY"]);
  });

  it("two Secret keys whose derived env names collide get distinct names, stable across runs (no LG4004)", () => {
    const files = {
      "i.yaml": INSTANCE,
      "a.yaml": modelDoc("a", "    model: bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0\n", "secretName: aws\n    keys: {awsAccessKeyId: awsAccessKeyId, awsSecretAccessKey: awsSecretAccessKey}"),
      "b.yaml": modelDoc("b", "    model: bedrock/meta.llama3-70b-instruct-v1:0\n", "secretName: aws\n    keys: {awsAccessKeyId: AWS_ACCESS_KEY_ID, awsSecretAccessKey: AWS_SECRET_ACCESS_KEY}"),
    };
    const outcome = compileDir(writeProject(files));
    expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const instance = outcome.result!.instances[0]!;
    const names = instance.env.filter((e) => e.kind === "secret" && e.secretName === "aws").map((e) => e.name);
    expect(new Set(names).size).toBe(4);
    expect(names.every((n) => /^AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY)_[0-9A-F]{6}$/.test(n))).toBe(true);
    // The ExternalSecret reads every key either model needs.
    expect(instance.secrets.find((s) => s.name === "aws")!.keys.map((k) => k.key)).toEqual(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "awsAccessKeyId", "awsSecretAccessKey"]);
    expect(compileDir(writeProject(files)).result!.instances[0]!.env.map((e) => e.name)).toEqual(instance.env.map((e) => e.name));
  });

  it("a derived name that an extraEnvVars entry takes is moved aside, not refused", () => {
    const instance = INSTANCE + "  extraEnvVars:\n  - name: OPENAI_API_KEY\n    valueFrom: {secretKeyRef: {name: legacy, key: openai}}\n";
    const outcome = compileDir(writeProject({ "i.yaml": instance, "m.yaml": modelDoc("m", "    model: openai/gpt-4o\n", "secretName: openai\n    keys: {apiKey: OPENAI_API_KEY}") }));
    expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const names = outcome.result!.instances[0]!.env.map((e) => e.name);
    expect(names.filter((n) => n === "OPENAI_API_KEY")).toHaveLength(1);
    expect(names.some((n) => /^OPENAI_API_KEY_[0-9A-F]{6}$/.test(n))).toBe(true);
  });
});

describe("database defaults the operator applies", () => {
  const db = "  databaseSecretRef: {nameRef: pg, keys: {hostSecret: host, usernameSecret: username, passwordSecret: password, dbnameSecret: dbname}}\n";

  it("sets allow_requests_on_db_unavailable: true with a database unless the user sets it", () => {
    // The operator writes it into every config with a database (litellminstance_controller.go;
    // ../shared/reference/operator/derived/*_proxy_server_config.yaml).
    const general = (extra: string) =>
      (renderInstances(compileDir(writeProject({ "i.yaml": INSTANCE + db + "  saltKeySecretRef: {secretName: salt, key: salt}\n" + extra })).result!)[0]!.config as { general_settings: Record<string, unknown> }).general_settings;
    expect(general("").allow_requests_on_db_unavailable).toBe(true);
    expect(general("  generalSettings:\n    allow_requests_on_db_unavailable: false\n").allow_requests_on_db_unavailable).toBe(false);
    const without = renderInstances(compileDir(writeProject({ "i.yaml": INSTANCE })).result!)[0]!.config as { general_settings: Record<string, unknown> };
    expect(without.general_settings.allow_requests_on_db_unavailable).toBeUndefined();
  });

  it("saltKeySecretRef reaches the container as LITELLM_SALT_KEY; without it a database draws LG4034", () => {
    // litellm/proxy/common_utils/encrypt_decrypt_utils.py: LITELLM_SALT_KEY, else the master key.
    const outcome = compileDir(writeProject({ "i.yaml": INSTANCE + db + "  saltKeySecretRef: {secretName: proxy-salt, key: salt}\n" }));
    expect(withCode(outcome.diagnostics, "LG4034")).toEqual([]);
    expect(outcome.result!.instances[0]!.env).toContainEqual(expect.objectContaining({ name: "LITELLM_SALT_KEY", secretName: "proxy-salt", key: "salt" }));
    expect(withCode(diagnosticsOf({ "i.yaml": INSTANCE + db }), "LG4034")).toHaveLength(1);
    // LITELLM_SALT_KEY through extraEnvVars is read all the same: no LG4034.
    const viaEnv = INSTANCE + db + "  extraEnvVars:\n  - name: LITELLM_SALT_KEY\n    valueFrom: {secretKeyRef: {name: proxy-salt, key: salt}}\n";
    expect(withCode(diagnosticsOf({ "i.yaml": viaEnv }), "LG4034")).toEqual([]);
  });
});

describe("spec.monitoring.serviceMonitor", () => {
  const monitored = INSTANCE + "  masterKeySecretRef: {secretName: proxy-master, key: masterkey}\n  litellmSettings:\n    callbacks: [langfuse]\n  monitoring:\n    serviceMonitor:\n      enabled: true\n      interval: 30s\n      labels: {release: kube-prometheus-stack}\n";

  it("emits a ServiceMonitor valid against the Prometheus Operator's schema, scraping with the master key", () => {
    const ir = compileDir(writeProject({ "i.yaml": monitored })).result!;
    const [rendered] = renderInstances(ir);
    const sm = rendered!.objects.find((o) => o.kind === "ServiceMonitor")!;
    expect(validateUpstream(sm)).toMatchObject({ ok: true, schema: "crds/servicemonitor_v1.json" });
    // /metrics needs a key unless require_auth_for_metrics_endpoint is false
    // (litellm/proxy/middleware/unified_auth_middleware.py, _requires_special_auth).
    expect(sm.spec).toMatchObject({
      namespaceSelector: { matchNames: ["ai"] },
      endpoints: [{ port: "http", path: "/metrics/", interval: "30s", authorization: { type: "Bearer", credentials: { name: "proxy-master", key: "masterkey" } } }],
    });
    expect(sm.metadata.labels).toMatchObject({ release: "kube-prometheus-stack" });
    // It selects exactly the proxy's Service.
    const svc = rendered!.objects.find((o) => o.kind === "Service")!;
    const selector = (sm.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels;
    for (const [k, v] of Object.entries(selector)) expect(svc.metadata.labels?.[k]).toBe(v);
    // The prometheus callback is what serves /metrics/, merged with the user's callbacks.
    expect((rendered!.config as { litellm_settings: { callbacks: string[] } }).litellm_settings.callbacks).toEqual(["langfuse", "prometheus"]);
  });

  it("the helm target sets the chart's serviceMonitor values instead", () => {
    const ir = compileDir(writeProject({ "i.yaml": monitored })).result!;
    const [helm] = renderHelm(ir, renderInstances(ir));
    expect(helm!.values.serviceMonitor).toEqual({ enabled: true, labels: { release: "kube-prometheus-stack" }, interval: "30s" });
    expect(helm!.values.masterkeySecretName).toBe("proxy-master");
  });

  it("is off by default: no ServiceMonitor, no callback", () => {
    const [rendered] = renderInstances(compileDir(writeProject({ "i.yaml": INSTANCE })).result!);
    expect(rendered!.objects.some((o) => o.kind === "ServiceMonitor")).toBe(false);
    expect((rendered!.config as { litellm_settings?: unknown }).litellm_settings).toBeUndefined();
  });
});

describe("import keeps what the user had", () => {
  it("chart values import to targets: [helm], so the Service keeps the chart's name", () => {
    const dir = writeProject({ "values.yaml": "masterkeySecretName: litellm-master\nmasterkeySecretKey: masterkey\nproxy_config:\n  model_list: []\n" });
    const result = importFiles([path.join(dir, "values.yaml")], { cwd: dir, namespace: "ai", instance: "proxy" });
    const config = parseYaml(result.files.get("compiler-config.yaml")!) as { spec: { targets?: string[] } };
    expect(config.spec.targets).toEqual(["helm"]);
    const fromConfig = importFiles([path.join(writeProject({ "config.yaml": "model_list: []\n" }), "config.yaml")], { cwd: dir, namespace: "ai", instance: "proxy" });
    expect((parseYaml(fromConfig.files.get("compiler-config.yaml")!) as { spec: { targets?: string[] } }).spec.targets).toBeUndefined();
  });
});

describe("the helm target deploys a database that works", () => {
  const HELM = "apiVersion: litellm-gitops.dev/v1alpha1\nkind: CompilerConfig\nspec: {targets: [helm]}\n";
  const NO_IMAGE = INSTANCE.replace(/  image: .*\n/, "");
  const db = "  masterKeySecretRef: {secretName: proxy-master, key: masterkey}\n  saltKeySecretRef: {secretName: proxy-master, key: salt}\n  databaseSecretRef:\n    nameRef: pg\n    keys: {hostSecret: host, usernameSecret: username, passwordSecret: password, dbnameSecret: dbname}\n";

  it("defaults the image to the chart's appVersion (templates: image.tag | default .Chart.AppVersion); the manifests target keeps the operator's", () => {
    const ir = compileDir(writeProject({ "c.yaml": HELM, "i.yaml": NO_IMAGE + db })).result!;
    const [helm] = renderHelm(ir, renderInstances(ir));
    expect(helm!.values.image).toEqual({ repository: "ghcr.io/berriai/litellm", tag: "v1.85.1", pullPolicy: "IfNotPresent" });
    expect(ir.instances[0]!.image).toBe("ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1");
    // Another chart version brings its own appVersion (published versions follow the app's from 1.84.0).
    const other = compileDir(writeProject({ "c.yaml": HELM.replace("{targets: [helm]}", "{targets: [helm], helm: {chart: {version: 1.86.0}}}"), "i.yaml": NO_IMAGE + "  replicas: 1\n" }));
    expect(other.diagnostics).toEqual([]);
    expect(other.result!.instances[0]!.helmImage).toBe("ghcr.io/berriai/litellm:v1.86.0");
  });

  it("an image older than LiteLLM 1.75.0 with a DATABASE_* database is LG4035 where the image is chosen", () => {
    const atSpec = withCode(diagnosticsOf({ "c.yaml": HELM, "i.yaml": INSTANCE + db }), "LG4035");
    expect(atSpec.map((d) => [d.file, d.line, d.severity])).toEqual([["i.yaml", 7, "error"]]);
    expect(atSpec[0]!.message).toContain("LiteLLM 1.74.9");
    expect(atSpec[0]!.message).toContain("from LiteLLM 1.75.0 on");
    expect(atSpec[0]!.hint).toContain("ghcr.io/berriai/litellm:v1.85.1");
    const config = HELM.replace("{targets: [helm]}", "\n  targets: [helm]\n  defaults: {image: 'ghcr.io/berriai/litellm-database:main-v1.72.6-stable'}");
    const atDefaults = withCode(diagnosticsOf({ "c.yaml": config, "i.yaml": NO_IMAGE + db }), "LG4035");
    expect(atDefaults.map((d) => [d.file, d.line])).toEqual([["c.yaml", 5]]);
    expect(atDefaults[0]!.message).toContain("LiteLLM 1.72.6");
  });

  it("no LG4035 under the manifests target, for a new enough or unversioned image, or with DATABASE_URL given whole", () => {
    expect(withCode(diagnosticsOf({ "i.yaml": INSTANCE + db }), "LG4035")).toEqual([]);
    for (const image of ["ghcr.io/berriai/litellm:v1.75.0", "ghcr.io/berriai/litellm-database:main-v1.80.12-stable", "ghcr.io/berriai/litellm@sha256:" + "a".repeat(64)]) {
      const ds = diagnosticsOf({ "c.yaml": HELM, "i.yaml": INSTANCE.replace(/image: .*/, `image: ${image}`) + db });
      expect(withCode(ds, "LG4035"), image).toEqual([]);
    }
    const url = INSTANCE + "  extraEnvVars:\n  - name: DATABASE_URL\n    valueFrom: {secretKeyRef: {name: pg, key: uri}}\n";
    expect(withCode(diagnosticsOf({ "c.yaml": HELM, "i.yaml": url }), "LG4035")).toEqual([]);
  });

  it("build --target helm applies the helm checks even when the CompilerConfig asks for manifests", async () => {
    const dir = writeProject({ "i.yaml": INSTANCE + db });
    expect((await cli(dir, ["build"])).code).toBe(0);
    const helm = await cli(dir, ["build", "--target", "helm", "--format", "json"]);
    expect(helm.code).toBe(1);
    expect((JSON.parse(helm.stdout) as Diagnostic[]).map((d) => d.code)).toContain("LG4035");
  });

  it("extraEnvVars naming a variable the chart sets itself (litellm.proxyEnv: HOST, PORT, PROXY_MASTER_KEY, DISABLE_SCHEMA_UPDATE) is LG4004 at the entry", () => {
    const entries = "  extraEnvVars:\n  - {name: PORT, value: '8080'}\n  - {name: HOST, value: 127.0.0.1}\n  - {name: DISABLE_SCHEMA_UPDATE, value: 'false'}\n  - {name: PROXY_MASTER_KEY, valueFrom: {secretKeyRef: {name: other, key: k}}}\n  - {name: LITELLM_LOG, value: DEBUG}\n";
    const instance = NO_IMAGE + db + entries;
    const found = withCode(diagnosticsOf({ "c.yaml": HELM, "i.yaml": instance }), "LG4004");
    expect(found.map((d) => [d.line, d.column])).toEqual([
      [13, 12],
      [14, 12],
      [15, 12],
      [16, 12],
    ]);
    expect(found[0]!.message).toContain("extraEnvVars sets PORT, which the litellm-helm chart already sets");
    // The manifests target passes --port itself and sets none of these: nothing to report.
    expect(withCode(diagnosticsOf({ "i.yaml": instance }), "LG4004")).toEqual([]);
    // Without a database the chart runs no migration Job and sets no DISABLE_SCHEMA_UPDATE.
    const noDb = NO_IMAGE + "  extraEnvVars:\n  - {name: DISABLE_SCHEMA_UPDATE, value: 'true'}\n";
    expect(withCode(diagnosticsOf({ "c.yaml": HELM, "i.yaml": noDb }), "LG4004")).toEqual([]);
  });
});

describe("import of chart values with an image too old for the migration Job", () => {
  it("warns at image (LG6007): the chart's DATABASE_URL becomes DATABASE_* parts, which that LiteLLM's migration Job cannot join", () => {
    const values = (tag: string) =>
      `masterkeySecretName: m\nimage:\n  repository: ghcr.io/berriai/litellm-database\n  tag: ${tag}\ndb:\n  useExisting: true\n  endpoint: pg-rw\n  database: litellm\n  secret: {name: pg-app, usernameKey: username, passwordKey: password}\n`;
    const old = writeProject({ "values.yaml": values("main-v1.74.9.rc.1") });
    const warned = importFiles([path.join(old, "values.yaml")], { cwd: old, namespace: "ai", instance: "proxy" }).diagnostics.filter((d) => d.code === "LG6007" && d.pointer === "/image");
    expect(warned.map((d) => [d.line, d.column])).toEqual([[2, 1]]);
    expect(warned[0]!.message).toContain("before LiteLLM 1.75.0");
    const recent = writeProject({ "values.yaml": values("main-v1.82.3-stable") });
    expect(importFiles([path.join(recent, "values.yaml")], { cwd: recent, namespace: "ai", instance: "proxy" }).diagnostics.filter((d) => d.pointer === "/image")).toEqual([]);
  });
});

describe("models whose requests fail at the first call (LG4036)", () => {
  // LiteLLMProxyChatConfig._should_use_litellm_proxy_by_default (litellm/llms/litellm_proxy/chat/
  // transformation.py): USE_LITELLM_PROXY, the model's use_litellm_proxy or litellm.use_litellm_proxy
  // send the request to another proxy, whose URL is the model's api_base or LITELLM_PROXY_API_BASE.
  it("litellm_settings.use_litellm_proxy without LITELLM_PROXY_API_BASE: one warning at the setting", () => {
    const instance = INSTANCE + "  litellmSettings:\n    use_litellm_proxy: true\n";
    const openai = model("gpt", "model: openai/gpt-4o", "    keys: {apiKey: key}\n");
    const found = withCode(diagnosticsOf({ "i.yaml": instance, "m.yaml": openai }), "LG4036");
    expect(found.map((d) => [d.file, d.line, d.column, d.severity])).toEqual([["i.yaml", 9, 5, "warning"]]);
    expect(found[0]!.message).toContain("gpt has no api_base");
    const withBase = instance + "  extraEnvVars:\n  - name: LITELLM_PROXY_API_BASE\n    value: http://upstream.litellm:4000\n";
    expect(withCode(diagnosticsOf({ "i.yaml": withBase, "m.yaml": openai }), "LG4036")).toEqual([]);
    // USE_LITELLM_PROXY=True on the container does the same.
    const viaEnv = INSTANCE + "  extraEnvVars:\n  - {name: USE_LITELLM_PROXY, value: 'True'}\n";
    expect(withCode(diagnosticsOf({ "i.yaml": viaEnv, "m.yaml": openai }), "LG4036").map((d) => d.line)).toEqual([8]);
  });

  it("a litellm_proxy/ model, or one with use_litellm_proxy, without api_base: a warning at its model", () => {
    const proxied = model("relay", "model: litellm_proxy/gpt-4o", "    keys: {apiKey: key}\n");
    const flagged = model("flagged", "model: openai/gpt-4o\nadditionalProp1: {use_litellm_proxy: true}", "    keys: {apiKey: key}\n");
    const found = withCode(diagnosticsOf({ "i.yaml": INSTANCE, "a.yaml": proxied, "b.yaml": flagged }), "LG4036");
    expect(found.map((d) => [d.file, d.line])).toEqual([
      ["a.yaml", 15],
      ["b.yaml", 15],
    ]);
    const based = model("relay", "model: litellm_proxy/gpt-4o", "    keys: {apiKey: key, apiBase: url}\n");
    expect(withCode(diagnosticsOf({ "i.yaml": INSTANCE, "a.yaml": based }), "LG4036")).toEqual([]);
  });

  // The azure branch of completion (litellm/main.py): api_base or AZURE_API_BASE; api_key or
  // AZURE_OPENAI_API_KEY / AZURE_API_KEY, or an Entra ID token or client secret.
  it("an azure model without api_base or a key warns; the default mapping, or AZURE_* on the container, satisfies it", () => {
    const keyOnly = model("gpt-west", "model: azure/gpt-4o", "    keys: {apiKey: key}\n");
    const [d] = withCode(diagnosticsOf({ "i.yaml": INSTANCE, "m.yaml": keyOnly }), "LG4036");
    expect([d!.line, d!.column]).toEqual([15, 12]);
    expect(d!.message).toBe("azure model gpt-west has no api_base (nor AZURE_API_BASE): every request fails");
    const noKey = model("gpt-west", "model: azure/gpt-4o", "    keys: {apiBase: base}\n");
    expect(withCode(diagnosticsOf({ "i.yaml": INSTANCE, "m.yaml": noKey }), "LG4036")[0]!.message).toContain("no api_key");
    const env = INSTANCE + "  extraEnvVars:\n  - name: AZURE_API_BASE\n    value: https://west.openai.azure.com\n";
    expect(withCode(diagnosticsOf({ "i.yaml": env, "m.yaml": keyOnly }), "LG4036")).toEqual([]);
    expect(withCode(diagnosticsOf({ "i.yaml": INSTANCE, "m.yaml": model("gpt-west", "model: azure/gpt-4o") }), "LG4036")).toEqual([]);
    const entra = model("gpt-west", "model: azure/gpt-4o\nadditionalProp1: {tenant_id: t, client_id: c, client_secret: os.environ/AZURE_SECRET}", "    keys: {apiBase: base}\n");
    const entraEnv = INSTANCE + "  extraEnvVars:\n  - name: AZURE_SECRET\n    valueFrom: {secretKeyRef: {name: entra, key: secret}}\n";
    expect(withCode(diagnosticsOf({ "i.yaml": entraEnv, "m.yaml": entra }), "LG4036")).toEqual([]);
  });
});

describe("import keeps the chart's Secrets and monitoring", () => {
  const importValues = (values: string, secretStore?: string) => {
    const dir = writeProject({ "values.yaml": values });
    return importFiles([path.join(dir, "values.yaml")], { cwd: dir, namespace: "ai", instance: "litellm", ...(secretStore ? { secretStore } : {}) });
  };
  const models = "db: {deployStandalone: false}\nproxy_config:\n  model_list:\n  - model_name: claude\n    litellm_params: {model: anthropic/claude-sonnet-4-5, api_key: os.environ/ANTHROPIC_API_KEY}\n  - model_name: gpt\n    litellm_params: {model: openai/gpt-4o, api_key: os.environ/OPENAI_API_KEY}\n";

  // templates/deployment.yaml: envFrom secretRef for each environmentSecrets entry, so
  // os.environ/ANTHROPIC_API_KEY read Secret apikey key ANTHROPIC_API_KEY.
  it("environmentSecrets: [apikey] keeps the one Secret and its keys, for every provider", () => {
    const result = importValues("masterkeySecretName: litellm-master\nenvironmentSecrets: [apikey]\n" + models, "vault-secret-store");
    const instance = parseYaml(result.files.get("instance.yaml")!) as { spec: { extraEnvVars: unknown[] } };
    expect(instance.spec.extraEnvVars).toEqual([
      { name: "ANTHROPIC_API_KEY", valueFrom: { secretKeyRef: { name: "apikey", key: "ANTHROPIC_API_KEY" } } },
      { name: "OPENAI_API_KEY", valueFrom: { secretKeyRef: { name: "apikey", key: "OPENAI_API_KEY" } } },
    ]);
    for (const name of ["claude", "gpt"]) expect(result.files.get(`models/${name}.yaml`)).not.toMatch(/secretName: (anthropic|openai)/);
    expect(result.diagnostics.filter((d) => d.severity === "error" || d.code === "LG6006")).toEqual([]);
    // It still builds, each variable from that Secret (and the config reads the same names).
    const built = compileDir(writeProject(Object.fromEntries(result.files)), true);
    expect(built.diagnostics).toEqual([]);
    const secrets = built.result!.instances[0]!.secrets.map((s) => [s.name, s.keys.map((k) => k.key)]);
    expect(secrets).toContainEqual(["apikey", ["ANTHROPIC_API_KEY", "OPENAI_API_KEY"]]);
    expect(secrets.map(([name]) => name)).not.toContain("anthropic");
  });

  it("several environmentSecrets: the first is assumed, and said (LG6007 at the second)", () => {
    const result = importValues("masterkeySecretName: m\nenvironmentSecrets: [apikey, langfuse-auth]\n" + models, "vault");
    const [d] = result.diagnostics.filter((x) => x.pointer === "/environmentSecrets/1");
    expect([d!.code, d!.line]).toEqual(["LG6007", 2]);
    expect(d!.message).toContain("from Secret apikey (the first)");
  });

  it("the chart's serviceMonitor becomes spec.monitoring.serviceMonitor; what it cannot hold is reported", () => {
    const values = "masterkeySecretName: m\nserviceMonitor:\n  enabled: true\n  labels: {release: kube-prometheus-stack}\n  interval: 30s\n  scrapeTimeout: 10s\n  relabelings: [{targetLabel: node, action: replace}]\n" + models;
    const result = importValues(values, "vault");
    const instance = parseYaml(result.files.get("instance.yaml")!) as { spec: { monitoring: unknown } };
    expect(instance.spec.monitoring).toEqual({ serviceMonitor: { enabled: true, interval: "30s", labels: { release: "kube-prometheus-stack" } } });
    expect(result.diagnostics.filter((d) => d.pointer.startsWith("/serviceMonitor")).map((d) => [d.code, d.pointer])).toEqual([["LG6006", "/serviceMonitor/relabelings"]]);
    // A disabled one (the chart's default) imports nothing and says nothing.
    const off = importValues("masterkeySecretName: m\nserviceMonitor: {enabled: false, interval: 15s}\n" + models, "vault");
    expect(off.files.get("instance.yaml")).not.toContain("monitoring");
    expect(off.diagnostics.filter((d) => d.pointer.startsWith("/serviceMonitor"))).toEqual([]);
  });

  it("a defaulted secret store is said (LG6030); --secret-store writes it into the CompilerConfig", async () => {
    const defaulted = importValues("masterkeySecretName: m\n" + models);
    const warned = defaulted.diagnostics.filter((d) => d.code === "LG6030");
    expect(warned.map((d) => [d.severity, d.line, d.column])).toEqual([["warning", 1, 1]]);
    expect(warned[0]!.message).toContain('ClusterSecretStore "litellm"');
    expect(warned[0]!.hint).toContain("--secret-store NAME");
    expect((parseYaml(defaulted.files.get("compiler-config.yaml")!) as { spec: Record<string, unknown> }).spec.secretStore).toBeUndefined();
    const dir = writeProject({ "values.yaml": "masterkeySecretName: m\n" + models });
    const run = await cli(dir, ["import", "values.yaml", "--secret-store", "vault-secret-store", "--out", "out", "--strict"]);
    expect(run.code).toBe(0);
    const config = parseYaml(readFileSync(path.join(dir, "out/compiler-config.yaml"), "utf8")) as { spec: { secretStore: unknown } };
    expect(config.spec.secretStore).toEqual({ kind: "ClusterSecretStore", name: "vault-secret-store" });
    expect((await cli(dir, ["import", "values.yaml", "--secret-store", "Not_A_Name", "--out", "out2"])).code).toBe(2);
  });
});

describe("an ExternalSecret kept beside the resources makes its Secret", () => {
  const instance = INSTANCE + "  masterKeySecretRef: {secretName: proxy-master, key: masterkey}\n  extraEnvVars:\n  - name: ANTHROPIC_API_KEY\n    valueFrom: {secretKeyRef: {name: apikey, key: ANTHROPIC_API_KEY}}\n";
  const externalSecret = (extra = "") =>
    `apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata:\n  name: apikey-external-secret\n  namespace: ai\nspec:\n  secretStoreRef: {name: vault-secret-store, kind: ClusterSecretStore}\n  target: {name: apikey, creationPolicy: Owner}\n  data:\n  - secretKey: ANTHROPIC_API_KEY\n    remoteRef: {key: litellm/anthropic, property: apikey}\n${extra}`;

  it("no second ExternalSecret (two Owners would fight over Secret apikey); `secrets` lists it as made in the cluster", () => {
    const outcome = compileDir(writeProject({ "i.yaml": instance, "es.yaml": externalSecret() }), true);
    expect(outcome.diagnostics).toEqual([]);
    const [rendered] = renderInstances(outcome.result!);
    expect(rendered!.objects.filter((o) => o.kind === "ExternalSecret").map((o) => o.metadata.name)).toEqual(["proxy-master"]);
    expect(outcome.result!.instances[0]!.secrets.find((s) => s.name === "apikey")!.madeBy).toBe("ExternalSecret ai/apikey-external-secret");
  });

  it("a key its data does not fetch is LG4030; with dataFrom the keys are the store's and nothing is checked", () => {
    const other = instance.replace("key: ANTHROPIC_API_KEY}", "key: OPENAI_API_KEY}");
    const found = withCode(diagnosticsOf({ "i.yaml": other, "es.yaml": externalSecret() }), "LG4030");
    expect(found).toHaveLength(1);
    const fromStore = externalSecret("  dataFrom:\n  - extract: {key: litellm/all}\n");
    expect(withCode(diagnosticsOf({ "i.yaml": other, "es.yaml": fromStore }), "LG4030")).toEqual([]);
  });

  it("the build's own ExternalSecrets (a rendered tree among the inputs) make nothing", () => {
    const ours = externalSecret().replace("  namespace: ai\n", "  namespace: ai\n  labels: {app.kubernetes.io/managed-by: litellm-gitops}\n");
    const [rendered] = renderInstances(compileDir(writeProject({ "i.yaml": instance, "es.yaml": ours })).result!);
    expect(rendered!.objects.filter((o) => o.kind === "ExternalSecret").map((o) => o.metadata.name).sort()).toEqual(["apikey", "proxy-master"]);
  });
});
