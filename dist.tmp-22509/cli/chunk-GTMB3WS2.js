import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  toYaml
} from "./chunk-TK4S3H2I.js";
import {
  objectFileName
} from "./chunk-T6J4GSBB.js";
import {
  isRecord
} from "./chunk-YNR7NBTS.js";
import {
  UsageError,
  environNames,
  environReference,
  litellmName
} from "./chunk-Q5TSJAU2.js";
import {
  compareStrings
} from "./chunk-EPTGAQBZ.js";

// src/emitters/kubernetes/labels.ts
var MANAGED_BY = "litellm-gitops";
function selectorLabels(instance) {
  return { app: `litellm-${instance}` };
}
function recommendedLabels(instance) {
  return {
    "app.kubernetes.io/name": "litellm",
    "app.kubernetes.io/instance": instance,
    "app.kubernetes.io/component": "proxy",
    "app.kubernetes.io/part-of": "litellm",
    "app.kubernetes.io/managed-by": MANAGED_BY
  };
}
function instanceLabels(instance) {
  return { ...selectorLabels(instance), ...recommendedLabels(instance) };
}

// src/emitters/kubernetes/names.ts
function objectNames(instance) {
  return {
    config: `${instance}-config`,
    serviceAccount: `${instance}-sa`,
    deployment: `${instance}-deployment`,
    service: `${instance}-service`,
    ingress: `${instance}-ingress`,
    httpRoute: `${instance}-httproute`,
    podDisruptionBudget: `${instance}-pdb`
  };
}
var HTTP_PORT = 4e3;
var HTTP_PORT_NAME = "http";
var CONFIG_DIR = "/etc/litellm";
var CONFIG_KEY = "config.yaml";
var CONFIG_PATH = `${CONFIG_DIR}/${CONFIG_KEY}`;

// src/emitters/kubernetes/configmap.ts
function configMap(instance, configYaml) {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: {
      name: objectNames(instance.name).config,
      namespace: instance.namespace,
      labels: instanceLabels(instance.name)
    },
    data: { [CONFIG_KEY]: configYaml }
  };
}

// src/emitters/kubernetes/deployment.ts
import { createHash } from "node:crypto";
var CONFIG_HASH_ANNOTATION = "litellm-gitops.dev/config-sha256";
function configHash(configYaml) {
  return createHash("sha256").update(configYaml, "utf8").digest("hex");
}
function deployment(instance, configYaml) {
  const names = objectNames(instance.name);
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: {
      name: names.deployment,
      namespace: instance.namespace,
      labels: instanceLabels(instance.name)
    },
    spec: {
      replicas: instance.replicas,
      // Rollbacks go through Git, not ReplicaSet history; a few are kept for `kubectl rollout` triage.
      revisionHistoryLimit: 3,
      // The operator's selector, exactly: it is immutable, and changing it means recreating the Deployment.
      selector: { matchLabels: selectorLabels(instance.name) },
      // A proxy in front of every LLM call: never drop below the desired count while rolling.
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: {
          labels: instanceLabels(instance.name),
          annotations: { [CONFIG_HASH_ANNOTATION]: configHash(configYaml) }
        },
        spec: podSpec(instance)
      }
    }
  };
}
function podSpec(instance) {
  const names = objectNames(instance.name);
  return {
    serviceAccountName: names.serviceAccount,
    automountServiceAccountToken: false,
    // Service links would add `<SERVICE>_PORT=tcp://…` variables for every Service in the
    // namespace; a Service named `redis` or `database` would then hand LiteLLM a REDIS_PORT or
    // DATABASE_PORT it cannot parse whenever the instance does not set that variable itself.
    enableServiceLinks: false,
    // No runAsNonRoot/runAsUser: the CRD's default image (ghcr.io/berriai/litellm-database,
    // built from docker/Dockerfile.database) ends its runtime stage with `USER root` and never
    // switches, so the kubelet would refuse to start it under runAsNonRoot (CreateContainerConfigError),
    // and an arbitrary runAsUser cannot write where Prisma writes at boot (root-owned paths).
    // Users of the `litellm-non_root` image (USER nobody) can add it with a patch.
    securityContext: { seccompProfile: { type: "RuntimeDefault" } },
    containers: [container(instance)],
    volumes: [
      { name: "config", configMap: { name: names.config, items: [{ key: CONFIG_KEY, path: CONFIG_KEY }] } },
      { name: "cache", emptyDir: {} },
      { name: "tmp", emptyDir: {} }
    ]
  };
}
function container(instance) {
  const c = {
    name: "litellm",
    image: instance.image,
    args: ["--config", CONFIG_PATH, "--port", String(HTTP_PORT)],
    ports: [{ name: HTTP_PORT_NAME, containerPort: HTTP_PORT, protocol: "TCP" }],
    env: instance.env.map(envVar),
    volumeMounts: [
      { name: "config", mountPath: CONFIG_DIR, readOnly: true },
      // Prisma's cache when HOME is `/` (an image run under an arbitrary UID); not /root/.cache,
      // which would hide the engines the database image fetched at build time and make Prisma
      // download them at every boot.
      { name: "cache", mountPath: "/.cache" },
      { name: "tmp", mountPath: "/tmp" }
    ],
    // After start-up succeeds; liveness only asks "is the process serving", readiness also
    // checks the database, so a database outage takes pods out of the Service without restarting them.
    livenessProbe: probe("/health/liveliness", { periodSeconds: 15, timeoutSeconds: 5, failureThreshold: 5 }),
    readinessProbe: probe("/health/readiness", { periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 }),
    // LiteLLM applies its Prisma migrations before it serves: allow up to 10 minutes
    // (60 × 10 s) before the kubelet gives up, instead of killing a pod mid-migration.
    startupProbe: probe("/health/readiness", { periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 60 })
  };
  if (instance.resources !== void 0) c.resources = structuredClone(instance.resources);
  c.securityContext = {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ["ALL"] },
    // Not read-only: LiteLLM's own chart notes the image needs write access at start-up for
    // Prisma, and as root (see the pod's securityContext) Prisma and Python write under
    // /root and site-packages, which the emptyDirs do not cover. Dropping every capability
    // still stops root from writing files it does not own (no CAP_DAC_OVERRIDE).
    readOnlyRootFilesystem: false
  };
  return c;
}
function envVar(entry) {
  if (entry.kind === "secret") {
    return { name: entry.name, valueFrom: { secretKeyRef: { name: entry.secretName, key: entry.key } } };
  }
  return { name: entry.name, ...structuredClone(entry.env) };
}
function probe(path, timing) {
  return { httpGet: { path, port: HTTP_PORT_NAME }, ...timing };
}

