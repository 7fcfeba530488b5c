/**
 * home-operations/litellm-operator (`litellm.home-operations.com/v1alpha1`) → our kinds. The
 * operator folds a `LiteLLMProxy` and the `LiteLLMModel`, `LiteLLMGuardrail` and
 * `LiteLLMMCPServer` objects it adopts into one config.yaml (internal/controller/render.go
 * `renderConfig`); this module builds that same config, with the positions of the fields it
 * came from, and hands it to the importer's one config mapping (../index.ts importConfigView,
 * ../integrations.ts). So the compiled config.yaml is the one the operator rendered.
 *
 * - Adoption (internal/controller/litellmproxy_controller.go `proxyAdopts`): an object of the
 *   proxy's namespace whose `proxyRef` names the proxy, or, without `proxyRef`, whose labels
 *   match the proxy's `modelSelector` (no selector: every object of the namespace).
 * - Secret-backed fields (`apiKeyRef`, `apiBaseRef`, `authTokenRef`): the operator sets
 *   `os.environ/LITELLM_MODELKEY_<NAME>` (…MODELBASE_, GUARDRAILKEY_, GUARDRAILBASE_,
 *   MCPTOKEN_; NAME the object's name upper-cased, other characters `_`,
 *   api/v1alpha1 `sanitizeEnvVar`) and the variable from exactly the Secret and key the ref
 *   names. Both are kept: each ref may name its own Secret, as the instance's `extraEnvVars`
 *   carry them, so no schema extension is needed.
 */
import { diagnose, type Report } from "../../compiler/diagnostics.js";
import { locationOf, type ParsedDocument } from "../../compiler/parse/locate.js";
import { childPointer } from "../../compiler/pointer.js";
import { matchesSelector } from "../../compiler/resolve/selector.js";
import type { ModelSelector } from "../../compiler/types/litellm-instance.js";
import { own, isRecord, setOwn } from "../../records.js";
import { compareStrings } from "../../compare.js";
import type { ImportContext } from "../context.js";
import { importEnvList } from "../env-vars.js";
import type { DeploymentPart } from "../index.js";
import { importGuardrail, importMcpServer } from "../integrations.js";
import { dnsLabel, UniqueNames } from "../names.js";
import type { ConfigView, Plain, Sourced, TopValue } from "../types.js";
import type { Manifest } from "./read.js";
import { importOperatorAccess } from "./access.js";

export const HOME_OPERATIONS_GROUP = "litellm.home-operations.com";

interface Target {
  namespace: string;
  instance: string;
}

export interface OperatorImport {
  view: ConfigView;
  deployment: DeploymentPart;
  objects: Array<{ path: string; resource: Plain }>;
  mapping: Array<[string, string]>;
  clusterSecrets: string[];
}

/** The config keys a proxy's named blocks fill (render.go `topLevelBlocks`). */
const BLOCKS: Readonly<Record<string, string>> = {
  generalSettings: "general_settings",
  routerSettings: "router_settings",
  litellmSettings: "litellm_settings",
  environmentVariables: "environment_variables",
  credentialList: "credential_list",
  defaultVertexConfig: "default_vertex_config",
  filesSettings: "files_settings",
  assistantSettings: "assistant_settings",
  finetuneSettings: "finetune_settings",
  prompts: "prompts",
  vectorStoreRegistry: "vector_store_registry",
};

/** Proxy fields the import maps (the blocks above too); any other that is set is reported. */
const PROXY_MAPPED = new Set(["image", "replicas", "resources", "env", "envFrom", "modelSelector", "route", "callbacks", "extraConfig", "apiAccess", "applyMode", ...Object.keys(BLOCKS)]);

/** LiteLLMModel `spec.params` typed fields → litellm_params (render.go `renderModels`). */
const MODEL_PARAMS: Readonly<Record<string, string>> = { model: "model", apiVersion: "api_version", dropParams: "drop_params", rpm: "rpm", tpm: "tpm" };
/** LiteLLMModel `spec.info` typed fields → model_info (render.go `renderModelInfo`). */
const MODEL_INFO: Readonly<Record<string, string>> = {
  maxTokens: "max_tokens",
  maxInputTokens: "max_input_tokens",
  maxOutputTokens: "max_output_tokens",
  mode: "mode",
  supportsFunctionCalling: "supports_function_calling",
  supportsPromptCaching: "supports_prompt_caching",
  supportsVision: "supports_vision",
};

