import type { InstanceIR } from "../../compiler/ir.js";
import { instanceLabels } from "./labels.js";
import { HTTP_PORT, objectNames } from "./names.js";
import type { K8sObject } from "./object.js";

/**
 * A Gateway API route, when the instance asks for one (the operator reads `spec.gateway` but
 * never acts on it). The backend port is a number: Gateway API's BackendRef has no named ports.
 */
export function httpRoute(instance: InstanceIR): K8sObject | undefined {
  const spec = instance.gateway;
  if (spec === undefined) return undefined;
  const names = objectNames(instance.name);
  return {
    apiVersion: "gateway.networking.k8s.io/v1",
    kind: "HTTPRoute",
    metadata: {
      name: names.httpRoute,
      namespace: instance.namespace,
      labels: instanceLabels(instance.name),
    },
    spec: {
      // Copied, not shared: the output must never alias the IR (a later stage could mutate it).
      parentRefs: spec.parentRefs.map((ref) => ({ ...ref })),
      hostnames: [spec.host],
      rules: [
        {
          matches: [{ path: { type: "PathPrefix", value: "/" } }],
          backendRefs: [{ name: names.service, port: HTTP_PORT }],
        },
      ],
    },
  };
}