// src/emitters/kubernetes/httproute.ts
function httpRoute(instance) {
  const spec = instance.gateway;
  if (spec === void 0) return void 0;
  const names = objectNames(instance.name);
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: {
      name: names.httpRoute,
      namespace: instance.namespace,
      labels: instanceLabels(instance.name)
    },
    spec: {
      // Copied, not shared: the output must never alias the IR (a later stage could mutate it).
      parentRefs: spec.parentRefs.map((ref) => ({ ...ref })),
      hostnames: [spec.host],
      rules: [
        {
          matches: [{ path: { type: "PathPrefix", value: "/" } }],
          backendRefs: [{ name: names.service, port: HTTP_PORT }]
        }
      ]
    }
  };
}

// src/emitters/kubernetes/ingress.ts
function ingress(instance) {
  const spec = instance.ingress;
  if (spec === void 0) return void 0;
  const names = objectNames(instance.name);
  const metadata = {
    name: names.ingress,
    namespace: instance.namespace,
    labels: instanceLabels(instance.name)
  };
  if (spec.annotations !== void 0 && Object.keys(spec.annotations).length > 0) {
    metadata.annotations = { ...spec.annotations };
  }
  const body = {};
  if (spec.className !== void 0) body.ingressClassName = spec.className;
  if (spec.tls !== void 0) body.tls = [{ hosts: [spec.host], ...spec.tls.secretName ? { secretName: spec.tls.secretName } : {} }];
  body.rules = [
    {
      host: spec.host,
      http: {
        paths: [
          {
            path: "/",
            pathType: "Prefix",
            backend: { service: { name: names.service, port: { name: HTTP_PORT_NAME } } }
          }
        ]
      }
    }
  ];
  return { apiVersion: "networking.k8s.io/v1", kind: "Ingress", metadata, spec: body };
}

// src/emitters/kubernetes/poddisruptionbudget.ts
function podDisruptionBudget(instance) {
  if (instance.replicas <= 1) return void 0;
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: {
      name: objectNames(instance.name).podDisruptionBudget,
      namespace: instance.namespace,
      labels: instanceLabels(instance.name)
    },
    spec: {
      maxUnavailable: 1,
      selector: { matchLabels: selectorLabels(instance.name) }
    }
  };
}

