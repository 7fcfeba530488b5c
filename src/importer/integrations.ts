/**
 * config.yaml's `guardrails:`, `mcp_servers:` and logging callbacks (the three callback lists
 * of litellm_settings, `callback_settings`, and the environment each integration reads) →
 * Guardrail, MCPServer and Callback resources whose compiled entries equal the originals up to
 * the normalisations of round-trip.ts.
 *
 * `importGuardrail` and `importMcpServer` are the one mapping of an entry LiteLLM would read to
 * its resource: whatever reads them (config.yaml here, Terraform in terraform/integrations.ts)
 * first builds that entry, then calls them. Field names are LiteLLM's: a guardrail entry is
 * `guardrail_name`, `litellm_params` (`guardrail`, `mode`, `default_on`, the integration's
 * params) and `guardrail_info` (litellm/types/guardrails.py, `Guardrail`); an MCP server is a
 * key of the `mcp_servers:` map with `url`, `transport`, `command`, `args`, `auth_type` and
 * the credential in `authentication_token` (MCPServerManager.load_servers_from_config).
 * LiteLLM reads `os.environ/` in both (litellm/proxy/guardrails/guardrail_initializers.py via
 * `get_secret`; load_servers_from_config).
 *
 * Credentials go to Secrets by the naming scheme of secrets.ts, as for models: a value read
 * from the environment, or a literal credential moved there (named after the resource:
 * `lakera` + `api_key` → LAKERA_API_KEY, so that two integrations never share a variable by
 * accident), comes from the resource's own Secret when it keeps its variable name through it;
 * otherwise it stays `os.environ/NAME` in the params, NAME set through extraEnvVars.
 */
import { GITOPS_API_VERSION } from "../compiler/classify/classify.js";
import { diagnose } from "../compiler/diagnostics.js";
import type { MessageArgs, MessageName } from "../compiler/catalogue.js";
import { locationOf } from "../compiler/parse/locate.js";
import { childPointer } from "../compiler/pointer.js";
import { callbackEnvNeeds, callbackEnvReader, environReference, integrations, isCredentialParam, isLiteralSecret, type CallbackEvent } from "../litellm/index.js";
import { isRecord, own, setOwn } from "../records.js";
import { compareStrings } from "../compare.js";
import { importFreeForm, replaceLiteral, type ImportContext } from "./context.js";
import { dnsLabel, type UniqueNames } from "./names.js";
import type { PlanInput } from "./plan.js";
import { dataKeyForEnv, envReference, envWord, secretNameForEnv } from "./secrets.js";
import type { Plain, Sourced, TopValue } from "./types.js";

/** A resource and the relative path of its file. */
export type PlannedObject = NonNullable<PlanInput["objects"]>[number];

interface Target {
  namespace: string;
  instance: string;
}

const here = (at: Sourced, target: "key" | "value" = "value") => locationOf(at.doc, at.pointer, target);
const child = (at: Sourced, key: string | number): Sourced => ({ doc: at.doc, pointer: childPointer(at.pointer, key) });

function resource(kind: string, name: string, target: Target, spec: Plain): Plain {
  return { apiVersion: GITOPS_API_VERSION, kind, metadata: { name, namespace: target.namespace }, spec: { instanceRef: { name: target.instance }, ...spec } };
}

/** The credentials of one resource in one Secret, when each keeps its variable name through it (as for a model's modelSecretRef). */
function oneSecret(ctx: ImportContext, credentials: ReadonlyArray<{ field: string; env: string }>, prefer: string): { secretName: string; chosen: Set<string> } | undefined {
  const eligible = credentials.filter((c) => ctx.book.keepsName(c.env) && !ctx.book.isInstanceEnv(c.env));
  const anchor = eligible.find((c) => c.field === prefer) ?? eligible[0];
  if (anchor === undefined) return undefined;
  const secretName = ctx.book.secretOf(anchor.env);
  return { secretName, chosen: new Set(eligible.filter((c) => ctx.book.secretOf(c.env) === secretName).map((c) => c.field)) };
}