/** `sanitizeEnvVar` of api/v1alpha1/litellmmodel_types.go. */
export function operatorEnvName(prefix: string, name: string): string {
  return prefix + name.toUpperCase().replace(/[^A-Z0-9]/g, "_");
}

export function importHomeOperations(ctx: ImportContext, manifests: readonly Manifest[], target: Target): OperatorImport | undefined {
  const ours = manifests.filter((m) => m.apiVersion.split("/")[0] === HOME_OPERATIONS_GROUP);
  const proxies = ours.filter((m) => m.kind === "LiteLLMProxy");
  const proxy = proxies.length === 1 ? proxies[0] : proxies.find((p) => p.name === target.instance);
  if (proxy === undefined) {
    const at = (proxies[0] ?? ours[0] ?? manifests[0])!;
    ctx.report(
      proxies.length === 0
        ? diagnose("LG6008", { file: at.doc.file, line: at.doc.locate("").line, column: 1, pointer: "" }, "noProxy", {})
        : diagnose("LG6008", { file: at.doc.file, line: at.doc.locate("").line, column: 1, pointer: "" }, "noProxyNamed", {
            count: proxies.length,
            instance: target.instance,
            options: proxies.map((p) => p.name).join(" or --instance "),
          }),
    );
    return undefined;
  }
  const spec = (isRecord((proxy.doc.value as Plain).spec) ? (proxy.doc.value as Plain).spec : {}) as Plain;
  const namespace = proxy.namespace ?? "default";
  const adopted = (m: Manifest): boolean => {
    if (m === proxy || (m.namespace ?? "default") !== namespace) return false;
    const s = specOf(m);
    if (typeof s.proxyRef === "string" && s.proxyRef !== "") return s.proxyRef === proxy.name;
    if (!isRecord(spec.modelSelector)) return true;
    const metadata = isRecord((m.doc.value as Plain).metadata) ? ((m.doc.value as Plain).metadata as Plain) : {};
    return matchesSelector(isRecord(metadata.labels) ? (metadata.labels as Record<string, string>) : {}, spec.modelSelector as ModelSelector);
  };

  const secretParam = (params: Plain, key: string, owner: Manifest, literal: unknown, ref: unknown, prefix: string, refAt: string) => {
    if (isRecord(ref) && typeof ref.name === "string" && typeof ref.key === "string") {
      const name = operatorEnvName(prefix, owner.name);
      params[key] = `os.environ/${name}`;
      // Set before anything maps the entry: the variable is the instance's, from exactly this Secret and key.
      ctx.book.setExplicit({ name, valueFrom: { secretKeyRef: { name: ref.name, key: ref.key } } }, { doc: owner.doc, pointer: refAt });
    } else if (typeof literal === "string" && literal !== "") {
      params[key] = literal;
    }
  };

  // Models, sorted by name as the operator renders them.
  const view: ConfigView = new Map();
  const objects: OperatorImport["objects"] = [];
  const mapping: OperatorImport["mapping"] = [];
  const models = byName(ours.filter((m) => m.kind === "LiteLLMModel" && adopted(m)));
  const entries: unknown[] = [];
  const items: Sourced[] = [];
  for (const m of models) {
    const s = specOf(m);
    const p = isRecord(s.params) ? s.params : {};
    const params: Plain = isRecord(p.additional) ? { ...p.additional } : {};
    for (const [field, key] of Object.entries(MODEL_PARAMS)) if (p[field] !== undefined && p[field] !== "") setOwn(params, key, p[field]);
    secretParam(params, "api_base", m, p.apiBase, p.apiBaseRef, "LITELLM_MODELBASE_", "/spec/params/apiBaseRef");
    secretParam(params, "api_key", m, p.apiKey, p.apiKeyRef, "LITELLM_MODELKEY_", "/spec/params/apiKeyRef");
    const entry: Plain = { model_name: s.modelName, litellm_params: params };
    if (isRecord(s.info)) {
      const info: Plain = isRecord(s.info.extra) ? { ...s.info.extra } : {};
      for (const [field, key] of Object.entries(MODEL_INFO)) if (s.info[field] !== undefined && s.info[field] !== "") setOwn(info, key, s.info[field]);
      if (Object.keys(info).length > 0) entry.model_info = info;
    }
    entries.push(entry);
    items.push({ doc: translated(m.doc, entry, modelPointer), pointer: "" });
  }
  view.set("model_list", { value: entries, at: { doc: proxy.doc, pointer: "" }, items });

  // The proxy's blocks, extraConfig under them, and callbacks over litellm_settings (render.go buildBaseConfig).
  const top = (key: string, value: unknown, pointer: string) => view.set(key, { value, at: { doc: proxy.doc, pointer } } satisfies TopValue);
  if (isRecord(spec.extraConfig)) for (const [key, value] of Object.entries(spec.extraConfig)) top(key, value, childPointer("/spec/extraConfig", key));
  for (const [field, key] of Object.entries(BLOCKS)) if (spec[field] !== undefined && spec[field] !== null) top(key, spec[field], childPointer("/spec", field));
  if (isRecord(spec.callbacks)) {
    const cb = spec.callbacks;
    const settings = isRecord(view.get("litellm_settings")?.value) ? { ...(view.get("litellm_settings")!.value as Plain) } : {};
    for (const [field, key] of [["success", "success_callback"], ["failure", "failure_callback"], ["callbacks", "callbacks"]] as const) {
      if (Array.isArray(cb[field]) && cb[field].length > 0) settings[key] = cb[field];
    }
    if (Object.keys(settings).length > 0) top("litellm_settings", settings, view.get("litellm_settings")?.at.pointer ?? "/spec/callbacks");
    if (cb.settings !== undefined) top("callback_settings", cb.settings, "/spec/callbacks/settings");
  }

  // Guardrails and MCP servers: the entries render.go writes, through the shared mapping.
  const guardrailNames = new UniqueNames();
  for (const g of byName(ours.filter((m) => m.kind === "LiteLLMGuardrail" && adopted(m)))) {
    const s = specOf(g);
    const params: Plain = isRecord(s.params) ? { ...s.params } : {};
    params.guardrail = s.guardrail;
    if (typeof s.mode === "string" && s.mode !== "") params.mode = s.mode;
    if (typeof s.defaultOn === "boolean") params.default_on = s.defaultOn;
    secretParam(params, "api_base", g, s.apiBase, s.apiBaseRef, "LITELLM_GUARDRAILBASE_", "/spec/apiBaseRef");
    secretParam(params, "api_key", g, s.apiKey, s.apiKeyRef, "LITELLM_GUARDRAILKEY_", "/spec/apiKeyRef");
    const entry: Plain = { guardrail_name: s.guardrailName, litellm_params: params, ...(isRecord(s.info) ? { guardrail_info: s.info } : {}) };
    const name = guardrailNames.take(dnsLabel(g.name, "guardrail"));
    const doc = translated(g.doc, entry, (p) => (p.startsWith("/litellm_params/") ? guardrailPointer(p) : p === "/guardrail_name" ? "/spec/guardrailName" : "/spec/info"));
    objects.push({ path: `guardrails/${name}.yaml`, resource: importGuardrail(ctx, entry, { doc, pointer: "" }, name, target) });
    mapping.push([`${g.kind}/${g.name}`, `guardrails/${name}.yaml`]);
  }
  const mcpNames = new UniqueNames();
  for (const server of byName(ours.filter((m) => m.kind === "LiteLLMMCPServer" && adopted(m)))) {
    const s = specOf(server);
    if (isRecord(s.workload)) {
      report(ctx.report, "workload", server, "/spec/workload");
      continue;
    }
    const entry: Plain = isRecord(s.params) ? { ...s.params } : {};
    if (typeof s.url === "string" && s.url !== "") entry.url = s.url;
    if (typeof s.transport === "string" && s.transport !== "") entry.transport = s.transport;
    if (typeof s.authType === "string" && s.authType !== "") entry.auth_type = s.authType;
    secretParam(entry, "authentication_token", server, undefined, s.authTokenRef, "LITELLM_MCPTOKEN_", "/spec/authTokenRef");
    const alias = typeof s.alias === "string" && s.alias !== "" ? s.alias : server.name;
    const name = mcpNames.take(dnsLabel(server.name, "mcp-server"));
    const doc = translated(server.doc, entry, (p) => mcpPointer(p));
    objects.push({ path: `mcp-servers/${name}.yaml`, resource: importMcpServer(ctx, alias, entry, { doc, pointer: "" }, name, target) });
    mapping.push([`${server.kind}/${server.name}`, `mcp-servers/${name}.yaml`]);
  }

  const access = importOperatorAccess(
    ctx,
    byName(ours.filter((m) => m.kind === "LiteLLMTeam" && adopted(m))),
    byName(ours.filter((m) => m.kind === "LiteLLMVirtualKey" && adopted(m))),
    target,
  );
  objects.push(...access.objects);
  mapping.push(...access.mapping);

  // Everything else is named, never dropped silently.
  for (const m of manifests) {
    if (m === proxy) continue;
    const kind = m.apiVersion.split("/")[0] === HOME_OPERATIONS_GROUP ? m.kind : undefined;
    if (kind !== undefined && ADOPTED_KINDS.has(kind) && adopted(m)) continue;
    if (kind !== undefined && (ADOPTED_KINDS.has(kind) || kind === "LiteLLMProxy")) report(ctx.report, "otherProxy", m, "", proxy.name);
    else report(ctx.report, "noCounterpart", m, "");
  }
  for (const field of Object.keys(spec)) {
    if (PROXY_MAPPED.has(field) || !isSetValue(spec[field])) continue;
    ctx.report(
      diagnose("LG6006", locationOf(proxy.doc, childPointer("/spec", field), "key"), "proxyField", { proxy: proxy.name, field }),
    );
  }

  const deployment = proxyDeployment(ctx, proxy, spec);
  return { view, deployment, objects, mapping, clusterSecrets: access.clusterSecrets };
}

