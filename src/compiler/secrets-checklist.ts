import type { IR } from "./ir.js";
import { compareStrings } from "../compare.js";

/** One value that must exist before the first sync, and who reads it. */
export interface ChecklistEntry {
  /** Where ESO reads it (empty with `externalSecrets: false`: the Kubernetes Secret must then exist itself). */
  remoteKey: string;
  property: string;
  namespace: string;
  secretName: string;
  key: string;
  /** `<namespace>/<instance> ENV_NAME (purpose)`, one per reader. */
  usedBy: string[];
  /** Made in the cluster (remoteKey empty): by what ("CloudNativePG Cluster ai/pg", "CompilerConfig spec.clusterSecrets"). */
  madeBy?: string;
}

/** What must be in the secret store: exactly the remote refs the ExternalSecrets read. Sorted. */
export function secretsChecklist(ir: IR): ChecklistEntry[] {
  const entries = new Map<string, ChecklistEntry>();
  for (const instance of ir.instances) {
    for (const secret of instance.secrets) {
      for (const { key, remoteRef } of secret.keys) {
        const ref = ir.settings.externalSecrets && secret.madeBy === undefined ? remoteRef : { key: "", property: "" };
        const id = `${ref.key}\u0000${ref.property}\u0000${instance.namespace}\u0000${secret.name}\u0000${key}`;
        const entry = entries.get(id) ?? {
          remoteKey: ref.key,
          property: ref.property,
          namespace: instance.namespace,
          secretName: secret.name,
          key,
          usedBy: [],
          ...(secret.madeBy ? { madeBy: secret.madeBy } : {}),
        };
        for (const env of instance.env) {
          const reads =
            env.kind === "secret"
              ? env.secretName === secret.name && env.key === key
              : readsSecretKey(env.env, secret.name, key);
          if (reads) entry.usedBy.push(`${instance.namespace}/${instance.name} ${env.name}${env.kind === "secret" ? ` (${env.purpose})` : ""}`);
        }
        entries.set(id, entry);
      }
    }
  }
  return [...entries.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, e]) => e);
}

function readsSecretKey(env: Record<string, unknown>, name: string, key: string): boolean {
  const ref = (env.valueFrom as { secretKeyRef?: { name?: string; key?: string } } | undefined)?.secretKeyRef;
  return ref?.name === name && ref.key === key;
}
