// Synthetic project generator for `npm run bench` (and anything else that needs a large,
// realistic, valid project). Deterministic: the same options always give the same bytes.
//
//   import { generateProject } from "./bench-project.mjs";
//   const info = generateProject("/tmp/p", { models: 1000, instances: 5, seed: 1 });
//
// Layout written under DIR:
//   compiler-config.yaml                      one CompilerConfig
//   instances/<namespace>-<name>.yaml         one LiteLLMInstance per file
//   models/<namespace>/<instance>/<name>.yaml ONE Model per file
//
// Plain Node ESM, no dependencies: the YAML is written as text, the way people write it
// (block style, a few flow mappings, quoted cost strings, comments).

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const IMAGE = "ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1";

/** mulberry32: small, fast, good enough for picking field mixes. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

/** Provider mix (weights sum to 100) and what a model of each looks like. */
const PROVIDERS = [
  {
    name: "openai",
    weight: 30,
    models: ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "gpt-4.1-mini", "o3-mini", "text-embedding-3-small", "text-embedding-3-large"],
    secret: { shared: "openai", keys: { apiKey: "OPENAI_API_KEY" } },
  },
  {
    name: "anthropic",
    weight: 20,
    models: ["claude-3-5-sonnet-20240620", "claude-3-5-haiku-20241022", "claude-3-7-sonnet-20250219", "claude-sonnet-4-20250514"],
    secret: { shared: "anthropic", keys: { apiKey: "ANTHROPIC_API_KEY" } },
  },
  {
    name: "azure",
    weight: 15,
    models: ["gpt-4o", "gpt-4o-mini", "gpt-35-turbo", "text-embedding-ada-002"],
    secret: { shared: "azure-openai", keys: { apiKey: "AZURE_API_KEY" } },
  },
  {
    name: "bedrock",
    weight: 15,
    models: [
      "anthropic.claude-3-5-sonnet-20240620-v1:0",
      "anthropic.claude-3-haiku-20240307-v1:0",
      "amazon.titan-text-express-v1",
      "meta.llama3-1-70b-instruct-v1:0",
      "amazon.titan-embed-text-v2:0",
    ],
    // The operator's default keys (awsAccessKeyId, awsSecretAccessKey).
    secret: { shared: "aws-bedrock" },
  },
  {
    name: "vertex_ai",
    weight: 12,
    models: ["gemini-1.5-pro", "gemini-1.5-flash", "gemini-2.0-flash", "text-embedding-004"],
    secret: { shared: "vertex", keys: { vertexCredentials: "service-account.json" } },
  },
  {
    name: "ollama",
    weight: 8,
    models: ["llama3", "llama3.1:8b", "mistral", "qwen2.5:14b", "nomic-embed-text"],
    secret: null, // local: `modelSecretRef: {}`
  },
];

const REGIONS = ["us-east-1", "us-west-2", "eu-central-1", "eu-west-1", "ap-northeast-1"];
const VERTEX_LOCATIONS = ["us-central1", "europe-west4", "asia-northeast1"];
const AZURE_VERSIONS = ["2024-08-01-preview", "2024-10-21", "2025-01-01-preview"];
const TIERS = ["free", "paid"];
const GROUPS = ["general", "engineering", "research", "support", "batch", "internal"];

function pickProvider(r) {
  let x = r.int(100);
  for (const p of PROVIDERS) {
    if (x < p.weight) return p;
    x -= p.weight;
  }
  return PROVIDERS[0];
}

function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/** A price with up to 3 decimals, as LiteLLM's tables write them. */
function price(r, max) {
  return Math.round((0.01 + r.next() * max) * 1000) / 1000;
}

function yamlKeys(keys, indent) {
  return Object.entries(keys)
    .map(([k, v]) => `${indent}${k}: ${v}`)
    .join("\n");
}

