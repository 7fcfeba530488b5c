import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  isRecord,
  locationOf
} from "./chunk-YNR7NBTS.js";
import {
  diagnostic
} from "./chunk-Q5TSJAU2.js";

// src/compiler/resources.ts
function resourceKey(namespace, name) {
  return `${namespace}/${name}`;
}

// src/compiler/cluster-secrets.ts
var CNPG_SECRET_KEYS = [
  "dbname",
  "fqdn-jdbc-uri",
  "fqdn-uri",
  "host",
  "hostname",
  "jdbc-uri",
  "password",
  "pgpass",
  "port",
  "uri",
  "user",
  "username"
];
function isSopsEncrypted(secret) {
  return isRecord(secret.doc.value) && isRecord(secret.doc.value.sops);
}
function secretProducers(producers, secrets, defaultNamespace) {
  const found = [];
  for (const doc of producers) {
    const value = doc.value;
    const metadata = isRecord(value.metadata) ? value.metadata : {};
    if (typeof metadata.name !== "string" || metadata.name === "") continue;
    const name = metadata.name;
    const namespace = typeof metadata.namespace === "string" ? metadata.namespace : defaultNamespace;
    const spec = isRecord(value.spec) ? value.spec : {};
    const at = locationOf(doc, "/metadata/name");
    if (value.kind === "Cluster") {
      const madeBy = `CloudNativePG Cluster ${resourceKey(namespace, name)}`;
      const bootstrap = isRecord(spec.bootstrap) ? spec.bootstrap : {};
      const ownSecret = Object.values(bootstrap).some((method) => isRecord(method) && isRecord(method.secret) && typeof method.secret.name === "string");
      if (!ownSecret) found.push({ namespace, name: `${name}-app`, madeBy, keys: CNPG_SECRET_KEYS, at });
      const superuserSecret = isRecord(spec.superuserSecret) && typeof spec.superuserSecret.name === "string";
      if (spec.enableSuperuserAccess === true && !superuserSecret) found.push({ namespace, name: `${name}-superuser`, madeBy, keys: CNPG_SECRET_KEYS, at });
    } else {
      const template = isRecord(spec.template) && isRecord(spec.template.data) ? Object.keys(spec.template.data) : [];
      const encrypted = isRecord(spec.encryptedData) ? Object.keys(spec.encryptedData) : [];
      found.push({ namespace, name, madeBy: `SealedSecret ${resourceKey(namespace, name)}`, keys: [.../* @__PURE__ */ new Set([...encrypted, ...template])].sort(), at });
    }
  }
  for (const secret of secrets) {
    if (!isSopsEncrypted(secret)) continue;
    const value = secret.doc.value;
    const keys = [value.data, value.stringData].flatMap((d) => isRecord(d) ? Object.keys(d) : []);
    found.push({
      namespace: secret.namespace,
      name: secret.name,
      madeBy: `SOPS-encrypted Secret ${resourceKey(secret.namespace, secret.name)}`,
      keys: [...new Set(keys)].sort(),
      at: locationOf(secret.doc, "/metadata/name")
    });
  }
  return found;
}
function clusterMade(namespace, name, producers, configured) {
  const producer = producers.find((p) => p.namespace === namespace && p.name === name);
  if (producer) return producer.keys ? { madeBy: producer.madeBy, keys: producer.keys } : { madeBy: producer.madeBy };
  if (configured.includes(name) || configured.includes(resourceKey(namespace, name))) return { madeBy: "CompilerConfig spec.clusterSecrets" };
  return void 0;
}

