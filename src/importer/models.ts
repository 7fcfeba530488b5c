/**
 * model_list entries → Model resources. Each entry becomes one Model whose compiled
 * `model_list` entry equals the original (see round-trip.ts for the documented differences).
 */
import { LITELLM_API_VERSION } from "../compiler/classify/classify.js";
import { diagnose, type Diagnostic } from "../compiler/diagnostics.js";
import type { CredentialParam } from "../compiler/ir.js";
import { locationOf } from "../compiler/parse/locate.js";
import { childPointer } from "../compiler/pointer.js";
import { AMBIENT_CREDENTIALS, environReference, providerOf, requiredCredentials } from "../litellm/index.js";
import { importFreeForm, replaceLiteral, type ImportContext } from "./context.js";
import { dnsLabel, type UniqueNames } from "./names.js";
import { secretRefField, typedInfo, typedParam } from "./params.js";
import { envReference, envWord, isLiteralCredentialParam } from "./secrets.js";
import type { Plain, Sourced } from "./types.js";
import { isRecord, setOwn } from "../records.js";

/** The keys of a model_list entry that LiteLLM's router reads; anything else has no place in a Model. */
const ENTRY_KEYS = new Set(["model_name", "litellm_params", "model_info"]);

export interface ImportedModel {
  /** metadata.name, also the file name. */
  name: string;
  resource: Plain;
}

interface Credential {
  key: string;
  env: string;
}

/** One model_list entry; undefined (with an error reported) when LiteLLM could not load it either. */
export function importModel(
  ctx: ImportContext,
  entry: unknown,
  at: Sourced,
  names: UniqueNames,
  target: { namespace: string; instance: string },
): ImportedModel | undefined {
  const here = (pointer: string, target: "key" | "value" = "value") => locationOf(at.doc, pointer, target);
  const invalid = (problem: Diagnostic) => {
    ctx.report(problem);
    return undefined;
  };
  const where = (pointer: string) => here(pointer, pointer === at.pointer ? "value" : "key");
  if (!isRecord(entry)) return invalid(diagnose("LG6004", where(at.pointer), "entryNotMapping", {}));
  const modelName = entry.model_name;
  if (typeof modelName !== "string" || modelName === "") {
    const pointer = modelName === undefined ? at.pointer : childPointer(at.pointer, "model_name");
    return invalid(diagnose("LG6004", where(pointer), "noModelName", {}));
  }
  const paramsAt = childPointer(at.pointer, "litellm_params");
  const params = entry.litellm_params;
  if (!isRecord(params) || typeof params.model !== "string" || params.model === "") {
    const pointer = isRecord(params) ? childPointer(paramsAt, "model") : params === undefined ? at.pointer : paramsAt;
    return invalid(diagnose("LG6004", where(pointer), "noModel", { modelName }));
  }
  for (const key of Object.keys(entry)) {
    if (ENTRY_KEYS.has(key)) continue;
    ctx.report(
      diagnose("LG6006", here(childPointer(at.pointer, key), "key"), "outsideParams", { modelName, key }),
    );
  }

  const provider = providerOf(params.model, typeof params.custom_llm_provider === "string" ? params.custom_llm_provider : undefined);
  const typed: Plain = { model: params.model };
  const passthrough: Plain = {};
  const credentials: Credential[] = [];
  const modelEnv = envReference(params.model);
  if (modelEnv !== undefined) ctx.book.reference(modelEnv);

  for (const [key, value] of Object.entries(params)) {
    if (key === "model") continue;
    const valueAt = { doc: at.doc, pointer: childPointer(paramsAt, key) };
    const env = envReference(value);
    const credential = secretRefField(key) !== undefined;
    if (credential && env !== undefined) {
      credentials.push({ key, env });
      continue;
    }
    if (credential && isLiteralCredentialParam(key, value)) {
      const base = /^(aws|vertex)_/.test(key) ? envWord(key) : `${envWord(provider ?? "litellm")}_${envWord(key)}`;
      credentials.push({ key, env: envReference(replaceLiteral(ctx, valueAt, key, value, base))! });
      continue;
    }
    place(key, importFreeForm(ctx, value, valueAt, key, ""), typed, passthrough);
  }

  if (credentials.length === 0 && params.litellm_credential_name === undefined) warnAmbientCredentials(ctx, at, modelName, provider);
  const { secretRef, wired } = wireCredentials(ctx, credentials, provider, typed);
  for (const { key, env } of credentials) {
    if (wired.has(key)) continue;
    ctx.book.reference(env);
    place(key, environReference(env), typed, passthrough);
  }

  const litellmParams: Plain = { ...typed };
  if (Object.keys(passthrough).length > 0) litellmParams.additionalProp1 = passthrough;
  const spec: Plain = {
    modelName,
    connectionRef: { instanceRef: { name: target.instance } },
    modelSecretRef: secretRef,
    litellmParams,
  };
  const modelInfo = importModelInfo(ctx, entry.model_info, { doc: at.doc, pointer: childPointer(at.pointer, "model_info") }, modelName);
  if (modelInfo === null) return undefined;
  if (Object.keys(modelInfo).length > 0) spec.modelInfo = modelInfo;

  // A wildcard route (`*`, `anthropic/*`) reads as "all" in its name.
  const name = names.take(dnsLabel(modelName.replace(/\*/g, "all"), "model"));
  return {
    name,
    resource: { apiVersion: LITELLM_API_VERSION, kind: "Model", metadata: { name, namespace: target.namespace }, spec },
  };
}

