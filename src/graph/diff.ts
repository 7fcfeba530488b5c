/**
 * The part of a proxy's graph that a change touches, for `diff`'s pull-request comment: nodes
 * and edges added, removed and changed, marked, with what they hang from (a changed deployment
 * with its group, a new group with the proxy and its aliases) so the reader knows where they
 * are. A changed node's facts read `old → new` (`input $/1M tokens: 2.5 → 3`). Pure.
 */
import { compareStrings } from "../compare.js";
import type { Fact, GraphEdge, GraphNode, Mark, ProxyGraph } from "./types.js";
import { graphsOf, sortGraph } from "./model.js";

type IRGraphs = Parameters<typeof graphsOf>[0];

/** Undefined when nothing in the graph changed: the change is not routing-relevant. */
export function graphDiff(before: ProxyGraph | undefined, after: ProxyGraph | undefined): ProxyGraph | undefined {
  const instance = (after ?? before)!.instance;
  const old = new Map((before?.nodes ?? []).map((n) => [n.key, n]));
  const now = new Map((after?.nodes ?? []).map((n) => [n.key, n]));
  const nodes = new Map<string, GraphNode>();
  for (const node of now.values()) {
    const previous = old.get(node.key);
    if (!previous) nodes.set(node.key, { ...node, mark: "added" });
    else if (!sameNode(previous, node)) nodes.set(node.key, changedNode(previous, node));
  }
  for (const node of old.values()) if (!now.has(node.key)) nodes.set(node.key, { ...node, mark: "removed" });

  const edgeKey = (e: GraphEdge) => JSON.stringify([e.from, e.to, e.kind]);
  const oldEdges = new Map((before?.edges ?? []).map((e) => [edgeKey(e), e]));
  const newEdges = new Map((after?.edges ?? []).map((e) => [edgeKey(e), e]));
  const edges = new Map<string, GraphEdge>();
  for (const [key, edge] of newEdges) {
    const previous = oldEdges.get(key);
    if (!previous) edges.set(key, { ...edge, mark: "added" });
    else if ((previous.label ?? "") !== (edge.label ?? "")) edges.set(key, { ...edge, label: `${previous.label ?? ""} → ${edge.label ?? ""}`, mark: "changed" });
  }
  for (const [key, edge] of oldEdges) if (!newEdges.has(key)) edges.set(key, { ...edge, mark: "removed" });
  if (nodes.size === 0 && edges.size === 0) return undefined;

  // Context: both ends of every marked edge, and what each marked node hangs from (the `from`
  // of the edges into it), never what hangs from it: a changed group does not pull in its
  // fifty deployments.
  const everyNode = new Map([...old, ...now]);
  const allEdges = new Map([...oldEdges, ...newEdges]);
  const include = (key: string) => {
    if (!nodes.has(key)) nodes.set(key, everyNode.get(key)!);
  };
  for (const edge of edges.values()) [edge.from, edge.to].forEach(include);
  for (const key of [...nodes.keys()]) {
    if (!nodes.get(key)!.mark) continue;
    for (const edge of allEdges.values()) if (edge.to === key) include(edge.from);
  }
  for (const [key, edge] of allEdges) if (!edges.has(key) && nodes.has(edge.from) && nodes.has(edge.to)) edges.set(key, edge);
  return sortGraph({ instance, nodes: [...nodes.values()], edges: [...edges.values()], notes: [], groups: after?.groups ?? [] });
}

function sameNode(a: GraphNode, b: GraphNode): boolean {
  return a.kind === b.kind && a.label === b.label && JSON.stringify(a.facts) === JSON.stringify(b.facts);
}

/** The new node with `old → new` wherever the label or a fact differs; a fact gone shows `old → (none)`. */
function changedNode(before: GraphNode, after: GraphNode): GraphNode {
  const old = new Map(before.facts.map((f) => [f.name, f.value]));
  const facts: Fact[] = after.facts.map((f) => {
    const previous = old.get(f.name);
    return previous === undefined ? { name: f.name, value: `(none) → ${f.value}` } : previous === f.value ? f : { name: f.name, value: `${previous} → ${f.value}` };
  });
  const names = new Set(after.facts.map((f) => f.name));
  for (const f of before.facts) if (!names.has(f.name)) facts.push({ name: f.name, value: `${f.value} → (none)` });
  const label = before.label === after.label ? after.label : `${before.label} → ${after.label}`;
  const mark: Mark = "changed";
  return { ...after, label, facts, mark };
}

/**
 * The marked graph of every proxy whose routing changed, by `<namespace>/<name>`. Nothing is
 * collapsed: the affected part is small, and a collapsed group would hide which deployment
 * changed. `before` undefined: everything is new.
 */
export function routingChanges(before: IRGraphs | undefined, after: IRGraphs): Map<string, ProxyGraph> {
  const old = new Map((before ? graphsOf(before, { collapseAbove: 0 }) : []).map((g) => [g.instance, g]));
  const now = new Map(graphsOf(after, { collapseAbove: 0 }).map((g) => [g.instance, g]));
  const changes = new Map<string, ProxyGraph>();
  for (const instance of [...new Set([...old.keys(), ...now.keys()])].sort(compareStrings)) {
    const marked = graphDiff(old.get(instance), now.get(instance));
    if (marked) changes.set(instance, marked);
  }
  return changes;
}
