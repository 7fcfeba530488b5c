/**
 * The LiteLLM model parameters we know: one row per parameter, with the operator's camelCase
 * field (`litellmParams.apiKey`), LiteLLM's `litellm_params` name (`api_key`, from
 * litellm/types/router.py GenericLiteLLMParams / LiteLLM_Params), and its kind. Everything
 * that maps, checks, imports or masks a parameter reads this table; nothing keeps a list of
 * its own.
 */

/**
 * - `credential`: a secret value; it must come from a Secret (or `os.environ/NAME`), never
 *   from Git, and is masked wherever it could be printed.
 * - `decimal`: money or a cost rate; LiteLLM compares it as a float, so we emit a number.
 * - `duration`: LiteLLM's duration string (litellm/litellm_core_utils/duration_parser.py,
 *   duration_in_seconds): a whole number and one unit.
 * - `integer`: a count or a number of seconds.
 * - `plain`: anything else, passed as written.
 */
export type ParamKind = "credential" | "decimal" | "duration" | "integer" | "plain";

export interface LiteLLMParam {
  /** The operator's litellmParams field (camelCase), also the key under modelSecretRef.keys / modelCredentials.keys. */
  readonly field: string;
  /** LiteLLM's `litellm_params` key; absent for a field we convert before LiteLLM sees it. */
  readonly name?: string;
  readonly kind: ParamKind;
  /**
   * Can be read from a Kubernetes Secret key (the operator's modelSecretRef/modelCredentials
   * keys): every credential, and the connection settings that vary per deployment.
   */
  readonly fromSecret?: true;
  /**
   * Providers whose requests fail without it (LiteLLM's `validate_environment` in
   * litellm/utils.py and each provider's docs). `default` marks the parameter a provider
   * needs when the table names nothing else for it: an API key.
   */
  readonly requiredBy?: readonly string[];
  readonly requiredByDefault?: true;
  /** A per-million-tokens price that becomes this per-token field (exact decimal shift by 10⁻⁶). */
  readonly perMillionOf?: string;
}

const AZURE = ["azure", "azure_text"];
const AWS = ["bedrock", "sagemaker", "sagemaker_chat"];
const VERTEX = ["vertex_ai", "vertex_ai_beta"];

export const PARAMS = [
  { field: "apiBase", name: "api_base", kind: "plain", fromSecret: true, requiredBy: AZURE },
  { field: "apiKey", name: "api_key", kind: "credential", fromSecret: true, requiredBy: AZURE, requiredByDefault: true },
  { field: "apiVersion", name: "api_version", kind: "plain", fromSecret: true, requiredBy: AZURE },
  { field: "autoRouterConfig", name: "auto_router_config", kind: "plain" },
  { field: "autoRouterConfigPath", name: "auto_router_config_path", kind: "plain" },
  { field: "autoRouterDefaultModel", name: "auto_router_default_model", kind: "plain" },
  { field: "autoRouterEmbeddingModel", name: "auto_router_embedding_model", kind: "plain" },
  { field: "awsAccessKeyId", name: "aws_access_key_id", kind: "credential", fromSecret: true, requiredBy: AWS },
  { field: "awsRegionName", name: "aws_region_name", kind: "plain" },
  { field: "awsSecretAccessKey", name: "aws_secret_access_key", kind: "credential", fromSecret: true, requiredBy: AWS },
  { field: "awsSessionToken", name: "aws_session_token", kind: "credential", fromSecret: true },
  { field: "budgetDuration", name: "budget_duration", kind: "duration" },
  { field: "configurableClientsideAuthParams", name: "configurable_clientside_auth_params", kind: "plain" },
  { field: "customLLMProvider", name: "custom_llm_provider", kind: "plain" },
  { field: "inputCostPerMillionTokens", kind: "decimal", perMillionOf: "inputCostPerToken" },
  { field: "inputCostPerPixel", name: "input_cost_per_pixel", kind: "decimal" },
  { field: "inputCostPerSecond", name: "input_cost_per_second", kind: "decimal" },
  { field: "inputCostPerToken", name: "input_cost_per_token", kind: "decimal" },
  { field: "litellmCredentialName", name: "litellm_credential_name", kind: "plain" },
  { field: "litellmTraceId", name: "litellm_trace_id", kind: "plain" },
  { field: "maxBudget", name: "max_budget", kind: "decimal" },
  { field: "maxFileSizeMb", name: "max_file_size_mb", kind: "integer" },
  { field: "maxRetries", name: "max_retries", kind: "integer" },
  { field: "mergeReasoningContentInChoices", name: "merge_reasoning_content_in_choices", kind: "plain" },
  { field: "mockResponse", name: "mock_response", kind: "plain" },
  { field: "model", name: "model", kind: "plain" },
  { field: "organization", name: "organization", kind: "plain" },
  { field: "outputCostPerMillionTokens", kind: "decimal", perMillionOf: "outputCostPerToken" },
  { field: "outputCostPerPixel", name: "output_cost_per_pixel", kind: "decimal" },
  { field: "outputCostPerSecond", name: "output_cost_per_second", kind: "decimal" },
  { field: "outputCostPerToken", name: "output_cost_per_token", kind: "decimal" },
  { field: "regionName", name: "region_name", kind: "plain" },
  { field: "rpm", name: "rpm", kind: "integer" },
  { field: "streamTimeout", name: "stream_timeout", kind: "integer" },
  { field: "timeout", name: "timeout", kind: "integer" },
  { field: "tpm", name: "tpm", kind: "integer" },
  { field: "useInPassThrough", name: "use_in_pass_through", kind: "plain" },
  { field: "useLitellmProxy", name: "use_litellm_proxy", kind: "plain" },
  { field: "vertexCredentials", name: "vertex_credentials", kind: "credential", fromSecret: true, requiredBy: VERTEX },
  { field: "vertexLocation", name: "vertex_location", kind: "plain" },
  { field: "vertexProject", name: "vertex_project", kind: "plain", fromSecret: true },
  { field: "watsonxRegionName", name: "watsonx_region_name", kind: "plain" },
] as const satisfies readonly LiteLLMParam[];

