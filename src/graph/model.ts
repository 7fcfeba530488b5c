/**
 * A proxy's routing and access as a graph: what `litellm-gitops graph` draws and what `diff`
 * compares. Pure: IR in, data out; the writers (mermaid, dot, svg, html) only lay it out.
 *
 * Nodes are keyed by what they are (`group:gpt-4o`, `deployment:<model_info.id>`), never by
 * position, so two graphs of the same proxy compare node by node. Every list is sorted, so
 * the same IR gives the same graph whatever order the files were found in.
 *
 * What LiteLLM does with each setting (litellm/router.py, Router.__init__ and
 * get_fallback_model_group; litellm/proxy/proxy_server.py, ProxyConfig.load_config):
 * - `fallbacks`, `context_window_fallbacks`, `content_policy_fallbacks` are lists of
 *   `{model_group: [fallback, …]}`, read from router_settings or, when unset there, from
 *   litellm_settings (`fallbacks or litellm.fallbacks`); the key `*` applies to every group.
 * - `default_fallbacks` is the same as a `*` entry of `fallbacks`.
 * - `model_group_alias` maps a requested name to a group (`"alias": "group"` or
 *   `{model: group, hidden: bool}`).
 * - A model_name with `*` is a wildcard route (PatternMatchRouter): it serves every name it matches.
 * - `model_info.access_groups` puts a deployment's group into access groups that keys and
 *   teams can name instead of the group.
 */
import type { CompilerSettings, EnvEntry, ExternalProxyIR, InstanceIR, ModelIR, SecretEnv, SecretIR } from "../compiler/ir.js";
import { decimalToString, parseDecimal, shiftDecimal } from "../compiler/decimal.js";
import { compareStrings as compare } from "../compare.js";
import { wildcardRegex } from "../compiler/resolve/proxy-settings.js";
import { litellmName } from "../litellm/index.js";
import { addAccess } from "./access.js";
import { addIntegrations } from "./integrations.js";

import type { DeploymentRow, EdgeKind, Fact, GraphEdge, GraphNode, GroupRow, NodeKind, ProxyGraph } from "./types.js";

export interface GraphOptions {
  /** A group with more deployments than this shows one node with their count; 0 shows every deployment. */
  collapseAbove: number;
}

export const DEFAULT_COLLAPSE_ABOVE = 6;

const NODE_ORDER: readonly NodeKind[] = [
  "proxy",
  "team",
  "key",
  "alias",
  "route",
  "any-group",
  "access-group",
  "group",
  "wildcard",
  "deployment",
  "collapsed",
  "secret",
  "guardrail",
  "mcp-server",
  "callback",
];
const EDGE_ORDER: readonly EdgeKind[] = [
  "serves",
  "member-of",
  "may-call",
  "alias",
  "matches",
  "access",
  "fallback",
  "context-window-fallback",
  "content-policy-fallback",
  "deployment",
  "credential",
  "guardrail",
  "uses-guardrail",
  "mcp",
  "callback",
];

const FALLBACK_LISTS = [
  ["fallbacks", "fallback"],
  ["context_window_fallbacks", "context-window-fallback"],
  ["content_policy_fallbacks", "content-policy-fallback"],
] as const;

/** The callback lists of litellm_settings and the event each one hooks (litellm/__init__.py). */
const CALLBACK_LISTS = [
  ["callbacks", "success, failure"],
  ["success_callback", "success"],
  ["failure_callback", "failure"],
  ["service_callback", "service"],
] as const;

