import { serviceMonitor } from "./servicemonitor.js";
import type { InstanceIR } from "../../compiler/ir.js";
import { configMap } from "./configmap.js";
import { deployment } from "./deployment.js";
import { httpRoute } from "./httproute.js";
import { ingress } from "./ingress.js";
import type { K8sObject } from "./object.js";
import { podDisruptionBudget } from "./poddisruptionbudget.js";
import { service } from "./service.js";
import { serviceAccount } from "./serviceaccount.js";

export type { K8sObject, ObjectMeta } from "./object.js";
export { objectFileName } from "./files.js";
export { objectNames, HTTP_PORT, HTTP_PORT_NAME, CONFIG_PATH } from "./names.js";
export { selectorLabels, recommendedLabels, instanceLabels, MANAGED_BY } from "./labels.js";
export { CONFIG_HASH_ANNOTATION, configHash, envVar } from "./deployment.js";

/**
 * The Kubernetes objects of one instance, in a fixed order (the order `render` prints).
 * `configYaml` is the config.yaml text exactly as written to disk: the ConfigMap carries it
 * and the Deployment carries its hash.
 */
export function emitInstanceObjects(instance: InstanceIR, configYaml: string): K8sObject[] {
  const optional = [ingress(instance), httpRoute(instance), podDisruptionBudget(instance), serviceMonitor(instance)];
  return [
    configMap(instance, configYaml),
    serviceAccount(instance),
    deployment(instance, configYaml),
    service(instance),
    ...optional.filter((o): o is K8sObject => o !== undefined),
  ];
}
