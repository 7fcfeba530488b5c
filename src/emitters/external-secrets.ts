import type { CompilerSettings, InstanceIR, SecretKeyIR, SharedSecretIR } from "../compiler/ir.js";
import { MANAGED_BY, recommendedLabels } from "./kubernetes/labels.js";
import type { K8sObject } from "./kubernetes/object.js";

/**
 * One ExternalSecret per Secret the instance's env reads, named as the Secret, with one
 * `data` entry per key anything reads, at the remote reference the resolver rendered for it.
 * None when the user manages Secrets another way (`externalSecrets: false`): the env wiring
 * on the Deployment stays the same either way.
 */
export function emitExternalSecrets(instance: Pick<InstanceIR, "name" | "namespace" | "secrets">, settings: CompilerSettings): K8sObject[] {
  if (!settings.externalSecrets) return [];
  // A Secret made in the cluster (CNPG, Sealed Secrets, SOPS, clusterSecrets) has its maker: ESO would fight it.
  // A Secret several instances read is the namespace's (emitSharedExternalSecret), emitted once.
  return instance.secrets
    .filter((secret) => secret.madeBy === undefined && !secret.shared)
    // Not the selector label `app: litellm-<instance>`: ESO copies an ExternalSecret's labels
    // onto the Secret it creates, and that label is how people select the proxy's workload
    // (`kubectl delete -l`, dashboards); a credential should not be swept up with it.
    .map((secret) => externalSecret(secret.name, instance.namespace, secret.keys, recommendedLabels(instance.name), settings));
}

/**
 * The one ExternalSecret of a Secret that several instances of a namespace read, with every
 * key any of them needs; labelled for no single instance (its remote references name none:
 * the resolver refuses templates with {{instance}} for it, LG4009).
 */
export function emitSharedExternalSecret(secret: SharedSecretIR, settings: CompilerSettings): K8sObject {
  const labels = {
    "app.kubernetes.io/name": "litellm",
    "app.kubernetes.io/component": "shared-secret",
    "app.kubernetes.io/part-of": "litellm",
    "app.kubernetes.io/managed-by": MANAGED_BY,
  };
  return externalSecret(secret.name, secret.namespace, secret.keys, labels, settings);
}

function externalSecret(
  name: string,
  namespace: string,
  keys: readonly SecretKeyIR[],
  labels: Record<string, string>,
  settings: CompilerSettings,
): K8sObject {
  return {
    apiVersion: "external-secrets.io/v1",
    kind: "ExternalSecret",
    metadata: { name, namespace, labels },
    spec: {
      refreshInterval: settings.refreshInterval,
      secretStoreRef: { kind: settings.secretStore.kind, name: settings.secretStore.name },
      // Owner: the Secret goes when its ExternalSecret goes, so pruning the ExternalSecret
      // from Git cleans up the credential it fetched.
      target: { name, creationPolicy: "Owner" },
      // A key that may be missing (the default mapping's apiBase) is not a `data` entry (a missing
      // property fails the whole sync) but comes with every property of the remote key through
      // `dataFrom.extract`; the resolver allows optional keys only where that gives the same name.
      ...optionalExtract(keys),
      data: keys.filter((k) => !k.optional).map(({ key, remoteRef }) => ({ secretKey: key, remoteRef: { key: remoteRef.key, property: remoteRef.property } })),
    },
  };
}

function optionalExtract(keys: readonly SecretKeyIR[]): { dataFrom?: Array<{ extract: { key: string } }> } {
  const remoteKeys = [...new Set(keys.filter((k) => k.optional).map((k) => k.remoteRef.key))].sort();
  return remoteKeys.length > 0 ? { dataFrom: remoteKeys.map((key) => ({ extract: { key } })) } : {};
}
