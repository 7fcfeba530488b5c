/**
 * Per-instance checks of guardrails, MCP servers and callbacks: what can only be told once
 * the instance's resources, settings and env are known.
 */
import { callbackEnvNeeds, callbackEnvReader, integrations, MCP_TOOL_PREFIX_SEPARATOR_ENV, mcpServerNameProblem } from "../../litellm/index.js";
import { diagnostic, type Report } from "../diagnostics.js";
import type { EnvEntry } from "../ir.js";
import { locationOf } from "../parse/locate.js";
import type { ParsedDocument } from "../parse/locate.js";
import { childPointer, fromPointer } from "../pointer.js";
import type { InstanceResource } from "../resources.js";
import { closest } from "../suggest.js";
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
    report(
      diagnostic(
        "LG4042",
        locationOf(resource.doc, spec.serverName !== undefined ? "/spec/serverName" : "/metadata/name"),
        `MCP server name "${name}": LiteLLM refuses it at start-up (${problem}; tool names are <server>${separator}<tool>)`,
        spec.serverName !== undefined ? `Write serverName: ${suggestion}.` : `Keep the resource name and add serverName: ${suggestion} under spec.`,
      ),
    );
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
    report(
      diagnostic(
        "LG4043",
        locationOf(resource.doc, "/spec/callback"),
        `${callback} reads ${wanted} from the environment (${callbackEnvReader(needs)}), which the proxy container would not have`,
        `Add ${missing.map((group) => group[0]).join(", ")} under secretRef.keys (credentials) or env (plain values).`,
      ),
    );
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
    const suggestion = closest(name, defined);
    report(
      diagnostic(
        "LG4040",
        locationOf(doc, pointer, target),
        `guardrail "${name}" is not a guardrail of instance ${instance.namespace}/${instance.name}`,
        suggestion
          ? `Did you mean "${suggestion}"?`
          : defined.size > 0
            ? `Guardrails of this instance: ${[...defined].sort().join(", ")}.`
            : `Declare it: a Guardrail with instanceRef: {name: ${instance.name}} and guardrailName: ${name}.`,
      ),
    );
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
    report(
      diagnostic(
        "LG4041",
        locationOf(instance.doc, childPointer("/spec/litellmSettings/mcp_aliases", alias)),
        `mcp_aliases.${alias} names MCP server "${server}", which instance ${instance.namespace}/${instance.name} does not have`,
        suggestion
          ? `Did you mean "${suggestion}"?`
          : servers.size > 0
            ? `MCP servers of this instance: ${[...servers].sort().join(", ")}.`
            : `Declare it: an MCPServer with instanceRef: {name: ${instance.name}} and serverName: ${server}.`,
      ),
    );
  }
}