// src/emitters/kubernetes/service.ts
function service(instance) {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: {
      name: objectNames(instance.name).service,
      namespace: instance.namespace,
      labels: instanceLabels(instance.name)
    },
    spec: {
      type: "ClusterIP",
      selector: selectorLabels(instance.name),
      ports: [{ name: HTTP_PORT_NAME, protocol: "TCP", port: HTTP_PORT, targetPort: HTTP_PORT_NAME }]
    }
  };
}

// src/emitters/kubernetes/serviceaccount.ts
function serviceAccount(instance) {
  return {
    apiVersion: "v1",
    kind: "ServiceAccount",
    metadata: {
      name: objectNames(instance.name).serviceAccount,
      namespace: instance.namespace,
      labels: instanceLabels(instance.name)
    },
    automountServiceAccountToken: false
  };
}

// src/emitters/kubernetes/index.ts
function emitInstanceObjects(instance, configYaml) {
  const optional = [ingress(instance), httpRoute(instance), podDisruptionBudget(instance)];
  return [
    configMap(instance, configYaml),
    serviceAccount(instance),
    deployment(instance, configYaml),
    service(instance),
    ...optional.filter((o) => o !== void 0)
  ];
}

// src/emitters/kustomization.ts
var NOT_OBJECTS = /* @__PURE__ */ new Set(["config.yaml", "kustomization.yaml"]);
function instanceKustomization(files) {
  for (const f of files) {
    if (NOT_OBJECTS.has(f) || f === "helm" || f.startsWith("helm/")) {
      throw new Error(`${f} is not a Kubernetes object file and cannot be a kustomization resource`);
    }
  }
  return kustomization(files);
}
function rootKustomization(instanceDirs) {
  return kustomization(instanceDirs);
}
function kustomization(resources) {
  const sorted = [...resources].sort(compareStrings);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) throw new Error(`kustomization resource listed twice: ${sorted[i]}`);
  }
  return { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: sorted };
}

// src/emitters/flux.ts
var FLUX_NAMESPACE = "flux-system";
var FLUX_NAME = "litellm-gitops";
var FLUX_DIR = "flux";
var GIT_REPOSITORY_FILE = "gitrepository.yaml";
var FLUX_KUSTOMIZATION_FILE = "flux-kustomization.yaml";
var TIMEOUT = "5m";
function emitFluxObjects(flux) {
  const metadata = () => ({ name: FLUX_NAME, namespace: FLUX_NAMESPACE, labels: { "app.kubernetes.io/managed-by": MANAGED_BY } });
  const gitRepository = {
    apiVersion: "source.toolkit.fluxcd.io/v1",
    kind: "GitRepository",
    metadata: metadata(),
    spec: { interval: flux.interval, url: fluxGitUrl(flux.gitRepository.url), ref: refInFluxOrder(flux.gitRepository.ref) }
  };
  const kustomization2 = {
    apiVersion: "kustomize.toolkit.fluxcd.io/v1",
    kind: "Kustomization",
    metadata: metadata(),
    spec: {
      interval: flux.interval,
      sourceRef: { kind: "GitRepository", name: FLUX_NAME },
      path: flux.path,
      prune: flux.prune,
      // No targetNamespace: every rendered object names its namespace, and one target
      // namespace would move them all. `wait` makes the Kustomization's Ready condition mean
      // "the proxies and their ExternalSecrets are ready", not merely "applied".
      wait: true,
      timeout: TIMEOUT
    }
  };
  return { gitRepository, kustomization: kustomization2 };
}
function fluxGitUrl(url) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  const scp = /^([^@/:\s]+@)?([^/:\s]+):(?!\/)(.+)$/.exec(url);
  if (scp) return `ssh://${scp[1] ?? ""}${scp[2]}/${scp[3]}`;
  return url;
}
function refInFluxOrder(ref) {
  const out = {};
  for (const key of ["branch", "tag", "semver", "name", "commit"]) {
    const value = ref[key];
    if (value !== void 0) out[key] = value;
  }
  return out;
}

