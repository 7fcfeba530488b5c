/**
 * The graph's data types: what model.ts builds, diff.ts marks and the writers lay out. A module
 * of its own so that the builders (model.ts, access.ts) and the writers share them without a
 * circle of imports.
 */
export type NodeKind =
  | "proxy"
  | "group"
  | "wildcard"
  | "route"
  | "any-group"
  | "deployment"
  | "collapsed"
  | "alias"
  | "access-group"
  | "callback"
  | "secret"
  | "team"
  | "key"
  | "guardrail"
  | "mcp-server";

export type EdgeKind =
  | "serves"
  | "deployment"
  | "fallback"
  | "context-window-fallback"
  | "content-policy-fallback"
  | "alias"
  | "access"
  | "matches"
  | "callback"
  | "credential"
  | "may-call"
  | "member-of"
  | "guardrail"
  | "uses-guardrail"
  | "mcp";

/** One line of a node's description: `rpm: 5000`. Kept apart so `diff` can show `rpm: 5000 → 6000`. */
export interface Fact {
  name: string;
  value: string;
}

/** What `diff` marks on the part of a graph that a change touched. */
export type Mark = "added" | "removed" | "changed";

export interface GraphNode {
  /** Unique in its graph and stable across changes: `group:gpt-4o`, `deployment:<id>`, `secret:openai`. */
  key: string;
  kind: NodeKind;
  label: string;
  facts: Fact[];
  mark?: Mark;
}

export interface GraphEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** Shown on the edge: the fallback's position (`1`), the credential param (`api_key`). */
  label?: string;
  mark?: Mark;
}

/** One deployment, complete even when its group is collapsed in the picture: the HTML page's table. */
export interface DeploymentRow {
  id: string;
  model: string;
  provider?: string;
  rpm?: string;
  tpm?: string;
  /** Per million tokens, as exact decimals. */
  inputCost?: string;
  outputCost?: string;
  /** Served because the proxy's modelSelector matches the Model's labels, not by its instanceRef. */
  selected?: true;
}

export interface GroupRow {
  name: string;
  wildcard: boolean;
  accessGroups: string[];
  deployments: DeploymentRow[];
}

export interface ProxyGraph {
  /** `<namespace>/<name>`. */
  instance: string;
  /** Sorted by kind (in NodeKind's order), then key. */
  nodes: GraphNode[];
  /** Sorted by kind (in EdgeKind's order), from, to, label. */
  edges: GraphEdge[];
  /** What the picture leaves out, in words (collapsed groups). */
  notes: string[];
  /** Every model group with every deployment, sorted by name. */
  groups: GroupRow[];
}
