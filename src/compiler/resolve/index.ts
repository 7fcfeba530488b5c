import { diagnostic, type Report } from "../diagnostics.js";
import { compareStrings } from "../../compare.js";
import type { DetachedModel, InstanceIR, IR, SecretIR } from "../ir.js";
import { locationOf } from "../parse/locate.js";
import type { ParsedDocument } from "../parse/locate.js";
import { childPointer } from "../pointer.js";
import { resourceKey, type InstanceResource, type ModelResource, type Project } from "../resources.js";
import { resolveAccess } from "./access.js";
import { optionalKeysFetchable } from "../remote-key.js";
import { resolveEnv, FIXED_ENV_NAMES, type SecretRead } from "./env.js";
import { credentialEnvNames, pairId } from "./credentials.js";
import { resolveInstanceModel, resolveModelResource, type CredentialUse, type ResolvedModel } from "./models.js";
import { resolveProxySettings } from "./proxy-settings.js";
import { remoteRefRenderer, withRemoteRefs, type RemoteRefOf } from "./remote-refs.js";
import { markClusterSecrets } from "./secret-origins.js";
import { resolveSettings } from "./settings.js";
import { clusterMade } from "../cluster-secrets.js";
import type { SecretProducer } from "../resources.js";
import { environName } from "../../litellm/index.js";

/** resources ──resolve──▶ IR: references, secrets and env bindings, each checked where it is written. */
export function resolve(project: Project, report: Report): IR {
  const settings = resolveSettings(project.config);
  const remoteRef = remoteRefRenderer(project, settings, report);
  checkFlux(project, report);

  const modelsByInstance = new Map<string, ModelResource[]>();
  const detachedModels: DetachedModel[] = [];
  for (const model of project.models) {
    const ref = model.value.spec.connectionRef;
    if (ref?.instanceRef?.name) {
      const key = resourceKey(ref.instanceRef.namespace ?? model.namespace, ref.instanceRef.name);
      if (!modelsByInstance.has(key)) modelsByInstance.set(key, []);
      modelsByInstance.get(key)!.push(model);
    } else {
      detachedModels.push(detach(model, report));
    }
  }

  const instances = [...project.instances]
    .sort((a, b) => compareStrings(resourceKey(a.namespace, a.name), resourceKey(b.namespace, b.name)))
    .map((instance) =>
      resolveInstance(instance, modelsByInstance.get(resourceKey(instance.namespace, instance.name)) ?? [], settings, remoteRef, project.producers, report),
    );
  // A VirtualKey's keySecretRef Secret is read like every other: remote refs rendered, cluster-made ones marked.
  const keySecrets = (instance: { name: string; namespace: string }, reads: SecretRead[]): SecretIR[] =>
    withRemoteRefs(instance, reads, remoteRef).map((s) => {
      const origin = clusterMade(instance.namespace, s.name, project.producers, settings.clusterSecrets);
      return origin ? { ...s, madeBy: origin.madeBy } : s;
    });
  const externalProxies = resolveAccess(project, instances, keySecrets, report);
  if (settings.externalSecrets) checkSharedSecrets(instances, report);
  detachedModels.sort((a, b) => compareStrings(resourceKey(a.namespace, a.name), resourceKey(b.namespace, b.name)));
  return { settings, instances, detachedModels, externalProxies };
}