// src/render/files.ts
function renderTree(rendered, options = {}) {
  const files = /* @__PURE__ */ new Map();
  const manifests = options.manifests ?? true;
  if (manifests) {
    for (const { dir, configYaml, objects } of rendered) {
      files.set(`${dir}/config.yaml`, configYaml);
      const objectFiles = [];
      for (const object of objects) {
        const name = objectFileName(object);
        objectFiles.push(name);
        files.set(`${dir}/${name}`, toYaml(object));
      }
      files.set(`${dir}/kustomization.yaml`, toYaml(instanceKustomization(objectFiles)));
    }
  }
  for (const helm of options.helm ?? []) renderHelmFolder(helm, files);
  if (options.flux) renderFluxFolder(options.flux, files);
  const roots = manifests ? rendered.map((r) => r.dir) : (options.helm ?? []).map((h) => h.dir);
  files.set("kustomization.yaml", toYaml(rootKustomization(roots)));
  return new Map([...files.entries()].sort(([a], [b]) => compareStrings(a, b)));
}
function renderHelmFolder(helm, files) {
  files.set(`${helm.dir}/values.yaml`, toYaml(helm.values));
  const objectFiles = [];
  for (const object of [...helm.wrappers, ...helm.externalSecrets]) {
    const name = WRAPPER_FILES[object.kind] ?? objectFileName(object);
    objectFiles.push(name);
    files.set(`${helm.dir}/${name}`, toYaml(object));
  }
  files.set(`${helm.dir}/kustomization.yaml`, toYaml(instanceKustomization(objectFiles)));
}
function renderFluxFolder(flux, files) {
  const { gitRepository, kustomization: kustomization2 } = emitFluxObjects(flux);
  files.set(`${FLUX_DIR}/${GIT_REPOSITORY_FILE}`, toYaml(gitRepository));
  files.set(`${FLUX_DIR}/${FLUX_KUSTOMIZATION_FILE}`, toYaml(kustomization2));
  files.set(`${FLUX_DIR}/kustomization.yaml`, toYaml(instanceKustomization([GIT_REPOSITORY_FILE, FLUX_KUSTOMIZATION_FILE])));
}
var WRAPPER_FILES = {
  Application: "application.yaml",
  OCIRepository: "ocirepository.yaml",
  HelmRepository: "helmrepository.yaml",
  HelmRelease: "helmrelease.yaml"
};

// src/emitters/helm-chart-keys.ts
var CHART_NAME = "litellm-helm";
function chartProvidedEnv(values) {
  const env = [];
  const db = isRecord(values.db) ? values.db : {};
  if (db.useExisting === true) {
    const secret = isRecord(db.secret) ? db.secret : {};
    const name = String(secret.name ?? "postgres");
    env.push({ name: "DATABASE_USERNAME", secretKeyRef: { name, key: String(secret.usernameKey ?? "username") } });
    env.push({ name: "DATABASE_PASSWORD", secretKeyRef: { name, key: String(secret.passwordKey ?? "password") } });
    env.push(secret.endpointKey ? { name: "DATABASE_HOST", secretKeyRef: { name, key: String(secret.endpointKey) } } : { name: "DATABASE_HOST" });
    env.push({ name: "DATABASE_NAME" }, { name: "DATABASE_URL" });
  }
  env.push({
    name: "PROXY_MASTER_KEY",
    secretKeyRef: {
      name: typeof values.masterkeySecretName === "string" && values.masterkeySecretName !== "" ? values.masterkeySecretName : "<release>-masterkey",
      key: typeof values.masterkeySecretKey === "string" && values.masterkeySecretKey !== "" ? values.masterkeySecretKey : "masterkey"
    }
  });
  if (values.logLevel === void 0 || typeof values.logLevel === "string" && values.logLevel !== "") env.push({ name: "LITELLM_LOG" });
  const migration = isRecord(values.migrationJob) ? values.migrationJob : {};
  if (migration.enabled !== false) env.push({ name: "DISABLE_SCHEMA_UPDATE" });
  return env;
}

