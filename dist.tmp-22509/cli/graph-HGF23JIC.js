import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  DEFAULT_COLLAPSE_ABOVE,
  KIND_STYLES,
  MARK_STYLES,
  edgeText,
  graphsOf,
  nodeIds,
  nodeLines,
  toMermaid
} from "./chunk-ZP2Z7GZD.js";
import {
  CACHE_OPTIONS,
  CACHE_USAGE,
  cacheOption,
  compileInputs
} from "./chunk-MYTQ5LBD.js";
import "./chunk-VNTM64NP.js";
import {
  report
} from "./chunk-T6J4GSBB.js";
import "./chunk-YNR7NBTS.js";
import {
  DEFAULT_OUT,
  parse
} from "./chunk-J23Z5L4U.js";
import {
  EXIT_INPUT,
  UsageError,
  diagnostic
} from "./chunk-Q5TSJAU2.js";
import "./chunk-EPTGAQBZ.js";
import "./chunk-3EZK3CXJ.js";

// src/cli/commands/graph.ts
import { renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// src/graph/dot.ts
var SHAPES = {
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
  secret: "cylinder"
};
var EDGE_STYLES = {
  serves: "solid",
  deployment: "solid",
  fallback: "bold",
  "context-window-fallback": "dashed",
  "content-policy-fallback": "dashed",
  alias: "solid",
  access: "dotted",
  matches: "dotted",
  callback: "dotted",
  credential: "dotted"
};
function toDot(graphs) {
  const out = [
    "digraph litellm {",
    '  graph [rankdir=LR, fontname="Helvetica", fontsize=12, nodesep=0.25, ranksep=0.6];',
    '  node [fontname="Helvetica", fontsize=10, margin="0.12,0.06"];',
    '  edge [fontname="Helvetica", fontsize=9, color="#57606a", fontcolor="#57606a"];'
  ];
  graphs.forEach((graph, index) => {
    const ids = nodeIds(graph, index);
    out.push(`  subgraph cluster_p${index} {`);
    out.push(`    label=<<b>${xml(graph.instance)}</b>>; labeljust=l; style="rounded"; color="#d0d7de";`);
    for (const node of graph.nodes) out.push(`    ${nodeStatement(ids.get(node.key), node)}`);
    out.push("  }");
    graph.edges.forEach((edge, i) => out.push(`  ${edgeStatement(`p${index}_e${i}`, ids.get(edge.from), ids.get(edge.to), edge)}`));
  });
  out.push("}");
  return out.join("\n") + "\n";
}
function nodeStatement(id, node) {
  const [first, ...rest] = nodeLines(node);
  const label = [`<b>${xml(first)}</b>`, ...rest.map(xml)].join('<br align="left"/>') + (rest.length > 0 ? '<br align="left"/>' : "");
  const style = node.mark ? MARK_STYLES[node.mark] : KIND_STYLES[node.kind];
  const attrs = [
    `id=${quote(id)}`,
    `class=${quote([node.kind, node.mark].filter(Boolean).join(" "))}`,
    `shape=${SHAPES[node.kind]}`,
    `label=<${label}>`,
    `fillcolor=${quote(style.fill)}`,
    `color=${quote(style.stroke)}`
  ];
  const styles = [...SHAPES[node.kind] === "box" ? ["rounded"] : [], "filled", ...node.mark === "removed" ? ["dashed"] : []];
  attrs.push(`style=${quote(styles.join(","))}`);
  return `${id} [${attrs.join(", ")}];`;
}
function edgeStatement(id, from, to, edge) {
  const attrs = [`id=${quote(id)}`, `class=${quote(edge.kind)}`, `style=${EDGE_STYLES[edge.kind]}`];
  const label = edgeText(edge);
  if (label) attrs.push(`label=${quote(label)}`);
  if (edge.kind === "access") attrs.push("dir=none");
  if (edge.kind.endsWith("fallback")) attrs.push("constraint=false");
  if (edge.mark) attrs.push(`color=${quote(MARK_STYLES[edge.mark].stroke)}`, "penwidth=2");
  return `${from} -> ${to} [${attrs.join(", ")}];`;
}
function quote(value) {
  return `"${value.replace(/[\r\n]+/g, " ").replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
function xml(value) {
  return value.replace(/[\r\n]+/g, " ").replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);
}

// src/graph/html.ts
import { createHash } from "node:crypto";
var SCRIPT = `
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
var STYLE = `
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
function toHtml(graphs, svg, title = "litellm-gitops graph") {
  const script = SCRIPT.trim();
  const hash = createHash("sha256").update(script).digest("base64");
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'`;
  const searchable = {};
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
    ""
  ].join("\n");
}
function searchText(graph, index) {
  const ids = nodeIds(graph, index);
  const searchable = {};
  for (const node of graph.nodes) {
    if (!["group", "wildcard", "deployment", "collapsed", "alias", "route"].includes(node.kind)) continue;
    const group = graph.groups.find((g) => `group:${g.name}` === node.key || `collapsed:${g.name}` === node.key);
    const words = [node.label, ...group?.deployments.map((d) => d.model) ?? []];
    searchable[ids.get(node.key)] = words.join(" ").toLowerCase();
  }
  return searchable;
}
function table(graph) {
  const rows = graph.groups.flatMap((group) => {
    const search = [group.name, ...group.deployments.flatMap((d) => [d.model, d.provider ?? ""])].join(" ").toLowerCase();
    return group.deployments.map((d, i) => {
      const first = i === 0;
      const cells = [
        first ? `<td rowspan="${group.deployments.length}"><b>${escape(group.name)}</b>${group.wildcard ? " (wildcard route)" : ""}</td>` : "",
        `<td>${escape(d.model)}</td>`,
        `<td>${escape(d.provider ?? "")}</td>`,
        `<td class="num">${escape(d.rpm ?? "")}</td>`,
        `<td class="num">${escape(d.tpm ?? "")}</td>`,
        `<td class="num">${d.inputCost === void 0 ? "" : `$${escape(d.inputCost)}`}</td>`,
        `<td class="num">${d.outputCost === void 0 ? "" : `$${escape(d.outputCost)}`}</td>`,
        first ? `<td rowspan="${group.deployments.length}">${escape(group.accessGroups.join(", "))}</td>` : ""
      ];
      return `<tr data-search="${escape(search)}">${cells.join("")}</tr>`;
    });
  });
  return [
    "<section>",
    `<h2>${escape(graph.instance)}</h2>`,
    "<table>",
    "<thead><tr><th>model group</th><th>deployment</th><th>provider</th><th>rpm</th><th>tpm</th><th>input $/1M tokens</th><th>output $/1M tokens</th><th>access groups</th></tr></thead>",
    `<tbody>
${rows.join("\n")}
</tbody>`,
    "</table>",
    "</section>"
  ].join("\n");
}
function inlineSvg(svg) {
  const start = svg.indexOf("<svg");
  return svg.slice(start).replace(/<!--[\s\S]*?-->\n?/g, "").trim();
}
function escape(value) {
  return value.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);
}

