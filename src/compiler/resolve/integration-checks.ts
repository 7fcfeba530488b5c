/**
 * Per-instance checks of guardrails, MCP servers and callbacks: what can only be told once
 * the instance's resources, settings and env are known.
 */
import { callbackEnvNeeds, callbackEnvReader, integrations, MCP_TOOL_PREFIX_SEPARATOR_ENV, mcpServerNameProblem } from "../../litellm/index.js";
import { diagnose, type Diagnostic, type Location, type Report } from "../diagnostics.js";
import type { EnvEntry } from "../ir.js";
import { locationOf } from "../parse/locate.js";
import type { ParsedDocument } from "../parse/locate.js";
import { childPointer, fromPointer } from "../pointer.js";
import type { InstanceResource } from "../resources.js";
import { closest } from "../suggest.js";
import { isRecord, own } from "../../records.js";
import type { ResolvedModel } from "./models.js";
import type { BoundIntegrations, ResolvedIntegrations } from "./integrations.js";


export function checkIntegrationsOfInstance(
  instance: InstanceResource,
  models: readonly ResolvedModel[],
  bound: BoundIntegrations,
  resolved: ResolvedIntegrations,
  env: readonly EnvEntry[],
  report: Report,
): void {
  checkServerNames(bound, env, report);
  checkCallbackEnv(bound, env, report);
  checkCallbackSettings(instance, bound, report);
  checkGuardrailReferences(instance, models, resolved, report);
  checkMcpAliases(instance, resolved, report);
}

/**
 * validate_mcp_server_name, with the separator the container will have: LiteLLM reads
 * MCP_TOOL_PREFIX_SEPARATOR from its environment (default `-`).
 */
function checkServerNames(bound: BoundIntegrations, env: readonly EnvEntry[], report: Report): void {
  const entry = env.find((e) => e.name === MCP_TOOL_PREFIX_SEPARATOR_ENV);
  const value = entry?.kind === "extra" ? entry.env.value : undefined;
  const separator = typeof value === "string" && value !== "" ? value : integrations().mcpToolPrefixSeparator;
  for (const resource of bound.mcpServers) {
    const spec = resource.value.spec;
    const name = spec.serverName ?? resource.name;
    const problem = mcpServerNameProblem(name, separator);
    if (!problem) continue;
    const suggestion = name.split(separator).join(separator === "_" ? "" : "_");
    const at = locationOf(resource.doc, spec.serverName !== undefined ? "/spec/serverName" : "/metadata/name");
    report(diagnose("LG4042", at, spec.serverName !== undefined ? "serverName" : "resourceName", { name, problem, separator, suggestion }));
  }
}

/** Each known integration's required variables, from LiteLLM's source (src/litellm/integrations.json). */
function checkCallbackEnv(bound: BoundIntegrations, env: readonly EnvEntry[], report: Report): void {
  const names = new Set(env.map((e) => e.name));
  for (const resource of bound.callbacks) {
    const callback = resource.value.spec.callback;
    const needs = callbackEnvNeeds(callback);
    if (!needs) continue;
    const missing = needs.required.filter((group) => !group.some((name) => names.has(name)));
    if (missing.length === 0) continue;
    const wanted = missing.map((group) => group.join(" or ")).join(", ");
    const first = missing.map((group) => group[0]).join(", ");
    report(diagnose("LG4043", locationOf(resource.doc, "/spec/callback"), "missing", { callback, wanted, reader: callbackEnvReader(needs), names: first }));
  }
}

/** Integrations configured through litellm_settings rather than variables (s3's bucket): the instance must set them. */
function checkCallbackSettings(instance: InstanceResource, bound: BoundIntegrations, report: Report): void {
  const settings: unknown = instance.value.spec.litellmSettings ?? {};
  for (const resource of bound.callbacks) {
    const callback = resource.value.spec.callback;
    const needs = callbackEnvNeeds(callback);
    for (const path of needs?.settings ?? []) {
      const value = path.reduce<unknown>((node, key) => (isRecord(node) ? own(node, key) : undefined), settings);
      if (value !== undefined && value !== null && value !== "") continue;
      const at = locationOf(resource.doc, "/spec/callback");
      report(diagnose("LG4043", at, "setting", { callback, path: path.join("."), reader: callbackEnvReader(needs!), instance: `${instance.namespace}/${instance.name}` }));
    }
  }
}

/**
 * Guardrail names the instance or its models refer to must be guardrails of the instance:
 * `litellm_settings.guardrails` (a list of names), a model's `litellm_params.guardrails` or
 * `model_info.guardrails`, and `general_settings.pass_through_endpoints[].guardrails`.
 * Old-style definitions (`litellm_settings.guardrails: [{name: {callbacks: …}}]`) define names too.
 */
