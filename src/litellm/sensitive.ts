/**
 * The one sensitive-value policy: which keys hold a credential, which values are one
 * whatever their key, and the one mask that replaces them. The literal-credential rule
 * (LG3008), the importer, the code-frame redaction and the diff all ask it, so that what
 * one refuses the others hide.
 */
import { isEnvironReference } from "./environ.js";
import { CREDENTIAL_FIELDS, paramByField } from "./params.js";
import { isIntegrationSecretEnv } from "./integrations.js";

/** What is printed instead of a credential, everywhere. */
export const MASK = "****";

/** Keys compared without case and separators: `api_key`, `apiKey`, `API-KEY` are one. */
function squash(key: string): string {
  return key.toLowerCase().replace(/[-_.\s]/g, "");
}

/**
 * Named credentials: the credential parameters in both spellings, the master key, and the
 * HTTP headers that carry one (`extra_headers`, MCP and guardrail `headers`, callback
 * settings): Authorization, Proxy-Authorization, Cookie; `X-Api-Key` and `Api-Key` end in a
 * credential word already.
 */
const NAMED = new Set([
  ...CREDENTIAL_FIELDS.map(squash),
  ...CREDENTIAL_FIELDS.map((f) => squash(paramByField(f)!.name ?? f)),
  "masterkey",
  "authorization",
  "proxyauthorization",
  "cookie",
  "setcookie",
  // Header and setting names that carry a credential without ending in a credential word.
  "auth",
  "bearer",
  "apikey",
  "xapikey",
  "xauthtoken",
]);

/** A key ending in a credential word: `redis_password`, `slack-webhook-token`, `langfuseSecretKey`, `KEY`. */
const CREDENTIAL_SUFFIX = /(^|[_\-.])(key|password|passwd|secret|token|credentials?)$/i;
const CAMEL_CREDENTIAL_SUFFIX = /[a-z0-9](Key|Password|Passwd|Secret|Token|Credentials?)$/;
/** Keys that end like a credential but hold a price or a count (`inputCostPerToken`, `input_cost_per_token`). */
const NOT_A_CREDENTIAL = /cost|per_?token$/i;

/** Whether a value under this key is a credential (in any config section, header map or env list). */
export function isSensitiveKey(key: string): boolean {
  const name = key.trim();
  if (NOT_A_CREDENTIAL.test(name)) return false;
  return NAMED.has(squash(name)) || CREDENTIAL_SUFFIX.test(name) || CAMEL_CREDENTIAL_SUFFIX.test(name);
}

/**
 * A URL's userinfo: `postgres://user:pass@host`, `https://:sk-…@host`, and a bare token as the
 * user (`https://ghp_…@github.com`, how Git hosts take a token): userinfo is how a URL carries
 * a credential, so any non-empty one counts.
 */
const URL_USERINFO = /[a-z][a-z0-9+.-]*:\/\/[^/@\s?#]+@/i;
/** A URL query parameter: `?api_key=…`, `&sig=…` (Azure SAS). */
const QUERY_PARAM = /[?&]([^=&#\s]+)=([^&#\s]*)/g;
/** Query parameters that carry a credential without a credential word: SAS signatures, OAuth codes. */
const QUERY_CREDENTIAL = new Set(["sig", "signature", "code", "auth", "bearer", "apikey", "key"]);

/** A URL that carries a credential: a password in its userinfo, or a credential in its query. */
export function isCredentialUrl(value: string): boolean {
  if (URL_USERINFO.test(value)) return true;
  if (!value.includes("://") && !value.includes("?")) return false;
  for (const [, name, v] of value.matchAll(QUERY_PARAM)) {
    if (v !== "" && (isSensitiveKey(name!) || QUERY_CREDENTIAL.has(name!.toLowerCase()))) return true;
  }
  return false;
}

/**
 * A credential written in clear: a non-empty string under a credential key, or a URL with a
 * credential in it, unless LiteLLM reads it from the environment (`os.environ/NAME`).
 */
/**
 * An environment variable name that says it holds a credential: a credential key
 * (`OPENAI_API_KEY`, `SLACK_TOKEN`, `CLIENT_SECRET`, `GCP_CREDENTIALS`), one that mentions
 * a password anywhere (`DB_PASSWORD_FILE`, `PASSWORD_SALT`), or one a known integration reads
 * a credential from (`OTEL_HEADERS`, data/litellm/integrations.json).
 */
export function isSensitiveEnvName(name: string): boolean {
  return isSensitiveKey(name) || /PASSW(OR)?D/i.test(name) || isIntegrationSecretEnv(name);
}

export function isLiteralSecret(key: string, value: unknown): boolean {
  if (typeof value !== "string" || value === "" || isEnvironReference(value)) return false;
  return isSensitiveKey(key) || isCredentialUrl(value);
}

/**
 * The value with every credential in it replaced by the mask, at any depth; a reference
 * (`os.environ/NAME`) stays visible, it names a variable, not a value.
 */
export function maskSensitive(key: string, value: unknown): unknown {
  if (isEnvironReference(value)) return value;
  if (isSensitiveKey(key)) return MASK;
  if (typeof value === "string") return isCredentialUrl(value) ? MASK : value;
  if (Array.isArray(value)) return value.map((item) => maskSensitive("", item));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskSensitive(k, v)]));
  return value;
}
