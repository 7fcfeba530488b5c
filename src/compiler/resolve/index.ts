import { diagnose, type Report } from "../diagnostics.js";
import { compareStrings } from "../../compare.js";
import type { DetachedModel, InstanceIR, IR, SecretIR, SecretKeyIR, SharedSecretIR } from "../ir.js";
import { locationOf } from "../parse/locate.js";
import type { ParsedDocument } from "../parse/locate.js";
import { childPointer } from "../pointer.js";
import { resourceKey, type InstanceResource, type ModelResource, type Project } from "../resources.js";
import { resolveAccess } from "./access.js";
import { optionalKeysFetchable } from "../remote-key.js";
import { resolveEnv, FIXED_ENV_NAMES, type SecretRead } from "./env.js";
import { SALT_KEY_ENV } from "../../litellm/env-names.js";
import { credentialEnvNames, pairId } from "./credentials.js";
import { resolveInstanceModel, resolveModelResource, type CredentialUse, type ResolvedModel } from "./models.js";
import { checkIntegrationsOfInstance } from "./integration-checks.js";
import { checkModelReachability } from "./model-reachability.js";
import { mergeCallbackLists, resolveIntegrations, type BoundIntegrations } from "./integrations.js";
import { boundInstanceKey } from "../rules/integrations.js";
import { resolveProxySettings } from "./proxy-settings.js";
import { remoteRefRenderer, withRemoteRefs, type RemoteRefOf } from "./remote-refs.js";
import { checkProducedKeys, markClusterSecrets, type KeyReference } from "./secret-origins.js";
import { matchesSelector } from "./selector.js";
import { resolveSettings } from "./settings.js";
import { checkHelmTarget, helmImageDefault, type HelmImageDefault } from "./helm-target.js";
import { clusterMade } from "../cluster-secrets.js";
import type { SecretProducer } from "../resources.js";
import { environName } from "../../litellm/index.js";
import { imageProblem } from "../rules/kubernetes.js";

/** resources ──resolve──▶ IR: references, secrets and env bindings, each checked where it is written. */
export function resolve(project: Project, report: Report, targets?: ReadonlyArray<"manifests" | "helm">): IR {
  const settings = resolveSettings(project.config);
  if (targets !== undefined) settings.targets = [...targets].sort();
  const remoteRef = remoteRefRenderer(project, settings, report);
  const helmImage = helmImageDefault(project.config, settings);
  checkFlux(project, report);

  const modelsByInstance = new Map<string, BoundModel[]>();
  const bind = (key: string, model: BoundModel) => {
    if (!modelsByInstance.has(key)) modelsByInstance.set(key, []);
    modelsByInstance.get(key)!.push(model);
  };
  const named = new Set<ModelResource>();
  for (const model of project.models) {
    const ref = model.value.spec.connectionRef?.instanceRef;
    if (!ref?.name) continue;
    bind(resourceKey(ref.namespace ?? model.namespace, ref.name), { model });
    named.add(model);
  }
  const selected = selectModels(project, modelsByInstance, report);
  for (const [key, models] of selected) for (const model of models) bind(key, { model, selectedBy: key });
  const detachedModels: DetachedModel[] = [];
  const served = new Set([...named, ...[...selected.values()].flat()]);
  for (const model of project.models) if (!served.has(model)) detachedModels.push(detach(model, report));

  const integrations = new Map<string, BoundIntegrations>();
  const boundTo = (key: string): BoundIntegrations => {
    if (!integrations.has(key)) integrations.set(key, { guardrails: [], mcpServers: [], callbacks: [] });
    return integrations.get(key)!;
  };
  for (const r of project.guardrails) boundTo(boundInstanceKey(r)).guardrails.push(r);
  for (const r of project.mcpServers) boundTo(boundInstanceKey(r)).mcpServers.push(r);
  for (const r of project.callbacks) boundTo(boundInstanceKey(r)).callbacks.push(r);

  const instances = [...project.instances]
    .sort((a, b) => compareStrings(resourceKey(a.namespace, a.name), resourceKey(b.namespace, b.name)))
    .map((instance) => {
      const key = resourceKey(instance.namespace, instance.name);
      return resolveInstance(instance, modelsByInstance.get(key) ?? [], boundTo(key), settings, helmImage, remoteRef, project.producers, report);
    });
  // A VirtualKey's keySecretRef Secret (and a connection Secret) is read like every other:
  // remote refs rendered, cluster-made ones marked, keys checked against what their maker writes.
  const keySecrets = (instance: { name: string; namespace: string }, reads: SecretRead[], refs: readonly KeyReference[]): SecretIR[] => {
    const originOf = (name: string) => clusterMade(instance.namespace, name, project.producers, settings.clusterSecrets);
    checkProducedKeys(refs, originOf, report);
    return withRemoteRefs(instance, reads, remoteRef).map((s) => {
      const origin = originOf(s.name);
      return origin ? { ...s, madeBy: origin.madeBy } : s;
    });
  };
  const externalProxies = resolveAccess(project, instances, keySecrets, report);
  const sharedSecrets = settings.externalSecrets ? shareSecrets(instances, settings, report) : [];
  detachedModels.sort((a, b) => compareStrings(resourceKey(a.namespace, a.name), resourceKey(b.namespace, b.name)));
  return { settings, instances, sharedSecrets, detachedModels, externalProxies };
}

