import { cli as runCli } from "./support/cli.js";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import type { IR } from "../src/compiler/ir.js";
import { chartSource } from "../src/emitters/gitops-wrappers.js";
import { FREE_FORM_PATHS, PINNED_CHART, TEMPLATE_ONLY_KEYS, chartProvidedEnv, unknownValueKeys } from "../src/emitters/helm-chart-keys.js";
import { chartFullname, splitImage } from "../src/emitters/helm-values.js";
import { emitLiteLLMConfig } from "../src/emitters/litellm-config.js";
import { renderHelm } from "../src/render/helm.js";
import { allValues, helmObjects, type RenderedHelm } from "../src/render/rendered.js";
import { helmWiringProblems } from "../src/render/wiring.js";
import { environNames } from "../src/litellm/index.js";
import { renderTree } from "../src/render/files.js";
import { renderInstances } from "../src/render/instances.js";
import { toYamlStream } from "../src/render/yaml.js";
import { kustomizeBuild, parseYamlStream } from "./support/kustomize.js";
import { compileDir, writeProject } from "./support/project.js";
import { validateUpstream } from "./support/upstream-schemas.js";

const IMAGE = "ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1";

/** The pinned chart's values tree (fixtures/upstream/helm/ORIGIN.md). */
const CHART_TREE: unknown = parseYaml(readFileSync("fixtures/upstream/helm/litellm-helm.values.yaml", "utf8"));

