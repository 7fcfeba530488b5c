import { diagnose, type Report } from "../diagnostics.js";
import { locationOf, type ParsedDocument } from "../parse/locate.js";
import type { Project } from "../resources.js";
import type { LiteLLMInstanceSpec } from "../types/litellm-instance.js";
import { NAME_MAX_BYTES, externalSecretFileName } from "../../output-names.js";

/** A Secret's data key, as Kubernetes (and the ExternalSecret CRD's `secretKey`) accepts it. */
const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * The longest instance name whose derived names stay valid: the selector label
 * `app: litellm-<instance>` is a label value (63 characters at most), and the
 * Service `<instance>-service` a DNS-1035 label (63, starting with a letter).
 */
export const MAX_INSTANCE_NAME = 63 - "litellm-".length;

export function checkNames(project: Project, report: Report): void {
  for (const instance of project.instances) {
    checkName(instance.doc, "/metadata/name", instance.name, "LiteLLMInstance name", "label", MAX_INSTANCE_NAME, report);
    const spec = instance.value.spec;
    const secretRefs: Array<[string, string | undefined]> = [
      ["/spec/databaseSecretRef/nameRef", spec.databaseSecretRef?.nameRef],
      ["/spec/redisSecretRef/nameRef", spec.redisSecretRef?.nameRef],
      ["/spec/masterKeySecretRef/secretName", spec.masterKeySecretRef?.secretName],
      ["/spec/ingress/tls/secretName", spec.ingress?.tls?.secretName],
      ...(spec.models ?? []).map(
        (m, i) => [`/spec/models/${i}/modelCredentials/nameRef`, m.modelCredentials?.nameRef] as [string, string | undefined],
      ),
    ];
    (spec.extraEnvVars ?? []).forEach((envVar, i) => {
      const ref = envVar.valueFrom?.secretKeyRef;
      if (!ref) return;
      const pointer = `/spec/extraEnvVars/${i}/valueFrom/secretKeyRef`;
      if (ref.name === undefined) {
        report(
          diagnose("LG3005", locationOf(instance.doc, pointer, "key"), "envSecretWithoutName", { i, name: envVar.name }),
        );
      } else {
        secretRefs.push([`${pointer}/name`, ref.name]);
      }
    });
    for (const [pointer, name] of secretRefs) {
      if (name !== undefined) checkSecretName(instance.doc, pointer, name, report);
    }
    for (const [pointer, key] of secretKeysOf(spec)) checkSecretKey(instance.doc, pointer, key, report);
  }
  for (const model of project.models) {
    checkName(model.doc, "/metadata/name", model.name, "Model name", "subdomain", 253, report);
    const secretName = model.value.spec.modelSecretRef?.secretName;
    if (secretName !== undefined) checkSecretName(model.doc, "/spec/modelSecretRef/secretName", secretName, report);
    for (const [param, key] of Object.entries(model.value.spec.modelSecretRef?.keys ?? {})) {
      if (typeof key === "string") checkSecretKey(model.doc, `/spec/modelSecretRef/keys/${param}`, key, report);
    }
  }
  for (const resource of [...project.instances, ...project.models]) {
    const given = (resource.value.metadata as { namespace?: unknown }).namespace;
    if (typeof given === "string") {
      checkName(resource.doc, "/metadata/namespace", given, "namespace", "label", 63, report);
    }
  }
}

/**
 * A Secret's name is also part of a file name: its ExternalSecret is written to
 * `externalsecret-<name>.yaml` (src/output-names.ts), and file systems allow 255 bytes a name.
 * A valid Secret name of 236–253 characters would pass Kubernetes and fail the build's write,
 * so it is reported here, where the name is.
 */
