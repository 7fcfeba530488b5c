import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  graphsOf,
  sortGraph,
  toMermaid
} from "./chunk-ZP2Z7GZD.js";
import {
  outputFolder
} from "./chunk-RJYWLNRT.js";
import {
  TARGET_OPTION,
  effectiveTarget,
  emitLiteLLMConfig,
  parseTarget,
  renderTarget,
  targetFiles
} from "./chunk-GTMB3WS2.js";
import {
  CACHE_OPTIONS,
  CACHE_USAGE,
  cacheOption,
  compileInputs
} from "./chunk-MYTQ5LBD.js";
import "./chunk-VNTM64NP.js";
import {
  formatNumber
} from "./chunk-TK4S3H2I.js";
import {
  outputCommandStream,
  report
} from "./chunk-T6J4GSBB.js";
import {
  isRecord
} from "./chunk-YNR7NBTS.js";
import {
  COMMON_OPTIONS,
  DEFAULT_OUT,
  formatOption,
  parse
} from "./chunk-J23Z5L4U.js";
import {
  CODES,
  EXIT_INPUT,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  maskSensitive
} from "./chunk-Q5TSJAU2.js";
import {
  compareStrings
} from "./chunk-EPTGAQBZ.js";
import "./chunk-3EZK3CXJ.js";

// src/cli/commands/diff.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path2 from "node:path";

// src/diff/diff.ts
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";

