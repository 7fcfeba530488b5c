/**
 * Graphs as Graphviz DOT: one cluster per proxy, HTML-like labels (the first line bold), an
 * `id` and `class` on every node and edge so that the SVG Graphviz makes from it can be
 * searched and styled (the HTML page does both). Every text goes through XML escaping inside
 * an HTML-like label, or DOT string escaping inside quotes, so input cannot leave a label.
 */
import { edgeText, nodeIds, nodeLines } from "./ids.js";
import { KIND_STYLES, MARK_STYLES } from "./mermaid.js";
import type { EdgeKind, GraphEdge, GraphNode, NodeKind, ProxyGraph } from "./types.js";

const SHAPES: Record<NodeKind, string> = {
  proxy: "box",
  group: "box",
  wildcard: "parallelogram",
  route: "cds",
  "any-group": "ellipse",
  deployment: "box",
  collapsed: "box3d",
  alias: "cds",
  "access-group": "hexagon",
  callback: "invtrapezium",
  secret: "cylinder",
  team: "trapezium",
  key: "house",
  guardrail: "octagon",
  "mcp-server": "component",
};

const EDGE_STYLES: Record<EdgeKind, string> = {
  serves: "solid",
  deployment: "solid",
  fallback: "bold",
  "context-window-fallback": "dashed",
  "content-policy-fallback": "dashed",
  alias: "solid",
  access: "dotted",
  matches: "dotted",
  callback: "dotted",
  credential: "dotted",
  "may-call": "solid",
  "member-of": "dashed",
  guardrail: "bold",
  "uses-guardrail": "dashed",
  mcp: "solid",
};

export function toDot(graphs: readonly ProxyGraph[]): string {
  const out = [
    "digraph litellm {",
    '  graph [rankdir=LR, fontname="Helvetica", fontsize=12, nodesep=0.25, ranksep=0.6];',
    '  node [fontname="Helvetica", fontsize=10, margin="0.12,0.06"];',
    '  edge [fontname="Helvetica", fontsize=9, color="#57606a", fontcolor="#57606a"];',
  ];
  graphs.forEach((graph, index) => {
    const ids = nodeIds(graph, index);
    out.push(`  subgraph cluster_p${index} {`);
    out.push(`    label=<<b>${xml(graph.instance)}</b>>; labeljust=l; style="rounded"; color="#d0d7de";`);
    for (const node of graph.nodes) out.push(`    ${nodeStatement(ids.get(node.key)!, node)}`);
    out.push("  }");
    graph.edges.forEach((edge, i) => out.push(`  ${edgeStatement(`p${index}_e${i}`, ids.get(edge.from)!, ids.get(edge.to)!, edge)}`));
  });
  out.push("}");
  return out.join("\n") + "\n";
}

function nodeStatement(id: string, node: GraphNode): string {
  const [first, ...rest] = nodeLines(node);
  const label = [`<b>${xml(first!)}</b>`, ...rest.map(xml)].join('<br align="left"/>') + (rest.length > 0 ? '<br align="left"/>' : "");
  const style = node.mark ? MARK_STYLES[node.mark] : KIND_STYLES[node.kind];
  const attrs = [
    `id=${quote(id)}`,
    `class=${quote([node.kind, node.mark].filter(Boolean).join(" "))}`,
    `shape=${SHAPES[node.kind]}`,
    `label=<${label}>`,
    `fillcolor=${quote(style.fill)}`,
    `color=${quote(style.stroke)}`,
  ];
  // "rounded" only where the shape is a box; Graphviz warns about it on others.
  const styles = [...(SHAPES[node.kind] === "box" ? ["rounded"] : []), "filled", ...(node.mark === "removed" ? ["dashed"] : [])];
  attrs.push(`style=${quote(styles.join(","))}`);
  return `${id} [${attrs.join(", ")}];`;
}

function edgeStatement(id: string, from: string, to: string, edge: GraphEdge): string {
  const attrs = [`id=${quote(id)}`, `class=${quote(edge.kind)}`, `style=${EDGE_STYLES[edge.kind]}`];
  const label = edgeText(edge);
  if (label) attrs.push(`label=${quote(label)}`);
  if (edge.kind === "access") attrs.push("dir=none");
  // Fallbacks join groups of one rank; letting them rank the layout would push one group right of the other.
  if (edge.kind.endsWith("fallback")) attrs.push("constraint=false");
  if (edge.mark) attrs.push(`color=${quote(MARK_STYLES[edge.mark].stroke)}`, "penwidth=2");
  return `${from} -> ${to} [${attrs.join(", ")}];`;
}

/** A DOT quoted string: `"` and `\` escaped (so `\l`, `\N` in input stay literal), one line. */
function quote(value: string): string {
  return `"${value.replace(/[\r\n]+/g, " ").replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** Text inside an HTML-like label: XML-escaped, one line. */
function xml(value: string): string {
  return value
    .replace(/[\r\n]+/g, " ")
    .replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);
}
