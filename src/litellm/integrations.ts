/**
 * LiteLLM's vocabulary for guardrails, MCP servers and logging callbacks, for the pinned
 * version: data/litellm/integrations.json (its `_provenance` names the LiteLLM file and commit
 * of each list; regenerate with scripts/import-litellm-integrations.mjs), read once on first use.
 */
import { readFileSync } from "node:fs";
import { packageFile } from "../package-root.js";
import { own } from "../records.js";

export type CallbackEvent = "success" | "failure" | "all";

export interface CallbackEnvNeeds {
  /** The LiteLLM file (and function) whose code reads these variables. */
  source: string;
  /** Each group: at least one of its names must be set. */
  required: string[][];
  /** Names that carry a credential: a literal value of one is an error. */
  secret: string[];
  /** Prefixes of every variable the integration reads (import moves such entries into its Callback). */
  prefixes?: string[];
  /** litellm_settings paths it requires instead (s3: s3_callback_params.s3_bucket_name). */
  settings?: string[][];
}

interface IntegrationsFile {
  guardrailIntegrations: string[];
  customGuardrailPrefix: string;
  guardrailModes: string[];
  mcpTransports: string[];
  mcpAuthTypes: string[];
  mcpAuthTypesWithToken: string[];
  mcpCredentialField: string;
  mcpToolPrefixSeparator: string;
  callbacks: string[];
  callbackDefaults: Record<string, unknown>;
  callbackEnv: Record<string, CallbackEnvNeeds>;
}

export interface Integrations {
  guardrails: ReadonlySet<string>;
  /** `custom_guardrail.<module>.<Class>`: a user's own class, any name after the prefix. */
  customGuardrailPrefix: string;
  /** GuardrailEventHooks: the values `mode` may take. */
  guardrailModes: ReadonlySet<string>;
  mcpTransports: ReadonlySet<string>;
  mcpAuthTypes: ReadonlySet<string>;
  /** Auth types that send a static credential, read from `authentication_token`. */
  mcpAuthTypesWithToken: ReadonlySet<string>;
  /** The server-entry field LiteLLM reads the credential from (load_servers_from_config; `auth_value` is its legacy name). */
  mcpCredentialField: string;
  /** MCP_TOOL_PREFIX_SEPARATOR's default. */
  mcpToolPrefixSeparator: string;
  callbacks: ReadonlySet<string>;
}

let loaded: { file: IntegrationsFile; vocabulary: Integrations } | undefined;

function load(): { file: IntegrationsFile; vocabulary: Integrations } {
  if (loaded) return loaded;
  const file = JSON.parse(readFileSync(packageFile("data/litellm/integrations.json"), "utf8")) as IntegrationsFile;
  loaded = {
    file,
    vocabulary: {
      guardrails: new Set(file.guardrailIntegrations),
      customGuardrailPrefix: file.customGuardrailPrefix,
      guardrailModes: new Set(file.guardrailModes),
      mcpTransports: new Set(file.mcpTransports),
      mcpAuthTypes: new Set(file.mcpAuthTypes),
      mcpAuthTypesWithToken: new Set(file.mcpAuthTypesWithToken),
      mcpCredentialField: file.mcpCredentialField,
      mcpToolPrefixSeparator: file.mcpToolPrefixSeparator,
      callbacks: new Set(file.callbacks),
    },
  };
  return loaded;
}

export function integrations(): Integrations {
  return load().vocabulary;
}

/** The env variable LiteLLM reads the MCP tool prefix separator from (utils.py). */
export const MCP_TOOL_PREFIX_SEPARATOR_ENV = "MCP_TOOL_PREFIX_SEPARATOR";

/**
 * validate_mcp_server_name (litellm/proxy/_experimental/mcp_server/utils.py): LiteLLM
 * refuses a server name that contains the tool prefix separator, because tool names are
 * `<server><separator><tool>`. Returns the reason, or undefined when the name is accepted.
 */
export function mcpServerNameProblem(name: string, separator: string = integrations().mcpToolPrefixSeparator): string | undefined {
  return name && name.includes(separator) ? `Server name cannot contain '${separator}'` : undefined;
}

export function isKnownGuardrail(name: string): boolean {
  const { guardrails, customGuardrailPrefix } = integrations();
  return guardrails.has(name) || (name.startsWith(customGuardrailPrefix) && name.length > customGuardrailPrefix.length);
}

/** The events a callback is listed under when its resource names none: what LiteLLM documents for it. */
export function defaultCallbackEvents(callback: string): CallbackEvent[] {
  const defaults = own(load().file.callbackDefaults, callback);
  return Array.isArray(defaults) ? ([...defaults] as CallbackEvent[]) : ["all"];
}

/** The file and function of a CallbackEnvNeeds' source, for messages (the commit and notes stay in the data file). */
export function callbackEnvReader(needs: CallbackEnvNeeds): string {
  return needs.source.split(" @ ")[0]!;
}

let integrationSecrets: ReadonlySet<string> | undefined;

/** A variable a known integration reads a credential from (OTEL_HEADERS carries an API key without saying so). */
export function isIntegrationSecretEnv(name: string): boolean {
  integrationSecrets ??= new Set(Object.values(load().file.callbackEnv).flatMap((needs) => needs.secret));
  return integrationSecrets.has(name);
}

export function callbackEnvNeeds(callback: string): CallbackEnvNeeds | undefined {
  // A callback named like a prototype member (`__proto__`, `constructor`) is just unknown.
  return own(load().file.callbackEnv, callback);
}
