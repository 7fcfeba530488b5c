// Every litellm.litellm.ai/v1alpha1 and auth.litellm.ai/v1alpha1 resource in the operator's
// own samples (copied into fixtures/upstream/operator, see its ORIGIN.md) validates against
// our input schemas: the schemas accept what the operator accepts. The exceptions are the
// operator docs' examples that its own CRDs reject (KNOWN_INVALID): those must fail, with the
// did-you-mean the compiler gives. Semantic rules (a literal masterKey, unresolved
// references) are not the schema's business and are tested elsewhere.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { parseAllDocuments } from "yaml";
import { describe, expect, it } from "vitest";
import { SCHEMA_ANNOTATION_KEYWORDS, SCHEMA_FORMATS } from "../src/compiler/types/index.js";

// ajv-formats is CommonJS with `exports.default`: depending on the loader (Node ESM or vitest)
// the default import is the plugin itself or the module object holding it.
type FormatsPlugin = (ajv: Ajv) => Ajv;
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  (addFormatsModule as unknown as FormatsPlugin);

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SAMPLES = join(ROOT, "fixtures/upstream/operator");
const FOLDERS = ["config-samples", "docs-examples", "test-samples"];
const API_VERSIONS = new Set(["litellm.litellm.ai/v1alpha1", "auth.litellm.ai/v1alpha1"]);

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
for (const format of SCHEMA_FORMATS) if (!ajv.formats[format]) ajv.addFormat(format, true);
ajv.addVocabulary([...SCHEMA_ANNOTATION_KEYWORDS]);
const load = (file: string): ValidateFunction =>
  ajv.compile(JSON.parse(readFileSync(join(ROOT, "schemas", file), "utf8")) as object);
const VALIDATORS: Record<string, ValidateFunction> = {
  LiteLLMInstance: load("litellminstance.schema.json"),
  Model: load("model.schema.json"),
  Team: load("team.schema.json"),
  User: load("user.schema.json"),
  VirtualKey: load("virtualkey.schema.json"),
  TeamMemberAssociation: load("teammemberassociation.schema.json"),
};

/**
 * The operator's docs examples that its CRDs reject, with the schema errors they must get
 * (instancePath keyword param). The compiler's hints for them are tested in
 * test/access-input.test.ts.
 */
const KNOWN_INVALID: Record<string, string[]> = {
  "fixtures/upstream/operator/docs-examples/users_02.yaml#1": ["/spec/userRole enum"],
  "fixtures/upstream/operator/docs-examples/team-member-associations_02.yaml#1": ["/spec/role enum"],
  "fixtures/upstream/operator/docs-examples/teams_03.yaml#1": [
    "/spec required teamRef",
    "/spec required userRef",
    "/spec additionalProperties teamAlias",
    "/spec additionalProperties userEmail",
  ],
};

interface Sample {
  where: string;
  kind: string;
  value: unknown;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

function litellmDocuments(): Sample[] {
  const samples: Sample[] = [];
  for (const folder of FOLDERS) {
    for (const file of yamlFiles(join(SAMPLES, folder))) {
      const docs = parseAllDocuments(readFileSync(file, "utf8"));
      docs.forEach((doc, index) => {
        expect(doc.errors, `${file} document ${index + 1}`).toEqual([]);
        const value: unknown = doc.toJS();
        if (typeof value !== "object" || value === null || Array.isArray(value)) return;
        const { apiVersion, kind } = value as { apiVersion?: unknown; kind?: unknown };
        if (typeof apiVersion !== "string" || !API_VERSIONS.has(apiVersion)) return;
        samples.push({ where: `${relative(ROOT, file)}#${index + 1}`, kind: String(kind), value });
      });
    }
  }
  return samples;
}

describe("the operator's samples validate against our schemas", () => {
  const samples = litellmDocuments();

  it("finds a non-trivial number of documents, of every kind", () => {
    expect(samples.length).toBeGreaterThan(5);
    for (const kind of Object.keys(VALIDATORS)) expect(samples.filter((s) => s.kind === kind).length, kind).toBeGreaterThan(0);
    for (const folder of ["config-samples", "docs-examples"]) {
      expect(samples.some((s) => s.where.includes(`/${folder}/`)), folder).toBe(true);
    }
  });

  it("includes the docs example with a literal masterKey (a semantic error, not a schema one)", () => {
    expect(
      samples.some((s) => JSON.stringify(s.value).includes('"masterKey":"sk-')),
      "docs-examples/litellm-instances_02.yaml should be among the samples",
    ).toBe(true);
  });

  it.each(samples.map((s) => [s.where, s] as const))("%s", (_where, sample) => {
    const validate = VALIDATORS[sample.kind];
    expect(validate, `unknown kind ${sample.kind}`).toBeDefined();
    const ok = validate!(sample.value);
    const errors = ok ? [] : validate!.errors!.map((e) => `${e.instancePath} ${e.keyword}${paramOf(e.params)}`);
    expect(errors).toEqual(KNOWN_INVALID[sample.where] ?? []);
  });

  it("lists only known-invalid examples that exist", () => {
    for (const where of Object.keys(KNOWN_INVALID)) expect(samples.map((s) => s.where)).toContain(where);
  });
});

function paramOf(params: Record<string, unknown>): string {
  const value = params.missingProperty ?? params.additionalProperty;
  return value === undefined ? "" : ` ${String(value)}`;
}
