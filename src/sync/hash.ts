import { createHash } from "node:crypto";
import { sortedKeys } from "../records.js";

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortedKeys);
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The digest the sync stores in metadata to detect drift: of the request, never of LiteLLM's answer. */
export function requestHash(value: unknown): string {
  return sha256Hex(canonicalJson(value)).slice(0, 16);
}

/** LiteLLM's `token`: `hash_token` in litellm/proxy/_types.py, sha256 of the key value. */
export function keyToken(key: string): string {
  return sha256Hex(key);
}
