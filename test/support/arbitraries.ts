// fast-check arbitraries for RANDOM VALID projects: namespaces, LiteLLMInstances (database,
// Redis, ingress, gateway, resources, extraEnvVars, settings with fallbacks, instance-level
// models), Models spread over files, shared Secrets, an optional CompilerConfig.
//
// A project is generated as data first (`GeneratedProject.docs`), then laid out into files by
// a `Layout` (which file each document lands in, in which order, with which YAML style), so
// that one project can be written out in many different ways: the output must not depend on
// the layout.
//
// "Valid" is what docs/diagnostics.md documents as valid, and nothing more clever. Combinations
// the compiler rejects on purpose are avoided by construction:
//   - Secret names are `<instance>-<word>` with a hyphen-free word, so no two instances ever
//     read a Secret of the same name (two instances of one namespace reading one Secret would
//     emit two ExternalSecrets of one name: LG4009);
//   - within an instance, every env variable name (generated LITELLM_MASTER_KEY, DATABASE_*,
//     REDIS_*, credentials named after `<secret>_<key>`, extraEnvVars) is claimed once, with
//     the naming rule of docs/diagnostics.md LG4004 replicated below (`envNameFor`);
//   - fallbacks and aliases name model names of their own instance only (LG4002), and no
//     fallback chain comes back to where it started (LG3025);
//   - costs are plain non-negative decimals (LG3003), durations LiteLLM's (LG3004);
//   - images are pinned (LG3011), providers known (LG3002), names DNS-1123 (LG3005), instance
//     names at most 55 characters and starting with a letter.
import { ROUTING_STRATEGIES } from "../../src/litellm/index.js";
import fc from "fast-check";
import { stringify } from "yaml";

export const OPERATOR_API = "litellm.litellm.ai/v1alpha1";
export const GITOPS_API = "litellm-gitops.dev/v1alpha1";

export type Doc = Record<string, unknown>;

export interface ProjectDoc {
  /** Stable identity: "Model/<ns>/<name>", "LiteLLMInstance/<ns>/<name>", "CompilerConfig", "Namespace/<ns>". */
  id: string;
  doc: Doc;
}

/** What the generator knows about an instance, for the properties to check against. */
export interface InstanceFacts {
  namespace: string;
  name: string;
  /** model_name of every model it serves (Model resources and spec.models entries), with repeats. */
  modelNames: string[];
  /** Names of every env variable the generator expects on the container. */
  envNames: string[];
}

export interface FileStyle {
  crlf: boolean;
  indent: 2 | 4;
  indentSeq: boolean;
  /** Flow collections (`{a: 1, b: [x]}`) instead of block ones. */
  flow: boolean;
  stringType: "PLAIN" | "QUOTE_DOUBLE" | "QUOTE_SINGLE";
  /** A comment line at the top of the file. */
  header: boolean;
  /** A `---` before the first document too. */
  leadingMarker: boolean;
}

export interface LayoutFile {
  /** POSIX path relative to the project folder. */
  path: string;
  /** Indices into GeneratedProject.docs, in file order. */
  docs: number[];
  style: FileStyle;
}

export interface Layout {
  files: LayoutFile[];
}

