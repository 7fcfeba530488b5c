import { compareStrings } from "./compare.js";

/** A YAML/JSON mapping (not null, not a list). A leaf (it imports only compare.ts), so that every stage can use it. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A JSON.stringify replacer that writes every object's keys in code-unit order, at every
 * level: the same value always gives the same text (access.json, the sync's request hashes).
 */
export function sortedKeys(_key: string, value: unknown): unknown {
  return isRecord(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => compareStrings(a, b))) : value;
}

/**
 * A record's own value for a key that comes from the input. `table[key]` would answer
 * `constructor`, `toString`, `__proto__`… with what every object inherits (issue 12: such keys
 * are ordinary LiteLLM setting names as far as the user is concerned).
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Sets an own, enumerable property, `__proto__` included: `record[key] = value` would set the
 * prototype for that key instead, and the key would vanish from the output.
 */
export function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
}
