/**
 * A `guardrails:` entry and an `mcp_servers:` entry of config.yaml → a Guardrail and an
 * MCPServer resource (schemas/source/guardrail.yaml, mcpserver.yaml), bound to the imported
 * instance. Whatever reads them (config.yaml, Terraform, another operator) first builds the
 * entry LiteLLM would read, then calls these, so every source maps the fields one way.
 *
 * Literal credentials in the free-form parts become `os.environ/NAME` read from a Secret, as
 * everywhere in import (context.ts importFreeForm); LiteLLM reads `os.environ/` in both
 * (litellm/proxy/guardrails/guardrail_initializers.py via `get_secret`,
 * litellm/proxy/_experimental/mcp_server/mcp_server_manager.py `load_servers_from_config`).
 */
import { GITOPS_API_VERSION } from "../compiler/classify/classify.js";
import { childPointer } from "../compiler/pointer.js";
import { isRecord, setOwn } from "../records.js";
import { isLiteralSecret } from "../litellm/index.js";
import { importFreeForm, replaceLiteral, type ImportContext } from "./context.js";
import { envReference, envWord } from "./secrets.js";
import type { Plain, Sourced } from "./types.js";

interface Target {
  namespace: string;
  instance: string;
}

/** `{guardrail_name, litellm_params: {guardrail, mode, default_on, …}, guardrail_info}` → Guardrail `name`. */
export function importGuardrail(ctx: ImportContext, entry: Plain, at: Sourced, name: string, target: Target): Plain {
  const params = isRecord(entry.litellm_params) ? entry.litellm_params : {};
  const paramsAt = { doc: at.doc, pointer: childPointer(at.pointer, "litellm_params") };
  const spec: Plain = { instanceRef: { name: target.instance } };
  if (typeof entry.guardrail_name === "string" && entry.guardrail_name !== name) spec.guardrailName = entry.guardrail_name;
  if (params.guardrail !== undefined) spec.guardrail = params.guardrail;
  if (params.mode !== undefined) spec.mode = params.mode;
  if (typeof params.default_on === "boolean") spec.defaultOn = params.default_on;
  const rest = freeForm(ctx, params, paramsAt, ["guardrail", "mode", "default_on"], name);
  if (rest !== undefined) spec.params = rest;
  if (isRecord(entry.guardrail_info) && Object.keys(entry.guardrail_info).length > 0) spec.info = entry.guardrail_info;
  return { apiVersion: GITOPS_API_VERSION, kind: "Guardrail", metadata: { name, namespace: target.namespace }, spec };
}

/** The fields an MCPServer has its own place for (schemas/source/mcpserver.yaml). */
const MCP_FIELDS: Readonly<Record<string, string>> = { url: "url", transport: "transport", command: "command", args: "args", auth_type: "authType" };

/** `mcp_servers: {<serverName>: {url, transport, auth_type, …}}` → MCPServer `name`. */
export function importMcpServer(ctx: ImportContext, serverName: string, entry: Plain, at: Sourced, name: string, target: Target): Plain {
  const spec: Plain = { instanceRef: { name: target.instance } };
  if (serverName !== name) spec.serverName = serverName;
  for (const [key, field] of Object.entries(MCP_FIELDS)) {
    const value = entry[key];
    if (value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0)) spec[field] = value;
  }
  const rest = freeForm(ctx, entry, at, Object.keys(MCP_FIELDS), name);
  if (rest !== undefined) spec.params = rest;
  return { apiVersion: GITOPS_API_VERSION, kind: "MCPServer", metadata: { name, namespace: target.namespace }, spec };
}

/**
 * The other keys, literal credentials replaced by Secret references; undefined when none is
 * left. A top-level credential is named after the resource (`lakera` + `api_key` →
 * LAKERA_API_KEY, Secret `lakera`), so that two integrations never share a variable by accident.
 */
function freeForm(ctx: ImportContext, value: Plain, at: Sourced, owned: readonly string[], name: string): Plain | undefined {
  const out: Plain = {};
  for (const [key, v] of Object.entries(value)) {
    if (owned.includes(key) || v === undefined || v === null) continue;
    const here = { doc: at.doc, pointer: childPointer(at.pointer, key) };
    if (isLiteralSecret(key, v)) {
      const reference = replaceLiteral(ctx, here, key, v, `${envWord(name)}_${envWord(key)}`);
      ctx.book.reference(envReference(reference)!);
      setOwn(out, key, reference);
    } else {
      setOwn(out, key, importFreeForm(ctx, v, here, key, ""));
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
