/**
 * Rules of the Guardrail, MCPServer and Callback kinds that need no instance: LiteLLM's
 * vocabulary (src/litellm/integrations.ts), the transport/auth shape of an MCP server, literal
 * credentials, and unique names per instance. Per-instance checks (references, env) are in
 * resolve/integrations.ts.
 */
import { own } from "../../records.js";
import { callbackEnvNeeds, integrations, isKnownGuardrail, isLiteralSecret } from "../../litellm/index.js";
import { diagnose, type Report } from "../diagnostics.js";
import { locationOf } from "../parse/locate.js";
import type { ParsedDocument } from "../parse/locate.js";
import { childPointer } from "../pointer.js";
import { resourceKey, type CallbackResource, type GuardrailResource, type MCPServerResource, type Project, type Resource } from "../resources.js";
import { closest } from "../suggest.js";
import { checkSettings } from "./credentials.js";



export function checkIntegrations(project: Project, report: Report): void {
  for (const guardrail of project.guardrails) checkGuardrail(guardrail, report);
  for (const server of project.mcpServers) checkMCPServer(server, report);
  for (const callback of project.callbacks) checkCallback(callback, report);
  checkUniqueNames(project, report);
}

/** The instance a resource binds to: `spec.instanceRef`, its namespace defaulting to the resource's. */
export function boundInstanceKey(resource: Resource<{ spec: { instanceRef: { name: string; namespace?: string } } }>): string {
  const ref = resource.value.spec.instanceRef;
  return resourceKey(ref.namespace ?? resource.namespace, ref.name);
}

export function guardrailName(resource: GuardrailResource): string {
  return resource.value.spec.guardrailName ?? resource.name;
}

export function mcpServerName(resource: MCPServerResource): string {
  return resource.value.spec.serverName ?? resource.name;
}

function checkGuardrail(resource: GuardrailResource, report: Report): void {
  const { doc } = resource;
  const spec = resource.value.spec;
  if (!isKnownGuardrail(spec.guardrail)) {
    const suggestion = closest(spec.guardrail, integrations().guardrails);
    report(
      suggestion
        ? diagnose("LG3040", locationOf(doc, "/spec/guardrail"), "guardrailDidYouMean", { guardrail: spec.guardrail, suggestion })
        : diagnose("LG3040", locationOf(doc, "/spec/guardrail"), "guardrailUnknown", { guardrail: spec.guardrail }),
    );
  }
  for (const [pointer, mode] of modeValues(spec.mode, "/spec/mode")) {
    // LiteLLM lower-cases modes before it compares them (BaseLitellmParams.normalize_lowercase).
    if (integrations().guardrailModes.has(mode.toLowerCase())) continue;
    const suggestion = closest(mode, integrations().guardrailModes);
    report(
      suggestion
        ? diagnose("LG3041", locationOf(doc, pointer), "didYouMean", { mode, suggestion })
        : diagnose("LG3041", locationOf(doc, pointer), "unknown", { mode, guardrailModes: [...integrations().guardrailModes].join(", ") }),
    );
  }
  const params = spec.params ?? {};
  const owned: Record<string, string> = { guardrail: "spec.guardrail", mode: "spec.mode", default_on: "spec.defaultOn" };
  for (const key of Object.keys(params)) {
    const field = own(owned, key) ?? (spec.secretRef && own(spec.secretRef.keys, key) !== undefined ? `spec.secretRef.keys.${key}` : undefined);
    if (field) reportOwned(doc, childPointer("/spec/params", key), key, field, report);
  }
  checkSettings(doc, "/spec/params", params, report, "literalIntegrationParam");
  if (spec.info) checkSettings(doc, "/spec/info", spec.info, report, "literalIntegrationParam");
}

/** Every mode string of `mode`, with its pointer: a string, a list, or `{tags: {t: m | [m]}, default: m | [m]}`. */
function modeValues(mode: unknown, pointer: string): Array<[string, string]> {
  if (typeof mode === "string") return [[pointer, mode]];
  if (Array.isArray(mode)) return mode.flatMap((m, i) => modeValues(m, childPointer(pointer, i)));
  if (mode && typeof mode === "object") {
    const { tags, default: fallback } = mode as { tags?: Record<string, unknown>; default?: unknown };
    const out = Object.entries(tags ?? {}).flatMap(([tag, m]) => modeValues(m, childPointer(childPointer(pointer, "tags"), tag)));
    if (fallback !== undefined) out.push(...modeValues(fallback, childPointer(pointer, "default")));
    return out;
  }
  return [];
}

