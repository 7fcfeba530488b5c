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
  image: string;
  replicas: number;
  /** Sorted by modelName, then id. */
  models: ModelIR[];
  /** The container's env in its final order: master key, database, Redis, model credentials, then extraEnvVars. */
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

/** One of the instance's extraEnvVars, copied as written (value or valueFrom). */
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