function resolveInstance(
  instance: InstanceResource,
  models: readonly ModelResource[],
  settings: IR["settings"],
  remoteRef: RemoteRefOf,
  producers: readonly SecretProducer[],
  report: Report,
): InstanceIR {
  const spec = instance.value.spec;
  const resolved: ResolvedModel[] = [
    ...(spec.models ?? []).map((_, i) => resolveInstanceModel(instance, i, report)),
    ...models.map((m) => resolveModelResource(m, report)),
  ];
  const modelNames = new Set(resolved.map((r) => r.model.modelName));
  dropUnfetchableOptionalKeys(instance, resolved, settings, producers, report);
  const uses = nameCredentialVariables(instance, resolved);
  const { env, masterKey, secrets: read } = resolveEnv(instance, uses, report);
  const secrets = markClusterSecrets(instance, withRemoteRefs(instance, read, remoteRef), uses, producers, settings.clusterSecrets, report);
  const proxy = resolveProxySettings(instance, modelNames, report);
  if (spec.databaseSecretRef && !spec.saltKeySecretRef) {
    report(
      diagnostic(
        "LG4034",
        locationOf(instance.doc, "/spec/databaseSecretRef", "key"),
        "a database is configured without saltKeySecretRef: LiteLLM then encrypts the credentials it stores there with the master key, and rotating the master key makes them unreadable",
        "Add saltKeySecretRef: {secretName: <secret>, key: <key>} with a random value that never changes (when moving from the operator, keep its master key too: masterKeySecretRef: {secretName: <instance>-secrets, key: masterkey}).",
      ),
    );
  }

  const envNames = new Set(env.map((e) => e.name));
  for (const section of ["routerSettings", "litellmSettings", "generalSettings"] as const) {
    checkEnvReferences(instance.doc, `/spec/${section}`, spec[section], envNames, report);
  }
  for (const r of resolved) checkEnvReferences(r.doc, r.paramsPointer, { ...r.model.params, ...r.model.passthrough }, envNames, report);

  const image = spec.image ?? settings.defaultImage;
  if (isUnpinned(image)) {
    report(
      diagnostic(
        "LG3011",
        locationOf(instance.doc, spec.image ? "/spec/image" : "/metadata/name"),
        `image ${image} is not pinned: every pod restart may run a different LiteLLM`,
        "Pin a release tag (ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1) or a digest (@sha256:…).",
      ),
    );
  }

  const ir: InstanceIR = {
    name: instance.name,
    namespace: instance.namespace,
    source: locationOf(instance.doc, "/metadata/name"),
    image,
    replicas: spec.replicas ?? 1,
    models: resolved
      .map((r) => r.model)
      .sort((a, b) => compareStrings(a.modelName, b.modelName) || compareStrings(a.id, b.id)),
    masterKey,
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
        diagnostic(
          "LG3013",
          locationOf(instance.doc, "/spec/gateway", "key"),
          "gateway is enabled but names no parentRefs: an HTTPRoute attached to no Gateway routes nothing",
          "Add parentRefs: [{name: my-gateway, namespace: gateway-system}] under spec.gateway.",
        ),
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
    diagnostic(
      "LG3012",
      locationOf(model.doc, "/spec/connectionRef", "key"),
      `Model ${model.namespace}/${model.name} connects through Secret ${secretRef?.secretName ?? "(unnamed)"} to a proxy this project does not deploy; it is compiled into no config`,
      "Use connectionRef.instanceRef to add it to an instance of this project; `litellm-gitops list` shows such models.",
    ),
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
        ? diagnostic(
            "LG4003",
            locationOf(doc, pointer),
            `${value} names no variable; LiteLLM would read it as empty`,
            "Write os.environ/NAME and set NAME in spec.extraEnvVars from a Secret.",
          )
        : diagnostic(
            "LG4003",
            locationOf(doc, pointer),
            `os.environ/${name} is not set on the proxy container; LiteLLM would read it as empty`,
            `Add it to spec.extraEnvVars: {name: ${name}, valueFrom: {secretKeyRef: {name: <secret>, key: <key>}}}.`,
          ),
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
    diagnostic(
      "LG4008",
      locationOf(project.config.doc, "/spec/flux/enabled"),
      "spec.flux is enabled but names no gitRepository.url: no Flux objects can be emitted",
      "Add gitRepository: {url: https://github.com/<org>/<repo>, ref: {branch: main}} under spec.flux, or remove enabled.",
    ),
  );
}

/**
 * Each instance emits an ExternalSecret per Secret it reads, named as the Secret; two instances
 * of one namespace reading the same Secret would emit two objects with one name (kustomize
 * refuses them, and two Argo CD applications would fight over it).
 */
function checkSharedSecrets(instances: readonly InstanceIR[], report: Report): void {
  const owner = new Map<string, InstanceIR>();
  for (const instance of instances) {
    for (const secret of instance.secrets) {
      if (secret.madeBy) continue; // no ExternalSecret: nothing to collide
      const key = resourceKey(instance.namespace, secret.name);
      const first = owner.get(key);
      if (!first) {
        owner.set(key, instance);
        continue;
      }
      report(
        diagnostic(
          "LG4009",
          instance.source,
          `Secret ${key} is also read by instance ${first.name}: both would emit ExternalSecret ${secret.name} in namespace ${instance.namespace}`,
          "Give each instance its own Secret (two Secrets may read the same remote key through remoteKeyTemplate), " +
            "or set spec.externalSecrets: false in the CompilerConfig and manage the shared Secret yourself.",
        ),
      );
    }
  }
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
      diagnostic(
        "LG4031",
        locationOf(first.doc, first.pointer, "key"),
        `${dropped.map((u) => u.param).join(", ")} of Secret ${first.secretName} is not read: with remoteKeyTemplate ${JSON.stringify(settings.remoteKeyTemplate)} and remotePropertyTemplate ${JSON.stringify(settings.remotePropertyTemplate)} an ExternalSecret cannot fetch a key that may be missing`,
        `Name the keys the Secret holds: modelSecretRef.keys: {apiKey: <key>${dropped.map((u) => `, ${u.param}: <key>`).join("")}} (then they are required), or use a property template of exactly {{key}} with a key template without {{key}}.`,
      ),
    );
  }
}