export interface GeneratedProject {
  docs: ProjectDoc[];
  instances: InstanceFacts[];
  /** Whether the project has a CompilerConfig. */
  hasConfig: boolean;
  layout: Layout;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const WORDS = ["alpha", "beta", "core", "edge", "ml", "llm", "prod", "dev", "eu", "us", "team", "data", "search", "chat", "apps", "gw"];

export const IMAGES = [
  "ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1",
  "ghcr.io/berriai/litellm:main-v1.74.9.rc.1",
  // Not a "-stable" versioned tag: LG3011 flags those today (reported as a bug).
  "ghcr.io/berriai/litellm-non_root:main-v1.74.0",
  "ghcr.io/berriai/litellm@sha256:0d2e6f6f0bb1d7e1b0f3fa8c0c2b0e0e2a1c4c0d6c3b1e9f7a5d3c1b0a9e8d7c6",
];

const MODES = ["chat", "completion", "embedding", "image_generation", "audio_transcription", "rerank", "responses"];

type CredentialParam = "apiKey" | "apiBase" | "apiVersion" | "awsAccessKeyId" | "awsSecretAccessKey" | "vertexCredentials" | "vertexProject";

interface Provider {
  /** The `provider/` prefix of litellmParams.model, or undefined for a bare id with customLLMProvider. */
  prefix?: string;
  custom?: string;
  models: string[];
  /** What the Secret must provide (src/compiler/resolve/credentials.ts; the default is an API key). */
  credentials: CredentialParam[];
  /**
   * What the default mapping (no `keys`) also reads if the Secret has it: apiBase where the
   * operator reads it (openai, anthropic, unknown providers).
   */
  optional?: CredentialParam[];
  /** Params that may be written in litellmParams instead of coming from the Secret. */
  literal?: Partial<Record<CredentialParam, string>>;
  /** Other params typical of the provider. */
  extra?: Record<string, string[]>;
}

export const PROVIDERS: Provider[] = [
  { prefix: "openai", models: ["gpt-4o", "gpt-4o-mini", "text-embedding-3-small", "o3-mini"], credentials: ["apiKey"], optional: ["apiBase"] },
  { prefix: "anthropic", models: ["claude-3-5-sonnet-20240620", "claude-3-haiku-20240307"], credentials: ["apiKey"], optional: ["apiBase"] },
  {
    prefix: "azure",
    models: ["gpt-4o", "gpt-4o-mini", "text-embedding-3-large"],
    credentials: ["apiKey", "apiBase", "apiVersion"],
    literal: { apiBase: "https://example-eu.openai.azure.com", apiVersion: "2024-10-21" },
  },
  {
    prefix: "bedrock",
    models: ["anthropic.claude-3-5-sonnet-20240620-v1:0", "amazon.titan-text-express-v1", "meta.llama3-70b-instruct-v1:0"],
    credentials: ["awsAccessKeyId", "awsSecretAccessKey"],
    extra: { awsRegionName: ["us-east-1", "eu-central-1", "ap-northeast-1"] },
  },
  {
    prefix: "vertex_ai",
    models: ["gemini-1.5-pro", "gemini-1.5-flash"],
    credentials: ["vertexCredentials"],
    extra: { vertexProject: ["my-gcp-project", "ml-prod-123"], vertexLocation: ["europe-west4", "us-central1"] },
  },
  { prefix: "groq", models: ["llama3-8b-8192", "mixtral-8x7b-32768"], credentials: ["apiKey"], optional: ["apiBase"] },
  { prefix: "mistral", models: ["mistral-large-latest", "open-mistral-nemo"], credentials: ["apiKey"], optional: ["apiBase"] },
  { prefix: "gemini", models: ["gemini-1.5-flash", "gemini-2.0-flash"], credentials: ["apiKey"], optional: ["apiBase"] },
  { prefix: "deepseek", models: ["deepseek-chat", "deepseek-reasoner"], credentials: ["apiKey"], optional: ["apiBase"] },
  { prefix: "openrouter", models: ["meta-llama/llama-3-70b-instruct", "anthropic/claude-3.5-sonnet"], credentials: ["apiKey"], optional: ["apiBase"] },
  { custom: "openai", models: ["my-finetune", "internal-chat-v2"], credentials: ["apiKey"], literal: { apiBase: "https://llm.internal.example.com/v1" } },
  { prefix: "ollama", models: ["llama3", "qwen2.5:7b"], credentials: [], literal: { apiBase: "http://ollama.ollama:11434" } },
  { prefix: "hosted_vllm", models: ["mistralai/Mistral-7B-Instruct-v0.3"], credentials: [], literal: { apiBase: "http://vllm.inference:8000/v1" } },
];

/** Model names users give (`modelName`): shared between models on purpose (LiteLLM load-balances them). */
const MODEL_NAMES = ["gpt-4o", "gpt-4o-mini", "claude-sonnet", "fast", "smart", "embeddings", "llama", "gemini-pro", "GPT-4o", "team/chat", "reasoning.v2"];
/** model_group_alias names: never a model name. */
const ALIASES = ["default-chat", "cheapest", "premium"];
/** Second halves of model Secret names `<instance>-<word>`: hyphen-free, and none of pg, redis, admin, extra, tls, master. */
const SECRET_WORDS = ["openai", "anthropic", "azure", "aws", "vertex", "groq", "providers", "shared", "llm", "creds"];
const ACCESS_GROUPS = ["general", "beta-testers", "internal", "team-a"];

/** extraEnvVars the generator may add: a plain value, or from the instance's `<instance>-extra` Secret. */
const EXTRA_ENV: Array<{ name: string; value?: string }> = [
  { name: "LITELLM_LOG", value: "INFO" },
  { name: "LITELLM_MODE", value: "PRODUCTION" },
  { name: "OTEL_SERVICE_NAME", value: "litellm-proxy" },
  { name: "LANGFUSE_PUBLIC_KEY" },
  { name: "LANGFUSE_SECRET_KEY" },
  { name: "SLACK_WEBHOOK_URL" },
];

// ---------------------------------------------------------------------------------------------
// Small arbitraries

/** `arb` or undefined; `present` is the chance (in quarters) of a value: opt(x, 1) is rare, opt(x, 3) common. */
const opt = <T>(arb: fc.Arbitrary<T>, present: 1 | 2 | 3 = 2): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 - present }, { arbitrary: arb, weight: present });
const rarely = (weight = 9) => fc.oneof({ arbitrary: fc.constant(false), weight }, { arbitrary: fc.constant(true), weight: 1 });

/** A readable DNS-1123 label: `core`, `ml-eu`, `edge-prod-7`. */
export const labelArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...WORDS), opt(fc.constantFrom(...WORDS)), opt(fc.integer({ min: 0, max: 99 })))
  .map(([a, b, n]) => [a, b, n].filter((x) => x !== undefined).join("-"));

/** Instance names: readable, or random up to the 55-character limit (starting with a letter). */
export const instanceNameArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: labelArb, weight: 4 },
  { arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{20,53}[a-z0-9]$/), weight: 1 },
);

const namespaceArb = fc.oneof({ arbitrary: labelArb, weight: 9 }, { arbitrary: fc.constant("default"), weight: 1 });

const hostArb = fc.tuple(fc.constantFrom("llm", "ai", "proxy", "gateway"), labelArb, fc.constantFrom("example.com", "corp.example.org")).map((p) => p.join("."));

/** A plain decimal string: "0.000003", "2.5", "15". */
export const decimalStringArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 8 }))
  .map(([digits, scale]) => decimalString(digits, scale));

export function decimalString(digits: number, scale: number): string {
  if (scale === 0) return String(digits);
  const s = String(digits).padStart(scale + 1, "0");
  return `${s.slice(0, -scale)}.${s.slice(-scale)}`;
}

/** A per-million price as a YAML number: 3, 0.15, 2.5, 0.075. */
const priceNumberArb = fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 3 })).map(([d, s]) => Number(decimalString(d, s)));

