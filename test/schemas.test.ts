// The input schemas (schemas/*.schema.json) and their generated types: up to date, faithful to
// the operator's CRDs field by field, fully described, and enforcing the stricter rules and
// the extensions of docs/schemas.md.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { SCHEMA_ANNOTATION_KEYWORDS, SCHEMA_FORMATS } from "../src/compiler/types/index.js";
import type { CompilerConfig } from "../src/compiler/types/compiler-config.js";
import type { LiteLLMInstance } from "../src/compiler/types/litellm-instance.js";
import type { Model } from "../src/compiler/types/model.js";

// ajv-formats is CommonJS with `exports.default`: depending on the loader (Node ESM or vitest)
// the default import is the plugin itself or the module object holding it.
type FormatsPlugin = (ajv: Ajv) => Ajv;
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  (addFormatsModule as unknown as FormatsPlugin);

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const EXTENSION = "x-litellm-gitops-extension";
const EXTENSION_PREFIX = "Extension (litellm-gitops):";

type Schema = { [key: string]: unknown };
type GeneratedFiles = Record<string, string>;
interface GenSchemasModule {
  generate(options?: { root?: string }): Promise<GeneratedFiles>;
}
interface GenTypesModule {
  generate(options?: { root?: string }): Promise<GeneratedFiles>;
}

async function importScript<T>(name: string): Promise<T> {
  // The generators are plain .mjs without declarations; a computed specifier keeps tsc from
  // looking for them, and the interfaces above state what the tests use.
  return (await import(pathToFileURL(join(ROOT, "scripts", name)).href)) as T;
}

const isObject = (v: unknown): v is Schema => typeof v === "object" && v !== null && !Array.isArray(v);
const readJson = (rel: string): Schema => JSON.parse(readFileSync(join(ROOT, rel), "utf8")) as Schema;
const props = (node: Schema): Record<string, unknown> => (isObject(node.properties) ? node.properties : {});

const instanceSchema = readJson("schemas/litellminstance.schema.json");
const modelSchema = readJson("schemas/model.schema.json");
const configSchema = readJson("schemas/compilerconfig.schema.json");
/** The operator's auth.litellm.ai kinds: kind, schema file slug, CRD plural. */
const AUTH_KINDS = [
  ["Team", "team", "teams"],
  ["User", "user", "users"],
  ["VirtualKey", "virtualkey", "virtualkeys"],
  ["TeamMemberAssociation", "teammemberassociation", "teammemberassociations"],
] as const;
const authSchemas = Object.fromEntries(AUTH_KINDS.map(([kind, slug]) => [kind, readJson(`schemas/${slug}.schema.json`)]));
const SCHEMAS: Record<string, Schema> = {
  "schemas/litellminstance.schema.json": instanceSchema,
  "schemas/model.schema.json": modelSchema,
  "schemas/compilerconfig.schema.json": configSchema,
  ...Object.fromEntries(AUTH_KINDS.map(([kind, slug]) => [`schemas/${slug}.schema.json`, authSchemas[kind]!])),
  "schemas/guardrail.schema.json": readJson("schemas/guardrail.schema.json"),
  "schemas/mcpserver.schema.json": readJson("schemas/mcpserver.schema.json"),
  "schemas/callback.schema.json": readJson("schemas/callback.schema.json"),
};

function makeAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  for (const format of SCHEMA_FORMATS) if (!ajv.formats[format]) ajv.addFormat(format, true);
  ajv.addVocabulary([...SCHEMA_ANNOTATION_KEYWORDS]);
  return ajv;
}
const ajv = makeAjv();
const validateInstance = ajv.compile(instanceSchema);
const validateModel = ajv.compile(modelSchema);
const validateConfig = ajv.compile(configSchema);

