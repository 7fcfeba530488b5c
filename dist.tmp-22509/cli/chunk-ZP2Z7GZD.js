import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  wildcardRegex
} from "./chunk-MYTQ5LBD.js";
import {
  decimalToString,
  parseDecimal,
  shiftDecimal
} from "./chunk-T6J4GSBB.js";
import {
  litellmName
} from "./chunk-Q5TSJAU2.js";
import {
  compareStrings
} from "./chunk-EPTGAQBZ.js";

// src/graph/ids.ts
function nodeIds(graph, index) {
  const ids = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  for (const node of graph.nodes) {
    const key = node.kind === "deployment" ? node.key.slice(0, "deployment:".length + 8) : node.key;
    const base = `p${index}_${key.replace(/[^A-Za-z0-9]/g, "_")}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    ids.set(node.key, id);
  }
  return ids;
}
function nodeLines(node) {
  return [node.label, ...node.facts.map((f) => f.name ? `${f.name}: ${f.value}` : f.value)];
}
function edgeText(edge) {
  switch (edge.kind) {
    case "fallback":
      return `fallback ${edge.label ?? ""}`.trim();
    case "context-window-fallback":
      return `context window fallback ${edge.label ?? ""}`.trim();
    case "content-policy-fallback":
      return `content policy fallback ${edge.label ?? ""}`.trim();
    case "alias":
      return "alias of";
    case "matches":
      return "matched by";
    case "access":
      return "includes";
    case "serves":
    case "deployment":
      return edge.label;
    default:
      return edge.label ?? edge.kind;
  }
}

// src/graph/mermaid.ts
var SHAPES = {
  proxy: ["([", "])"],
  group: ["[", "]"],
  wildcard: ["[/", "/]"],
  route: [">", "]"],
  "any-group": ["((", "))"],
  deployment: ["(", ")"],
  collapsed: ["[[", "]]"],
  alias: [">", "]"],
  "access-group": ["{{", "}}"],
  callback: ["[\\", "\\]"],
  secret: ["[(", ")]"]
};
var ARROWS = {
  serves: "-->",
  deployment: "-->",
  fallback: "==>",
  "context-window-fallback": "-.->",
  "content-policy-fallback": "-.->",
  alias: "-->",
  access: "-.-",
  matches: "-.->",
  callback: "-.->",
  credential: "-.->"
};
var KIND_STYLES = {
  proxy: { fill: "#ddf4ff", stroke: "#0969da" },
  group: { fill: "#ffffff", stroke: "#1f2328" },
  wildcard: { fill: "#fbefff", stroke: "#8250df" },
  route: { fill: "#fbefff", stroke: "#8250df" },
  "any-group": { fill: "#f6f8fa", stroke: "#57606a" },
  deployment: { fill: "#f6f8fa", stroke: "#57606a" },
  collapsed: { fill: "#f6f8fa", stroke: "#57606a" },
  alias: { fill: "#fff8c5", stroke: "#9a6700" },
  "access-group": { fill: "#dafbe1", stroke: "#1a7f37" },
  callback: { fill: "#fff1e5", stroke: "#bc4c00" },
  secret: { fill: "#ffebe9", stroke: "#cf222e" }
};
var MARK_STYLES = {
  added: { fill: "#aceebb", stroke: "#1a7f37" },
  removed: { fill: "#ffcecb", stroke: "#cf222e", dash: "5 5" },
  changed: { fill: "#fae17d", stroke: "#9a6700" }
};
function toMermaid(graphs, options = {}) {
  const out = ["flowchart LR"];
  const edges = [];
  const linkStyles = [];
  const classes = new Map([...Object.keys(KIND_STYLES), ...Object.keys(MARK_STYLES)].map((name) => [name, []]));
  const addClass = (name, id) => classes.get(name).push(id);
  let edgeIndex = 0;
  graphs.forEach((graph, index) => {
    const ids = nodeIds(graph, index);
    for (const note of graph.notes) out.push(`  %% ${text(note)}`);
    out.push(`  subgraph p${index}["${text(graph.instance)}"]`);
    for (const node of graph.nodes) {
      const id = ids.get(node.key);
      out.push(`    ${id}${shape(node)}`);
      addClass(node.kind, id);
      if (node.mark) addClass(node.mark, id);
    }
    out.push("  end");
    for (const edge of graph.edges) {
      edges.push(`  ${ids.get(edge.from)} ${arrow(edge)} ${ids.get(edge.to)}`);
      if (edge.mark) linkStyles.push(`  linkStyle ${edgeIndex} ${linkStyle(MARK_STYLES[edge.mark])}`);
      edgeIndex++;
    }
  });
  if (options.legend) {
    out.push(`  subgraph legend["legend"]`);
    for (const mark of ["added", "removed", "changed"]) {
      out.push(`    legend_${mark}["${mark}"]`);
      addClass(mark, `legend_${mark}`);
    }
    out.push("  end");
  }
  out.push(...edges, ...linkStyles);
  const styles = { ...KIND_STYLES, ...MARK_STYLES };
  for (const [name, style] of Object.entries(styles)) if (classes.get(name).length > 0) out.push(`  classDef ${className(name)} ${classDef(style)}`);
  for (const [name, ids] of classes) if (ids.length > 0) out.push(`  class ${ids.join(",")} ${className(name)}`);
  return out.join("\n") + "\n";
}
function shape(node) {
  const [open, close] = SHAPES[node.kind];
  return `${open}"${nodeLines(node).map(text).join("<br/>")}"${close}`;
}
function arrow(edge) {
  const label = edgeText(edge);
  return label ? `${ARROWS[edge.kind]}|"${text(label)}"|` : ARROWS[edge.kind];
}
function className(name) {
  return name.replace(/-/g, "_");
}
function classDef(style) {
  return `fill:${style.fill},stroke:${style.stroke},color:#1f2328${style.dash ? `,stroke-dasharray:${style.dash}` : ""}`;
}
function linkStyle(style) {
  return `stroke:${style.stroke},stroke-width:3px${style.dash ? `,stroke-dasharray:${style.dash}` : ""}`;
}
function text(value) {
  return value.replace(/[\r\n\t]+/g, " ").replace(/[#"<>&|`;]/g, (c) => `#${c.codePointAt(0)};`);
}

// src/graph/model.ts
var DEFAULT_COLLAPSE_ABOVE = 6;
var NODE_ORDER = [
  "proxy",
  "alias",
  "route",
  "any-group",
  "access-group",
  "group",
  "wildcard",
  "deployment",
  "collapsed",
  "secret",
  "callback"
];
var EDGE_ORDER = [
  "serves",
  "alias",
  "matches",
  "access",
  "fallback",
  "context-window-fallback",
  "content-policy-fallback",
  "deployment",
  "credential",
  "callback"
];
var FALLBACK_LISTS = [
  ["fallbacks", "fallback"],
  ["context_window_fallbacks", "context-window-fallback"],
  ["content_policy_fallbacks", "content-policy-fallback"]
];
var CALLBACK_LISTS = [
  ["callbacks", "success, failure"],
  ["success_callback", "success"],
  ["failure_callback", "failure"],
  ["service_callback", "service"]
];
function graphOf(instance, settings, options = { collapseAbove: DEFAULT_COLLAPSE_ABOVE }) {
  const b = new Builder();
  const proxy = "proxy";
  b.node(proxy, "proxy", `${instance.namespace}/${instance.name}`, proxyFacts(instance));
  const groups = groupModels(instance.models);
  const wildcards = [...groups.keys()].filter((name) => name.includes("*")).map((pattern) => ({ pattern, regex: wildcardRegex(pattern) }));
  const target = (name) => {
    if (groups.has(name)) return `group:${name}`;
    const match = wildcards.find((w) => w.regex.test(name));
    if (!match) return void 0;
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
    const group = typeof value === "string" ? value : value?.model;
    const hidden = typeof value === "object" && value !== null && value.hidden === true;
    b.node(`alias:${alias}`, "alias", alias, hidden ? [{ name: "", value: "hidden from /models" }] : []);
    const to = typeof group === "string" ? target(group) : void 0;
    if (to) b.edge(`alias:${alias}`, to, "alias");
  }
  for (const [list, kind] of FALLBACK_LISTS) {
    const items = setting(instance, list);
    const entries = Array.isArray(items) ? items.flatMap((item) => item && typeof item === "object" ? Object.entries(item) : []) : [];
    if (list === "fallbacks") {
      const defaults = setting(instance, "default_fallbacks");
      if (Array.isArray(defaults)) entries.push(["*", defaults]);
    }
    for (const [from, fallbacks] of entries) {
      const source = from === "*" ? anyGroup(b) : target(from);
      if (!source || !Array.isArray(fallbacks)) continue;
      fallbacks.forEach((f, i) => {
        const to = typeof f === "string" ? target(f) : void 0;
        if (to) b.edge(source, to, kind, String(i + 1));
      });
    }
  }
  for (const [name, events] of callbacks(instance)) {
    b.node(`callback:${name}`, "callback", name, [{ name: "on", value: events.join(", ") }]);
    b.edge(proxy, `callback:${name}`, "callback", events.join(", "));
  }
  secrets.finish(proxy);
  const rows = [...groups].map(([name, models]) => ({
    name,
    wildcard: name.includes("*"),
    accessGroups: accessGroupsOf(models),
    deployments: models.map(deploymentRow)
  }));
  return b.build(`${instance.namespace}/${instance.name}`, rows);
}
function graphsOf(ir, options) {
  return ir.instances.map((instance) => graphOf(instance, ir.settings, options));
}
var Builder = class {
  nodes = /* @__PURE__ */ new Map();
  edges = /* @__PURE__ */ new Map();
  notes = [];
  node(key, kind, label, facts) {
    if (!this.nodes.has(key)) this.nodes.set(key, { key, kind, label, facts });
  }
  edge(from, to, kind, label) {
    const edge = label === void 0 ? { from, to, kind } : { from, to, kind, label };
    this.edges.set(JSON.stringify([from, to, kind, label ?? ""]), edge);
  }
  build(instance, groups) {
    return sortGraph({ instance, nodes: [...this.nodes.values()], edges: [...this.edges.values()], notes: [...this.notes], groups });
  }
};
function sortGraph(graph) {
  const nodes = [...graph.nodes].sort((a, b) => NODE_ORDER.indexOf(a.kind) - NODE_ORDER.indexOf(b.kind) || compareStrings(a.key, b.key));
  const edges = [...graph.edges].sort(
    (a, b) => EDGE_ORDER.indexOf(a.kind) - EDGE_ORDER.indexOf(b.kind) || compareStrings(a.from, b.from) || compareStrings(a.to, b.to) || compareStrings(a.label ?? "", b.label ?? "")
  );
  return { ...graph, nodes, edges, notes: [...graph.notes].sort(compareStrings) };
}
function anyGroup(b) {
  b.node("any-group", "any-group", "any model group", [{ name: "", value: "default_fallbacks / *" }]);
  return "any-group";
}
function groupModels(models) {
  const groups = /* @__PURE__ */ new Map();
  for (const model of [...models].sort((a, b) => compareStrings(a.modelName, b.modelName) || compareStrings(a.id, b.id))) {
    const list = groups.get(model.modelName) ?? [];
    list.push(model);
    groups.set(model.modelName, list);
  }
  return groups;
}
function setting(instance, key) {
  const value = instance.routerSettings[key] ?? instance.litellmSettings[key];
  return value && typeof value === "object" ? value : void 0;
}
function proxyFacts(instance) {
  const facts = [];
  const strategy = instance.routerSettings.routing_strategy;
  facts.push({ name: "routing", value: typeof strategy === "string" ? strategy : "simple-shuffle" });
  for (const key of ["num_retries", "timeout"]) {
    const value = instance.routerSettings[key];
    if (typeof value === "number" || typeof value === "string") facts.push({ name: key.replace("num_", ""), value: String(value) });
  }
  return facts;
}
function groupFacts(models, wildcard) {
  const facts = [];
  if (wildcard) facts.push({ name: "", value: "wildcard route" });
  const modes = new Set(models.map((m) => m.modelInfo.mode));
  const [mode] = modes;
  if (modes.size === 1 && typeof mode === "string") facts.push({ name: "mode", value: mode });
  facts.push({ name: "deployments", value: String(models.length) });
  return facts;
}
function accessGroupsOf(models) {
  const names = /* @__PURE__ */ new Set();
  for (const model of models) {
    const groups = model.modelInfo.access_groups;
    if (Array.isArray(groups)) {
      for (const g of groups) if (typeof g === "string") names.add(g);
    }
  }
  return [...names].sort(compareStrings);
}
function deploymentRow(model) {
  const row = { id: model.id, model: String(model.params.model) };
  if (model.provider) row.provider = model.provider;
  if (model.params.rpm !== void 0) row.rpm = String(model.params.rpm);
  if (model.params.tpm !== void 0) row.tpm = String(model.params.tpm);
  const input = costPerMillion(model.params.inputCostPerToken ?? model.modelInfo.input_cost_per_token);
  const output = costPerMillion(model.params.outputCostPerToken ?? model.modelInfo.output_cost_per_token);
  if (input !== void 0) row.inputCost = input;
  if (output !== void 0) row.outputCost = output;
  return row;
}
function deploymentFacts(row) {
  const facts = [];
  if (row.provider) facts.push({ name: "provider", value: row.provider });
  if (row.rpm) facts.push({ name: "rpm", value: row.rpm });
  if (row.tpm) facts.push({ name: "tpm", value: row.tpm });
  if (row.inputCost) facts.push({ name: "input $/1M tokens", value: row.inputCost });
  if (row.outputCost) facts.push({ name: "output $/1M tokens", value: row.outputCost });
  return facts;
}
function collapsedFacts(models) {
  const providers = [...new Set(models.map((m) => m.provider ?? "unknown"))].sort(compareStrings);
  const facts = [{ name: "providers", value: providers.join(", ") }];
  for (const key of ["rpm", "tpm"]) {
    const values = models.map((m) => m.params[key]).filter((v) => typeof v === "number");
    if (values.length > 0) facts.push({ name: `${key} total`, value: String(values.reduce((a, v) => a + v, 0)) });
  }
  for (const [side, key] of [
    ["input", "inputCostPerToken"],
    ["output", "outputCostPerToken"]
  ]) {
    const prices = models.map((m) => m.params[key]).filter((v) => typeof v === "number").sort((a, b) => a - b);
    if (prices.length === 0) continue;
    const low = costPerMillion(prices[0]);
    const high = costPerMillion(prices[prices.length - 1]);
    facts.push({ name: `${side} $/1M tokens`, value: low === high ? low : `${low}\u2013${high}` });
  }
  return facts;
}
function costPerMillion(perToken) {
  if (typeof perToken !== "number" && typeof perToken !== "string") return void 0;
  const d = parseDecimal(perToken);
  return d ? decimalToString(shiftDecimal(d, 6)) : void 0;
}
function callbacks(instance) {
  const events = /* @__PURE__ */ new Map();
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
  return [...events].sort(([a], [b]) => compareStrings(a, b));
}
var SecretNodes = class {
  constructor(b, instance, settings) {
    this.b = b;
    this.instance = instance;
    this.settings = settings;
    this.byEnv = new Map(instance.env.filter((e) => e.kind === "secret").map((e) => [e.name, e]));
  }
  b;
  instance;
  settings;
  byEnv;
  linked = /* @__PURE__ */ new Set();
  /** Edge labels per `from`→Secret, joined when one node reads several keys of a Secret. */
  labels = /* @__PURE__ */ new Map();
  link(from, model) {
    for (const { param, env } of model.credentials) {
      const entry = this.byEnv.get(env);
      if (!entry) continue;
      this.add(from, entry.secretName, litellmName(param));
      this.linked.add(env);
    }
  }
  /** The Secrets no deployment reads: master key, database, Redis, extraEnvVars' secretKeyRefs. Then every edge. */
  finish(proxy) {
    for (const entry of this.instance.env) {
      if (entry.kind === "secret" && !this.linked.has(entry.name)) this.add(proxy, entry.secretName, entry.purpose);
      if (entry.kind === "extra") {
        const ref = entry.env.valueFrom?.secretKeyRef;
        if (typeof ref?.name === "string") this.add(proxy, ref.name, `env ${entry.name}`);
      }
    }
    for (const { from, to, labels } of this.labels.values()) this.b.edge(from, to, "credential", summarise(labels));
  }
  add(from, secretName, label) {
    const to = this.node(secretName);
    const id = `${from}\0${to}`;
    const edge = this.labels.get(id) ?? { from, to, labels: [] };
    if (!edge.labels.includes(label)) edge.labels.push(label);
    this.labels.set(id, edge);
  }
  node(secretName) {
    const key = `secret:${secretName}`;
    const secret = this.instance.secrets.find((s) => s.name === secretName);
    const keys = (secret?.keys ?? []).map((k) => k.key);
    const facts = [];
    if (secret?.madeBy) {
      facts.push({ name: "keys", value: keys.join(", ") }, { name: "made by", value: secret.madeBy });
    } else if (this.settings.externalSecrets) {
      const byRemote = /* @__PURE__ */ new Map();
      for (const { remoteRef: ref } of secret?.keys ?? []) byRemote.set(ref.key, [...byRemote.get(ref.key) ?? [], ref.property]);
      for (const [remoteKey, properties] of byRemote) {
        facts.push({ name: this.settings.secretStore.name, value: `${remoteKey} [${properties.join(", ")}]` });
      }
    } else {
      facts.push({ name: "keys", value: keys.join(", ") }, { name: "", value: "managed outside (externalSecrets: false)" });
    }
    this.b.node(key, "secret", `Secret ${secretName}`, facts);
    return key;
  }
};
function summarise(labels) {
  const first = labels.map((l) => l.split(" ")[0]);
  return labels.length > 1 && first.every((w) => w === first[0]) ? first[0] : labels.join(", ");
}

export {
  nodeIds,
  nodeLines,
  edgeText,
  KIND_STYLES,
  MARK_STYLES,
  toMermaid,
  DEFAULT_COLLAPSE_ABOVE,
  graphsOf,
  sortGraph
};