const costsArb = fc.record({
  kind: fc.constantFrom("none", "perToken", "perMillionString", "perMillionNumber", "perSecond"),
  // Per-million prices of real models: 0, or at least a tenth of a cent (below is LG4032).
  input: decimalStringArb.filter((d) => Number(d) === 0 || Number(d) >= 0.001),
  output: decimalStringArb.filter((d) => Number(d) === 0 || Number(d) >= 0.001),
  inputNumber: priceNumberArb,
  outputNumber: priceNumberArb,
  outputOnly: fc.boolean(),
});

const limitsArb = fc.record({
  tpm: opt(fc.integer({ min: 1, max: 10_000_000 })),
  rpm: opt(fc.integer({ min: 1, max: 100_000 })),
  timeout: opt(fc.integer({ min: 1, max: 600 })),
  streamTimeout: opt(fc.integer({ min: 1, max: 120 })),
  maxRetries: opt(fc.integer({ min: 0, max: 5 })),
});

const modelInfoArb = fc.record({
  mode: fc.constantFrom(...MODES),
  tier: opt(fc.constantFrom("free", "paid")),
  accessGroups: opt(fc.uniqueArray(fc.constantFrom(...ACCESS_GROUPS), { minLength: 1, maxLength: 3 })),
  baseModel: opt(fc.constantFrom("gpt-4o", "azure/gpt-4o", "claude-3-5-sonnet-20240620")),
});

// ---------------------------------------------------------------------------------------------
// Raw choices, turned into documents by build functions (so that references stay valid)

const credentialsRawArb = fc.record({
  secretWord: fc.constantFrom(...SECRET_WORDS),
  /** 0: the default mapping (no keys), else an explicit key style. */
  keyStyle: fc.integer({ min: 0, max: 4 }),
  /** Which of the provider's literal params to write in litellmParams instead of the Secret. */
  literals: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
});

const modelRawArb = fc.record({
  provider: fc.nat(),
  modelId: fc.nat(),
  modelName: opt(fc.constantFrom(...MODEL_NAMES), 3),
  credentials: credentialsRawArb,
  costs: costsArb,
  limits: limitsArb,
  budget: opt(fc.record({ maxBudget: decimalStringArb, duration: fc.constantFrom("30s", "10m", "1h", "7d", "2w", "1mo", "30d") })),
  modelInfo: opt(modelInfoArb),
  paramsModelInfo: opt(fc.record({ mode: fc.constantFrom(...MODES) }), 1),
  passthrough: opt(fc.record({ drop_params: fc.boolean(), extra_headers: opt(fc.record({ "X-Team": fc.constantFrom(...WORDS) })) }), 1),
  explicitInstanceNamespace: fc.boolean(),
  omitNamespace: fc.boolean(),
  labels: opt(fc.record({ team: fc.constantFrom(...WORDS) }), 1),
});

const instanceModelRawArb = fc.record({
  provider: fc.nat(),
  modelId: fc.nat(),
  modelName: opt(fc.constantFrom(...MODEL_NAMES), 3),
  /** secret: requiresAuth with modelCredentials; environ: apiKey os.environ/… from extraEnvVars; none. */
  auth: fc.constantFrom("secret", "environ", "none"),
  credentials: credentialsRawArb,
  costs: costsArb,
  limits: limitsArb,
  passthrough: opt(fc.record({ drop_params: fc.boolean() }), 1),
});

const parentRefArb = fc.record({
  name: fc.constantFrom("public", "internal", "gw-external"),
  namespace: opt(fc.constantFrom("gateway-system", "infra")),
  sectionName: opt(fc.constantFrom("https", "http", "web.secure")),
  port: opt(fc.constantFrom(443, 80, 8443)),
});

const instanceRawArb = fc.record({
  name: instanceNameArb,
  /** Leave metadata.namespace out when it is the default namespace anyway. */
  omitNamespace: fc.boolean(),
  image: opt(fc.constantFrom(...IMAGES)),
  replicas: opt(fc.integer({ min: 1, max: 5 })),
  masterKey: opt(fc.constantFrom("masterKey", "master-key", "key", "LITELLM_MASTER_KEY")),
  database: fc.boolean(),
  redis: fc.boolean(),
  dbKeys: fc.constantFrom("plain", "upper", "prefixed"),
  ingress: opt(
    fc.record({
      enabled: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
      host: hostArb,
      className: opt(fc.constantFrom("nginx", "traefik", "alb")),
      tls: opt(fc.boolean()),
      annotations: opt(fc.record({ "cert-manager.io/cluster-issuer": fc.constantFrom("letsencrypt", "internal-ca") })),
    }),
  ),
  gateway: opt(
    fc.record({
      enabled: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
      host: hostArb,
      parentRefs: fc.uniqueArray(parentRefArb, { minLength: 1, maxLength: 3, selector: (p) => `${p.namespace}/${p.name}/${p.sectionName}/${p.port}` }),
    }),
  ),
  resources: opt(
    fc.record({
      cpu: fc.constantFrom("100m", "500m", "1", "2"),
      memory: fc.constantFrom("256Mi", "1Gi", "2Gi"),
      limit: opt(fc.constantFrom("2Gi", "4Gi", "8Gi")),
    }),
  ),
  extraEnv: fc.uniqueArray(fc.nat({ max: EXTRA_ENV.length - 1 }), { maxLength: 4 }),
  models: fc.array(modelRawArb, { minLength: 0, maxLength: 6 }),
  instanceModels: fc.array(instanceModelRawArb, { maxLength: 3 }),
  router: fc.record({
    present: fc.boolean(),
    strategy: opt(fc.constantFrom(...ROUTING_STRATEGIES)),
    numRetries: opt(fc.integer({ min: 0, max: 5 })),
    timeout: opt(fc.integer({ min: 1, max: 600 })),
    fallbacks: fc.array(fc.tuple(fc.nat(), fc.array(fc.nat(), { minLength: 1, maxLength: 2 })), { maxLength: 2 }),
    defaultFallbacks: fc.array(fc.nat(), { maxLength: 2 }),
    alias: opt(fc.tuple(fc.constantFrom(...ALIASES), fc.nat(), fc.boolean()), 1),
  }),
  litellm: fc.record({
    present: fc.boolean(),
    dropParams: opt(fc.boolean()),
    requestTimeout: opt(fc.integer({ min: 10, max: 600 })),
    contextWindowFallbacks: fc.array(fc.tuple(fc.nat(), fc.array(fc.nat(), { minLength: 1, maxLength: 2 })), { maxLength: 1 }),
  }),
  general: fc.record({
    present: fc.boolean(),
    storeModelInDb: opt(fc.boolean()),
    alerting: fc.boolean(),
    batchWrite: opt(fc.integer({ min: 10, max: 120 })),
  }),
});

