/**
 * `litellm_guardrail` and `litellm_mcp_server` → the config.yaml entry LiteLLM would serve,
 * then a Guardrail or MCPServer through the importer's one mapping (../integrations.ts).
 *
 * - `litellm_guardrail` (ncecere/terraform-provider-litellm internal/provider/resource_guardrail.go
 *   `buildGuardrailRequest`): `litellm_params: {guardrail, mode (a JSON array when it starts
 *   with "["), default_on, …litellm_params (a JSON object string, merged)}`, `guardrail_info`
 *   (a JSON object string).
 * - `litellm_mcp_server` (BerriAI/terraform-provider-litellm litellm/resource_mcp_server_crud.go
 *   `buildMCPServerRequest`; ncecere internal/provider/resource_mcp_server.go): the request's
 *   fields under their config.yaml names (`mcp_access_groups` → `access_groups`;
 *   `credentials.auth_value` → `authentication_token`, litellm/proxy/_experimental/mcp_server/
 *   mcp_server_manager.py `load_servers_from_config`).
 */
import { diagnose } from "../../compiler/diagnostics.js";
import { compareStrings } from "../../compare.js";
import { own, setOwn } from "../../records.js";
import { hide, jsonOf, type ImportContext } from "../context.js";
import { importGuardrail, importMcpServer } from "../integrations.js";
import { dnsLabel, UniqueNames } from "../names.js";
import type { Plain } from "../types.js";
import type { ImportedObject } from "./access.js";
import { isSet, locationOf, reportUnknownArguments } from "./arguments.js";
import { translatedDocument, type TerraformResource } from "./read.js";

export const INTEGRATION_TYPES = new Set(["litellm_guardrail", "litellm_mcp_server"]);

const GUARDRAIL_ARGUMENTS = ["guardrail_name", "guardrail", "mode", "default_on", "litellm_params", "guardrail_info"];
const GUARDRAIL_COMPUTED = new Set(["id", "guardrail_id", "created_at", "updated_at"]);

/** MCP arguments carried into the entry, by their config.yaml name. */
const MCP_ARGUMENTS: Readonly<Record<string, string>> = {
  url: "url",
  transport: "transport",
  auth_type: "auth_type",
  command: "command",
  args: "args",
  env: "env",
  alias: "alias",
  description: "description",
  spec_version: "spec_version",
  mcp_access_groups: "access_groups",
  mcp_info: "mcp_info",
  allowed_tools: "allowed_tools",
  extra_headers: "extra_headers",
  static_headers: "static_headers",
  authorization_url: "authorization_url",
  token_url: "token_url",
  registration_url: "registration_url",
};
/** BerriAI's provider accepts `bearer`; LiteLLM's MCPAuth spells it `bearer_token` (litellm/types/mcp.py). */
const MCP_AUTH_TRANSLATION: Readonly<Record<string, string>> = { bearer: "bearer_token" };
const MCP_COMPUTED = new Set(["id", "server_id", "created_at", "created_by", "updated_at", "updated_by", "status", "last_health_check", "health_check_error"]);

export function importIntegrations(ctx: ImportContext, resources: readonly TerraformResource[], target: { namespace: string; instance: string }) {
  const objects: ImportedObject[] = [];
  const mapping: Array<[string, string]> = [];
  const names = { guardrail: new UniqueNames(), mcp: new UniqueNames() };
  for (const resource of resources) {
    if (resource.type === "litellm_guardrail") {
      const entry = guardrailEntry(ctx, resource);
      const name = names.guardrail.take(dnsLabel(resource.localName, "guardrail"));
      const doc = translatedDocument(resource, entry, argumentAt(entry, { litellm_params: "litellm_params", guardrail_info: "guardrail_info" }));
      objects.push({ path: `guardrails/${name}.yaml`, resource: importGuardrail(ctx, entry, { doc, pointer: "" }, name, target) });
      mapping.push([resource.address, `guardrails/${name}.yaml`]);
    } else if (resource.type === "litellm_mcp_server") {
      const entry = mcpEntry(ctx, resource);
      const serverName = typeof resource.values.server_name === "string" ? resource.values.server_name : resource.localName;
      const name = names.mcp.take(dnsLabel(resource.localName, "mcp-server"));
      const back = Object.fromEntries(Object.entries(MCP_ARGUMENTS).map(([argument, key]) => [key, argument]));
      const doc = translatedDocument(resource, entry, argumentAt(entry, { ...back, authentication_token: "credentials" }));
      objects.push({ path: `mcp-servers/${name}.yaml`, resource: importMcpServer(ctx, serverName, entry, { doc, pointer: "" }, name, target) });
      mapping.push([resource.address, `mcp-servers/${name}.yaml`]);
    }
  }
  return { objects, mapping };
}

