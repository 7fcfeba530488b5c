/**
 * Value-level helpers for the diff: changed paths inside an object, and the guard that keeps
 * anything credential-like out of a pull-request comment (the one sensitive-value policy).
 */
import { isDeepStrictEqual } from "node:util";
import { maskSensitive } from "../litellm/index.js";
import { isRecord } from "../records.js";

/** `.key` when the key reads well as an identifier, otherwise `[key]` (annotation names, `config.yaml`). */
export function pathSegment(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${key}]`;
}

/**
 * An array whose items are objects with distinct string `name`s (containers, env, ports,
 * volumes) is compared item by item, keyed by name, so that a changed env variable shows as
 * `env[name=OPENAI_API_KEY]` rather than as "the whole container list".
 */
function namedItems(v: unknown): Map<string, unknown> | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const map = new Map<string, unknown>();
  for (const item of v) {
    if (!isRecord(item) || typeof item.name !== "string" || map.has(item.name)) return undefined;
    map.set(item.name, item);
  }
  return map;
}

/**
 * Paths (`spec.template.spec.containers[name=litellm].env`) where `before` and `after`
 * differ, sorted, at most `maxDepth` segments deep: deeper differences are reported at that
 * depth, once. Only paths, never values: callers use this for objects whose values are not
 * for printing (a ConfigMap's text, an env list).
 */
export function changedPaths(before: unknown, after: unknown, maxDepth = 8): string[] {
  const out = new Set<string>();
  const walk = (a: unknown, b: unknown, path: string, depth: number): void => {
    if (isDeepStrictEqual(a, b)) return;
    if (depth >= maxDepth) {
      out.add(path);
      return;
    }
    if (isRecord(a) && isRecord(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[key], b[key], path + pathSegment(key), depth + 1);
      return;
    }
    const na = namedItems(a);
    const nb = namedItems(b);
    if (na && nb) {
      for (const name of new Set([...na.keys(), ...nb.keys()])) walk(na.get(name), nb.get(name), `${path}[name=${name}]`, depth + 1);
      return;
    }
    out.add(path);
  };
  walk(before, after, "", 0);
  return [...out].map((p) => (p.startsWith(".") ? p.slice(1) : p)).sort();
}

/** A value change of one field; `undefined` on a side means "not set there". */
export interface FieldChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

/**
 * The changes between two records, one level deep: a nested value (a list of access groups,
 * a fallback map) is one field with its whole old and new value, which is what a reviewer
 * wants to see. Keys keep `after`'s order, then removed keys in `before`'s order.
 */
export function fieldChanges(prefix: string, before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const a = before[key];
    const b = after[key];
    if (isDeepStrictEqual(a, b)) continue;
    const change: FieldChange = { path: prefix + pathSegment(key) };
    // Defence in depth: config.yaml never holds a credential (a literal one is an input error,
    // LG3008, and the rest arrive as `os.environ/NAME`); if a credential-named field ever
    // carries anything else, the diff shows the mask, not the value.
    if (a !== undefined) change.before = maskSensitive(key, a);
    if (b !== undefined) change.after = maskSensitive(key, b);
    changes.push(change);
  }
  return changes;
}

