import type { ErrorObject } from "ajv";
import { diagnose, type Diagnostic, type Report } from "../diagnostics.js";
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
 * errors only repeat it in a more confusing way, so they are dropped. Except when the value
 * has the type of exactly one branch: then that branch's own errors say what is wrong
 * (`1Gib` is a string that is not a quantity, not "must be integer or string").
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const combinators = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const narrowedTo = new Map<ErrorObject, string>();
  for (const c of combinators) {
    const branches = Array.isArray(c.schema) ? (c.schema as unknown[]) : [];
    const typed = branches.flatMap((b, i) => (typeTakes(b, c.data) ? [i] : []));
    const prefix = typed.length === 1 ? `${c.schemaPath}/${typed[0]}/` : undefined;
    if (prefix !== undefined && errors.some((e) => e.schemaPath.startsWith(prefix))) narrowedTo.set(c, prefix);
  }
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (narrowedTo.has(e)) return false;
    if (combinators.some((c) => c !== e && e.schemaPath.startsWith(c.schemaPath + "/") && !e.schemaPath.startsWith(narrowedTo.get(c) ?? "\0"))) return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toDiagnostic(error: ErrorObject, doc: ParsedDocument): Diagnostic {
  const at = (pointer: string, target: "key" | "value") => {
    const { line, column } = doc.locate(pointer, target);
    return { file: doc.file, line, column, pointer };
  };
  const path = error.instancePath;
  const field = displayField(path);
  switch (error.keyword) {
    case "required": {
      const name = String(error.params.missingProperty);
      const where = at(childPointer(path, name), "key");
      const description = describe(error, name);
      return field ? diagnose("LG2001", where, "missing", { field, name, description }) : diagnose("LG2001", where, "missingAtTop", { name, description });
    }
    case "additionalProperties": {
      const name = String(error.params.additionalProperty);
      const where = at(childPointer(path, name), "key");
      const known = Object.keys(propertiesOf(error.parentSchema));
      const fixed = correction(error.parentSchema, name);
      const suggestion = closest(name, known);
      const prefix = field ? field + ": " : "";
      if (fixed !== undefined) return diagnose("LG2003", where, "corrected", { at: prefix, name, correction: fixed });
      if (suggestion) return diagnose("LG2003", where, "didYouMean", { at: prefix, name, suggestion });
      return diagnose("LG2003", where, "allowed", { at: prefix, name, known: known.join(", ") });
    }
    case "type": {
      const expected = String(error.params.type);
      const args = { field: field || "document", expected: expected.replace(",", " or "), found: typeName(error.data) };
      return diagnose("LG2002", at(path, "value"), typeHint(expected, error.data), args);
    }
    case "enum": {
      const allowed = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ");
      const fix = typeof error.data === "string" ? correction(error.parentSchema, error.data) : undefined;
      return fix
        ? diagnose("LG2004", at(path, "value"), "corrected", { field, correction: fix, allowed })
        : diagnose("LG2004", at(path, "value"), "notInEnum", { field, allowed });
    }
    case "const":
      return diagnose("LG2004", at(path, "value"), "notConst", { field, value: JSON.stringify(error.params.allowedValue) });
    case "pattern": {
      // A titled pattern (a Quantity) is named in words; a bare one is shown as ajv says it.
      const title = titleOf(error.parentSchema);
      const problem = title !== undefined && typeof error.data === "string" ? `${JSON.stringify(error.data)} is not a ${title}` : (error.message ?? "value not allowed");
      const description = explain(error);
      return description === undefined
        ? diagnose("LG2004", at(path, "value"), "constraint", { field, problem })
        : diagnose("LG2004", at(path, "value"), "constraintExplained", { field, problem, description });
    }
    case "format":
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "minLength":
    case "maxLength":
    case "minItems":
    case "uniqueItems": {
      const problem = error.message ?? "value not allowed";
      const description = explain(error);
      return description === undefined
        ? diagnose("LG2004", at(path, "value"), "constraint", { field, problem })
        : diagnose("LG2004", at(path, "value"), "constraintExplained", { field, problem, description });
    }
    case "anyOf":
    case "oneOf": {
      const args = { field: field || "document", alternatives: alternatives(error.schema) };
      const description = explain(error);
      return description === undefined
        ? diagnose("LG2005", at(path, "key"), "alternatives", args)
        : diagnose("LG2005", at(path, "key"), "alternativesExplained", { ...args, description });
    }
    default:
      return diagnose("LG2005", at(path, "value"), "other", { field: field || "document", problem: error.message ?? "schema rule violated" });
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

function titleOf(schema: unknown): string | undefined {
  return schema && typeof schema === "object" && "title" in schema && typeof schema.title === "string" ? schema.title : undefined;
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

/** Does a schema branch declare a type, and is it the value's? */
function typeTakes(branch: unknown, value: unknown): boolean {
  if (!branch || typeof branch !== "object" || !("type" in branch) || typeof branch.type !== "string") return false;
  switch (branch.type) {
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return value !== null && typeof value === "object" && !Array.isArray(value);
    default:
      return false;
  }
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  return `a ${typeof value}`;
}

/** Which LG2002 message fits: a hint when the value is a common YAML slip. */
function typeHint(expected: string, found: unknown): "wrongType" | "quote" | "unquote" | "emptyMapping" {
  if (expected === "string" && (typeof found === "number" || typeof found === "boolean")) return "quote";
  if (expected === "integer" && typeof found === "string" && /^\d+$/.test(found)) return "unquote";
  if (expected === "object" && found === null) return "emptyMapping";
  return "wrongType";
}
