import type { CompilerSettings, InstanceIR, SecretKeyIR } from "../compiler/ir.js";
import { recommendedLabels } from "./kubernetes/labels.js";
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
  return instance.secrets.filter((secret) => secret.madeBy === undefined).map((secret) => ({
    apiVersion: "external-secrets.io/v1",
    kind: "ExternalSecret",
    metadata: {
      name: secret.name,
      namespace: instance.namespace,
      // Not the selector label `app: litellm-<instance>`: ESO copies an ExternalSecret's labels
      // onto the Secret it creates, and that label is how people select the proxy's workload
      // (`kubectl delete -l`, dashboards); a credential should not be swept up with it.
      labels: recommendedLabels(instance.name),
    },
    spec: {
      refreshInterval: settings.refreshInterval,
      secretStoreRef: { kind: settings.secretStore.kind, name: settings.secretStore.name },
      // Owner: the Secret goes when its ExternalSecret goes, so pruning the ExternalSecret
      // from Git cleans up the credential it fetched.
      target: { name: secret.name, creationPolicy: "Owner" },
      // A key that may be missing (the default mapping's apiBase) is not a `data` entry (a missing
      // property fails the whole sync) but comes with every property of the remote key through
      // `dataFrom.extract`; the resolver allows optional keys only where that gives the same name.
      ...optionalExtract(secret.keys),
      data: secret.keys.filter((k) => !k.optional).map(({ key, remoteRef }) => ({ secretKey: key, remoteRef: { key: remoteRef.key, property: remoteRef.property } })),
    },
  }));
}

function optionalExtract(keys: readonly SecretKeyIR[]): { dataFrom?: Array<{ extract: { key: string } }> } {
  const remoteKeys = [...new Set(keys.filter((k) => k.optional).map((k) => k.remoteRef.key))].sort();
  return remoteKeys.length > 0 ? { dataFrom: remoteKeys.map((key) => ({ extract: { key } })) } : {};
}