export function graphOf(instance: InstanceIR, settings: CompilerSettings, options: GraphOptions = { collapseAbove: DEFAULT_COLLAPSE_ABOVE }): ProxyGraph {
  const b = new Builder();
  const proxy = "proxy";
  b.node(proxy, "proxy", `${instance.namespace}/${instance.name}`, proxyFacts(instance));

  const groups = groupModels(instance.models);
  const wildcards = [...groups.keys()].filter((name) => name.includes("*")).map((pattern) => ({ pattern, regex: wildcardRegex(pattern) }));
  /** The node a model name reaches: its group, or a route node matched by a wildcard group, or nothing. */
  const target = (name: string): string | undefined => {
    if (groups.has(name)) return `group:${name}`;
    const match = wildcards.find((w) => w.regex.test(name));
    if (!match) return undefined;
    const route = `route:${name}`;
    b.node(route, "route", name, []);
    b.edge(route, `group:${match.pattern}`, "matches");
    return route;
  };

  const secrets = new SecretNodes(b, instance, settings);
  for (const [name, models] of groups) {
    const key = `group:${name}`;
    const wildcard = name.includes("*");
    b.node(key, wildcard ? "wildcard" : "group", name, groupFacts(models, wildcard));
    b.edge(proxy, key, "serves");
    for (const accessGroup of accessGroupsOf(models)) {
      b.node(`access:${accessGroup}`, "access-group", accessGroup, [{ name: "", value: "access group" }]);
      b.edge(`access:${accessGroup}`, key, "access");
    }
    if (options.collapseAbove > 0 && models.length > options.collapseAbove) {
      const collapsed = `collapsed:${name}`;
      b.node(collapsed, "collapsed", `${models.length} deployments`, collapsedFacts(models));
      b.edge(key, collapsed, "deployment");
      b.notes.push(`${name}: ${models.length} deployments shown as one node (more than ${options.collapseAbove}; --collapse 0 shows each)`);
      for (const model of models) secrets.link(collapsed, model);
      continue;
    }
    for (const model of models) {
      const deployment = `deployment:${model.id}`;
      b.node(deployment, "deployment", String(model.params.model), deploymentFacts(deploymentRow(model)));
      b.edge(key, deployment, "deployment");
      secrets.link(deployment, model);
    }
  }

  for (const [alias, value] of Object.entries(setting(instance, "model_group_alias") ?? {})) {
    const group = typeof value === "string" ? value : (value as { model?: unknown } | null)?.model;
    const hidden = typeof value === "object" && value !== null && (value as { hidden?: unknown }).hidden === true;
    b.node(`alias:${alias}`, "alias", alias, hidden ? [{ name: "", value: "hidden from /models" }] : []);
    const to = typeof group === "string" ? target(group) : undefined;
    if (to) b.edge(`alias:${alias}`, to, "alias");
  }

  for (const [list, kind] of FALLBACK_LISTS) {
    const items = setting(instance, list);
    const entries: Array<[string, unknown]> = Array.isArray(items)
      ? items.flatMap((item) => (item && typeof item === "object" ? Object.entries(item as Record<string, unknown>) : []))
      : [];
    if (list === "fallbacks") {
      const defaults = setting(instance, "default_fallbacks");
      if (Array.isArray(defaults)) entries.push(["*", defaults]);
    }
    for (const [from, fallbacks] of entries) {
      const source = from === "*" ? anyGroup(b) : target(from);
      if (!source || !Array.isArray(fallbacks)) continue;
      fallbacks.forEach((f, i) => {
        const to = typeof f === "string" ? target(f) : undefined;
        if (to) b.edge(source, to, kind, String(i + 1));
      });
    }
  }

  addAccess(instance.access, {
    node: (key, kind, label, facts) => b.node(key, kind, label, facts),
    edge: (from, to, kind, label) => b.edge(from, to, kind, label),
    reach: target,
    hasAccessGroup: (name) => b.has(`access:${name}`),
    secret: (from, secretName, label) => secrets.add(from, secretName, label),
    proxy,
  });

  addIntegrations(instance, {
    node: (key, kind, label, facts) => b.node(key, kind, label, facts),
    edge: (from, to, kind, label) => b.edge(from, to, kind, label),
    has: (key) => b.has(key),
    credentials: (from, refs) => secrets.credentials(from, refs),
    proxy,
  });

  for (const [name, events] of callbacks(instance)) {
    b.node(`callback:${name}`, "callback", name, [{ name: "on", value: events.join(", ") }]);
    b.edge(proxy, `callback:${name}`, "callback", events.join(", "));
    secrets.callback(`callback:${name}`, name);
  }
  secrets.finish(proxy);
  const rows = [...groups].map(([name, models]) => ({
    name,
    wildcard: name.includes("*"),
    accessGroups: accessGroupsOf(models),
    deployments: models.map(deploymentRow),
  }));
  return b.build(`${instance.namespace}/${instance.name}`, rows);
}

/**
 * A proxy deployed elsewhere, reached through a connection Secret (connectionRef.secretRef):
 * the teams and keys this project declares on it, the Secrets its sync reads. Nothing is known
 * of its models, so a name a team or key may call is drawn as a group of that name, marked as
 * served elsewhere.
 */