// src/compiler/rules/project.ts
var DEFAULT_NAMESPACE = "default";
function assembleProject(inputs, found, failedTexts, report) {
  const configs = inputs.filter((i) => i.kind === "CompilerConfig");
  for (const extra of configs.slice(1)) {
    report(
      diagnostic(
        "LG3010",
        locationOf(extra.doc, "/kind"),
        `a project has at most one CompilerConfig; the first is ${configs[0].doc.file}:${configs[0].doc.locate("/kind").line}`,
        "Merge the two into one, or pass paths that include only one of them."
      )
    );
  }
  const configDoc = configs[0]?.valid ? configs[0].doc : void 0;
  const defaultNamespace = configuredNamespace(configDoc) ?? DEFAULT_NAMESPACE;
  const toResource = (doc) => {
    const value = doc.value;
    return {
      doc,
      name: String(value.metadata?.name ?? ""),
      namespace: typeof value.metadata?.namespace === "string" ? value.metadata.namespace : defaultNamespace,
      value: doc.value
    };
  };
  const project = {
    instances: [],
    models: [],
    secrets: found.secrets.map((doc) => {
      const { name, namespace } = toResource(doc);
      return { doc, name, namespace };
    }),
    producers: [],
    invalidInstanceKeys: /* @__PURE__ */ new Set(),
    failedTexts
  };
  project.producers = secretProducers(found.producers, project.secrets, defaultNamespace);
  if (configDoc) project.config = toResource(configDoc);
  for (const input of inputs) {
    if (input.kind === "LiteLLMInstance") {
      const resource = toResource(input.doc);
      if (input.valid) project.instances.push(resource);
      else project.invalidInstanceKeys.add(resourceKey(resource.namespace, resource.name));
    } else if (input.kind === "Model" && input.valid) {
      project.models.push(toResource(input.doc));
    }
  }
  return project;
}
function configuredNamespace(doc) {
  if (!doc || !isRecord(doc.value) || !isRecord(doc.value.spec) || !isRecord(doc.value.spec.defaults)) return void 0;
  const namespace = doc.value.spec.defaults.namespace;
  return typeof namespace === "string" ? namespace : void 0;
}

// src/compiler/resolve/settings.ts
var OPERATOR_DEFAULT_IMAGE = "ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1";
function resolveSettings(config) {
  const spec = config?.value.spec ?? {};
  const helm = spec.helm ?? {};
  const settings = {
    secretStore: { kind: spec.secretStore?.kind ?? "ClusterSecretStore", name: spec.secretStore?.name ?? "litellm" },
    remoteKeyTemplate: spec.remoteKeyTemplate ?? "litellm/{{namespace}}/{{secretName}}",
    remotePropertyTemplate: spec.remotePropertyTemplate ?? "{{key}}",
    refreshInterval: spec.refreshInterval ?? "1h",
    externalSecrets: spec.externalSecrets ?? true,
    clusterSecrets: [...spec.clusterSecrets ?? []].sort(),
    targets: spec.targets ? [...new Set(spec.targets)].sort() : ["manifests"],
    defaultNamespace: spec.defaults?.namespace ?? DEFAULT_NAMESPACE,
    defaultImage: spec.defaults?.image ?? OPERATOR_DEFAULT_IMAGE,
    helm: {
      chartRepository: helm.chart?.repository ?? "oci://ghcr.io/berriai/litellm-helm",
      chartVersion: helm.chart?.version ?? "1.85.1",
      argocd: {
        enabled: helm.argocd?.enabled ?? true,
        namespace: helm.argocd?.namespace ?? "argocd",
        project: helm.argocd?.project ?? "default",
        destinationServer: helm.argocd?.destinationServer ?? "https://kubernetes.default.svc",
        automated: helm.argocd?.syncPolicy?.automated ?? true
      },
      flux: { enabled: helm.flux?.enabled ?? true, interval: helm.flux?.interval ?? "10m" }
    }
  };
  const flux = spec.flux;
  if (flux?.enabled && flux.gitRepository?.url) {
    settings.flux = {
      gitRepository: {
        url: flux.gitRepository.url,
        ref: Object.fromEntries(Object.entries(flux.gitRepository.ref ?? { branch: "main" }).filter(([, v]) => typeof v === "string"))
      },
      path: flux.path ?? "./rendered",
      interval: flux.interval ?? "10m",
      prune: flux.prune ?? true
    };
  }
  return settings;
}

export {
  resourceKey,
  isSopsEncrypted,
  clusterMade,
  assembleProject,
  OPERATOR_DEFAULT_IMAGE,
  resolveSettings
};
