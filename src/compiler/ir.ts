/**
 * The IR: the one contract emitters read. Everything here is resolved and checked: names,
 * references, defaults, env and secret wiring. Emitters never look at input documents.
 * Every list is in a deterministic order, independent of the order files were found in.
 */
import type { AccessKey, AccessMembership, AccessTeam, AccessUser } from "../sync/access-state.js";
import type { Location } from "./diagnostics.js";
import type { SecretParam } from "../litellm/index.js";

export interface IR {
  settings: CompilerSettings;
  /** Sorted by namespace, then name. */
  instances: InstanceIR[];
  /** Secrets read by several instances of one namespace, each emitted once. Sorted by namespace, then name. */
  sharedSecrets: SharedSecretIR[];
  /** Models with only `connectionRef.secretRef`: their proxy is deployed elsewhere. Sorted by namespace/name. */
  detachedModels: DetachedModel[];
  /** Proxies this project does not deploy that access resources connect to through a Secret (connectionRef.secretRef). Sorted by namespace/name. */
  externalProxies: ExternalProxyIR[];
}

/**
 * A LiteLLM proxy deployed elsewhere, reached through a connection Secret (its URL and master
 * key, as the operator reads them): only its access state and the sync Job are emitted, in
 * DIR/<namespace>/<secret>/.
 */
export interface ExternalProxyIR {
  /** The connection Secret's name: the objects are named after it. */
  name: string;
  namespace: string;
  source: Location;
  /** The connection Secret and the keySecretRef Secrets, with their remote references. */
  secrets: SecretIR[];
  access: AccessIR;
}

/** The CompilerConfig with every default applied. */
export interface CompilerSettings {
  secretStore: { kind: "ClusterSecretStore" | "SecretStore"; name: string };
  /** Handlebars source, over `namespace`, `secretName`, `key`, `instance`. */
  remoteKeyTemplate: string;
  remotePropertyTemplate: string;
  refreshInterval: string;
  /** Secret names (`name` or `namespace/name`) made in the cluster: no ExternalSecret for them. */
  clusterSecrets: string[];
  /** false: Secrets are managed elsewhere (SOPS, Sealed Secrets); only the env wiring is emitted. */
  externalSecrets: boolean;
  targets: Array<"manifests" | "helm">;
  defaultNamespace: string;
  defaultImage: string;
  helm: {
    chartRepository: string;
    chartVersion: string;
    /** `namespace`: where the Application object lives (Argo CD's own namespace), not where the chart goes. */
    argocd: { enabled: boolean; namespace: string; project: string; destinationServer: string; automated: boolean };
    flux: { enabled: boolean; interval: string };
  };
  access: AccessSettings;
  flux?: {
    gitRepository: { url: string; ref: Record<string, string> };
    path: string;
    interval: string;
    prune: boolean;
  };
}

export interface InstanceIR {
  name: string;
  namespace: string;
  source: Location;
  /** The proxy image of the manifests target: spec.image, else defaults.image, else the operator CRD's default. */
  image: string;
  /**
   * The proxy image of the helm target: spec.image, else defaults.image, else the chart's own
   * default for the pinned chart version (its appVersion: src/litellm/helm-chart.ts).
   */
  helmImage: string;
  replicas: number;
  /** Sorted by modelName, then id. */
  models: ModelIR[];
  /** `guardrails:` entries, from Guardrail resources; sorted by name (unique per instance). */
  guardrails: GuardrailIR[];
  /** `mcp_servers:` entries, from MCPServer resources; sorted by name (unique per instance). */
  mcpServers: MCPServerIR[];
  /** Logging integrations, from Callback resources; sorted by name (unique per instance). */
  callbacks: CallbackIR[];
  /**
   * The container's env in its final order: master key, database, Redis, model credentials,
   * guardrail/MCP/callback credentials, callbacks' plain values, then extraEnvVars.
   */
  env: EnvEntry[];
  /** The master key's entry of `env`: always there, from a Secret (the chart would mint a random key without it). */
  masterKey: SecretEnv;
  /** Every Secret the env reads, sorted by name; keys sorted and unique. */
  secrets: SecretIR[];
  ingress?: {
    host: string;
    className?: string;
    annotations?: Record<string, string>;
    /** No secretName: the host is served with the ingress controller's default certificate (Traefik's, for example). */
    tls?: { secretName?: string };
  };
  /** spec.monitoring.serviceMonitor, when enabled: a ServiceMonitor (or the chart's) scraping /metrics/ with the master key. */
  serviceMonitor?: { interval?: string; labels?: Record<string, string> };
  gateway?: {
    host: string;
    parentRefs: Array<Record<string, string | number>>;
  };
  /** Kubernetes ResourceRequirements, as written. */
  resources?: Record<string, unknown>;
  /** config.yaml's sections other than model_list, merged and checked; keys in emission order. */
  routerSettings: Record<string, unknown>;
  litellmSettings: Record<string, unknown>;
  generalSettings: Record<string, unknown>;
  /** Teams, users, memberships and keys connected to this proxy (docs/access.md); absent when none are. */
  access?: AccessIR;
}

