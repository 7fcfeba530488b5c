import { diagnose } from "../compiler/diagnostics.js";
import { locationOf } from "../compiler/parse/locate.js";
import type { InputFile } from "./read.js";
import type { Report } from "./types.js";
import { isRecord } from "../records.js";

export type InputKind = "config" | "model-list" | "helm-values";

/**
 * Top-level keys LiteLLM's proxy reads from config.yaml (ProxyConfig.load_config and its
 * helpers; reference/litellm/schema_notes.json).
 */
export const CONFIG_KEYS = new Set([
  "model_list",
  "litellm_settings",
  "general_settings",
  "router_settings",
  "environment_variables",
  "callback_settings",
  "credential_list",
  "include",
  "guardrails",
  "policies",
  "policy_attachments",
  "prompts",
  "mcp_servers",
  "mcp_tools",
  "agent_list",
  "vector_store_registry",
  "search_tools",
  "assistant_settings",
  "finetune_settings",
  "files_settings",
  "default_vertex_config",
  "worker_registry",
]);

/** Keys only litellm-helm's values have (values.yaml of chart 1.x). */
const HELM_KEYS = new Set(["proxy_config", "replicaCount", "masterkeySecretName", "masterkeySecretKey", "proxyConfigMap", "image", "db", "envVars", "environmentSecrets"]);

/**
 * A bare list is a model_list (buun-stack's models.yaml); a mapping with `proxy_config` or
 * with chart keys and no config key is Helm values; any other mapping with a config key is a
 * config.yaml.
 */
export function detectKind(input: InputFile, report: Report): InputKind | undefined {
  const value = input.doc.value;
  if (Array.isArray(value)) return "model-list";
  if (isRecord(value)) {
    const keys = Object.keys(value);
    if ("proxy_config" in value) return "helm-values";
    if (keys.some((k) => CONFIG_KEYS.has(k))) return "config";
    if (keys.some((k) => HELM_KEYS.has(k))) return "helm-values";
  }
  report(
    value === null
      ? diagnose("LG6001", value === null ? { file: input.file, line: 1, column: 1, pointer: "" } : locationOf(input.doc, ""), "empty", {})
      : diagnose("LG6001", value === null ? { file: input.file, line: 1, column: 1, pointer: "" } : locationOf(input.doc, ""), "unknown", {}),
  );
  return undefined;
}
