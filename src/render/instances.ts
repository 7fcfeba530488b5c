import type { IR } from "../compiler/ir.js";
import { emitExternalSecrets } from "../emitters/external-secrets.js";
import { emitInstanceObjects } from "../emitters/kubernetes/index.js";
import { emitLiteLLMConfig } from "../emitters/litellm-config.js";
import type { RenderedInstance } from "./rendered.js";
import { WiringError, wiringProblems } from "./wiring.js";
import { toYaml } from "./yaml.js";

/** IR ──emit──▶ objects, per instance, in a fixed order; the wiring between them checked before anyone writes them. */
export function renderInstances(ir: IR): RenderedInstance[] {
  return ir.instances.map((instance) => {
    const config = emitLiteLLMConfig(instance);
    const configYaml = toYaml(config);
    const rendered: RenderedInstance = {
      instance,
      dir: `${instance.namespace}/${instance.name}`,
      config,
      configYaml,
      objects: [...emitInstanceObjects(instance, configYaml), ...emitExternalSecrets(instance, ir.settings)],
    };
    const problems = wiringProblems(rendered, ir.settings.externalSecrets);
    if (problems.length > 0) throw new WiringError(problems);
    return rendered;
  });
}