/** A param goes to its typed field when that round-trips, else to the passthrough. */
function place(key: string, value: unknown, typed: Plain, passthrough: Plain): void {
  const field = typedParam(key, value);
  if (field) typed[field.field] = field.value;
  else setOwn(passthrough, key, value);
}

/**
 * The model's credentials in env variables: through `modelSecretRef` (the operator's way)
 * when the compiler then reads each under the same variable name and wires nothing else;
 * otherwise kept as `os.environ/NAME` in the params, NAME set through the instance's
 * extraEnvVars. Either way config.yaml reads the same variables as before.
 *
 * The compiler wires every credential its provider requires (resolve/credentials.ts) that
 * the params do not set; an Azure model without api_version would gain an `api_version`
 * reference. Such a model keeps its credentials in the params instead.
 */
function wireCredentials(
  ctx: ImportContext,
  credentials: readonly Credential[],
  provider: string | undefined,
  typed: Plain,
): { secretRef: Plain; wired: Set<string> } {
  const none = { secretRef: {}, wired: new Set<string>() };
  const eligible = credentials.filter((c) => ctx.book.keepsName(c.env) && !ctx.book.isInstanceEnv(c.env));
  const anchor = eligible.find((c) => c.key === "api_key") ?? eligible[0];
  if (anchor === undefined) return none;
  const secretName = ctx.book.secretOf(anchor.env);
  const chosen = eligible.filter((c) => ctx.book.secretOf(c.env) === secretName);
  const keys: Partial<Record<CredentialParam, string>> = {};
  for (const c of chosen) keys[secretRefField(c.key) as CredentialParam] = c.env;
  // What the params will hold: the typed fields so far, plus the credentials left in them.
  const inParams = new Set(Object.keys(typed));
  for (const c of credentials) {
    if (chosen.includes(c)) continue;
    const field = typedParam(c.key, environReference(c.env));
    if (field) inParams.add(field.field);
  }
  const complete = requiredCredentials(provider).every((param) => param in keys || inParams.has(param));
  if (!complete) return none;
  for (const c of chosen) ctx.book.generate(c.env, "model");
  return { secretRef: { secretName, keys }, wired: new Set(chosen.map((c) => c.key)) };
}

/**
 * A model without credentials works in LiteLLM through the proxy's environment
 * (OPENAI_API_KEY…); the compiled Deployment sets only the variables the resources name.
 * Said once per provider.
 */
function warnAmbientCredentials(ctx: ImportContext, at: Sourced, modelName: string, provider: string | undefined): void {
  if (requiredCredentials(provider).length === 0 || ctx.once.has(`ambient:${provider ?? ""}`)) return;
  const known = provider !== undefined && Object.hasOwn(AMBIENT_CREDENTIALS, provider) ? AMBIENT_CREDENTIALS[provider] : undefined;
  // The provider's usual key variable set for the instance (environment_variables, Helm envVars): nothing to say.
  if (provider !== undefined && known === undefined && ctx.book.isInstanceEnv(`${envWord(provider)}_API_KEY`)) return;
  ctx.once.add(`ambient:${provider ?? ""}`);
  const variables = provider === undefined ? "the provider's key variables" : (known ?? `${envWord(provider)}_API_KEY`);
  ctx.report(
    provider
      ? diagnose("LG6007", locationOf(at.doc, childPointer(at.pointer, "litellm_params"), "key"), "ambientCredential", { modelName, provider, variables })
      : diagnose("LG6007", locationOf(at.doc, childPointer(at.pointer, "litellm_params"), "key"), "ambientCredentialNoProvider", { modelName, variables }),
  );
}

/** model_info: `id` and the typed fields, the rest passed through; null when it is not a mapping. */
function importModelInfo(ctx: ImportContext, info: unknown, at: Sourced, modelName: string): Plain | null {
  if (info === undefined || info === null) return {};
  if (!isRecord(info)) {
    ctx.report(diagnose("LG6004", locationOf(at.doc, at.pointer), "modelInfoNotMapping", { modelName }));
    return null;
  }
  const out: Plain = {};
  const passthrough: Plain = {};
  for (const [key, raw] of Object.entries(info)) {
    const valueAt = { doc: at.doc, pointer: childPointer(at.pointer, key) };
    if (key === "id") {
      // LiteLLM turns an int id into a string; the Model's id is a string.
      if (typeof raw === "string" || typeof raw === "number") out.id = String(raw);
      else if (raw !== null) passthrough.id = raw;
      continue;
    }
    const value = importFreeForm(ctx, raw, valueAt, key, "model_info");
    const field = typedInfo(key, value);
    if (field) out[field] = value;
    else setOwn(passthrough, key, value);
  }
  if (Object.keys(passthrough).length > 0) out.additionalProp1 = passthrough;
  return out;
}
