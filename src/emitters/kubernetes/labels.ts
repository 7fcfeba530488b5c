/**
 * Labels. Two kinds, kept apart on purpose:
 * - the selector label `app: litellm-<instance>`, the operator's. A Deployment's selector is
 *   immutable, so it must stay exactly this for a cluster to move from the operator without
 *   recreating the Deployment;
 * - the recommended `app.kubernetes.io/*` labels, for people and tools. Never in a selector:
 *   Argo CD's label-based tracking rewrites `app.kubernetes.io/instance` to the Application's
 *   name, which would change a selector under our feet.
 */
import { MANAGED_BY } from "../../output-names.js";

export { MANAGED_BY };

export function selectorLabels(instance: string): Record<string, string> {
  return { app: `litellm-${instance}` };
}

export function recommendedLabels(instance: string): Record<string, string> {
  return {
    "app.kubernetes.io/name": "litellm",
    "app.kubernetes.io/instance": instance,
    "app.kubernetes.io/component": "proxy",
    "app.kubernetes.io/part-of": "litellm",
    "app.kubernetes.io/managed-by": MANAGED_BY,
  };
}

/** Labels of the instance's own objects: the operator's label first, then the recommended ones. */
export function instanceLabels(instance: string): Record<string, string> {
  return { ...selectorLabels(instance), ...recommendedLabels(instance) };
}