function modelYaml(r, { namespace, instance, index }) {
  const provider = pickProvider(r);
  const name = `${provider.name.replace("_", "-")}-m${String(index).padStart(5, "0")}`;
  const base = r.pick(provider.models);
  const embedding = /embed/.test(base);
  const lines = [
    "# yaml-language-server: $schema=../../../schemas/model.schema.json",
    "apiVersion: litellm.litellm.ai/v1alpha1",
    "kind: Model",
    "metadata:",
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    "  labels:",
    `    provider: ${provider.name.replace("_", "-")}`,
    `    team: ${r.pick(GROUPS)}`,
    "spec:",
    `  modelName: ${name}`,
    "  connectionRef:",
    "    instanceRef:",
    `      name: ${instance}`,
  ];

  // Credentials: most models share their provider's Secret (one ExternalSecret for many
  // models); some have a Secret of their own; a few share a per-team Secret with a
  // different data key (one ExternalSecret with several keys).
  if (provider.secret === null) {
    lines.push("  modelSecretRef: {}");
  } else {
    const roll = r.next();
    if (roll < 0.7) {
      lines.push("  modelSecretRef:", `    secretName: ${provider.secret.shared}`);
      if (provider.secret.keys) lines.push("    keys:", yamlKeys(provider.secret.keys, "      "));
    } else if (roll < 0.85) {
      const team = `${provider.name.replace("_", "-")}-team-${r.int(4)}`;
      lines.push("  modelSecretRef:", `    secretName: ${team}`);
      if (provider.secret.keys) {
        const [[param, key]] = Object.entries(provider.secret.keys);
        lines.push("    keys:", `      ${param}: ${key}_${index % 3}`);
      }
    } else {
      lines.push("  modelSecretRef:", `    secretName: ${name}-credentials`);
    }
  }

  lines.push("  litellmParams:", `    model: ${provider.name}/${base}`);
  switch (provider.name) {
    case "azure":
      lines.push(`    apiBase: https://${slug(namespace)}-${r.int(3)}.openai.azure.com`);
      lines.push(`    apiVersion: "${r.pick(AZURE_VERSIONS)}"`);
      break;
    case "bedrock":
      lines.push(`    awsRegionName: ${r.pick(REGIONS)}`);
      break;
    case "vertex_ai":
      lines.push(`    vertexProject: ${slug(namespace)}-ml`, `    vertexLocation: ${r.pick(VERTEX_LOCATIONS)}`);
      break;
    case "ollama":
      lines.push(`    apiBase: http://ollama.ollama.svc.cluster.local:11434`);
      break;
  }
  if (provider.name !== "ollama") {
    // Costs in the three ways people write them: per million as a string, per million as
    // a number, per token as a string.
    const style = r.int(3);
    const input = price(r, 15);
    const output = Math.round(input * 4 * 1000) / 1000;
    if (style === 0) {
      lines.push(`    inputCostPerMillionTokens: "${input}"`);
      if (!embedding) lines.push(`    outputCostPerMillionTokens: "${output}"`);
    } else if (style === 1) {
      lines.push(`    inputCostPerMillionTokens: ${input}`);
      if (!embedding) lines.push(`    outputCostPerMillionTokens: ${output}`);
    } else {
      lines.push(`    inputCostPerToken: "${(input / 1e6).toPrecision(3)}"`);
      if (!embedding) lines.push(`    outputCostPerToken: "${(output / 1e6).toPrecision(3)}"`);
    }
  }
  if (r.chance(0.6)) {
    lines.push(`    tpm: ${(1 + r.int(20)) * 50000}`, `    rpm: ${(1 + r.int(20)) * 250}`);
  }
  if (r.chance(0.3)) lines.push(`    timeout: ${r.pick([30, 60, 120, 300])}`);
  if (r.chance(0.2)) lines.push(`    maxRetries: ${1 + r.int(3)}`);

  if (r.chance(0.85)) {
    lines.push("  modelInfo:", `    mode: ${embedding ? "embedding" : "chat"}`);
    if (r.chance(0.6)) lines.push(`    tier: ${r.pick(TIERS)}`);
    if (provider.name === "azure") lines.push(`    baseModel: azure/${base}`);
    if (r.chance(0.7)) {
      const groups = [...new Set([r.pick(GROUPS), r.pick(GROUPS)])];
      lines.push(r.chance(0.5) ? `    accessGroups: [${groups.join(", ")}]` : `    accessGroups:\n${groups.map((g) => `      - ${g}`).join("\n")}`);
    }
  }
  return { text: lines.join("\n") + "\n", name };
}

