#!/usr/bin/env node
// Regenerates data/litellm/settings-keys.json: the config.yaml settings keys LiteLLM reads, for
// the pinned LiteLLM version (src/emitters/helm-chart-keys.ts: chart appVersion).
//
//   node scripts/gen-litellm-settings-keys.mjs <litellm-checkout> [<schema_notes.json>] [--commit <sha>]
//
// - router_settings: the parameters of `Router.__init__` in <checkout>/litellm/router.py.
//   ProxyConfig.load_config (litellm/proxy/proxy_server.py) passes a router_settings key to the
//   Router only when `inspect.getfullargspec(litellm.Router).args` has it, and drops the rest
//   without a word, so this list is exact for the checkout it is read from. The keys of the
//   router_settings table in LiteLLM's docs (docs/proxy/config_settings.md, collected in
//   ../shared/reference/litellm/schema_notes.json) are added, so that a parameter newer than
//   the checkout is not reported.
// - general_settings and litellm_settings: LiteLLM reads these from many places
//   (general_settings.get(...) all over proxy/, and litellm_settings by setattr on the litellm
//   module), so no single signature lists them. The lists are the documented tables plus the
//   keys load_config handles itself; they are used for did-you-mean on near misses only.
//
// Update the checkout to the pinned version's tag (v<appVersion>) before running, and commit the
// output with the commit named in --commit.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const commitAt = args.indexOf("--commit");
const commit = commitAt >= 0 ? args.splice(commitAt, 2)[1] : "unknown";
const [checkout, notesPath = new URL("../../shared/reference/litellm/schema_notes.json", import.meta.url).pathname] = args;
if (!checkout) {
  console.error("usage: gen-litellm-settings-keys.mjs <litellm-checkout> [<schema_notes.json>] [--commit <sha>]");
  process.exit(2);
}

/** The parameter names of `def __init__(self, …)` in `class Router`, in source order. */
export function routerInitArgs(source) {
  const classAt = source.search(/^class Router\b/m);
  if (classAt < 0) throw new Error("router.py: no class Router");
  const defAt = source.indexOf("def __init__(", classAt);
  if (defAt < 0) throw new Error("router.py: no Router.__init__");
  // Walk to the parenthesis that closes the signature, skipping nested brackets and strings.
  let depth = 0;
  let i = source.indexOf("(", defAt);
  const start = i + 1;
  let quote = null;
  for (; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "#") i = source.indexOf("\n", i);
    else if (c === '"' || c === "'") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c) && --depth === 0) break;
  }
  const body = source.slice(start, i);
  // A parameter starts a line at bracket depth 0; its type and default may span lines.
  const names = [];
  depth = 0;
  for (const line of body.split("\n")) {
    const code = line.replace(/#.*$/, "");
    const m = depth === 0 ? /^\s*\*{0,2}([A-Za-z_][A-Za-z0-9_]*)\s*[:=,]/.exec(code) : null;
    if (m) names.push(m[1]);
    for (const c of code) {
      if ("([{".includes(c)) depth++;
      else if (")]}".includes(c)) depth--;
    }
  }
  return names.filter((n) => n !== "self");
}

const router = routerInitArgs(readFileSync(path.join(checkout, "litellm/router.py"), "utf8"));
const notes = JSON.parse(readFileSync(notesPath, "utf8"));
const docKeys = (table) => notes[table].map(([key]) => key).filter((key) => /^[a-z][a-z0-9_]*$/.test(key));

/** Keys ProxyConfig.load_config handles itself before setattr(litellm, key, value). */
const LOAD_CONFIG_LITELLM_KEYS = [
  "cache", "cache_params", "callbacks", "success_callback", "failure_callback", "service_callback",
  "post_call_rules", "upperbound_key_generate_params", "default_team_settings", "key_generation_settings",
  "default_internal_user_params", "default_key_generate_params", "priority_reservation", "mcp_aliases",
  "guardrails", "prompts", "cost_discount_config", "cost_margin_config", "default_team_params",
];
/** Module attributes of litellm/__init__.py that the proxy docs tell users to set under litellm_settings. */
const LITELLM_MODULE_KEYS = [
  "num_retries", "request_timeout", "drop_params", "modify_params", "set_verbose", "json_logs", "fallbacks",
  "default_fallbacks", "context_window_fallbacks", "content_policy_fallbacks", "allowed_fails", "num_retries_per_request",
  "max_budget", "budget_duration", "max_end_user_budget", "max_internal_user_budget", "internal_user_budget_duration",
  "default_max_internal_user_budget", "default_user_params", "max_user_budget", "turn_off_message_logging",
  "log_raw_request_response", "redact_messages_in_exceptions", "redact_user_api_key_info", "store_audit_logs",
  "ssl_verify", "ssl_certificate", "disable_streaming_logging", "enable_azure_ad_token_refresh", "return_response_headers",
  "enable_json_schema_validation", "enable_loadbalancing_on_batch_endpoints", "enable_caching_on_provider_specific_optional_params",
  "always_read_redis", "default_in_memory_ttl", "default_redis_ttl", "model_alias_map", "model_group_alias_map",
  "default_soft_budget", "forward_traceparent_to_llm_provider", "s3_callback_params", "generic_logger_headers",
  "output_parse_pii", "langfuse_default_tags", "langsmith_batch_size", "telemetry", "max_tokens", "input_callback",
  "service_callbacks", "force_ipv4", "enable_preview_features", "disable_end_user_cost_tracking",
  "disable_end_user_cost_tracking_prometheus_only", "enable_redis_auth_cache", "disable_add_transform_inline_image_block",
  "disable_hf_tokenizer_download", "use_chat_completions_url_for_anthropic_messages", "route_all_chat_openai_to_responses",
  "skip_system_message_in_guardrail", "enable_key_alias_format_validation", "disable_copilot_system_to_assistant",
  "use_litellm_proxy", "prometheus_initialize_budget_metrics", "require_auth_for_metrics_endpoint",
];
const sorted = (...lists) => [...new Set(lists.flat())].sort();
const out = {
  _provenance: {
    router_settings: `Router.__init__ parameters in BerriAI/litellm litellm/router.py @ ${commit} (ProxyConfig.load_config keeps only these), plus the router_settings table of docs/proxy/config_settings.md (${notes._provenance.doc_tables})`,
    general_settings: `general_settings table of docs/proxy/config_settings.md (${notes._provenance.doc_tables}); did-you-mean only`,
    litellm_settings: `litellm_settings table of docs/proxy/config_settings.md, the keys ProxyConfig.load_config handles, and documented litellm module attributes; did-you-mean only`,
    generator: "scripts/gen-litellm-settings-keys.mjs",
  },
  router_settings: sorted(router.filter((n) => n !== "model_list"), docKeys("router_settings_doc_table")),
  general_settings: sorted(docKeys("general_settings_doc_table")),
  litellm_settings: sorted(docKeys("litellm_settings_doc_table"), LOAD_CONFIG_LITELLM_KEYS, LITELLM_MODULE_KEYS),
};
writeFileSync(new URL("../data/litellm/settings-keys.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
console.log(`router_settings: ${out.router_settings.length} (Router.__init__: ${router.length}), general_settings: ${out.general_settings.length}, litellm_settings: ${out.litellm_settings.length}`);
