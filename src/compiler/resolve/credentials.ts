import { createHash } from "node:crypto";
import { compareStrings } from "../../compare.js";

/**
 * The env variable that carries a Secret's key: `openai-credentials` + `apiKey` →
 * `OPENAI_CREDENTIALS_API_KEY`; a key that already starts with the Secret's name is not
 * prefixed twice (`openai` + `OPENAI_API_KEY` → `OPENAI_API_KEY`). Deterministic and
 * readable in `kubectl describe pod`.
 */
export function envNameFor(secretName: string, key: string): string {
  const prefix = envWord(secretName);
  const suffix = envWord(key);
  const name = suffix.startsWith(prefix + "_") ? suffix : `${prefix}_${suffix}`;
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

export function envWord(s: string): string {
  return s
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toUpperCase();
}

/**
 * The env variable of each Secret key the models read, unique in the container by construction:
 * `envNameFor` when no other key and no `reserved` name (the fixed variables, extraEnvVars) takes
 * the same name, else that name plus a short hash of `<secret>/<key>`, for every key of the
 * clash (so the names do not depend on which key came first). The names are our internal wiring:
 * no valid input is refused for them.
 */
export function credentialEnvNames(pairs: ReadonlyArray<{ secretName: string; key: string }>, reserved: ReadonlySet<string>): Map<string, string> {
  const byBase = new Map<string, Set<string>>();
  for (const { secretName, key } of pairs) {
    const base = envNameFor(secretName, key);
    if (!byBase.has(base)) byBase.set(base, new Set());
    byBase.get(base)!.add(pairId(secretName, key));
  }
  const names = new Map<string, string>();
  const taken = new Set(reserved);
  for (const [base, ids] of [...byBase.entries()].sort(([a], [b]) => compareStrings(a, b))) {
    if (ids.size === 1 && !reserved.has(base)) {
      names.set([...ids][0]!, base);
      taken.add(base);
    }
  }
  for (const [base, ids] of byBase) {
    if (ids.size === 1 && !reserved.has(base)) continue;
    for (const id of [...ids].sort()) {
      const digest = createHash("sha256").update(id).digest("hex").toUpperCase();
      let length = 6;
      while (taken.has(`${base}_${digest.slice(0, length)}`)) length++;
      names.set(id, `${base}_${digest.slice(0, length)}`);
      taken.add(`${base}_${digest.slice(0, length)}`);
    }
  }
  return names;
}

export function pairId(secretName: string, key: string): string {
  return `${secretName}/${key}`;
}
