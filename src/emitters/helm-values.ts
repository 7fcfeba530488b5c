import type { EnvEntry, InstanceIR } from "../compiler/ir.js";
import { CONFIG_HASH_ANNOTATION, HTTP_PORT, configHash, envVar } from "./kubernetes/index.js";

/**
 * Values for the official litellm-helm chart (pinned version: helm-chart-keys.ts), chosen so
 * that the chart runs the proxy the way the manifests target does: same config.yaml (as
 * data), same env from the same Secret keys, and the same image when the inputs name one
 * (without, the chart's own image for its version: InstanceIR.helmImage). Only keys of the chart's values
 * tree are used; `test/helm.test.ts` walks every path against it.
 *
 * Why these choices (docs/helm.md has the long form):
 * - `masterkeySecretName`/`Key` are always set: without them the chart renders a Secret with
 *   `randAlphaNum`, a new master key on every render, which Argo CD and Flux see as drift
 *   forever. The chart passes that key as PROXY_MASTER_KEY; config.yaml reads
 *   LITELLM_MASTER_KEY (it must equal the manifests target's), so the same Secret key also
 *   arrives as LITELLM_MASTER_KEY through extraEnvVars.
 * - `db.useExisting` stays false: in that mode the chart sets DATABASE_NAME from the plain
 *   value `db.database` and DATABASE_URL by Kubernetes `$(VAR)` expansion at that point of
 *   the env list, and our database name lives in a Secret. Overriding either later in the
 *   list would duplicate env names (server-side apply rejects that, strategic merge patches
 *   mangle it). Instead the four DATABASE_* variables come from the Secret through
 *   extraEnvVars, exactly as in the manifests target, and LiteLLM builds (and URL-encodes)
 *   DATABASE_URL itself, in the proxy and in the chart's migration Job, which gets
 *   extraEnvVars too. `db.deployStandalone: false` because the chart's default is true.
 * - `logLevel: ""`: the chart would add LITELLM_LOG=INFO, which the manifests target does not set.
 */

/** Who runs the chart's migration Job: Argo CD (a PreSync hook) or Helm itself (plain Helm, Flux). */
export type HookMode = "argocd" | "helm";

export function emitHelmValues(
  instance: InstanceIR,
  /** The config as data (emitLiteLLMConfig); copied, never shared. */
  config: Record<string, unknown>,
  /** config.yaml as written by the manifests target: its hash goes on the pods. */
  configYaml: string,
  hooks: HookMode,
): Record<string, unknown> {
  const image = splitImage(instance.helmImage);
  const masterKey = instance.masterKey;
  const values: Record<string, unknown> = {
    replicaCount: instance.replicas,
    image: { repository: image.repository, tag: image.tag, pullPolicy: image.tag === "latest" && !image.digest ? "Always" : "IfNotPresent" },
    // The chart adds its own checksum/config only because it renders the ConfigMap itself;
    // this one is the manifests target's, so a pod restart means the same thing in both.
    podAnnotations: { [CONFIG_HASH_ANNOTATION]: configHash(configYaml) },
    // The manifests target's pod: never below the desired count while rolling, no privileges.
    strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
    podSecurityContext: { seccompProfile: { type: "RuntimeDefault" } },
    securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] }, readOnlyRootFilesystem: false },
  };
  const ingress = ingressValues(instance);
  if (ingress !== undefined) values.ingress = ingress;
  values.masterkeySecretName = masterKey.secretName;
  values.masterkeySecretKey = masterKey.key;
  values.proxy_config = structuredClone(config);
  if (instance.resources !== undefined) values.resources = structuredClone(instance.resources);
  values.db = { useExisting: false, deployStandalone: false };
  // The Job only makes sense with a database; without one it would fail on every sync.
  values.migrationJob = hasDatabase(instance.env)
    ? { enabled: true, hooks: { argocd: { enabled: hooks === "argocd" }, helm: { enabled: hooks === "helm" } } }
    : { enabled: false };
  values.logLevel = "";
  values.extraEnvVars = instance.env.map(envVar);
  if (instance.replicas > 1) values.pdb = { enabled: true, maxUnavailable: 1 };
  // The chart's templates/servicemonitor.yaml scrapes /metrics/ with bearerTokenSecret
  // masterkeySecretName/masterkeySecretKey (set above): the master key LiteLLM requires there.
  if (instance.serviceMonitor !== undefined) {
    values.serviceMonitor = {
      enabled: true,
      ...(instance.serviceMonitor.labels ? { labels: { ...instance.serviceMonitor.labels } } : {}),
      ...(instance.serviceMonitor.interval ? { interval: instance.serviceMonitor.interval } : {}),
    };
  }
  const route = httpRouteResource(instance);
  if (route !== undefined) values.extraResources = [route];
  return values;
}

