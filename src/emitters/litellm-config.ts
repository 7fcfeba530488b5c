import type { InstanceIR, ModelIR } from "../compiler/ir.js";
import { environReference, litellmName } from "../litellm/index.js";

/** LiteLLM's config.yaml for one instance, as data. Key order is the emission order. */
export function emitLiteLLMConfig(instance: InstanceIR): Record<string, unknown> {
  const config: Record<string, unknown> = { model_list: instance.models.map(modelEntry) };
  if (Object.keys(instance.litellmSettings).length > 0) config.litellm_settings = instance.litellmSettings;
  if (Object.keys(instance.routerSettings).length > 0) config.router_settings = instance.routerSettings;
  config.general_settings = instance.generalSettings;
  return config;
}

/**
 * `model` first (what a reader looks for), then every other param in sorted order, each under
 * LiteLLM's name. Credentials arrive through ModelIR.credentials, unless written as
 * `os.environ/NAME` in the params.
 */
function modelEntry(model: ModelIR): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(model.params)) params[litellmName(key)] = value;
  for (const { param, env } of model.credentials) params[litellmName(param)] = environReference(env);
  for (const [key, value] of Object.entries(model.passthrough)) if (!(key in params)) params[key] = value;
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
