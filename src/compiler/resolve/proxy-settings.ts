import { diagnose, type Report } from "../diagnostics.js";
import { locationOf } from "../parse/locate.js";
import { childPointer } from "../pointer.js";
import type { InstanceResource } from "../resources.js";
import { closest } from "../suggest.js";
import { withFloats } from "../../records.js";
import { MASTER_KEY_ENV } from "../../litellm/env-names.js";
import { FALLBACK_LISTS, ROUTING_STRATEGIES, environReference } from "../../litellm/index.js";

export interface ProxySettings {
  routerSettings: Record<string, unknown>;
  litellmSettings: Record<string, unknown>;
  generalSettings: Record<string, unknown>;
}

/**
 * config.yaml's settings sections: the generated entries first, then the user's in
 * sorted order. A user entry that would replace a generated one is an error: it would
 * silently break the credential wiring.
 */
export function resolveProxySettings(
  instance: InstanceResource,
  modelNames: ReadonlySet<string>,
  report: Report,
): ProxySettings {
  const spec = instance.value.spec;
  const router = (spec.routerSettings ?? {}) as Record<string, unknown>;
  const litellm = (spec.litellmSettings ?? {}) as Record<string, unknown>;
  const general = (spec.generalSettings ?? {}) as Record<string, unknown>;

  const generatedGeneral: Record<string, unknown> = { master_key: environReference(MASTER_KEY_ENV) };
  // Git is the source of truth: models added through the UI would drift from it.
  if (general.store_model_in_db === undefined) generatedGeneral.store_model_in_db = false;
  // As the operator sets it (litellminstance_controller.go): with a database, a database outage
  // does not turn every request away; LiteLLM then serves from its caches.
  if (spec.databaseSecretRef && general.allow_requests_on_db_unavailable === undefined) generatedGeneral.allow_requests_on_db_unavailable = true;
  const generatedRouter: Record<string, unknown> = spec.redisSecretRef
    ? { redis_host: environReference("REDIS_HOST"), redis_port: environReference("REDIS_PORT"), redis_password: environReference("REDIS_PASSWORD") }
    : {};
  if (spec.databaseSecretRef) checkNotSet(instance, "generalSettings", general, ["database_url"], "databaseSecretRef", report);
  checkNotSet(instance, "generalSettings", general, ["master_key"], "masterKeySecretRef", report);
  checkNotSet(instance, "routerSettings", router, Object.keys(generatedRouter), "redisSecretRef", report);

  checkRoutingStrategy(instance, router, report);
  const serves = modelMatcher(modelNames);
  checkModelReferences(instance, "routerSettings", router, modelNames, serves, report);
  checkModelReferences(instance, "litellmSettings", litellm, modelNames, serves, report);

  // Integral floats (`temperature: 1.0`) stay floats in config.yaml, as PyYAML read them here.
  const floats = (section: string, block: Record<string, unknown>) => withFloats(block, `/spec/${section}`, instance.doc.floats) as Record<string, unknown>;
  return {
    routerSettings: { ...generatedRouter, ...floats("routerSettings", sortedWithout(router, generatedRouter)) },
    litellmSettings: withPrometheusCallback(floats("litellmSettings", sortedWithout(litellm, {})), spec.monitoring?.serviceMonitor?.enabled === true),
    generalSettings: { ...generatedGeneral, ...floats("generalSettings", sortedWithout(general, generatedGeneral)) },
  };
}

function sortedWithout(user: Record<string, unknown>, generated: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(user)
      .filter((k) => !Object.hasOwn(generated, k))
      .sort()
      .map((k) => [k, user[k]]),
  );
}

function checkNotSet(
  instance: InstanceResource,
  section: string,
  values: Record<string, unknown>,
  keys: readonly string[],
  instead: string,
  report: Report,
): void {
  for (const key of keys) {
    if (values[key] === undefined) continue;
    report(
      diagnose("LG4006", locationOf(instance.doc, `/spec/${section}/${key}`, "key"), "generated", { section, key, instead }),
    );
  }
}

