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

/**
 * A number written as a float that JavaScript holds as an integer (`!!float 1`, `1.0`):
 * PyYAML, and so LiteLLM, read a float, and config.yaml must say `1.0` again, not `1`
 * (render/yaml.ts). JSON sees the number.
 */
export class FloatValue {
  constructor(readonly value: number) {}
  toJSON(): number {
    return this.value;
  }
}

/**
 * A free-form block (settings, passthrough params) with the numbers at `floats` (pointers into
 * its document, ParsedDocument.floats) as FloatValue; `pointer` is where the block is. The
 * block itself when none is inside it.
 */
export function withFloats(value: unknown, pointer: string, floats: ReadonlySet<string> | undefined): unknown {
  if (!floats || floats.size === 0 || ![...floats].some((f) => f.startsWith(pointer + "/"))) return value;
  const walk = (v: unknown, at: string): unknown => {
    if (typeof v === "number") return floats.has(at) ? new FloatValue(v) : v;
    if (Array.isArray(v)) return v.map((item, i) => walk(item, `${at}/${i}`));
    if (isRecord(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) setOwn(out, k, walk(item, `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`));
      return out;
    }
    return v;
  };
  return walk(value, pointer);
}