// src/emitters/gitops-wrappers.ts
function chartSource(repository) {
  if (repository.startsWith("oci://")) {
    const rest = repository.slice("oci://".length).replace(/\/+$/, "");
    const slash = rest.lastIndexOf("/");
    if (slash < 0) return { kind: "oci", url: `oci://${rest}/${CHART_NAME}`, registry: rest, chart: CHART_NAME };
    return { kind: "oci", url: `oci://${rest}`, registry: rest.slice(0, slash), chart: rest.slice(slash + 1) };
  }
  return { kind: "https", url: repository, chart: CHART_NAME };
}
function applicationName(instance) {
  return `${instance.namespace}-${instance.name}`;
}
function fluxSourceName(instance) {
  return `${instance.name}-${CHART_NAME}`;
}
function argocdApplication(instance, settings, values) {
  const source = chartSource(settings.helm.chartRepository);
  const argocd = settings.helm.argocd;
  const syncPolicy = {};
  if (argocd.automated) syncPolicy.automated = { prune: true, selfHeal: true };
  syncPolicy.syncOptions = ["CreateNamespace=false"];
  return {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Application",
    metadata: {
      name: applicationName(instance),
      namespace: argocd.namespace,
      labels: recommendedLabels(instance.name),
      // Applied by a parent (app of apps) together with the ExternalSecrets of wave 0: Argo CD
      // waits for those to be healthy (their Secrets exist) before it creates this one, so the
      // chart's migration hook does not start against missing Secrets.
      annotations: { "argocd.argoproj.io/sync-wave": "1" }
    },
    spec: {
      project: argocd.project,
      source: {
        repoURL: source.kind === "oci" ? source.registry : source.url,
        chart: source.chart,
        targetRevision: settings.helm.chartVersion,
        helm: { releaseName: instance.name, valuesObject: values }
      },
      destination: { server: argocd.destinationServer, namespace: instance.namespace },
      syncPolicy
    }
  };
}
function fluxChartSource(instance, settings) {
  const source = chartSource(settings.helm.chartRepository);
  const metadata = { name: fluxSourceName(instance), namespace: instance.namespace, labels: recommendedLabels(instance.name) };
  if (source.kind === "https") {
    return {
      apiVersion: "source.toolkit.fluxcd.io/v1",
      kind: "HelmRepository",
      metadata,
      spec: { interval: settings.helm.flux.interval, url: source.url }
    };
  }
  return {
    apiVersion: "source.toolkit.fluxcd.io/v1",
    kind: "OCIRepository",
    metadata,
    spec: {
      interval: settings.helm.flux.interval,
      url: source.url,
      ref: { tag: settings.helm.chartVersion },
      layerSelector: { mediaType: "application/vnd.cncf.helm.chart.content.v1.tar+gzip", operation: "copy" }
    }
  };
}
function fluxHelmRelease(instance, settings, values) {
  const source = chartSource(settings.helm.chartRepository);
  const interval = settings.helm.flux.interval;
  const chart = source.kind === "oci" ? { chartRef: { kind: "OCIRepository", name: fluxSourceName(instance) } } : {
    chart: {
      spec: { chart: source.chart, version: settings.helm.chartVersion, sourceRef: { kind: "HelmRepository", name: fluxSourceName(instance) }, interval }
    }
  };
  return {
    apiVersion: "helm.toolkit.fluxcd.io/v2",
    kind: "HelmRelease",
    metadata: { name: instance.name, namespace: instance.namespace, labels: recommendedLabels(instance.name) },
    spec: {
      interval,
      releaseName: instance.name,
      ...chart,
      // A failed install or upgrade is retried (the upgrade rolled back first) rather than left half-done.
      install: { remediation: { retries: 3 } },
      upgrade: { remediation: { retries: 3 } },
      values
    }
  };
}

