import type { InstanceIR } from "../../compiler/ir.js";
import { instanceLabels, selectorLabels } from "./labels.js";
import { HTTP_PORT, HTTP_PORT_NAME, objectNames } from "./names.js";
import type { K8sObject } from "./object.js";

/** Name, port and selector as the operator's, so clients that knew it keep working. */
export function service(instance: InstanceIR): K8sObject {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: {
      name: objectNames(instance.name).service,
      namespace: instance.namespace,
      labels: instanceLabels(instance.name),
    },
    spec: {
      type: "ClusterIP",
      selector: selectorLabels(instance.name),
      ports: [{ name: HTTP_PORT_NAME, protocol: "TCP", port: HTTP_PORT, targetPort: HTTP_PORT_NAME }],
    },
  };
}
