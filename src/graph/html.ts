/**
 * One self-contained HTML page: the SVG (inline), per proxy a table of every model group with
 * its deployments and prices, and a search box that filters the tables and highlights the
 * matching groups in the picture. No external script, style, font or image: a
 * Content-Security-Policy of `default-src 'none'` (with the one inline script allowed by its
 * hash) makes the browser refuse any request the page might try, so it works offline and
 * leaks nothing when opened from a pull-request artifact.
 */
import { createHash } from "node:crypto";
import { nodeIds } from "./ids.js";
import type { ProxyGraph } from "./types.js";

/** The page's behaviour: filter rows and highlight nodes whose model group or deployment matches. */
const SCRIPT = `
const input = document.getElementById("search");
function apply() {
  const q = input.value.trim().toLowerCase();
  for (const row of document.querySelectorAll("tr[data-search]")) {
    row.hidden = q !== "" && !row.dataset.search.includes(q);
  }
  for (const node of document.querySelectorAll("svg g.node")) {
    const hit = q !== "" && (node.dataset.search || "").includes(q);
    node.classList.toggle("hit", hit);
    node.classList.toggle("dim", q !== "" && !hit);
  }
}
const picture = document.getElementById("picture");
for (const [id, text] of Object.entries(JSON.parse(picture.dataset.nodes))) {
  const node = document.getElementById(id);
  if (node) node.dataset.search = text;
}
input.addEventListener("input", apply);
apply();
`;

const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px; color: #1f2328; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin-top: 32px; }
.notes { color: #57606a; }
input[type=search] { font-size: 14px; padding: 6px 10px; width: 320px; }
.picture { overflow: auto; border: 1px solid #d0d7de; border-radius: 6px; padding: 8px; }
.picture svg { max-width: none; height: auto; }
table { border-collapse: collapse; margin-top: 12px; font-size: 13px; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
g.node.hit polygon, g.node.hit path, g.node.hit ellipse { stroke: #0969da; stroke-width: 3px; }
g.node.dim { opacity: 0.35; }
`;

/** `svg` is Graphviz's drawing of toDot(graphs): node ids are the writers' ids (p<index>_…). */
export function toHtml(graphs: readonly ProxyGraph[], svg: string, title = "litellm-gitops graph"): string {
  const script = SCRIPT.trim();
  const hash = createHash("sha256").update(script).digest("base64");
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'`;
  const searchable: Record<string, string> = {};
  graphs.forEach((graph, index) => Object.assign(searchable, searchText(graph, index)));
  const notes = graphs.flatMap((g) => g.notes.map((n) => `${g.instance}: ${n}`));
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    `<h1>${escape(title)}</h1>`,
    '<p><label>Search model groups and deployments: <input id="search" type="search" placeholder="gpt-4o" autocomplete="off"></label></p>',
    notes.length > 0 ? `<p class="notes">${notes.map(escape).join("<br>")}</p>` : "",
    `<div class="picture" id="picture" data-nodes="${escape(JSON.stringify(searchable))}">${inlineSvg(svg)}</div>`,
    ...graphs.map(table),
    `<script>${script}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** What each picture node answers to in the search: its label and, for a group, its deployments' models. */
function searchText(graph: ProxyGraph, index: number): Record<string, string> {
  const ids = nodeIds(graph, index);
  const searchable: Record<string, string> = {};
  for (const node of graph.nodes) {
    if (!["group", "wildcard", "deployment", "collapsed", "alias", "route"].includes(node.kind)) continue;
    const group = graph.groups.find((g) => `group:${g.name}` === node.key || `collapsed:${g.name}` === node.key);
    const words = [node.label, ...(group?.deployments.map((d) => d.model) ?? [])];
    searchable[ids.get(node.key)!] = words.join(" ").toLowerCase();
  }
  return searchable;
}

function table(graph: ProxyGraph): string {
  const rows = graph.groups.flatMap((group) => {
    // A group's rows show and hide together: its first row holds the group's cells.
    const search = [group.name, ...group.deployments.flatMap((d) => [d.model, d.provider ?? ""])].join(" ").toLowerCase();
    return group.deployments.map((d, i) => {
      const first = i === 0;
      const cells = [
        first ? `<td rowspan="${group.deployments.length}"><b>${escape(group.name)}</b>${group.wildcard ? " (wildcard route)" : ""}</td>` : "",
        `<td>${escape(d.model)}</td>`,
        `<td>${escape(d.provider ?? "")}</td>`,
        `<td class="num">${escape(d.rpm ?? "")}</td>`,
        `<td class="num">${escape(d.tpm ?? "")}</td>`,
        `<td class="num">${d.inputCost === undefined ? "" : `$${escape(d.inputCost)}`}</td>`,
        `<td class="num">${d.outputCost === undefined ? "" : `$${escape(d.outputCost)}`}</td>`,
        first ? `<td rowspan="${group.deployments.length}">${escape(group.accessGroups.join(", "))}</td>` : "",
      ];
      return `<tr data-search="${escape(search)}">${cells.join("")}</tr>`;
    });
  });
  return [
    "<section>",
    `<h2>${escape(graph.instance)}</h2>`,
    "<table>",
    "<thead><tr><th>model group</th><th>deployment</th><th>provider</th><th>rpm</th><th>tpm</th><th>input $/1M tokens</th><th>output $/1M tokens</th><th>access groups</th></tr></thead>",
    `<tbody>\n${rows.join("\n")}\n</tbody>`,
    "</table>",
    "</section>",
  ].join("\n");
}

/** Graphviz's SVG document without its XML prolog, DOCTYPE and comments: an element for inside HTML. */
function inlineSvg(svg: string): string {
  const start = svg.indexOf("<svg");
  return svg.slice(start).replace(/<!--[\s\S]*?-->\n?/g, "").trim();
}

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);
}
