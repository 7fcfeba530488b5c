/**
 * `litellm_model` → the model_list entry the provider sends to LiteLLM's `/model/new`, then
 * the importer's own model_list mapping (models.ts) turns it into a Model, credentials into
 * Secret references included. So a Terraform model compiles to the config.yaml entry the
 * provider would have created in LiteLLM's database.
 *
 * The table follows both providers' create functions:
 * - BerriAI/terraform-provider-litellm litellm/resource_model_crud.go
 *   `createOrUpdateModel`, schema in litellm/resource_model.go;
 * - ncecere/terraform-provider-litellm internal/provider/resource_model.go
 *   `(*ModelResource).createOrUpdateModel` (the community provider, v2).
 * Both send `model = "<custom_llm_provider>/<base_model>"` and `custom_llm_provider` in
 * litellm_params, the per-million costs divided into `*_cost_per_token`, tpm/rpm only when
 * positive, `thinking: {type: enabled, budget_tokens}` when thinking_enabled, model_info
 * `{id, base_model, tier, mode, team_id + team_public_model_name, access_groups}`
 * (BerriAI: `pricing_base_model`, when set, is model_info.base_model instead).
 */
import { diagnose } from "../../compiler/diagnostics.js";
import { dataKeyForEnv, envWord, secretNameForEnv } from "../secrets.js";
import { environReference, isCredentialParam } from "../../litellm/index.js";
import { hide, replaceLiteral, type ImportContext } from "../context.js";
import { closest } from "../../compiler/suggest.js";
import { own } from "../../records.js";
import { importModel, type ImportedModel } from "../models.js";
import { dnsLabel, UniqueNames } from "../names.js";
import type { Plain } from "../types.js";
import { translatedDocument, type TerraformResource } from "./read.js";
import { locationOf } from "./arguments.js";

/** Provider argument → litellm_params name, sent as written. */
export const LITELLM_PARAM_ARGUMENTS: Readonly<Record<string, string>> = {
  model_api_key: "api_key",
  model_api_base: "api_base",
  api_version: "api_version",
  reasoning_effort: "reasoning_effort",
  merge_reasoning_content_in_choices: "merge_reasoning_content_in_choices",
  aws_access_key_id: "aws_access_key_id",
  aws_secret_access_key: "aws_secret_access_key",
  aws_region_name: "aws_region_name",
  aws_session_name: "aws_session_name",
  aws_role_name: "aws_role_name",
  vertex_project: "vertex_project",
  vertex_location: "vertex_location",
  vertex_credentials: "vertex_credentials",
  litellm_credential_name: "litellm_credential_name",
  input_cost_per_pixel: "input_cost_per_pixel",
  output_cost_per_pixel: "output_cost_per_pixel",
  input_cost_per_second: "input_cost_per_second",
  output_cost_per_second: "output_cost_per_second",
};

/** Per-million costs → the Model's exact per-million fields (the compiler divides, as the provider does). */
export const PER_MILLION_ARGUMENTS: Readonly<Record<string, string>> = {
  input_cost_per_million_tokens: "inputCostPerMillionTokens",
  output_cost_per_million_tokens: "outputCostPerMillionTokens",
};

/** Arguments that shape the entry other than one-to-one (see mapModel). */
const SHAPED = new Set([
  "model_name",
  "custom_llm_provider",
  "base_model",
  "pricing_base_model",
  "tpm",
  "rpm",
  "thinking_enabled",
  "thinking_budget_tokens",
  "additional_litellm_params",
  "tier",
  "mode",
  "team_id",
  "access_groups",
  "id",
]);

/** Every argument the table maps, for a misspelling's did-you-mean. */
const KNOWN_ARGUMENTS = (): string[] => [...SHAPED, ...Object.keys(LITELLM_PARAM_ARGUMENTS), ...Object.keys(PER_MILLION_ARGUMENTS)];

/** Arguments that are Terraform's or the provider's own bookkeeping, never sent as a param. */
const BOOKKEEPING = new Set(["id", "db_model", "created_at", "updated_at", "created_by", "updated_by"]);

/**
 * Modes the providers accept that are not LiteLLM's `model_info.mode` values
 * (litellm/types/utils.py `ModelInfoBase.mode`; the model cost map's modes): translated.
 */
