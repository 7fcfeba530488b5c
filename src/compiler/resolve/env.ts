import { diagnose, type Report } from "../diagnostics.js";
import type { EnvEntry, SecretEnv } from "../ir.js";
import { locationOf, type ParsedDocument } from "../parse/locate.js";
import type { InstanceResource } from "../resources.js";
import type { CredentialUse } from "./models.js";
import { compareStrings } from "../../compare.js";
import { MASTER_KEY_ENV, SALT_KEY_ENV } from "../../litellm/env-names.js";

/** An env variable set from a Secret key, with where it was asked for (guardrail, MCP and callback credentials). */
export interface SecretBinding {
  env: string;
  secretName: string;
  key: string;
  purpose: string;
  doc: ParsedDocument;
  pointer: string;
}

/** A plain env value (a Callback's `env`), with where it is written. */
export interface ValueBinding {
  name: string;
  value: string;
  doc: ParsedDocument;
  pointer: string;
}

/** Names LiteLLM reads for the database URL: it builds DATABASE_URL from them at start-up. */
const DATABASE_ENV = [
  ["DATABASE_HOST", "hostSecret", "database host"],
  ["DATABASE_USERNAME", "usernameSecret", "database username"],
  ["DATABASE_PASSWORD", "passwordSecret", "database password"],
  ["DATABASE_NAME", "dbnameSecret", "database name"],
] as const;

const REDIS_ENV = [
  ["REDIS_HOST", "hostSecret", "redis host"],
  ["REDIS_PORT", "portSecret", "redis port"],
  ["REDIS_PASSWORD", "passwordSecret", "redis password"],
] as const;


/** A Secret the env reads and the keys it reads from it, sorted. */
export interface SecretRead {
  name: string;
  keys: string[];
  /** The subset of `keys` read only optionally (secretKeyRef.optional). */
  optionalKeys?: string[];
}

export interface InstanceEnv {
  env: EnvEntry[];
  masterKey: SecretEnv;
  secrets: SecretRead[];
}

/**
 * The container's env in its fixed order — master key, database, Redis, model credentials
 * (by name), then extraEnvVars as written — and the Secrets it reads. Two different
 * Secret keys that would land in one variable are an error at the second one.
 */
