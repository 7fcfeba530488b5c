// Validates emitted objects against the UPSTREAM schemas copied into test/upstream-schemas/
// (see its README.md and INDEX.tsv), routed by apiVersion/kind the way kubeconform routes them.
// The point is an independent check: these schemas are Kubernetes' and the CRD authors', not ours.
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

const SCHEMA_DIR = fileURLToPath(new URL("../upstream-schemas/", import.meta.url));

export interface UpstreamResult {
  ok: boolean;
  errors: string[];
  /** Schema file used, relative to test/upstream-schemas/ (empty when none matched). */
  schema: string;
}

/**
 * CRDs, keyed by "apiVersion kind". An explicit table rather than a computed name, because the
 * copied files are flattened (datree's catalog keeps the group as a folder, we don't): the group
 * must still match, or e.g. a `foo.example.com/v1 HTTPRoute` would borrow Gateway API's schema.
 */
export const CRD_SCHEMAS: Readonly<Record<string, string>> = {
  "external-secrets.io/v1 ExternalSecret": "crds/externalsecret_v1.json",
  "external-secrets.io/v1 SecretStore": "crds/secretstore_v1.json",
  "external-secrets.io/v1 ClusterSecretStore": "crds/clustersecretstore_v1.json",
  "gateway.networking.k8s.io/v1 HTTPRoute": "crds/httproute_v1.json",
  "monitoring.coreos.com/v1 ServiceMonitor": "crds/servicemonitor_v1.json",
  "argoproj.io/v1alpha1 Application": "crds/application_v1alpha1.json",
  "kustomize.toolkit.fluxcd.io/v1 Kustomization": "crds/kustomization_v1.json",
  "source.toolkit.fluxcd.io/v1 GitRepository": "crds/gitrepository_v1.json",
  "source.toolkit.fluxcd.io/v1 OCIRepository": "crds/ocirepository_v1.json",
  "source.toolkit.fluxcd.io/v1 HelmRepository": "crds/helmrepository_v1.json",
  "helm.toolkit.fluxcd.io/v2 HelmRelease": "crds/helmrelease_v2.json",
};

/**
 * Built-in kinds use kubeconform's file naming: `v1` → `<kind>-v1.json`,
 * `<group>/<version>` → `<kind>-<first label of group>-<version>.json`, all lower-case.
 * Only groups that are built-in (no dot, or ending in `.k8s.io`) are tried, so a CRD group that
 * happens to start with `apps.` cannot land on deployment-apps-v1.json. (The k8s schemas also pin
 * apiVersion/kind with an enum, so such a mix-up would fail anyway; this keeps the message clear.)
 */
export function schemaFileFor(apiVersion: string, kind: string): string | undefined {
  const crd = CRD_SCHEMAS[`${apiVersion} ${kind}`];
  if (crd !== undefined) return crd;
  const slash = apiVersion.indexOf("/");
  const k = kind.toLowerCase();
  if (slash < 0) return `k8s/${k}-${apiVersion.toLowerCase()}.json`;
  const group = apiVersion.slice(0, slash);
  const version = apiVersion.slice(slash + 1);
  if (group.includes(".") && !group.endsWith(".k8s.io")) return undefined;
  const firstLabel = group.split(".")[0] ?? group;
  return `k8s/${k}-${firstLabel.toLowerCase()}-${version.toLowerCase()}.json`;
}

// ajv-formats is CommonJS with `exports.default`; depending on the loader (Node ESM vs vitest)
// the default import is either the plugin or the module object holding it.
type FormatsPlugin = (ajv: Ajv) => Ajv;
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  (addFormatsModule as unknown as FormatsPlugin);

function makeAjv(): Ajv {
  // strict: false because the schemas carry Kubernetes vendor keywords (x-kubernetes-*) and
  // OpenAPI's `nullable`; allErrors so a failing test lists every problem at once.
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  // Standard JSON Schema formats used by the CRDs (date-time, ipv4, ipv6) are asserted.
  addFormats(ajv);
  // Kubernetes/OpenAPI formats that JSON Schema doesn't define are accepted as-is (as the
  // reference README asks): `type` already constrains the value (integer / string).
  for (const f of ["int32", "int64", "byte", "int-or-string", "quantity", "double", "float", "password"]) {
    ajv.addFormat(f, true);
  }
  return ajv;
}

const ajv = makeAjv();
const compiled = new Map<string, ValidateFunction>();

function validatorFor(file: string): ValidateFunction {
  let v = compiled.get(file);
  if (v === undefined) {
    const raw = JSON.parse(readFileSync(SCHEMA_DIR + file, "utf8")) as Record<string, unknown>;
    // The k8s files declare draft-04 as `http://json-schema.org/schema#`, which ajv 8 doesn't
    // know; they use nothing draft-04-specific (no boolean exclusiveMinimum, no `id`), so
    // dropping the key and compiling as ajv's default draft is exact.
    const { $schema: _ignored, ...schema } = raw;
    v = ajv.compile(schema);
    compiled.set(file, v);
  }
  return v;
}

function formatError(e: ErrorObject): string {
  const where = e.instancePath === "" ? "/" : e.instancePath;
  const params = e.params as Record<string, unknown>;
  let detail = "";
  if (typeof params.additionalProperty === "string") detail = ` (${params.additionalProperty})`;
  else if (Array.isArray(params.allowedValues)) detail = ` (${params.allowedValues.join(", ")})`;
  return `${where} ${e.message ?? e.keyword}${detail}`;
}

export function validateUpstream(obj: unknown): UpstreamResult {
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
    return { ok: false, errors: ["not an object: no upstream schema applies"], schema: "" };
  }
  const { apiVersion, kind } = obj as { apiVersion?: unknown; kind?: unknown };
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    return { ok: false, errors: ["object has no string apiVersion/kind: no upstream schema applies"], schema: "" };
  }
  const file = schemaFileFor(apiVersion, kind);
  if (file === undefined || !existsSync(SCHEMA_DIR + file)) {
    const tried = file === undefined ? "" : ` (looked for test/upstream-schemas/${file})`;
    return { ok: false, errors: [`no upstream schema for ${apiVersion} ${kind}${tried}`], schema: "" };
  }
  const validate = validatorFor(file);
  if (validate(obj)) return { ok: true, errors: [], schema: file };
  const errors = (validate.errors ?? []).map((e) => `${file}: ${formatError(e)}`);
  return { ok: false, errors, schema: file };
}