export const MODE_TRANSLATION: Readonly<Record<string, string>> = { embeddings: "embedding", image: "image_generation" };

export function importTerraformModel(
  ctx: ImportContext,
  resource: TerraformResource,
  names: UniqueNames,
  target: { namespace: string; instance: string },
): ImportedModel | undefined {
  const v = resource.values;
  const provider = typeof v.custom_llm_provider === "string" ? v.custom_llm_provider : undefined;
  const baseModel = typeof v.base_model === "string" ? v.base_model : undefined;
  const params: Plain = {};
  const info: Plain = {};
  const argumentOf = new Map<string, string>(); // entry pointer → argument, for locating

  const set = (section: Plain, sectionName: string, key: string, value: unknown, argument: string) => {
    section[key] = value;
    argumentOf.set(`/${sectionName}/${key}`, argument);
  };

  if (provider !== undefined && baseModel !== undefined) {
    set(params, "litellm_params", "model", `${provider}/${baseModel}`, "base_model");
    set(params, "litellm_params", "custom_llm_provider", provider, "custom_llm_provider");
  }
  for (const [argument, param] of Object.entries(LITELLM_PARAM_ARGUMENTS)) {
    const value = v[argument];
    if (value === undefined || value === null || value === "") continue;
    if (isCredentialParam(param)) {
      set(params, "litellm_params", param, secretReference(ctx, resource, argument, param, provider, value), argument);
    } else {
      set(params, "litellm_params", param, value, argument);
    }
  }
  for (const argument of ["tpm", "rpm"]) {
    if (typeof v[argument] === "number" && (v[argument] as number) > 0) set(params, "litellm_params", argument, v[argument], argument);
  }
  if (v.thinking_enabled === true) {
    const budget = typeof v.thinking_budget_tokens === "number" ? v.thinking_budget_tokens : 1024;
    set(params, "litellm_params", "thinking", { type: "enabled", budget_tokens: budget }, "thinking_enabled");
  }
  if (v.additional_litellm_params !== undefined && v.additional_litellm_params !== null && typeof v.additional_litellm_params === "object") {
    for (const [key, raw] of Object.entries(v.additional_litellm_params as Plain)) {
      set(params, "litellm_params", key, typeof raw === "string" ? convertStringValue(raw) : raw, "additional_litellm_params");
    }
  }

  if (typeof v.id === "string" && v.id !== "") set(info, "model_info", "id", v.id, "id");
  const pricing = typeof v.pricing_base_model === "string" && v.pricing_base_model !== "" ? "pricing_base_model" : "base_model";
  if (typeof v[pricing] === "string") set(info, "model_info", "base_model", v[pricing], pricing);
  // Both providers default tier to "free" (schema Default) and send it.
  set(info, "model_info", "tier", typeof v.tier === "string" && v.tier !== "" ? v.tier : "free", "tier");
  if (typeof v.mode === "string" && v.mode !== "") set(info, "model_info", "mode", modeOf(ctx, resource, v.mode), "mode");
  if (typeof v.team_id === "string" && v.team_id !== "") {
    set(info, "model_info", "team_id", v.team_id, "team_id");
    set(info, "model_info", "team_public_model_name", v.model_name, "model_name");
  }
  if (Array.isArray(v.access_groups) && v.access_groups.length > 0) set(info, "model_info", "access_groups", v.access_groups, "access_groups");

  for (const [argument, expression] of resource.expressions) {
    const param = own(LITELLM_PARAM_ARGUMENTS, argument);
    if (param !== undefined && isCredentialParam(param)) {
      set(params, "litellm_params", param, variableReference(ctx, resource, argument, param, provider, expression), argument);
      continue;
    }
    ctx.report(diagnose("LG6061", locationOf(resource, argument), "expression", { address: resource.address, argument, expression }));
  }
  if (resource.repeated !== undefined) {
    ctx.report(diagnose("LG6062", locationOf(resource, resource.repeated), "repeated", { address: resource.address, meta: resource.repeated }));
  }

  for (const key of Object.keys(v)) {
    if (SHAPED.has(key) || BOOKKEEPING.has(key) || Object.hasOwn(LITELLM_PARAM_ARGUMENTS, key) || Object.hasOwn(PER_MILLION_ARGUMENTS, key)) continue;
    // Not understood, so possibly a misspelt credential (`model_api_kye`): never shown in a frame.
    hide(ctx, resource.file, v[key]);
    const near = closest(key, KNOWN_ARGUMENTS());
    ctx.report(
      near !== undefined
        ? diagnose("LG6006", locationOf(resource, key), "modelArgumentDidYouMean", { address: resource.address, key, suggestion: near })
        : diagnose("LG6006", locationOf(resource, key), "modelArgument", { address: resource.address, key }),
    );
  }

  const entry: Plain = { model_name: v.model_name, litellm_params: params };
  if (Object.keys(info).length > 0) entry.model_info = info;
  const argumentAt = (pointer: string): string | undefined => {
    // A nested value (`/litellm_params/extra_headers/Authorization`) is where its param was written.
    for (let p = pointer; p !== ""; p = p.slice(0, p.lastIndexOf("/"))) {
      const argument = argumentOf.get(p);
      if (argument !== undefined) return argument;
    }
    return pointer === "/model_name" ? "model_name" : undefined;
  };
  const doc = translatedDocument(resource, entry, argumentAt);
  const model = importModel(ctx, entry, { doc, pointer: "" }, new UniqueNames(), target);
  if (!model) return undefined;

  // Exact per-million figures, as the user wrote them; the compiler divides them.
  const litellmParams = (model.resource.spec as Plain).litellmParams as Plain;
  for (const [argument, field] of Object.entries(PER_MILLION_ARGUMENTS)) {
    const value = v[argument];
    if (typeof value === "number" && value > 0) litellmParams[field] = String(value);
    else if (typeof value === "string" && value !== "") litellmParams[field] = value;
  }
  const name = names.take(dnsLabel(resource.localName, "model"));
  (model.resource.metadata as Plain).name = name;
  return { name, resource: model.resource };
}

