import type { ErrorObject } from "ajv";
import { diagnose, diagnostic, type Diagnostic, type DiagnosticCode, type Report } from "../diagnostics.js";
import type { Input, InputKind } from "../classify/classify.js";
import * as generated from "../generated/validators.js";
import type { ParsedDocument } from "../parse/locate.js";
import { childPointer } from "../pointer.js";
import { closest } from "../suggest.js";

/** An ajv validate function: true, or false with `errors` set. */
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/**
 * The input schemas' validators, compiled by ajv at build time (scripts/gen-validators.mjs,
 * `npm run gen`) rather than at every start: `allErrors`, `verbose` (errors carry `schema`,
 * `parentSchema` and `data`, quoted below), `strict: false`, int32/int64 accepted.
 */
const VALIDATORS = generated as unknown as Record<InputKind, ValidateFunction>;

function validatorFor(kind: InputKind): ValidateFunction {
  return VALIDATORS[kind];
}

/**
 * More schema errors than this in one document are not worth reading one by one (a file
 * that is not what it claims to be), and a "did you mean" for each of 100,000 unknown keys
 * would take minutes: the rest are counted in one last diagnostic.
 */
export const MAX_SCHEMA_DIAGNOSTICS = 100;

/** An input checked against its kind's schema: only a valid one becomes a resource. */
export interface CheckedInput extends Input {
  valid: boolean;
}

/** The fifth stage: every input against the JSON Schema of its kind (schemas/). */
export function checkSchemas(inputs: readonly Input[], report: Report): CheckedInput[] {
  return inputs.map((input) => {
    const errors = validateAgainstSchema(input.kind, input.doc);
    for (const d of errors) report(d);
    return { ...input, valid: errors.length === 0 };
  });
}

/** Schema errors of one document, each located at the offending key or value in the user's file. */
function validateAgainstSchema(kind: InputKind, doc: ParsedDocument): Diagnostic[] {
  const validate = validatorFor(kind);
  if (validate(doc.value)) return [];
  const errors = relevantErrors(validate.errors ?? []);
  const diagnostics = errors.slice(0, MAX_SCHEMA_DIAGNOSTICS).map((error) => toDiagnostic(error, doc));
  if (errors.length > MAX_SCHEMA_DIAGNOSTICS) {
    const { line, column } = doc.locate("", "value");
    diagnostics.push(diagnose("LG2005", { file: doc.file, line, column, pointer: "" }, "tooMany", { count: errors.length - MAX_SCHEMA_DIAGNOSTICS }));
  }
  return diagnostics;
}

/**
 * ajv reports each failed branch of an anyOf/oneOf as well as the anyOf itself; the branch
 * errors only repeat it in a more confusing way, so they are dropped.
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const combinators = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (combinators.some((c) => c !== e && e.schemaPath.startsWith(c.schemaPath + "/"))) return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toDiagnostic(error: ErrorObject, doc: ParsedDocument): Diagnostic {
  const here = (pointer: string, target: "key" | "value", code: DiagnosticCode, message: string, hint?: string) => {
    const { line, column } = doc.locate(pointer, target);
    return diagnostic(code, { file: doc.file, line, column, pointer }, message, hint);
  };
  const path = error.instancePath;
  const field = displayField(path);
  switch (error.keyword) {
    case "required": {
      const missing = String(error.params.missingProperty);
      return here(
        childPointer(path, missing),
        "key",
        "LG2001",
        `${field ? field + ": " : ""}missing required field "${missing}"`,
        `Add \`${missing}:\`${field ? ` under \`${field}\`` : " at the top level"}.${describe(error, missing)}`,
      );
    }
    case "additionalProperties": {
      const unknown = String(error.params.additionalProperty);
      const known = Object.keys(propertiesOf(error.parentSchema));
      const suggestion = closest(unknown, known);
      return here(
        childPointer(path, unknown),
        "key",
        "LG2003",
        `${field ? field + ": " : ""}unknown field "${unknown}"`,
        correction(error.parentSchema, unknown) ??
          (suggestion ? `Did you mean "${suggestion}"?` : `Fields allowed here: ${known.join(", ")}.`),
      );
    }
    case "type":
      return here(
        path,
        "value",
        "LG2002",
        `${field || "document"}: must be ${String(error.params.type).replace(",", " or ")}, found ${typeName(error.data)}`,
        typeHint(String(error.params.type), error.data),
      );
    case "enum": {
      const allowed = `Allowed values: ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}.`;
      const fix = typeof error.data === "string" ? correction(error.parentSchema, error.data) : undefined;
      return here(path, "value", "LG2004", `${field}: value not allowed`, fix ? `${fix} ${allowed}` : allowed);
    }
    case "const":
      return here(path, "value", "LG2004", `${field}: must be ${JSON.stringify(error.params.allowedValue)}`);
    case "pattern":
    case "format":
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "minLength":
    case "maxLength":
    case "minItems":
    case "uniqueItems":
      return here(path, "value", "LG2004", `${field}: ${error.message ?? "value not allowed"}`, explain(error));
    case "anyOf":
    case "oneOf":
      return here(path, "key", "LG2005", `${field || "document"}: ${alternatives(error.schema)}`, explain(error));
    default:
      return here(path, "value", "LG2005", `${field || "document"}: ${error.message ?? "schema rule violated"}`);
  }
}

/** `spec.models[0].liteLLMParams` from `/spec/models/0/liteLLMParams`: the way users read their YAML. */
export function displayField(pointer: string): string {
  let out = "";
  for (const segment of pointer.split("/").slice(1)) {
    out += /^\d+$/.test(segment) ? `[${segment}]` : (out ? "." : "") + segment.replace(/~1/g, "/").replace(/~0/g, "~");
  }
  return out;
}

