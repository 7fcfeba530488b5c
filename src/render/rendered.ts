import type { ExternalProxyIR, InstanceIR } from "../compiler/ir.js";
import type { K8sObject } from "../emitters/kubernetes/index.js";

/** What one instance compiles to: its proxy config (as text, as the ConfigMap carries it) and its objects in render order. */
export interface RenderedInstance {
  instance: InstanceIR;
  /** `<namespace>/<instance>`: the instance's folder under DIR. */
  dir: string;
  /** config.yaml as data, and as the text written to disk and carried by the ConfigMap. */
  config: Record<string, unknown>;
  configYaml: string;
  objects: K8sObject[];
  /** access.json (docs/access.md) as written to disk and carried by the ConfigMap `<instance>-access`; absent when no access object connects to the instance. */
  accessJson?: string;
  /** The objects that apply it (ConfigMap, sync Job, …), also at the end of `objects`: the helm target carries them too. */
  accessObjects: K8sObject[];
}

/** What a proxy elsewhere (connectionRef.secretRef) compiles to: DIR/<namespace>/<secret>/, its sync and nothing else. */
export interface RenderedExternalProxy {
  proxy: ExternalProxyIR;
  dir: string;
  accessJson: string;
  /** ExternalSecrets (connection Secret, keySecretRefs), then the access objects. */
  objects: K8sObject[];
}

/** DIR/<namespace>/_shared/: the ExternalSecrets of the Secrets several instances of the namespace read, once each. */
export interface RenderedShared {
  namespace: string;
  /** `<namespace>/_shared`, relative to DIR (`_` cannot begin an instance name). */
  dir: string;
  objects: K8sObject[];
  /** For each object, the instances (by name) that read its Secret. */
  readers: Map<K8sObject, string[]>;
}

/** The shared objects an instance needs (what `render --instance` adds to the instance's own). */
export function sharedObjectsOf(shared: readonly RenderedShared[], instance: InstanceIR): K8sObject[] {
  return shared
    .filter((s) => s.namespace === instance.namespace)
    .flatMap((s) => s.objects.filter((o) => s.readers.get(o)!.includes(instance.name)));
}

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
  /** The manifests target's access objects (sync Job and what it needs), the same objects, and access.json. */
  access: K8sObject[];
  accessJson?: string;
}

/** The objects `render --target helm` prints and helm/kustomization.yaml lists: wrappers, then ExternalSecrets. */
export function helmObjects(helm: RenderedHelm): K8sObject[] {
  return [...helm.wrappers, ...helm.externalSecrets, ...helm.access];
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