/** image, replicas, resources, the HTTPRoute, the master key and the container's env. */
function proxyDeployment(ctx: ImportContext, proxy: Manifest, spec: Plain): DeploymentPart {
  const out: Plain = {};
  if (typeof spec.image === "string" && spec.image !== "") out.image = spec.image;
  if (typeof spec.replicas === "number") out.replicas = spec.replicas;
  if (isRecord(spec.resources) && Object.keys(spec.resources).length > 0) out.resources = spec.resources;
  const route = isRecord(spec.route) ? spec.route : undefined;
  if (route && Array.isArray(route.hostnames) && typeof route.hostnames[0] === "string") {
    out.gateway = { enabled: true, host: route.hostnames[0], ...(Array.isArray(route.parentRefs) ? { parentRefs: route.parentRefs } : {}) };
    if (route.hostnames.length > 1 || (Array.isArray(route.filters) && route.filters.length > 0)) {
      ctx.report(
        diagnose("LG6006", locationOf(proxy.doc, "/spec/route", "key"), route.hostnames.length > 1 ? "routeHostnames" : "routeFilters", { proxy: proxy.name }),
      );
    }
  }
  const envList = Array.isArray(spec.env) ? spec.env : [];
  const masterFromEnv = envList.find((e) => isRecord(e) && e.name === "LITELLM_MASTER_KEY" && isRecord(e.valueFrom) && isRecord(e.valueFrom.secretKeyRef));
  const envFrom = (Array.isArray(spec.envFrom) ? spec.envFrom : []).filter((e): e is Plain => isRecord(e) && isRecord(e.secretRef) && typeof e.secretRef.name === "string");
  const apiAccess = isRecord(spec.apiAccess) && isRecord(spec.apiAccess.masterKeyRef) ? spec.apiAccess.masterKeyRef : undefined;
  let masterKey: DeploymentPart["masterKey"];
  if (apiAccess && typeof apiAccess.name === "string" && typeof apiAccess.key === "string") {
    masterKey = { secretName: apiAccess.name, key: apiAccess.key, at: { doc: proxy.doc, pointer: "/spec/apiAccess/masterKeyRef" } };
  } else if (masterFromEnv) {
    const ref = ((masterFromEnv as Plain).valueFrom as Plain).secretKeyRef as Plain;
    masterKey = { secretName: String(ref.name), key: String(ref.key), at: { doc: proxy.doc, pointer: "/spec/env" } };
  } else if (envFrom.length > 0) {
    // LiteLLM reads LITELLM_MASTER_KEY from its environment when general_settings has no master_key.
    masterKey = { secretName: String((envFrom[0]!.secretRef as Plain).name), key: "LITELLM_MASTER_KEY", at: { doc: proxy.doc, pointer: "/spec/envFrom" } };
  }
  return {
    spec: out,
    ...(masterKey ? { masterKey } : {}),
    // envFrom sets a variable per data key: every variable the config reads and nothing else sets comes from that Secret.
    ...(envFrom.length > 0 ? { environmentSecret: String((envFrom[0]!.secretRef as Plain).name) } : {}),
    importEnv: (c) => {
      importEnvList(c, envList.filter((e) => e !== masterFromEnv), { doc: proxy.doc, pointer: "/spec/env" });
      if (envFrom.length > 0) {
        const secret = String((envFrom[0]!.secretRef as Plain).name);
        c.report(
          diagnose("LG6007", locationOf(proxy.doc, "/spec/envFrom", "key"), envFrom.length > 1 ? "envFromFirst" : "envFrom", { proxy: proxy.name, secret }),
        );
      }
    },
  };
}

