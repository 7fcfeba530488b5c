import { sortedKeys } from "../records.js";

/** JSON as `build` writes it (access.json): keys sorted at every level, 2-space indent, a trailing newline. */
export function toCanonicalJson(value: unknown): string {
  return `${JSON.stringify(value, sortedKeys, 2)}\n`;
}
