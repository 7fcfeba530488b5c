import { isDeepStrictEqual } from "node:util";
import type { IR, InstanceIR } from "../compiler/ir.js";
import { argocdApplication, fluxChartSource, fluxHelmRelease } from "../emitters/gitops-wrappers.js";
import { chartProvidedEnv } from "../emitters/helm-chart-keys.js";
import { emitHelmValues } from "../emitters/helm-values.js";
import type { K8sObject } from "../emitters/kubernetes/index.js";
import { WiringError, type RenderedInstance } from "./tree.js";
import { environNames } from "./wiring.js";

export { environNames };

/** What one instance compiles to for the helm target: DIR/<namespace>/<instance>/helm/. */
export interface RenderedHelm {
  instance: InstanceIR;
  /** `<namespace>/<instance>/helm`, relative to DIR. */
  dir: string;
  /** values.yaml: the plain-Helm variant (`helm upgrade --install -f`), Helm hooks; equal to the HelmRelease's. */
  values: Record<string, unknown>;
  /** The enabled wrappers, each with its own values: Application, then OCIRepository/HelmRepository and HelmRelease. */
  wrappers: K8sObject[];
  /** The manifests target's ExternalSecrets, the same objects: every Secret the values read. */
  externalSecrets: K8sObject[];
}

/**
 * IR ──emit──▶ helm values and wrappers, per instance, from the manifests target's rendering
 * (its config text and ExternalSecrets are reused, so both targets agree by construction).
 * The wiring is checked before anyone writes: see helmWiringProblems.
 */
export function renderHelm(ir: IR, rendered: readonly RenderedInstance[]): RenderedHelm[] {
  const { settings } = ir;
  return rendered.map((r) => {
    const { config } = r;
    const values = emitHelmValues(r.instance, config, r.configYaml, "helm");
    const wrappers: K8sObject[] = [];
    if (settings.helm.argocd.enabled) wrappers.push(argocdApplication(r.instance, settings, emitHelmValues(r.instance, config, r.configYaml, "argocd")));
    // The HelmRelease carries values.yaml's own values (both use Helm hooks); a copy, so no object is shared.
    if (settings.helm.flux.enabled) wrappers.push(fluxChartSource(r.instance, settings), fluxHelmRelease(r.instance, settings, structuredClone(values)));
    const helm: RenderedHelm = {
      instance: r.instance,
      dir: `${r.dir}/helm`,
      values,
      wrappers,
      externalSecrets: r.objects.filter((o) => o.kind === "ExternalSecret"),
    };
    const problems = helmWiringProblems(helm, config, settings.externalSecrets);
    if (problems.length > 0) throw new WiringError(problems);
    return helm;
  });
}

/** The objects `render --target helm` prints and helm/kustomization.yaml lists: wrappers, then ExternalSecrets. */
export function helmObjects(helm: RenderedHelm): K8sObject[] {
  return [...helm.wrappers, ...helm.externalSecrets];
}

/** Every set of values the instance's helm output carries: values.yaml and each wrapper's. */
export function allValues(helm: RenderedHelm): Array<{ where: string; values: Record<string, unknown> }> {
  const found = [{ where: `${helm.dir}/values.yaml`, values: helm.values }];
  for (const w of helm.wrappers) {
    const spec = w.spec as { source?: { helm?: { valuesObject?: Record<string, unknown> } }; values?: Record<string, unknown> } | undefined;
    const values = w.kind === "Application" ? spec?.source?.helm?.valuesObject : w.kind === "HelmRelease" ? spec?.values : undefined;
    if (values !== undefined) found.push({ where: `${helm.dir} ${w.kind} ${w.metadata.name}`, values });
  }
  return found;
}

/**
 * The helm target's self-check, for every set of values: proxy_config is the compiled config;
 * every `os.environ/NAME` in it is set, by extraEnvVars or by the chart itself; the master
 * key Secret is named (else the chart mints a random one per render); and every Secret key
 * the pod reads is produced by one of the ExternalSecrets (unless Secrets are managed
 * elsewhere). A failure is a compiler bug.
 */
export function helmWiringProblems(helm: RenderedHelm, config: unknown, externalSecrets: boolean): string[] {
  const problems: string[] = [];
  const produced = new Set<string>();
  for (const es of helm.externalSecrets) {
    const spec = es.spec as { target?: { name?: string }; data?: Array<{ secretKey: string }> };
    for (const d of spec.data ?? []) produced.add(`${spec.target?.name ?? es.metadata.name}/${d.secretKey}`);
  }
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
      if (e.secretKeyRef && !produced.has(`${e.secretKeyRef.name}/${e.secretKeyRef.key}`)) {
        problems.push(`${where}: env ${e.name} reads Secret ${e.secretKeyRef.name} key ${e.secretKeyRef.key}, which no ExternalSecret produces`);
      }
    }
  }
  return problems;
}

interface EnvVar {
  name: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
}

