import type { InstanceIR } from "../../compiler/ir.js";
import { instanceLabels } from "./labels.js";
import { CONFIG_KEY, objectNames } from "./names.js";
import type { K8sObject } from "./object.js";

/** The proxy config. `configYaml` goes in untouched: it must stay byte-identical to DIR/<ns>/<inst>/config.yaml. */
export function configMap(instance: InstanceIR, configYaml: string): K8sObject {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: {
      name: objectNames(instance.name).config,
      namespace: instance.namespace,
      labels: instanceLabels(instance.name),
    },
    data: { [CONFIG_KEY]: configYaml },
  };
}