/** A Model an instance serves: named by its instanceRef, or selected by the instance's modelSelector. */
interface BoundModel {
  model: ModelResource;
  /** The instance's key when it came by the selector. */
  selectedBy?: string;
}

/**
 * Each instance's modelSelector over the Models of its own namespace, minus those that already
 * name it by instanceRef (counted once). A selector that selects nothing there, while Models of
 * other namespaces match, is a warning: selection never crosses namespaces (docs/schemas.md).
 */
function selectModels(project: Project, named: ReadonlyMap<string, readonly BoundModel[]>, report: Report): Map<string, ModelResource[]> {
  const selected = new Map<string, ModelResource[]>();
  for (const instance of project.instances) {
    const selector = instance.value.spec.modelSelector;
    if (!selector) continue;
    const key = resourceKey(instance.namespace, instance.name);
    const already = new Set((named.get(key) ?? []).map((b) => b.model));
    const matching = project.models.filter((m) => matchesSelector(m.value.metadata.labels ?? {}, selector));
    const here = matching.filter((m) => m.namespace === instance.namespace);
    const chosen = here.filter((m) => !already.has(m));
    if (chosen.length > 0) selected.set(key, chosen);
    if (here.length > 0) continue;
    const elsewhere = matching[0];
    const at = locationOf(instance.doc, "/spec/modelSelector", "key");
    report(
      elsewhere
        ? diagnose("LG4044", at, "otherNamespace", { instance: key, namespace: instance.namespace, model: `${elsewhere.namespace}/${elsewhere.name}`, instanceName: instance.name })
        : diagnose("LG4044", at, "none", { instance: key, namespace: instance.namespace }),
    );
  }
  return selected;
}

function resolveInstance(
  instance: InstanceResource,
  models: readonly BoundModel[],
  bound: BoundIntegrations,
  settings: IR["settings"],
  helmImage: HelmImageDefault,
  remoteRef: RemoteRefOf,
  producers: readonly SecretProducer[],
  report: Report,
): InstanceIR {
  const spec = instance.value.spec;
  const resolved: ResolvedModel[] = [
    ...(spec.models ?? []).map((_, i) => resolveInstanceModel(instance, i, report)),
    ...models.map((m) => resolveModelResource(m.model, report, m.selectedBy)),
  ];
  const modelNames = new Set(resolved.map((r) => r.model.modelName));
  dropUnfetchableOptionalKeys(instance, resolved, settings, producers, report);
  const uses = nameCredentialVariables(instance, resolved);
  const integrations = resolveIntegrations(bound);
  const { env, masterKey, secrets: read } = resolveEnv(instance, uses, integrations, report);
  const secrets = markClusterSecrets(instance, withRemoteRefs(instance, read, remoteRef), [...uses, ...integrations.secrets], producers, settings.clusterSecrets, report);
  const proxy = resolveProxySettings(instance, modelNames, report);
  // A salt key set through extraEnvVars is one too (LiteLLM reads the variable, whoever sets it).
  if (spec.databaseSecretRef && !spec.saltKeySecretRef && !(spec.extraEnvVars ?? []).some((e) => e.name === SALT_KEY_ENV)) {
    report(
      diagnose("LG4034", locationOf(instance.doc, "/spec/databaseSecretRef", "key"), "noSaltKey", {}),
    );
  }
  proxy.litellmSettings = mergeCallbackLists(proxy.litellmSettings, integrations.callbacks);
  checkIntegrationsOfInstance(instance, resolved, bound, integrations, env, report);
  checkModelReachability(instance, resolved, env, report);

  const envNames = new Set(env.map((e) => e.name));
  for (const section of ["routerSettings", "litellmSettings", "generalSettings"] as const) {
    checkEnvReferences(instance.doc, `/spec/${section}`, spec[section], envNames, report);
  }
  for (const r of resolved) for (const { pointer, value } of r.written) checkEnvReferences(r.doc, pointer, value, envNames, report);

  const image = spec.image ?? settings.defaultImage;
  // An image that is no reference at all is LG3023 (rules/kubernetes.ts), at its own line.
  if (imageProblem(image) === undefined && isUnpinned(image)) {
    report(
      diagnose("LG3011", locationOf(instance.doc, spec.image ? "/spec/image" : "/metadata/name"), "unpinned", { image }),
    );
  }
  if (settings.targets.includes("helm")) checkHelmTarget(instance, helmImage, settings, report);

  const ir: InstanceIR = {
    name: instance.name,
    namespace: instance.namespace,
    source: locationOf(instance.doc, "/metadata/name"),
    image,
    helmImage: spec.image ?? helmImage.image,
    replicas: spec.replicas ?? 1,
    models: resolved
      .map((r) => r.model)
      .sort((a, b) => compareStrings(a.modelName, b.modelName) || compareStrings(a.id, b.id)),
    masterKey,
    guardrails: integrations.guardrails,
    mcpServers: integrations.mcpServers,
    callbacks: integrations.callbacks,
    env,
    secrets,
    ...proxy,
  };
  if (spec.ingress?.enabled) {
    const { host, className, annotations, tls } = spec.ingress;
    ir.ingress = { host };
    if (className) ir.ingress.className = className;
    if (annotations) ir.ingress.annotations = annotations;
    // `tls: {}` asks for TLS with the controller's default certificate: a tls entry with hosts only.
    if (tls) ir.ingress.tls = tls.secretName ? { secretName: tls.secretName } : {};
  }
  const monitor = spec.monitoring?.serviceMonitor;
  if (monitor?.enabled) {
    ir.serviceMonitor = {};
    if (monitor.interval) ir.serviceMonitor.interval = monitor.interval;
    if (monitor.labels && Object.keys(monitor.labels).length > 0) ir.serviceMonitor.labels = { ...monitor.labels };
  }
  if (spec.gateway?.enabled) {
    const parentRefs = spec.gateway.parentRefs ?? [];
    if (parentRefs.length === 0) {
      report(
        diagnose("LG3013", locationOf(instance.doc, "/spec/gateway", "key"), "noParentRefs", {}),
      );
    }
    ir.gateway = { host: spec.gateway.host, parentRefs: parentRefs as unknown as Array<Record<string, string | number>> };
  }
  if (spec.resources) ir.resources = spec.resources as Record<string, unknown>;
  return ir;
}