/** The variable a value is read from: an `os.environ/NAME` reference, or a literal credential moved to one. */
function credentialEnv(ctx: ImportContext, key: string, value: unknown, at: Sourced, name: string): string | undefined {
  const env = envReference(value);
  if (env !== undefined) return env;
  if (typeof value !== "string" || value === "" || !(isCredentialParam(key) || isLiteralSecret(key, value))) return undefined;
  return envReference(replaceLiteral(ctx, at, key, value, `${envWord(name)}_${envWord(key)}`));
}

/** Credentials into the resource's Secret where they keep their names (set by the compiler then), the rest as `os.environ/NAME` in `params`. */
function wire(ctx: ImportContext, credentials: ReadonlyArray<{ field: string; env: string }>, prefer: string, params: Plain): { secretName: string; keys: Record<string, string> } | undefined {
  const secret = oneSecret(ctx, credentials, prefer);
  const keys: Record<string, string> = {};
  for (const c of credentials) {
    if (secret?.chosen.has(c.field)) {
      setOwn(keys, c.field, dataKeyForEnv(c.env));
      ctx.book.generate(c.env, "model");
    } else {
      ctx.book.reference(c.env);
      setOwn(params, c.field, environReference(c.env));
    }
  }
  return secret && { secretName: secret.secretName, keys: sortedRecord(keys) };
}

/** `{guardrail_name, litellm_params: {guardrail, mode, default_on, …}, guardrail_info}` → Guardrail `name`. */
export function importGuardrail(ctx: ImportContext, entry: Plain, at: Sourced, name: string, target: Target): Plain {
  const params = isRecord(entry.litellm_params) ? entry.litellm_params : {};
  const paramsAt = child(at, "litellm_params");
  const spec: Plain = {};
  if (typeof entry.guardrail_name === "string" && entry.guardrail_name !== name) spec.guardrailName = entry.guardrail_name;
  if (params.guardrail !== undefined) spec.guardrail = params.guardrail;
  if (params.mode !== undefined) spec.mode = structuredClone(params.mode);
  if (typeof params.default_on === "boolean") spec.defaultOn = params.default_on;
  const rest: Plain = {};
  const credentials: Array<{ field: string; env: string }> = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || key === "guardrail" || key === "mode" || (key === "default_on" && typeof value === "boolean")) continue;
    const valueAt = child(paramsAt, key);
    const env = credentialEnv(ctx, key, value, valueAt, name);
    if (env !== undefined) credentials.push({ field: key, env });
    else setOwn(rest, key, importFreeForm(ctx, value, valueAt, key, ""));
  }
  const secretRef = wire(ctx, credentials, "api_key", rest);
  if (secretRef) spec.secretRef = secretRef;
  if (Object.keys(rest).length > 0) spec.params = rest;
  if (isRecord(entry.guardrail_info)) spec.info = importFreeForm(ctx, entry.guardrail_info, child(at, "guardrail_info"), "guardrail_info", "");
  return resource("Guardrail", name, target, spec);
}

/** The fields an MCPServer has its own place for (schemas/source/mcpserver.yaml). */
const MCP_FIELDS: Readonly<Record<string, string>> = { url: "url", transport: "transport", command: "command", args: "args", auth_type: "authType" };