const configRawArb = fc.record({
  name: labelArb,
  secretStore: opt(fc.record({ kind: fc.constantFrom("ClusterSecretStore", "SecretStore"), name: fc.constantFrom("vault", "aws-secrets-manager", "gcp-sm") })),
  remoteKeyTemplate: opt(
    fc.constantFrom(
      "litellm/{{namespace}}/{{secretName}}",
      "kv/{{instance}}/{{secretName}}",
      "{{namespace}}-{{secretName}}",
      "secrets/{{namespace}}/{{secretName}}/{{key}}",
      "{{! a comment }}prod/{{secretName}}",
    ),
  ),
  remotePropertyTemplate: opt(fc.constantFrom("{{key}}", "value", "data.{{key}}")),
  refreshInterval: opt(fc.constantFrom("1h", "30m", "15m", "1h30m", "0", "10s", "2.5h")),
  defaultNamespace: fc.boolean(),
  defaultImage: opt(fc.constantFrom(...IMAGES)),
  externalSecrets: opt(fc.constant(true)),
});

// ---------------------------------------------------------------------------------------------
// Building documents

/** docs/diagnostics.md LG4004: the env variable that carries `<secret>` key `<key>` (replicated, not imported). */
export function envNameFor(secretName: string, key: string): string {
  const word = (s: string) =>
    s
      .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
      .replace(/[^A-Za-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .toUpperCase();
  const prefix = word(secretName);
  const suffix = word(key);
  const name = suffix.startsWith(prefix + "_") ? suffix : `${prefix}_${suffix}`;
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** One instance's env variable names: each may carry one thing only. */
class EnvRegistry {
  private readonly owners = new Map<string, string>();
  /** Claims `name` for `owner`; true when free or already this owner's. */
  claim(name: string, owner: string): boolean {
    const current = this.owners.get(name);
    if (current !== undefined && current !== owner) return false;
    this.owners.set(name, owner);
    return true;
  }
  names(): string[] {
    return [...this.owners.keys()];
  }
  clone(): EnvRegistry {
    const copy = new EnvRegistry();
    for (const [name, owner] of this.owners) copy.owners.set(name, owner);
    return copy;
  }
}

const PARAM_UPPER: Record<CredentialParam, string> = {
  apiKey: "API_KEY",
  apiBase: "API_BASE",
  apiVersion: "API_VERSION",
  awsAccessKeyId: "AWS_ACCESS_KEY_ID",
  awsSecretAccessKey: "AWS_SECRET_ACCESS_KEY",
  vertexCredentials: "VERTEX_CREDENTIALS",
  vertexProject: "VERTEX_PROJECT",
};

/** Data key names for a credential in the given style: `apiKey`, `api-key`, `API_KEY`, `OPENAI_API_KEY`, `api_key`. */
function keyCandidates(param: CredentialParam, style: number, provider: Provider): string[] {
  const upper = PARAM_UPPER[param];
  const styles = [
    param,
    upper.toLowerCase().replace(/_/g, "-"),
    upper,
    `${(provider.prefix ?? provider.custom ?? "llm").toUpperCase()}_${upper}`,
    upper.toLowerCase(),
  ];
  const first = styles[style % styles.length]!;
  return [first, ...styles.filter((s) => s !== first), `${param}-2`, `${param}-3`, `${param}-4`];
}

interface Built {
  docs: ProjectDoc[];
  facts: InstanceFacts;
}

interface BuildContext {
  /** The namespace resources without metadata.namespace land in. */
  defaultNamespace: string;
  /** The templates let an ExternalSecret fetch a key that may be missing (dataFrom.extract; else LG4031). */
  optionalFetchable: boolean;
  /** Model names already used per namespace (metadata.name must be unique per namespace and kind). */
  modelNamesTaken: Map<string, Set<string>>;
}

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, "-")
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "")
    .slice(0, 60)
    .replace(/[^a-z0-9]+$/, "");
}

function uniqueModelName(ctx: BuildContext, namespace: string, base: string): string {
  const taken = ctx.modelNamesTaken.get(namespace) ?? new Set<string>();
  ctx.modelNamesTaken.set(namespace, taken);
  const root = slug(base) || "model";
  let name = root;
  for (let i = 2; taken.has(name); i++) name = `${root}-${i}`;
  taken.add(name);
  return name;
}

type CostsRaw = typeof costsArb extends fc.Arbitrary<infer T> ? T : never;
type LimitsRaw = typeof limitsArb extends fc.Arbitrary<infer T> ? T : never;

