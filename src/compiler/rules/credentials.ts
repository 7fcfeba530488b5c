import { childPointer } from "../pointer.js";
import { diagnose, type Report } from "../diagnostics.js";
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
        diagnose("LG3008", locationOf(doc, `${pointer}/${field}`), "credentialUrl", { field, secretField: isModel ? "spec.modelSecretRef" : "modelCredentials" }),
      );
    }
    for (const field of CREDENTIAL_FIELDS) {
      const value = params[field];
      // `os.environ/NAME` is what LiteLLM reads from the environment, whatever NAME looks like (src/litellm/environ.ts).
      if (typeof value !== "string" || isEnvironReference(value)) continue;
      report(
        isModel
          ? diagnose("LG3008", locationOf(doc, `${pointer}/${field}`), "literalModelParam", { field })
          : diagnose("LG3008", locationOf(doc, `${pointer}/${field}`), "literalInstanceParam", { field }),
      );
    }
  }
  for (const instance of project.instances) {
    if (typeof instance.value.spec.masterKey === "string") {
      report(
        diagnose("LG3008", locationOf(instance.doc, "/spec/masterKey"), "literalMasterKey", { name: instance.name }),
      );
    }
    (instance.value.spec.extraEnvVars ?? []).forEach((envVar, i) => {
      const value: unknown = envVar.value;
      if (typeof value !== "string" || value === "" || isEnvironReference(value)) return;
      const name = typeof envVar.name === "string" ? envVar.name : "";
      if (!isSensitiveEnvName(name) && !isLiteralSecret("", value)) return;
      report(
        diagnose("LG3008", locationOf(instance.doc, `/spec/extraEnvVars/${i}/value`), "literalEnvValue", { i, name, variable: name || "MY_VARIABLE", key: name || "MY_KEY" }),
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

/**
 * Where a literal in a settings object should go instead, as LG3008's hint says it: the
 * instance's settings (and a model's passthrough) read an `os.environ/` variable set from a
 * Secret in extraEnvVars; a Guardrail's or MCPServer's params map a key of the resource's
 * Secret; a Callback's settings read a variable set from its Secret; a Team's, User's or
 * VirtualKey's free-form fields have no way to read a Secret at all.
 */
export type LiteralAdvice = "literalSetting" | "literalIntegrationParam" | "literalCallbackSetting" | "literalAccessField";

/** Secrets hidden in the free-form settings objects, at any depth. */
export function checkSettings(
  doc: Parameters<typeof locationOf>[0],
  pointer: string,
  value: object,
  report: Report,
  advice: LiteralAdvice = "literalSetting",
): void {
  for (const [key, child] of Object.entries(value)) {
    const here = childPointer(pointer, key);
    if (child && typeof child === "object") {
      checkSettings(doc, here, child, report, advice);
    } else if (typeof child === "string" && isLiteralSecret(key, child)) {
      report(diagnose("LG3008", locationOf(doc, here), advice, { key }));
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
        emitsExternalSecret
          ? diagnose("LG3009", locationOf(secret.doc, `/${field}`, "key"), "externalSecretEmitted", { namespace: secret.namespace, name: secret.name, field })
          : diagnose("LG3009", locationOf(secret.doc, `/${field}`, "key"), "notEmitted", { namespace: secret.namespace, name: secret.name, field }),
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