/**
 * The desired access state of one proxy and what the sync Job needs to apply it. The lists
 * are access.json's (src/sync/access-state.ts, sorted as it documents); the access emitter
 * adds the proxy's address. The rest is the Job's wiring, never a secret value.
 */
export interface AccessIR {
  /** `<namespace>/<instance>`: written to every object the sync creates (AccessProxy.owner). */
  owner: string;
  teams: AccessTeam[];
  users: AccessUser[];
  memberships: AccessMembership[];
  keys: AccessKey[];
  /** Where the Job reads the master key (`LITELLM_MASTER_KEY`): the instance's master key Secret, or the connection Secret. */
  masterKey: { secretName: string; key: string };
  /** Where the Job reads the proxy's URL (`LITELLM_URL`) for a proxy elsewhere; an instance's is its Service. */
  url?: { secretName: string; key: string };
  /** One env variable per VirtualKey keySecretRef, sorted by env name: the Job sets each with a secretKeyRef. */
  keySecrets: Array<{ env: string; secretName: string; key: string }>;
  /** The Secrets the sync writes generated keys to (`<instance>-key-<keyAlias>`), sorted: the Role allows exactly these. */
  generatedSecrets: string[];
}

/** CompilerConfig `spec.access`: how the sync Job runs, every default applied. */
export interface AccessSettings {
  image: string;
  /** A CronJob schedule that re-runs the sync to repair drift; none when absent. */
  resyncSchedule?: string;
  resources: Record<string, unknown>;
  backoffLimit: number;
  activeDeadlineSeconds: number;
}

export interface ModelIR {
  /** model_info.id: explicit, or a UUIDv5 of where the model is declared, so it survives parameter changes. */
  id: string;
  modelName: string;
  /** "Model litellm/gpt-5" or "LiteLLMInstance litellm/proxy spec.models[gpt-west]" — for list, diff and messages. */
  origin: string;
  /** The provider LiteLLM will route to, when it can be told. */
  provider?: string;
  /**
   * The operator's litellmParams (camelCase), normalised: costs as numbers (per-million
   * fields already converted to per-token), credentials removed (see `credentials`).
   */
  params: Record<string, unknown>;
  /** Keys from `additionalProp1` / `additionalProperties`: passed into litellm_params as written. */
  passthrough: Record<string, unknown>;
  /** Where each credential param comes from: the env variable set from a Secret. */
  credentials: Array<{ param: CredentialParam; env: string }>;
  /** model_info in LiteLLM's snake_case, without `id`. */
  modelInfo: Record<string, unknown>;
  /** Served because the instance's modelSelector matches the Model's labels (not by its instanceRef). */
  selected?: boolean;
}

/** A Secret key that reaches config.yaml as `os.environ/<env>` under a field of LiteLLM's (verbatim). */
export interface EnvReference {
  field: string;
  env: string;
}