function applyCosts(params: Doc, costs: CostsRaw): void {
  switch (costs.kind) {
    case "perToken":
      if (!costs.outputOnly) params.inputCostPerToken = costs.input;
      params.outputCostPerToken = costs.output;
      break;
    case "perMillionString":
      if (!costs.outputOnly) params.inputCostPerMillionTokens = costs.input;
      params.outputCostPerMillionTokens = costs.output;
      break;
    case "perMillionNumber":
      params.inputCostPerMillionTokens = costs.inputNumber;
      if (!costs.outputOnly) params.outputCostPerMillionTokens = costs.outputNumber;
      break;
    case "perSecond":
      params.inputCostPerSecond = costs.input;
      if (!costs.outputOnly) params.outputCostPerSecond = costs.output;
      break;
  }
}

function applyLimits(params: Doc, limits: LimitsRaw): void {
  for (const [k, v] of Object.entries(limits)) if (v !== undefined) params[k] = v;
}

function modelInfoDoc(info: NonNullable<(typeof modelRawArb extends fc.Arbitrary<infer T> ? T : never)["modelInfo"]>): Doc {
  const out: Doc = { mode: info.mode };
  if (info.tier) out.tier = info.tier;
  if (info.accessGroups) out.accessGroups = info.accessGroups;
  if (info.baseModel) out.baseModel = info.baseModel;
  return out;
}

type InstanceRaw = typeof instanceRawArb extends fc.Arbitrary<infer T> ? T : never;
type ConfigRaw = typeof configRawArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * Credential keys for one model reading `secretName`: the data keys (param → key), claimed
 * in the registry so that no two different Secret keys share an env variable. Returns
 * undefined for the default mapping (no `keys` written).
 */
function credentialKeys(
  registry: EnvRegistry,
  secretName: string,
  params: readonly CredentialParam[],
  style: number,
  provider: Provider,
  allowDefault: boolean,
  optional: readonly CredentialParam[] = [],
): Partial<Record<CredentialParam, string>> | undefined {
  if (allowDefault && style === 0) {
    // The default mapping: the data key is the param's name, and no `keys` are written; the
    // provider's optional keys are wired too.
    const all = [...params, ...optional];
    const keys = Object.fromEntries(all.map((p) => [p, p])) as Partial<Record<CredentialParam, string>>;
    if (canClaim(registry, secretName, keys, all)) {
      for (const p of all) registry.claim(envNameFor(secretName, p), `${secretName}\0${p}`);
      return undefined;
    }
  }
  const keys: Partial<Record<CredentialParam, string>> = {};
  for (const p of params) {
    const key = keyCandidates(p, style === 0 ? 1 : style, provider).find((k) => canClaim(registry, secretName, { [p]: k }, [p]))!;
    keys[p] = key;
    registry.claim(envNameFor(secretName, key), `${secretName}\0${key}`);
  }
  return keys;
}

function canClaim(registry: EnvRegistry, secretName: string, keys: Partial<Record<CredentialParam, string>>, params: readonly CredentialParam[]): boolean {
  const trial = registry.clone();
  return params.every((p) => trial.claim(envNameFor(secretName, keys[p]!), `${secretName}\0${keys[p]}`));
}

