import type { InstanceIR } from "../../compiler/ir.js";
import { instanceLabels } from "./labels.js";
import { HTTP_PORT_NAME, objectNames } from "./names.js";
import type { K8sObject } from "./object.js";

/**
 * The Prometheus Operator's ServiceMonitor for the proxy's Service. LiteLLM answers /metrics
 * with 401 unless the request carries a key (litellm/proxy/middleware/unified_auth_middleware.py:
 * `/metrics` needs auth while `require_auth_for_metrics_endpoint` is not false), so the scrape
 * sends the master key as bearer token, read from the same Secret the proxy reads it from
 * (the ServiceMonitor lives in the instance's namespace, where that Secret is). The path ends in
 * `/`: LiteLLM mounts the metrics app at /metrics and redirects /metrics to /metrics/.
 */
export function serviceMonitor(instance: InstanceIR): K8sObject | undefined {
  const spec = instance.serviceMonitor;
  if (spec === undefined) return undefined;
  const names = objectNames(instance.name);
  const endpoint: Record<string, unknown> = {
    port: HTTP_PORT_NAME,
    path: "/metrics/",
    scheme: "http",
    authorization: { type: "Bearer", credentials: { name: instance.masterKey.secretName, key: instance.masterKey.key } },
  };
  if (spec.interval !== undefined) endpoint.interval = spec.interval;
  return {
    apiVersion: "monitoring.coreos.com/v1",
    kind: "ServiceMonitor",
    metadata: {
      name: names.serviceMonitor,
      namespace: instance.namespace,
      labels: { ...instanceLabels(instance.name), ...(spec.labels ?? {}) },
    },
    spec: {
      // The Service carries the instance labels (service.ts); selecting on them picks exactly it.
      selector: { matchLabels: instanceLabels(instance.name) },
      namespaceSelector: { matchNames: [instance.namespace] },
      endpoints: [endpoint],
    },
  };
}
