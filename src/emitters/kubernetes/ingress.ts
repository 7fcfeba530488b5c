import type { InstanceIR } from "../../compiler/ir.js";
import { instanceLabels } from "./labels.js";
import { HTTP_PORT_NAME, objectNames } from "./names.js";
import type { K8sObject } from "./object.js";

/**
 * The Ingress, when the instance asks for one. Unlike the operator's (a rule with a host and
 * no paths, which routes nothing), the rule sends every path on the host to the Service.
 */
export function ingress(instance: InstanceIR): K8sObject | undefined {
  const spec = instance.ingress;
  if (spec === undefined) return undefined;
  const names = objectNames(instance.name);
  const metadata: K8sObject["metadata"] = {
    name: names.ingress,
    namespace: instance.namespace,
    labels: instanceLabels(instance.name),
  };
  if (spec.annotations !== undefined && Object.keys(spec.annotations).length > 0) {
    metadata.annotations = { ...spec.annotations };
  }
  const body: Record<string, unknown> = {};
  if (spec.className !== undefined) body.ingressClassName = spec.className;
  // No secretName: networking.k8s.io/v1 IngressTLS allows it, and the controller serves its default certificate.
  if (spec.tls !== undefined) body.tls = [{ hosts: [spec.host], ...(spec.tls.secretName ? { secretName: spec.tls.secretName } : {}) }];
  body.rules = [
    {
      host: spec.host,
      http: {
        paths: [
          {
            path: "/",
            pathType: "Prefix",
            backend: { service: { name: names.service, port: { name: HTTP_PORT_NAME } } },
          },
        ],
      },
    },
  ];
  return { apiVersion: "networking.k8s.io/v1", kind: "Ingress", metadata, spec: body };
}