function buildInstance(namespace: string, raw: InstanceRaw, ctx: BuildContext): Built {
  const inst = raw.name;
  const registry = new EnvRegistry();
  const spec: Doc = {};
  if (raw.image) spec.image = raw.image;
  if (raw.replicas !== undefined) spec.replicas = raw.replicas;

  // Master key, database, Redis: generated env names, claimed first.
  if (raw.masterKey) spec.masterKeySecretRef = { secretName: `${inst}-admin`, key: raw.masterKey };
  registry.claim("LITELLM_MASTER_KEY", "master");
  if (raw.database) {
    const keys =
      raw.dbKeys === "plain"
        ? { hostSecret: "host", usernameSecret: "username", passwordSecret: "password", dbnameSecret: "dbname" }
        : raw.dbKeys === "upper"
          ? { hostSecret: "HOST", usernameSecret: "USER", passwordSecret: "PASSWORD", dbnameSecret: "DATABASE" }
          : { hostSecret: "pg-host", usernameSecret: "pg-user", passwordSecret: "pg-password", dbnameSecret: "pg-db" };
    spec.databaseSecretRef = { nameRef: `${inst}-pg`, keys };
    for (const n of ["DATABASE_HOST", "DATABASE_USERNAME", "DATABASE_PASSWORD", "DATABASE_NAME"]) registry.claim(n, "database");
    // With a database, a salt key (else LG4034): LiteLLM encrypts stored credentials with it.
    spec.saltKeySecretRef = { secretName: `${inst}-salt`, key: "saltKey" };
    registry.claim("LITELLM_SALT_KEY", "salt");
  }
  if (raw.redis) {
    spec.redisSecretRef = { nameRef: `${inst}-redis`, keys: { hostSecret: "host", portSecret: "port", passwordSecret: "password" } };
    for (const n of ["REDIS_HOST", "REDIS_PORT", "REDIS_PASSWORD"]) registry.claim(n, "redis");
  }

  const docs: ProjectDoc[] = [];
  const modelNames: string[] = [];
  const extraEnv: Doc[] = [];
  const addExtraEnv = (name: string, value?: string): void => {
    if (!registry.claim(name, `extra\0${name}`)) throw new Error(`generator bug: env ${name} claimed twice`);
    extraEnv.push(
      value !== undefined
        ? { name, value }
        : { name, valueFrom: { secretKeyRef: { name: `${inst}-extra`, key: name.toLowerCase().replace(/_/g, "-") } } },
    );
  };
  for (const i of raw.extraEnv) {
    const e = EXTRA_ENV[i]!;
    addExtraEnv(e.name, e.value);
  }

  // Model resources.
  for (const m of raw.models) {
    const provider = pick(PROVIDERS, m.provider);
    const modelId = pick(provider.models, m.modelId);
    const params: Doc = { model: provider.prefix ? `${provider.prefix}/${modelId}` : modelId };
    if (provider.custom) params.customLLMProvider = provider.custom;
    const literalParams = Object.keys(provider.literal ?? {}) as CredentialParam[];
    literalParams.forEach((p, i) => {
      // Local and custom providers always name their endpoint; others sometimes write it out.
      if (!provider.credentials.includes(p) || m.credentials.literals[i]) params[p] = provider.literal![p];
    });
    for (const [k, values] of Object.entries(provider.extra ?? {})) params[k] = pick(values, m.modelId + k.length);
    applyCosts(params, m.costs);
    applyLimits(params, m.limits);
    if (m.budget) {
      params.maxBudget = m.budget.maxBudget;
      params.budgetDuration = m.budget.duration;
    }
    if (m.paramsModelInfo) params.modelInfo = m.paramsModelInfo;
    if (m.passthrough) {
      const extra: Doc = { drop_params: m.passthrough.drop_params };
      if (m.passthrough.extra_headers) extra.extra_headers = m.passthrough.extra_headers;
      params.additionalProp1 = extra;
    }

    const modelName = m.modelName ?? undefined;
    const name = uniqueModelName(ctx, namespace, modelName ?? `${provider.prefix ?? provider.custom}-${modelId}`);
    modelNames.push(modelName ?? name);

    const needed = provider.credentials.filter((p) => params[p] === undefined);
    let modelSecretRef: Doc = {};
    if (provider.credentials.length > 0) {
      const secretName = `${inst}-${m.credentials.secretWord}`;
      const optional = (provider.optional ?? []).filter((p) => params[p] === undefined);
      // Without a fetchable template an optional key would draw LG4031: write the keys instead.
      const keys = credentialKeys(registry, secretName, needed, m.credentials.keyStyle, provider, optional.length === 0 || ctx.optionalFetchable, optional);
      modelSecretRef = keys ? { secretName, keys } : { secretName };
    }

    const metadata: Doc = { name };
    if (!(m.omitNamespace && namespace === ctx.defaultNamespace)) metadata.namespace = namespace;
    if (m.labels) metadata.labels = m.labels;
    const modelSpec: Doc = {};
    if (modelName !== undefined) modelSpec.modelName = modelName;
    modelSpec.connectionRef = { instanceRef: m.explicitInstanceNamespace ? { name: inst, namespace } : { name: inst } };
    modelSpec.modelSecretRef = modelSecretRef;
    modelSpec.litellmParams = params;
    if (m.modelInfo) modelSpec.modelInfo = modelInfoDoc(m.modelInfo);
    docs.push({ id: `Model/${namespace}/${name}`, doc: { apiVersion: OPERATOR_API, kind: "Model", metadata, spec: modelSpec } });
  }

  // Instance-level models.
  const entries: Doc[] = [];
  raw.instanceModels.forEach((m, index) => {
    const provider = pick(PROVIDERS, m.provider);
    const modelId = pick(provider.models, m.modelId);
    const params: Doc = { model: provider.prefix ? `${provider.prefix}/${modelId}` : modelId };
    if (provider.custom) params.customLLMProvider = provider.custom;
    for (const [k, values] of Object.entries(provider.extra ?? {})) params[k] = pick(values, m.modelId + k.length);
    applyCosts(params, m.costs);
    applyLimits(params, m.limits);
    const identifier = `${slug(modelId).slice(0, 40) || "model"}-${index}`;
    const entry: Doc = { identifier };
    if (m.modelName !== undefined) entry.modelName = m.modelName;
    modelNames.push(m.modelName ?? identifier);

    // modelCredentials.keys has no apiVersion: Azure's is always written out.
    const literalParams = Object.keys(provider.literal ?? {}) as CredentialParam[];
    literalParams.forEach((p, i) => {
      if (!provider.credentials.includes(p) || p === "apiVersion" || m.credentials.literals[i]) params[p] = provider.literal![p];
    });
    const needed = provider.credentials.filter((p) => params[p] === undefined);
    // An azure model with neither key nor endpoint fails every request (LG4036): it always gets its Secret.
    const auth =
      needed.length === 0 ? "none" : (m.auth === "environ" && !needed.every((p) => p === "apiKey")) || (m.auth === "none" && provider.prefix === "azure") ? "secret" : m.auth;
    if (auth === "secret") {
      const secretName = `${inst}-${m.credentials.secretWord}`;
      const keys = credentialKeys(registry, secretName, needed, m.credentials.keyStyle || 1, provider, false)!;
      entry.requiresAuth = true;
      entry.modelCredentials = { nameRef: secretName, keys };
    } else if (auth === "environ") {
      // Models of one provider share its variable (OPENAI_API_KEY), set once.
      const base = `${(provider.prefix ?? provider.custom ?? "llm").toUpperCase()}_API_KEY`;
      let env = base;
      for (let i = 2; !registry.claim(env, `extra\0${env}`); i++) env = `${base}_${i}`;
      if (!extraEnv.some((e) => e.name === env)) {
        extraEnv.push({ name: env, valueFrom: { secretKeyRef: { name: `${inst}-extra`, key: env.toLowerCase().replace(/_/g, "-") } } });
      }
      params.apiKey = `os.environ/${env}`;
      entry.requiresAuth = false;
    } else {
      entry.requiresAuth = false;
    }
    if (m.passthrough) entry.additionalProperties = { drop_params: m.passthrough.drop_params };
    entry.liteLLMParams = params;
    entries.push(entry);
  });
  if (entries.length > 0) spec.models = entries;

  // Settings: every model name they mention is one the instance serves.
  const names = [...new Set(modelNames)].sort();
  const fallbackList = (raw2: Array<[number, number[]]>): Doc[] =>
    names.length < 2
      ? []
      : raw2.map(([src, dsts]) => {
          // A model falls back only to models after it in `names`: chains end, no cycle (LG3025).
          const fromIndex = src % (names.length - 1);
          const later = names.slice(fromIndex + 1);
          return { [names[fromIndex]!]: [...new Set(dsts.map((d) => pick(later, d)))] };
        });
  const router: Doc = {};
  if (raw.router.strategy) router.routing_strategy = raw.router.strategy;
  if (raw.router.numRetries !== undefined) router.num_retries = raw.router.numRetries;
  if (raw.router.timeout !== undefined) router.timeout = raw.router.timeout;
  const fallbacks = fallbackList(raw.router.fallbacks);
  if (fallbacks.length > 0) router.fallbacks = fallbacks;
  if (names.length > 0 && raw.router.defaultFallbacks.length > 0) router.default_fallbacks = [...new Set(raw.router.defaultFallbacks.map((i) => pick(names, i)))];
  if (names.length > 0 && raw.router.alias) {
    const [alias, target, hidden] = raw.router.alias;
    router.model_group_alias = { [alias]: hidden ? { model: pick(names, target), hidden: true } : pick(names, target) };
  }
  if (raw.router.present || Object.keys(router).length > 0) spec.routerSettings = router;

  const litellm: Doc = {};
  if (raw.litellm.dropParams !== undefined) litellm.drop_params = raw.litellm.dropParams;
  if (raw.litellm.requestTimeout !== undefined) litellm.request_timeout = raw.litellm.requestTimeout;
  const cwf = fallbackList(raw.litellm.contextWindowFallbacks);
  if (cwf.length > 0) litellm.context_window_fallbacks = cwf;
  if (extraEnv.some((e) => e.name === "LANGFUSE_PUBLIC_KEY") && extraEnv.some((e) => e.name === "LANGFUSE_SECRET_KEY")) {
    litellm.success_callback = ["langfuse"];
    litellm.langfuse_public_key = "os.environ/LANGFUSE_PUBLIC_KEY";
    litellm.langfuse_secret_key = "os.environ/LANGFUSE_SECRET_KEY";
  }
  if (raw.litellm.present || Object.keys(litellm).length > 0) spec.litellmSettings = litellm;

  const general: Doc = {};
  if (raw.general.storeModelInDb !== undefined) general.store_model_in_db = raw.general.storeModelInDb;
  if (raw.general.batchWrite !== undefined) general.proxy_batch_write_at = raw.general.batchWrite;
  if (raw.general.alerting && extraEnv.some((e) => e.name === "SLACK_WEBHOOK_URL")) {
    general.alerting = ["slack"];
    general.slack_webhook_url = "os.environ/SLACK_WEBHOOK_URL";
  }
  if (raw.general.present || Object.keys(general).length > 0) spec.generalSettings = general;

  if (raw.ingress) {
    const ingress: Doc = { enabled: raw.ingress.enabled, host: raw.ingress.host };
    if (raw.ingress.className) ingress.className = raw.ingress.className;
    if (raw.ingress.annotations) ingress.annotations = raw.ingress.annotations;
    if (raw.ingress.tls !== undefined) ingress.tls = raw.ingress.tls ? { secretName: `${inst}-tls` } : {};
    spec.ingress = ingress;
  }
  if (raw.gateway) {
    const parentRefs = raw.gateway.parentRefs.map((p) => {
      const ref: Doc = { name: p.name };
      if (p.namespace) ref.namespace = p.namespace;
      if (p.sectionName) ref.sectionName = p.sectionName;
      if (p.port) ref.port = p.port;
      return ref;
    });
    spec.gateway = { enabled: raw.gateway.enabled, host: raw.gateway.host, parentRefs };
  }
  if (raw.resources) {
    const resources: Doc = { requests: { cpu: raw.resources.cpu, memory: raw.resources.memory } };
    if (raw.resources.limit) resources.limits = { memory: raw.resources.limit };
    spec.resources = resources;
  }
  if (extraEnv.length > 0) spec.extraEnvVars = extraEnv;

  const metadata: Doc = { name: inst };
  if (!(raw.omitNamespace && namespace === ctx.defaultNamespace)) metadata.namespace = namespace;
  docs.unshift({ id: `LiteLLMInstance/${namespace}/${inst}`, doc: { apiVersion: OPERATOR_API, kind: "LiteLLMInstance", metadata, spec } });
  return { docs, facts: { namespace, name: inst, modelNames, envNames: registry.names() } };
}

