import { decimalToNumber, parseDecimal, shiftDecimal } from "../decimal.js";
import { diagnose, type Report } from "../diagnostics.js";
import type { CredentialParam, ModelIR } from "../ir.js";
import { locationOf } from "../parse/locate.js";
import type { ParsedDocument } from "../parse/locate.js";
import type { InstanceResource, ModelResource } from "../resources.js";
import { uuidv5 } from "../uuid.js";
import { own, setOwn, withFloats } from "../../records.js";
import { envNameFor } from "./credentials.js";
import {
  CREDENTIAL_FIELDS,
  DECIMAL_FIELDS,
  MODEL_INFO_NAMES,
  PER_MILLION,
  isEnvironReference,
  optionalCredentials,
  providerOf,
  requiredCredentials,
} from "../../litellm/index.js";

/** A credential a model reads from a Secret, before env names are checked for collisions. */
export interface CredentialUse {
  param: CredentialParam;
  secretName: string;
  key: string;
  /** Assigned by resolveInstance (credentialEnvNames): unique in the container by construction. */
  env: string;
  /** Read only if the Secret has it (the default mapping's apiBase): `optional: true` on the secretKeyRef. */
  optional?: boolean;
  doc: ParsedDocument;
  pointer: string;
}

export interface ResolvedModel {
  model: ModelIR;
  uses: CredentialUse[];
  /** Pointer to the params mapping. */
  paramsPointer: string;
  /**
   * The params as written (model_info aside: LiteLLM resolves no os.environ/ there), each
   * with its pointer, so that an os.environ/ reference is located where it is written.
   */
  written: Array<{ pointer: string; value: unknown }>;
  doc: ParsedDocument;
}

function withoutModelInfo(params: Params): Params {
  const { modelInfo: _modelInfo, ...rest } = params;
  return rest;
}

type Params = Record<string, unknown>;

/** Fields handled on their own rather than copied into litellm_params. */
const NOT_COPIED = new Set<string>(["additionalProp1", "modelInfo", ...PER_MILLION.map(([perMillion]) => perMillion), ...CREDENTIAL_FIELDS]);

/**
 * A Model resource that targets an instance of this project. `selectedBy` (`<namespace>/<name>`):
 * the instance serves it through its modelSelector rather than by the Model's instanceRef; its
 * model_info.id is then the instance's own (derived from the Model's and the instance's name),
 * so that a second proxy selecting a shared Model changes no id of the first.
 */
export function resolveModelResource(resource: ModelResource, report: Report, selectedBy?: string): ResolvedModel {
  const spec = resource.value.spec;
  const params = (spec.litellmParams ?? { model: "" }) as unknown as Params;
  const pointer = "/spec/litellmParams";
  const provider = providerOf(String(params.model), params.customLLMProvider as string | undefined);
  const secretName = spec.modelSecretRef.secretName;
  const uses: CredentialUse[] = [];
  const instanceNamespace = spec.connectionRef?.instanceRef?.namespace ?? resource.namespace;
  const secretNamespace = spec.modelSecretRef.namespace;
  if (secretNamespace !== undefined && secretNamespace !== instanceNamespace) {
    // The proxy's Pod reads the Secret through env secretKeyRef, which can only name a Secret of its own namespace.
    report(
      diagnose("LG4033", locationOf(resource.doc, "/spec/modelSecretRef/namespace"), "otherNamespace", { secretNamespace, instanceNamespace }),
    );
  }
  if (secretName) {
    const keys = (spec.modelSecretRef.keys ?? {}) as Partial<Record<CredentialParam, string>>;
    // Given keys say exactly what the Secret holds (they replace the default mapping as a whole);
    // without them, the provider's credentials are read under the operator's key names.
    const given = spec.modelSecretRef.keys !== undefined;
    const wanted = given ? (Object.keys(keys) as CredentialParam[]) : requiredCredentials(provider);
    const optional = given ? [] : optionalCredentials(provider);
    for (const param of [...wanted, ...optional].sort()) {
      if (params[param] !== undefined) continue; // set in litellmParams: used as written
      const key = keys[param] ?? param;
      const use: CredentialUse = { param, secretName, key, env: envNameFor(secretName, key), doc: resource.doc, pointer: "/spec/modelSecretRef" };
      if (optional.includes(param)) use.optional = true;
      uses.push(use);
    }
  }
  const info = spec.modelInfo ?? {};
  const modelInfo: Record<string, unknown> = {
    ...modelInfoFrom(params.modelInfo as Params | undefined),
    ...modelInfoFrom(info as Params),
  };
  const model: ModelIR = {
    id:
      selectedBy === undefined
        ? (info.id ?? uuidv5(`Model/${resource.namespace}/${resource.name}`))
        : uuidv5(`${info.id ?? `Model/${resource.namespace}/${resource.name}`}@${selectedBy}`),
    modelName: spec.modelName ?? resource.name,
    origin: `Model ${resource.namespace}/${resource.name}`,
    params: normaliseParams(params, resource.doc, pointer, report),
    passthrough: { ...(withFloats(params.additionalProp1 ?? {}, `${pointer}/additionalProp1`, resource.doc.floats) as Params) },
    credentials: uses.map(({ param, env }) => ({ param, env })),
    modelInfo,
  };
  if (provider !== undefined) model.provider = provider;
  if (selectedBy !== undefined) model.selected = true;
  return { model, uses, paramsPointer: pointer, written: [{ pointer, value: withoutModelInfo(params) }], doc: resource.doc };
}

