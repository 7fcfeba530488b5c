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