// src/graph/svg.ts
async function toSvg(dot) {
  const { Graphviz } = await import("./dist-HQJ37VFK.js");
  const graphviz = await Graphviz.load();
  return graphviz.dot(dot, "svg");
}

// src/cli/commands/graph.ts
var GRAPH_FORMATS = ["mermaid", "dot", "svg", "html"];
var usage = `Usage: litellm-gitops graph [PATH...] [--instance NAMESPACE/NAME] [--format mermaid|dot|svg|html] [--out FILE] [--collapse N] [--strict] [--no-cache] [--cache-dir DIR]

Draws each proxy's routing and access: model groups and their deployments (provider/model,
rpm/tpm, price per million tokens), fallbacks by kind (general, context window, content
policy), aliases, access groups, wildcard routes, callbacks, and the Secrets every credential
comes from, as the secret-store keys they are read from (never a value).

  --format     mermaid (default; GitHub renders it in Markdown), dot (Graphviz), svg (drawn
               by Graphviz compiled to WebAssembly: no browser, no network), html (one
               self-contained page: the SVG, a table of every model group with its deployments
               and prices, a search box; no external script or font). Without --format, the
               extension of --out decides (.mmd, .dot/.gv, .svg, .html), else mermaid.
  --out FILE   write FILE (atomically) instead of printing on stdout
  --instance   only this proxy (NAMESPACE/NAME)
  --collapse N a group of more than N deployments is drawn as one node with their count
               (default ${DEFAULT_COLLAPSE_ABOVE}; 0 draws every deployment); the output says which
${CACHE_USAGE}
Diagnostics of the inputs are printed on stderr as text. The same input gives the same bytes
in every format.

Exit 0: drawn; 1: the inputs have errors, no such instance, or FILE cannot be written; 2: bad usage.`;
var OPTIONS = {
  ...CACHE_OPTIONS,
  strict: { type: "boolean", default: false },
  debug: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
  format: { type: "string" },
  out: { type: "string" },
  instance: { type: "string" },
  collapse: { type: "string", default: String(DEFAULT_COLLAPSE_ABOVE) }
};
var EXTENSIONS = {
  ".mmd": "mermaid",
  ".mermaid": "mermaid",
  ".dot": "dot",
  ".gv": "dot",
  ".svg": "svg",
  ".html": "html",
  ".htm": "html"
};
async function run(argv, io) {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = graphFormat(values.format, values.out);
  const collapseAbove = collapseOption(values.collapse);
  const out = values.out === void 0 ? void 0 : path.resolve(io.cwd, values.out);
  if (out !== void 0 && /\.ya?ml$/i.test(out)) {
    return writeProblem(io, values.out, "a .yaml/.yml output would be read as an input by the next run", "Name the file for its format: graph.mmd, graph.dot, graph.svg, graph.html.");
  }
  const outcome = compileInputs(positionals, {
    cwd: io.cwd,
    exclude: [DEFAULT_OUT, ...out ? [out] : []],
    strict: values.strict,
    cacheDir: cacheOption(values, io)
  });
  const code = report(outcome, io, "text", io.stderr);
  if (!outcome.result) return code;
  const graphs = graphsOf(outcome.result, { collapseAbove }).filter((g) => values.instance === void 0 || g.instance === values.instance);
  if (graphs.length === 0) {
    io.stderr.write(
      values.instance === void 0 ? "litellm-gitops graph: the inputs have no LiteLLMInstance; nothing to draw\n" : `litellm-gitops graph: no instance ${values.instance} in the project
`
    );
    return EXIT_INPUT;
  }
  const text = await draw(graphs, format);
  for (const graph of graphs) for (const note of graph.notes) io.stderr.write(`${graph.instance}: ${note}
`);
  if (out === void 0) {
    io.stdout.write(text);
    return code;
  }
  const problem = writeAtomically(out, values.out, text);
  if (problem) return writeProblem(io, values.out, problem, "Choose a --out in an existing, writable folder.");
  io.stderr.write(`${path.relative(io.cwd, out) || out}: ${format}, ${graphs.length === 1 ? "1 proxy" : `${graphs.length} proxies`}
`);
  return code;
}
async function draw(graphs, format) {
  switch (format) {
    case "mermaid":
      return toMermaid(graphs);
    case "dot":
      return toDot(graphs);
    case "svg":
      return toSvg(toDot(graphs));
    case "html":
      return toHtml(graphs, await toSvg(toDot(graphs)));
  }
}
function graphFormat(value, out) {
  if (value === void 0) return out && EXTENSIONS[path.extname(out).toLowerCase()] || "mermaid";
  if (GRAPH_FORMATS.includes(value)) return value;
  throw new UsageError(`--format must be one of ${GRAPH_FORMATS.join(", ")}`);
}
function collapseOption(value) {
  if (!/^\d{1,6}$/.test(value)) throw new UsageError("--collapse must be a whole number (0 draws every deployment)");
  return Number(value);
}
function writeAtomically(file, shown, text) {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) return `${shown} is a folder`;
    writeFileSync(temp, text);
    renameSync(temp, file);
    return void 0;
  } catch (error) {
    rmSync(temp, { force: true });
    const code = error.code;
    const folder = path.dirname(shown);
    if (code === "ENOENT") return `the folder ${folder} does not exist`;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") return `the folder ${folder} is not writable`;
    if (code === "ENOTDIR") return `a parent of ${shown} is not a folder`;
    return error instanceof Error ? error.message : String(error);
  }
}
function writeProblem(io, shown, message, hint) {
  const problem = diagnostic("LG5080", { file: shown, line: 0, column: 0, pointer: "" }, `cannot write the graph: ${message}`, hint);
  report({ diagnostics: [problem], sources: /* @__PURE__ */ new Map() }, io, "text", io.stderr);
  return EXIT_INPUT;
}
export {
  GRAPH_FORMATS,
  draw,
  run,
  usage
};
