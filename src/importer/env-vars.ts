/**
 * Environment variables set by the old deployment itself — config.yaml's
 * `environment_variables` (LiteLLM copies them into os.environ at start-up) and litellm-helm's
 * `envVars`/`extraEnvVars` — become the instance's extraEnvVars, so the proxy sees the same
 * environment. Secret-looking literal values go to a Secret instead.
 */
import { diagnose } from "../compiler/diagnostics.js";
import { locationOf } from "../compiler/parse/locate.js";
import { childPointer } from "../compiler/pointer.js";
import { replaceLiteral, type ImportContext } from "./context.js";
import { dataKeyForEnv, envReference, secretEnvVar, type EnvVar } from "./secrets.js";
import { isLiteralSecret, isSensitiveEnvName } from "../litellm/index.js";
import type { Sourced } from "./types.js";
import { isRecord } from "../records.js";

/** How the old deployment turned a YAML value into the variable's text. */
export type Stringify = (value: string | number | boolean) => string;

/** LiteLLM's `os.environ[key] = str(value)`: Python spells booleans True/False. */
export const pythonStr: Stringify = (v) => (typeof v === "boolean" ? (v ? "True" : "False") : String(v));
/** Helm's `quote`: Go spells booleans true/false. */
export const helmQuote: Stringify = (v) => String(v);

/** A mapping of variable name → value (environment_variables, Helm envVars). */
export function importEnvMap(ctx: ImportContext, value: unknown, at: Sourced, what: string, stringify: Stringify): void {
  if (value === null || value === undefined) return;
  if (!isRecord(value)) {
    ctx.report(diagnose("LG6004", locationOf(at.doc, at.pointer), "envNotMapping", { what }));
    return;
  }
  for (const [name, v] of Object.entries(value)) {
    const entryAt = { doc: at.doc, pointer: childPointer(at.pointer, name) };
    const env = importEnvValue(ctx, name, v, entryAt, what, stringify);
    if (env) ctx.book.setExplicit(env, entryAt);
  }
}

function importEnvValue(ctx: ImportContext, name: string, value: unknown, at: Sourced, what: string, stringify: Stringify): EnvVar | undefined {
  const ref = envReference(value);
  // LiteLLM resolves `NAME: os.environ/OTHER` at start-up: NAME gets OTHER's value, here from OTHER's Secret.
  if (ref !== undefined) return { name, valueFrom: { secretKeyRef: { name: ctx.book.secretOf(ref), key: dataKeyForEnv(ref) } } };
  // The build's rule (LG3008 for extraEnvVars): a credential-named variable, or a value that is a
  // credential URL, goes to a Secret, whatever the value's type (a numeric PIN is one too).
  const text = typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? stringify(value) : undefined;
  if (text !== undefined && text !== "" && (isSensitiveEnvName(name) || isLiteralSecret(name, text))) {
    replaceLiteral(ctx, at, `${what}.${name}`, text, name, true);
    return secretEnvVar(name, ctx.book.secretOf(name));
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { name, value: stringify(value) };
  ctx.report(
    diagnose("LG6006", locationOf(at.doc, at.pointer, "key"), value === null ? "emptyEnvValue" : "envValue", { what, name }),
  );
  return undefined;
}

/** litellm-helm's extraEnvVars: Kubernetes EnvVar objects (a list), or a name → value mapping. */
export function importEnvList(ctx: ImportContext, value: unknown, at: Sourced): void {
  if (isRecord(value)) return importEnvMap(ctx, value, at, "extraEnvVars", helmQuote);
  if (!Array.isArray(value)) return;
  value.forEach((item, i) => {
    const itemAt = { doc: at.doc, pointer: childPointer(at.pointer, i) };
    if (!isRecord(item) || typeof item.name !== "string") {
      ctx.report(diagnose("LG6004", locationOf(at.doc, itemAt.pointer), "extraEnvWithoutName", {}));
      return;
    }
    if (item.valueFrom !== undefined) {
      ctx.book.setExplicit(item as unknown as EnvVar, itemAt);
      return;
    }
    const env = importEnvValue(ctx, item.name, item.value ?? "", { doc: at.doc, pointer: childPointer(itemAt.pointer, "value") }, "extraEnvVars", helmQuote);
    if (env) ctx.book.setExplicit(env, itemAt);
  });
}
