import type { InstanceIR } from "../../compiler/ir.js";
import { instanceLabels } from "./labels.js";
import { objectNames } from "./names.js";
import type { K8sObject } from "./object.js";

/**
 * The pod's own identity. The proxy never talks to the Kubernetes API (unlike the operator,
 * which also created a Role to read Secrets: nothing here needs it), so no token is mounted.
 */
export function serviceAccount(instance: InstanceIR): K8sObject {
  return {
    apiVersion: "v1",
    kind: "ServiceAccount",
    metadata: {
      name: objectNames(instance.name).serviceAccount,
      namespace: instance.namespace,
      labels: instanceLabels(instance.name),
    },
    automountServiceAccountToken: false,
  };
}