// src/emitters/helm-values.ts
function emitHelmValues(instance, config, configYaml, hooks) {
  const image = splitImage(instance.image);
  const masterKey = instance.masterKey;
  const values = {
    replicaCount: instance.replicas,
    image: { repository: image.repository, tag: image.tag, pullPolicy: image.tag === "latest" && !image.digest ? "Always" : "IfNotPresent" },
    // The chart adds its own checksum/config only because it renders the ConfigMap itself;
    // this one is the manifests target's, so a pod restart means the same thing in both.
    podAnnotations: { [CONFIG_HASH_ANNOTATION]: configHash(configYaml) },
    // The manifests target's pod: never below the desired count while rolling, no privileges.
    strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
    podSecurityContext: { seccompProfile: { type: "RuntimeDefault" } },
    securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] }, readOnlyRootFilesystem: false }
  };
  const ingress2 = ingressValues(instance);
  if (ingress2 !== void 0) values.ingress = ingress2;
  values.masterkeySecretName = masterKey.secretName;
  values.masterkeySecretKey = masterKey.key;
  values.proxy_config = structuredClone(config);
  if (instance.resources !== void 0) values.resources = structuredClone(instance.resources);
  values.db = { useExisting: false, deployStandalone: false };
  values.migrationJob = hasDatabase(instance.env) ? { enabled: true, hooks: { argocd: { enabled: hooks === "argocd" }, helm: { enabled: hooks === "helm" } } } : { enabled: false };
  values.logLevel = "";
  values.extraEnvVars = instance.env.map(envVar2);
  if (instance.replicas > 1) values.pdb = { enabled: true, maxUnavailable: 1 };
  const route = httpRouteResource(instance);
  if (route !== void 0) values.extraResources = [route];
  return values;
}
function splitImage(image) {
  const at = image.indexOf("@");
  if (at >= 0) {
    const colon2 = image.lastIndexOf(":");
    if (colon2 > at) return { repository: image.slice(0, colon2), tag: image.slice(colon2 + 1), digest: true };
  }
  const slash = image.lastIndexOf("/");
  const colon = image.lastIndexOf(":");
  if (colon > slash) return { repository: image.slice(0, colon), tag: image.slice(colon + 1), digest: false };
  return { repository: image, tag: "latest", digest: false };
}
function chartFullname(release) {
  const name = release.includes("litellm") ? release : `${release}-litellm`;
  return name.slice(0, 63).replace(/-$/, "");
}
function ingressValues(instance) {
  const spec = instance.ingress;
  if (spec === void 0) return void 0;
  const ingress2 = { enabled: true, className: spec.className ?? "" };
  if (spec.annotations !== void 0 && Object.keys(spec.annotations).length > 0) ingress2.annotations = { ...spec.annotations };
  ingress2.hosts = [{ host: spec.host, paths: [{ path: "/", pathType: "Prefix" }] }];
  if (spec.tls !== void 0) ingress2.tls = [{ ...spec.tls.secretName ? { secretName: spec.tls.secretName } : {}, hosts: [spec.host] }];
  return ingress2;
}
function httpRouteResource(instance) {
  const spec = instance.gateway;
  if (spec === void 0) return void 0;
  const fullname = chartFullname(instance.name);
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: {
      name: fullname,
      namespace: instance.namespace,
      // The chart's selector labels, so the route is found with the rest of the release.
      labels: { "app.kubernetes.io/name": "litellm", "app.kubernetes.io/instance": instance.name }
    },
    spec: {
      parentRefs: spec.parentRefs.map((ref) => ({ ...ref })),
      hostnames: [spec.host],
      rules: [{ matches: [{ path: { type: "PathPrefix", value: "/" } }], backendRefs: [{ name: fullname, port: HTTP_PORT }] }]
    }
  };
}
function hasDatabase(env) {
  return env.some((e) => e.name === "DATABASE_HOST" || e.name === "DATABASE_URL");
}
function envVar2(entry) {
  if (entry.kind === "secret") {
    return { name: entry.name, valueFrom: { secretKeyRef: { name: entry.secretName, key: entry.key } } };
  }
  return { name: entry.name, ...structuredClone(entry.env) };
}

// src/render/wiring.ts
import { isDeepStrictEqual } from "node:util";

// src/render/rendered.ts
function helmObjects(helm) {
  return [...helm.wrappers, ...helm.externalSecrets];
}
function allValues(helm) {
  const found = [{ where: `${helm.dir}/values.yaml`, values: helm.values }];
  for (const w of helm.wrappers) {
    const spec = w.spec;
    const values = w.kind === "Application" ? spec?.source?.helm?.valuesObject : w.kind === "HelmRelease" ? spec?.values : void 0;
    if (values !== void 0) found.push({ where: `${helm.dir} ${w.kind} ${w.metadata.name}`, values });
  }
  return found;
}

