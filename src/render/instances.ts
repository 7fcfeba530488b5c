import type { IR } from "../compiler/ir.js";
import { emitAccessObjects, emitAccessState } from "../emitters/access.js";
import { emitExternalSecrets, emitSharedExternalSecret } from "../emitters/external-secrets.js";
import { emitInstanceObjects } from "../emitters/kubernetes/index.js";
import { emitLiteLLMConfig } from "../emitters/litellm-config.js";
import { toCanonicalJson } from "./json.js";
import { sharedObjectsOf, type RenderedExternalProxy, type RenderedInstance, type RenderedShared } from "./rendered.js";
import { syncScript } from "../sync/bundle.js";
import { externalProxyWiringProblems, WiringError, wiringProblems } from "./wiring.js";
import { toYaml } from "./yaml.js";

/** IR ──emit──▶ the namespace-shared ExternalSecrets, per namespace (IR.sharedSecrets' order). */
export function renderShared(ir: IR): RenderedShared[] {
  const byNamespace = new Map<string, RenderedShared>();
  for (const secret of ir.sharedSecrets) {
    let shared = byNamespace.get(secret.namespace);
    if (!shared) {
      shared = { namespace: secret.namespace, dir: `${secret.namespace}/_shared`, objects: [], readers: new Map() };
      byNamespace.set(secret.namespace, shared);
    }
    const object = emitSharedExternalSecret(secret, ir.settings);
    shared.objects.push(object);
    shared.readers.set(object, secret.readers);
  }
  return [...byNamespace.values()];
}

/**
 * IR ──emit──▶ objects, per instance, in a fixed order; the wiring between them (the
 * namespace-shared ExternalSecrets included) checked before anyone writes them.
 */
export function renderInstances(ir: IR, shared: readonly RenderedShared[] = renderShared(ir)): RenderedInstance[] {
  return ir.instances.map((instance) => {
    const config = emitLiteLLMConfig(instance);
    const configYaml = toYaml(config);
    const accessJson = instance.access ? toCanonicalJson(emitAccessState(instance, instance.access)) : undefined;
    const accessObjects =
      instance.access && accessJson !== undefined ? emitAccessObjects(instance, instance.access, ir.settings.access, accessJson, syncScript()) : [];
    const rendered: RenderedInstance = {
      instance,
      dir: `${instance.namespace}/${instance.name}`,
      config,
      configYaml,
      objects: [...emitInstanceObjects(instance, configYaml), ...emitExternalSecrets(instance, ir.settings), ...accessObjects],
      ...(accessJson !== undefined ? { accessJson, accessObjects } : { accessObjects }),
    };
    const problems = wiringProblems(rendered, ir.settings.externalSecrets, sharedObjectsOf(shared, instance));
    if (problems.length > 0) throw new WiringError(problems);
    return rendered;
  });
}

/**
 * IR ──emit──▶ objects, per proxy elsewhere (connectionRef.secretRef): access.json, the sync
 * objects and the ExternalSecrets of the connection and key Secrets, whatever the target (no
 * chart deploys such a proxy here).
 */
export function renderExternalProxies(ir: IR): RenderedExternalProxy[] {
  return ir.externalProxies.map((proxy) => {
    const accessJson = toCanonicalJson(emitAccessState(proxy, proxy.access));
    const accessObjects = emitAccessObjects(proxy, proxy.access, ir.settings.access, accessJson, syncScript());
    const rendered: RenderedExternalProxy = {
      proxy,
      dir: `${proxy.namespace}/${proxy.name}`,
      accessJson,
      objects: [...emitExternalSecrets(proxy, ir.settings), ...accessObjects],
    };
    const problems = externalProxyWiringProblems(rendered, ir.settings.externalSecrets);
    if (problems.length > 0) throw new WiringError(problems);
    return rendered;
  });
}
