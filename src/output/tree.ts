import type { InstanceIR, IR } from "../compiler/ir.js";
import { emitExternalSecrets } from "../emitters/external-secrets.js";
import { emitInstanceObjects, objectFileName, type K8sObject } from "../emitters/kubernetes/index.js";
import { instanceKustomization, rootKustomization } from "../emitters/kustomization.js";
import { emitLiteLLMConfig } from "../emitters/litellm-config.js";
import { wiringProblems } from "./wiring.js";
import { toYaml } from "./yaml.js";

/** What one instance compiles to: its proxy config (as text, as the ConfigMap carries it) and its objects in render order. */
export interface RenderedInstance {
  instance: InstanceIR;
  /** `<namespace>/<instance>`: the instance's folder under DIR. */
  dir: string;
  configYaml: string;
  objects: K8sObject[];
}

/** IR ──emit──▶ objects, per instance, in a fixed order; the wiring between them checked before anyone writes them. */
export function renderInstances(ir: IR): RenderedInstance[] {
  return ir.instances.map((instance) => {
    const config = emitLiteLLMConfig(instance);
    const configYaml = toYaml(config);
    const rendered: RenderedInstance = {
      instance,
      dir: `${instance.namespace}/${instance.name}`,
      configYaml,
      objects: [...emitInstanceObjects(instance, ir.settings, configYaml), ...emitExternalSecrets(instance, ir.settings)],
    };
    const problems = wiringProblems(rendered, config, ir.settings.externalSecrets);
    if (problems.length > 0) throw new WiringError(problems);
    return rendered;
  });
}

/** The output would not work as emitted: a compiler bug, reported as an internal failure (exit 2). */
export class WiringError extends Error {
  constructor(readonly problems: string[]) {
    super(`output wiring check failed (LG5001), please report this:\n  ${problems.join("\n  ")}`);
  }
}

/** objects ──▶ files: the layout of DESIGN.md "Outputs", as relative path → text. */
export function renderTree(rendered: readonly RenderedInstance[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const { dir, configYaml, objects } of rendered) {
    files.set(`${dir}/config.yaml`, configYaml);
    const objectFiles: string[] = [];
    for (const object of objects) {
      const name = objectFileName(object);
      objectFiles.push(name);
      files.set(`${dir}/${name}`, toYaml(object));
    }
    files.set(`${dir}/kustomization.yaml`, toYaml(instanceKustomization(objectFiles)));
  }
  files.set("kustomization.yaml", toYaml(rootKustomization(rendered.map((r) => r.dir))));
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
