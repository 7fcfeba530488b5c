/**
 * What a change does to the rendered output, for review: per instance, the models added,
 * removed and changed (with old and new values of the changed config.yaml fields), the
 * guardrails, MCP servers and callbacks added, removed and changed (likewise), the
 * config.yaml settings changed, and the Kubernetes objects added, removed and changed (by
 * path only). Pure: two renderings in, data out; `litellm-gitops diff` fetches and prints.
 *
 * Values come only from config.yaml, which holds no credential (those are `os.environ/NAME`
 * references); object changes are reported as paths, never values, so nothing a Secret or
 * an env list carries can reach a pull-request comment.
 */
import { isDeepStrictEqual } from "node:util";
import type { InstanceIR, IR } from "../compiler/ir.js";
import type { K8sObject } from "../emitters/kubernetes/index.js";
import { emitLiteLLMConfig } from "../emitters/litellm-config.js";
import { effectiveTarget, renderTarget, targetFiles, type Target } from "../render/targets.js";
import { changedPaths, fieldChanges, type FieldChange } from "./values.js";
import { compareStrings } from "../compare.js";
import { isRecord } from "../records.js";

export type { FieldChange } from "./values.js";

/** One proxy of a rendering: what `diff` reads of it. A RenderedInstance is one, and so is a RenderedExternalProxy's folder and objects. */
export interface RenderedForDiff {
  /** `<namespace>/<instance>`, or `<namespace>/<secret>` for a proxy reached through a connection Secret. */
  dir: string;
  /** Its config.yaml is emitted from this, for the model and settings comparison; absent for a proxy deployed elsewhere (only its sync objects are ours). */
  instance?: InstanceIR;
  /** The Kubernetes objects deployed for it, in render order (manifests, and/or helm wrappers). */
  objects: readonly K8sObject[];
}

/** One side of the comparison: the instances as rendered, and the files `build` would write. */
export interface Rendering {
  instances: readonly RenderedForDiff[];
  files: ReadonlyMap<string, string>;
}

export const NOTHING: Rendering = { instances: [], files: new Map() };

export interface ModelSummary {
  /** model_info.id: the identity LiteLLM keys a deployment by, stable across parameter changes. */
  id: string;
  modelName: string;
  /** litellm_params.model, e.g. `openai/gpt-4o`. */
  model: string;
}

export interface ModelChange extends ModelSummary {
  /** `model_name`, `litellm_params.<key>`, `model_info.<key>`, in config.yaml's names. */
  changes: FieldChange[];
}

export interface ObjectRef {
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
}

export interface ObjectChange extends ObjectRef {
  /** Where the object changed (`spec.replicas`, `data[config.yaml]`); empty for a Secret, whose shape is not shown either. */
  paths: string[];
}

/** A guardrail, MCP server or callback of config.yaml, by the name LiteLLM keys it by. */
export interface IntegrationSummary {
  kind: "Guardrail" | "MCPServer" | "Callback";
  /** guardrail_name, the mcp_servers key, or the callback name. */
  name: string;
  /** What it is at a glance: the guardrail integration, the server's url (or command), the callback's lists. */
  detail: string;
}

export interface IntegrationChange extends IntegrationSummary {
  /** `litellm_params.<key>`, `guardrail_info.<key>`, a server's `<key>`, a callback's `events` or `callback_settings.<key>`. */
  changes: FieldChange[];
}

export interface InstanceDiff {
  /** `<namespace>/<instance>`, the instance's folder under the output folder. */
  dir: string;
  status: "added" | "removed" | "changed";
  models: { added: ModelSummary[]; removed: ModelSummary[]; changed: ModelChange[] };
  integrations: { added: IntegrationSummary[]; removed: IntegrationSummary[]; changed: IntegrationChange[] };
  /** config.yaml's `litellm_settings` (but its callback lists: see integrations), `router_settings`, `general_settings`, one level deep. */
  settings: FieldChange[];
  objects: { added: ObjectRef[]; removed: ObjectRef[]; changed: ObjectChange[] };
}

export interface OutputDiff {
  /** Only instances with a change, sorted by folder. */
  instances: InstanceDiff[];
  /** Every rendered file (paths under the output folder), so outputs that are not objects (helm values) show too. */
  files: { added: string[]; removed: string[]; changed: string[] };
}

/**
 * Renders both IRs and compares them; `undefined` before means "nothing" (inputs new or broken
 * at the base). `render` decides what is output; the default is what `build` writes.
 */
export function diffIR(before: IR | undefined, after: IR, render: (ir: IR) => Rendering = renderAsBuild()): OutputDiff {
  return diffRendered(before === undefined ? NOTHING : render(before), render(after));
}

