import { compareStrings } from "../compare.js";

/** JSON as `build` writes it (access.json): keys sorted at every level, 2-space indent, a trailing newline. */
export function toCanonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort(compareStrings)
      .filter((k) => record[k] !== undefined)
      .map((k) => [k, sortKeys(record[k])]),
  );
}
