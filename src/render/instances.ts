import type { IR } from "../compiler/ir.js";
import { emitAccessObjects, emitAccessState } from "../emitters/access.js";
import { emitExternalSecrets } from "../emitters/external-secrets.js";
import { emitInstanceObjects } from "../emitters/kubernetes/index.js";
import { emitLiteLLMConfig } from "../emitters/litellm-config.js";
import { toCanonicalJson } from "./json.js";
import type { RenderedInstance } from "./rendered.js";
import { syncScript } from "../sync/bundle.js";
import { WiringError, wiringProblems } from "./wiring.js";
import { toYaml } from "./yaml.js";

/** IR ──emit──▶ objects, per instance, in a fixed order; the wiring between them checked before anyone writes them. */
export function renderInstances(ir: IR): RenderedInstance[] {
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
    const problems = wiringProblems(rendered, ir.settings.externalSecrets);
    if (problems.length > 0) throw new WiringError(problems);
    return rendered;
  });
}
