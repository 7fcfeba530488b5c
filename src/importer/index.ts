/**
 * `import`: an existing LiteLLM setup (config.yaml with its includes, a bare model list,
 * litellm-helm values) → one LiteLLMInstance, one Model per model_list entry and a
 * CompilerConfig, such that `build` emits the same config.yaml up to the normalisations of
 * round-trip.ts. Pure: reads the given files (and their includes), writes nothing; the CLI
 * writes the plan.
 */
import path from "node:path";
import { diagnose, sortDiagnostics, type Diagnostic } from "../compiler/diagnostics.js";
import { locationOf } from "../compiler/parse/locate.js";
import { childPointer } from "../compiler/pointer.js";
import { MASTER_KEY_ENV, SALT_KEY_ENV } from "../litellm/env-names.js";
import type { ImportContext } from "./context.js";
import { CONFIG_KEYS, detectKind } from "./detect.js";
import { importEnvMap, pythonStr } from "./env-vars.js";
import { importHelm, importHelmEnv, type HelmPart } from "./helm.js";
import { mergeConfig, resolveIncludes } from "./include.js";
import { maskSources } from "./mask.js";
import { importModel, type ImportedModel } from "./models.js";
import { importCallbacks, importGuardrails, importMcpServers, type PlannedObject } from "./integrations.js";
import { UniqueNames } from "./names.js";
import { planFiles, reportStoreDefault } from "./plan.js";
import { readInput, type InputFile } from "./read.js";
import { EnvBook } from "./secrets.js";
import { environNames } from "../litellm/index.js";
import { importSection, masterKeyRef, REDIS_ENV, redisSecretRef, sectionOf } from "./settings.js";
import type { ConfigView, ImportOptions, Plain, Sourced } from "./types.js";
import type { SecretKeyRef } from "./settings.js";

export { roundTripDiff, type Difference } from "./round-trip.js";

export interface ImportResult {
  /** Relative path → file text, in path order; empty when an error was found. */
  files: Map<string, string>;
  /** Sorted; none carries a credential value. */
  diagnostics: Diagnostic[];
  /** Texts of the files read, literal credentials masked: for code frames. */
  sources: Map<string, string>;
  /** The config as LiteLLM reads it (includes resolved, proxy_config of Helm values, a bare list as model_list). */
  view: Record<string, unknown>;
  /** Terraform: resource address → the file it became, for the report. */
  mapping?: Array<[address: string, file: string]>;
}

/** Keys of the config that become something in the resources. */
const CARRIED = new Set(["model_list", "router_settings", "litellm_settings", "general_settings", "environment_variables", "guardrails", "mcp_servers", "callback_settings"]);

export function importFiles(paths: readonly string[], options: ImportOptions): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const report = (d: Diagnostic) => diagnostics.push(d);
  const texts = new Map<string, string>();
  const view: ConfigView = new Map();
  let helm: HelmPart | undefined;
  const inputs: InputFile[] = [];

  for (const given of paths) {
    const read = readInput(path.resolve(options.cwd, given), options.cwd);
    read.diagnostics.forEach(report);
    if (read.text !== undefined) texts.set(read.input?.file ?? given, read.text);
    if (!read.input) continue;
    const input = read.input;
    inputs.push(input);
    const kind = detectKind(input, report);
    if (kind === "model-list") {
      addModelList(view, input);
    } else if (kind === "config") {
      mergeConfig(view, input.doc.value as Plain, { doc: input.doc, pointer: "" }, report, ["include"]);
      const included = resolveIncludes(input, view, report, options.cwd);
      for (const [file, text] of included.texts) texts.set(file, text);
    } else if (kind === "helm-values") {
      if (helm) {
        report(
          diagnose("LG6008", { file: input.file, line: 1, column: 1, pointer: "" }, "secondHelmValues", { file: helm.file.file }),
        );
        continue;
      }
      helm = importHelm(input, report);
      if (helm.proxyConfig) mergeConfig(view, (input.doc.value as Plain).proxy_config as Plain, helm.proxyConfig, report);
    }
  }

  const mainFile = inputs[0]?.file ?? paths[0] ?? "";
  const ctx: ImportContext = { report, book: new EnvBook(report), hidden: new Map(), mainFile, once: new Set() };
  const finish = (files: Map<string, string>): ImportResult => {
    const sorted = sortDiagnostics(diagnostics);
    return { files, diagnostics: sorted, sources: maskSources(texts, ctx.hidden, sorted), view: Object.fromEntries([...view].map(([k, v]) => [k, v.value])) };
  };
  if (inputs.length === 0 || diagnostics.some((d) => d.severity === "error")) return finish(new Map());

  const { spec, models, objects } = importConfigView(ctx, view, helm && helmDeployment(helm), options);
  if (diagnostics.some((d) => d.severity === "error")) return finish(new Map());
  reportStoreDefault(options, mainFile, report);
  return finish(planFiles({ options, spec, models, objects, sources: inputs.map((i) => i.file), helm: helm !== undefined }));
}