/** A parameter that can be read from a Secret key (the IR's credential bindings). */
export type SecretParam = Extract<(typeof PARAMS)[number], { fromSecret: true }>["field"];

const ROWS: readonly LiteLLMParam[] = PARAMS;
const BY_FIELD = new Map(ROWS.map((p) => [p.field, p]));
const BY_NAME = new Map(ROWS.flatMap((p) => (p.name === undefined ? [] : [[p.name, p] as const])));

/** The row of an operator field (`apiKey`), if we know it. */
export function paramByField(field: string): LiteLLMParam | undefined {
  return BY_FIELD.get(field);
}

/** The row of a LiteLLM `litellm_params` key (`api_key`), if we know it. */
export function paramByName(name: string): LiteLLMParam | undefined {
  return BY_NAME.get(name);
}

/** LiteLLM's name for an operator field; unknown fields (passthrough) keep theirs. */
export function litellmName(field: string): string {
  return BY_FIELD.get(field)?.name ?? field;
}

function fieldsWhere(test: (p: LiteLLMParam) => boolean): readonly string[] {
  return ROWS.filter(test).map((p) => p.field);
}

/** Fields holding a secret value: a literal one in Git is an error (LG3008). */
export const CREDENTIAL_FIELDS: readonly string[] = fieldsWhere((p) => p.kind === "credential");
/** Fields that may come from a Secret key. */
export const SECRET_FIELDS = fieldsWhere((p) => p.fromSecret === true) as readonly SecretParam[];
/** Money and cost rates. */
export const DECIMAL_FIELDS: readonly string[] = fieldsWhere((p) => p.kind === "decimal");
/** Per-million-tokens prices, each with the per-token field it becomes. */
export const PER_MILLION: ReadonlyArray<readonly [perMillion: string, perToken: string]> = ROWS.flatMap((p) =>
  p.perMillionOf === undefined ? [] : [[p.field, p.perMillionOf] as const],
);

/** LiteLLM's duration_in_seconds: a whole number and one unit (s, m, h, d, w, mo). */
export const DURATION = /^[0-9]+(s|m|h|d|w|mo)$/;

export function isCredentialParam(fieldOrName: string): boolean {
  return (BY_FIELD.get(fieldOrName) ?? BY_NAME.get(fieldOrName))?.kind === "credential";
}
