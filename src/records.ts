/** A YAML/JSON mapping (not null, not a list). A leaf: it imports nothing, so that every stage can use it. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
