/**
 * config.yaml's router_settings, litellm_settings and general_settings → the instance's
 * routerSettings, litellmSettings and generalSettings, as written except for what the
 * compiler generates itself: the master key (masterKeySecretRef) and the Redis connection
 * (redisSecretRef).
 */
import { diagnose } from "../compiler/diagnostics.js";
import { locationOf } from "../compiler/parse/locate.js";
import { childPointer } from "../compiler/pointer.js";
import { MASTER_KEY_ENV } from "../litellm/env-names.js";
import { importFreeForm, type ImportContext } from "./context.js";
import { dataKeyForEnv, envReference, secretNameForEnv } from "./secrets.js";
import type { Plain, Sourced, TopValue } from "./types.js";
import { environReference } from "../litellm/index.js";
import { isRecord, setOwn } from "../records.js";

export interface SecretKeyRef {
  secretName: string;
  key: string;
}

/** The Secret of the master key when the config names none: the naming scheme's home of LITELLM_MASTER_KEY. */
export const DEFAULT_MASTER_KEY: SecretKeyRef = { secretName: secretNameForEnv(MASTER_KEY_ENV), key: MASTER_KEY_ENV };

/** The Redis connection the compiler writes itself from redisSecretRef (resolve/proxy-settings.ts). */
const REDIS_REFS = { redis_host: "REDIS_HOST", redis_port: "REDIS_PORT", redis_password: "REDIS_PASSWORD" } as const;

/** A settings section as a mapping: null and absent are both empty for LiteLLM; anything else cannot be loaded. */
export function sectionOf(ctx: ImportContext, top: TopValue | undefined, key: string): Plain | undefined {
  if (top === undefined || top.value === null) return undefined;
  if (isRecord(top.value)) return top.value;
  ctx.report(diagnose("LG6004", locationOf(top.at.doc, top.at.pointer), "sectionNotMapping", { key }));
  return undefined;
}

/**
 * Redis through redisSecretRef when router_settings reads exactly the three variables the
 * compiler would set (then the emitted section is the same); otherwise the settings stay as
 * written and their variables come through extraEnvVars.
 */
export function redisSecretRef(router: Plain | undefined): Plain | undefined {
  if (!router) return undefined;
  const exact = Object.entries(REDIS_REFS).every(([key, env]) => router[key] === environReference(env));
  if (!exact) return undefined;
  return {
    nameRef: secretNameForEnv(REDIS_REFS.redis_host),
    keys: { hostSecret: REDIS_REFS.redis_host, portSecret: REDIS_REFS.redis_port, passwordSecret: REDIS_REFS.redis_password },
  };
}

export const REDIS_ENV: readonly string[] = Object.values(REDIS_REFS);

/**
 * The master key's Secret: `os.environ/NAME` → Secret by the naming scheme, key NAME; a
 * literal → the default Secret, with a warning; none → the default Secret, with a warning
 * that the proxy now requires a key. `chart` is litellm-helm's masterkeySecretName/Key, used
 * when the config leaves the key to the chart's PROXY_MASTER_KEY.
 */
export function masterKeyRef(
  ctx: ImportContext,
  general: Plain | undefined,
  generalAt: Sourced | undefined,
  chart: (SecretKeyRef & { at: Sourced }) | undefined,
): SecretKeyRef {
  const value = general?.master_key;
  const at = generalAt && { doc: generalAt.doc, pointer: childPointer(generalAt.pointer, "master_key") };
  const env = envReference(value);
  if (chart && (value === undefined || value === null || env === "PROXY_MASTER_KEY")) return { secretName: chart.secretName, key: chart.key };
  if (chart) {
    // LiteLLM takes general_settings.master_key over the chart's PROXY_MASTER_KEY variable.
    ctx.report(
      diagnose("LG6006", locationOf(chart.at.doc, chart.at.pointer, "key"), "masterkeySecretName", {}),
    );
  }
  if (env !== undefined) return { secretName: secretNameForEnv(env), key: dataKeyForEnv(env) };
  if (value !== undefined && value !== null && value !== "" && at) {
    const hidden = ctx.hidden.get(at.doc.file) ?? new Set<string>();
    hidden.add(String(value));
    ctx.hidden.set(at.doc.file, hidden);
    ctx.report(
      diagnose("LG6005", locationOf(at.doc, at.pointer), "literalMasterKey", { secretName: DEFAULT_MASTER_KEY.secretName, key: DEFAULT_MASTER_KEY.key }),
    );
    return DEFAULT_MASTER_KEY;
  }
  ctx.report(
    diagnose("LG6007", at && generalAt ? locationOf(generalAt.doc, generalAt.pointer, "key") : { file: ctx.mainFile, line: 1, column: 1, pointer: "" }, "noMasterKey", { secretName: DEFAULT_MASTER_KEY.secretName, key: DEFAULT_MASTER_KEY.key }),
  );
  return DEFAULT_MASTER_KEY;
}

/** One settings section for the instance: literal secrets moved to env references, generated keys removed. */
export function importSection(ctx: ImportContext, key: string, section: Plain, at: Sourced, drop: readonly string[]): Plain {
  const out: Plain = {};
  for (const [k, v] of Object.entries(section)) {
    if (drop.includes(k)) continue;
    setOwn(out, k, importFreeForm(ctx, v, { doc: at.doc, pointer: childPointer(at.pointer, k) }, k, key));
  }
  return out;
}
