/** Which provider a model goes to, and which credentials that provider needs. */
import { knownModel, knownProviders } from "./data.js";
import { PARAMS, type LiteLLMParam, type SecretParam } from "./params.js";

/**
 * The provider LiteLLM routes a model to: `customLLMProvider` when given, else the prefix of
 * `provider/model`, else what its cost map says about a bare id
 * (litellm/litellm_core_utils/get_llm_provider_logic.py, get_llm_provider).
 */
export function providerOf(model: string, customLLMProvider?: string): string | undefined {
  if (customLLMProvider) return customLLMProvider;
  const slash = model.indexOf("/");
  if (slash > 0) {
    const prefix = model.slice(0, slash);
    if (knownProviders().has(prefix)) return prefix;
  }
  return knownModel(model)?.provider;
}

/** Providers that run next to the proxy and take no credential. */
const LOCAL_PROVIDERS = new Set([
  "ollama",
  "ollama_chat",
  "vllm",
  "hosted_vllm",
  "lm_studio",
  "llamafile",
  "xinference",
  "docker_model_runner",
  "oobabooga",
  "petals",
  "triton",
  "infinity",
]);

const ROWS: readonly LiteLLMParam[] = PARAMS;

/**
 * The parameters a provider's requests need (the `requiredBy` column of the parameter
 * table); an API key for a provider the table does not name, nothing for a local one.
 */
export function requiredCredentials(provider: string | undefined): SecretParam[] {
  if (provider !== undefined && LOCAL_PROVIDERS.has(provider)) return [];
  const named = ROWS.filter((p) => provider !== undefined && p.requiredBy?.includes(provider));
  const rows = named.length > 0 ? named : ROWS.filter((p) => p.requiredByDefault);
  return rows.map((p) => p.field as SecretParam);
}

/**
 * Keys the default mapping (no `modelSecretRef.keys`) also reads when the Secret has them:
 * `apiBase` for every provider the table does not name (openai, anthropic, unknown ones). The
 * operator reads `apiKey` and `apiBase` for those (model_controller.go / model_provider.go;
 * the derived request bodies in ../shared/reference/operator/derived/sample_models_model-new-requests.json):
 * a Secret meant for an internal OpenAI-compatible endpoint carries its URL. Optional, so a
 * Secret without it works too: LiteLLM then uses the provider's default base.
 */
export function optionalCredentials(provider: string | undefined): SecretParam[] {
  if (provider !== undefined && LOCAL_PROVIDERS.has(provider)) return [];
  const named = provider !== undefined && ROWS.some((p) => p.requiredBy?.includes(provider));
  return named ? [] : ["apiBase" as SecretParam];
}

/**
 * The environment variables LiteLLM falls back to when a model names no credential
 * (litellm/utils.py validate_environment, and each provider's client), for messages.
 */
export const AMBIENT_CREDENTIALS: Readonly<Record<string, string>> = {
  azure: "AZURE_API_KEY, AZURE_API_BASE, AZURE_API_VERSION",
  bedrock: "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a workload identity",
  sagemaker: "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a workload identity",
  vertex_ai: "GOOGLE_APPLICATION_CREDENTIALS, or a workload identity",
};
