import { isRecord } from "../records.js";
import { MANAGED_BY } from "../output-names.js";
import { locationOf } from "./parse/locate.js";
import type { ParsedDocument } from "./parse/locate.js";
import { resourceKey, type SecretDocument, type SecretProducer } from "./resources.js";

/**
 * What CloudNativePG writes into `<cluster>-app` and `<cluster>-superuser`
 * (cloudnative-pg pkg/specs/secrets.go, CreateSecret: a kubernetes.io/basic-auth Secret).
 */
export const CNPG_SECRET_KEYS = [
  "dbname",
  "fqdn-jdbc-uri",
  "fqdn-uri",
  "host",
  "hostname",
  "jdbc-uri",
  "password",
  "pgpass",
  "port",
  "uri",
  "user",
  "username",
] as const;

/** A committed Secret that SOPS encrypted: Flux (or a plugin) decrypts it at apply time. */
export function isSopsEncrypted(secret: SecretDocument): boolean {
  return isRecord(secret.doc.value) && isRecord(secret.doc.value.sops);
}

export function secretProducers(producers: readonly ParsedDocument[], secrets: readonly SecretDocument[], defaultNamespace: string): SecretProducer[] {
  const found: SecretProducer[] = [];
  for (const doc of producers) {
    const value = doc.value as Record<string, unknown>;
    const metadata = isRecord(value.metadata) ? value.metadata : {};
    if (typeof metadata.name !== "string" || metadata.name === "") continue;
    const name = metadata.name;
    const namespace = typeof metadata.namespace === "string" ? metadata.namespace : defaultNamespace;
    const spec = isRecord(value.spec) ? value.spec : {};
    const at = locationOf(doc, "/metadata/name");
    if (value.kind === "Cluster") {
      const madeBy = `CloudNativePG Cluster ${resourceKey(namespace, name)}`;
      // With a bootstrap secret the application owner's credentials are the user's Secret, not <cluster>-app.
      const bootstrap = isRecord(spec.bootstrap) ? spec.bootstrap : {};
      const ownSecret = Object.values(bootstrap).some((method) => isRecord(method) && isRecord(method.secret) && typeof method.secret.name === "string");
      if (!ownSecret) found.push({ namespace, name: `${name}-app`, madeBy, keys: CNPG_SECRET_KEYS, at });
      // Since CNPG 1.21 the superuser Secret exists only with enableSuperuserAccess: true (and no superuserSecret of the user's).
      const superuserSecret = isRecord(spec.superuserSecret) && typeof spec.superuserSecret.name === "string";
      if (spec.enableSuperuserAccess === true && !superuserSecret) found.push({ namespace, name: `${name}-superuser`, madeBy, keys: CNPG_SECRET_KEYS, at });
    } else if (value.kind === "ExternalSecret") {
      const producer = externalSecretProducer(metadata, spec, namespace, at);
      if (producer) found.push(producer);
    } else {
      // The controller unseals into a Secret of the same name; its keys are encryptedData's and the template's.
      const template = isRecord(spec.template) && isRecord(spec.template.data) ? Object.keys(spec.template.data) : [];
      const encrypted = isRecord(spec.encryptedData) ? Object.keys(spec.encryptedData) : [];
      found.push({ namespace, name, madeBy: `SealedSecret ${resourceKey(namespace, name)}`, keys: [...new Set([...encrypted, ...template])].sort(), at });
    }
  }
  for (const secret of secrets) {
    if (!isSopsEncrypted(secret)) continue;
    const value = secret.doc.value as Record<string, unknown>;
    const keys = [value.data, value.stringData].flatMap((d) => (isRecord(d) ? Object.keys(d) : []));
    found.push({
      namespace: secret.namespace,
      name: secret.name,
      madeBy: `SOPS-encrypted Secret ${resourceKey(secret.namespace, secret.name)}`,
      keys: [...new Set(keys)].sort(),
      at: locationOf(secret.doc, "/metadata/name"),
    });
  }
  return found;
}

/**
 * An ExternalSecret of the user's (buun-stack keeps one per Secret beside its values) makes its
 * target Secret: `spec.target.name`, or the ExternalSecret's own name (ESO's default). Emitting a
 * second ExternalSecret with `creationPolicy: Owner` for that Secret would make two owners fight
 * over it. Its keys are `spec.data[].secretKey`, plus the template's; with `dataFrom` (keys
 * decided by the store) they are unknown. Our own ExternalSecrets (managed-by litellm-gitops,
 * e.g. a rendered tree among the inputs) make nothing: they are the build's output.
 */
function externalSecretProducer(
  metadata: Record<string, unknown>,
  spec: Record<string, unknown>,
  namespace: string,
  at: SecretProducer["at"],
): SecretProducer | undefined {
  const labels = isRecord(metadata.labels) ? metadata.labels : {};
  if (labels["app.kubernetes.io/managed-by"] === MANAGED_BY) return undefined;
  const target = isRecord(spec.target) ? spec.target : {};
  const name = typeof target.name === "string" && target.name !== "" ? target.name : String(metadata.name);
  const madeBy = `ExternalSecret ${resourceKey(namespace, String(metadata.name))}`;
  const template = isRecord(target.template) && isRecord(target.template.data) ? Object.keys(target.template.data) : [];
  if (spec.dataFrom !== undefined || (isRecord(target.template) && target.template.data === undefined && target.template.templateFrom !== undefined)) {
    return { namespace, name, madeBy, at };
  }
  const data = Array.isArray(spec.data) ? spec.data.flatMap((d) => (isRecord(d) && typeof d.secretKey === "string" ? [d.secretKey] : [])) : [];
  // A template replaces the data keys by its own (ESO's default mergePolicy Replace).
  const keys = template.length > 0 ? template : data;
  return { namespace, name, madeBy, keys: [...new Set(keys)].sort(), at };
}

/** How a Secret of `namespace` is made when it is not fetched from the store, or undefined. */
export function clusterMade(
  namespace: string,
  name: string,
  producers: readonly SecretProducer[],
  configured: readonly string[],
): { madeBy: string; keys?: readonly string[] } | undefined {
  const producer = producers.find((p) => p.namespace === namespace && p.name === name);
  if (producer) return producer.keys ? { madeBy: producer.madeBy, keys: producer.keys } : { madeBy: producer.madeBy };
  if (configured.includes(name) || configured.includes(resourceKey(namespace, name))) return { madeBy: "CompilerConfig spec.clusterSecrets" };
  return undefined;
}