function instanceYaml(r, { name, namespace, fallbacks }) {
  const lines = [
    "# yaml-language-server: $schema=../schemas/litellminstance.schema.json",
    "apiVersion: litellm.litellm.ai/v1alpha1",
    "kind: LiteLLMInstance",
    "metadata:",
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    "spec:",
    `  image: ${IMAGE}`,
    `  replicas: ${1 + r.int(3)}`,
    "  masterKeySecretRef:",
    `    secretName: ${name}-master-key`,
    "    key: masterKey",
    "  databaseSecretRef:",
    `    nameRef: ${name}-postgres`,
    "    keys:",
    "      hostSecret: host",
    "      usernameSecret: username",
    "      passwordSecret: password",
    "      dbnameSecret: dbname",
  ];
  if (r.chance(0.8)) {
    lines.push(
      "  redisSecretRef:",
      `    nameRef: ${name}-redis`,
      "    keys: {hostSecret: host, portSecret: port, passwordSecret: password}",
    );
  }
  lines.push(
    "  ingress:",
    "    enabled: true",
    `    host: ${name}.${namespace}.llm.example.com`,
    "    className: nginx",
    "    annotations:",
    "      cert-manager.io/cluster-issuer: letsencrypt",
    "    tls:",
    `      secretName: ${name}-${namespace}-tls`,
    "  resources:",
    "    requests: {cpu: 500m, memory: 1Gi}",
    "    limits: {memory: 2Gi}",
    "  routerSettings:",
    `    routing_strategy: ${r.pick(["simple-shuffle", "least-busy", "usage-based-routing-v2", "latency-based-routing"])}`,
    `    num_retries: ${1 + r.int(3)}`,
  );
  if (fallbacks.length > 0) {
    lines.push("    fallbacks:");
    for (const [from, to] of fallbacks) lines.push(`      - ${from}: [${to}]`);
  }
  lines.push("  litellmSettings:", "    drop_params: true", `    request_timeout: ${r.pick([300, 600])}`);
  return lines.join("\n") + "\n";
}

function compilerConfigYaml() {
  return `# yaml-language-server: $schema=../schemas/compilerconfig.schema.json
apiVersion: litellm-gitops.dev/v1alpha1
kind: CompilerConfig
metadata:
  name: bench
spec:
  secretStore:
    kind: ClusterSecretStore
    name: vault
  remoteKeyTemplate: "litellm/{{namespace}}/{{secretName}}"
  refreshInterval: 1h
`;
}

/**
 * The common shape (issue 17): each proxy has a handful of provider Secrets shared by all its
 * Models (openai, anthropic, azure, bedrock, groq; ollama takes none), the six providers in
 * turn, so the output is some 20 objects per proxy however many Models it serves.
 */
const COMMON = [
  { name: "openai", model: "openai/gpt-4o-mini", secret: "openai", keys: { apiKey: "OPENAI_API_KEY" } },
  { name: "anthropic", model: "anthropic/claude-3-5-haiku-20241022", secret: "anthropic", keys: { apiKey: "ANTHROPIC_API_KEY" } },
  { name: "azure", model: "azure/gpt-4o", secret: "azure-openai", keys: { apiKey: "AZURE_API_KEY" } },
  { name: "bedrock", model: "bedrock/anthropic.claude-3-haiku-20240307-v1:0", secret: "aws-bedrock" },
  { name: "groq", model: "groq/llama-3.1-8b-instant", secret: "groq", keys: { apiKey: "GROQ_API_KEY" } },
  { name: "ollama", model: "ollama/llama3", secret: null },
];