/**
 * What `build` would write for an IR, with the same target choice (the flag, else the side's
 * own CompilerConfig): so the file list matches the committed tree, and the objects are the
 * ones deployed.
 */
export function renderAsBuild(flag?: Target): (ir: IR) => Rendering {
  return (ir) => {
    const rendering = renderTarget(ir, effectiveTarget(flag, ir.settings));
    // A proxy elsewhere (connectionRef.secretRef) has a folder and objects too: its access state and sync Job.
    const external = rendering.external.map((e) => ({ dir: e.dir, objects: e.objects }));
    return { instances: [...rendering.instances, ...external], files: targetFiles(ir, rendering) };
  };
}

export function diffRendered(before: Rendering, after: Rendering): OutputDiff {
  const old = new Map(before.instances.map((r) => [r.dir, r]));
  const now = new Map(after.instances.map((r) => [r.dir, r]));
  const dirs = [...new Set([...old.keys(), ...now.keys()])].sort(compareStrings);
  const instances = dirs.map((dir) => diffInstance(dir, old.get(dir), now.get(dir))).filter((d) => !instanceUnchanged(d));
  return { instances, files: diffFiles(before.files, after.files) };
}

export function isEmpty(diff: OutputDiff): boolean {
  const { added, removed, changed } = diff.files;
  return diff.instances.length === 0 && added.length === 0 && removed.length === 0 && changed.length === 0;
}

function instanceUnchanged(d: InstanceDiff): boolean {
  const { models, integrations, objects } = d;
  return (
    d.status === "changed" &&
    models.added.length + models.removed.length + models.changed.length === 0 &&
    integrations.added.length + integrations.removed.length + integrations.changed.length === 0 &&
    d.settings.length === 0 &&
    objects.added.length + objects.removed.length + objects.changed.length === 0
  );
}

function diffInstance(dir: string, before: RenderedForDiff | undefined, after: RenderedForDiff | undefined): InstanceDiff {
  const a = before?.instance ? emitLiteLLMConfig(before.instance) : {};
  const b = after?.instance ? emitLiteLLMConfig(after.instance) : {};
  return {
    dir,
    status: before === undefined ? "added" : after === undefined ? "removed" : "changed",
    models: diffModels(modelEntries(a), modelEntries(b)),
    integrations: diffIntegrations(integrationEntries(a), integrationEntries(b)),
    settings: ["litellm_settings", "router_settings", "general_settings"].flatMap((section) =>
      fieldChanges(section, withoutCallbackLists(section, record(a[section])), withoutCallbackLists(section, record(b[section]))),
    ),
    objects: diffObjects(before?.objects ?? [], after?.objects ?? []),
  };
}

/** A config.yaml `model_list` entry, as emitLiteLLMConfig writes it. */
interface ModelEntry {
  model_name: string;
  litellm_params: Record<string, unknown>;
  model_info: Record<string, unknown>;
}

function modelEntries(config: Record<string, unknown>): Map<string, ModelEntry> {
  const list = Array.isArray(config.model_list) ? (config.model_list as ModelEntry[]) : [];
  return new Map(list.map((m) => [String(m.model_info.id), m]));
}

function summary(entry: ModelEntry): ModelSummary {
  return { id: String(entry.model_info.id), modelName: entry.model_name, model: String(entry.litellm_params.model) };
}

function diffModels(before: Map<string, ModelEntry>, after: Map<string, ModelEntry>): InstanceDiff["models"] {
  const added: ModelSummary[] = [];
  const changed: ModelChange[] = [];
  for (const [id, entry] of after) {
    const old = before.get(id);
    if (old === undefined) {
      added.push(summary(entry));
      continue;
    }
    const changes = [
      ...fieldChanges("", { model_name: old.model_name }, { model_name: entry.model_name }),
      ...fieldChanges("litellm_params", old.litellm_params, entry.litellm_params),
      ...fieldChanges("model_info", old.model_info, entry.model_info),
    ].map((c) => (c.path.startsWith(".") ? { ...c, path: c.path.slice(1) } : c));
    if (changes.length > 0) changed.push({ ...summary(entry), changes });
  }
  const removed = [...before].filter(([id]) => !after.has(id)).map(([, entry]) => summary(entry));
  return { added, removed, changed };
}

/** litellm_settings' lists of callbacks (litellm_logging.py set_callbacks), reported per callback instead. */
const CALLBACK_LISTS = { success_callback: "success", failure_callback: "failure", callbacks: "all" } as const;