// src/render/wiring.ts
var WiringError = class extends Error {
  constructor(problems) {
    super(`output wiring check failed (LG5001), please report this:
  ${problems.join("\n  ")}`);
    this.problems = problems;
  }
  problems;
};
function wiringProblems(rendered, externalSecrets) {
  const problems = [];
  const deployment2 = rendered.objects.find((o) => o.kind === "Deployment");
  const env = deployment2?.spec.template.spec.containers.flatMap((c) => c.env ?? []) ?? [];
  const envNames = new Set(env.map((e) => e.name));
  for (const name of environNames(rendered.config)) {
    if (!envNames.has(name)) problems.push(`${rendered.dir}: config.yaml reads os.environ/${name}, which the container does not set`);
  }
  if (!externalSecrets) return problems;
  const produced = producedSecretKeys(rendered.objects);
  const clusterMade = clusterMadeSecrets(rendered.instance);
  for (const entry of env) {
    const ref = entry.valueFrom?.secretKeyRef;
    if (ref && !produced.has(`${ref.name}/${ref.key}`) && !clusterMade.has(ref.name)) {
      problems.push(`${rendered.dir}: env ${entry.name} reads Secret ${ref.name} key ${ref.key}, which no ExternalSecret produces`);
    }
  }
  return problems;
}
function helmWiringProblems(helm, config, externalSecrets) {
  const problems = [];
  const produced = producedSecretKeys(helm.externalSecrets);
  const clusterMade = clusterMadeSecrets(helm.instance);
  for (const { where, values } of allValues(helm)) {
    if (!isDeepStrictEqual(values.proxy_config, config)) problems.push(`${where}: proxy_config differs from the compiled config.yaml`);
    if (typeof values.masterkeySecretName !== "string" || values.masterkeySecretName === "" || typeof values.masterkeySecretKey !== "string" || values.masterkeySecretKey === "") {
      problems.push(`${where}: masterkeySecretName/masterkeySecretKey unset: the chart would generate a new master key on every render`);
    }
    const extra = Array.isArray(values.extraEnvVars) ? values.extraEnvVars : [];
    const env = [
      ...extra.map((e) => ({ name: e.name, secretKeyRef: e.valueFrom?.secretKeyRef })),
      ...chartProvidedEnv(values)
    ];
    const names = new Set(env.map((e) => e.name));
    for (const name of environNames(values.proxy_config)) {
      if (!names.has(name)) problems.push(`${where}: proxy_config reads os.environ/${name}, which neither extraEnvVars nor the chart sets`);
    }
    if (!externalSecrets) continue;
    for (const e of env) {
      if (e.secretKeyRef && !produced.has(`${e.secretKeyRef.name}/${e.secretKeyRef.key}`) && !clusterMade.has(e.secretKeyRef.name)) {
        problems.push(`${where}: env ${e.name} reads Secret ${e.secretKeyRef.name} key ${e.secretKeyRef.key}, which no ExternalSecret produces`);
      }
    }
  }
  return problems;
}
function clusterMadeSecrets(instance) {
  return new Set(instance.secrets.filter((s) => s.madeBy !== void 0).map((s) => s.name));
}
function producedSecretKeys(objects) {
  const produced = /* @__PURE__ */ new Set();
  for (const object of objects) {
    if (object.kind !== "ExternalSecret") continue;
    const spec = object.spec;
    const target = spec?.target?.name ?? object.metadata.name;
    for (const entry of spec?.data ?? []) produced.add(`${target}/${entry.secretKey}`);
  }
  return produced;
}

// src/render/helm.ts
function renderHelm(ir, rendered) {
  const { settings } = ir;
  return rendered.map((r) => {
    const { config } = r;
    const values = emitHelmValues(r.instance, config, r.configYaml, "helm");
    const wrappers = [];
    if (settings.helm.argocd.enabled) wrappers.push(argocdApplication(r.instance, settings, emitHelmValues(r.instance, config, r.configYaml, "argocd")));
    if (settings.helm.flux.enabled) wrappers.push(fluxChartSource(r.instance, settings), fluxHelmRelease(r.instance, settings, structuredClone(values)));
    const helm = {
      instance: r.instance,
      dir: `${r.dir}/helm`,
      values,
      wrappers,
      externalSecrets: r.objects.filter((o) => o.kind === "ExternalSecret")
    };
    const problems = helmWiringProblems(helm, config, settings.externalSecrets);
    if (problems.length > 0) throw new WiringError(problems);
    return helm;
  });
}

// src/emitters/external-secrets.ts
function emitExternalSecrets(instance, settings) {
  if (!settings.externalSecrets) return [];
  return instance.secrets.filter((secret) => secret.madeBy === void 0).map((secret) => ({
    apiVersion: "external-secrets.io/v1",
    kind: "ExternalSecret",
    metadata: {
      name: secret.name,
      namespace: instance.namespace,
      // Not the selector label `app: litellm-<instance>`: ESO copies an ExternalSecret's labels
      // onto the Secret it creates, and that label is how people select the proxy's workload
      // (`kubectl delete -l`, dashboards); a credential should not be swept up with it.
      labels: recommendedLabels(instance.name)
    },
    spec: {
      refreshInterval: settings.refreshInterval,
      secretStoreRef: { kind: settings.secretStore.kind, name: settings.secretStore.name },
      // Owner: the Secret goes when its ExternalSecret goes, so pruning the ExternalSecret
      // from Git cleans up the credential it fetched.
      target: { name: secret.name, creationPolicy: "Owner" },
      data: secret.keys.map(({ key, remoteRef }) => ({ secretKey: key, remoteRef: { key: remoteRef.key, property: remoteRef.property } }))
    }
  }));
}

