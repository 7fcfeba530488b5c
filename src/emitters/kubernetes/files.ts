import type { K8sObject } from "./object.js";

/**
 * One file per object, named by kind. The instance folder also holds `config.yaml`,
 * `kustomization.yaml` and `helm/`; none of the names below can be one of those.
 */
const FILE_BY_KIND: Readonly<Record<string, string>> = {
  ConfigMap: "configmap.yaml",
  ServiceAccount: "serviceaccount.yaml",
  Deployment: "deployment.yaml",
  Service: "service.yaml",
  Ingress: "ingress.yaml",
  HTTPRoute: "httproute.yaml",
  PodDisruptionBudget: "poddisruptionbudget.yaml",
};

/** A Kubernetes object name (DNS subdomain): safe as part of a file name on every OS. */
const OBJECT_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

/** The file of the ExternalSecret that produces Secret `name` (validation checks its length: rules/names.ts). */
export function externalSecretFileName(name: string): string {
  return `externalsecret-${name}.yaml`;
}

export function objectFileName(obj: K8sObject): string {
  const fixed = FILE_BY_KIND[obj.kind];
  if (fixed !== undefined) return fixed;
  // Several per instance, one per Secret: the Secret's name keeps them apart.
  if (obj.kind === "ExternalSecret") {
    if (!OBJECT_NAME.test(obj.metadata.name)) {
      throw new Error(`ExternalSecret name ${JSON.stringify(obj.metadata.name)} cannot be a file name`);
    }
    return externalSecretFileName(obj.metadata.name);
  }
  // An emitter bug, not a user error: a new kind needs a file name here first.
  throw new Error(`no file name for kind ${obj.kind}`);
}