/** LG3005 unless `name` is a valid Secret name, LG3020 when its ExternalSecret's file name would be too long; true when neither. */
export function checkSecretName(doc: ParsedDocument, pointer: string, name: string, report: Report): boolean {
  const valid = checkName(doc, pointer, name, "Secret name", "subdomain", 253, report);
  const file = externalSecretFileName(name);
  const bytes = Buffer.byteLength(file, "utf8");
  if (bytes <= NAME_MAX_BYTES || name.length > 253) return valid;
  const max = NAME_MAX_BYTES - (bytes - Buffer.byteLength(name, "utf8"));
  report(
    diagnose("LG3020", locationOf(doc, pointer), "fileNameTooLong", { length: name.length, bytes, limit: NAME_MAX_BYTES, max }),
  );
  return false;
}

/** LG3005 unless `name` is a valid Kubernetes name of the form and length; true when it is. */
export function checkName(
  doc: ParsedDocument,
  pointer: string,
  name: string,
  what: string,
  form: "label" | "subdomain",
  max: number,
  report: Report,
): boolean {
  const pattern = form === "label" ? DNS_LABEL : DNS_SUBDOMAIN;
  const problems: string[] = [];
  // A look-alike (U+2011 in `gpt‑4o`) prints exactly like the valid name: say which character it is.
  const foreign = [...new Set(name.match(/[^\x20-\x7e]/gu) ?? [])].map(
    (c) => "U+" + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0"),
  );
  if (foreign.length > 0) problems.push(`contains ${foreign.join(", ")}, which ${foreign.length === 1 ? "is not a printable ASCII character" : "are not printable ASCII characters"}`);
  if (!pattern.test(name)) {
    problems.push(
      form === "label"
        ? "must be lowercase letters, digits and '-', starting and ending with a letter or digit (RFC 1123 label)"
        : "must be lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (RFC 1123 subdomain)",
    );
  }
  if (name.length > max) problems.push(`is ${name.length} characters long; at most ${max} are allowed here`);
  if (what === "LiteLLMInstance name" && /^[0-9]/.test(name)) {
    problems.push("must start with a letter, because the Service named after it is an RFC 1035 label");
  }
  if (problems.length === 0) return true;
  const suggestion = sanitize(name, max);
  const shown = JSON.stringify(name.length > 64 ? name.slice(0, 60) + "…" : name);
  report(
    suggestion && suggestion !== name
      ? diagnose("LG3005", locationOf(doc, pointer), "invalidWithExample", { what, name: shown, problems: problems.join("; "), suggestion })
      : diagnose("LG3005", locationOf(doc, pointer), "invalid", { what, name: shown, problems: problems.join("; ") }),
  );
  return false;
}

function sanitize(name: string, max: number): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, "-")
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "")
    .slice(0, max)
    .replace(/[^a-z0-9]+$/, "");
}

/** Every Secret data key an instance reads, with where it is written. */
function secretKeysOf(spec: LiteLLMInstanceSpec): Array<[string, string]> {
  const keys: Array<[string, string]> = [];
  const add = (pointer: string, record: object | undefined) => {
    for (const [field, key] of Object.entries(record ?? {})) if (typeof key === "string") keys.push([`${pointer}/${field}`, key]);
  };
  add("/spec/databaseSecretRef/keys", spec.databaseSecretRef?.keys);
  add("/spec/redisSecretRef/keys", spec.redisSecretRef?.keys);
  if (spec.masterKeySecretRef) keys.push(["/spec/masterKeySecretRef/key", spec.masterKeySecretRef.key]);
  spec.models?.forEach((m, i) => add(`/spec/models/${i}/modelCredentials/keys`, m.modelCredentials?.keys));
  spec.extraEnvVars?.forEach((e, i) => {
    const key = e.valueFrom?.secretKeyRef?.key;
    if (typeof key === "string") keys.push([`/spec/extraEnvVars/${i}/valueFrom/secretKeyRef/key`, key]);
  });
  return keys;
}

export function checkSecretKey(doc: ParsedDocument, pointer: string, key: string, report: Report): void {
  if (SECRET_KEY.test(key) && key.length <= 253) return;
  report(
    diagnose("LG3015", locationOf(doc, pointer), "invalidKey", { key: JSON.stringify(key.length > 64 ? key.slice(0, 61) + "..." : key) }),
  );
}