/** An entry of a LiteLLMInstance's spec.models (the operator's InitModelInstance). */
export function resolveInstanceModel(
  instance: InstanceResource,
  index: number,
  report: Report,
): ResolvedModel {
  const entry = instance.value.spec.models![index]!;
  const pointer = `/spec/models/${index}/liteLLMParams`;
  const params = (entry.liteLLMParams ?? { model: "" }) as unknown as Params;
  const provider = providerOf(String(params.model), params.customLLMProvider as string | undefined);
  const uses: CredentialUse[] = [];
  if (entry.requiresAuth) {
    const credentials = entry.modelCredentials;
    if (!credentials) {
      report(
        diagnose("LG3014", locationOf(instance.doc, `/spec/models/${index}/requiresAuth`), "noCredentials", { identifier: entry.identifier }),
      );
    } else {
      const keys = credentials.keys as Partial<Record<CredentialParam, string>>;
      for (const param of (Object.keys(keys) as CredentialParam[]).sort()) {
        const key = keys[param];
        if (key === undefined || params[param] !== undefined) continue;
        uses.push({
          param,
          secretName: credentials.nameRef,
          key,
          env: envNameFor(credentials.nameRef, key),
          doc: instance.doc,
          pointer: `/spec/models/${index}/modelCredentials/keys/${param}`,
        });
      }
    }
  }
  const model: ModelIR = {
    id: uuidv5(`LiteLLMInstance/${instance.namespace}/${instance.name}/${entry.identifier}`),
    modelName: entry.modelName ?? entry.identifier,
    origin: `LiteLLMInstance ${instance.namespace}/${instance.name} spec.models[${entry.identifier}]`,
    params: normaliseParams(params, instance.doc, pointer, report),
    passthrough: {
      ...(withFloats(params.additionalProp1 ?? {}, `${pointer}/additionalProp1`, instance.doc.floats) as Params),
      ...(withFloats(entry.additionalProperties ?? {}, `/spec/models/${index}/additionalProperties`, instance.doc.floats) as Params),
    },
    credentials: uses.map(({ param, env }) => ({ param, env })),
    modelInfo: modelInfoFrom(params.modelInfo as Params | undefined),
  };
  if (provider !== undefined) model.provider = provider;
  const written = [
    { pointer, value: withoutModelInfo(params) },
    { pointer: `/spec/models/${index}/additionalProperties`, value: entry.additionalProperties },
  ];
  return { model, uses, paramsPointer: pointer, written, doc: instance.doc };
}

/**
 * Costs become numbers (LiteLLM compares them as floats); per-million prices become
 * per-token with exact decimal arithmetic, so 0.8 per million is exactly 8e-07.
 */
function normaliseParams(params: Params, doc: ParsedDocument, pointer: string, report: Report): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    // `os.environ/NAME` in a credential param is a reference, kept as written.
    if (NOT_COPIED.has(key) && !isEnvironReference(value)) continue;
    setOwn(out, key, DECIMAL_FIELDS.includes(key) ? toNumber(value) : value);
  }
  for (const [perMillion, perToken] of PER_MILLION) {
    const value = params[perMillion];
    if (value === undefined) continue;
    if (params[perToken] !== undefined) {
      report(
        diagnose("LG4006", locationOf(doc, `${pointer}/${perMillion}`), "bothPrices", { perMillion, perToken }),
      );
      continue;
    }
    const parsed = parseDecimal(value as string | number);
    if (!parsed) continue;
    const perTokenValue = decimalToNumber(shiftDecimal(parsed, -6));
    out[perToken] = perTokenValue;
    const perMillionValue = decimalToNumber(parsed);
    // No model costs less than a tenth of a cent per million tokens; a figure that small is a
    // per-token price written into the per-million field, a millionfold too cheap.
    if (perMillionValue > 0 && perMillionValue < PER_MILLION_FLOOR) {
      report(
        diagnose("LG4032", locationOf(doc, `${pointer}/${perMillion}`), "perTokenPrice", { perMillion, value: String(value), perTokenValue, perMillionValue: decimalToNumber(shiftDecimal(parsed, 6)), perToken }),
      );
    }
  }
  return out;
}

/** Below this, a per-million price is a per-token one in the wrong field (LG4032). */
const PER_MILLION_FLOOR = 0.001;

function toNumber(value: unknown): unknown {
  const parsed = parseDecimal(value as string | number);
  return parsed ? decimalToNumber(parsed) : value;
}

function modelInfoFrom(info: Params | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!info) return out;
  for (const [key, value] of Object.entries(info)) {
    if (key === "id") continue;
    // Own keys only, set as own properties: an additionalProp1 key may be `__proto__` or `constructor`.
    if (key === "additionalProp1" && value && typeof value === "object") for (const [k, v] of Object.entries(value)) setOwn(out, k, v);
    else setOwn(out, own(MODEL_INFO_NAMES, key) ?? key, value);
  }
  return out;
}