/**
 * What a deployment tool adds to the config (chart values, an operator's proxy resource):
 * instance fields, the master key's Secret, the container's own env entries, and the Secret
 * every other variable comes from (the chart's environmentSecrets, an operator's envFrom).
 */
export interface DeploymentPart {
  spec: Plain;
  masterKey?: SecretKeyRef & { at: Sourced };
  environmentSecret?: string;
  /** Records the container's env entries as explicit in the book. */
  importEnv(ctx: ImportContext): void;
  /** Where a database Secret is configured (reported when the config's database_url wins). */
  databaseAt?: Sourced;
}

function helmDeployment(helm: HelmPart): DeploymentPart {
  return {
    spec: helm.spec,
    ...(helm.masterKey ? { masterKey: helm.masterKey } : {}),
    ...(helm.environmentSecret !== undefined ? { environmentSecret: helm.environmentSecret } : {}),
    importEnv: (ctx) => importHelmEnv(ctx, helm),
    databaseAt: { doc: helm.file.doc, pointer: "/db" },
  };
}

/**
 * The config as LiteLLM reads it, plus what deploys it → the instance's spec (extraEnvVars
 * included), the Models, and the Guardrail, MCPServer and Callback resources: every source of
 * a proxy's config goes through here.
 */
export function importConfigView(
  ctx: ImportContext,
  view: ConfigView,
  deployment: DeploymentPart | undefined,
  options: ImportOptions,
  objects: PlannedObject[] = [],
): { spec: Plain; models: ImportedModel[]; objects: PlannedObject[] } {
  reportUncarried(view, ctx);
  const integrations: PlannedObject[] = [...objects];
  const spec = importInstanceSpec(ctx, view, deployment, options, integrations);
  integrations.push(...importGuardrails(ctx, view.get("guardrails"), options, new UniqueNames()));
  integrations.push(...importMcpServers(ctx, view.get("mcp_servers"), options, new UniqueNames()));
  const models = importModels(ctx, view, options);
  const extraEnvVars = ctx.book.extraEnvVars();
  if (extraEnvVars.length > 0) spec.extraEnvVars = extraEnvVars;
  return { spec, models, objects: integrations };
}

/** A bare list: the whole file is model_list, its items at /0, /1… */
function addModelList(view: ConfigView, input: InputFile): void {
  const items = input.doc.value as unknown[];
  const at = items.map((_, i) => ({ doc: input.doc, pointer: `/${i}` }));
  const existing = view.get("model_list");
  if (existing && Array.isArray(existing.value)) {
    existing.value = [...existing.value, ...items];
    existing.items = [...(existing.items ?? []), ...at];
  } else {
    view.set("model_list", { value: [...items], at: { doc: input.doc, pointer: "" }, items: at });
  }
}

/** Every top-level key that has no place in the resources, one warning each. */
function reportUncarried(view: ConfigView, ctx: ImportContext): void {
  for (const [key, top] of view) {
    if (CARRIED.has(key)) continue;
    const read = CONFIG_KEYS.has(key);
    ctx.report(
      read
        ? diagnose("LG6006", locationOf(top.at.doc, top.at.pointer, "key"), "noPlace", { key })
        : diagnose("LG6006", locationOf(top.at.doc, top.at.pointer, "key"), "unknownKey", { key }),
    );
  }
}