/** `mcp_servers: {<serverName>: {url, transport, auth_type, …}}` → MCPServer `name`. */
export function importMcpServer(ctx: ImportContext, serverName: string, entry: Plain, at: Sourced, name: string, target: Target): Plain {
  const { mcpAuthTypesWithToken, mcpCredentialField } = integrations();
  const spec: Plain = {};
  if (serverName !== name) spec.serverName = serverName;
  for (const [key, field] of Object.entries(MCP_FIELDS)) {
    const value = entry[key];
    if (value !== undefined && value !== null && value !== "" && !(Array.isArray(value) && value.length === 0)) spec[field] = key === "url" ? importFreeForm(ctx, value, child(at, key), key, "") : value;
  }
  const rest: Plain = {};
  const credentials: Array<{ field: string; env: string }> = [];
  // The static credential is the resource's when the auth type sends it (LG3043 otherwise).
  const sendsToken = typeof spec.authType === "string" && mcpAuthTypesWithToken.has(spec.authType);
  for (const [key, value] of Object.entries(entry)) {
    if (Object.hasOwn(MCP_FIELDS, key) || value === undefined || value === null) continue;
    const valueAt = child(at, key);
    const env = key === mcpCredentialField && sendsToken ? credentialEnv(ctx, key, value, valueAt, name) : undefined;
    if (env !== undefined) credentials.push({ field: key, env });
    else if (isLiteralSecret(key, value)) {
      const reference = replaceLiteral(ctx, valueAt, key, value, `${envWord(name)}_${envWord(key)}`);
      ctx.book.reference(envReference(reference)!);
      setOwn(rest, key, reference);
    } else setOwn(rest, key, importFreeForm(ctx, value, valueAt, key, ""));
  }
  const secretRef = wire(ctx, credentials, mcpCredentialField, rest);
  if (secretRef) spec.secretRef = { secretName: secretRef.secretName, key: secretRef.keys[mcpCredentialField]! };
  if (Object.keys(rest).length > 0) spec.params = rest;
  return resource("MCPServer", name, target, spec);
}

// ── guardrails ──────────────────────────────────────────────────────────────────────────

const GUARDRAIL_ENTRY_KEYS = new Set(["guardrail_name", "litellm_params", "guardrail_info"]);

export function importGuardrails(ctx: ImportContext, top: TopValue | undefined, target: Target, names: UniqueNames): PlannedObject[] {
  if (top === undefined || top.value === null) return [];
  if (!Array.isArray(top.value)) {
    ctx.report(diagnose("LG6004", here(top.at), "guardrailsNotList", {}));
    return [];
  }
  const out: PlannedObject[] = [];
  const order: string[] = [];
  top.value.forEach((entry, i) => {
    const at = top.items?.[i] ?? child(top.at, i);
    const imported = importGuardrailEntry(ctx, entry, at, target, names);
    if (imported) {
      out.push(imported);
      order.push((entry as Plain).guardrail_name as string);
    }
  });
  const sorted = [...order].sort();
  if (order.some((name, i) => name !== sorted[i])) {
    ctx.report(
      diagnose("LG6007", here(top.at, "key"), "guardrailOrder", { names: sorted.join(", ") }),
    );
  }
  return out;
}

function importGuardrailEntry(ctx: ImportContext, entry: unknown, at: Sourced, target: Target, names: UniqueNames): PlannedObject | undefined {
  const invalid = <M extends MessageName<"LG6004">>(where: Sourced, name: M, args: MessageArgs<"LG6004", M>) => {
    ctx.report(diagnose("LG6004", here(where, where === at ? "value" : "key"), name, args));
    return undefined;
  };
  // LiteLLM's init_guardrails_v2 reads guardrail_name and litellm_params by key and validates
  // litellm_params with LitellmParams (guardrail and mode required): without them it fails to start.
  if (!isRecord(entry)) return invalid(at, "guardrailNotMapping", {});
  const name = entry.guardrail_name;
  if (typeof name !== "string" || name === "") return invalid(name === undefined ? at : child(at, "guardrail_name"), "guardrailWithoutName", {});
  const paramsAt = child(at, "litellm_params");
  const params = entry.litellm_params;
  if (!isRecord(params)) return invalid(params === undefined ? at : paramsAt, "guardrailWithoutParams", { name });
  if (typeof params.guardrail !== "string" || params.guardrail === "") {
    return invalid(params.guardrail === undefined ? paramsAt : child(paramsAt, "guardrail"), "guardrailWithoutIntegration", { name });
  }
  if (params.mode === undefined || params.mode === null) return invalid(paramsAt, "guardrailWithoutMode", { name });
  // LitellmParams.mode: Union[str, List[str], Mode] (litellm/types/guardrails.py).
  const mode = params.mode;
  if (!(typeof mode === "string" || (Array.isArray(mode) && mode.every((m) => typeof m === "string")) || isRecord(mode))) {
    return invalid(child(paramsAt, "mode"), "guardrailMode", { name });
  }
  if (entry.guardrail_info !== undefined && entry.guardrail_info !== null && !isRecord(entry.guardrail_info)) {
    ctx.report(diagnose("LG6006", here(child(at, "guardrail_info"), "key"), "guardrailInfoNotMapping", { name }));
  }
  for (const key of Object.keys(entry)) {
    if (GUARDRAIL_ENTRY_KEYS.has(key)) continue;
    ctx.report(diagnose("LG6006", here(child(at, key), "key"), "guardrailOutsideParams", { name, key }));
  }
  const resourceName = names.take(dnsLabel(name, "guardrail"));
  return { path: `guardrails/${resourceName}.yaml`, resource: importGuardrail(ctx, entry, at, resourceName, target) };
}

