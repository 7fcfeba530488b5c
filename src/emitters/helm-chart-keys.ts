import { isRecord } from "../records.js";

/**
 * What we know about the official litellm-helm chart's values, as plain data: the version
 * our values are written for, the keys its templates read without listing them in
 * values.yaml, the subtrees whose content is not the chart's vocabulary, and the env the
 * chart puts on the proxy container by itself. The chart ships no values.schema.json, so
 * its values.yaml (copied to fixtures/upstream/helm/) is the contract; `unknownValueKeys`
 * checks emitted values against it (the tests do, with that file).
 */

/** The chart version the emitted values are written for (and the compiler's default `spec.helm.chart.version`). */
export const PINNED_CHART = {
  /** Published version at oci://ghcr.io/berriai/litellm-helm: published versions follow the app's from 1.84.0 on. */
  version: "1.85.1",
  /** `version` in the chart's own Chart.yaml at that point. */
  chartYamlVersion: "1.1.3",
  appVersion: "v1.85.1",
  /** BerriAI/litellm commit of helm/litellm-helm/values.yaml (fixtures/upstream/helm/litellm-helm.values.yaml). */
  valuesCommit: "043568e",
} as const;

export const CHART_NAME = "litellm-helm";

export interface TemplateOnlyKey {
  /** Dotted path; `[]` stands for "every item of a list". */
  path: string;
  /** The chart version from which its templates read the key. */
  since: string;
  /** Which template reads it, and why it is not in the values tree. */
  note: string;
}

/**
 * Keys the 1.85.1 templates read that the values tree does not list (they appear there only
 * as comments). Allowed in emitted values; none is emitted today.
 *
 * Not here on purpose: `httpRoute`. The chart's templates/httproute.yaml and the `httpRoute`
 * block of values.yaml arrived together, after 1.85.1 (BerriAI/litellm 07802ee); in 1.85.1
 * the chart has no HTTPRoute template, so Helm would silently ignore an `httpRoute` value.
 * The HTTPRoute goes through `extraResources` instead (see helm-values.ts).
 */
export const TEMPLATE_ONLY_KEYS: readonly TemplateOnlyKey[] = [
  { path: "numWorkers", since: "1.85.1", note: "deployment.yaml: `--num_workers`; commented out in values.yaml" },
  { path: "masterkey", since: "1.85.1", note: "secret-masterkey.yaml: a literal key when no masterkeySecretName; commented out" },
  { path: "proxyConfigMap.name", since: "1.85.1", note: "deployment.yaml: an existing ConfigMap when proxyConfigMap.create is false; commented out" },
  { path: "proxyConfigMap.key", since: "1.85.1", note: "deployment.yaml: key in that ConfigMap; commented out" },
  { path: "migrationJob.hooks.helm.weight", since: "1.85.1", note: "migrations-job.yaml: helm.sh/hook-weight, default \"1\"" },
  { path: "ingress.tls[].secretName", since: "1.85.1", note: "ingress.yaml; values.yaml shows `tls: []` with the item shape in a comment" },
  { path: "ingress.tls[].hosts", since: "1.85.1", note: "ingress.yaml; as above" },
];

/**
 * Subtrees whose content is Kubernetes or LiteLLM data, not chart keys: the walk checks that
 * the key itself exists and does not look inside.
 */
export const FREE_FORM_PATHS: ReadonlySet<string> = new Set([
  "proxy_config",
  "podAnnotations",
  "podLabels",
  "resources",
  "strategy",
  "podSecurityContext",
  "securityContext",
  "extraEnvVars",
  "extraResources",
  "ingress.annotations",
  "ingress.labels",
  "migrationJob.annotations",
  // Labels for the Prometheus selector (templates/servicemonitor.yaml: toYaml); values.yaml shows `{}`.
  "serviceMonitor.labels",
  "serviceMonitor.annotations",
]);

/**
 * Every key path of `values` that is neither in the chart's values `tree`, nor a documented
 * template-only key, nor inside a free-form subtree. Lists are walked item by item against
 * the union of the keys of the tree's items (`ingress.hosts[].paths[].pathType`).
 */
export function unknownValueKeys(
  values: unknown,
  tree: unknown,
  templateOnly: readonly TemplateOnlyKey[] = TEMPLATE_ONLY_KEYS,
  freeForm: ReadonlySet<string> = FREE_FORM_PATHS,
): string[] {
  const allowed = new Set(templateOnly.map((k) => k.path));
  const found: string[] = [];
  const walk = (value: unknown, known: unknown, path: string): void => {
    if (Array.isArray(value)) {
      const itemShape = Array.isArray(known) ? mergedItems(known) : undefined;
      for (const item of value) walk(item, itemShape, `${path}[]`);
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path === "" ? key : `${path}.${key}`;
      if (!isRecord(known) || !Object.hasOwn(known, key)) {
        // A documented template-only key is accepted with whatever it holds.
        if (!allowed.has(childPath)) found.push(childPath);
        continue;
      }
      if (freeForm.has(childPath)) continue;
      walk(child, known[key], childPath);
    }
  };
  walk(values, tree, "");
  return found;
}

/** The union of the keys of a list's object items: the shape an emitted item may take. */
function mergedItems(items: readonly unknown[]): Record<string, unknown> | undefined {
  const records = items.filter(isRecord);
  if (records.length === 0) return undefined;
  return Object.assign({}, ...records) as Record<string, unknown>;
}


/** An env variable the chart itself sets on the proxy container. */
export interface ChartEnv {
  name: string;
  secretKeyRef?: { name: string; key: string };
}

/**
 * The env the 1.85.1 templates put on the proxy container for a given set of values (only
 * the parts our values can switch on: master key, log level, migration job, existing
 * database). The wiring check uses it to know which `os.environ/` names the chart covers.
 */
export function chartProvidedEnv(values: Record<string, unknown>): ChartEnv[] {
  const env: ChartEnv[] = [];
  const db = isRecord(values.db) ? values.db : {};
  if (db.useExisting === true) {
    const secret = isRecord(db.secret) ? db.secret : {};
    const name = String(secret.name ?? "postgres");
    env.push({ name: "DATABASE_USERNAME", secretKeyRef: { name, key: String(secret.usernameKey ?? "username") } });
    env.push({ name: "DATABASE_PASSWORD", secretKeyRef: { name, key: String(secret.passwordKey ?? "password") } });
    env.push(secret.endpointKey ? { name: "DATABASE_HOST", secretKeyRef: { name, key: String(secret.endpointKey) } } : { name: "DATABASE_HOST" });
    env.push({ name: "DATABASE_NAME" }, { name: "DATABASE_URL" });
  }
  // secret-masterkey.yaml / deployment.yaml: always set, from a generated Secret when no name is given.
  env.push({
    name: "PROXY_MASTER_KEY",
    secretKeyRef: {
      name: typeof values.masterkeySecretName === "string" && values.masterkeySecretName !== "" ? values.masterkeySecretName : "<release>-masterkey",
      key: typeof values.masterkeySecretKey === "string" && values.masterkeySecretKey !== "" ? values.masterkeySecretKey : "masterkey",
    },
  });
  // Chart default `logLevel: INFO`; an empty string turns the variable off.
  if (values.logLevel === undefined || (typeof values.logLevel === "string" && values.logLevel !== "")) env.push({ name: "LITELLM_LOG" });
  const migration = isRecord(values.migrationJob) ? values.migrationJob : {};
  if (migration.enabled !== false) env.push({ name: "DISABLE_SCHEMA_UPDATE" });
  return env;
}
