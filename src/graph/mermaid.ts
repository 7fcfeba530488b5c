/**
 * Graphs as a Mermaid flowchart, for pull-request comments (GitHub renders ```mermaid blocks)
 * and `graph --format mermaid`. One subgraph per proxy; node and edge styles by kind; marks
 * from `diff` (added, removed, changed) as classes and link styles, with a legend.
 *
 * Every text is quoted and written with Mermaid's entity codes (`#quot;`, `#35;`, `#96;`), so
 * no model name can end a label, add a statement or close the Markdown code fence around it.
 */
import { edgeText, nodeIds, nodeLines } from "./ids.js";
import type { EdgeKind, GraphEdge, GraphNode, Mark, NodeKind, ProxyGraph } from "./types.js";

/** Shape brackets per kind (Mermaid flowchart node shapes). */
const SHAPES: Record<NodeKind, [string, string]> = {
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
  secret: ["[(", ")]"],
  team: ["[/", "\\]"],
  key: ["[\\", "/]"],
  guardrail: ["{", "}"],
  "mcp-server": ["[[", "]]"],
};

const ARROWS: Record<EdgeKind, string> = {
  serves: "-->",
  deployment: "-->",
  fallback: "==>",
  "context-window-fallback": "-.->",
  "content-policy-fallback": "-.->",
  alias: "-->",
  access: "-.-",
  matches: "-.->",
  callback: "-.->",
  credential: "-.->",
  "may-call": "-->",
  "member-of": "-.->",
  guardrail: "-->",
  "uses-guardrail": "-.->",
  mcp: "-->",
};

/** Fill and stroke per kind; GitHub's light palette, readable in its dark theme too. */
export const KIND_STYLES: Record<NodeKind, { fill: string; stroke: string }> = {
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
  secret: { fill: "#ffebe9", stroke: "#cf222e" },
  team: { fill: "#ddf4ff", stroke: "#0550ae" },
  key: { fill: "#f5f0ff", stroke: "#6639ba" },
  guardrail: { fill: "#fff8c5", stroke: "#bf8700" },
  "mcp-server": { fill: "#dafbe1", stroke: "#116329" },
};

export const MARK_STYLES: Record<Mark, { fill: string; stroke: string; dash?: string }> = {
  added: { fill: "#aceebb", stroke: "#1a7f37" },
  removed: { fill: "#ffcecb", stroke: "#cf222e", dash: "5 5" },
  changed: { fill: "#fae17d", stroke: "#9a6700" },
};

export interface MermaidOptions {
  /** Adds a legend of the marks (for `diff`). */
  legend?: boolean;
}

export function toMermaid(graphs: readonly ProxyGraph[], options: MermaidOptions = {}): string {
  const out: string[] = ["flowchart LR"];
  const edges: string[] = [];
  const linkStyles: string[] = [];
  // Kinds, then marks: Mermaid applies a node's classes in the order of the `class` lines,
  // so a mark's colours must come after its kind's to show.
  const classes = new Map<string, string[]>([...Object.keys(KIND_STYLES), ...Object.keys(MARK_STYLES)].map((name) => [name, []]));
  const addClass = (name: string, id: string) => classes.get(name)!.push(id);
  let edgeIndex = 0;

  graphs.forEach((graph, index) => {
    const ids = nodeIds(graph, index);
    for (const note of graph.notes) out.push(`  %% ${text(note)}`);
    out.push(`  subgraph p${index}["${text(graph.instance)}"]`);
    for (const node of graph.nodes) {
      const id = ids.get(node.key)!;
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
    for (const mark of ["added", "removed", "changed"] as const) {
      out.push(`    legend_${mark}["${mark}"]`);
      addClass(mark, `legend_${mark}`);
    }
    out.push("  end");
  }
  out.push(...edges, ...linkStyles);
  const styles: Record<string, { fill: string; stroke: string; dash?: string }> = { ...KIND_STYLES, ...MARK_STYLES };
  for (const [name, style] of Object.entries(styles)) if (classes.get(name)!.length > 0) out.push(`  classDef ${className(name)} ${classDef(style)}`);
  for (const [name, ids] of classes) if (ids.length > 0) out.push(`  class ${ids.join(",")} ${className(name)}`);
  return out.join("\n") + "\n";
}

function shape(node: GraphNode): string {
  const [open, close] = SHAPES[node.kind];
  return `${open}"${nodeLines(node).map(text).join("<br/>")}"${close}`;
}

function arrow(edge: GraphEdge): string {
  const label = edgeText(edge);
  return label ? `${ARROWS[edge.kind]}|"${text(label)}"|` : ARROWS[edge.kind];
}

/** `access-group` → `access_group`: a class name Mermaid's grammar takes. */
function className(name: string): string {
  return name.replace(/-/g, "_");
}

function classDef(style: { fill: string; stroke: string; dash?: string }): string {
  return `fill:${style.fill},stroke:${style.stroke},color:#1f2328${style.dash ? `,stroke-dasharray:${style.dash}` : ""}`;
}

function linkStyle(style: { stroke: string; dash?: string }): string {
  return `stroke:${style.stroke},stroke-width:3px${style.dash ? `,stroke-dasharray:${style.dash}` : ""}`;
}

/**
 * Text for inside a quoted label or a comment: entity codes for what Mermaid or Markdown would
 * read (quotes, `#`, `<`, `>`, `&`, `|`, backticks), one line.
 */
export function text(value: string): string {
  return value
    .replace(/[\r\n\t]+/g, " ")
    .replace(/[#"<>&|`;]/g, (c) => `#${c.codePointAt(0)};`);
}