// ── MCP servers ─────────────────────────────────────────────────────────────────────────

export function importMcpServers(ctx: ImportContext, top: TopValue | undefined, target: Target, names: UniqueNames): PlannedObject[] {
  if (top === undefined || top.value === null) return [];
  if (!isRecord(top.value)) {
    ctx.report(diagnose("LG6004", here(top.at), "mcpServersNotMapping", {}));
    return [];
  }
  const out: PlannedObject[] = [];
  for (const [name, server] of Object.entries(top.value)) {
    const imported = importMcpServerEntry(ctx, name, server, child(top.at, name), target, names);
    if (imported) out.push(imported);
  }
  return out;
}

function importMcpServerEntry(ctx: ImportContext, name: string, server: unknown, at: Sourced, target: Target, names: UniqueNames): PlannedObject | undefined {
  const invalid = <M extends MessageName<"LG6004">>(where: Sourced, name: M, args: MessageArgs<"LG6004", M>) => {
    ctx.report(diagnose("LG6004", here(where), name, args));
    return undefined;
  };
  if (!isRecord(server)) return invalid(at, "mcpServerNotMapping", { name });
  const { mcpTransports } = integrations();
  if (server.transport !== undefined && server.transport !== null && (typeof server.transport !== "string" || !mcpTransports.has(server.transport))) {
    return invalid(child(at, "transport"), "mcpTransport", { name, transport: JSON.stringify(server.transport), mcpTransports: [...mcpTransports].join(", ") });
  }
  for (const field of ["url", "command", "auth_type"]) {
    const value = server[field];
    if (value !== undefined && value !== null && typeof value !== "string") return invalid(child(at, field), "mcpFieldNotString", { name, field });
  }
  if (server.args !== undefined && server.args !== null && (!Array.isArray(server.args) || server.args.some((a) => typeof a !== "string"))) {
    return invalid(child(at, "args"), "mcpArgs", { name });
  }
  const resourceName = names.take(dnsLabel(name, "mcp-server"));
  return { path: `mcp-servers/${resourceName}.yaml`, resource: importMcpServer(ctx, name, server, at, resourceName, target) };
}

// ── callbacks ───────────────────────────────────────────────────────────────────────────

/** litellm_settings' three lists and the event each stands for (litellm/litellm_core_utils/litellm_logging.py, set_callbacks). */
const CALLBACK_LISTS: ReadonlyArray<[key: string, event: CallbackEvent]> = [
  ["success_callback", "success"],
  ["failure_callback", "failure"],
  ["callbacks", "all"],
];

export interface ImportedCallbacks {
  resources: PlannedObject[];
  /** litellm_settings without the lists the Callbacks now produce. */
  litellm: Plain | undefined;
}

/**
 * Every string of the three callback lists becomes one Callback (its events: the lists it was
 * in), with `callback_settings.<name>` as its settings and the instance's environment entries
 * the integration reads (its known variables, or its name's prefix: LANGFUSE_*) as its env.
 * A list holding anything but names stays in litellm_settings as written.
 */
