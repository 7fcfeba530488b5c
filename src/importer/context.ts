import { diagnose, type Location } from "../compiler/diagnostics.js";
import { locationOf } from "../compiler/parse/locate.js";
import { childPointer } from "../compiler/pointer.js";
import { dataKeyForEnv, envReference, envWord, type EnvBook } from "./secrets.js";
import { environReference, isLiteralSecret } from "../litellm/index.js";
import { setOwn } from "../records.js";
import type { Report, Sourced } from "./types.js";

/** What every mapping stage shares: the report, the instance's env book, and the literals to hide. */
export interface ImportContext {
  report: Report;
  book: EnvBook;
  /** Literal credential values met, by file: masked in code frames, never printed or written. */
  hidden: Map<string, Set<string>>;
  /** The first file imported: where problems of the whole import are reported. */
  mainFile: string;
  /** Warnings given once per import (e.g. per provider), by a key of the caller's choosing. */
  once: Set<string>;
}

/**
 * A literal credential becomes `os.environ/NAME`, NAME set from a Secret. The warning names
 * the file, line and key and where the value must go — never the value itself.
 */
export function replaceLiteral(ctx: ImportContext, at: Sourced, key: string, value: unknown, baseName: string, exact = false): string {
  // `exact`: the variable already has its name (an environment_variables entry); no other may be chosen.
  const name = exact ? baseName : ctx.book.allocate(baseName, value);
  hide(ctx, at.doc.file, value);
  ctx.report(
    exact
      ? diagnose("LG6005", locationOf(at.doc, at.pointer), "namedVariable", { key, name, secret: ctx.book.secretOf(name), dataKey: dataKeyForEnv(name) })
      : diagnose("LG6005", locationOf(at.doc, at.pointer), "environReference", { key, name, secret: ctx.book.secretOf(name), dataKey: dataKeyForEnv(name) }),
  );
  return environReference(name);
}

/** JSON text's value, or undefined when it is not JSON. */
export function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A free-form field LiteLLM stores as written (a Team's, User's or VirtualKey's metadata,
 * aliases, config, permissions) without its literal credentials, at any depth: each is hidden
 * and reported (LG6006), never written. No Secret can stand in for such a value.
 */
export function withoutStoredCredentials(ctx: ImportContext, file: string, value: unknown, field: string, where: string, at: Location): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === "string" && isLiteralSecret(key, child)) {
      hide(ctx, file, child);
      ctx.report(diagnose("LG6006", at, "storedCredential", { where, key, field }));
    } else setOwn(out, key, withoutStoredCredentials(ctx, file, child, field, where, at));
  }
  return out;
}

/** Keeps a value out of every code frame (a credential, or a value import does not understand). */
export function hide(ctx: ImportContext, file: string, value: unknown): void {
  if (!ctx.hidden.has(file)) ctx.hidden.set(file, new Set());
  const set = ctx.hidden.get(file)!;
  const walk = (v: unknown): void => {
    if (typeof v === "string" || typeof v === "number") set.add(String(v));
    // JSON text (a Terraform `jsonencode({…})` the reader evaluated) is written in the source as its parts.
    if (typeof v === "string" && /^\s*[[{]/.test(v)) walk(jsonOf(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
}

/**
 * A free-form value (a settings section, a passthrough param) with every literal secret
 * replaced by an env reference and every env reference recorded as read. `name` names the
 * variable for a literal found under a key: the key itself when it has several words
 * (`redis_password` → REDIS_PASSWORD), else prefixed by its parent (`cache_params.password`
 * → CACHE_PARAMS_PASSWORD).
 */
export function importFreeForm(ctx: ImportContext, value: unknown, at: Sourced, key: string, parentKey: string): unknown {
  const env = envReference(value);
  if (env !== undefined) {
    ctx.book.reference(env);
    return value;
  }
  if (isLiteralSecret(key, value)) {
    const base = envWord(key.includes("_") || parentKey === "" ? key : `${parentKey}_${key}`) || "LITELLM_SECRET";
    const replaced = replaceLiteral(ctx, at, key, value, base);
    ctx.book.reference(envReference(replaced)!);
    return replaced;
  }
  if (Array.isArray(value)) {
    return value.map((item, i) => importFreeForm(ctx, item, { doc: at.doc, pointer: childPointer(at.pointer, i) }, String(i), key));
  }
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) setOwn(out, k, importFreeForm(ctx, v, { doc: at.doc, pointer: childPointer(at.pointer, k) }, k, key));
    return out;
  }
  return value;
}
