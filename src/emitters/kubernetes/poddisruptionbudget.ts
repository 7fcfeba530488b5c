import type { InstanceIR } from "../../compiler/ir.js";
import { instanceLabels, selectorLabels } from "./labels.js";
import { objectNames } from "./names.js";
import type { K8sObject } from "./object.js";

/**
 * Keeps a node drain from taking every replica at once. Only with more than one replica:
 * with one, `maxUnavailable: 1` protects nothing, and `minAvailable: 1` would block drains.
 */
export function podDisruptionBudget(instance: InstanceIR): K8sObject | undefined {
  if (instance.replicas <= 1) return undefined;
  return {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: {
      name: objectNames(instance.name).podDisruptionBudget,
      namespace: instance.namespace,
      labels: instanceLabels(instance.name),
    },
    spec: {
      maxUnavailable: 1,
      selector: { matchLabels: selectorLabels(instance.name) },
    },
  };
}