/** Settings, master key, Redis, database, image, ingress, env: the instance's spec (extraEnvVars added last). */
function importInstanceSpec(ctx: ImportContext, view: ConfigView, helm: DeploymentPart | undefined, options: ImportOptions, integrations: PlannedObject[]): Plain {
  // Every variable the inputs read is taken before any literal gets a name.
  for (const top of view.values()) for (const name of environNames(top.value)) ctx.book.reserve(name);
  if (helm?.environmentSecret !== undefined) ctx.book.useEnvironmentSecret(helm.environmentSecret);

  const router = sectionOf(ctx, view.get("router_settings"), "router_settings");
  const litellmSection = sectionOf(ctx, view.get("litellm_settings"), "litellm_settings");
  const general = sectionOf(ctx, view.get("general_settings"), "general_settings");
  const spec: Plain = { ...(helm?.spec ?? {}) };

  // What the compiler sets itself, so that nothing else claims those names.
  ctx.book.generate(MASTER_KEY_ENV, "instance");
  const redis = redisSecretRef(router);
  if (redis) {
    spec.redisSecretRef = redis;
    REDIS_ENV.forEach((name) => ctx.book.generate(name, "instance"));
  }
  if (spec.databaseSecretRef) {
    if (general?.database_url !== undefined) {
      // LiteLLM prefers the config's database_url over the chart's DATABASE_* variables.
      const at = view.get("general_settings")!.at;
      const db = helm!.databaseAt!;
      ctx.report(diagnose("LG6006", locationOf(db.doc, db.pointer, "key"), "useExisting", { file: at.doc.file }));
      delete spec.databaseSecretRef;
    } else {
      ["DATABASE_HOST", "DATABASE_USERNAME", "DATABASE_PASSWORD", "DATABASE_NAME"].forEach((name) => ctx.book.generate(name, "instance"));
    }
  }

  const envTop = view.get("environment_variables");
  if (envTop) importEnvMap(ctx, envTop.value, envTop.at, "environment_variables", pythonStr);
  helm?.importEnv(ctx);

  spec.masterKeySecretRef = masterKeyRef(ctx, general, view.get("general_settings")?.at, helm?.masterKey);
  // LiteLLM encrypted what it stored in the database with the master key, having no
  // LITELLM_SALT_KEY (encrypt_decrypt_utils.py _get_salt_key): the same Secret key as salt
  // keeps those credentials readable, and pins the salt should the master key ever rotate.
  if (spec.databaseSecretRef !== undefined && !ctx.book.isInstanceEnv(SALT_KEY_ENV)) {
    spec.saltKeySecretRef = { ...(spec.masterKeySecretRef as Plain) };
    ctx.book.generate(SALT_KEY_ENV, "instance");
  }
  // After the env: a Callback takes the environment entries of its integration.
  const callbacks = importCallbacks(ctx, litellmSection, view.get("litellm_settings")?.at, view.get("callback_settings"), options, new UniqueNames());
  integrations.push(...callbacks.resources);
  const litellm = callbacks.litellm;
  const sections: Array<[string, string, Plain | undefined, readonly string[]]> = [
    ["router_settings", "routerSettings", router, redis ? ["redis_host", "redis_port", "redis_password"] : []],
    ["litellm_settings", "litellmSettings", litellm, []],
    // master_key is generated by the compiler from masterKeySecretRef.
    ["general_settings", "generalSettings", general, ["master_key"]],
  ];
  for (const [key, field, section, drop] of sections) {
    if (!section) continue;
    const imported = importSection(ctx, key, section, view.get(key)!.at, drop);
    if (Object.keys(imported).length > 0) spec[field] = imported;
  }
  return spec;
}

function importModels(ctx: ImportContext, view: ConfigView, options: ImportOptions): ImportedModel[] {
  const top = view.get("model_list");
  if (!top || top.value === null) return [];
  if (!Array.isArray(top.value)) {
    ctx.report(diagnose("LG6004", locationOf(top.at.doc, top.at.pointer), "modelListNotList", {}));
    return [];
  }
  const names = new UniqueNames();
  const models: ImportedModel[] = [];
  top.value.forEach((entry, i) => {
    const at: Sourced = top.items?.[i] ?? { doc: top.at.doc, pointer: childPointer(top.at.pointer, i) };
    const model = importModel(ctx, entry, at, names, { namespace: options.namespace, instance: options.instance });
    if (model) models.push(model);
  });
  return models;
}

