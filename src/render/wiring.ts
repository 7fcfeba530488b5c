import { isDeepStrictEqual } from "node:util";
import type { InstanceIR } from "../compiler/ir.js";
import { chartProvidedEnv } from "../emitters/helm-chart-keys.js";
import type { K8sObject } from "../emitters/kubernetes/index.js";
import { allValues, type RenderedExternalProxy, type RenderedHelm, type RenderedInstance } from "./rendered.js";
import { environNames } from "../litellm/index.js";

/*
 * The compiler's check of its own output before anything is written, for each target: every
 * `os.environ/NAME` in the proxy config is an env variable the pod sets, and every
 * `secretKeyRef` it reads is produced by one of the emitted ExternalSecrets (unless Secrets
 * are managed elsewhere). A failure here is a compiler bug, never a user error.
 */

/** The output would not work as emitted: a compiler bug, reported as an internal failure (exit 2). */
export class WiringError extends Error {
  constructor(readonly problems: string[]) {
    super(`output wiring check failed (LG5001), please report this:\n  ${problems.join("\n  ")}`);
  }
}

/** A container env entry, as the Deployment and the chart's extraEnvVars both write it. */
interface EnvVar {
  name: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string; optional?: boolean } };
}

/** The manifests target: config.yaml against the Deployment's env and the ExternalSecrets. */
export function wiringProblems(rendered: RenderedInstance, externalSecrets: boolean, shared: readonly K8sObject[] = []): string[] {
  const problems: string[] = [];
  const deployment = rendered.objects.find((o) => o.kind === "Deployment") as
    | { spec: { template: { spec: { containers: Array<{ env?: EnvVar[] }> } } } }
    | undefined;
  const env = deployment?.spec.template.spec.containers.flatMap((c) => c.env ?? []) ?? [];
  const envNames = new Set(env.map((e) => e.name));
  for (const name of environNames(rendered.config)) {
    if (!envNames.has(name)) problems.push(`${rendered.dir}: config.yaml reads os.environ/${name}, which the container does not set`);
  }
  problems.push(...accessWiringProblems(rendered));
  if (!externalSecrets) return problems;
  const produced = producedSecretKeys([...rendered.objects, ...shared]);
  const clusterMade = clusterMadeSecrets(rendered.instance);
  // The sync Job's env (master key, keySecretRef values) as well as the proxy's.
  const jobEnv = rendered.accessObjects.filter((o) => o.kind === "Job").flatMap(containerEnv);
  for (const entry of [...env, ...jobEnv]) {
    const ref = entry.valueFrom?.secretKeyRef;
    if (ref && !produced.has(`${ref.name}/${ref.key}`) && !clusterMade.has(ref.name) && ref.optional !== true) {
      problems.push(`${rendered.dir}: env ${entry.name} reads Secret ${ref.name} key ${ref.key}, which no ExternalSecret produces`);
    }
  }
  return problems;
}

/** A proxy elsewhere: access.json in its ConfigMap, and the Job's Secret keys produced. */
export function externalProxyWiringProblems(rendered: RenderedExternalProxy, externalSecrets: boolean): string[] {
  const problems = accessWiringProblems({ dir: rendered.dir, accessJson: rendered.accessJson, accessObjects: rendered.objects });
  if (!externalSecrets) return problems;
  const produced = producedSecretKeys(rendered.objects);
  const clusterMade = new Set(rendered.proxy.secrets.filter((s) => s.madeBy !== undefined).map((s) => s.name));
  for (const entry of rendered.objects.filter((o) => o.kind === "Job").flatMap(containerEnv)) {
    const ref = entry.valueFrom?.secretKeyRef;
    if (ref && !produced.has(`${ref.name}/${ref.key}`) && !clusterMade.has(ref.name)) {
      problems.push(`${rendered.dir}: env ${entry.name} reads Secret ${ref.name} key ${ref.key}, which no ExternalSecret produces`);
    }
  }
  return problems;
}