/**
 * `spec.image` as the chart's `image.repository` and `image.tag` (it writes
 * `"<repository>:<tag>"`). The tag is after the last colon of the last path segment, so a
 * registry port (`host:5000/x:1.2`) stays in the repository. A digest becomes
 * `repository: name@sha256`, `tag: <hex>`, which the chart joins back into `name@sha256:<hex>`.
 * No tag means `latest`, as the container runtime reads it (the chart would use its appVersion).
 */
export function splitImage(image: string): { repository: string; tag: string; digest: boolean } {
  const at = image.indexOf("@");
  if (at >= 0) {
    const colon = image.lastIndexOf(":");
    if (colon > at) return { repository: image.slice(0, colon), tag: image.slice(colon + 1), digest: true };
  }
  const slash = image.lastIndexOf("/");
  const colon = image.lastIndexOf(":");
  if (colon > slash) return { repository: image.slice(0, colon), tag: image.slice(colon + 1), digest: false };
  return { repository: image, tag: "latest", digest: false };
}

/**
 * The chart's `litellm.fullname` for release `release` with its default `nameOverride:
 * litellm`: the release name when it contains "litellm", else `<release>-litellm`, at most
 * 63 characters without a trailing dash. The chart names its Service (and Deployment) so.
 */
export function chartFullname(release: string): string {
  const name = release.includes("litellm") ? release : `${release}-litellm`;
  return name.slice(0, 63).replace(/-$/, "");
}

function ingressValues(instance: InstanceIR): Record<string, unknown> | undefined {
  const spec = instance.ingress;
  if (spec === undefined) return undefined;
  // className "" leaves ingressClassName out (the cluster's default class), as the manifests
  // target does without a class; the chart's own default would be "nginx".
  const ingress: Record<string, unknown> = { enabled: true, className: spec.className ?? "" };
  if (spec.annotations !== undefined && Object.keys(spec.annotations).length > 0) ingress.annotations = { ...spec.annotations };
  ingress.hosts = [{ host: spec.host, paths: [{ path: "/", pathType: "Prefix" }] }];
  if (spec.tls !== undefined) ingress.tls = [{ ...(spec.tls.secretName ? { secretName: spec.tls.secretName } : {}), hosts: [spec.host] }];
  return ingress;
}

/**
 * The Gateway API route, as an `extraResources` entry: chart 1.85.1 has no HTTPRoute template
 * (see helm-chart-keys.ts), and `extraResources` renders objects as written (no `tpl`), so the
 * backend is the chart's Service by its computed name.
 */
function httpRouteResource(instance: InstanceIR): Record<string, unknown> | undefined {
  const spec = instance.gateway;
  if (spec === undefined) return undefined;
  const fullname = chartFullname(instance.name);
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: {
      name: fullname,
      namespace: instance.namespace,
      // The chart's selector labels, so the route is found with the rest of the release.
      labels: { "app.kubernetes.io/name": "litellm", "app.kubernetes.io/instance": instance.name },
    },
    spec: {
      parentRefs: spec.parentRefs.map((ref) => ({ ...ref })),
      hostnames: [spec.host],
      rules: [{ matches: [{ path: { type: "PathPrefix", value: "/" } }], backendRefs: [{ name: fullname, port: HTTP_PORT }] }],
    },
  };
}

function hasDatabase(env: readonly EnvEntry[]): boolean {
  return env.some((e) => e.name === "DATABASE_HOST" || e.name === "DATABASE_URL");
}


