/**
 * Rules of the Guardrail, MCPServer and Callback kinds that need no instance: LiteLLM's
 * vocabulary (src/litellm/integrations.ts), the transport/auth shape of an MCP server, literal
 * credentials, and unique names per instance. Per-instance checks (references, env) are in
 * resolve/integrations.ts.
 */
import { own } from "../../records.js";
import { callbackEnvNeeds, integrations, isKnownGuardrail, isLiteralSecret } from "../../litellm/index.js";
import { diagnostic, type Report } from "../diagnostics.js";
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
      diagnostic(
        "LG3040",
        locationOf(doc, "/spec/guardrail"),
        `guardrail integration "${spec.guardrail}" is not one LiteLLM knows in the pinned version`,
        suggestion
          ? `Did you mean "${suggestion}"? (A newer LiteLLM may know it: then this warning is safe to ignore.)`
          : "Integrations are listed in LiteLLM's SupportedGuardrailIntegrations; your own class is `custom_guardrail.<module>.<Class>`.",
      ),
    );
  }
  for (const [pointer, mode] of modeValues(spec.mode, "/spec/mode")) {
    // LiteLLM lower-cases modes before it compares them (BaseLitellmParams.normalize_lowercase).
    if (integrations().guardrailModes.has(mode.toLowerCase())) continue;
    const suggestion = closest(mode, integrations().guardrailModes);
    report(
      diagnostic(
        "LG3041",
        locationOf(doc, pointer),
        `guardrail mode "${mode}" is not one of LiteLLM's GuardrailEventHooks`,
        suggestion ? `Did you mean "${suggestion}"?` : `Modes: ${[...integrations().guardrailModes].join(", ")}.`,
      ),
    );
  }
  const params = spec.params ?? {};
  const owned: Record<string, string> = { guardrail: "spec.guardrail", mode: "spec.mode", default_on: "spec.defaultOn" };
  for (const key of Object.keys(params)) {
    const field = own(owned, key) ?? (spec.secretRef && own(spec.secretRef.keys, key) !== undefined ? `spec.secretRef.keys.${key}` : undefined);
    if (field) reportOwned(doc, childPointer("/spec/params", key), key, field, report);
  }
  checkSettings(doc, "/spec/params", params, report, fromSecretHint);
  if (spec.info) checkSettings(doc, "/spec/info", spec.info, report, fromSecretHint);
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
        diagnostic(
          "LG3042",
          locationOf(doc, spec.transport ? "/spec/transport" : "/spec", spec.transport ? "value" : "key"),
          "the stdio transport starts a program: `command` is required",
          "Add command (and args), e.g. command: npx, args: [-y, @modelcontextprotocol/server-github].",
        ),
      );
    }
    if (spec.url !== undefined) {
      report(diagnostic("LG3042", locationOf(doc, "/spec/url"), "a stdio server has no url: LiteLLM would ignore it", "Remove url, or use transport: http or sse."));
    }
  } else {
    if (spec.url === undefined) {
      report(
        diagnostic(
          "LG3042",
          locationOf(doc, spec.transport ? "/spec/transport" : "/spec", spec.transport ? "value" : "key"),
          `the ${transport} transport needs \`url\``,
          "Add url: https://<host>/mcp, or use transport: stdio with a command.",
        ),
      );
    }
    for (const field of ["command", "args"] as const) {
      if (spec[field] !== undefined) {
        report(diagnostic("LG3042", locationOf(doc, `/spec/${field}`), `${field} is for the stdio transport; a server with transport ${transport} ignores it`, "Remove it, or set transport: stdio."));
      }
    }
  }
  if (spec.url !== undefined && isLiteralSecret("url", spec.url)) {
    report(
      diagnostic(
        "LG3008",
        locationOf(doc, "/spec/url"),
        "url holds a literal credential; credentials must not be committed",
        "Keep the credential out of the URL: put it in a Secret and use authType with secretRef.key (sent as a header).",
      ),
    );
  }
  if (spec.authType !== undefined && !integrations().mcpAuthTypes.has(spec.authType)) {
    const suggestion = closest(spec.authType, integrations().mcpAuthTypes);
    report(
      diagnostic(
        "LG3040",
        locationOf(doc, "/spec/authType"),
        `MCP auth type "${spec.authType}" is not one LiteLLM knows in the pinned version`,
        suggestion ? `Did you mean "${suggestion}"?` : `Auth types: ${[...integrations().mcpAuthTypes].join(", ")}.`,
      ),
    );
  }
  const params = spec.params ?? {};
  const hasToken = spec.secretRef?.key !== undefined || params[integrations().mcpCredentialField] !== undefined || params.auth_value !== undefined;
  if (spec.authType !== undefined && integrations().mcpAuthTypesWithToken.has(spec.authType) && !hasToken) {
    report(
      diagnostic(
        "LG3043",
        locationOf(doc, "/spec/authType"),
        `auth type ${spec.authType} sends a credential, but none is given`,
        `Add secretRef: {secretName: <secret>, key: <data key>}: it becomes ${integrations().mcpCredentialField}: os.environ/<NAME>.`,
      ),
    );
  }
  if (spec.secretRef?.key !== undefined && (spec.authType === undefined || !integrations().mcpAuthTypesWithToken.has(spec.authType))) {
    report(
      diagnostic(
        "LG3043",
        locationOf(doc, "/spec/secretRef/key"),
        `secretRef.key is the credential of an auth type, but ${spec.authType === undefined ? "no authType is set" : `auth type ${spec.authType} sends no static credential`}: LiteLLM would not send it`,
        `Set authType to one of ${[...integrations().mcpAuthTypesWithToken].join(", ")}, or remove secretRef.key.`,
      ),
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
  checkSettings(doc, "/spec/params", params, report, fromSecretHint);
}

function checkCallback(resource: CallbackResource, report: Report): void {
  const { doc } = resource;
  const spec = resource.value.spec;
  if (!integrations().callbacks.has(spec.callback)) {
    const suggestion = closest(spec.callback, integrations().callbacks);
    report(
      diagnostic(
        "LG3040",
        locationOf(doc, "/spec/callback"),
        `callback "${spec.callback}" is not one LiteLLM knows in the pinned version`,
        suggestion
          ? `Did you mean "${suggestion}"? (A newer LiteLLM may know it: then this warning is safe to ignore.)`
          : "Callbacks LiteLLM knows are listed in docs/schemas.md (Callback).",
      ),
    );
  }
  const secretNames = new Set(callbackEnvNeeds(spec.callback)?.secret ?? []);
  for (const [name, value] of Object.entries(spec.env ?? {})) {
    if (!isLiteralSecret(name, value) && !(secretNames.has(name) && value !== "")) continue;
    report(
      diagnostic(
        "LG3008",
        locationOf(doc, childPointer("/spec/env", name)),
        `${name} holds a literal credential; credentials must not be committed`,
        `Move it to a Secret: secretRef: {secretName: <secret>, keys: {${name}: <data key>}}.`,
      ),
    );
  }
  if (spec.settings) {
    checkSettings(doc, "/spec/settings", spec.settings, report, (key) =>
      `Write \`${key}: os.environ/MY_VARIABLE\` and set MY_VARIABLE from the Secret: secretRef: {secretName: <secret>, keys: {MY_VARIABLE: <data key>}}.`,
    );
  }
}

/** A top-level param can come from the resource's Secret; a nested one (a header) through `os.environ/`. */
function fromSecretHint(key: string): string {
  return `Put the value in a Secret and map it: secretRef: {secretName: <secret>, keys: {${key}: <data key>}} (nested fields: \`${key}: os.environ/NAME\` with NAME set in the instance's extraEnvVars).`;
}

function reportOwned(doc: ParsedDocument, pointer: string, key: string, field: string, report: Report): void {
  report(
    diagnostic(
      "LG3045",
      locationOf(doc, pointer, "key"),
      `params.${key} is set by ${field}; the two would conflict`,
      `Remove ${key} from params and keep ${field}.`,
    ),
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
        diagnostic(
          "LG3044",
          locationOf(resource.doc, pointer),
          `${what} "${name}" of instance ${boundInstanceKey(resource as never)} is already defined at ${other.doc.file}:${other.doc.locate(otherPointer).line}`,
          what === "callback" ? "Merge the two Callbacks into one." : `Give one of them another ${what === "guardrail" ? "spec.guardrailName" : "spec.serverName"} (or metadata.name).`,
        ),
      );
    }
  }
}