function report(r: Report, name: "otherProxy" | "noCounterpart" | "workload", m: Manifest, pointer: string, proxy = ""): void {
  const { line, column } = m.doc.locate(pointer === "" ? "/kind" : pointer, pointer === "" ? "value" : "key");
  r(diagnose("LG6068", { file: m.doc.file, line, column, pointer }, name, { kind: m.kind, name: m.name, apiVersion: m.apiVersion, proxy }));
}

/** The kinds a proxy adopts (`proxyAdopts`), each imported when adopted. */
const ADOPTED_KINDS = new Set(["LiteLLMModel", "LiteLLMGuardrail", "LiteLLMMCPServer", "LiteLLMTeam", "LiteLLMVirtualKey"]);

function specOf(m: Manifest): Plain {
  const v = m.doc.value as Plain;
  return isRecord(v.spec) ? v.spec : {};
}

function byName(list: Manifest[]): Manifest[] {
  return [...list].sort((a, b) => compareStrings(a.name, b.name));
}

function isSetValue(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.keys(value).length > 0;
  return true;
}

/** A document over a rendered entry whose positions are those of the fields it came from. */
function translated(doc: ParsedDocument, value: unknown, pointerOf: (pointer: string) => string): ParsedDocument {
  return { file: doc.file, index: doc.index, value, locate: (pointer, target) => doc.locate(pointerOf(pointer), target) };
}