function checkRoutingStrategy(instance: InstanceResource, router: Record<string, unknown>, report: Report): void {
  const strategy = router.routing_strategy;
  if (strategy === undefined || (typeof strategy === "string" && ROUTING_STRATEGIES.includes(strategy))) return;
  const suggestion = typeof strategy === "string" ? closest(strategy, ROUTING_STRATEGIES) : undefined;
  report(
    suggestion
      ? diagnose("LG4001", locationOf(instance.doc, "/spec/routerSettings/routing_strategy"), "didYouMean", { strategy: JSON.stringify(strategy), suggestion })
      : diagnose("LG4001", locationOf(instance.doc, "/spec/routerSettings/routing_strategy"), "unknown", { strategy: JSON.stringify(strategy), strategies: ROUTING_STRATEGIES.join(", ") }),
  );
}

/** Fallbacks and aliases that name a model group this instance does not serve fail only at request time in LiteLLM. */
function checkModelReferences(
  instance: InstanceResource,
  section: string,
  settings: Record<string, unknown>,
  modelNames: ReadonlySet<string>,
  serves: (name: string) => boolean,
  report: Report,
): void {
  const base = `/spec/${section}`;
  const check = (name: unknown, pointer: string, target: "key" | "value") => {
    if (typeof name !== "string" || serves(name)) return;
    const suggestion = closest(name, modelNames);
    report(
      suggestion
        ? diagnose("LG4002", locationOf(instance.doc, pointer, target), "didYouMean", { name, instance: `${instance.namespace}/${instance.name}`, suggestion })
        : diagnose("LG4002", locationOf(instance.doc, pointer, target), "unknown", { name, instance: `${instance.namespace}/${instance.name}`, names: [...modelNames].sort().join(", ") || "(none)" }),
    );
  };
  for (const list of FALLBACK_LISTS) {
    const value = settings[list];
    if (!Array.isArray(value)) continue;
    value.forEach((item, i) => {
      if (!item || typeof item !== "object") return;
      for (const [group, fallbacks] of Object.entries(item as Record<string, unknown>)) {
        const itemPointer = childPointer(`${base}/${list}/${i}`, group);
        check(group, itemPointer, "key");
        if (Array.isArray(fallbacks)) fallbacks.forEach((f, j) => check(f, `${itemPointer}/${j}`, "value"));
      }
    });
  }
  const defaults = settings.default_fallbacks;
  if (Array.isArray(defaults)) defaults.forEach((f, i) => check(f, `${base}/default_fallbacks/${i}`, "value"));
  const aliases = settings.model_group_alias;
  if (aliases && typeof aliases === "object") {
    for (const [alias, target] of Object.entries(aliases as Record<string, unknown>)) {
      const pointer = childPointer(`${base}/model_group_alias`, alias);
      if (typeof target === "string") check(target, pointer, "value");
      else if (target && typeof target === "object") check((target as { model?: unknown }).model, `${pointer}/model`, "value");
    }
  }
}

/** A wildcard model_name (`openai/*`, `*`) serves every name it matches, as in LiteLLM's router. Built once per instance. */
export function modelMatcher(modelNames: ReadonlySet<string>): (name: string) => boolean {
  const wildcards = [...modelNames]
    .filter((pattern) => pattern.includes("*"))
    .map(wildcardRegex);
  return (name) => modelNames.has(name) || wildcards.some((regex) => regex.test(name));
}

/** The names a wildcard model_name matches: `*` is any run of characters (LiteLLM's PatternMatchRouter). */
export function wildcardRegex(pattern: string): RegExp {
  return new RegExp("^" + pattern.split("*").map(escapeRegex).join(".*") + "$");
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Monitoring needs LiteLLM's `prometheus` callback: it is what serves /metrics/
 * (litellm/integrations/prometheus.py). Added to the user's callbacks, never replacing them.
 */
function withPrometheusCallback(settings: Record<string, unknown>, monitored: boolean): Record<string, unknown> {
  if (!monitored) return settings;
  const callbacks = settings.callbacks;
  const list = Array.isArray(callbacks) ? callbacks : typeof callbacks === "string" ? [callbacks] : [];
  if (list.includes("prometheus")) return settings;
  return { ...settings, callbacks: [...list, "prometheus"] };
}