function detach(model: ModelResource, report: Report): DetachedModel {
  const secretRef = model.value.spec.connectionRef?.secretRef;
  report(
    secretRef
      ? diagnose("LG3012", locationOf(model.doc, "/spec/connectionRef", "key"), "externalProxy", { namespace: model.namespace, name: model.name, secret: secretRef.secretName ?? "(unnamed)" })
      : diagnose("LG3012", locationOf(model.doc, "/metadata/name"), "unbound", { namespace: model.namespace, name: model.name }),
  );
  return {
    name: model.name,
    namespace: model.namespace,
    modelName: model.value.spec.modelName ?? model.name,
    model: model.value.spec.litellmParams?.model ?? "",
    source: locationOf(model.doc, "/metadata/name"),
  };
}

/** Every `os.environ/NAME` the proxy will read must be an env variable of its container. */
function checkEnvReferences(
  doc: ParsedDocument,
  pointer: string,
  value: unknown,
  envNames: ReadonlySet<string>,
  report: Report,
): void {
  if (typeof value === "string") {
    const name = environName(value);
    if (name === undefined || envNames.has(name)) return;
    report(
      name === ""
        ? diagnose("LG4003", locationOf(doc, pointer), "noName", { value })
        : diagnose("LG4003", locationOf(doc, pointer), "notSet", { name }),
    );
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkEnvReferences(doc, `${pointer}/${i}`, item, envNames, report));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) checkEnvReferences(doc, childPointer(pointer, key), item, envNames, report);
  }
}

/**
 * A tag without a version number (`latest`, `main-latest`, `main-stable`, `lts`) or no tag at
 * all: the image changes under the same name. `main-v1.72.6-stable` names one release.
 */
export function isUnpinned(image: string): boolean {
  if (image.includes("@sha256:")) return false;
  const lastSegment = image.slice(image.lastIndexOf("/") + 1);
  const colon = lastSegment.lastIndexOf(":");
  if (colon < 0) return true;
  const tag = lastSegment.slice(colon + 1);
  return !/[0-9]/.test(tag) || /(^|-)latest$/.test(tag);
}

/** `spec.flux.enabled` means "emit the Flux objects"; without a repository URL there is nothing they could point at. */
function checkFlux(project: Project, report: Report): void {
  const flux = project.config?.value.spec?.flux;
  if (!project.config || !flux?.enabled || flux.gitRepository?.url) return;
  report(
    diagnose("LG4008", locationOf(project.config.doc, "/spec/flux/enabled"), "noUrl", {}),
  );
}