function checkMCPServer(resource: MCPServerResource, report: Report): void {
  const { doc } = resource;
  const spec = resource.value.spec;
  const transport = spec.transport ?? "http"; // LiteLLM's default (load_servers_from_config)
  if (transport === "stdio") {
    if (spec.command === undefined) {
      report(
        diagnose("LG3042", locationOf(doc, spec.transport ? "/spec/transport" : "/spec", spec.transport ? "value" : "key"), "stdioWithoutCommand", {}),
      );
    }
    if (spec.url !== undefined) {
      report(diagnose("LG3042", locationOf(doc, "/spec/url"), "stdioWithUrl", {}));
    }
  } else {
    if (spec.url === undefined) {
      report(
        diagnose("LG3042", locationOf(doc, spec.transport ? "/spec/transport" : "/spec", spec.transport ? "value" : "key"), "urlMissing", { transport }),
      );
    }
    for (const field of ["command", "args"] as const) {
      if (spec[field] !== undefined) {
        report(diagnose("LG3042", locationOf(doc, `/spec/${field}`), "stdioField", { field, transport }));
      }
    }
  }
  if (spec.url !== undefined && isLiteralSecret("url", spec.url)) {
    report(
      diagnose("LG3008", locationOf(doc, "/spec/url"), "literalMcpUrl", {}),
    );
  }
  if (spec.authType !== undefined && !integrations().mcpAuthTypes.has(spec.authType)) {
    const suggestion = closest(spec.authType, integrations().mcpAuthTypes);
    report(
      suggestion
        ? diagnose("LG3040", locationOf(doc, "/spec/authType"), "mcpAuthDidYouMean", { authType: spec.authType, suggestion })
        : diagnose("LG3040", locationOf(doc, "/spec/authType"), "mcpAuthUnknown", { authType: spec.authType, mcpAuthTypes: [...integrations().mcpAuthTypes].join(", ") }),
    );
  }
  const params = spec.params ?? {};
  const hasToken = spec.secretRef?.key !== undefined || params[integrations().mcpCredentialField] !== undefined || params.auth_value !== undefined;
  if (spec.authType !== undefined && integrations().mcpAuthTypesWithToken.has(spec.authType) && !hasToken) {
    report(
      diagnose("LG3043", locationOf(doc, "/spec/authType"), "credentialMissing", { authType: spec.authType, mcpCredentialField: integrations().mcpCredentialField }),
    );
  }
  if (spec.secretRef?.key !== undefined && (spec.authType === undefined || !integrations().mcpAuthTypesWithToken.has(spec.authType))) {
    const at = locationOf(doc, "/spec/secretRef/key");
    const authTypes = [...integrations().mcpAuthTypesWithToken].join(", ");
    report(
      spec.authType === undefined
        ? diagnose("LG3043", at, "keyWithoutAuthType", { authTypes })
        : diagnose("LG3043", at, "keyUnused", { authType: spec.authType, authTypes }),
    );
  }
  const owned: Record<string, string> = {
    url: "spec.url",
    transport: "spec.transport",
    command: "spec.command",
    args: "spec.args",
    auth_type: "spec.authType",
    ...(spec.secretRef?.key !== undefined ? { [integrations().mcpCredentialField]: "spec.secretRef.key", auth_value: "spec.secretRef.key" } : {}),
  };
  for (const key of Object.keys(params)) {
    const field = own(owned, key) ?? (spec.secretRef?.keys && own(spec.secretRef.keys, key) !== undefined ? `spec.secretRef.keys.${key}` : undefined);
    if (field) reportOwned(doc, childPointer("/spec/params", key), key, field, report);
  }
  checkSettings(doc, "/spec/params", params, report, "literalIntegrationParam");
}

function checkCallback(resource: CallbackResource, report: Report): void {
  const { doc } = resource;
  const spec = resource.value.spec;
  if (!integrations().callbacks.has(spec.callback)) {
    const suggestion = closest(spec.callback, integrations().callbacks);
    report(
      suggestion
        ? diagnose("LG3040", locationOf(doc, "/spec/callback"), "callbackDidYouMean", { callback: spec.callback, suggestion })
        : diagnose("LG3040", locationOf(doc, "/spec/callback"), "callbackUnknown", { callback: spec.callback }),
    );
  }
  const secretNames = new Set(callbackEnvNeeds(spec.callback)?.secret ?? []);
  for (const [name, value] of Object.entries(spec.env ?? {})) {
    if (!isLiteralSecret(name, value) && !(secretNames.has(name) && value !== "")) continue;
    report(
      diagnose("LG3008", locationOf(doc, childPointer("/spec/env", name)), "literalCallbackEnv", { name }),
    );
  }
  if (spec.settings) {
    checkSettings(doc, "/spec/settings", spec.settings, report, "literalCallbackSetting");
  }
}

function reportOwned(doc: ParsedDocument, pointer: string, key: string, field: string, report: Report): void {
  report(
    diagnose("LG3045", locationOf(doc, pointer, "key"), "repeated", { key, field }),
  );
}

/** One guardrail name, one MCP server name and one callback per instance: LiteLLM keys them by name. */
function checkUniqueNames(project: Project, report: Report): void {
  const groups: Array<[string, Array<[Resource<unknown>, string, string]>]> = [
    ["guardrail", project.guardrails.map((r) => [r, guardrailName(r), r.value.spec.guardrailName !== undefined ? "/spec/guardrailName" : "/metadata/name"])],
    ["MCP server", project.mcpServers.map((r) => [r, mcpServerName(r), r.value.spec.serverName !== undefined ? "/spec/serverName" : "/metadata/name"])],
    ["callback", project.callbacks.map((r) => [r, r.value.spec.callback, "/spec/callback"])],
  ];
  for (const [what, entries] of groups) {
    const first = new Map<string, [Resource<unknown>, string]>();
    for (const [resource, name, pointer] of entries) {
      const key = `${boundInstanceKey(resource as never)}\u0000${name}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, [resource, pointer]);
        continue;
      }
      const [other, otherPointer] = earlier;
      report(
        what === "callback"
          ? diagnose("LG3044", locationOf(resource.doc, pointer), "duplicateCallback", { what, name, instance: boundInstanceKey(resource as never), file: other.doc.file, line: other.doc.locate(otherPointer).line })
          : diagnose("LG3044", locationOf(resource.doc, pointer), "duplicate", { what, name, instance: boundInstanceKey(resource as never), file: other.doc.file, line: other.doc.locate(otherPointer).line, nameField: what === "guardrail" ? "spec.guardrailName" : "spec.serverName" }),
      );
    }
  }
}