export function externalGraphOf(proxy: ExternalProxyIR, settings: CompilerSettings): ProxyGraph {
  const b = new Builder();
  const root = "proxy";
  const name = `${proxy.namespace}/${proxy.name}`;
  b.node(root, "proxy", name, [
    { name: "", value: "deployed elsewhere" },
    { name: "connection", value: `Secret ${proxy.name}` },
  ]);
  const secrets = new SecretNodes(b, { env: [], secrets: proxy.secrets }, settings);
  secrets.add(root, proxy.name, "url");
  secrets.add(root, proxy.name, "master key");
  addAccess(proxy.access, {
    node: (key, kind, label, facts) => b.node(key, kind, label, facts),
    edge: (from, to, kind, label) => b.edge(from, to, kind, label),
    reach: (model) => {
      const key = `group:${model}`;
      b.node(key, model.includes("*") ? "wildcard" : "group", model, [{ name: "", value: "served elsewhere" }]);
      b.edge(root, key, "serves");
      return key;
    },
    hasAccessGroup: () => false,
    secret: (from, secretName, label) => secrets.add(from, secretName, label),
    proxy: root,
  });
  secrets.finish(root);
  return b.build(name, []);
}

/** Every proxy of the IR, in the IR's order (namespace, then name): the instances, then the proxies elsewhere. */
export function graphsOf(ir: { instances: InstanceIR[]; settings: CompilerSettings; externalProxies?: ExternalProxyIR[] }, options?: GraphOptions): ProxyGraph[] {
  return [...ir.instances.map((instance) => graphOf(instance, ir.settings, options)), ...(ir.externalProxies ?? []).map((proxy) => externalGraphOf(proxy, ir.settings))];
}

class Builder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  readonly notes: string[] = [];

  has(key: string): boolean {
    return this.nodes.has(key);
  }

  node(key: string, kind: NodeKind, label: string, facts: Fact[]): void {
    if (!this.nodes.has(key)) this.nodes.set(key, { key, kind, label, facts });
  }

  edge(from: string, to: string, kind: EdgeKind, label?: string): void {
    const edge: GraphEdge = label === undefined ? { from, to, kind } : { from, to, kind, label };
    this.edges.set(JSON.stringify([from, to, kind, label ?? ""]), edge);
  }

  build(instance: string, groups: GroupRow[]): ProxyGraph {
    return sortGraph({ instance, nodes: [...this.nodes.values()], edges: [...this.edges.values()], notes: [...this.notes], groups });
  }
}

/** The graph in its one order: nodes by kind (NODE_ORDER), then key; edges by kind, ends and label; notes sorted. */
export function sortGraph(graph: ProxyGraph): ProxyGraph {
  const nodes = [...graph.nodes].sort((a, b) => NODE_ORDER.indexOf(a.kind) - NODE_ORDER.indexOf(b.kind) || compare(a.key, b.key));
  const edges = [...graph.edges].sort(
    (a, b) =>
      EDGE_ORDER.indexOf(a.kind) - EDGE_ORDER.indexOf(b.kind) ||
      compare(a.from, b.from) ||
      compare(a.to, b.to) ||
      compare(a.label ?? "", b.label ?? ""),
  );
  return { ...graph, nodes, edges, notes: [...graph.notes].sort(compare) };
}

function anyGroup(b: Builder): string {
  b.node("any-group", "any-group", "any model group", [{ name: "", value: "default_fallbacks / *" }]);
  return "any-group";
}

/** Deployments by model_name, groups in code-unit order; the IR already sorts models by name, then id. */
function groupModels(models: readonly ModelIR[]): Map<string, ModelIR[]> {
  const groups = new Map<string, ModelIR[]>();
  for (const model of [...models].sort((a, b) => compare(a.modelName, b.modelName) || compare(a.id, b.id))) {
    const list = groups.get(model.modelName) ?? [];
    list.push(model);
    groups.set(model.modelName, list);
  }
  return groups;
}

/** A router setting as LiteLLM reads it: router_settings first, else litellm_settings (Router.__init__'s `x or litellm.x`). */
function setting(instance: InstanceIR, key: string): Record<string, unknown> | unknown[] | undefined {
  const value = instance.routerSettings[key] ?? instance.litellmSettings[key];
  return value && typeof value === "object" ? (value as Record<string, unknown> | unknown[]) : undefined;
}