function buildConfig(raw: ConfigRaw, defaultNamespace: string | undefined): Doc {
  const spec: Doc = {};
  if (raw.secretStore) spec.secretStore = raw.secretStore;
  if (raw.remoteKeyTemplate) spec.remoteKeyTemplate = raw.remoteKeyTemplate;
  // Templates must tell every Secret key apart (LG4007): "value" only when the key template has {{key}}.
  const keyTemplate = raw.remoteKeyTemplate ?? "{{secretName}}";
  if (raw.remotePropertyTemplate && (raw.remotePropertyTemplate.includes("{{key}}") || keyTemplate.includes("{{key}}"))) {
    spec.remotePropertyTemplate = raw.remotePropertyTemplate;
  }
  if (raw.refreshInterval) spec.refreshInterval = raw.refreshInterval;
  if (raw.externalSecrets !== undefined) spec.externalSecrets = raw.externalSecrets;
  const defaults: Doc = {};
  if (defaultNamespace) defaults.namespace = defaultNamespace;
  if (raw.defaultImage) defaults.image = raw.defaultImage;
  if (Object.keys(defaults).length > 0) spec.defaults = defaults;
  return { apiVersion: GITOPS_API, kind: "CompilerConfig", metadata: { name: raw.name }, spec };
}

// ---------------------------------------------------------------------------------------------
// Layout

