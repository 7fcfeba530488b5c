import { externalSecretFileName } from "../../output-names.js";
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
  ServiceMonitor: "servicemonitor.yaml",
};

/** A Kubernetes object name (DNS subdomain): safe as part of a file name on every OS. */
const OBJECT_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;


/** The objects that apply the access state (src/emitters/access.ts), one of each kind per instance. */
const ACCESS_KINDS = new Set(["ConfigMap", "ServiceAccount", "Role", "RoleBinding", "Job", "CronJob"]);

export function objectFileName(obj: K8sObject): string {
  // Beside the proxy's own ConfigMap and ServiceAccount; the Job's file keeps its name when a
  // new build renames the Job, so the old one is replaced, not left behind.
  if (obj.metadata.labels?.["app.kubernetes.io/component"] === "access-sync" && ACCESS_KINDS.has(obj.kind)) {
    return `access-${obj.kind.toLowerCase()}.yaml`;
  }
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
