/**
 * IR values built by hand, so emitter tests don't depend on the loader or the resolver:
 * a failure here is the emitter's. Shapes follow src/compiler/ir.ts; names follow the
 * operator's sample (config/samples/litellm_v1alpha1_litellminstance.yaml → litellm-example).
 */
import type { CompilerSettings, InstanceIR, SecretEnv, SecretIR } from "../../src/compiler/ir.js";

const at = (file: string, pointer = "") => ({ file, line: 1, column: 1, pointer });

/** A Secret as the resolver gives it with the default templates: remote key litellm/<namespace>/<name>, property <key>. */
function secret(namespace: string, name: string, keys: string[]): SecretIR {
  return { name, keys: keys.map((key) => ({ key, remoteRef: { key: `litellm/${namespace}/${name}`, property: key } })) };
}

function masterKey(secretName: string): SecretEnv {
  return { kind: "secret", name: "LITELLM_MASTER_KEY", secretName, key: "masterKey", purpose: "master key" };
}

/** The resolver's defaults (src/compiler/resolve/settings.ts), written out. */
export function defaultSettings(): CompilerSettings {
  return {
    secretStore: { kind: "ClusterSecretStore", name: "litellm" },
    remoteKeyTemplate: "litellm/{{namespace}}/{{secretName}}",
    remotePropertyTemplate: "{{key}}",
    refreshInterval: "1h",
    externalSecrets: true,
    clusterSecrets: [],
    targets: ["manifests"],
    defaultNamespace: "default",
    defaultImage: "ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1",
    access: {
      image: "docker.io/library/node:24.11.1-bookworm-slim",
      resources: { requests: { cpu: "10m", memory: "64Mi" }, limits: { memory: "256Mi" } },
      backoffLimit: 2,
      activeDeadlineSeconds: 900,
    },
    helm: {
      chartRepository: "oci://ghcr.io/berriai/litellm-helm",
      chartVersion: "1.85.1",
      argocd: { enabled: true, namespace: "argocd", project: "default", destinationServer: "https://kubernetes.default.svc", automated: true },
      flux: { enabled: true, interval: "10m" },
    },
  };
}

export const CONFIG_YAML = [
  "model_list:",
  "  - model_name: gpt-4o",
  "    litellm_params:",
  "      model: openai/gpt-4o",
  "      api_key: os.environ/OPENAI_CREDENTIALS_APIKEY",
  "    model_info:",
  "      id: 0b5a3c1e-6a55-5a7b-9f0e-1d2c3b4a5f60",
  "",
].join("\n");

/**
 * Everything on: database, Redis, master key, two model credentials, an extraEnvVar with a
 * value and one from a Secret, ingress with class/annotations/TLS, gateway, resources, 3 replicas.
 * The env is in the resolver's order; `secrets` is the union of what it reads, sorted.
 */
export function fullInstance(): InstanceIR {
  const master = masterKey("litellm-example-master-key");
  return {
    name: "litellm-example",
    namespace: "litellm",
    source: at("instances/litellm-example.yaml"),
    image: "ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1",
    helmImage: "ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1",
    replicas: 3,
    models: [],
    masterKey: master,
    guardrails: [],
    mcpServers: [],
    callbacks: [],
    env: [
      master,
      { kind: "secret", name: "DATABASE_HOST", secretName: "postgres-secret", key: "host", purpose: "database host" },
      { kind: "secret", name: "DATABASE_USERNAME", secretName: "postgres-secret", key: "username", purpose: "database username" },
      { kind: "secret", name: "DATABASE_PASSWORD", secretName: "postgres-secret", key: "password", purpose: "database password" },
      { kind: "secret", name: "DATABASE_NAME", secretName: "postgres-secret", key: "dbname", purpose: "database name" },
      { kind: "secret", name: "REDIS_HOST", secretName: "redis-secret", key: "host", purpose: "redis host" },
      { kind: "secret", name: "REDIS_PORT", secretName: "redis-secret", key: "port", purpose: "redis port" },
      { kind: "secret", name: "REDIS_PASSWORD", secretName: "redis-secret", key: "password", purpose: "redis password" },
      { kind: "secret", name: "AZURE_CREDENTIALS_APIKEY", secretName: "azure-credentials", key: "apiKey", purpose: "model credential apiKey" },
      { kind: "secret", name: "OPENAI_CREDENTIALS_APIKEY", secretName: "openai-credentials", key: "apiKey", purpose: "model credential apiKey" },
      { kind: "extra", name: "LITELLM_LOG", env: { name: "LITELLM_LOG", value: "INFO" } },
      {
        kind: "extra",
        name: "SLACK_WEBHOOK_URL",
        env: { name: "SLACK_WEBHOOK_URL", valueFrom: { secretKeyRef: { name: "alerting", key: "slackWebhookUrl", optional: true } } },
      },
    ],
    secrets: [
      secret("litellm", "alerting", ["slackWebhookUrl"]),
      secret("litellm", "azure-credentials", ["apiKey"]),
      secret("litellm", "litellm-example-master-key", ["masterKey"]),
      secret("litellm", "openai-credentials", ["apiKey"]),
      secret("litellm", "postgres-secret", ["dbname", "host", "password", "username"]),
      secret("litellm", "redis-secret", ["host", "password", "port"]),
    ],
    ingress: {
      host: "llm.example.com",
      className: "nginx",
      annotations: {
        "cert-manager.io/cluster-issuer": "letsencrypt",
        "nginx.ingress.kubernetes.io/proxy-read-timeout": "600",
      },
      tls: { secretName: "llm-example-com-tls" },
    },
    gateway: {
      host: "llm.example.com",
      parentRefs: [{ name: "public", namespace: "gateway-system", sectionName: "https" }],
    },
    resources: {
      requests: { cpu: "500m", memory: "1Gi" },
      limits: { memory: "2Gi" },
    },
    routerSettings: {},
    litellmSettings: {},
    generalSettings: {},
  };
}

/** The least an instance can be: master key only, one replica, no ingress, gateway or resources. */
export function minimalInstance(): InstanceIR {
  const master = masterKey("proxy-master-key");
  return {
    name: "proxy",
    namespace: "default",
    source: at("proxy.yaml"),
    image: "ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1",
    helmImage: "ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1",
    replicas: 1,
    models: [],
    masterKey: master,
    env: [master],
    secrets: [secret("default", "proxy-master-key", ["masterKey"])],
    guardrails: [],
    mcpServers: [],
    callbacks: [],
    routerSettings: {},
    litellmSettings: {},
    generalSettings: {},
  };
}

/** Recursively freezes a value, so a test can prove an emitter never writes to its input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