/**
 * A credential argument becomes `os.environ/NAME`, NAME read from a Secret: a literal (a
 * state holds them in clear) is hidden from every frame; an expression (`var.openai_key`) is
 * the same variable wherever it is used, so models sharing it share the Secret key.
 */
function secretReference(ctx: ImportContext, resource: TerraformResource, argument: string, param: string, provider: string | undefined, value: unknown): string {
  const base = envBase(param, provider);
  const at = { doc: translatedDocument(resource, undefined, () => argument), pointer: "" };
  return replaceLiteral(ctx, at, `${resource.address} argument ${argument}`, value, base);
}

/** A credential set by a variable: the same expression is the same variable, so models sharing it share a Secret key. */
function variableReference(ctx: ImportContext, resource: TerraformResource, argument: string, param: string, provider: string | undefined, expression: string): string {
  const name = ctx.book.allocate(envBase(param, provider), `\${${expression}}`);
  const args = { address: resource.address, argument, expression, env: name, secret: secretNameForEnv(name), key: dataKeyForEnv(name) };
  ctx.report(diagnose("LG6063", locationOf(resource, argument), "variable", args));
  return environReference(name);
}

function envBase(param: string, provider: string | undefined): string {
  return /^(aws|vertex)_/.test(param) ? envWord(param) : `${envWord(provider ?? "litellm")}_${envWord(param)}`;
}

function modeOf(ctx: ImportContext, resource: TerraformResource, mode: string): string {
  const translated = own(MODE_TRANSLATION, mode);
  if (translated === undefined) return mode;
  ctx.report(diagnose("LG6060", locationOf(resource, "mode"), "mode", { address: resource.address, mode, translated }));
  return translated;
}

/**
 * additional_litellm_params values are strings in Terraform; the provider converts each
 * before sending it (ncecere: integer, float,
 * boolean as Go's strconv.ParseBool reads it, then JSON object or array, else the string;
 * internal/provider/resource_model.go `convertStringValue`).
 */
const GO_TRUE = new Set(["t", "T", "TRUE", "true", "True"]);
const GO_FALSE = new Set(["f", "F", "FALSE", "false", "False"]);

export function convertStringValue(raw: string): unknown {
  if (/^-?\d+$/.test(raw)) return Number(raw);
  if (/^-?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/.test(raw)) return Number(raw);
  if (GO_TRUE.has(raw)) return true;
  if (GO_FALSE.has(raw)) return false;
  if (/^\s*[[{]/.test(raw)) {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return raw;
    }
  }
  return raw;
}
