/**
 * An OutputDiff as GitHub-flavoured Markdown, for a pull-request comment. Pure: the same
 * diff gives the same text. The first line is a fixed HTML marker so that a workflow can find
 * its earlier comment and update it instead of adding a new one on every push.
 */
import { toMermaid } from "../graph/mermaid.js";
import type { ProxyGraph } from "../graph/types.js";
import { formatNumber } from "../render/yaml.js";
import type { FieldChange, InstanceDiff, IntegrationSummary, ModelSummary, ObjectChange, ObjectRef, OutputDiff } from "./diff.js";

export const COMMENT_MARKER = "<!-- litellm-gitops-diff -->";

export interface MarkdownOptions {
  /** The base revision as the user named it (`origin/main`). */
  base: string;
  /** Why the base side is empty, when it is (inputs missing or broken at the base). */
  baseNote?: string;
  /** The output folder as shown to the user, prefixed to file paths (`rendered`). */
  outDir: string;
  /** The marked part of each instance's routing graph that changed (src/graph/diff.ts), by folder; none: no picture. */
  graphs?: ReadonlyMap<string, ProxyGraph>;
}

/** Longest value shown in a table cell; longer ones are cut (the rendered files hold the whole truth). */
const MAX_VALUE = 120;

export function formatMarkdown(diff: OutputDiff, options: MarkdownOptions): string {
  const out: string[] = [COMMENT_MARKER, `### litellm-gitops diff against \`${options.base}\``, ""];
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

function totals(diff: OutputDiff): string {
  const count = (pick: (d: InstanceDiff) => number) => diff.instances.reduce((n, d) => n + pick(d), 0);
  const models = [
    `${count((d) => d.models.added.length)} added`,
    `${count((d) => d.models.removed.length)} removed`,
    `${count((d) => d.models.changed.length)} changed`,
  ];
  const objects = [
    `${count((d) => d.objects.added.length)} added`,
    `${count((d) => d.objects.removed.length)} removed`,
    `${count((d) => d.objects.changed.length)} changed`,
  ];
  const integrations = [
    count((d) => d.integrations.added.length),
    count((d) => d.integrations.removed.length),
    count((d) => d.integrations.changed.length),
  ];
  const n = diff.instances.length;
  const shown = integrations.some((k) => k > 0) ? ` · guardrails, MCP servers, callbacks: ${integrations[0]} added, ${integrations[1]} removed, ${integrations[2]} changed` : "";
  return `**${n} instance${n === 1 ? "" : "s"} affected** · models: ${models.join(", ")}${shown} · objects: ${objects.join(", ")}`;
}

function instanceSection(d: InstanceDiff): string[] {
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
  const { integrations } = d;
  if (integrations.added.length > 0) out.push("**Guardrails, MCP servers and callbacks added**", "", ...integrationTable(integrations.added), "");
  if (integrations.removed.length > 0) out.push("**Guardrails, MCP servers and callbacks removed**", "", ...integrationTable(integrations.removed), "");
  if (integrations.changed.length > 0) {
    out.push("**Guardrails, MCP servers and callbacks changed**", "");
    for (const i of integrations.changed) out.push(`${i.kind} ${code(i.name)} (${code(i.detail)})`, "", ...changeTable(i.changes), "");
  }
  if (d.settings.length > 0) out.push("**config.yaml settings changed**", "", ...changeTable(d.settings), "");
  const objects = objectLines(d.objects);
  if (objects.length > 0) out.push("**Kubernetes objects**", "", ...objects, "");
  return out;
}

/**
 * The affected part of the routing graph, under the tables. GitHub draws a ```mermaid block;
 * the text is safe inside the fence (mermaid.ts writes backticks as entity codes).
 */
function graphSection(graph: ProxyGraph): string[] {
  return [
    "**Routing graph** (the part this change touches, with what it hangs from)",
    "",
    "```mermaid",
    toMermaid([graph], { legend: true }).trimEnd(),
    "```",
    "",
    "Legend: green added, red dashed removed, yellow changed (`old → new`; prices per million tokens); white: unchanged context.",
    "",
  ];
}

function modelTable(models: readonly ModelSummary[]): string[] {
  return [
    "| model_name | model | id |",
    "| --- | --- | --- |",
    ...models.map((m) => `| ${cell(m.modelName)} | ${cell(m.model)} | ${cell(m.id)} |`),
  ];
}

function integrationTable(items: readonly IntegrationSummary[]): string[] {
  return ["| kind | name | what |", "| --- | --- | --- |", ...items.map((i) => `| ${i.kind} | ${cell(i.name)} | ${cell(i.detail)} |`)];
}

function changeTable(changes: readonly FieldChange[]): string[] {
  const side = (v: unknown) => (v === undefined ? "*(not set)*" : cell(inline(v)));
  return [
    "| field | before | after |",
    "| --- | --- | --- |",
    ...changes.map((c) => `| ${cell(c.path)} | ${side(c.before)} | ${side(c.after)} |`),
  ];
}

function objectLines(objects: InstanceDiff["objects"]): string[] {
  const name = (o: ObjectRef) => code(`${o.kind}/${o.name}`);
  const changed = (o: ObjectChange) => (o.paths.length === 0 ? name(o) : `${name(o)}: ${o.paths.map(code).join(", ")}`);
  return [
    ...objects.added.map((o) => `- added ${name(o)}`),
    ...objects.removed.map((o) => `- removed ${name(o)}`),
    ...objects.changed.map((o) => `- changed ${changed(o)}`),
  ];
}

function filesSection(diff: OutputDiff, outDir: string): string[] {
  const { added, removed, changed } = diff.files;
  const total = added.length + removed.length + changed.length;
  if (total === 0) return [];
  const prefix = outDir === "." || outDir === "" ? "" : `${outDir}/`;
  const lines = [
    ...added.map((f) => `- added ${code(prefix + f)}`),
    ...removed.map((f) => `- removed ${code(prefix + f)}`),
    ...changed.map((f) => `- changed ${code(prefix + f)}`),
  ];
  const summary = `Rendered files: ${added.length} added, ${removed.length} removed, ${changed.length} changed`;
  return ["<details>", `<summary>${summary}</summary>`, "", ...lines, "", "</details>", ""];
}

/**
 * A value in one line, close to how config.yaml writes it: numbers as PyYAML reads them
 * (`2.5e-06`), lists and maps in flow style, strings bare at the top and JSON-quoted inside
 * a flow collection only when they would be ambiguous there.
 */
export function inline(value: unknown, nested = false): string {
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return nested && !/^[^\s,[\]{}:#"'`|][^,[\]{}:#"'`|]*$/.test(value) ? JSON.stringify(value) : value;
  if (value === null || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => inline(v, true)).join(", ")}]`;
  if (typeof value === "object") {
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${inline(k, true)}: ${inline(v, true)}`).join(", ")}}`;
  }
  return String(value);
}

/** A code span that survives any content: a fence longer than any backtick run inside. */
function code(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A table cell: a code span, cut to MAX_VALUE, on one line, with `|` escaped (GFM splits cells on it even inside code). */
function cell(text: string): string {
  const oneLine = text.replace(/\r?\n/g, "⏎");
  const cut = oneLine.length > MAX_VALUE ? `${oneLine.slice(0, MAX_VALUE - 1)}…` : oneLine;
  return code(cut).replace(/\|/g, "\\|");
}