function errorsOf(validate: ValidateFunction, value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

/** Every node reached through `properties` and `items`, by dotted path (`a.b[].c`). */
function propertyPaths(node: Schema, path = "", out = new Map<string, Schema>()): Map<string, Schema> {
  for (const [name, sub] of Object.entries(props(node))) {
    if (!isObject(sub)) continue;
    const p = path ? `${path}.${name}` : name;
    out.set(p, sub);
    propertyPaths(sub, p, out);
  }
  if (isObject(node.items)) {
    out.set(`${path}[]`, node.items);
    propertyPaths(node.items, `${path}[]`, out);
  }
  return out;
}

/** The kind of value a schema node admits, comparable between the CRD and our schema. */
function typeSignature(node: Schema): string {
  if (node["x-kubernetes-int-or-string"] === true) return "int-or-string";
  if (node.type !== undefined) return JSON.stringify(node.type);
  if (Array.isArray(node.anyOf)) {
    const types = node.anyOf.map((b) => (isObject(b) ? b.type : undefined)).sort();
    if (JSON.stringify(types) === JSON.stringify(["integer", "string"])) return "int-or-string";
    return `anyOf:${JSON.stringify(types)}`;
  }
  return "(any)";
}

function crdSchema(file: string): Schema {
  const crd = parseYaml(readFileSync(join(ROOT, "schemas/upstream", file), "utf8")) as Schema;
  const spec = crd.spec as { versions: { name: string; schema: { openAPIV3Schema: Schema } }[] };
  const version = spec.versions.find((v) => v.name === "v1alpha1");
  if (!version) throw new Error(`${file}: no v1alpha1`);
  const schema = structuredClone(version.schema.openAPIV3Schema);
  delete (schema.properties as Record<string, unknown>).status;
  return schema;
}

const CASES = [
  { kind: "LiteLLMInstance", crd: "litellm.litellm.ai_litellminstances.yaml", schema: instanceSchema },
  { kind: "Model", crd: "litellm.litellm.ai_models.yaml", schema: modelSchema },
  ...AUTH_KINDS.map(([kind, , plural]) => ({ kind, crd: `auth.litellm.ai_${plural}.yaml`, schema: authSchemas[kind]! })),
];
const METADATA_PATHS = new Set(["metadata", "metadata.name", "metadata.namespace", "metadata.labels", "metadata.annotations"]);

describe("generated files are up to date", () => {
  it("schemas/*.schema.json equal what scripts/gen-schemas.mjs generates", async () => {
    const gen = await importScript<GenSchemasModule>("gen-schemas.mjs");
    const files = await gen.generate();
    expect(Object.keys(files).sort()).toEqual(
      ["litellminstance", "model", ...AUTH_KINDS.map(([, slug]) => slug), "guardrail", "mcpserver", "callback"]
        .map((s) => `schemas/${s}.schema.json`)
        .sort(),
    );
    for (const [rel, content] of Object.entries(files)) {
      const committed = readFileSync(join(ROOT, rel), "utf8");
      expect(committed === content, `${rel} is stale: run npm run gen`).toBe(true);
    }
    // Deterministic: a second run gives the same bytes.
    expect(await gen.generate()).toEqual(files);
  });

  it("src/compiler/types/*.ts equal what scripts/gen-types.mjs generates", async () => {
    const gen = await importScript<GenTypesModule>("gen-types.mjs");
    const files = await gen.generate();
    expect(Object.keys(files).sort()).toEqual([
      "src/compiler/types/callback.ts",
      "src/compiler/types/compiler-config.ts",
      "src/compiler/types/guardrail.ts",
      "src/compiler/types/index.ts",
      "src/compiler/types/litellm-instance.ts",
      "src/compiler/types/mcp-server.ts",
      "src/compiler/types/model.ts",
      "src/compiler/types/team-member-association.ts",
      "src/compiler/types/team.ts",
      "src/compiler/types/user.ts",
      "src/compiler/types/virtual-key.ts",
    ]);
    for (const [rel, content] of Object.entries(files)) {
      const committed = readFileSync(join(ROOT, rel), "utf8");
      expect(committed === content, `${rel} is stale: run npm run gen`).toBe(true);
      expect(content).toContain("Generated by `npm run gen`");
      expect(content).not.toMatch(/\b20\d\d-\d\d-\d\d/); // no timestamp in the banner
    }
    expect(await gen.generate()).toEqual(files);
  });

  it("index.ts lists exactly the non-standard keywords and formats the schemas use", () => {
    const keywords = new Set<string>();
    const formats = new Set<string>();
    const visit = (v: unknown, key?: string): void => {
      if (Array.isArray(v)) v.forEach((x) => visit(x));
      else if (isObject(v)) {
        for (const [k, sub] of Object.entries(v)) {
          if (k.startsWith("x-")) keywords.add(k);
          if (k === "format" && typeof sub === "string" && key !== "properties") formats.add(sub);
          if (k !== "default" && k !== "enum" && k !== "const") visit(sub, k);
        }
      }
    };
    Object.values(SCHEMAS).forEach((s) => visit(s));
    expect([...SCHEMA_ANNOTATION_KEYWORDS]).toEqual([...keywords].sort());
    expect([...SCHEMA_FORMATS]).toEqual([...formats].sort());
    // No Kubernetes vendor keyword survives the conversion.
    expect([...keywords].filter((k) => k.startsWith("x-kubernetes-"))).toEqual([]);
  });
});

/** How many extension roots each kind has: a lost extension fails as surely as an unmarked one. */
const EXTENSION_COUNTS: Record<string, number> = { Team: 0, User: 0, VirtualKey: 1, TeamMemberAssociation: 0 };

describe.each(CASES)("$kind against its CRD, field by field", ({ kind, crd, schema }) => {
  const upstream = crdSchema(crd);
  const ours = propertyPaths(schema);
  const theirs = propertyPaths(upstream);

  it("walks a non-trivial CRD", () => {
    expect(theirs.size).toBeGreaterThan(20);
  });

  it("has every CRD field, same name, compatible type", () => {
    const problems: string[] = [];
    for (const [path, crdNode] of theirs) {
      const node = ours.get(path);
      if (!node) {
        problems.push(`${path}: missing`);
        continue;
      }
      if (path === "metadata") continue; // the CRD says only `type: object`; ours is ObjectMeta
      const want = typeSignature(crdNode);
      const got = typeSignature(node);
      if (want !== got) problems.push(`${path}: type ${got}, CRD ${want}`);
      for (const k of ["enum", "pattern", "format"] as const) {
        if (crdNode[k] === undefined) continue;
        const where = want === "int-or-string" && k !== "enum" ? findStringBranch(node) : node;
        if (JSON.stringify(where?.[k]) !== JSON.stringify(crdNode[k])) problems.push(`${path}: ${k} differs`);
      }
      if (crdNode.default !== undefined && JSON.stringify(node.default) !== JSON.stringify(crdNode.default)) {
        problems.push(`${path}: default differs`);
      }
      if (crdNode["x-kubernetes-preserve-unknown-fields"] === true) {
        if (node.additionalProperties !== true) problems.push(`${path}: CRD preserves unknown fields, ours is closed`);
      } else if (isObject(crdNode.properties) && node.additionalProperties !== false) {
        problems.push(`${path}: object with properties is not closed (additionalProperties: false)`);
      }
      // Required in the CRD: required here too, unless the API server defaults it.
      for (const name of Array.isArray(crdNode.required) ? (crdNode.required as string[]) : []) {
        const defaulted = isObject(props(crdNode)[name]) && (props(crdNode)[name] as Schema).default !== undefined;
        const required = Array.isArray(node.required) && (node.required as string[]).includes(name);
        if (!defaulted && !required) problems.push(`${path}: ${name} is required in the CRD`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("adds nothing but extensions and the documented metadata fields", () => {
    const extensionRoots = [...ours].filter(([, n]) => n[EXTENSION] === true).map(([p]) => p);
    const underExtension = (p: string): boolean =>
      extensionRoots.some((r) => p === r || p.startsWith(`${r}.`) || p.startsWith(`${r}[]`));
    const unexplained = [...ours.keys()].filter(
      (p) => !theirs.has(p) && !METADATA_PATHS.has(p) && !underExtension(p),
    );
    expect(unexplained).toEqual([]);
    for (const root of extensionRoots) {
      expect(theirs.has(root), `${root} is in the CRD but marked as an extension`).toBe(false);
      expect(String(ours.get(root)?.description).startsWith(EXTENSION_PREFIX), root).toBe(true);
    }
    if (kind in EXTENSION_COUNTS) expect(extensionRoots.length).toBe(EXTENSION_COUNTS[kind]);
    else expect(extensionRoots.length).toBeGreaterThan(3);
  });
});

function findStringBranch(node: Schema): Schema | undefined {
  return Array.isArray(node.anyOf)
    ? (node.anyOf.find((b) => isObject(b) && b.type === "string") as Schema | undefined)
    : undefined;
}

describe("descriptions and defaults", () => {
  it.each(Object.keys(SCHEMAS))("%s: every property has a non-empty description", (file) => {
    const schema = SCHEMAS[file]!;
    const missing: string[] = [];
    const visit = (node: Schema, path: string): void => {
      for (const [name, sub] of Object.entries(props(node))) {
        if (sub === true) continue; // a branch restating a property of its parent (strictRequired)
        if (!isObject(sub)) {
          missing.push(`${path}.${name}: not a schema object`);
          continue;
        }
        if (typeof sub.description !== "string" || sub.description.trim() === "") missing.push(`${path}.${name}`);
        visit(sub, `${path}.${name}`);
      }
      if (isObject(node.items)) visit(node.items, `${path}[]`);
      if (isObject(node.additionalProperties)) visit(node.additionalProperties, `${path}{}`);
      for (const k of ["anyOf", "oneOf", "allOf"]) {
        if (Array.isArray(node[k])) (node[k] as unknown[]).forEach((b) => isObject(b) && visit(b, `${path}(${k})`));
      }
    };
    expect(typeof schema.description).toBe("string");
    visit(schema, "");
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(SCHEMAS))("%s: every default is valid for its own field", (file) => {
    const bad: string[] = [];
    const visit = (node: Schema, path: string): void => {
      if (node.default !== undefined) {
        const { default: value, ...rest } = node;
        const check = makeAjv().compile({ ...rest, $id: undefined, $schema: undefined });
        if (!check(value)) bad.push(`${path}: ${JSON.stringify(value)}`);
      }
      for (const [name, sub] of Object.entries(props(node))) if (isObject(sub)) visit(sub, `${path}.${name}`);
      if (isObject(node.items)) visit(node.items, `${path}[]`);
    };
    visit(SCHEMAS[file]!, "");
    expect(bad).toEqual([]);
  });

  it("CompilerConfig's default image is the CRD's default image", () => {
    const crdImage = (props(props(instanceSchema).spec as Schema).image as Schema).default;
    const spec = props(configSchema).spec as Schema;
    const defaults = props(spec).defaults as Schema;
    expect((props(defaults).image as Schema).default).toBe(crdImage);
    expect(crdImage).toMatch(/^ghcr\.io\/berriai\/litellm/);
  });

  it("CompilerConfig: every object is closed and nothing is required", () => {
    const problems: string[] = [];
    const visit = (node: Schema, path: string): void => {
      if (node.type === "object" && isObject(node.properties) && node.additionalProperties !== false) {
        problems.push(`${path}: open`);
      }
      if (node.required !== undefined) problems.push(`${path}: requires ${JSON.stringify(node.required)}`);
      for (const [name, sub] of Object.entries(props(node))) if (isObject(sub)) visit(sub, `${path}.${name}`);
      if (isObject(node.items)) visit(node.items, `${path}[]`);
    };
    visit(configSchema, "");
    expect(problems).toEqual([]);
  });
});

// Typed fixtures: the type annotations make tsc check the generated types, ajv checks the schemas.
const minimalModel: Model = {
  apiVersion: "litellm.litellm.ai/v1alpha1",
  kind: "Model",
  metadata: { name: "gpt-4o", namespace: "litellm" },
  spec: {
    modelName: "gpt-4o",
    litellmParams: { model: "openai/gpt-4o" },
    connectionRef: { instanceRef: { name: "litellm-example" } },
    modelSecretRef: { secretName: "openai-credentials" },
  },
};

const fullModel: Model = {
  ...minimalModel,
  spec: {
    ...minimalModel.spec,
    litellmParams: {
      model: "azure/my-gpt4o",
      apiBase: "os.environ/AZURE_API_BASE",
      inputCostPerToken: "0.0000025",
      inputCostPerMillionTokens: "2.50",
      outputCostPerMillionTokens: 10,
      modelInfo: { mode: "chat", tier: "paid", baseModel: "azure/gpt-4o", accessGroups: ["beta"], anything: 1 },
    },
    modelInfo: { mode: "embedding", tier: "free", baseModel: "azure/gpt-4o", accessGroups: ["a", "b"], teamId: "t" },
    modelSecretRef: {
      secretName: "azure-credentials",
      keys: { apiKey: "AZURE_API_KEY", apiBase: "AZURE_API_BASE", apiVersion: "AZURE_API_VERSION" },
    },
  },
};

const minimalInstance: LiteLLMInstance = {
  apiVersion: "litellm.litellm.ai/v1alpha1",
  kind: "LiteLLMInstance",
  metadata: { name: "litellm-example", namespace: "litellm" },
  spec: {},
};

const fullInstance: LiteLLMInstance = {
  ...minimalInstance,
  spec: {
    image: "ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1",
    replicas: 2,
    masterKeySecretRef: { secretName: "litellm-master-key", key: "masterkey" },
    ingress: {
      enabled: true,
      host: "llm.example.com",
      className: "nginx",
      annotations: { "cert-manager.io/cluster-issuer": "letsencrypt" },
      tls: { secretName: "llm-example-com-tls" },
    },
    gateway: {
      enabled: true,
      host: "llm.example.com",
      parentRefs: [{ name: "public", namespace: "gateway-system", sectionName: "https", port: 443 }],
    },
    resources: {
      requests: { cpu: "500m", memory: "1Gi" },
      limits: { cpu: 2, memory: "2Gi" },
      claims: [{ name: "gpu" }],
    },
    routerSettings: { routing_strategy: "simple-shuffle", num_retries: 2 },
    litellmSettings: { drop_params: true },
    generalSettings: { store_model_in_db: false },
    models: [
      {
        identifier: "gpt-4o-eu",
        modelName: "gpt-4o",
        requiresAuth: true,
        modelCredentials: { nameRef: "openai-credentials", keys: { apiKey: "OPENAI_API_KEY" } },
        liteLLMParams: {
          model: "openai/gpt-4o",
          inputCostPerMillionTokens: 2.5,
          outputCostPerMillionTokens: "10",
          modelInfo: { mode: "chat", tier: "paid", accessGroups: ["default"] },
        },
      },
    ],
  },
};

const fullConfig: CompilerConfig = {
  apiVersion: "litellm-gitops.dev/v1alpha1",
  kind: "CompilerConfig",
  metadata: { name: "litellm-gitops" },
  spec: {
    secretStore: { kind: "SecretStore", name: "vault" },
    remoteKeyTemplate: "kv/{{namespace}}/{{secretName}}",
    remotePropertyTemplate: "{{key}}",
    refreshInterval: "1h30m",
    externalSecrets: false,
    targets: ["manifests", "helm"],
    defaults: { namespace: "litellm", image: "ghcr.io/berriai/litellm:main-stable" },
    helm: {
      chart: { repository: "oci://ghcr.io/berriai/litellm-helm", version: "1.85.1" },
      argocd: { enabled: true, project: "platform", destinationServer: "https://kubernetes.default.svc", syncPolicy: { automated: false } },
      flux: { enabled: false, interval: "5m" },
    },
    flux: {
      enabled: true,
      gitRepository: { url: "https://github.com/example/deploy", ref: { branch: "main" } },
      path: "./rendered",
      interval: "10m",
      prune: true,
    },
  },
};

/**
 * A deep copy with `mutate` applied. `any` on purpose: the point is to write documents that
 * the generated types would reject.
 */
function variant(doc: object, mutate: (d: Record<string, any>) => void): unknown {
  const copy = structuredClone(doc) as Record<string, any>;
  mutate(copy);
  return copy;
}

describe("rules and extensions", () => {
  it("accepts the minimal and the fully extended documents", () => {
    expect(errorsOf(validateModel, minimalModel)).toEqual([]);
    expect(errorsOf(validateModel, fullModel)).toEqual([]);
    expect(errorsOf(validateInstance, minimalInstance)).toEqual([]);
    expect(errorsOf(validateInstance, fullInstance)).toEqual([]);
    expect(errorsOf(validateConfig, fullConfig)).toEqual([]);
  });

  it("CompilerConfig: every field is optional", () => {
    expect(errorsOf(validateConfig, {})).toEqual([]);
    expect(errorsOf(validateConfig, { apiVersion: "litellm-gitops.dev/v1alpha1", kind: "CompilerConfig" })).toEqual([]);
    expect(errorsOf(validateConfig, { spec: {} })).toEqual([]);
  });

  it("requires litellmParams.model (Model and LiteLLMInstance models[])", () => {
    const model = variant(minimalModel, (d) => delete d.spec.litellmParams.model);
    expect(errorsOf(validateModel, model)).toContainEqual(
      expect.objectContaining({ keyword: "required", instancePath: "/spec/litellmParams", params: { missingProperty: "model" } }),
    );
    const instance = variant(fullInstance, (d) => delete d.spec.models[0].liteLLMParams.model);
    expect(errorsOf(validateInstance, instance)).toContainEqual(
      expect.objectContaining({ keyword: "required", instancePath: "/spec/models/0/liteLLMParams", params: { missingProperty: "model" } }),
    );
  });

  it("requires secretRef or instanceRef in connectionRef", () => {
    const errors = errorsOf(validateModel, variant(minimalModel, (d) => (d.spec.connectionRef = {})));
    expect(errors).toContainEqual(expect.objectContaining({ keyword: "anyOf", instancePath: "/spec/connectionRef" }));
    const secretRef = variant(minimalModel, (d) => (d.spec.connectionRef = { secretRef: { secretName: "conn" } }));
    expect(errorsOf(validateModel, secretRef)).toEqual([]);
    const both = variant(minimalModel, (d) => (d.spec.connectionRef.secretRef = { secretName: "conn" }));
    expect(errorsOf(validateModel, both)).toEqual([]);
  });

  it("requires modelSecretRef, which may be {}", () => {
    const missing = variant(minimalModel, (d) => delete d.spec.modelSecretRef);
    expect(errorsOf(validateModel, missing)).toContainEqual(
      expect.objectContaining({ keyword: "required", params: { missingProperty: "modelSecretRef" } }),
    );
    expect(errorsOf(validateModel, variant(minimalModel, (d) => (d.spec.modelSecretRef = {})))).toEqual([]);
  });

  it("requires metadata.name, apiVersion and kind; spec.image may be left to its default", () => {
    expect(errorsOf(validateModel, variant(minimalModel, (d) => delete d.metadata.name))).toContainEqual(
      expect.objectContaining({ instancePath: "/metadata", params: { missingProperty: "name" } }),
    );
    expect(errorsOf(validateInstance, variant(minimalInstance, (d) => (d.kind = "Model")))).toContainEqual(
      expect.objectContaining({ keyword: "const", instancePath: "/kind" }),
    );
    expect(errorsOf(validateInstance, variant(minimalInstance, (d) => delete d.spec))).toContainEqual(
      expect.objectContaining({ keyword: "required", params: { missingProperty: "spec" } }),
    );
    // Other ObjectMeta fields are allowed, as the API server allows them.
    const meta = variant(minimalInstance, (d) => (d.metadata.uid = "0000" as unknown));
    expect(errorsOf(validateInstance, meta)).toEqual([]);
  });

  it("rejects an unknown field (a typo) as additionalProperties", () => {
    const typo = variant(minimalModel, (d) => (d.spec.litellmParams.apiBaes = "https://example.com"));
    expect(errorsOf(validateModel, typo)).toEqual([
      expect.objectContaining({
        keyword: "additionalProperties",
        instancePath: "/spec/litellmParams",
        params: { additionalProperty: "apiBaes" },
      }),
    ]);
    const nested = variant(fullInstance, (d) => (d.spec.ingress.clasName = "nginx"));
    expect(errorsOf(validateInstance, nested)).toContainEqual(
      expect.objectContaining({ keyword: "additionalProperties", params: { additionalProperty: "clasName" } }),
    );
    const config = variant(fullConfig, (d) => (d.spec.secretStore.nmae = "x"));
    expect(errorsOf(validateConfig, config)).toContainEqual(
      expect.objectContaining({ keyword: "additionalProperties", params: { additionalProperty: "nmae" } }),
    );
  });

  it("keeps preserve-unknown-fields objects open", () => {
    const open = variant(fullInstance, (d) => {
      d.spec.models[0].additionalProperties = { anything: { goes: true } };
      d.spec.models[0].liteLLMParams.additionalProp1 = { extra_body: { a: 1 } };
      d.spec.models[0].liteLLMParams.configurableClientsideAuthParams = [{ api_base: "x" }];
    });
    expect(errorsOf(validateInstance, open)).toEqual([]);
  });

  it("does not widen the CRD's types: cost fields are strings, per-million fields string or number", () => {
    const numberCost = variant(minimalModel, (d) => (d.spec.litellmParams.inputCostPerToken = 0.00003));
    expect(errorsOf(validateModel, numberCost)).toContainEqual(
      expect.objectContaining({ keyword: "type", instancePath: "/spec/litellmParams/inputCostPerToken" }),
    );
    const boolPerMillion = variant(minimalModel, (d) => (d.spec.litellmParams.inputCostPerMillionTokens = true));
    expect(errorsOf(validateModel, boolPerMillion).length).toBeGreaterThan(0);
    const stringReplicas = variant(minimalInstance, (d) => (d.spec.replicas = "2"));
    expect(errorsOf(validateInstance, stringReplicas)).toContainEqual(
      expect.objectContaining({ keyword: "type", instancePath: "/spec/replicas" }),
    );
  });

  it("validates the values of extensions", () => {
    const cases: [ValidateFunction, unknown, string][] = [
      [validateModel, variant(fullModel, (d) => (d.spec.modelInfo.tier = "gold")), "/spec/modelInfo/tier"],
      [validateModel, variant(fullModel, (d) => (d.spec.modelInfo.mode = "chat (default)")), "/spec/modelInfo/mode"],
      [validateModel, variant(fullModel, (d) => (d.spec.litellmParams.modelInfo.mode = "talk")), "/spec/litellmParams/modelInfo/mode"],
      [validateModel, variant(fullModel, (d) => (d.spec.modelSecretRef.keys = { apiKee: "X" })), "/spec/modelSecretRef/keys"],
      [validateModel, variant(fullModel, (d) => (d.spec.modelSecretRef.keys = {})), "/spec/modelSecretRef/keys"],
      [validateInstance, variant(fullInstance, (d) => (d.spec.gateway.parentRefs[0].port = 0)), "/spec/gateway/parentRefs/0/port"],
      [validateInstance, variant(fullInstance, (d) => delete d.spec.gateway.parentRefs[0].name), "/spec/gateway/parentRefs/0"],
      [validateInstance, variant(fullInstance, (d) => (d.spec.resources.limits.memory = "1 GB")), "/spec/resources/limits/memory"],
      [validateInstance, variant(fullInstance, (d) => (d.spec.resources.requests.cpu = 0.5)), "/spec/resources/requests/cpu"],
      [validateInstance, variant(fullInstance, (d) => delete d.spec.masterKeySecretRef.key), "/spec/masterKeySecretRef"],
      [validateInstance, variant(fullInstance, (d) => (d.spec.ingress.annotations.x = 1)), "/spec/ingress/annotations/x"],
      [validateConfig, variant(fullConfig, (d) => (d.spec.targets = [])), "/spec/targets"],
      [validateConfig, variant(fullConfig, (d) => (d.spec.targets = ["helm", "helm"])), "/spec/targets"],
      [validateConfig, variant(fullConfig, (d) => (d.spec.targets = ["kustomize"])), "/spec/targets/0"],
      [validateConfig, variant(fullConfig, (d) => (d.spec.refreshInterval = "1 hour")), "/spec/refreshInterval"],
      [validateConfig, variant(fullConfig, (d) => (d.spec.defaults.namespace = "Litellm")), "/spec/defaults/namespace"],
      [validateConfig, variant(fullConfig, (d) => (d.spec.secretStore.kind = "VaultStore")), "/spec/secretStore/kind"],
    ];
    for (const [validate, doc, pointer] of cases) {
      const errors = errorsOf(validate, doc);
      expect(errors.map((e) => e.instancePath), pointer).toContain(pointer);
    }
  });
});

describe("the generator refuses a bad overlay", () => {
  const tmp = mkdtempSync(join(tmpdir(), "litellm-gitops-gen-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** Generates from a copy of schemas/ whose Model overlay gets `spec.properties[name] = extra`. */
  async function generateWith(name?: string, extra?: Schema): Promise<GeneratedFiles> {
    const root = mkdtempSync(join(tmp, "root-"));
    cpSync(join(ROOT, "schemas"), join(root, "schemas"), { recursive: true });
    const file = join(root, "schemas/overlay/model.overlay.yaml");
    const overlay = parseYaml(readFileSync(file, "utf8")) as Schema;
    if (name !== undefined && extra !== undefined) {
      const spec = props(overlay).spec as Schema;
      (spec.properties as Record<string, unknown>)[name] = extra;
    }
    writeFileSync(file, stringifyYaml(overlay));
    const gen = await importScript<GenSchemasModule>("gen-schemas.mjs");
    return gen.generate({ root });
  }

  it("regenerates unchanged from a copy", async () => {
    const files = await generateWith();
    expect(files["schemas/model.schema.json"]).toBe(readFileSync(join(ROOT, "schemas/model.schema.json"), "utf8"));
  });

  it("fails when a property has no description", async () => {
    await expect(generateWith("extra", { [EXTENSION]: true, type: "string" })).rejects.toThrow(
      /spec\.extra: property has no description/,
    );
  });

  it("fails when an added property is not marked as an extension", async () => {
    await expect(generateWith("extra", { description: "An unmarked addition.", type: "string" })).rejects.toThrow(
      /spec\.extra: not in the CRD and not marked x-litellm-gitops-extension/,
    );
  });

  it("fails when an extension's description lacks the prefix", async () => {
    await expect(generateWith("extra", { [EXTENSION]: true, description: "Unprefixed.", type: "string" })).rejects.toThrow(
      /must start with "Extension \(litellm-gitops\):"/,
    );
  });

  it("fails when the overlay changes a CRD type", async () => {
    await expect(
      generateWith("litellmParams", { $fragment: "litellmParams", properties: { inputCostPerToken: { type: "number" } } }),
    ).rejects.toThrow(/spec\.litellmParams\.inputCostPerToken: type "number" differs from the CRD's "string"/);
  });
});
