/**
 * Guardrail, MCPServer and Callback resources of one instance ──▶ their IR, and the env
 * bindings they need (credentials from Secrets as `os.environ/NAME`, plain callback values).
 */
import { defaultCallbackEvents, integrations } from "../../litellm/index.js";
import { compareStrings } from "../../compare.js";
import type { CallbackIR, EnvReference, GuardrailIR, MCPServerIR } from "../ir.js";
import { locationOf } from "../parse/locate.js";
import { childPointer } from "../pointer.js";
import type { CallbackResource, GuardrailResource, MCPServerResource } from "../resources.js";
import { guardrailName, mcpServerName } from "../rules/integrations.js";
import { envNameFor } from "./credentials.js";
import type { SecretBinding, ValueBinding } from "./env.js";

export interface BoundIntegrations {
  guardrails: GuardrailResource[];
  mcpServers: MCPServerResource[];
  callbacks: CallbackResource[];
}

export interface ResolvedIntegrations {
  guardrails: GuardrailIR[];
  mcpServers: MCPServerIR[];
  callbacks: CallbackIR[];
  secrets: SecretBinding[];
  values: ValueBinding[];
}

export function resolveIntegrations(bound: BoundIntegrations): ResolvedIntegrations {
  const secrets: SecretBinding[] = [];
  const values: ValueBinding[] = [];

  /** `field: os.environ/<NAME>` for each Secret key, NAME as for model credentials (one Secret key, one variable). */
  const bind = (resource: { doc: SecretBinding["doc"] }, secretName: string, entries: Array<[string, string, string]>, purpose: string): EnvReference[] =>
    entries
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([field, key, pointer]) => {
        const env = envNameFor(secretName, key);
        secrets.push({ env, secretName, key, purpose: `${purpose} ${field}`, doc: resource.doc, pointer });
        return { field, env };
      });

  const guardrails = bound.guardrails.map((resource): GuardrailIR => {
    const spec = resource.value.spec;
    const name = guardrailName(resource);
    const ref = spec.secretRef;
    const ir: GuardrailIR = {
      name,
      origin: `Guardrail ${resource.namespace}/${resource.name}`,
      source: locationOf(resource.doc, "/metadata/name"),
      guardrail: spec.guardrail,
      mode: structuredClone(spec.mode),
      params: structuredClone(spec.params ?? {}),
      credentials: ref
        ? bind(resource, ref.secretName, Object.entries(ref.keys).map(([field, key]) => [field, key, childPointer("/spec/secretRef/keys", field)]), `guardrail ${name}`)
        : [],
    };
    if (spec.defaultOn !== undefined) ir.defaultOn = spec.defaultOn;
    if (spec.info !== undefined) ir.info = structuredClone(spec.info);
    return ir;
  });

  const mcpServers = bound.mcpServers.map((resource): MCPServerIR => {
    const spec = resource.value.spec;
    const name = mcpServerName(resource);
    const ref = spec.secretRef;
    const entries: Array<[string, string, string]> = [];
    if (ref?.key !== undefined) entries.push([integrations().mcpCredentialField, ref.key, "/spec/secretRef/key"]);
    for (const [field, key] of Object.entries(ref?.keys ?? {})) entries.push([field, key, childPointer("/spec/secretRef/keys", field)]);
    const ir: MCPServerIR = {
      name,
      origin: `MCPServer ${resource.namespace}/${resource.name}`,
      source: locationOf(resource.doc, "/metadata/name"),
      params: structuredClone(spec.params ?? {}),
      credentials: ref ? bind(resource, ref.secretName, entries, `MCP server ${name}`) : [],
    };
    if (spec.url !== undefined) ir.url = spec.url;
    if (spec.transport !== undefined) ir.transport = spec.transport;
    if (spec.command !== undefined) ir.command = spec.command;
    if (spec.args !== undefined) ir.args = [...spec.args];
    if (spec.authType !== undefined) ir.authType = spec.authType;
    return ir;
  });

  const callbacks = bound.callbacks.map((resource): CallbackIR => {
    const spec = resource.value.spec;
    const ref = spec.secretRef;
    for (const [env, key] of Object.entries(ref?.keys ?? {})) {
      secrets.push({
        env,
        secretName: ref!.secretName,
        key,
        purpose: `callback ${spec.callback} ${env}`,
        doc: resource.doc,
        pointer: childPointer("/spec/secretRef/keys", env),
      });
    }
    for (const [name, value] of Object.entries(spec.env ?? {})) {
      values.push({ name, value, doc: resource.doc, pointer: childPointer("/spec/env", name) });
    }
    const ir: CallbackIR = {
      name: spec.callback,
      origin: `Callback ${resource.namespace}/${resource.name}`,
      source: locationOf(resource.doc, "/metadata/name"),
      events: spec.events ? [...spec.events] : defaultCallbackEvents(spec.callback),
    };
    if (spec.settings !== undefined) ir.settings = structuredClone(spec.settings);
    return ir;
  });

  return {
    guardrails: guardrails.sort((a, b) => compareStrings(a.name, b.name)),
    mcpServers: mcpServers.sort((a, b) => compareStrings(a.name, b.name)),
    callbacks: callbacks.sort((a, b) => compareStrings(a.name, b.name)),
    secrets,
    values,
  };
}

/** The instance's callback lists with the Callbacks' names added (after those already written; none twice). */
export function mergeCallbackLists(litellmSettings: Record<string, unknown>, callbacks: readonly CallbackIR[]): Record<string, unknown> {
  const lists = { success: "success_callback", failure: "failure_callback", all: "callbacks" } as const;
  const merged = { ...litellmSettings };
  for (const [event, key] of Object.entries(lists) as Array<[keyof typeof lists, string]>) {
    const names = callbacks.filter((c) => c.events.includes(event)).map((c) => c.name);
    if (names.length === 0) continue;
    const existing = Array.isArray(merged[key]) ? (merged[key] as unknown[]) : [];
    merged[key] = [...existing, ...names.filter((n) => !existing.includes(n))];
  }
  return merged;
}
