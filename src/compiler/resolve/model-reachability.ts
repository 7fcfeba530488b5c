import { diagnose, type Report } from "../diagnostics.js";
import type { EnvEntry } from "../ir.js";
import { locationOf } from "../parse/locate.js";
import type { InstanceResource } from "../resources.js";
import { litellmName } from "../../litellm/index.js";
import type { ResolvedModel } from "./models.js";

/**
 * Models whose every request would fail for something the build can see is missing: where
 * LiteLLM sends the request, or the key it sends. Warnings (LG4036), since a value may still
 * arrive another way the compiler cannot see (a mounted file, a workload identity).
 *
 * - LiteLLM proxy routing. `LiteLLMProxyChatConfig._should_use_litellm_proxy_by_default`
 *   (litellm/llms/litellm_proxy/chat/transformation.py) sends a request to another LiteLLM
 *   proxy when USE_LITELLM_PROXY is true, the model's `use_litellm_proxy` is true, or
 *   `litellm.use_litellm_proxy` (litellm_settings) is; so does a `litellm_proxy/` model.
 *   `get_llm_provider` (litellm_core_utils/get_llm_provider_logic.py) then takes the base URL
 *   from the model's api_base or LITELLM_PROXY_API_BASE: without either there is nowhere to send it.
 * - Azure. The azure branch of `completion` (litellm/main.py) reads api_base, else
 *   AZURE_API_BASE; the key from api_key, else AZURE_OPENAI_API_KEY or AZURE_API_KEY, or an
 *   Entra ID token (azure_ad_token / AZURE_AD_TOKEN, or tenant_id + client_id + client_secret,
 *   also as AZURE_TENANT_ID / AZURE_CLIENT_ID / AZURE_CLIENT_SECRET).
 */
export function checkModelReachability(instance: InstanceResource, models: readonly ResolvedModel[], env: readonly EnvEntry[], report: Report): void {
  const names = new Set(env.map((e) => e.name));
  const litellm = (instance.value.spec.litellmSettings ?? {}) as Record<string, unknown>;
  const globalProxy = litellm.use_litellm_proxy === true || envFlag(instance, "USE_LITELLM_PROXY");
  const unreachableByGlobal: string[] = [];

  for (const r of models) {
    const has = (field: string) => given(r, field);
    const perModel = r.model.params.useLitellmProxy === true || r.model.passthrough.use_litellm_proxy === true || r.model.provider === "litellm_proxy";
    if (perModel || globalProxy) {
      if (has("apiBase") || names.has("LITELLM_PROXY_API_BASE")) continue;
      if (!perModel) {
        unreachableByGlobal.push(r.model.modelName);
        continue;
      }
      report(
        diagnose("LG4036", locationOf(r.doc, `${r.paramsPointer}/model`), "proxyWithoutBase", {
          model: r.model.modelName,
          how: r.model.provider === "litellm_proxy" ? "litellm_proxy/ model" : "use_litellm_proxy",
        }),
      );
      continue;
    }
    if (r.model.provider !== "azure" && r.model.provider !== "azure_text") continue;
    const noBase = !has("apiBase") && !names.has("AZURE_API_BASE");
    const entraParams = ["tenant_id", "client_id", "client_secret"].every((p) => r.model.passthrough[p] !== undefined);
    const entraEnv = ["AZURE_TENANT_ID", "AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET"].every((n) => names.has(n));
    const key = has("apiKey") || r.model.passthrough.azure_ad_token !== undefined || entraParams || ["AZURE_API_KEY", "AZURE_OPENAI_API_KEY", "AZURE_AD_TOKEN"].some((n) => names.has(n)) || entraEnv;
    if (!noBase && key) continue;
    report(diagnose("LG4036", locationOf(r.doc, `${r.paramsPointer}/model`), noBase ? (key ? "azureNoBase" : "azureNoBaseNorKey") : "azureNoKey", { model: r.model.modelName }));
  }

  if (unreachableByGlobal.length > 0) {
    const at = litellm.use_litellm_proxy === true ? locationOf(instance.doc, "/spec/litellmSettings/use_litellm_proxy", "key") : locationOf(instance.doc, "/spec/extraEnvVars", "key");
    const args = { setting: litellm.use_litellm_proxy === true ? "litellm_settings.use_litellm_proxy" : "USE_LITELLM_PROXY", models: unreachableByGlobal.join(", ") };
    report(diagnose("LG4036", at, unreachableByGlobal.length === 1 ? "allProxiedOne" : "allProxied", args));
  }
}

/** A parameter the model sets: in litellmParams (a value or os.environ/), from its Secret, or in additionalProp1 / additionalProperties. */
function given(r: ResolvedModel, field: string): boolean {
  return r.model.params[field] !== undefined || r.model.credentials.some((c) => c.param === field) || r.model.passthrough[litellmName(field)] !== undefined;
}

/** An extraEnvVars entry with a literal value LiteLLM's get_secret_bool reads as true. */
function envFlag(instance: InstanceResource, name: string): boolean {
  const entry = (instance.value.spec.extraEnvVars ?? []).find((e) => e.name === name);
  return typeof entry?.value === "string" && entry.value.trim().toLowerCase() === "true";
}
