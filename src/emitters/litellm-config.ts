import type { CallbackIR, EnvReference, GuardrailIR, InstanceIR, MCPServerIR, ModelIR } from "../compiler/ir.js";
import { environReference, litellmName } from "../litellm/index.js";
import { setOwn } from "../records.js";

/** LiteLLM's config.yaml for one instance, as data. Key order is the emission order. */
export function emitLiteLLMConfig(instance: InstanceIR): Record<string, unknown> {
  const config: Record<string, unknown> = { model_list: instance.models.map(modelEntry) };
  if (Object.keys(instance.litellmSettings).length > 0) config.litellm_settings = instance.litellmSettings;
  if (Object.keys(instance.routerSettings).length > 0) config.router_settings = instance.routerSettings;
  config.general_settings = instance.generalSettings;
  if (instance.guardrails.length > 0) config.guardrails = instance.guardrails.map(guardrailEntry);
  if (instance.mcpServers.length > 0) config.mcp_servers = Object.fromEntries(instance.mcpServers.map((s) => [s.name, mcpServerEntry(s)]));
  const callbackSettings = instance.callbacks.filter((c): c is CallbackIR & { settings: Record<string, unknown> } => c.settings !== undefined);
  if (callbackSettings.length > 0) config.callback_settings = Object.fromEntries(callbackSettings.map((c) => [c.name, c.settings]));
  return config;
}

/**
 * LiteLLM's `Guardrail` (litellm/types/guardrails.py): `guardrail_name`, `litellm_params`
 * (`guardrail`, `mode`, `default_on` first, then the integration's params and credentials,
 * sorted), `guardrail_info`.
 */
function guardrailEntry(guardrail: GuardrailIR): Record<string, unknown> {
  const params: Record<string, unknown> = { guardrail: guardrail.guardrail, mode: guardrail.mode };
  if (guardrail.defaultOn !== undefined) params.default_on = guardrail.defaultOn;
  const entry: Record<string, unknown> = { guardrail_name: guardrail.name, litellm_params: { ...params, ...sortKeys({ ...guardrail.params, ...environRefs(guardrail.credentials) }) } };
  if (guardrail.info !== undefined) entry.guardrail_info = guardrail.info;
  return entry;
}

/**
 * One server of `mcp_servers:` as MCPServerManager.load_servers_from_config reads it:
 * `url`/`command`/`args`, `transport`, `auth_type`, then the other fields and the credentials
 * (`authentication_token`, …) sorted.
 */
function mcpServerEntry(server: MCPServerIR): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  if (server.url !== undefined) entry.url = server.url;
  if (server.transport !== undefined) entry.transport = server.transport;
  if (server.command !== undefined) entry.command = server.command;
  if (server.args !== undefined) entry.args = server.args;
  if (server.authType !== undefined) entry.auth_type = server.authType;
  return { ...entry, ...sortKeys({ ...server.params, ...environRefs(server.credentials) }) };
}

function environRefs(refs: readonly EnvReference[]): Record<string, string> {
  return Object.fromEntries(refs.map(({ field, env }) => [field, environReference(env)]));
}

/**
 * `model` first (what a reader looks for), then every other param in sorted order, each under
 * LiteLLM's name. Credentials arrive through ModelIR.credentials, unless written as
 * `os.environ/NAME` in the params.
 */
function modelEntry(model: ModelIR): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  // setOwn and Object.hasOwn: a passthrough key may be `__proto__` or `constructor` (issue 12).
  for (const [key, value] of Object.entries(model.params)) setOwn(params, litellmName(key), value);
  for (const { param, env } of model.credentials) setOwn(params, litellmName(param), environReference(env));
  for (const [key, value] of Object.entries(model.passthrough)) if (!Object.hasOwn(params, key)) setOwn(params, key, value);
  const { model: modelId, ...rest } = params;
  const litellmParams: Record<string, unknown> = { model: modelId, ...sortKeys(rest) };
  return {
    model_name: model.modelName,
    litellm_params: litellmParams,
    model_info: { id: model.id, ...sortKeys(model.modelInfo) },
  };
}

function sortKeys(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
}
