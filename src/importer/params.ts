/**
 * Which imported litellm_params / model_info keys become the Model's typed fields, and which
 * stay in the `additionalProp1` passthrough. A key goes to its typed field only when the
 * compiler will give back exactly the value LiteLLM read: the field's schema accepts the value
 * and the compiler's rules neither refuse nor convert it into something else. Everything else
 * is passed through as written, which LiteLLM accepts (its params and model_info allow
 * extra keys), so nothing is lost either way.
 */
import { readFileSync } from "node:fs";
import { decimalToString, parseDecimal } from "../compiler/decimal.js";
import { DURATION, MODEL_INFO_NAMES, isEnvironReference, paramByName } from "../litellm/index.js";
import { packageFile } from "../package-root.js";

interface FieldSchema {
  type?: string;
  enum?: unknown[];
  anyOf?: FieldSchema[];
  items?: FieldSchema;
}

interface ModelSchema {
  properties: {
    spec: {
      properties: {
        litellmParams: { properties: Record<string, FieldSchema> };
        modelInfo: { properties: Record<string, FieldSchema> };
        modelSecretRef: { properties: { keys: { properties: Record<string, FieldSchema> } } };
      };
    };
  };
}

let schema: ModelSchema | undefined;

/** schemas/model.schema.json, the single source of truth for the fields' shapes; read once. */
function modelSchema(): ModelSchema {
  schema ??= JSON.parse(readFileSync(packageFile("schemas/model.schema.json"), "utf8")) as ModelSchema;
  return schema;
}

/** The subset of JSON Schema the Model's leaf fields use. */
export function fitsSchema(field: FieldSchema, value: unknown): boolean {
  if (field.anyOf) return field.anyOf.some((f) => fitsSchema(f, value));
  if (field.enum && !field.enum.includes(value)) return false;
  switch (field.type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return Number.isSafeInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value) && (!field.items || value.every((v) => fitsSchema(field.items!, v)));
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    default:
      return field.type === undefined;
  }
}

/** The typed litellmParams field and value for a LiteLLM param, or undefined: pass it through. */
export function typedParam(key: string, value: unknown): { field: string; value: unknown } | undefined {
  // Only params LiteLLM reads under a name of the table: a per-million price has none (the compiler converts it).
  const param = paramByName(key);
  const field = param?.field;
  const shape = field === undefined ? undefined : modelSchema().properties.spec.properties.litellmParams.properties[field];
  if (param === undefined || field === undefined || shape === undefined) return undefined;
  if (param.kind === "decimal") {
    // The schema wants a decimal string and the compiler emits a number: only a number comes back as it was.
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return undefined;
    const decimal = parseDecimal(value);
    return decimal ? { field, value: decimalToString(decimal) } : undefined;
  }
  if (param.kind === "duration" && !(typeof value === "string" && DURATION.test(value))) return undefined;
  // The compiler's literal-credential rule covers these: only an env reference may stay in them.
  if (param.kind === "credential" && !isEnvironReference(value)) return undefined;
  return fitsSchema(shape, value) ? { field, value } : undefined;
}

/** The params a Model's modelSecretRef can wire (its `keys`), by LiteLLM name: the schema says which. */
export function secretRefField(key: string): string | undefined {
  const field = paramByName(key)?.field;
  const keys = modelSchema().properties.spec.properties.modelSecretRef.properties.keys.properties;
  return field !== undefined && Object.hasOwn(keys, field) ? field : undefined;
}

/** model_info names the compiler maps, the other way round. */
const INFO_FIELD: Record<string, string> = Object.fromEntries(Object.entries(MODEL_INFO_NAMES).map(([field, key]) => [key, field]));

/** The typed modelInfo field for a model_info key, or undefined: pass it through. `id` is handled by the caller. */
export function typedInfo(key: string, value: unknown): string | undefined {
  const field = Object.hasOwn(INFO_FIELD, key) ? INFO_FIELD[key] : undefined;
  const shape = field === undefined ? undefined : modelSchema().properties.spec.properties.modelInfo.properties[field];
  return field !== undefined && shape !== undefined && fitsSchema(shape, value) ? field : undefined;
}
