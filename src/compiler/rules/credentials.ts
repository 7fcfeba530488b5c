import { childPointer } from "../pointer.js";
import { diagnostic, type Report } from "../diagnostics.js";
import { locationOf } from "../parse/locate.js";
import { clusterMade, isSopsEncrypted } from "../cluster-secrets.js";
import { resourceKey, type Project } from "../resources.js";
import { paramsSites } from "./sites.js";
import { CREDENTIAL_FIELDS, isEnvironReference, isLiteralSecret, isSensitiveEnvName } from "../../litellm/index.js";

export function checkLiteralCredentials(project: Project, report: Report): void {
  for (const { doc, pointer, params } of paramsSites(project)) {
    const passthrough = params.additionalProp1;
    if (passthrough && typeof passthrough === "object") checkSettings(doc, `${pointer}/additionalProp1`, passthrough, report);
    const isModel = pointer === "/spec/litellmParams";
    // Any other string parameter (apiBase above all) may carry a credential in its URL.
    for (const [field, value] of Object.entries(params)) {
      if (typeof value !== "string" || (CREDENTIAL_FIELDS as readonly string[]).includes(field) || !isLiteralSecret("", value)) continue;
      report(
        diagnostic(
          "LG3008",
          locationOf(doc, `${pointer}/${field}`),
          `${field} holds a URL with a credential in it (userinfo or a query parameter); credentials must not be committed`,
          `Write the URL without the credential, and pass the credential as a parameter read from a Secret (apiKey through ${isModel ? "spec.modelSecretRef" : "modelCredentials"}).`,
        ),
      );
    }
    for (const field of CREDENTIAL_FIELDS) {
      const value = params[field];
      // `os.environ/NAME` is what LiteLLM reads from the environment, whatever NAME looks like (src/litellm/environ.ts).
      if (typeof value !== "string" || isEnvironReference(value)) continue;
      report(
        diagnostic(
          "LG3008",
          locationOf(doc, `${pointer}/${field}`),
          `${field} holds a literal credential; credentials must not be committed`,
          isModel
            ? `Remove ${field} here, store the value in the Secret named by spec.modelSecretRef and map it: ` +
                `modelSecretRef: {secretName: my-provider, keys: {${field}: MY_DATA_KEY}}`
            : `Remove ${field} here and reference a Secret: modelCredentials: {nameRef: my-provider, keys: {${field}: MY_DATA_KEY}}`,
        ),
      );
    }
  }
  for (const instance of project.instances) {
    if (typeof instance.value.spec.masterKey === "string") {
      report(
        diagnostic(
          "LG3008",
          locationOf(instance.doc, "/spec/masterKey"),
          "masterKey holds a literal credential; credentials must not be committed",
          `Remove masterKey: the proxy then reads its key from Secret ${instance.name}-master-key (data key masterKey), ` +
            "or name another with masterKeySecretRef: {secretName: <secret>, key: <data key>}.",
        ),
      );
    }
    (instance.value.spec.extraEnvVars ?? []).forEach((envVar, i) => {
      const value: unknown = envVar.value;
      if (typeof value !== "string" || value === "" || isEnvironReference(value)) return;
      const name = typeof envVar.name === "string" ? envVar.name : "";
      if (!isSensitiveEnvName(name) && !isLiteralSecret("", value)) return;
      report(
        diagnostic(
          "LG3008",
          locationOf(instance.doc, `/spec/extraEnvVars/${i}/value`),
          `extraEnvVars[${i}] (${name}) holds a literal credential in value; credentials must not be committed`,
          `Read it from a Secret instead: {name: ${name || "MY_VARIABLE"}, valueFrom: {secretKeyRef: {name: my-secret, key: ${name || "MY_KEY"}}}}; build emits the ExternalSecret for it.`,
        ),
      );
    });
    const settings = [
      ["routerSettings", instance.value.spec.routerSettings],
      ["litellmSettings", instance.value.spec.litellmSettings],
      ["generalSettings", instance.value.spec.generalSettings],
    ] as const;
    for (const [field, value] of settings) {
      if (value && typeof value === "object") checkSettings(instance.doc, `/spec/${field}`, value, report);
    }
  }
}