// src/diff/values.ts
import { isDeepStrictEqual } from "node:util";
function pathSegment(key) {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${key}]`;
}
function namedItems(v) {
  if (!Array.isArray(v) || v.length === 0) return void 0;
  const map = /* @__PURE__ */ new Map();
  for (const item of v) {
    if (!isRecord(item) || typeof item.name !== "string" || map.has(item.name)) return void 0;
    map.set(item.name, item);
  }
  return map;
}
function changedPaths(before, after, maxDepth = 8) {
  const out = /* @__PURE__ */ new Set();
  const walk = (a, b, path3, depth) => {
    if (isDeepStrictEqual(a, b)) return;
    if (depth >= maxDepth) {
      out.add(path3);
      return;
    }
    if (isRecord(a) && isRecord(b)) {
      for (const key of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[key], b[key], path3 + pathSegment(key), depth + 1);
      return;
    }
    const na = namedItems(a);
    const nb = namedItems(b);
    if (na && nb) {
      for (const name of /* @__PURE__ */ new Set([...na.keys(), ...nb.keys()])) walk(na.get(name), nb.get(name), `${path3}[name=${name}]`, depth + 1);
      return;
    }
    out.add(path3);
  };
  walk(before, after, "", 0);
  return [...out].map((p) => p.startsWith(".") ? p.slice(1) : p).sort();
}
function fieldChanges(prefix, before, after) {
  const changes = [];
  for (const key of /* @__PURE__ */ new Set([...Object.keys(after), ...Object.keys(before)])) {
    const a = before[key];
    const b = after[key];
    if (isDeepStrictEqual(a, b)) continue;
    const change = { path: prefix + pathSegment(key) };
    if (a !== void 0) change.before = maskSensitive(key, a);
    if (b !== void 0) change.after = maskSensitive(key, b);
    changes.push(change);
  }
  return changes;
}

// src/diff/diff.ts
var NOTHING = { instances: [], files: /* @__PURE__ */ new Map() };
function diffIR(before, after, render = renderAsBuild()) {
  return diffRendered(before === void 0 ? NOTHING : render(before), render(after));
}
function renderAsBuild(flag) {
  return (ir) => {
    const rendering = renderTarget(ir, effectiveTarget(flag, ir.settings));
    return { instances: rendering.instances, files: targetFiles(ir, rendering) };
  };
}
function diffRendered(before, after) {
  const old = new Map(before.instances.map((r) => [r.dir, r]));
  const now = new Map(after.instances.map((r) => [r.dir, r]));
  const dirs = [.../* @__PURE__ */ new Set([...old.keys(), ...now.keys()])].sort(compareStrings);
  const instances = dirs.map((dir) => diffInstance(dir, old.get(dir), now.get(dir))).filter((d) => !instanceUnchanged(d));
  return { instances, files: diffFiles(before.files, after.files) };
}
function isEmpty(diff) {
  const { added, removed, changed } = diff.files;
  return diff.instances.length === 0 && added.length === 0 && removed.length === 0 && changed.length === 0;
}
function instanceUnchanged(d) {
  const { models, objects } = d;
  return d.status === "changed" && models.added.length + models.removed.length + models.changed.length === 0 && d.settings.length === 0 && objects.added.length + objects.removed.length + objects.changed.length === 0;
}
function diffInstance(dir, before, after) {
  const a = before ? emitLiteLLMConfig(before.instance) : {};
  const b = after ? emitLiteLLMConfig(after.instance) : {};
  return {
    dir,
    status: before === void 0 ? "added" : after === void 0 ? "removed" : "changed",
    models: diffModels(modelEntries(a), modelEntries(b)),
    settings: ["litellm_settings", "router_settings", "general_settings"].flatMap(
      (section) => fieldChanges(section, record(a[section]), record(b[section]))
    ),
    objects: diffObjects(before?.objects ?? [], after?.objects ?? [])
  };
}
function modelEntries(config) {
  const list = Array.isArray(config.model_list) ? config.model_list : [];
  return new Map(list.map((m) => [String(m.model_info.id), m]));
}
function summary(entry) {
  return { id: String(entry.model_info.id), modelName: entry.model_name, model: String(entry.litellm_params.model) };
}
function diffModels(before, after) {
  const added = [];
  const changed = [];
  for (const [id, entry] of after) {
    const old = before.get(id);
    if (old === void 0) {
      added.push(summary(entry));
      continue;
    }
    const changes = [
      ...fieldChanges("", { model_name: old.model_name }, { model_name: entry.model_name }),
      ...fieldChanges("litellm_params", old.litellm_params, entry.litellm_params),
      ...fieldChanges("model_info", old.model_info, entry.model_info)
    ].map((c) => c.path.startsWith(".") ? { ...c, path: c.path.slice(1) } : c);
    if (changes.length > 0) changed.push({ ...summary(entry), changes });
  }
  const removed = [...before].filter(([id]) => !after.has(id)).map(([, entry]) => summary(entry));
  return { added, removed, changed };
}
function objectKey(o) {
  return `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`;
}
function ref(o) {
  return { apiVersion: o.apiVersion, kind: o.kind, namespace: o.metadata.namespace, name: o.metadata.name };
}
function diffObjects(before, after) {
  const old = new Map(before.map((o) => [objectKey(o), o]));
  const now = new Map(after.map((o) => [objectKey(o), o]));
  const added = [];
  const changed = [];
  for (const object of now.values()) {
    const previous = old.get(objectKey(object));
    if (previous === void 0) added.push(ref(object));
    else if (!isDeepStrictEqual2(previous, object)) {
      changed.push({ ...ref(object), paths: object.kind === "Secret" ? [] : changedPaths(previous, object) });
    }
  }
  const removed = [...old].filter(([key]) => !now.has(key)).map(([, o]) => ref(o));
  return { added, removed, changed };
}
function diffFiles(before, after) {
  const added = [];
  const changed = [];
  for (const [file, text] of after) {
    const old = before.get(file);
    if (old === void 0) added.push(file);
    else if (old !== text) changed.push(file);
  }
  const removed = [...before.keys()].filter((f) => !after.has(f));
  return { added: added.sort(compareStrings), removed: removed.sort(compareStrings), changed: changed.sort(compareStrings) };
}
function record(v) {
  return isRecord(v) ? v : {};
}

// src/diff/git.ts
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
var GitError = class extends Error {
  constructor(message, kind) {
    super(message);
    this.kind = kind;
  }
  kind;
};
function git(args, cwd, env, input) {
  const result = spawnSync("git", args, { cwd, env, input, maxBuffer: 1 << 30 });
  if (result.error) throw new GitError(`cannot run git: ${result.error.message}`, "failed");
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr.toString("utf8").trim() };
}
function repositoryOf(cwd, env) {
  const r = git(["rev-parse", "--show-cdup", "--show-prefix"], cwd, env);
  if (!r.ok) throw new GitError(`${cwd} is not inside a Git work tree (${r.stderr})`, "not-a-repo");
  const [cdup = "", prefix = ""] = r.stdout.toString("utf8").split("\n");
  return { root: path.resolve(cwd, cdup), prefix: prefix.replace(/\/$/, "") };
}
function resolveCommit(repo, ref2, env) {
  const r = git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref2}^{commit}`], repo.root, env);
  if (!r.ok) throw new GitError(`unknown revision "${ref2}": no commit by that name in ${repo.root}`, "unknown-ref");
  return r.stdout.toString("utf8").trim();
}
var GLOB_CHARS = /[*?[\]{}()!]/;
function staticBase(p) {
  const segments = p.split(/[\\/]/);
  const fixed = [];
  for (const s of segments) {
    if (GLOB_CHARS.test(s)) break;
    fixed.push(s);
  }
  return fixed.join("/") || (p.startsWith("/") ? "/" : ".");
}
function extractYamlAt(repo, commit, env, options) {
  const toRepo = (abs) => {
    const rel = path.relative(repo.root, abs);
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new GitError(`${abs} is outside the Git repository ${repo.root}`, "outside");
    return rel.split(path.sep).join("/");
  };
  const given = options.paths.length > 0 ? options.paths : ["."];
  const roots = given.map((p) => toRepo(path.resolve(options.cwd, staticBase(p))));
  const named = new Set(given.filter((p) => !GLOB_CHARS.test(p)).map((p) => toRepo(path.resolve(options.cwd, p))));
  const excluded = options.exclude.map((e) => toRepoOrNull(repo.root, e)).filter((e) => e !== null);
  const pathspecs = roots.includes("") ? [] : [...new Set(roots)];
  const listing = git(["--literal-pathspecs", "ls-tree", "-r", "-z", commit, "--", ...pathspecs], repo.root, env);
  if (!listing.ok) throw new GitError(`git ls-tree failed: ${listing.stderr}`, "failed");
  const blobs = [];
  for (const entry of listing.stdout.toString("utf8").split("\0")) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (!match || match[2] !== "blob" || match[1] === "120000") continue;
    const file = match[4];
    if (!wanted(file, named, excluded)) continue;
    blobs.push({ oid: match[3], file });
  }
  const contents = catFiles(repo, blobs.map((b) => b.oid), env);
  blobs.forEach((b, i) => {
    const target = path.join(options.dest, ...b.file.split("/"));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, contents[i]);
  });
  const cwd = path.join(options.dest, ...repo.prefix === "" ? [] : repo.prefix.split("/"));
  mkdirSync(cwd, { recursive: true });
  const paths = options.paths.map((p) => path.isAbsolute(p) ? path.join(options.dest, toRepo(p)) : p);
  return { cwd, paths, files: blobs.length };
}
function toRepoOrNull(root, abs) {
  const rel = path.relative(root, abs);
  return rel.startsWith("..") || path.isAbsolute(rel) ? null : rel.split(path.sep).join("/");
}
function wanted(file, named, excluded) {
  if (file.split("/").some((s) => s === "node_modules" || s === ".git")) return false;
  if (excluded.some((e) => e === "" || file === e || file.startsWith(`${e}/`))) return false;
  return /\.ya?ml$/.test(file) || named.has(file);
}
function catFiles(repo, oids, env) {
  if (oids.length === 0) return [];
  const r = git(["cat-file", "--batch"], repo.root, env, Buffer.from(oids.join("\n") + "\n"));
  if (!r.ok) throw new GitError(`git cat-file failed: ${r.stderr}`, "failed");
  const out = [];
  let at = 0;
  for (const oid of oids) {
    const eol = r.stdout.indexOf(10, at);
    const header = r.stdout.subarray(at, eol).toString("utf8");
    const size = Number(/^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1]);
    if (!Number.isSafeInteger(size)) throw new GitError(`git cat-file: unexpected answer for ${oid}: ${header}`, "failed");
    out.push(r.stdout.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return out;
}

// src/diff/markdown.ts
var COMMENT_MARKER = "<!-- litellm-gitops-diff -->";
var MAX_VALUE = 120;
function formatMarkdown(diff, options) {
  const out = [COMMENT_MARKER, `### litellm-gitops diff against \`${options.base}\``, ""];
  if (options.baseNote) out.push(`> **Note:** ${options.baseNote}`, "");
  const { files } = diff;
  if (diff.instances.length === 0 && files.added.length + files.removed.length + files.changed.length === 0) {
    out.push("No change to the rendered output.", "");
    return out.join("\n");
  }
  out.push(totals(diff), "");
  for (const instance of diff.instances) {
    out.push(...instanceSection(instance));
    const graph = options.graphs?.get(instance.dir);
    if (graph) out.push(...graphSection(graph));
  }
  out.push(...filesSection(diff, options.outDir));
  return out.join("\n");
}
function totals(diff) {
  const count = (pick) => diff.instances.reduce((n2, d) => n2 + pick(d), 0);
  const models = [
    `${count((d) => d.models.added.length)} added`,
    `${count((d) => d.models.removed.length)} removed`,
    `${count((d) => d.models.changed.length)} changed`
  ];
  const objects = [
    `${count((d) => d.objects.added.length)} added`,
    `${count((d) => d.objects.removed.length)} removed`,
    `${count((d) => d.objects.changed.length)} changed`
  ];
  const n = diff.instances.length;
  return `**${n} instance${n === 1 ? "" : "s"} affected** \xB7 models: ${models.join(", ")} \xB7 objects: ${objects.join(", ")}`;
}
function instanceSection(d) {
  const status = d.status === "changed" ? "" : ` (${d.status === "added" ? "new instance" : "instance removed"})`;
  const out = [`#### \`${d.dir}\`${status}`, ""];
  if (d.models.added.length > 0) out.push("**Models added**", "", ...modelTable(d.models.added), "");
  if (d.models.removed.length > 0) out.push("**Models removed**", "", ...modelTable(d.models.removed), "");
  if (d.models.changed.length > 0) {
    out.push("**Models changed**", "");
    for (const m of d.models.changed) {
      out.push(`${code(m.modelName)} (${code(m.model)}, id ${code(m.id)})`, "", ...changeTable(m.changes), "");
    }
  }
  if (d.settings.length > 0) out.push("**config.yaml settings changed**", "", ...changeTable(d.settings), "");
  const objects = objectLines(d.objects);
  if (objects.length > 0) out.push("**Kubernetes objects**", "", ...objects, "");
  return out;
}
function graphSection(graph) {
  const title = "**Routing graph** (the part this change touches, with what it hangs from)";
  const text = toMermaid([graph], { legend: true }).trimEnd();
  if (text.length > MERMAID_MAX_TEXT || graph.edges.length > MERMAID_MAX_EDGES) {
    return [
      title,
      "",
      `Too large to draw in a comment (${graph.nodes.length} nodes, ${graph.edges.length} edges): run \`litellm-gitops graph --instance ${graph.instance} --out graph.html\` to see it.`,
      ""
    ];
  }
  return [
    title,
    "",
    "```mermaid",
    text,
    "```",
    "",
    "Legend: green added, red dashed removed, yellow changed (`old \u2192 new`; prices per million tokens); white: unchanged context.",
    ""
  ];
}
var MERMAID_MAX_TEXT = 5e4;
var MERMAID_MAX_EDGES = 500;
function modelTable(models) {
  return [
    "| model_name | model | id |",
    "| --- | --- | --- |",
    ...models.map((m) => `| ${cell(m.modelName)} | ${cell(m.model)} | ${cell(m.id)} |`)
  ];
}
function changeTable(changes) {
  const side = (v) => v === void 0 ? "*(not set)*" : cell(inline(v));
  return [
    "| field | before | after |",
    "| --- | --- | --- |",
    ...changes.map((c) => `| ${cell(c.path)} | ${side(c.before)} | ${side(c.after)} |`)
  ];
}
function objectLines(objects) {
  const name = (o) => code(`${o.kind}/${o.name}`);
  const changed = (o) => o.paths.length === 0 ? name(o) : `${name(o)}: ${o.paths.map(code).join(", ")}`;
  return [
    ...objects.added.map((o) => `- added ${name(o)}`),
    ...objects.removed.map((o) => `- removed ${name(o)}`),
    ...objects.changed.map((o) => `- changed ${changed(o)}`)
  ];
}
function filesSection(diff, outDir) {
  const { added, removed, changed } = diff.files;
  const total = added.length + removed.length + changed.length;
  if (total === 0) return [];
  const prefix = outDir === "." || outDir === "" ? "" : `${outDir}/`;
  const lines = [
    ...added.map((f) => `- added ${code(prefix + f)}`),
    ...removed.map((f) => `- removed ${code(prefix + f)}`),
    ...changed.map((f) => `- changed ${code(prefix + f)}`)
  ];
  const summary2 = `Rendered files: ${added.length} added, ${removed.length} removed, ${changed.length} changed`;
  return ["<details>", `<summary>${summary2}</summary>`, "", ...lines, "", "</details>", ""];
}
function inline(value, nested = false) {
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return nested && !/^[^\s,[\]{}:#"'`|][^,[\]{}:#"'`|]*$/.test(value) ? JSON.stringify(value) : value;
  if (value === null || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => inline(v, true)).join(", ")}]`;
  if (typeof value === "object") {
    return `{${Object.entries(value).map(([k, v]) => `${inline(k, true)}: ${inline(v, true)}`).join(", ")}}`;
  }
  return String(value);
}
function code(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function cell(text) {
  const oneLine = text.replace(/\r?\n/g, "\u23CE");
  const cut = oneLine.length > MAX_VALUE ? `${oneLine.slice(0, MAX_VALUE - 1)}\u2026` : oneLine;
  return code(cut).replace(/\|/g, "\\|");
}

// src/graph/diff.ts
function graphDiff(before, after) {
  const instance = (after ?? before).instance;
  const old = new Map((before?.nodes ?? []).map((n) => [n.key, n]));
  const now = new Map((after?.nodes ?? []).map((n) => [n.key, n]));
  const nodes = /* @__PURE__ */ new Map();
  for (const node of now.values()) {
    const previous = old.get(node.key);
    if (!previous) nodes.set(node.key, { ...node, mark: "added" });
    else if (!sameNode(previous, node)) nodes.set(node.key, changedNode(previous, node));
  }
  for (const node of old.values()) if (!now.has(node.key)) nodes.set(node.key, { ...node, mark: "removed" });
  const edgeKey = (e) => JSON.stringify([e.from, e.to, e.kind]);
  const oldEdges = new Map((before?.edges ?? []).map((e) => [edgeKey(e), e]));
  const newEdges = new Map((after?.edges ?? []).map((e) => [edgeKey(e), e]));
  const edges = /* @__PURE__ */ new Map();
  for (const [key, edge] of newEdges) {
    const previous = oldEdges.get(key);
    if (!previous) edges.set(key, { ...edge, mark: "added" });
    else if ((previous.label ?? "") !== (edge.label ?? "")) edges.set(key, { ...edge, label: `${previous.label ?? ""} \u2192 ${edge.label ?? ""}`, mark: "changed" });
  }
  for (const [key, edge] of oldEdges) if (!newEdges.has(key)) edges.set(key, { ...edge, mark: "removed" });
  if (nodes.size === 0 && edges.size === 0) return void 0;
  const everyNode = new Map([...old, ...now]);
  const allEdges = new Map([...oldEdges, ...newEdges]);
  const include = (key) => {
    if (!nodes.has(key)) nodes.set(key, everyNode.get(key));
  };
  for (const edge of edges.values()) [edge.from, edge.to].forEach(include);
  for (const key of [...nodes.keys()]) {
    if (!nodes.get(key).mark) continue;
    for (const edge of allEdges.values()) if (edge.to === key) include(edge.from);
  }
  for (const [key, edge] of allEdges) if (!edges.has(key) && nodes.has(edge.from) && nodes.has(edge.to)) edges.set(key, edge);
  return sortGraph({ instance, nodes: [...nodes.values()], edges: [...edges.values()], notes: [], groups: after?.groups ?? [] });
}
function sameNode(a, b) {
  return a.kind === b.kind && a.label === b.label && JSON.stringify(a.facts) === JSON.stringify(b.facts);
}
function changedNode(before, after) {
  const old = new Map(before.facts.map((f) => [f.name, f.value]));
  const facts = after.facts.map((f) => {
    const previous = old.get(f.name);
    return previous === void 0 ? { name: f.name, value: `(none) \u2192 ${f.value}` } : previous === f.value ? f : { name: f.name, value: `${previous} \u2192 ${f.value}` };
  });
  const names = new Set(after.facts.map((f) => f.name));
  for (const f of before.facts) if (!names.has(f.name)) facts.push({ name: f.name, value: `${f.value} \u2192 (none)` });
  const label = before.label === after.label ? after.label : `${before.label} \u2192 ${after.label}`;
  const mark = "changed";
  return { ...after, label, facts, mark };
}
function routingChanges(before, after) {
  const old = new Map((before ? graphsOf(before, { collapseAbove: 0 }) : []).map((g) => [g.instance, g]));
  const now = new Map(graphsOf(after, { collapseAbove: 0 }).map((g) => [g.instance, g]));
  const changes = /* @__PURE__ */ new Map();
  for (const instance of [.../* @__PURE__ */ new Set([...old.keys(), ...now.keys()])].sort(compareStrings)) {
    const marked = graphDiff(old.get(instance), now.get(instance));
    if (marked) changes.set(instance, marked);
  }
  return changes;
}

// src/cli/commands/diff.ts
var usage = `Usage: litellm-gitops diff --base REF [PATH...] [--out DIR] [--target manifests|helm|all] [--exit-code] [--no-graph] [--strict] [--format text|json|github] [--no-cache] [--cache-dir DIR]

Prints, as Markdown for a pull-request comment, what the working tree changes in the rendered
output compared with Git revision REF: per instance, the models added, removed and changed
(with old and new config.yaml values), config.yaml settings changed, and Kubernetes objects
added, removed and changed. When the routing changed (groups, deployments and their limits
or prices, fallbacks, aliases, access groups, callbacks, Secrets' store keys), a Mermaid
picture of the affected part of each proxy's graph follows its tables. PATH is read in the working tree and, at REF, in the Git
repository that contains the current folder. No credential is ever printed: config.yaml
holds only os.environ/NAME references, and objects are compared by path, not value.

  --base REF     the revision to compare with (origin/main, a tag, a commit)
  --out DIR      the output folder, not read as input (default: ${DEFAULT_OUT})
  --target       what is compared, as for build (default: each side's CompilerConfig spec.targets)
  --exit-code    exit 1 when there are changes (like git diff --exit-code)
  --no-graph     leave the Mermaid picture out
  --format       how diagnostics of the working tree are printed (on stderr)${CACHE_USAGE}

Exit 0: printed (changes or not); 1: the working tree's inputs have errors, or changes with
--exit-code; 2: bad usage, not a Git repository, or REF unknown. Inputs that do not compile
at REF are reported, and compared as "nothing".`;
var OPTIONS = {
  ...COMMON_OPTIONS,
  ...CACHE_OPTIONS,
  ...TARGET_OPTION,
  base: { type: "string" },
  out: { type: "string", default: DEFAULT_OUT },
  "exit-code": { type: "boolean", default: false },
  "no-graph": { type: "boolean", default: false }
};
async function run(argv, io) {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = formatOption(values.format);
  const target = parseTarget(values.target);
  if (!values.base) throw new UsageError("--base REF is required");
  const base = values.base;
  const out = outputFolder(io.cwd, values.out, positionals);
  let repo;
  let commit;
  try {
    repo = repositoryOf(io.cwd, io.env);
    commit = resolveCommit(repo, base, io.env);
  } catch (error) {
    if (error instanceof GitError) {
      io.stderr.write(`litellm-gitops diff: ${error.message}
`);
      return EXIT_USAGE;
    }
    throw error;
  }
  const cacheDir = cacheOption(values, io);
  const after = compileInputs(positionals, { cwd: io.cwd, exclude: [out], strict: values.strict, cacheDir });
  const code2 = after.diagnostics.length > 0 ? report(after, io, format, outputCommandStream(io, format, after)) : EXIT_OK;
  if (!after.result) {
    io.stderr.write("litellm-gitops diff: the working tree's inputs have errors; nothing to compare\n");
    return code2;
  }
  const scratch = mkdtempSync(path2.join(tmpdir(), "litellm-gitops-diff-"));
  try {
    let before;
    let baseNote;
    try {
      const tree = extractYamlAt(repo, commit, io.env, { paths: positionals, cwd: io.cwd, exclude: [out], dest: scratch });
      const outcome = compileInputs(tree.paths, { cwd: tree.cwd, exclude: [path2.resolve(tree.cwd, values.out)], strict: false, cacheDir });
      before = outcome.result;
      if (!before) {
        const errors = outcome.diagnostics.filter((d) => d.severity === "error");
        const codes = [...new Set(errors.map((d) => `${d.code} ${CODES[d.code].title}`))].join("; ");
        baseNote = errors.every((d) => d.code === "LG1008") ? `no input files at \`${base}\`: everything is shown as added.` : `the inputs at \`${base}\` do not compile (${errors.length} error${errors.length === 1 ? "" : "s"}: ${codes}): everything is shown as added.`;
        io.stderr.write(`litellm-gitops diff: ${baseNote.replace(/`/g, "")}
`);
      }
    } catch (error) {
      if (error instanceof GitError) {
        io.stderr.write(`litellm-gitops diff: ${error.message}
`);
        return EXIT_USAGE;
      }
      throw error;
    }
    const diff = diffIR(before, after.result, renderAsBuild(target));
    const shownOut = path2.relative(io.cwd, out) || ".";
    const graphs = values["no-graph"] ? void 0 : routingChanges(before, after.result);
    io.stdout.write(formatMarkdown(diff, { base, outDir: shownOut, ...baseNote ? { baseNote } : {}, ...graphs ? { graphs } : {} }));
    return values["exit-code"] && !isEmpty(diff) ? EXIT_INPUT : EXIT_OK;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
export {
  run,
  usage
};