export function resolveEnv(
  instance: InstanceResource,
  credentialUses: readonly CredentialUse[],
  integrations: { secrets: readonly SecretBinding[]; values: readonly ValueBinding[] },
  report: Report,
): InstanceEnv {
  const spec = instance.value.spec;
  const masterKeyRef = spec.masterKeySecretRef ?? { secretName: `${instance.name}-master-key`, key: "masterKey" };
  const masterKey = secretEnv(MASTER_KEY_ENV, masterKeyRef.secretName, masterKeyRef.key, "master key");
  const generated: SecretEnv[] = [masterKey];
  if (spec.saltKeySecretRef) generated.push(secretEnv(SALT_KEY_ENV, spec.saltKeySecretRef.secretName, spec.saltKeySecretRef.key, "salt key"));
  if (spec.databaseSecretRef) {
    const { nameRef, keys } = spec.databaseSecretRef;
    for (const [name, field, purpose] of DATABASE_ENV) generated.push(secretEnv(name, nameRef, keys[field], purpose));
  }
  if (spec.redisSecretRef) {
    const { nameRef, keys } = spec.redisSecretRef;
    for (const [name, field, purpose] of REDIS_ENV) generated.push(secretEnv(name, nameRef, keys[field], purpose));
  }

  const byName = new Map<string, SecretEnv>(generated.map((e) => [e.name, e]));
  const credentials: SecretEnv[] = [];
  // Names are unique per Secret key by construction (credentialEnvNames): one name, one key.
  for (const use of [...credentialUses].sort((a, b) => compareStrings(a.env, b.env))) {
    const existing = byName.get(use.env);
    if (existing) {
      if (!use.optional) delete existing.optional; // one reader that needs it makes it required
      continue;
    }
    const entry = secretEnv(use.env, use.secretName, use.key, `model credential ${use.param}`);
    if (use.optional) entry.optional = true;
    byName.set(use.env, entry);
    credentials.push(entry);
  }
  // Guardrail, MCP server and callback credentials: a name may be shared only by the same Secret key.
  for (const use of [...integrations.secrets].sort((a, b) => compareStrings(a.env, b.env))) {
    const existing = byName.get(use.env);
    if (existing && existing.secretName === use.secretName && existing.key === use.key) {
      delete existing.optional;
      continue;
    }
    if (existing) {
      report(
        diagnose("LG4004", locationOf(use.doc, use.pointer), use.purpose.startsWith("callback") ? "callbackVariable" : "secretKeys", {
          secretName: use.secretName,
          key: use.key,
          env: use.env,
          otherSecret: existing.secretName,
          otherKey: existing.key,
        }),
      );
      continue;
    }
    const entry = secretEnv(use.env, use.secretName, use.key, use.purpose);
    byName.set(use.env, entry);
    credentials.push(entry);
  }

  const values: EnvEntry[] = [];
  const valueNames = new Set<string>();
  for (const binding of [...integrations.values].sort((a, b) => compareStrings(a.name, b.name))) {
    const existing = byName.get(binding.name);
    if (existing || valueNames.has(binding.name)) {
      report(
        existing
          ? diagnose("LG4004", locationOf(binding.doc, binding.pointer, "key"), "setFromSecret", { name: binding.name, secretName: existing.secretName, key: existing.key })
          : diagnose("LG4004", locationOf(binding.doc, binding.pointer, "key"), "setByCallback", { name: binding.name }),
      );
      continue;
    }
    valueNames.add(binding.name);
    values.push({ kind: "extra", name: binding.name, env: { value: binding.value } });
  }

  const extra: EnvEntry[] = [];
  const extraNames = new Map<string, number>();
  (spec.extraEnvVars ?? []).forEach((envVar, i) => {
    const earlier = extraNames.get(envVar.name);
    if (earlier !== undefined) {
      // Server-side apply rejects a list with two entries of one key; client-side apply silently keeps one.
      report(
        diagnose("LG4004", locationOf(instance.doc, `/spec/extraEnvVars/${i}/name`), "extraTwice", { name: envVar.name, earlier }),
      );
      return;
    }
    extraNames.set(envVar.name, i);
    if (valueNames.has(envVar.name)) {
      report(
        diagnose("LG4004", locationOf(instance.doc, `/spec/extraEnvVars/${i}/name`), "extraAndCallback", { name: envVar.name }),
      );
      return;
    }
    if (byName.has(envVar.name)) {
      report(
        diagnose("LG4004", locationOf(instance.doc, `/spec/extraEnvVars/${i}/name`), "extraAndGenerated", { name: envVar.name, secretName: byName.get(envVar.name)!.secretName }),
      );
      return;
    }
    extra.push({ kind: "extra", name: envVar.name, env: envVar as unknown as Record<string, unknown> });
  });

  const env: EnvEntry[] = [...generated, ...credentials, ...values, ...extra];
  return { env, masterKey, secrets: secretsRead(instance, env) };
}

function secretEnv(name: string, secretName: string, key: string, purpose: string): SecretEnv {
  return { kind: "secret", name, secretName, key, purpose };
}

/** Union of the keys read from each Secret, by the generated env and by extraEnvVars' secretKeyRefs; optional where every reader is. */
function secretsRead(instance: InstanceResource, env: readonly EnvEntry[]): SecretRead[] {
  const keys = new Map<string, Map<string, boolean>>();
  const add = (name: string, key: string, optional: boolean) => {
    if (!keys.has(name)) keys.set(name, new Map());
    const read = keys.get(name)!;
    read.set(key, (read.get(key) ?? true) && optional);
  };
  for (const entry of env) {
    if (entry.kind === "secret") add(entry.secretName, entry.key, entry.optional === true);
  }
  for (const envVar of instance.value.spec.extraEnvVars ?? []) {
    const ref = envVar.valueFrom?.secretKeyRef as { name?: string; key?: string; optional?: boolean } | undefined;
    if (ref?.name && ref.key) add(ref.name, ref.key, ref.optional === true);
  }
  return [...keys.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([name, read]) => {
      const optional = [...read.entries()].filter(([, o]) => o).map(([k]) => k).sort();
      return { name, keys: [...read.keys()].sort(), ...(optional.length > 0 ? { optionalKeys: optional } : {}) };
    });
}

/** Names the compiler sets itself, whatever the instance: credential variables never take them. */
export const FIXED_ENV_NAMES: readonly string[] = [MASTER_KEY_ENV, SALT_KEY_ENV, ...DATABASE_ENV.map(([n]) => n), ...REDIS_ENV.map(([n]) => n)];