function withoutCallbackLists(section: string, settings: Record<string, unknown>): Record<string, unknown> {
  if (section !== "litellm_settings") return settings;
  return Object.fromEntries(Object.entries(settings).filter(([key]) => !Object.hasOwn(CALLBACK_LISTS, key)));
}

/** One integration as config.yaml has it: its summary and the fields compared (credentials appear only as os.environ/ references). */
interface IntegrationEntry {
  summary: IntegrationSummary;
  fields: Record<string, Record<string, unknown>>;
}

function integrationEntries(config: Record<string, unknown>): Map<string, IntegrationEntry> {
  const out = new Map<string, IntegrationEntry>();
  const guardrails = Array.isArray(config.guardrails) ? config.guardrails : [];
  for (const g of guardrails) {
    const entry = record(g);
    const params = record(entry.litellm_params);
    const name = String(entry.guardrail_name);
    out.set(`Guardrail/${name}`, {
      summary: { kind: "Guardrail", name, detail: String(params.guardrail) },
      fields: { litellm_params: params, guardrail_info: record(entry.guardrail_info) },
    });
  }
  for (const [name, server] of Object.entries(record(config.mcp_servers))) {
    const fields = record(server);
    out.set(`MCPServer/${name}`, { summary: { kind: "MCPServer", name, detail: String(fields.url ?? fields.command ?? "") }, fields: { "": fields } });
  }
  const settings = record(config.litellm_settings);
  const events = new Map<string, string[]>();
  for (const [list, event] of Object.entries(CALLBACK_LISTS)) {
    const names = Array.isArray(settings[list]) ? (settings[list] as unknown[]) : [];
    for (const name of names) if (typeof name === "string") events.set(name, [...(events.get(name) ?? []), event]);
  }
  const callbackSettings = record(config.callback_settings);
  for (const [name, on] of events) {
    out.set(`Callback/${name}`, {
      summary: { kind: "Callback", name, detail: on.join(", ") },
      fields: { "": { events: on }, callback_settings: record(Object.hasOwn(callbackSettings, name) ? callbackSettings[name] : undefined) },
    });
  }
  return out;
}

function diffIntegrations(before: Map<string, IntegrationEntry>, after: Map<string, IntegrationEntry>): InstanceDiff["integrations"] {
  const added: IntegrationSummary[] = [];
  const changed: IntegrationChange[] = [];
  for (const [key, entry] of after) {
    const old = before.get(key);
    if (old === undefined) {
      added.push(entry.summary);
      continue;
    }
    const changes = Object.keys({ ...old.fields, ...entry.fields })
      .flatMap((prefix) => fieldChanges(prefix, old.fields[prefix] ?? {}, entry.fields[prefix] ?? {}))
      .map((c) => (c.path.startsWith(".") ? { ...c, path: c.path.slice(1) } : c));
    if (changes.length > 0) changed.push({ ...entry.summary, changes });
  }
  const removed = [...before].filter(([key]) => !after.has(key)).map(([, entry]) => entry.summary);
  return { added, removed, changed };
}

function objectKey(o: K8sObject): string {
  return `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`;
}

function ref(o: K8sObject): ObjectRef {
  return { apiVersion: o.apiVersion, kind: o.kind, namespace: o.metadata.namespace, name: o.metadata.name };
}

/** Objects in `after`'s render order, then removed ones in `before`'s. */
function diffObjects(before: readonly K8sObject[], after: readonly K8sObject[]): InstanceDiff["objects"] {
  const old = new Map(before.map((o) => [objectKey(o), o]));
  const now = new Map(after.map((o) => [objectKey(o), o]));
  const added: ObjectRef[] = [];
  const changed: ObjectChange[] = [];
  for (const object of now.values()) {
    const previous = old.get(objectKey(object));
    if (previous === undefined) added.push(ref(object));
    else if (!isDeepStrictEqual(previous, object)) {
      changed.push({ ...ref(object), paths: object.kind === "Secret" ? [] : changedPaths(previous, object) });
    }
  }
  const removed = [...old].filter(([key]) => !now.has(key)).map(([, o]) => ref(o));
  return { added, removed, changed };
}

function diffFiles(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): OutputDiff["files"] {
  const added: string[] = [];
  const changed: string[] = [];
  for (const [file, text] of after) {
    const old = before.get(file);
    if (old === undefined) added.push(file);
    else if (old !== text) changed.push(file);
  }
  const removed = [...before.keys()].filter((f) => !after.has(f));
  return { added: added.sort(compareStrings), removed: removed.sort(compareStrings), changed: changed.sort(compareStrings) };
}

function record(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : {};
}
