/**
 * The plain-object shape every Kubernetes emitter returns. Deliberately loose below
 * `metadata`: the upstream schemas, checked in the tests, are the authority on the rest, and
 * a typed copy of the Kubernetes API here would be a second source of truth to keep in step.
 */
export interface ObjectMeta {
  name: string;
  /** Every object we emit is namespaced, and we always say where, so `kubectl apply` never guesses. */
  namespace: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}
