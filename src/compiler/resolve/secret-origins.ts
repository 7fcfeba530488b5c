import { clusterMade } from "../cluster-secrets.js";
import type { SecretProducer } from "../resources.js";
import { diagnose, type Report } from "../diagnostics.js";
import type { SecretIR } from "../ir.js";
import { locationOf } from "../parse/locate.js";
import type { ParsedDocument } from "../parse/locate.js";
import type { InstanceResource } from "../resources.js";
import { closest } from "../suggest.js";

/** One place the inputs name a Secret key, for locating a problem with it (a model's, guardrail's, MCP server's or callback's credential). */
export interface KeyReference {
  secretName: string;
  key: string;
  doc: ParsedDocument;
  pointer: string;
}

/**
 * Marks each Secret the instance reads that is made in the cluster (so that no ExternalSecret
 * is emitted for it), and checks every key read from such a Secret against the keys its maker
 * writes: a DATABASE_PASSWORD read from `pg-app` key `pass` would leave the pod failing to
 * start with CreateContainerConfigError, long after the commit.
 */
export function markClusterSecrets(
  instance: InstanceResource,
  secrets: SecretIR[],
  uses: readonly KeyReference[],
  producers: readonly SecretProducer[],
  configured: readonly string[],
  report: Report,
): SecretIR[] {
  const origins = new Map(secrets.map((s) => [s.name, clusterMade(instance.namespace, s.name, producers, configured)]));
  checkProducedKeys(keyReferences(instance, uses), (name) => origins.get(name), report);
  return secrets.map((s) => {
    const origin = origins.get(s.name);
    return origin ? { ...s, madeBy: origin.madeBy } : s;
  });
}

/**
 * Every key read from a Secret made in the cluster must be one its maker writes (LG4030): the
 * instance's reads, and the keySecretRef and connection Secrets the access resources read.
 */
export function checkProducedKeys(refs: readonly KeyReference[], originOf: (secretName: string) => ReturnType<typeof clusterMade>, report: Report): void {
  for (const ref of refs) {
    const origin = originOf(ref.secretName);
    if (!origin?.keys || origin.keys.includes(ref.key)) continue;
    // A truncated name (`pass`) means the key it starts (`password`), not the nearest by edits (`pgpass`).
    const suggestion = origin.keys.find((k) => k.startsWith(ref.key)) ?? closest(ref.key, origin.keys);
    const at = locationOf(ref.doc, ref.pointer);
    const args = { secretName: ref.secretName, madeBy: origin.madeBy, key: ref.key, keys: origin.keys.join(", ") || "(none)" };
    report(suggestion ? diagnose("LG4030", at, "didYouMean", { ...args, suggestion }) : diagnose("LG4030", at, "missingKey", args));
  }
}

function keyReferences(instance: InstanceResource, uses: readonly KeyReference[]): KeyReference[] {
  const spec = instance.value.spec;
  const doc = instance.doc;
  const refs: KeyReference[] = [];
  if (spec.masterKeySecretRef) refs.push({ secretName: spec.masterKeySecretRef.secretName, key: spec.masterKeySecretRef.key, doc, pointer: "/spec/masterKeySecretRef/key" });
  for (const field of ["databaseSecretRef", "redisSecretRef"] as const) {
    const ref = spec[field];
    if (!ref) continue;
    for (const [name, key] of Object.entries(ref.keys)) {
      if (typeof key === "string") refs.push({ secretName: ref.nameRef, key, doc, pointer: `/spec/${field}/keys/${name}` });
    }
  }
  (spec.extraEnvVars ?? []).forEach((envVar, i) => {
    const ref = envVar.valueFrom?.secretKeyRef;
    if (ref?.name && ref.key) refs.push({ secretName: ref.name, key: ref.key, doc, pointer: `/spec/extraEnvVars/${i}/valueFrom/secretKeyRef/key` });
  });
  for (const use of uses) refs.push({ secretName: use.secretName, key: use.key, doc: use.doc, pointer: use.pointer });
  return refs;
}
