import { createHash } from "node:crypto";

/** Our UUIDv5 namespace: uuidv5(URL namespace, "https://litellm-gitops.dev/model"). Never change it: ids would change. */
export const MODEL_ID_NAMESPACE = "345d422b-b9d3-52e7-ab26-281fc6484dd1";

/** RFC 4122 version 5 (SHA-1, name-based): the same name always gives the same id. */
export function uuidv5(name: string, namespace: string = MODEL_ID_NAMESPACE): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