export function importCallbacks(
  ctx: ImportContext,
  litellm: Plain | undefined,
  litellmAt: Sourced | undefined,
  settingsTop: TopValue | undefined,
  target: Target,
  names: UniqueNames,
): ImportedCallbacks {
  const events = new Map<string, { events: CallbackEvent[]; at: Sourced }>();
  const rest: Plain | undefined = litellm && { ...litellm };
  for (const [key, event] of CALLBACK_LISTS) {
    const list = litellm?.[key];
    if (!Array.isArray(list) || list.length === 0 || !list.every((item) => typeof item === "string" && item !== "")) continue;
    delete rest![key];
    (list as string[]).forEach((name, i) => {
      const known = events.get(name);
      if (!known) events.set(name, { events: [event], at: child(child(litellmAt!, key), i) });
      else if (!known.events.includes(event)) known.events.push(event);
    });
  }

  const settings = settingsTop && isRecord(settingsTop.value) ? settingsTop.value : {};
  if (settingsTop && settingsTop.value !== null && !isRecord(settingsTop.value)) {
    ctx.report(diagnose("LG6004", here(settingsTop.at), "callbackSettingsNotMapping", {}));
  }
  for (const name of Object.keys(settings)) {
    if (events.has(name)) continue;
    ctx.report(
      diagnose("LG6006", here(child(settingsTop!.at, name), "key"), "callbackSettingsUnused", { name }),
    );
  }

  const resources: PlannedObject[] = [];
  for (const [name, { events: on, at }] of events) {
    const spec: Plain = { callback: name, events: on };
    Object.assign(spec, callbackEnv(ctx, name, at));
    const settingsOf = own(settings, name);
    if (isRecord(settingsOf)) spec.settings = importFreeForm(ctx, settingsOf, child(settingsTop!.at, name), name, "callback_settings");
    else if (settingsOf !== undefined && settingsOf !== null) {
      ctx.report(diagnose("LG6006", here(child(settingsTop!.at, name), "key"), "callbackSettingNotMapping", { name }));
    }
    const resourceName = names.take(dnsLabel(name, "callback"));
    resources.push({ path: `callbacks/${resourceName}.yaml`, resource: resource("Callback", resourceName, target, spec) });
  }
  return { resources, litellm: rest };
}

/**
 * The integration's environment: entries the old deployment set (environment_variables, the
 * chart's env) move into the Callback, plain values as env and Secret-backed ones (one Secret)
 * as secretRef; a required variable nobody set came from the proxy's environment, so it is read
 * from the naming scheme's Secret, with a warning to store it there.
 */
function callbackEnv(ctx: ImportContext, callback: string, at: Sourced): Plain {
  const needs = callbackEnvNeeds(callback);
  const prefixes = needs?.prefixes ?? [`${envWord(callback.split(/[_.]/)[0]!)}_`];
  const belongs = (name: string) => prefixes.some((p) => name.startsWith(p)) || (needs?.required.flat().includes(name) ?? false);
  const env: Record<string, string> = {};
  const keys: Record<string, string> = {};
  let secretName: string | undefined;
  for (const entry of ctx.book.explicitEntries()) {
    if (!belongs(entry.name)) continue;
    const ref = entry.valueFrom?.secretKeyRef;
    if (entry.valueFrom === undefined && typeof entry.value === "string") {
      ctx.book.claim(entry.name);
      setOwn(env, entry.name, entry.value);
    } else if (ref && Object.keys(entry.valueFrom!).length === 1 && (secretName === undefined || secretName === ref.name)) {
      secretName = ref.name;
      ctx.book.claim(entry.name);
      setOwn(keys, entry.name, ref.key);
    }
  }
  const missing = (needs?.required ?? []).filter((group) => !group.some((name) => ctx.book.isSet(name) || Object.hasOwn(env, name) || Object.hasOwn(keys, name))).map((group) => group[0]!);
  if (missing.length > 0) {
    secretName ??= secretNameForEnv(missing[0]!);
    for (const name of missing) {
      setOwn(keys, name, dataKeyForEnv(name));
      ctx.book.generate(name, "instance");
    }
    ctx.report(
      diagnose("LG6007", here(at), missing.length > 1 ? "callbackEnvFromSecret" : "callbackVariableFromSecret", {
        callback,
        missing: missing.join(", "),
        reader: callbackEnvReader(needs!),
        secretName,
        dataKeys: missing.map(dataKeyForEnv).join(", "),
      }),
    );
  }
  const out: Plain = {};
  if (secretName !== undefined) out.secretRef = { secretName, keys: sortedRecord(keys) };
  if (Object.keys(env).length > 0) out.env = sortedRecord(env);
  return out;
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareStrings(a, b)));
}
