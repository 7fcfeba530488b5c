import type { CredentialParam, InstanceIR, ModelIR } from "../compiler/ir.js";

/**
 * The operator's litellmParams fields and LiteLLM's names for them (litellm/types/router.py,
 * GenericLiteLLMParams). Credentials (apiKey, aws*, vertexCredentials) arrive through
 * ModelIR.credentials instead, unless written as `os.environ/NAME`.
 */
export const LITELLM_PARAM_NAMES: Record<string, string> = {
  apiBase: "api_base",
  apiKey: "api_key",
  apiVersion: "api_version",
  autoRouterConfig: "auto_router_config",
  autoRouterConfigPath: "auto_router_config_path",
  autoRouterDefaultModel: "auto_router_default_model",
  autoRouterEmbeddingModel: "auto_router_embedding_model",
  awsAccessKeyId: "aws_access_key_id",
  awsRegionName: "aws_region_name",
  awsSecretAccessKey: "aws_secret_access_key",
  budgetDuration: "budget_duration",
  configurableClientsideAuthParams: "configurable_clientside_auth_params",
  customLLMProvider: "custom_llm_provider",
  inputCostPerPixel: "input_cost_per_pixel",
  inputCostPerSecond: "input_cost_per_second",
  inputCostPerToken: "input_cost_per_token",
  litellmCredentialName: "litellm_credential_name",
  litellmTraceId: "litellm_trace_id",
  maxBudget: "max_budget",
  maxFileSizeMb: "max_file_size_mb",
  maxRetries: "max_retries",
  mergeReasoningContentInChoices: "merge_reasoning_content_in_choices",
  mockResponse: "mock_response",
  model: "model",
  organization: "organization",
  outputCostPerPixel: "output_cost_per_pixel",
  outputCostPerSecond: "output_cost_per_second",
  outputCostPerToken: "output_cost_per_token",
  regionName: "region_name",
  rpm: "rpm",
  streamTimeout: "stream_timeout",
  timeout: "timeout",
  tpm: "tpm",
  useInPassThrough: "use_in_pass_through",
  useLitellmProxy: "use_litellm_proxy",
  vertexCredentials: "vertex_credentials",
  vertexLocation: "vertex_location",
  vertexProject: "vertex_project",
  watsonxRegionName: "watsonx_region_name",
};

/** LiteLLM's name for each credential param the IR binds to a Secret. */
export const CREDENTIAL_NAMES: Record<CredentialParam, string> = {
  apiKey: "api_key",
  apiBase: "api_base",
  apiVersion: "api_version",
  awsAccessKeyId: "aws_access_key_id",
  awsSecretAccessKey: "aws_secret_access_key",
  awsSessionToken: "aws_session_token",
  vertexCredentials: "vertex_credentials",
  vertexProject: "vertex_project",
};

/** LiteLLM's config.yaml for one instance, as data. Key order is the emission order. */
export function emitLiteLLMConfig(instance: InstanceIR): Record<string, unknown> {
  const config: Record<string, unknown> = { model_list: instance.models.map(modelEntry) };
  if (Object.keys(instance.litellmSettings).length > 0) config.litellm_settings = instance.litellmSettings;
  if (Object.keys(instance.routerSettings).length > 0) config.router_settings = instance.routerSettings;
  config.general_settings = instance.generalSettings;
  return config;
}

/** `model` first (what a reader looks for), then every other param in sorted order. */
function modelEntry(model: ModelIR): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(model.params)) params[LITELLM_PARAM_NAMES[key] ?? key] = value;
  for (const { param, env } of model.credentials) params[CREDENTIAL_NAMES[param]] = `os.environ/${env}`;
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