function proxyFacts(instance: InstanceIR): Fact[] {
  const facts: Fact[] = [];
  const strategy = instance.routerSettings.routing_strategy;
  facts.push({ name: "routing", value: typeof strategy === "string" ? strategy : "simple-shuffle" });
  for (const key of ["num_retries", "timeout"]) {
    const value = instance.routerSettings[key];
    if (typeof value === "number" || typeof value === "string") facts.push({ name: key.replace("num_", ""), value: String(value) });
  }
  return facts;
}

function groupFacts(models: readonly ModelIR[], wildcard: boolean): Fact[] {
  const facts: Fact[] = [];
  if (wildcard) facts.push({ name: "", value: "wildcard route" });
  const modes = new Set(models.map((m) => m.modelInfo.mode));
  const [mode] = modes;
  if (modes.size === 1 && typeof mode === "string") facts.push({ name: "mode", value: mode });
  facts.push({ name: "deployments", value: String(models.length) });
  return facts;
}

function accessGroupsOf(models: readonly ModelIR[]): string[] {
  const names = new Set<string>();
  for (const model of models) {
    const groups = model.modelInfo.access_groups;
    if (Array.isArray(groups)) for (const g of groups) if (typeof g === "string") names.add(g);
  }
  return [...names].sort(compare);
}

function deploymentRow(model: ModelIR): DeploymentRow {
  const row: DeploymentRow = { id: model.id, model: String(model.params.model) };
  if (model.provider) row.provider = model.provider;
  if (model.params.rpm !== undefined) row.rpm = String(model.params.rpm);
  if (model.params.tpm !== undefined) row.tpm = String(model.params.tpm);
  const input = costPerMillion(model.params.inputCostPerToken ?? model.modelInfo.input_cost_per_token);
  const output = costPerMillion(model.params.outputCostPerToken ?? model.modelInfo.output_cost_per_token);
  if (input !== undefined) row.inputCost = input;
  if (output !== undefined) row.outputCost = output;
  if (model.selected) row.selected = true;
  return row;
}

function deploymentFacts(row: DeploymentRow): Fact[] {
  const facts: Fact[] = [];
  if (row.provider) facts.push({ name: "provider", value: row.provider });
  if (row.rpm) facts.push({ name: "rpm", value: row.rpm });
  if (row.tpm) facts.push({ name: "tpm", value: row.tpm });
  if (row.inputCost) facts.push({ name: "input $/1M tokens", value: row.inputCost });
  if (row.outputCost) facts.push({ name: "output $/1M tokens", value: row.outputCost });
  if (row.selected) facts.push({ name: "served by", value: "modelSelector" });
  return facts;
}

/** Totals and ranges over a collapsed group's deployments: enough to review without the detail. */
function collapsedFacts(models: readonly ModelIR[]): Fact[] {
  const providers = [...new Set(models.map((m) => m.provider ?? "unknown"))].sort(compare);
  const facts: Fact[] = [{ name: "providers", value: providers.join(", ") }];
  for (const key of ["rpm", "tpm"]) {
    const values = models.map((m) => m.params[key]).filter((v): v is number => typeof v === "number");
    if (values.length > 0) facts.push({ name: `${key} total`, value: String(values.reduce((a, v) => a + v, 0)) });
  }
  for (const [side, key] of [
    ["input", "inputCostPerToken"],
    ["output", "outputCostPerToken"],
  ] as const) {
    const prices = models.map((m) => m.params[key]).filter((v): v is number => typeof v === "number").sort((a, b) => a - b);
    if (prices.length === 0) continue;
    const low = costPerMillion(prices[0])!;
    const high = costPerMillion(prices[prices.length - 1])!;
    facts.push({ name: `${side} $/1M tokens`, value: low === high ? low : `${low}–${high}` });
  }
  return facts;
}

/** A per-token price as the exact per-million decimal a user wrote (2.5e-06 → "2.5"). */
export function costPerMillion(perToken: unknown): string | undefined {
  if (typeof perToken !== "number" && typeof perToken !== "string") return undefined;
  const d = parseDecimal(perToken);
  return d ? decimalToString(shiftDecimal(d, 6)) : undefined;
}

function callbacks(instance: InstanceIR): Array<[string, string[]]> {
  const events = new Map<string, string[]>();
  for (const [list, event] of CALLBACK_LISTS) {
    const names = instance.litellmSettings[list];
    if (!Array.isArray(names)) continue;
    for (const name of names) {
      if (typeof name !== "string") continue;
      const hooked = events.get(name) ?? [];
      if (!hooked.includes(event)) hooked.push(event);
      events.set(name, hooked);
    }
  }
  return [...events].sort(([a], [b]) => compare(a, b));
}