/** Database, Redis, ingress, a gateway, resources, several models and Secrets, a registry port and a digest. */
const PROJECT: Record<string, string> = {
  "team-a/instance.yaml": `apiVersion: litellm.litellm.ai/v1alpha1
kind: LiteLLMInstance
metadata: {name: proxy, namespace: team-a}
spec:
  image: registry.example.com:5000/berriai/litellm-database:main-v1.85.1
  replicas: 3
  masterKeySecretRef: {secretName: proxy-admin, key: master}
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
  resources: {requests: {cpu: "1", memory: 4Gi}, limits: {memory: 4Gi}}
  extraEnvVars:
    - {name: LITELLM_LOG, value: INFO}
    - name: SLACK_WEBHOOK_URL
      valueFrom: {secretKeyRef: {name: alerting, key: slack}}
  generalSettings: {alerting: [slack]}
`,
  "team-a/models.yaml": `apiVersion: litellm.litellm.ai/v1alpha1
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
  image: ghcr.io/berriai/litellm-database@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
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
};

function compile(files: Record<string, string>): IR {
  const outcome = compileDir(writeProject(files));
  expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return outcome.result!;
}

function helmOf(files: Record<string, string>): RenderedHelm[] {
  const ir = compile(files);
  return renderHelm(ir, renderInstances(ir));
}

// `any` below: the tests reach deep into CRD specs whose shape the upstream schemas check (validateUpstream).
type Obj = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; spec?: Record<string, any> };

describe("values against the pinned chart's values tree", () => {
  const helm = helmOf(PROJECT);

  it("uses only keys of the chart's values tree or documented template-only keys, in values.yaml and in both wrappers", () => {
    const sets = helm.flatMap(allValues);
    expect(sets).toHaveLength(helm.length * 3);
    for (const { where, values } of sets) expect(unknownValueKeys(values, CHART_TREE), where).toEqual([]);
  });

  it("catches a wrong key, at any depth, in lists too", () => {
    const values = structuredClone(helm[0]!.values) as Record<string, any>; // any: planting wrong keys on purpose
    values.image.tagg = "v1";
    values.ingress.hosts[0].paths[0].pathTyp = "Prefix";
    values.httpRoute = { enabled: true };
    values.migrationJob.hooks.flux = { enabled: true };
    expect(unknownValueKeys(values, CHART_TREE)).toEqual([
      "image.tagg",
      "ingress.hosts[].paths[].pathTyp",
      "migrationJob.hooks.flux",
      "httpRoute",
    ]);
  });

  it("documents every template-only key with the chart version it appeared in, and none is in the tree", () => {
    for (const key of TEMPLATE_ONLY_KEYS) {
      expect(key.since, key.path).toMatch(/^\d+\.\d+\.\d+$/);
      expect(key.note.length, key.path).toBeGreaterThan(10);
      // Present in the tree would make the entry pointless; and the check must accept it.
      const values = key.path.split(".").reduceRight<unknown>((inner, part) => (part.endsWith("[]") ? { [part.slice(0, -2)]: [inner] } : { [part]: inner }), "x");
      expect(unknownValueKeys(values, CHART_TREE, [])).toEqual([key.path]);
      expect(unknownValueKeys(values, CHART_TREE)).toEqual([]);
    }
    // Free-form subtrees must be real chart keys, or the walk would wave through a typo.
    for (const p of FREE_FORM_PATHS) expect(unknownValueKeys(p.split(".").reduceRight<unknown>((inner, part) => ({ [part]: inner }), {}), CHART_TREE, []), p).toEqual([]);
  });

  it("pins the chart version the values tree belongs to", () => {
    expect(PINNED_CHART.version).toBe(compile(PROJECT).settings.helm.chartVersion);
    expect(readFileSync("fixtures/upstream/helm/ORIGIN.md", "utf8")).toContain(PINNED_CHART.valuesCommit);
  });
});

describe("the helm target of a two-namespace project", () => {
  const ir = compile(PROJECT);
  const rendered = renderInstances(ir);
  const helm = renderHelm(ir, rendered);
  const proxy = helm.find((h) => h.dir === "team-a/proxy/helm")!;
  const edge = helm.find((h) => h.dir === "team-b/edge/helm")!;

  it("emits an Application, an OCIRepository and a HelmRelease per instance, valid against their upstream schemas", () => {
    for (const h of helm) {
      expect(h.wrappers.map((w) => w.kind)).toEqual(["Application", "OCIRepository", "HelmRelease"]);
      for (const o of helmObjects(h)) expect(validateUpstream(o), `${o.kind} ${o.metadata.name}`).toMatchObject({ ok: true });
    }
  });

  it("points the wrappers at the pinned OCI chart in the instance's namespace", () => {
    const [app, source, release] = proxy.wrappers as unknown as Obj[];
    expect(app!.metadata).toMatchObject({ name: "team-a-proxy", namespace: "argocd" });
    expect(app!.spec!.source).toMatchObject({ repoURL: "ghcr.io/berriai", chart: "litellm-helm", targetRevision: "1.85.1", helm: { releaseName: "proxy" } });
    expect(app!.spec!.destination).toEqual({ server: "https://kubernetes.default.svc", namespace: "team-a" });
    expect(app!.spec!.project).toBe("default");
    expect(app!.spec!.syncPolicy).toEqual({ automated: { prune: true, selfHeal: true }, syncOptions: ["CreateNamespace=false"] });
    expect(source!.spec).toEqual({
      interval: "10m",
      url: "oci://ghcr.io/berriai/litellm-helm",
      ref: { tag: "1.85.1" },
      layerSelector: { mediaType: "application/vnd.cncf.helm.chart.content.v1.tar+gzip", operation: "copy" },
    });
    expect(release!.metadata).toMatchObject({ name: "proxy", namespace: "team-a" });
    expect(release!.spec).toMatchObject({ interval: "10m", releaseName: "proxy", chartRef: { kind: "OCIRepository", name: source!.metadata.name } });
  });

  it("sets migrationJob.hooks to match each wrapper: Argo CD's hook in the Application, Helm's in the HelmRelease and values.yaml", () => {
    const [app, , release] = proxy.wrappers as unknown as Obj[];
    const argo = app!.spec!.source.helm.valuesObject;
    const flux = release!.spec!.values;
    expect(argo.migrationJob).toEqual({ enabled: true, hooks: { argocd: { enabled: true }, helm: { enabled: false } } });
    expect(flux.migrationJob).toEqual({ enabled: true, hooks: { argocd: { enabled: false }, helm: { enabled: true } } });
    expect(proxy.values).toEqual(flux);
    // Nothing else differs between the two.
    expect({ ...argo, migrationJob: null }).toEqual({ ...flux, migrationJob: null });
    // No database, no migration Job (it would fail on every sync).
    expect(edge.values.migrationJob).toEqual({ enabled: false });
  });

  it("carries proxy_config equal to the manifests target's config.yaml, as data, in every set of values", () => {
    for (const h of helm) {
      const r = rendered.find((x) => `${x.dir}/helm` === h.dir)!;
      const configYaml = renderTree([r]).get(`${r.dir}/config.yaml`)!;
      const config: unknown = parseYaml(configYaml);
      for (const { where, values } of allValues(h)) expect(values.proxy_config, where).toEqual(config);
    }
  });

  it("sets every os.environ/ name of proxy_config, through extraEnvVars or the chart's own env", () => {
    for (const h of helm) {
      for (const { where, values } of allValues(h)) {
        const set = new Set([
          ...(values.extraEnvVars as Array<{ name: string }>).map((e) => e.name),
          ...chartProvidedEnv(values).map((e) => e.name),
        ]);
        const read = [...environNames(values.proxy_config)];
        expect(read.length, where).toBeGreaterThan(0);
        expect(read.filter((n) => !set.has(n)), where).toEqual([]);
      }
    }
    expect([...environNames(proxy.values.proxy_config)]).toEqual(
      expect.arrayContaining(["LITELLM_MASTER_KEY", "REDIS_HOST", "REDIS_PORT", "REDIS_PASSWORD", "PROVIDERS_OPENAI_API_KEY"]),
    );
  });

  it("gives the proxy the manifests target's env exactly, and the master key under both names", () => {
    for (const h of helm) {
      const r = rendered.find((x) => `${x.dir}/helm` === h.dir)!;
      const deployment = r.objects.find((o) => o.kind === "Deployment") as unknown as { spec: { template: { spec: { containers: Array<{ env: unknown[] }> } } } };
      expect(h.values.extraEnvVars).toEqual(deployment.spec.template.spec.containers[0]!.env);
    }
    expect(proxy.values).toMatchObject({ masterkeySecretName: "proxy-admin", masterkeySecretKey: "master" });
    expect(chartProvidedEnv(proxy.values)).toContainEqual({ name: "PROXY_MASTER_KEY", secretKeyRef: { name: "proxy-admin", key: "master" } });
    expect(proxy.values.extraEnvVars).toContainEqual({ name: "LITELLM_MASTER_KEY", valueFrom: { secretKeyRef: { name: "proxy-admin", key: "master" } } });
    // The default master key Secret of an instance without masterKeySecretRef is named too.
    expect(edge.values).toMatchObject({ masterkeySecretName: "edge-master-key", masterkeySecretKey: "masterKey" });
  });

  it("leaves the database to LiteLLM's own DATABASE_* handling and turns off the chart's Postgres and log level", () => {
    expect(proxy.values.db).toEqual({ useExisting: false, deployStandalone: false });
    expect(chartProvidedEnv(proxy.values).map((e) => e.name)).toEqual(["PROXY_MASTER_KEY", "DISABLE_SCHEMA_UPDATE"]);
    const names = (proxy.values.extraEnvVars as Array<{ name: string }>).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["DATABASE_HOST", "DATABASE_USERNAME", "DATABASE_PASSWORD", "DATABASE_NAME"]));
    expect(proxy.values.logLevel).toBe("");
  });

  it("reuses the manifests target's ExternalSecrets, and they produce every Secret key the values read", () => {
    for (const h of helm) {
      const r = rendered.find((x) => `${x.dir}/helm` === h.dir)!;
      expect(h.externalSecrets).toEqual(r.objects.filter((o) => o.kind === "ExternalSecret"));
      expect(helmWiringProblems(h, emitConfigOf(h), true)).toEqual([]);
    }
    expect(proxy.externalSecrets.map((o) => o.metadata.name)).toEqual(["alerting", "pg", "providers", "proxy-admin", "redis"]);
  });

  it("has a wiring check that fails on a missing variable, Secret or master key", () => {
    const config = emitConfigOf(proxy);
    const noRedis = structuredClone(proxy);
    noRedis.values.extraEnvVars = (noRedis.values.extraEnvVars as Array<{ name: string }>).filter((e) => e.name !== "REDIS_HOST");
    expect(helmWiringProblems(noRedis, config, true)).toEqual([expect.stringContaining("os.environ/REDIS_HOST")]);
    const noKey = structuredClone(proxy);
    delete noKey.values.masterkeySecretName;
    expect(helmWiringProblems(noKey, config, true)).toEqual([
      expect.stringContaining("masterkeySecretName/masterkeySecretKey unset"),
      // …and the chart's own generated Secret is one no ExternalSecret produces.
      expect.stringContaining("env PROXY_MASTER_KEY reads Secret <release>-masterkey"),
    ]);
    const noSecrets = { ...proxy, externalSecrets: proxy.externalSecrets.filter((o) => o.metadata.name !== "proxy-admin") };
    // LITELLM_MASTER_KEY and PROXY_MASTER_KEY, in each of the three sets of values.
    expect(helmWiringProblems(noSecrets, config, true)).toHaveLength(6);
    expect(helmWiringProblems(noSecrets, config, false)).toEqual([]);
    const otherConfig = structuredClone(proxy);
    (otherConfig.values.proxy_config as Record<string, unknown>).model_list = [];
    expect(helmWiringProblems(otherConfig, config, true)).toEqual([expect.stringContaining("proxy_config differs")]);
  });

  it("maps image, replicas, config hash, resources, ingress, PDB and the gateway onto the chart's keys", () => {
    const deployment = rendered[0]!.objects.find((o) => o.kind === "Deployment") as unknown as { spec: { template: { metadata: { annotations: Record<string, string> } } } };
    expect(proxy.values).toMatchObject({
      replicaCount: 3,
      image: { repository: "registry.example.com:5000/berriai/litellm-database", tag: "main-v1.85.1", pullPolicy: "IfNotPresent" },
      podAnnotations: deployment.spec.template.metadata.annotations,
      resources: { requests: { cpu: "1", memory: "4Gi" }, limits: { memory: "4Gi" } },
      ingress: {
        enabled: true,
        className: "nginx",
        annotations: { "cert-manager.io/cluster-issuer": "letsencrypt" },
        hosts: [{ host: "llm.team-a.example.com", paths: [{ path: "/", pathType: "Prefix" }] }],
        tls: [{ secretName: "llm-team-a-tls", hosts: ["llm.team-a.example.com"] }],
      },
      pdb: { enabled: true, maxUnavailable: 1 },
    });
    expect(proxy.values.extraResources).toBeUndefined();
    expect(edge.values.pdb).toBeUndefined();
    expect(edge.values.ingress).toBeUndefined();
    expect(edge.values.image).toEqual({
      repository: "ghcr.io/berriai/litellm-database@sha256",
      tag: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      pullPolicy: "IfNotPresent",
    });
    const [route] = edge.values.extraResources as Obj[];
    expect(validateUpstream(route)).toMatchObject({ ok: true });
    expect(route!.metadata).toMatchObject({ name: "edge-litellm", namespace: "team-b" });
    expect(route!.spec!.parentRefs).toEqual([{ name: "public", namespace: "gateway-system", sectionName: "https" }]);
    expect(route!.spec!.hostnames).toEqual(["llm.team-b.example.com"]);
    expect(route!.spec!.rules[0].backendRefs).toEqual([{ name: "edge-litellm", port: 4000 }]);
  });
});

describe("CompilerConfig spec.helm", () => {
  const withConfig = (spec: string) => ({ ...PROJECT, "config.yaml": `apiVersion: litellm-gitops.dev/v1alpha1\nkind: CompilerConfig\nspec:\n${spec}` });

  it("turns either wrapper off", () => {
    expect(helmOf(withConfig("  helm: {argocd: {enabled: false}}\n"))[0]!.wrappers.map((w) => w.kind)).toEqual(["OCIRepository", "HelmRelease"]);
    expect(helmOf(withConfig("  helm: {flux: {enabled: false}}\n"))[0]!.wrappers.map((w) => w.kind)).toEqual(["Application"]);
  });

  it("sets the Application's namespace, project, server and sync policy, the chart version and Flux's interval", () => {
    const [h] = helmOf(
      withConfig(
        "  helm:\n    chart: {version: 1.86.0}\n    argocd: {namespace: gitops, project: ai, destinationServer: https://10.0.0.1, syncPolicy: {automated: false}}\n    flux: {interval: 5m}\n",
      ),
    );
    const [app, source, release] = h!.wrappers as unknown as Obj[];
    expect(app!.metadata.namespace).toBe("gitops");
    expect(app!.spec).toMatchObject({ project: "ai", destination: { server: "https://10.0.0.1" }, source: { targetRevision: "1.86.0" } });
    expect(app!.spec!.syncPolicy).toEqual({ syncOptions: ["CreateNamespace=false"] });
    expect(source!.spec).toMatchObject({ interval: "5m", ref: { tag: "1.86.0" } });
    expect(release!.spec!.interval).toBe("5m");
    for (const o of h!.wrappers) expect(validateUpstream(o)).toMatchObject({ ok: true });
  });

  it("emits no ExternalSecrets when Secrets are managed elsewhere, and keeps the env wiring", () => {
    const [h] = helmOf(withConfig("  externalSecrets: false\n"));
    expect(h!.externalSecrets).toEqual([]);
    expect(helmObjects(h!).map((o) => o.kind)).toEqual(["Application", "OCIRepository", "HelmRelease"]);
    expect(h!.values.extraEnvVars).toContainEqual({ name: "DATABASE_NAME", valueFrom: { secretKeyRef: { name: "pg", key: "db" } } });
  });

  it("runs the migration Job for a database given through extraEnvVars alone", () => {
    const instance = `apiVersion: litellm.litellm.ai/v1alpha1
kind: LiteLLMInstance
metadata: {name: solo, namespace: ai}
spec:
  image: ${IMAGE}
  extraEnvVars:
    - name: DATABASE_URL
      valueFrom: {secretKeyRef: {name: db-url, key: url}}
`;
    const [h] = helmOf({ "instance.yaml": instance });
    expect(h!.values.migrationJob).toEqual({ enabled: true, hooks: { argocd: { enabled: false }, helm: { enabled: true } } });
    expect(h!.values.image).toEqual({ repository: "ghcr.io/berriai/litellm-database", tag: "main-v1.74.9.rc.1", pullPolicy: "IfNotPresent" });
  });

  it("installs from a classic HTTPS chart repository through a HelmRepository", () => {
    const [h] = helmOf(withConfig("  helm: {chart: {repository: https://charts.example.com/litellm}}\n"));
    const [app, source, release] = h!.wrappers as unknown as Obj[];
    expect(app!.spec!.source).toMatchObject({ repoURL: "https://charts.example.com/litellm", chart: "litellm-helm" });
    expect(source!.kind).toBe("HelmRepository");
    expect(release!.spec!.chart.spec).toMatchObject({ chart: "litellm-helm", version: "1.85.1", sourceRef: { kind: "HelmRepository", name: source!.metadata.name } });
    for (const o of h!.wrappers) expect(validateUpstream(o)).toMatchObject({ ok: true });
  });
});

describe("helpers", () => {
  it("splits an image into the chart's repository and tag", () => {
    expect(splitImage("ghcr.io/berriai/litellm:main-v1.85.1")).toEqual({ repository: "ghcr.io/berriai/litellm", tag: "main-v1.85.1", digest: false });
    expect(splitImage("registry:5000/x/y:1.2")).toEqual({ repository: "registry:5000/x/y", tag: "1.2", digest: false });
    expect(splitImage("registry:5000/x/y")).toEqual({ repository: "registry:5000/x/y", tag: "latest", digest: false });
    expect(splitImage("litellm")).toEqual({ repository: "litellm", tag: "latest", digest: false });
    expect(splitImage("r:5000/x@sha256:abc")).toEqual({ repository: "r:5000/x@sha256", tag: "abc", digest: true });
    expect(splitImage("x/y:1.2@sha256:abc")).toEqual({ repository: "x/y:1.2@sha256", tag: "abc", digest: true });
    // The chart writes "<repository>:<tag>": the reference comes back whole.
    for (const image of ["x/y:1.2", "r:5000/x@sha256:abc", "x/y:1.2@sha256:abc"]) {
      const { repository, tag } = splitImage(image);
      expect(`${repository}:${tag}`).toBe(image);
    }
  });

  it("names objects as the chart's litellm.fullname does", () => {
    expect(chartFullname("proxy")).toBe("proxy-litellm");
    expect(chartFullname("my-litellm")).toBe("my-litellm");
    expect(chartFullname("a".repeat(60))).toBe("a".repeat(60) + "-li");
    // Cut at 63 characters, then one trailing dash dropped, as Helm's trunc/trimSuffix do.
    expect(chartFullname("a".repeat(62))).toBe("a".repeat(62));
  });

  it("reads the chart location from spec.helm.chart.repository", () => {
    expect(chartSource("oci://ghcr.io/berriai/litellm-helm")).toEqual({ kind: "oci", url: "oci://ghcr.io/berriai/litellm-helm", registry: "ghcr.io/berriai", chart: "litellm-helm" });
    expect(chartSource("oci://registry.local/")).toEqual({ kind: "oci", url: "oci://registry.local/litellm-helm", registry: "registry.local", chart: "litellm-helm" });
  });
});

describe("build and render with --target", () => {
  function cli(cwd: string) {
    return (...args: string[]) => runCli(cwd, args);
  }
  const files = (dir: string): string[] => {
    const out: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (!e.name.startsWith(".")) out.push(path.relative(dir, p));
      }
    };
    walk(dir);
    return out.sort();
  };

  it("build --target helm writes only the helm folders, and the root kustomization applies them", async () => {
    const dir = writeProject(PROJECT);
    const run = cli(dir);
    expect((await run("build", "--target", "helm")).code).toBe(0);
    const written = files(path.join(dir, "rendered"));
    expect(written.filter((f) => !f.includes("/helm/"))).toEqual(["kustomization.yaml"]);
    expect(written.filter((f) => f.startsWith("team-a/"))).toEqual([
      "team-a/proxy/helm/application.yaml",
      "team-a/proxy/helm/externalsecret-alerting.yaml",
      "team-a/proxy/helm/externalsecret-pg.yaml",
      "team-a/proxy/helm/externalsecret-providers.yaml",
      "team-a/proxy/helm/externalsecret-proxy-admin.yaml",
      "team-a/proxy/helm/externalsecret-redis.yaml",
      "team-a/proxy/helm/helmrelease.yaml",
      "team-a/proxy/helm/kustomization.yaml",
      "team-a/proxy/helm/ocirepository.yaml",
      "team-a/proxy/helm/values.yaml",
    ]);
    expect(parseYaml(readFileSync(path.join(dir, "rendered/kustomization.yaml"), "utf8")).resources).toEqual(["team-a/proxy/helm", "team-b/edge/helm"]);
    // values.yaml is the HelmRelease's values, as a file.
    const release = parseYaml(readFileSync(path.join(dir, "rendered/team-a/proxy/helm/helmrelease.yaml"), "utf8")) as Obj;
    expect(parseYaml(readFileSync(path.join(dir, "rendered/team-a/proxy/helm/values.yaml"), "utf8"))).toEqual(release.spec!.values);
  });

  it("build --target all writes both, keeps the manifests' kustomizations as they are, and a second build changes nothing", async () => {
    const dir = writeProject(PROJECT);
    const run = cli(dir);
    expect((await run("build")).code).toBe(0);
    const manifestsOnly = new Map(files(path.join(dir, "rendered")).map((f) => [f, readFileSync(path.join(dir, "rendered", f), "utf8")]));
    expect([...manifestsOnly.keys()].some((f) => f.includes("/helm/"))).toBe(false);
    expect((await run("build", "--target", "all")).code).toBe(0);
    const all = files(path.join(dir, "rendered"));
    for (const [f, text] of manifestsOnly) expect(readFileSync(path.join(dir, "rendered", f), "utf8"), f).toBe(text);
    // team-a: values, kustomization, 3 wrappers, 5 ExternalSecrets; team-b: the same with 1 ExternalSecret.
    expect(all.filter((f) => f.includes("/helm/"))).toHaveLength(10 + 6);
    const again = await run("build", "--target", "all");
    expect(again.stderr).toMatch(/0 written, 0 removed, \d+ unchanged/);
    expect((await run("build", "--target", "all", "--check")).code).toBe(0);
    // Back to manifests: the helm folders go, nothing else changes.
    expect((await run("build", "--target", "manifests")).code).toBe(0);
    expect(files(path.join(dir, "rendered"))).toEqual([...manifestsOnly.keys()]);
  });

  it("takes the default target from CompilerConfig spec.targets", async () => {
    const dir = writeProject({ ...PROJECT, "config.yaml": "apiVersion: litellm-gitops.dev/v1alpha1\nkind: CompilerConfig\nspec: {targets: [helm]}\n" });
    const run = cli(dir);
    expect((await run("build")).code).toBe(0);
    expect(files(path.join(dir, "rendered")).some((f) => f.endsWith("deployment.yaml"))).toBe(false);
    expect(files(path.join(dir, "rendered"))).toContain("team-b/edge/helm/values.yaml");
    const printed = parseYamlStream((await run("render")).stdout) as Obj[];
    expect(new Set(printed.map((o) => o.kind))).toEqual(new Set(["Application", "OCIRepository", "HelmRelease", "ExternalSecret"]));
  });

  it("render --target helm prints only the wrappers and the ExternalSecrets: what kubectl kustomize gives for the helm folders", async () => {
    const dir = writeProject(PROJECT);
    const run = cli(dir);
    const printed = await run("render", "--target", "helm");
    expect(printed.code).toBe(0);
    const objects = parseYamlStream(printed.stdout) as Obj[];
    expect(new Set(objects.map((o) => o.kind))).toEqual(new Set(["Application", "OCIRepository", "HelmRelease", "ExternalSecret"]));
    const ir = compile(PROJECT);
    const expected = renderHelm(ir, renderInstances(ir)).flatMap(helmObjects);
    expect(objects).toEqual(parseYamlStream(toYamlStream(expected)));
    expect((await run("build", "--target", "helm")).code).toBe(0);
    const key = (o: Obj) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`;
    const fromKustomize = (kustomizeBuild(path.join(dir, "rendered")) as Obj[]).sort((a, b) => key(a).localeCompare(key(b)));
    expect(fromKustomize).toEqual([...objects].sort((a, b) => key(a).localeCompare(key(b))));
    const one = parseYamlStream((await run("render", "--target", "helm", "--instance", "team-b/edge")).stdout) as Obj[];
    expect(one.every((o) => o.metadata.namespace === "team-b" || o.kind === "Application")).toBe(true);
    expect(one.map((o) => o.kind)).toEqual(["Application", "OCIRepository", "HelmRelease", "ExternalSecret"]);
  });

  it("render --target all prints each ExternalSecret once, and a bad --target is a usage error", async () => {
    const dir = writeProject(PROJECT);
    const run = cli(dir);
    const objects = parseYamlStream((await run("render", "--target", "all")).stdout) as Obj[];
    const ids = objects.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("Deployment/team-a/proxy-deployment");
    expect(ids).toContain("HelmRelease/team-a/proxy");
    const bad = await run("render", "--target", "helmfile");
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toContain("--target must be one of manifests, helm, all");
  });
});

/** The compiled config as data, as renderHelm compares it. */
function emitConfigOf(h: RenderedHelm): unknown {
  return emitLiteLLMConfig(h.instance);
}
