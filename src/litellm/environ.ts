/**
 * LiteLLM's way to read a value from the environment: `os.environ/NAME`.
 *
 * What LiteLLM accepts, from its source (BerriAI/litellm):
 * - litellm/proxy/proxy_server.py, ProxyConfig._check_for_os_environ_vars (and the router's
 *   and the cache's copies of the same test): any string value that
 *   `value.startswith("os.environ/")` is a reference and goes to get_secret;
 * - litellm/secret_managers/main.py, get_secret: `secret_name.replace("os.environ/", "")`
 *   (every occurrence, not only the leading one) is the variable name, read with
 *   `os.environ.get(name)`; there is no check of its characters, so `os.environ/MY-KEY`
 *   reads the variable `MY-KEY` (a valid Kubernetes env name), and `os.environ/` reads the
 *   variable "" (never set: LiteLLM gets None).
 * This module is the one place that says so; rules, resolver, importer, redaction and diff
 * all ask it.
 */

export const ENVIRON_PREFIX = "os.environ/";

/** Whether LiteLLM treats the value as an environment reference (so: not a literal). */
export function isEnvironReference(value: unknown): boolean {
  return typeof value === "string" && value.startsWith(ENVIRON_PREFIX);
}

/**
 * The variable LiteLLM reads for a value, or undefined when the value is not a reference.
 * "" for `os.environ/` alone: a reference to no variable.
 */
export function environName(value: unknown): string | undefined {
  return isEnvironReference(value) ? (value as string).split(ENVIRON_PREFIX).join("") : undefined;
}

/** The reference that makes LiteLLM read variable `name`. */
export function environReference(name: string): string {
  return ENVIRON_PREFIX + name;
}

/** Every variable an `os.environ/…` at any depth of a value reads. */
export function environNames(value: unknown, found: Set<string> = new Set()): Set<string> {
  const name = environName(value);
  if (name !== undefined) found.add(name);
  else if (Array.isArray(value)) for (const item of value) environNames(item, found);
  else if (value && typeof value === "object") for (const item of Object.values(value)) environNames(item, found);
  return found;
}