function checkGuardrailReferences(instance: InstanceResource, models: readonly ResolvedModel[], resolved: ResolvedIntegrations, report: Report): void {
  const spec = instance.value.spec;
  const settingsList = spec.litellmSettings?.guardrails;
  const defined = definedGuardrails(resolved.guardrails, settingsList);
  const references: Reference[] = [];
  if (Array.isArray(settingsList)) {
    settingsList.forEach((item, i) => {
      if (typeof item === "string") references.push([instance.doc, `/spec/litellmSettings/guardrails/${i}`, item, "value"]);
    });
  }
  const endpoints = spec.generalSettings?.pass_through_endpoints;
  if (Array.isArray(endpoints)) {
    endpoints.forEach((endpoint, i) => {
      const pointer = `/spec/generalSettings/pass_through_endpoints/${i}/guardrails`;
      references.push(...namesAt(instance.doc, pointer, (endpoint as { guardrails?: unknown } | null)?.guardrails));
    });
  }
  for (const model of models) {
    for (const pointer of [
      `${model.paramsPointer}/additionalProp1/guardrails`,
      `${model.paramsPointer.replace(/\/liteLLMParams$/, "")}/additionalProperties/guardrails`,
      "/spec/modelInfo/additionalProp1/guardrails",
    ]) {
      if (pointer.startsWith("/spec/modelInfo") && model.paramsPointer !== "/spec/litellmParams") continue;
      references.push(...namesAt(model.doc, pointer, valueAt(model.doc.value, pointer)));
    }
  }
  for (const [doc, pointer, name, target] of references) {
    if (defined.has(name)) continue;
    report(unknownGuardrail(locationOf(doc, pointer, target), name, defined, `${instance.namespace}/${instance.name}`, instance.name));
  }
}

/**
 * The guardrail names an instance has: its Guardrail resources', and those an old-style
 * `litellm_settings.guardrails: [{name: {callbacks: …}}]` entry defines. Teams, users and keys
 * (resolve/access.ts) are checked against the same set.
 */
export function definedGuardrails(guardrails: readonly { name: string }[], settingsList: unknown): Set<string> {
  const defined = new Set(guardrails.map((g) => g.name));
  if (Array.isArray(settingsList)) {
    for (const item of settingsList) if (item && typeof item === "object") Object.keys(item).forEach((name) => defined.add(name));
  }
  return defined;
}

/** LG4040: `name` is no guardrail of the instance (its settings, models, or a team, user or key of it), with the closest name or the list. */
export function unknownGuardrail(at: Location, name: string, defined: ReadonlySet<string>, instance: string, instanceName: string): Diagnostic {
  const suggestion = closest(name, defined);
  if (suggestion) return diagnose("LG4040", at, "didYouMean", { name, instance, suggestion });
  if (defined.size > 0) return diagnose("LG4040", at, "listed", { name, instance, guardrails: [...defined].sort().join(", ") });
  return diagnose("LG4040", at, "undeclared", { name, instance, instanceName });
}

/** A guardrail name written somewhere: the document, where, the name, and whether the name is a key or a value there. */
type Reference = [ParsedDocument, string, string, "key" | "value"];

/** Names in a `guardrails` value: a list of names, or a map keyed by name (pass-through endpoints). */
function namesAt(doc: ParsedDocument, pointer: string, value: unknown): Reference[] {
  if (Array.isArray(value)) {
    return value.flatMap((v, i): Reference[] => (typeof v === "string" ? [[doc, childPointer(pointer, i), v, "value"]] : []));
  }
  if (value && typeof value === "object") return Object.keys(value).map((name): Reference => [doc, childPointer(pointer, name), name, "key"]);
  return [];
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const segment of fromPointer(pointer)) {
    if (!node || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** `litellm_settings.mcp_aliases: {alias: server}`: each server must be one of the instance's. */
function checkMcpAliases(instance: InstanceResource, resolved: ResolvedIntegrations, report: Report): void {
  const aliases = instance.value.spec.litellmSettings?.mcp_aliases;
  if (!aliases || typeof aliases !== "object" || Array.isArray(aliases)) return;
  const servers = new Set(resolved.mcpServers.map((s) => s.name));
  for (const [alias, server] of Object.entries(aliases as Record<string, unknown>)) {
    if (typeof server !== "string" || servers.has(server)) continue;
    const suggestion = closest(server, servers);
    const at = locationOf(instance.doc, childPointer("/spec/litellmSettings/mcp_aliases", alias));
    const args = { alias, server, instance: `${instance.namespace}/${instance.name}` };
    report(
      suggestion
        ? diagnose("LG4041", at, "didYouMean", { ...args, suggestion })
        : servers.size > 0
          ? diagnose("LG4041", at, "listed", { ...args, servers: [...servers].sort().join(", ") })
          : diagnose("LG4041", at, "undeclared", { ...args, instanceName: instance.name }),
    );
  }
}