/**
 * Kubernetes Secrets as the secret-store entries they come from (never a value): one node per
 * Secret, a fact per remote key with its properties. Deployments link to the Secrets their
 * credentials read; the proxy to the rest (master key, database, Redis, extra env).
 */
class SecretNodes {
  private readonly byEnv: Map<string, SecretEnv>;
  private readonly linked = new Set<string>();
  /** Edge labels per `from`→Secret, joined when one node reads several keys of a Secret. */
  private readonly labels = new Map<string, { from: string; to: string; labels: string[] }>();

  constructor(
    private readonly b: Builder,
    /** What is read from Secrets: an instance's env and Secrets, or a proxy elsewhere's Secrets alone. */
    private readonly instance: { env: readonly EnvEntry[]; secrets: readonly SecretIR[] },
    private readonly settings: CompilerSettings,
  ) {
    this.byEnv = new Map(instance.env.filter((e): e is SecretEnv => e.kind === "secret").map((e) => [e.name, e]));
  }

  link(from: string, model: ModelIR): void {
    for (const { param, env } of model.credentials) {
      const entry = this.byEnv.get(env);
      if (!entry) continue;
      this.add(from, entry.secretName, litellmName(param));
      this.linked.add(env);
    }
  }

  /** Guardrail and MCP server credentials: `field: os.environ/ENV`, ENV set from a Secret. */
  credentials(from: string, refs: ReadonlyArray<{ field: string; env: string }>): void {
    for (const { field, env } of refs) {
      const entry = this.byEnv.get(env);
      if (!entry) continue;
      this.add(from, entry.secretName, field);
      this.linked.add(env);
    }
  }

  /** A Callback's Secret env (the resolver's purpose `callback <name> <ENV>`), labelled by the variable. */
  callback(from: string, name: string): void {
    for (const entry of this.byEnv.values()) {
      if (!entry.purpose.startsWith(`callback ${name} `)) continue;
      this.add(from, entry.secretName, entry.name);
      this.linked.add(entry.name);
    }
  }

  /** The Secrets no deployment reads: master key, database, Redis, extraEnvVars' secretKeyRefs. Then every edge. */
  finish(proxy: string): void {
    for (const entry of this.instance.env) {
      if (entry.kind === "secret" && !this.linked.has(entry.name)) this.add(proxy, entry.secretName, entry.purpose);
      if (entry.kind === "extra") {
        const ref = (entry.env.valueFrom as { secretKeyRef?: { name?: unknown } } | undefined)?.secretKeyRef;
        if (typeof ref?.name === "string") this.add(proxy, ref.name, `env ${entry.name}`);
      }
    }
    for (const { from, to, labels } of this.labels.values()) this.b.edge(from, to, "credential", summarise(labels));
  }

  add(from: string, secretName: string, label: string): void {
    const to = this.node(secretName);
    const id = `${from}\u0000${to}`;
    const edge = this.labels.get(id) ?? { from, to, labels: [] };
    if (!edge.labels.includes(label)) edge.labels.push(label);
    this.labels.set(id, edge);
  }

  private node(secretName: string): string {
    const key = `secret:${secretName}`;
    const secret = this.instance.secrets.find((s) => s.name === secretName);
    const keys = (secret?.keys ?? []).map((k) => k.key);
    const facts: Fact[] = [];
    if (secret?.madeBy) {
      facts.push({ name: "keys", value: keys.join(", ") }, { name: "made by", value: secret.madeBy });
    } else if (this.settings.externalSecrets) {
      const byRemote = new Map<string, string[]>();
      for (const { remoteRef: ref } of secret?.keys ?? []) byRemote.set(ref.key, [...(byRemote.get(ref.key) ?? []), ref.property]);
      for (const [remoteKey, properties] of byRemote) {
        facts.push({ name: this.settings.secretStore.name, value: `${remoteKey} [${properties.join(", ")}]` });
      }
    } else {
      facts.push({ name: "keys", value: keys.join(", ") }, { name: "", value: "managed outside (externalSecrets: false)" });
    }
    this.b.node(key, "secret", `Secret ${secretName}`, facts);
    return key;
  }
}

/** `database host`, `database username`, … → `database`: what the reader needs on an edge. */
function summarise(labels: readonly string[]): string {
  const first = labels.map((l) => l.split(" ")[0]);
  return labels.length > 1 && first.every((w) => w === first[0]) ? first[0]! : labels.join(", ");
}
