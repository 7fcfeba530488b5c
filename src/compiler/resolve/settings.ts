import type { CompilerSettings } from "../ir.js";
import type { CompilerConfigResource } from "../resources.js";
import { DEFAULT_NAMESPACE } from "../rules/project.js";

/** The CRD's default image (litellm.litellm.ai_litellminstances.yaml, spec.image.default). */
export const OPERATOR_DEFAULT_IMAGE = "ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1";

/**
 * The sync Job's default image: the official Node.js image of an LTS release (24 "Krypton"),
 * pinned, Debian slim (the supported variant; alpine builds are experimental upstream). The
 * bundled sync script needs Node 20+ (`fetch`), nothing else.
 */
/** CompilerConfig spec.secretStore.name when the config names none. */
export const DEFAULT_STORE = "litellm";

export const DEFAULT_SYNC_IMAGE = "docker.io/library/node:24.11.1-bookworm-slim";

/**
 * CompilerConfig with every default applied. The defaults repeat those written in
 * schemas/compilerconfig.schema.json (where users read them); a test keeps the two equal.
 */
export function resolveSettings(config: CompilerConfigResource | undefined): CompilerSettings {
  const spec = config?.value.spec ?? {};
  const helm = spec.helm ?? {};
  const settings: CompilerSettings = {
    secretStore: { kind: spec.secretStore?.kind ?? "ClusterSecretStore", name: spec.secretStore?.name ?? DEFAULT_STORE },
    remoteKeyTemplate: spec.remoteKeyTemplate ?? "litellm/{{namespace}}/{{secretName}}",
    remotePropertyTemplate: spec.remotePropertyTemplate ?? "{{key}}",
    refreshInterval: spec.refreshInterval ?? "1h",
    externalSecrets: spec.externalSecrets ?? true,
    clusterSecrets: [...(spec.clusterSecrets ?? [])].sort(),
    targets: spec.targets ? [...new Set(spec.targets)].sort() : ["manifests"],
    defaultNamespace: spec.defaults?.namespace ?? DEFAULT_NAMESPACE,
    defaultImage: spec.defaults?.image ?? OPERATOR_DEFAULT_IMAGE,
    access: {
      image: spec.access?.image ?? DEFAULT_SYNC_IMAGE,
      ...(spec.access?.resyncSchedule !== undefined ? { resyncSchedule: spec.access.resyncSchedule } : {}),
      resources: (spec.access?.resources as Record<string, unknown> | undefined) ?? { requests: { cpu: "10m", memory: "64Mi" }, limits: { memory: "256Mi" } },
      backoffLimit: spec.access?.backoffLimit ?? 2,
      activeDeadlineSeconds: spec.access?.activeDeadlineSeconds ?? 900,
    },
    helm: {
      chartRepository: helm.chart?.repository ?? "oci://ghcr.io/berriai/litellm-helm",
      chartVersion: helm.chart?.version ?? "1.85.1",
      argocd: {
        enabled: helm.argocd?.enabled ?? true,
        namespace: helm.argocd?.namespace ?? "argocd",
        project: helm.argocd?.project ?? "default",
        destinationServer: helm.argocd?.destinationServer ?? "https://kubernetes.default.svc",
        automated: helm.argocd?.syncPolicy?.automated ?? true,
      },
      flux: { enabled: helm.flux?.enabled ?? true, interval: helm.flux?.interval ?? "10m" },
    },
  };
  const flux = spec.flux;
  if (flux?.enabled && flux.gitRepository?.url) {
    settings.flux = {
      gitRepository: {
        url: flux.gitRepository.url,
        ref: Object.fromEntries(Object.entries(flux.gitRepository.ref ?? { branch: "main" }).filter(([, v]) => typeof v === "string")) as Record<string, string>,
      },
      path: flux.path ?? "./rendered",
      interval: flux.interval ?? "10m",
      prune: flux.prune ?? true,
    };
  }
  return settings;
}