const styleArb: fc.Arbitrary<FileStyle> = fc.record({
  crlf: rarely(9),
  indent: fc.constantFrom(2 as const, 4 as const),
  indentSeq: fc.boolean(),
  flow: rarely(5),
  stringType: fc.constantFrom("PLAIN" as const, "PLAIN" as const, "QUOTE_DOUBLE" as const, "QUOTE_SINGLE" as const),
  header: fc.boolean(),
  leadingMarker: fc.boolean(),
});

const FOLDERS = ["", "models/", "instances/", "teams/a/", "teams/b/", "platform/", "llm/models/eu/", "x/"];
const FILE_WORDS = ["models", "instance", "openai", "proxy", "team", "all", "config", "resources", "m"];

/** Places `n` documents into 1..n files with random paths, order and styles. */
export function layoutArb(n: number): fc.Arbitrary<Layout> {
  return fc
    .record({
      order: fc.array(fc.integer(), { minLength: n, maxLength: n }),
      fileCount: fc.integer({ min: 1, max: Math.max(1, n) }),
      assign: fc.array(fc.nat(), { minLength: n, maxLength: n }),
      paths: fc.array(fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...FILE_WORDS), fc.constantFrom("yaml", "yml")), {
        minLength: Math.max(1, n),
        maxLength: Math.max(1, n),
      }),
      styles: fc.array(styleArb, { minLength: Math.max(1, n), maxLength: Math.max(1, n) }),
    })
    .map(({ order, fileCount, assign, paths, styles }) => {
      const files: LayoutFile[] = Array.from({ length: fileCount }, (_, f) => {
        const [folder, word, ext] = paths[f]!;
        return { path: `${folder}${word}-${f}.${ext}`, docs: [], style: styles[f]! };
      });
      const permutation = [...Array(n).keys()].sort((a, b) => order[a]! - order[b]! || a - b);
      for (const i of permutation) files[assign[i]! % fileCount]!.docs.push(i);
      return { files: files.filter((f) => f.docs.length > 0) };
    });
}

/** YAML text of one document in a style; parses back to exactly `doc`. */
export function serialiseDoc(doc: Doc, style: FileStyle): string {
  return stringify(doc, {
    indent: style.indent,
    indentSeq: style.indentSeq,
    collectionStyle: style.flow ? "flow" : "block",
    defaultStringType: style.stringType,
    defaultKeyType: "PLAIN",
    lineWidth: 0,
  });
}

/** The project's files, relative path → text, as `layout` places them. */
export function renderFiles(project: Pick<GeneratedProject, "docs">, layout: Layout): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of layout.files) {
    const parts = file.docs.map((i) => serialiseDoc(project.docs[i]!.doc, file.style));
    let text = (file.style.header ? "# generated by test/support/arbitraries.ts\n" : "") + (file.style.leadingMarker ? "---\n" : "") + parts.join("---\n");
    if (file.style.crlf) text = text.replace(/\n/g, "\r\n");
    out[file.path] = text;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The project

type Namespaced = { namespace: string; instances: InstanceRaw[] };

const namespacesArb: fc.Arbitrary<Namespaced[]> = fc
  .uniqueArray(namespaceArb, { minLength: 1, maxLength: 4 })
  .chain((namespaces) =>
    fc.tuple(...namespaces.map((namespace) => fc.uniqueArray(instanceRawArb, { minLength: 1, maxLength: 3, selector: (i) => i.name }).map((instances) => ({ namespace, instances })))),
  );

/** A random valid project, without its layout. */
export const projectDocsArb: fc.Arbitrary<Omit<GeneratedProject, "layout">> = fc
  .record({
    namespaces: namespacesArb,
    config: opt(configRawArb),
    namespaceDocs: fc.boolean(),
  })
  .map(({ namespaces, config, namespaceDocs }) => {
    const configDefault = config?.defaultNamespace ? namespaces[0]!.namespace : undefined;
    const optionalFetchable = !(config?.remoteKeyTemplate ?? "").includes("{{key}}") && (config?.remotePropertyTemplate ?? "{{key}}") === "{{key}}";
    const ctx: BuildContext = { defaultNamespace: configDefault ?? "default", optionalFetchable, modelNamesTaken: new Map() };
    const docs: ProjectDoc[] = [];
    const instances: InstanceFacts[] = [];
    if (config) docs.push({ id: "CompilerConfig", doc: buildConfig(config, configDefault) });
    for (const { namespace, instances: raws } of namespaces) {
      // Not ours, ignored: a Namespace per namespace, as projects often carry them.
      if (namespaceDocs) docs.push({ id: `Namespace/${namespace}`, doc: { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace } } });
      for (const raw of raws) {
        const built = buildInstance(namespace, raw, ctx);
        docs.push(...built.docs);
        instances.push(built.facts);
      }
    }
    return { docs, instances, hasConfig: config !== undefined };
  });

/** A random valid project, laid out into files. */
export const projectArb: fc.Arbitrary<GeneratedProject> = projectDocsArb.chain((p) => layoutArb(p.docs.length).map((layout) => ({ ...p, layout })));

/** A project and a second, different layout of the same documents. */
export const projectAndRelayoutArb: fc.Arbitrary<{ project: GeneratedProject; relayout: Layout }> = projectArb.chain((project) =>
  layoutArb(project.docs.length).map((relayout) => ({ project, relayout })),
);
