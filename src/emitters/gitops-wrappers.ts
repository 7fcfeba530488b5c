import type { CompilerSettings, InstanceIR } from "../compiler/ir.js";
import { CHART_NAME } from "./helm-chart-keys.js";
import { recommendedLabels, type K8sObject } from "./kubernetes/index.js";

/**
 * The objects that make Argo CD or Flux install the litellm-helm chart with our values: an
 * Argo CD Application, and a Flux HelmRelease with its chart source. Each carries its own
 * copy of the values, because the two need different migration hooks (helm-values.ts).
 */

/** Where the chart comes from, read from CompilerConfig `spec.helm.chart.repository`. */
export type ChartSource =
  /** `oci://<registry>/<path>/<chart>`: the URL names the chart itself (its last segment). */
  | { kind: "oci"; url: string; registry: string; chart: string }
  /** `https://…`: a classic chart repository (an index.yaml) holding `litellm-helm`. */
  | { kind: "https"; url: string; chart: string };

export function chartSource(repository: string): ChartSource {
  if (repository.startsWith("oci://")) {
    const rest = repository.slice("oci://".length).replace(/\/+$/, "");
    const slash = rest.lastIndexOf("/");
    // `oci://host` alone names no chart: the chart is then `<host>/litellm-helm`.
    if (slash < 0) return { kind: "oci", url: `oci://${rest}/${CHART_NAME}`, registry: rest, chart: CHART_NAME };
    return { kind: "oci", url: `oci://${rest}`, registry: rest.slice(0, slash), chart: rest.slice(slash + 1) };
  }
  return { kind: "https", url: repository, chart: CHART_NAME };
}

/** The Application's name: Applications of every namespace share Argo CD's namespace, so the instance's namespace is part of it. */
export function applicationName(instance: InstanceIR): string {
  return `${instance.namespace}-${instance.name}`;
}

/** Name of the Flux chart source (OCIRepository or HelmRepository) of one instance. */
export function fluxSourceName(instance: InstanceIR): string {
  return `${instance.name}-${CHART_NAME}`;
}

/**
 * An Argo CD Application installing the chart into the instance's namespace. The chart source
 * uses Argo CD's Helm-over-OCI form (`repoURL` without `oci://`, plus `chart`), which every
 * Argo CD from 2.x on understands, rather than the native OCI source of 3.1+.
 */
export function argocdApplication(instance: InstanceIR, settings: CompilerSettings, values: Record<string, unknown>): K8sObject {
  const source = chartSource(settings.helm.chartRepository);
  const argocd = settings.helm.argocd;
  const syncPolicy: Record<string, unknown> = {};
  if (argocd.automated) syncPolicy.automated = { prune: true, selfHeal: true };
  // The namespace holds the ExternalSecrets and is the team's: the Application never creates it.
  syncPolicy.syncOptions = ["CreateNamespace=false"];
  return {
    apiVersion: "argoproj.io/v1alpha1",
    kind: "Application",
    metadata: {
      name: applicationName(instance),
      namespace: argocd.namespace,
      labels: recommendedLabels(instance.name),
      // Applied by a parent (app of apps) together with the ExternalSecrets of wave 0: Argo CD
      // waits for those to be healthy (their Secrets exist) before it creates this one, so the
      // chart's migration hook does not start against missing Secrets.
      annotations: { "argocd.argoproj.io/sync-wave": "1" },
    },
    spec: {
      project: argocd.project,
      source: {
        repoURL: source.kind === "oci" ? source.registry : source.url,
        chart: source.chart,
        targetRevision: settings.helm.chartVersion,
        helm: { releaseName: instance.name, valuesObject: values },
      },
      destination: { server: argocd.destinationServer, namespace: instance.namespace },
      syncPolicy,
    },
  };
}

/**
 * Flux's chart source: an OCIRepository for an `oci://` chart (what a HelmRelease `chartRef`
 * points at; the layer selector picks the chart tarball, as Flux documents for Helm charts),
 * a HelmRepository otherwise.
 */
export function fluxChartSource(instance: InstanceIR, settings: CompilerSettings): K8sObject {
  const source = chartSource(settings.helm.chartRepository);
  const metadata = { name: fluxSourceName(instance), namespace: instance.namespace, labels: recommendedLabels(instance.name) };
  if (source.kind === "https") {
    return {
      apiVersion: "source.toolkit.fluxcd.io/v1",
      kind: "HelmRepository",
      metadata,
      spec: { interval: settings.helm.flux.interval, url: source.url },
    };
  }
  return {
    apiVersion: "source.toolkit.fluxcd.io/v1",
    kind: "OCIRepository",
    metadata,
    spec: {
      interval: settings.helm.flux.interval,
      url: source.url,
      ref: { tag: settings.helm.chartVersion },
      layerSelector: { mediaType: "application/vnd.cncf.helm.chart.content.v1.tar+gzip", operation: "copy" },
    },
  };
}

/** A Flux HelmRelease of the chart from `fluxChartSource`, with the values inline. */
export function fluxHelmRelease(instance: InstanceIR, settings: CompilerSettings, values: Record<string, unknown>): K8sObject {
  const source = chartSource(settings.helm.chartRepository);
  const interval = settings.helm.flux.interval;
  const chart: Record<string, unknown> =
    source.kind === "oci"
      ? { chartRef: { kind: "OCIRepository", name: fluxSourceName(instance) } }
      : {
          chart: {
            spec: { chart: source.chart, version: settings.helm.chartVersion, sourceRef: { kind: "HelmRepository", name: fluxSourceName(instance) }, interval },
          },
        };
  return {
    apiVersion: "helm.toolkit.fluxcd.io/v2",
    kind: "HelmRelease",
    metadata: { name: instance.name, namespace: instance.namespace, labels: recommendedLabels(instance.name) },
    spec: {
      interval,
      releaseName: instance.name,
      ...chart,
      // A failed install or upgrade is retried (the upgrade rolled back first) rather than left half-done.
      install: { remediation: { retries: 3 } },
      upgrade: { remediation: { retries: 3 } },
      values,
    },
  };
}
