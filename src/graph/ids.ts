import type { ProxyGraph } from "./types.js";

/**
 * Identifiers for the writers: `p<index>_<key with every non-alphanumeric as _>`, unique within
 * the picture (a clash gets `_2`, `_3` in node order). Letters, digits and `_` only, so no
 * input can break out of an identifier in Mermaid or DOT, and always starting with `p`, so
 * none is a keyword (`end`, `graph`) or an edge marker Mermaid reads in `A---oB`.
 */
export function nodeIds(graph: ProxyGraph, index: number): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const node of graph.nodes) {
    // A deployment's key holds a UUID: its first 8 characters tell it apart in practice, and a clash still gets `_2`.
    const key = node.kind === "deployment" ? node.key.slice(0, "deployment:".length + 8) : node.key;
    const base = `p${index}_${key.replace(/[^A-Za-z0-9]/g, "_")}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    ids.set(node.key, id);
  }
  return ids;
}

/** A node's text lines: the label, then each fact as `name: value` (or the value alone). */
export function nodeLines(node: { label: string; facts: ReadonlyArray<{ name: string; value: string }> }): string[] {
  return [node.label, ...node.facts.map((f) => (f.name ? `${f.name}: ${f.value}` : f.value))];
}

/** What an edge says: its kind in words, and its label (`fallback 1`, `api_key`). */
export function edgeText(edge: { kind: string; label?: string }): string | undefined {
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
    case "may-call":
      return `may call${edge.label ? ` ${edge.label}` : ""}`;
    case "member-of":
      return "of team";
    case "uses-guardrail":
      return "asks for";
    case "mcp":
      return "MCP";
    case "serves":
    case "deployment":
      return edge.label;
    default:
      return edge.label ?? edge.kind;
  }
}