/**
 * A Secret that several instances of one namespace read gets one ExternalSecret for the
 * namespace (IR.sharedSecrets, emitted in DIR/<namespace>/_shared/) with every key any reader
 * needs; each reader's SecretIR is marked `shared` and emits none of its own. Secrets made in
 * the cluster emit nothing either way. A remote key template that uses {{instance}} cannot
 * name one remote key for a Secret several instances share: LG4009.
 */
function shareSecrets(instances: InstanceIR[], settings: IR["settings"], report: Report): SharedSecretIR[] {
  const readers = new Map<string, InstanceIR[]>();
  for (const instance of instances) {
    for (const secret of instance.secrets) {
      if (secret.madeBy) continue;
      const key = resourceKey(instance.namespace, secret.name);
      if (!readers.has(key)) readers.set(key, []);
      readers.get(key)!.push(instance);
    }
  }
  const perInstance = templatesUseInstance(settings);
  const shared: SharedSecretIR[] = [];
  for (const [key, list] of readers) {
    if (list.length < 2) continue;
    const [first, second] = list as [InstanceIR, InstanceIR];
    const name = key.slice(key.indexOf("/") + 1);
    if (perInstance) {
      report(
        diagnose("LG4009", second.source, "perInstanceKey", { key, name: first.name }),
      );
      continue;
    }
    // The remote references agree between readers: the templates do not use {{instance}} (above).
    const keys = new Map<string, SecretKeyIR>();
    for (const instance of list) {
      const secret = instance.secrets.find((s) => s.name === name)!;
      for (const k of secret.keys) {
        const seen = keys.get(k.key);
        // A key one reader needs and another may miss is needed.
        if (!seen || (seen.optional && !k.optional)) keys.set(k.key, k);
      }
      secret.shared = true;
    }
    shared.push({
      name,
      namespace: first.namespace,
      keys: [...keys.values()].sort((a, b) => compareStrings(a.key, b.key)),
      readers: list.map((i) => i.name).sort(compareStrings),
    });
  }
  return shared.sort((a, b) => compareStrings(a.namespace, b.namespace) || compareStrings(a.name, b.name));
}

/** Whether a remote key or property template reads {{instance}}: then the remote reference differs per instance. */
function templatesUseInstance(settings: IR["settings"]): boolean {
  return [settings.remoteKeyTemplate, settings.remotePropertyTemplate].some((t) => /\{\{[^}]*\binstance\b[^}]*\}\}/.test(t));
}

/**
 * Each credential's env variable, unique in the container by construction (credentialEnvNames),
 * written into the uses and into each model's `credentials`.
 */
function nameCredentialVariables(instance: InstanceResource, resolved: ResolvedModel[]): CredentialUse[] {
  const reserved = new Set([...FIXED_ENV_NAMES, ...(instance.value.spec.extraEnvVars ?? []).map((e) => e.name)]);
  const names = credentialEnvNames(resolved.flatMap((r) => r.uses), reserved);
  for (const r of resolved) {
    for (const use of r.uses) use.env = names.get(pairId(use.secretName, use.key))!;
    r.model.credentials = r.uses.map(({ param, env }) => ({ param, env }));
  }
  return resolved.flatMap((r) => r.uses);
}

/**
 * An optional key (the default mapping's apiBase) can be fetched from the store only when the
 * templates allow `dataFrom.extract` (remote-key.ts optionalKeysFetchable); otherwise it is not
 * wired, and a warning at the model says how to read it.
 */
function dropUnfetchableOptionalKeys(
  instance: InstanceResource,
  resolved: ResolvedModel[],
  settings: IR["settings"],
  producers: readonly SecretProducer[],
  report: Report,
): void {
  if (!settings.externalSecrets || optionalKeysFetchable(settings)) return;
  for (const r of resolved) {
    const dropped = r.uses.filter((u) => u.optional && !clusterMade(instance.namespace, u.secretName, producers, settings.clusterSecrets));
    if (dropped.length === 0) continue;
    r.uses = r.uses.filter((u) => !dropped.includes(u));
    const first = dropped[0]!;
    report(
      diagnose("LG4031", locationOf(first.doc, first.pointer, "key"), "optionalKeys", { params: dropped.map((u) => u.param).join(", "), secretName: first.secretName, remoteKeyTemplate: JSON.stringify(settings.remoteKeyTemplate), remotePropertyTemplate: JSON.stringify(settings.remotePropertyTemplate), moreKeys: dropped.map((u) => `, ${u.param}: <key>`).join("") }),
    );
  }
}