function guardrailEntry(ctx: ImportContext, resource: TerraformResource): Plain {
  const v = resource.values;
  reportOthers(ctx, resource, new Set(GUARDRAIL_ARGUMENTS), GUARDRAIL_COMPUTED);
  const params: Plain = {};
  if (isSet(v.guardrail)) params.guardrail = v.guardrail;
  if (typeof v.mode === "string" && v.mode !== "") params.mode = v.mode.startsWith("[") ? (jsonOf(v.mode) ?? v.mode) : v.mode;
  if (typeof v.default_on === "boolean") params.default_on = v.default_on;
  const extra = typeof v.litellm_params === "string" && v.litellm_params !== "" ? jsonOf(v.litellm_params) : undefined;
  if (typeof v.litellm_params === "string" && v.litellm_params !== "" && !isObject(extra)) invalidJson(ctx, resource, "litellm_params");
  if (isObject(extra)) Object.assign(params, extra);
  const entry: Plain = { guardrail_name: isSet(v.guardrail_name) ? v.guardrail_name : resource.localName, litellm_params: params };
  const info = typeof v.guardrail_info === "string" && v.guardrail_info !== "" ? jsonOf(v.guardrail_info) : undefined;
  if (typeof v.guardrail_info === "string" && v.guardrail_info !== "" && !isObject(info)) invalidJson(ctx, resource, "guardrail_info");
  if (isObject(info)) entry.guardrail_info = info;
  unevaluable(ctx, resource);
  return entry;
}

function mcpEntry(ctx: ImportContext, resource: TerraformResource): Plain {
  const v = resource.values;
  reportOthers(ctx, resource, new Set([...Object.keys(MCP_ARGUMENTS), "server_name", "credentials"]), MCP_COMPUTED);
  const entry: Plain = {};
  for (const [argument, key] of Object.entries(MCP_ARGUMENTS)) {
    // `mcp_info` is a block: a list of one in both forms.
    const value = argument === "mcp_info" && Array.isArray(v[argument]) ? (v[argument] as unknown[])[0] : v[argument];
    if (!isSet(value)) continue;
    if (argument !== "mcp_info") entry[key] = value;
    else if (isObject(value)) entry[key] = mcpInfo(value);
    else {
      hide(ctx, resource.file, value);
      ctx.report(diagnose("LG6004", locationOf(resource, argument), "notBlock", { address: resource.address, argument }));
    }
  }
  // Both providers default spec_version (schema Default "2024-11-05") and send it.
  entry.spec_version ??= "2024-11-05";
  const auth = entry.auth_type;
  const translated = typeof auth === "string" ? own(MCP_AUTH_TRANSLATION, auth) : undefined;
  if (typeof auth === "string" && translated !== undefined) {
    entry.auth_type = translated;
    ctx.report(diagnose("LG6060", locationOf(resource, "auth_type"), "authType", { address: resource.address, authType: auth, translated }));
  }
  if (isObject(v.credentials)) {
    // LiteLLM's `credentials` of an MCP server: `auth_value` is the token of auth_type; the rest (client_id, client_secret, scopes) keep their names.
    for (const [key, value] of Object.entries(v.credentials)) setOwn(entry, key === "auth_value" ? "authentication_token" : key, value);
  }
  unevaluable(ctx, resource);
  return entry;
}

/** mcp_info's `mcp_server_cost_info` is a block too (a list of one). */
function mcpInfo(info: Plain): Plain {
  const out: Plain = {};
  for (const [key, value] of Object.entries(info).sort(([a], [b]) => compareStrings(a, b))) {
    const item = Array.isArray(value) && key === "mcp_server_cost_info" ? value[0] : value;
    if (isSet(item)) setOwn(out, key, item);
  }
  return out;
}

function argumentAt(entry: Plain, argumentOfKey: Readonly<Record<string, string>>) {
  return (pointer: string): string | undefined => {
    const top = pointer.split("/")[1];
    return top === undefined ? undefined : (own(argumentOfKey, top) ?? (Object.hasOwn(entry, top) ? top : undefined));
  };
}

function reportOthers(ctx: ImportContext, resource: TerraformResource, known: ReadonlySet<string>, computed: ReadonlySet<string>): void {
  reportUnknownArguments(ctx, resource, known, computed, { noPlace: "config.yaml", otherwise: "unknownApiArgument" });
}

function unevaluable(ctx: ImportContext, resource: TerraformResource): void {
  for (const [argument, expression] of resource.expressions) {
    ctx.report(diagnose("LG6061", locationOf(resource, argument), "expression", { address: resource.address, argument, expression }));
  }
}

function invalidJson(ctx: ImportContext, resource: TerraformResource, argument: string): void {
  hide(ctx, resource.file, resource.values[argument]);
  ctx.report(
    diagnose("LG6004", locationOf(resource, argument), "notJsonObject", { address: resource.address, argument }),
  );
}

function isObject(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