/** access.json on disk is the ConfigMap's, and the Job mounts that ConfigMap. */
function accessWiringProblems(rendered: Pick<RenderedInstance, "dir" | "accessJson" | "accessObjects">): string[] {
  if (rendered.accessJson === undefined) return [];
  const problems: string[] = [];
  const configMap = rendered.accessObjects.find((o) => o.kind === "ConfigMap") as (K8sObject & { data?: Record<string, string> }) | undefined;
  if (configMap?.data?.["access.json"] !== rendered.accessJson) problems.push(`${rendered.dir}: access.json differs from the ConfigMap's`);
  const job = rendered.accessObjects.find((o) => o.kind === "Job") as { spec?: { template?: { spec?: { volumes?: Array<{ configMap?: { name?: string } }> } } } } | undefined;
  const mounted = job?.spec?.template?.spec?.volumes?.some((v) => v.configMap?.name === configMap?.metadata.name);
  if (!mounted) problems.push(`${rendered.dir}: the sync Job does not mount ConfigMap ${configMap?.metadata.name ?? "(none)"}`);
  return problems;
}

function containerEnv(object: K8sObject): EnvVar[] {
  const spec = object.spec as { template?: { spec?: { containers?: Array<{ env?: EnvVar[] }> } } } | undefined;
  return spec?.template?.spec?.containers?.flatMap((c) => c.env ?? []) ?? [];
}

/**
 * The helm target, for every set of values: proxy_config is the compiled config; every
 * `os.environ/NAME` in it is set, by extraEnvVars or by the chart itself; the master key
 * Secret is named (else the chart mints a random one per render); and every Secret key the
 * pod reads is produced by one of the ExternalSecrets.
 */
export function helmWiringProblems(helm: RenderedHelm, config: unknown, externalSecrets: boolean, shared: readonly K8sObject[] = []): string[] {
  const problems: string[] = [];
  const produced = producedSecretKeys([...helm.externalSecrets, ...shared]);
  const clusterMade = clusterMadeSecrets(helm.instance);
  for (const { where, values } of allValues(helm)) {
    if (!isDeepStrictEqual(values.proxy_config, config)) problems.push(`${where}: proxy_config differs from the compiled config.yaml`);
    if (typeof values.masterkeySecretName !== "string" || values.masterkeySecretName === "" || typeof values.masterkeySecretKey !== "string" || values.masterkeySecretKey === "") {
      problems.push(`${where}: masterkeySecretName/masterkeySecretKey unset: the chart would generate a new master key on every render`);
    }
    const extra = Array.isArray(values.extraEnvVars) ? (values.extraEnvVars as EnvVar[]) : [];
    const env = [
      ...extra.map((e) => ({ name: e.name, secretKeyRef: e.valueFrom?.secretKeyRef })),
      ...chartProvidedEnv(values),
    ];
    const names = new Set(env.map((e) => e.name));
    for (const name of environNames(values.proxy_config)) {
      if (!names.has(name)) problems.push(`${where}: proxy_config reads os.environ/${name}, which neither extraEnvVars nor the chart sets`);
    }
    if (!externalSecrets) continue;
    for (const e of env) {
      if (e.secretKeyRef && !produced.has(`${e.secretKeyRef.name}/${e.secretKeyRef.key}`) && !clusterMade.has(e.secretKeyRef.name) && !("optional" in e.secretKeyRef && e.secretKeyRef.optional === true)) {
        problems.push(`${where}: env ${e.name} reads Secret ${e.secretKeyRef.name} key ${e.secretKeyRef.key}, which no ExternalSecret produces`);
      }
    }
  }
  return problems;
}

/** The Secrets the instance reads that are made in the cluster: their keys come from their maker, not from an ExternalSecret. */
function clusterMadeSecrets(instance: InstanceIR): Set<string> {
  return new Set(instance.secrets.filter((s) => s.madeBy !== undefined).map((s) => s.name));
}

/** Every `<Secret>/<key>` that the ExternalSecrets among `objects` produce (the target Secret is named after the ExternalSecret unless set). */
export function producedSecretKeys(objects: readonly K8sObject[]): Set<string> {
  const produced = new Set<string>();
  for (const object of objects) {
    if (object.kind !== "ExternalSecret") continue;
    const spec = object.spec as { target?: { name?: string }; data?: Array<{ secretKey: string }> } | undefined;
    const target = spec?.target?.name ?? object.metadata.name;
    for (const entry of spec?.data ?? []) produced.add(`${target}/${entry.secretKey}`);
  }
  return produced;
}
