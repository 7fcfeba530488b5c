/**
 * Names of the objects derived from one LiteLLMInstance. The first five are the operator's
 * (bbdsoftware/litellm-operator), so a cluster moves from the operator to this compiler
 * without renaming its Service or recreating its Deployment; the rest are ours (the operator
 * never creates them).
 */
export interface ObjectNames {
  config: string;
  serviceAccount: string;
  deployment: string;
  service: string;
  ingress: string;
  httpRoute: string;
  podDisruptionBudget: string;
  serviceMonitor: string;
}

export function objectNames(instance: string): ObjectNames {
  return {
    config: `${instance}-config`,
    serviceAccount: `${instance}-sa`,
    deployment: `${instance}-deployment`,
    service: `${instance}-service`,
    ingress: `${instance}-ingress`,
    httpRoute: `${instance}-httproute`,
    podDisruptionBudget: `${instance}-pdb`,
    serviceMonitor: `${instance}-servicemonitor`,
  };
}

/** The proxy's port, as the official image and chart use it. */
export const HTTP_PORT = 4000;
/** Named so the Service, Ingress and probes follow the container if the number ever changes. */
export const HTTP_PORT_NAME = "http";

/** Where the config is mounted and the key it has in the ConfigMap (the litellm-helm chart's path). */
export const CONFIG_DIR = "/etc/litellm";
export const CONFIG_KEY = "config.yaml";
export const CONFIG_PATH = `${CONFIG_DIR}/${CONFIG_KEY}`;