/** One entry of config.yaml's `guardrails:` (LiteLLM's `Guardrail`, litellm/types/guardrails.py). */
export interface GuardrailIR {
  /** `guardrail_name`: spec.guardrailName or metadata.name. */
  name: string;
  /** "Guardrail ai-prod/pii-mask": for list, diff and messages. */
  origin: string;
  source: Location;
  /** `litellm_params.guardrail`: the integration. */
  guardrail: string;
  /** `litellm_params.mode`, as written (a hook name, a list, or `{tags, default}`). */
  mode: unknown;
  /** `litellm_params.default_on`, when written. */
  defaultOn?: boolean;
  /** Other `litellm_params`, verbatim (LiteLLM's own spelling). */
  params: Record<string, unknown>;
  /** `litellm_params` fields set from a Secret. */
  credentials: EnvReference[];
  /** `guardrail_info`, when written. */
  info?: Record<string, unknown>;
}

/** One entry of config.yaml's `mcp_servers:` map (read by MCPServerManager.load_servers_from_config). */
export interface MCPServerIR {
  /** The map key: spec.serverName or metadata.name; passes validate_mcp_server_name. */
  name: string;
  origin: string;
  source: Location;
  url?: string;
  transport?: "http" | "sse" | "stdio";
  command?: string;
  args?: string[];
  /** `auth_type`. */
  authType?: string;
  /** Other fields of the entry, verbatim. */
  params: Record<string, unknown>;
  /** Fields set from a Secret (`authentication_token`, `client_secret`, …). */
  credentials: EnvReference[];
}

/** A logging integration: where config.yaml lists it, and its `callback_settings`. Its env is in InstanceIR.env. */
export interface CallbackIR {
  /** LiteLLM's callback name (`langfuse`). */
  name: string;
  origin: string;
  source: Location;
  /** Resolved (the integration's documented default when not written): success → success_callback, failure → failure_callback, all → callbacks. */
  events: Array<"success" | "failure" | "all">;
  /** `callback_settings.<name>`, when written. */
  settings?: Record<string, unknown>;
}

/** The params a model can take from a Secret (src/litellm/params.ts, `fromSecret`). */
export type CredentialParam = SecretParam;

export type EnvEntry = SecretEnv | PassthroughEnv;

/** An env variable set from a Secret key: every credential arrives this way. */
export interface SecretEnv {
  kind: "secret";
  name: string;
  secretName: string;
  key: string;
  /** What it is for, for the secrets checklist: "master key", "database host", "model gpt-4o api_key". */
  purpose: string;
  /** `secretKeyRef.optional: true`: the pod starts without the key, and LiteLLM reads the variable as unset. */
  optional?: boolean;
}

/** An env variable copied as written (value or valueFrom): one of the instance's extraEnvVars, or a Callback's plain `env` value. */
export interface PassthroughEnv {
  kind: "extra";
  name: string;
  /** The Kubernetes EnvVar object. */
  env: Record<string, unknown>;
}

export interface SecretIR {
  /** The Kubernetes Secret's name, in the instance's namespace. */
  name: string;
  /** Data keys anything reads, sorted, unique, each with where External Secrets reads it. */
  keys: SecretKeyIR[];
  /** Made in the cluster (CompilerConfig.spec.clusterSecrets or a producer among the inputs): no ExternalSecret. */
  madeBy?: string;
  /** Also read by another instance of the namespace: its one ExternalSecret is IR.sharedSecrets', not the instance's. */
  shared?: boolean;
}

/**
 * A Secret that two or more instances of one namespace read (a Model both select, a shared
 * database): one ExternalSecret for the namespace, with every key any reader needs, in
 * DIR/<namespace>/_shared/ (kustomize and Argo CD refuse one object emitted twice).
 */
export interface SharedSecretIR {
  name: string;
  namespace: string;
  /** The union of the keys its readers read, sorted, with their remote references. */
  keys: SecretKeyIR[];
  /** The instances that read it, by name, sorted. */
  readers: string[];
}

export interface SecretKeyIR {
  /** The Secret's data key. */
  key: string;
  /** The ExternalSecret `remoteRef` for it: the CompilerConfig's templates, rendered by the resolver. */
  remoteRef: RemoteRef;
  /** Read only if present (the default mapping's apiBase): fetched by `dataFrom.extract` of `remoteRef.key`, not as a data entry. */
  optional?: true;
}

export interface RemoteRef {
  key: string;
  property: string;
}

export interface DetachedModel {
  name: string;
  namespace: string;
  modelName: string;
  model: string;
  source: Location;
}
