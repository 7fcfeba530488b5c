import { createHash } from "node:crypto";
import type { EnvEntry, InstanceIR } from "../../compiler/ir.js";
import { instanceLabels, selectorLabels } from "./labels.js";
import { CONFIG_DIR, CONFIG_KEY, CONFIG_PATH, HTTP_PORT, HTTP_PORT_NAME, objectNames } from "./names.js";
import type { K8sObject } from "./object.js";

/** Pod-template annotation carrying the config's hash: a config change alters the template, so the pods roll. */
export const CONFIG_HASH_ANNOTATION = "litellm-gitops.dev/config-sha256";

export function configHash(configYaml: string): string {
  return createHash("sha256").update(configYaml, "utf8").digest("hex");
}

export function deployment(instance: InstanceIR, configYaml: string): K8sObject {
  const names = objectNames(instance.name);
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: {
      name: names.deployment,
      namespace: instance.namespace,
      labels: instanceLabels(instance.name),
    },
    spec: {
      replicas: instance.replicas,
      // Rollbacks go through Git, not ReplicaSet history; a few are kept for `kubectl rollout` triage.
      revisionHistoryLimit: 3,
      // The operator's selector, exactly: it is immutable, and changing it means recreating the Deployment.
      selector: { matchLabels: selectorLabels(instance.name) },
      // A proxy in front of every LLM call: never drop below the desired count while rolling.
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: {
          labels: instanceLabels(instance.name),
          annotations: { [CONFIG_HASH_ANNOTATION]: configHash(configYaml) },
        },
        spec: podSpec(instance),
      },
    },
  };
}

function podSpec(instance: InstanceIR): Record<string, unknown> {
  const names = objectNames(instance.name);
  return {
    serviceAccountName: names.serviceAccount,
    automountServiceAccountToken: false,
    // Service links would add `<SERVICE>_PORT=tcp://…` variables for every Service in the
    // namespace; a Service named `redis` or `database` would then hand LiteLLM a REDIS_PORT or
    // DATABASE_PORT it cannot parse whenever the instance does not set that variable itself.
    enableServiceLinks: false,
    // No runAsNonRoot/runAsUser: the CRD's default image (ghcr.io/berriai/litellm-database,
    // built from docker/Dockerfile.database) ends its runtime stage with `USER root` and never
    // switches, so the kubelet would refuse to start it under runAsNonRoot (CreateContainerConfigError),
    // and an arbitrary runAsUser cannot write where Prisma writes at boot (root-owned paths).
    // Users of the `litellm-non_root` image (USER nobody) can add it with a patch.
    securityContext: { seccompProfile: { type: "RuntimeDefault" } },
    containers: [container(instance)],
    volumes: [
      { name: "config", configMap: { name: names.config, items: [{ key: CONFIG_KEY, path: CONFIG_KEY }] } },
      { name: "cache", emptyDir: {} },
      { name: "tmp", emptyDir: {} },
    ],
  };
}

function container(instance: InstanceIR): Record<string, unknown> {
  const c: Record<string, unknown> = {
    name: "litellm",
    image: instance.image,
    args: ["--config", CONFIG_PATH, "--port", String(HTTP_PORT)],
    ports: [{ name: HTTP_PORT_NAME, containerPort: HTTP_PORT, protocol: "TCP" }],
    env: instance.env.map(envVar),
    volumeMounts: [
      { name: "config", mountPath: CONFIG_DIR, readOnly: true },
      // Prisma's cache when HOME is `/` (an image run under an arbitrary UID); not /root/.cache,
      // which would hide the engines the database image fetched at build time and make Prisma
      // download them at every boot.
      { name: "cache", mountPath: "/.cache" },
      { name: "tmp", mountPath: "/tmp" },
    ],
    // After start-up succeeds; liveness only asks "is the process serving", readiness also
    // checks the database, so a database outage takes pods out of the Service without restarting them.
    livenessProbe: probe("/health/liveliness", { periodSeconds: 15, timeoutSeconds: 5, failureThreshold: 5 }),
    readinessProbe: probe("/health/readiness", { periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 }),
    // LiteLLM applies its Prisma migrations before it serves: allow up to 10 minutes
    // (60 × 10 s) before the kubelet gives up, instead of killing a pod mid-migration.
    startupProbe: probe("/health/readiness", { periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 60 }),
  };
  if (instance.resources !== undefined) c.resources = structuredClone(instance.resources);
  c.securityContext = {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ["ALL"] },
    // Not read-only: LiteLLM's own chart notes the image needs write access at start-up for
    // Prisma, and as root (see the pod's securityContext) Prisma and Python write under
    // /root and site-packages, which the emptyDirs do not cover. Dropping every capability
    // still stops root from writing files it does not own (no CAP_DAC_OVERRIDE).
    readOnlyRootFilesystem: false,
  };
  return c;
}

/** A container env entry; the helm target's extraEnvVars use the same (helm-values.ts). */
export function envVar(entry: EnvEntry): Record<string, unknown> {
  if (entry.kind === "secret") {
    const ref: Record<string, unknown> = { name: entry.secretName, key: entry.key };
    if (entry.optional) ref.optional = true;
    return { name: entry.name, valueFrom: { secretKeyRef: ref } };
  }
  // extraEnvVars as written; `name` first only so the output reads like a hand-written EnvVar.
  return { name: entry.name, ...structuredClone(entry.env) };
}

function probe(
  path: string,
  timing: { periodSeconds: number; timeoutSeconds: number; failureThreshold: number },
): Record<string, unknown> {
  return { httpGet: { path, port: HTTP_PORT_NAME }, ...timing };
}