const PARAM_FIELD: Readonly<Record<string, string>> = { ...Object.fromEntries(Object.entries(MODEL_PARAMS).map(([f, k]) => [k, f])), api_base: "apiBase", api_key: "apiKey" };
const INFO_FIELD: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(MODEL_INFO).map(([f, k]) => [k, f]));

function modelPointer(pointer: string): string {
  const [, section, key, ...rest] = pointer.split("/");
  if (section === "model_name") return "/spec/modelName";
  if (section === "litellm_params" && key !== undefined) {
    const field = own(PARAM_FIELD, key);
    return field !== undefined ? `/spec/params/${field}` : ["/spec/params/additional", key, ...rest].join("/");
  }
  if (section === "model_info" && key !== undefined) {
    const field = own(INFO_FIELD, key);
    return field !== undefined ? `/spec/info/${field}` : ["/spec/info/extra", key, ...rest].join("/");
  }
  return "/spec";
}

function guardrailPointer(pointer: string): string {
  const [, , key, ...rest] = pointer.split("/");
  const own_ = { guardrail: "/spec/guardrail", mode: "/spec/mode", default_on: "/spec/defaultOn", api_key: "/spec/apiKey", api_base: "/spec/apiBase" } as Record<string, string>;
  return own(own_, key ?? "") ?? ["/spec/params", key, ...rest].join("/");
}

function mcpPointer(pointer: string): string {
  const [, key, ...rest] = pointer.split("/");
  const fields: Record<string, string> = { url: "/spec/url", transport: "/spec/transport", auth_type: "/spec/authType", authentication_token: "/spec/authTokenRef" };
  return own(fields, key ?? "") ?? ["/spec/params", key, ...rest].join("/");
}