function commonModelYaml(r, { namespace, instance, index, turn }) {
  const provider = COMMON[turn % COMMON.length];
  const name = `${provider.name}-m${String(index).padStart(5, "0")}`;
  const lines = [
    "apiVersion: litellm.litellm.ai/v1alpha1",
    "kind: Model",
    "metadata:",
    `  name: ${name}`,
    `  namespace: ${namespace}`,
    "spec:",
    `  modelName: ${name}`,
    "  connectionRef:",
    "    instanceRef:",
    `      name: ${instance}`,
  ];
  if (provider.secret === null) lines.push("  modelSecretRef: {}");
  else {
    lines.push("  modelSecretRef:", `    secretName: ${provider.secret}`);
    if (provider.keys) lines.push("    keys:", yamlKeys(provider.keys, "      "));
  }
  lines.push("  litellmParams:", `    model: ${provider.model}`);
  if (provider.name === "azure") lines.push(`    apiBase: https://${slug(namespace)}.openai.azure.com`, `    apiVersion: "2024-10-21"`);
  if (provider.name === "bedrock") lines.push(`    awsRegionName: ${r.pick(REGIONS)}`);
  if (provider.name === "ollama") lines.push("    apiBase: http://ollama.ollama.svc.cluster.local:11434");
  if (r.chance(0.5)) lines.push(`    tpm: ${(1 + r.int(20)) * 50000}`, `    rpm: ${(1 + r.int(20)) * 250}`);
  return { text: lines.join("\n") + "\n", name };
}

function commonInstanceYaml({ name, namespace }) {
  return `apiVersion: litellm.litellm.ai/v1alpha1
kind: LiteLLMInstance
metadata:
  name: ${name}
  namespace: ${namespace}
spec:
  image: ${IMAGE}
  replicas: 2
  masterKeySecretRef:
    secretName: ${name}-master-key
    key: masterKey
  saltKeySecretRef:
    secretName: ${name}-salt-key
    key: saltKey
  databaseSecretRef:
    nameRef: ${name}-postgres
    keys:
      hostSecret: host
      usernameSecret: username
      passwordSecret: password
      dbnameSecret: dbname
  ingress:
    enabled: true
    host: ${name}.${namespace}.llm.example.com
    className: nginx
    tls:
      secretName: ${name}-tls
`;
}

/**
 * Writes a project of `models` Models spread round-robin over `instances` instances (one per
 * namespace) under `dir`, and returns what it wrote. `shape`: "varied" (the default: many
 * distinct Secrets, a mix of field styles) or "common" (a handful of shared provider Secrets
 * per proxy, see COMMON).
 */
export function generateProject(dir, { models, instances, seed = 1, shape = "varied" }) {
  if (shape !== "varied" && shape !== "common") throw new Error(`unknown project shape ${shape}`);
  const r = prng(seed * 1_000_003 + models * 31 + instances);
  mkdirSync(dir, { recursive: true });
  const written = [];
  let bytes = 0;
  const write = (rel, text) => {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    written.push(rel);
    bytes += Buffer.byteLength(text);
  };

  write("compiler-config.yaml", compilerConfigYaml());
  const list = [];
  for (let i = 0; i < instances; i++) {
    // One namespace per instance: two instances in one namespace that read the same Secret
    // each emit an ExternalSecret of that name, which `kubectl kustomize` rejects.
    list.push({ name: `gateway-${String(i).padStart(2, "0")}`, namespace: `team-${String(i).padStart(2, "0")}`, models: [] });
  }
  for (let m = 0; m < models; m++) {
    const inst = list[m % instances];
    const { text, name } = (shape === "common" ? commonModelYaml : modelYaml)(r, { namespace: inst.namespace, instance: inst.name, index: m, turn: Math.floor(m / instances) });
    write(`models/${inst.namespace}/${inst.name}/${name}.yaml`, text);
    inst.models.push(name);
  }
  for (const inst of list) {
    const fallbacks = [];
    for (let k = 0; k + 1 < inst.models.length && k < 6; k += 2) fallbacks.push([inst.models[k], inst.models[k + 1]]);
    write(`instances/${inst.namespace}-${inst.name}.yaml`, shape === "common" ? commonInstanceYaml(inst) : instanceYaml(r, { ...inst, fallbacks }));
  }
  return { dir, files: written.length, bytes, models, instances, shape };
}

// `node scripts/bench-project.mjs DIR MODELS INSTANCES [SEED] [SHAPE]` writes one project.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, models = "1000", instances = "5", seed = "1", shape = "varied"] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write("usage: node scripts/bench-project.mjs DIR [MODELS] [INSTANCES] [SEED] [varied|common]\n");
    process.exit(2);
  }
  const info = generateProject(path.resolve(dir), { models: Number(models), instances: Number(instances), seed: Number(seed), shape });
  process.stdout.write(`${info.dir}: ${info.models} models, ${info.instances} instances, ${info.files} files, ${info.bytes} bytes\n`);
}
