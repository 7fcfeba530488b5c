/**
 * What the official litellm-helm chart does on its own that a compile-time rule depends on:
 * the image it runs when the values name none, the env it puts on the proxy container, and
 * the oldest LiteLLM its migration Job works with. (Which values keys exist lives with the
 * helm values emitter: src/emitters/helm-chart-keys.ts.)
 */

/**
 * values.yaml `image.repository` of the chart (helm/litellm-helm/values.yaml @ 043568e: the
 * image that bundles the prisma CLI and engines), with the tag the templates default to:
 * deployment.yaml and migrations-job.yaml write `{{ .Values.image.tag | default .Chart.AppVersion }}`.
 */
export const CHART_IMAGE_REPOSITORY = "ghcr.io/berriai/litellm";

/**
 * The chart's appVersion for a published chart version: from 1.84.0 on the chart is published
 * at oci://ghcr.io/berriai/litellm-helm under the app's own version (chart 1.85.1 has
 * `appVersion: v1.85.1`). Older chart versions (0.x, 1.0–1.1) had their own numbering, whose
 * appVersion cannot be derived: undefined.
 */
export function chartAppVersion(chartVersion: string): string | undefined {
  const v = semver(chartVersion);
  if (v === undefined || compareVersions(v, [1, 84, 0]) < 0) return undefined;
  return `v${chartVersion}`;
}

/** The image the chart runs when the values give no tag, or undefined when the chart version's appVersion is unknown. */
export function chartDefaultImage(chartVersion: string): string | undefined {
  const app = chartAppVersion(chartVersion);
  return app === undefined ? undefined : `${CHART_IMAGE_REPOSITORY}:${app}`;
}

/**
 * Variables the chart's `litellm.proxyEnv` (templates/_helpers.tpl) sets on the proxy container
 * with the values the compiler emits (no bundled database or Redis, `logLevel: ""`, no
 * liteadmin/metricsServer/collector): HOST and PORT always (`listen`, `service.port`),
 * PROXY_MASTER_KEY always (masterkeySecretName/Key), and DISABLE_SCHEMA_UPDATE=true, placed
 * after extraEnvVars, whenever the migration Job is enabled. An extraEnvVars entry of the same
 * name makes a duplicate env entry; Kubernetes keeps the last, so the proxy listens on a port
 * the probes do not check, or reads a value the user did not mean.
 */
export function chartProxyEnvNames(migrationJob: boolean): readonly string[] {
  return migrationJob ? ["HOST", "PORT", "PROXY_MASTER_KEY", "DISABLE_SCHEMA_UPDATE"] : ["HOST", "PORT", "PROXY_MASTER_KEY"];
}

/**
 * The oldest LiteLLM whose `prisma_migration.py` migrates a database given only DATABASE_HOST,
 * DATABASE_USERNAME, DATABASE_PASSWORD and DATABASE_NAME, which is all the chart's migration
 * Job gets from our values (templates/migrations-job.yaml runs `python
 * litellm/proxy/prisma_migration.py`, with extraEnvVars, and no `--config`).
 *
 * Why: that script calls `run_server(["--skip_server_startup"])` (litellm/proxy/proxy_cli.py).
 * Up to v1.74.9 `run_server` built DATABASE_URL from the DATABASE_* variables
 * (`construct_database_url_from_env_vars`, litellm/proxy/utils.py) only inside its
 * `if config is not None:` branch, so without `--config` no DATABASE_URL was set and the Job
 * migrated nothing: a fresh database got no tables. BerriAI/litellm#13111 ("[Proxy
 * Startup] fix db config through envs", merged 2025-07-30, after v1.74.9.rc.1 was tagged) added
 * the `if config is None and os.getenv("DATABASE_URL") is None:` branch. v1.75.0 is the first
 * release line cut after it; patch and rc tags between v1.74.9 and v1.75.0 were not checked one
 * by one, so they are treated as too old.
 */
export const MIGRATION_JOB_MIN_VERSION: readonly [number, number, number] = [1, 75, 0];

/**
 * The LiteLLM version an image tag names: `main-v1.74.9.rc.1`, `v1.85.1`, `main-v1.72.6-stable`,
 * `1.103.3` (the first x.y.z in the tag). undefined for a digest, no tag, or a tag without one
 * (`main-latest`, `main-stable`).
 */
export function imageVersion(image: string): [number, number, number] | undefined {
  if (image.includes("@")) return undefined;
  const lastSegment = image.slice(image.lastIndexOf("/") + 1);
  const colon = lastSegment.lastIndexOf(":");
  if (colon < 0) return undefined;
  const match = /(?:^|[^0-9.])v?([0-9]+)\.([0-9]+)\.([0-9]+)/.exec(lastSegment.slice(colon + 1));
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function formatVersion(v: readonly number[]): string {
  return v.join(".");
}

function semver(text: string): [number, number, number] | undefined {
  const match = /^v?([0-9]+)\.([0-9]+)\.([0-9]+)$/.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}
