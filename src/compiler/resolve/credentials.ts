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