/** Secrets hidden in the free-form settings objects, at any depth. */
export function checkSettings(
  doc: Parameters<typeof locationOf>[0],
  pointer: string,
  value: object,
  report: Report,
  hint: (key: string) => string = (key) =>
    `Write \`${key}: os.environ/MY_VARIABLE\` and set MY_VARIABLE from a Secret in spec.extraEnvVars (valueFrom.secretKeyRef).`,
): void {
  for (const [key, child] of Object.entries(value)) {
    const here = childPointer(pointer, key);
    if (child && typeof child === "object") {
      checkSettings(doc, here, child, report, hint);
    } else if (typeof child === "string" && isLiteralSecret(key, child)) {
      report(
        diagnostic(
          "LG3008",
          locationOf(doc, here),
          `${key} holds a literal credential; credentials must not be committed`,
          hint(key),
        ),
      );
    }
  }
}

/**
 * A committed Secret carrying values: a secret in Git. Its values are never read or printed.
 * A SOPS-encrypted one is not (its values are ciphertext; it is made in the cluster on apply).
 * The hint offers the ExternalSecret only when `build` would emit one for this Secret.
 */
export function checkCommittedSecrets(project: Project, report: Report): void {
  const referenced = referencedSecrets(project);
  const configured = project.config?.value.spec?.clusterSecrets ?? [];
  const storeManaged = project.config?.value.spec?.externalSecrets !== false;
  for (const secret of project.secrets) {
    if (isSopsEncrypted(secret)) continue;
    const key = resourceKey(secret.namespace, secret.name);
    const emitsExternalSecret =
      storeManaged && referenced.has(key) && clusterMade(secret.namespace, secret.name, project.producers, configured) === undefined;
    const value = secret.doc.value as Record<string, unknown>;
    for (const field of ["data", "stringData"] as const) {
      const content = value[field];
      if (!content || typeof content !== "object" || Object.keys(content).length === 0) continue;
      report(
        diagnostic(
          "LG3009",
          locationOf(secret.doc, `/${field}`, "key"),
          `Secret ${secret.namespace}/${secret.name} carries ${field} in Git`,
          emitsExternalSecret
            ? "Delete this file and let the ExternalSecret that `litellm-gitops build` emits create the Secret from your secret store " +
                "(`litellm-gitops secrets` lists the keys to fill)."
            : "Encrypt it: with SOPS (a Secret with a top-level `sops:` block is read as made in the cluster) or as a SealedSecret " +
                "of the same name; or delete it if nothing reads it.",
        ),
      );
    }
  }
}

/**
 * `namespace/name` of every Secret an instance of the project reads (the Secrets resolve/env.ts
 * wires), for deciding what `build` would emit before resolving.
 */
function referencedSecrets(project: Project): Set<string> {
  const found = new Set<string>();
  for (const instance of project.instances) {
    const spec = instance.value.spec;
    const add = (name: string | undefined) => name && found.add(resourceKey(instance.namespace, name));
    add(spec.masterKeySecretRef?.secretName ?? `${instance.name}-master-key`);
    add(spec.databaseSecretRef?.nameRef);
    add(spec.redisSecretRef?.nameRef);
    for (const model of spec.models ?? []) if (model.requiresAuth) add(model.modelCredentials?.nameRef);
    for (const envVar of spec.extraEnvVars ?? []) add(envVar.valueFrom?.secretKeyRef?.name);
  }
  for (const model of project.models) {
    const instanceRef = model.value.spec.connectionRef?.instanceRef;
    if (instanceRef?.name && model.value.spec.modelSecretRef.secretName) {
      found.add(resourceKey(instanceRef.namespace ?? model.namespace, model.value.spec.modelSecretRef.secretName));
    }
  }
  return found;
}