// src/emitters/litellm-config.ts
function emitLiteLLMConfig(instance) {
  const config = { model_list: instance.models.map(modelEntry) };
  if (Object.keys(instance.litellmSettings).length > 0) config.litellm_settings = instance.litellmSettings;
  if (Object.keys(instance.routerSettings).length > 0) config.router_settings = instance.routerSettings;
  config.general_settings = instance.generalSettings;
  return config;
}
function modelEntry(model) {
  const params = {};
  for (const [key, value] of Object.entries(model.params)) params[litellmName(key)] = value;
  for (const { param, env } of model.credentials) params[litellmName(param)] = environReference(env);
  for (const [key, value] of Object.entries(model.passthrough)) if (!(key in params)) params[key] = value;
  const { model: modelId, ...rest } = params;
  const litellmParams = { model: modelId, ...sortKeys(rest) };
  return {
    model_name: model.modelName,
    litellm_params: litellmParams,
    model_info: { id: model.id, ...sortKeys(model.modelInfo) }
  };
}
function sortKeys(record) {
  return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
}

// src/render/instances.ts
function renderInstances(ir) {
  return ir.instances.map((instance) => {
    const config = emitLiteLLMConfig(instance);
    const configYaml = toYaml(config);
    const rendered = {
      instance,
      dir: `${instance.namespace}/${instance.name}`,
      config,
      configYaml,
      objects: [...emitInstanceObjects(instance, configYaml), ...emitExternalSecrets(instance, ir.settings)]
    };
    const problems = wiringProblems(rendered, ir.settings.externalSecrets);
    if (problems.length > 0) throw new WiringError(problems);
    return rendered;
  });
}

// src/render/targets.ts
var TARGETS = ["manifests", "helm", "all"];
function effectiveTarget(flag, settings) {
  if (flag !== void 0) return flag;
  const manifests = settings.targets.includes("manifests");
  const helm = settings.targets.includes("helm");
  return manifests && helm ? "all" : helm ? "helm" : "manifests";
}
function renderTarget(ir, target, instance) {
  const manifests = target !== "helm";
  const rendered = renderInstances(ir).filter((r) => instance === void 0 || r.dir === instance);
  const helm = target !== "manifests" ? renderHelm(ir, rendered) : void 0;
  const helmByDir = new Map((helm ?? []).map((h) => [h.dir, h]));
  const helmPart = (h) => h === void 0 ? [] : manifests ? h.wrappers : helmObjects(h);
  const instances = rendered.map((r) => ({
    dir: r.dir,
    instance: r.instance,
    objects: [...manifests ? r.objects : [], ...helmPart(helmByDir.get(`${r.dir}/helm`))]
  }));
  const objects = [...manifests ? rendered.flatMap((r) => r.objects) : [], ...(helm ?? []).flatMap(helmPart)];
  return helm ? { target, rendered, helm, instances, objects } : { target, rendered, instances, objects };
}
function targetFiles(ir, rendering) {
  return renderTree(rendering.rendered, { manifests: rendering.target !== "helm", helm: rendering.helm, flux: ir.settings.flux });
}

// src/cli/targets.ts
var TARGET_OPTION = { target: { type: "string" } };
var TARGET_USAGE = `  --target manifests|helm|all
            manifests: Kubernetes objects; helm: values for the litellm-helm chart with their
            Argo CD Application / Flux HelmRelease and the ExternalSecrets; all: both.
            Default: CompilerConfig spec.targets, else manifests.`;
function parseTarget(value) {
  if (value === void 0) return void 0;
  if (TARGETS.includes(value)) return value;
  throw new UsageError(`--target must be one of ${TARGETS.join(", ")}`);
}

export {
  emitLiteLLMConfig,
  effectiveTarget,
  renderTarget,
  targetFiles,
  TARGET_OPTION,
  TARGET_USAGE,
  parseTarget
};