function propertiesOf(schema: unknown): Record<string, unknown> {
  if (schema && typeof schema === "object" && "properties" in schema) {
    const properties = (schema as { properties: unknown }).properties;
    if (properties && typeof properties === "object") return properties as Record<string, unknown>;
  }
  return {};
}

/**
 * The schema's `x-litellm-gitops-corrections` entry for a wrong value or field: a known
 * mistake (the operator's own docs write `userRole: admin`, `role: member`, `teamAlias` on a
 * TeamMemberAssociation) gets its own "did you mean", which edit distance could not find.
 */
function correction(schema: unknown, wrong: string): string | undefined {
  if (!schema || typeof schema !== "object") return undefined;
  const table = (schema as Record<string, unknown>)["x-litellm-gitops-corrections"];
  if (!table || typeof table !== "object" || !Object.hasOwn(table, wrong)) return undefined;
  const hint = (table as Record<string, unknown>)[wrong];
  return typeof hint === "string" ? hint : undefined;
}

/** The schema's own description of the field, so that the hint explains what is expected. */
function describe(error: ErrorObject, property?: string): string {
  const schema = property ? propertiesOf(error.parentSchema)[property] : error.parentSchema;
  const text = schema && typeof schema === "object" && "description" in schema ? String(schema.description) : "";
  const first = text.split("\n")[0]?.trim();
  return first ? ` (${first})` : "";
}

/** The schema's description of the offending field as a hint of its own. */
function explain(error: ErrorObject): string | undefined {
  const text = describe(error).trim();
  return text ? text.slice(1, -1) : undefined;
}

/** "needs one of: secretRef, instanceRef" when every branch just requires a field; a generic line otherwise. */
function alternatives(schema: unknown): string {
  if (!Array.isArray(schema)) return "does not match any allowed form";
  const required = schema.map((branch: unknown) =>
    branch && typeof branch === "object" && "required" in branch && Array.isArray(branch.required)
      ? (branch.required as string[]).join(" and ")
      : undefined,
  );
  if (required.every((r) => r !== undefined)) return `needs ${required.join(" or ")}`;
  const types = schema.map((branch: unknown) =>
    branch && typeof branch === "object" && "type" in branch ? String(branch.type) : undefined,
  );
  if (types.every((t) => t !== undefined)) return `must be ${types.join(" or ")}`;
  return "does not match any allowed form";
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  return `a ${typeof value}`;
}

function typeHint(expected: string, found: unknown): string | undefined {
  if (expected === "string" && (typeof found === "number" || typeof found === "boolean")) {
    return "Quote the value: YAML reads it as a number or boolean, the field takes a string.";
  }
  if (expected === "integer" && typeof found === "string" && /^\d+$/.test(found)) {
    return "Remove the quotes: the field takes an integer.";
  }
  if (expected === "object" && found === null) return "Give the mapping its fields, or remove the key.";
  return undefined;
}
