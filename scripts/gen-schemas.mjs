#!/usr/bin/env node
// Generates schemas/litellminstance.schema.json and schemas/model.schema.json from the
// operator's CRDs (schemas/upstream/) plus our overlays (schemas/overlay/).
//
//   node scripts/gen-schemas.mjs          write the schemas (what `npm run gen` does)
//   import { generate } from "./gen-schemas.mjs"   the same, in memory, for tests
//
// Steps per kind (see docs/schemas.md):
//   1. take spec.versions[name=v1alpha1].schema.openAPIV3Schema of the CRD, drop `status`;
//   2. convert OpenAPI v3 (structural CRD schema) to JSON Schema draft-07:
//      - x-kubernetes-int-or-string      -> anyOf [integer, string] (string-only keywords move
//                                           into the string branch),
//      - x-kubernetes-preserve-unknown-fields -> additionalProperties: true,
//      - x-kubernetes-map-type / list-type / list-map-keys (merge strategy only) -> dropped,
//      - every other x-kubernetes-* keyword -> the generator fails (it would be a rule we
//        cannot enforce, e.g. CEL validations: extend this script first),
//      - a property that is `required` but has a `default` leaves `required` (the API server
//        applies defaults before it validates, so the operator accepts it being absent);
//   3. replace `metadata` with a subset of ObjectMeta, make apiVersion/kind consts;
//   4. deep-merge schemas/overlay/<kind>.overlay.yaml (with `$fragment` references into
//      schemas/overlay/fragments.yaml);
//   5. close every object that has `properties` and says nothing about
//      additionalProperties (additionalProperties: false);
//   6. check: every property described, overlay adds nothing unmarked, types not widened;
//   7. print with a canonical key order, 2-space JSON and a trailing newline.
// No x-kubernetes-* keyword reaches the output; the only non-standard keyword in it is the
// annotation `x-litellm-gitops-extension` (register it with ajv, see docs/schemas.md).

import { runGenerator } from "./lib/run-generator.mjs";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const GROUP_VERSION = "litellm.litellm.ai/v1alpha1";
export const AUTH_GROUP_VERSION = "auth.litellm.ai/v1alpha1";
export const CRD_VERSION = "v1alpha1";
export const EXTENSION_KEYWORD = "x-litellm-gitops-extension";
export const EXTENSION_PREFIX = "Extension (litellm-gitops):";
export const SCHEMA_DIALECT = "http://json-schema.org/draft-07/schema#";
export const ID_BASE = "https://litellm-gitops.dev/schemas/v1alpha1/";

/** The generated kinds. Paths are relative to the repository root. */
export const KINDS = [
  {
    kind: "LiteLLMInstance",
    slug: "litellminstance",
    crd: "schemas/upstream/litellm.litellm.ai_litellminstances.yaml",
    overlay: "schemas/overlay/litellminstance.overlay.yaml",
    out: "schemas/litellminstance.schema.json",
  },
  {
    kind: "Model",
    slug: "model",
    crd: "schemas/upstream/litellm.litellm.ai_models.yaml",
    overlay: "schemas/overlay/model.overlay.yaml",
    out: "schemas/model.schema.json",
  },
  ...[
    ["Team", "team", "teams"],
    ["User", "user", "users"],
    ["VirtualKey", "virtualkey", "virtualkeys"],
    ["TeamMemberAssociation", "teammemberassociation", "teammemberassociations"],
  ].map(([kind, slug, plural]) => ({
    kind,
    slug,
    groupVersion: AUTH_GROUP_VERSION,
    crd: `schemas/upstream/auth.litellm.ai_${plural}.yaml`,
    overlay: `schemas/overlay/${slug}.overlay.yaml`,
    out: `schemas/${slug}.schema.json`,
  })),
];
export const FRAGMENTS = "schemas/overlay/fragments.yaml";

/**
 * Our own kinds (litellm-gitops.dev/v1alpha1) that are generated from a YAML source (no CRD):
 * fragments expanded (schemas/source/fragments.yaml), metadata added, objects closed, every
 * property checked for a description, canonical order. CompilerConfig stays hand-written JSON.
 */
export const OWN_GROUP_VERSION = "litellm-gitops.dev/v1alpha1";
export const OWN_FRAGMENTS = "schemas/source/fragments.yaml";
export const OWN_KINDS = [
  { kind: "Guardrail", slug: "guardrail", source: "schemas/source/guardrail.yaml", out: "schemas/guardrail.schema.json" },
  { kind: "MCPServer", slug: "mcpserver", source: "schemas/source/mcpserver.yaml", out: "schemas/mcpserver.schema.json" },
  { kind: "Callback", slug: "callback", source: "schemas/source/callback.yaml", out: "schemas/callback.schema.json" },
];

/** metadata fields we model; everything else in ObjectMeta stays allowed. */
export const METADATA_FIELDS = ["name", "namespace", "labels", "annotations"];

// x-kubernetes-* keywords that only describe server-side-apply merge behaviour: no effect
// on what is valid, dropped.
const MERGE_ONLY_KEYWORDS = new Set([
  "x-kubernetes-map-type",
  "x-kubernetes-list-type",
  "x-kubernetes-list-map-keys",
]);
// Keywords that mean the same in OpenAPI v3 (structural subset) and draft-07.
const PORTABLE_KEYWORDS = new Set([
  "description", "type", "format", "title", "default", "enum", "pattern",
  "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems",
  "minProperties", "maxProperties", "multipleOf", "required", "properties", "items",
  "additionalProperties", "anyOf", "oneOf", "allOf", "not",
]);
const STRING_ONLY_KEYWORDS = ["pattern", "minLength", "maxLength", "format"];

// Canonical key order of a schema node in the output; other keys follow alphabetically.
const KEY_ORDER = [
  "$schema", "$id", "title", "description", EXTENSION_KEYWORD, "type", "const", "enum",
  "default", "format", "pattern", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum",
  "multipleOf", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems",
  "minProperties", "maxProperties", "properties", "required", "additionalProperties", "items",
  "anyOf", "oneOf", "allOf", "not",
];

export class SchemaGenerationError extends Error {
  constructor(message) {
    super(message);
    this.name = "SchemaGenerationError";
  }
}

const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const clone = (v) => structuredClone(v);
const join_ = (path, name) => (path ? `${path}.${name}` : name);

/** Reads a YAML file with exactly one non-empty document; fails on YAML errors. */
export function readYamlFile(file) {
  const text = readFileSync(file, "utf8");
  const docs = parseAllDocuments(text).filter((d) => d.contents !== null);
  for (const d of docs) {
    if (d.errors.length > 0) throw new SchemaGenerationError(`${file}: ${d.errors[0].message}`);
  }
  if (docs.length !== 1) {
    throw new SchemaGenerationError(`${file}: expected exactly one YAML document, found ${docs.length}`);
  }
  return docs[0].toJS({ maxAliasCount: 100 });
}

/** spec.versions[name=v1alpha1].schema.openAPIV3Schema of a CRD, checked against the kind. */
export function crdVersionSchema(crd, kind, file = "CRD", groupVersion = GROUP_VERSION) {
  if (crd?.kind !== "CustomResourceDefinition") {
    throw new SchemaGenerationError(`${file}: not a CustomResourceDefinition`);
  }
  if (crd.spec?.names?.kind !== kind) {
    throw new SchemaGenerationError(`${file}: defines kind ${crd.spec?.names?.kind}, expected ${kind}`);
  }
  if (`${crd.spec.group}/${CRD_VERSION}` !== groupVersion) {
    throw new SchemaGenerationError(`${file}: group ${crd.spec.group} is not ${groupVersion}`);
  }
  const version = (crd.spec.versions ?? []).find((v) => v.name === CRD_VERSION);
  const schema = version?.schema?.openAPIV3Schema;
  if (!isObject(schema)) {
    throw new SchemaGenerationError(`${file}: no ${CRD_VERSION} version with an openAPIV3Schema`);
  }
  return clone(schema);
}

/**
 * CEL rules that compare with `oldSelf` (the auth kinds' "teamAlias is immutable") constrain
 * an update of a stored object, never a document on its own: a build has no old object, so
 * they are dropped. Any other CEL rule still fails the generator.
 */
function isTransitionOnly(rules) {
  return Array.isArray(rules) && rules.length > 0 && rules.every((r) => isObject(r) && typeof r.rule === "string" && /\boldSelf\b/.test(r.rule));
}

/**
 * Converts one node of a structural OpenAPI v3 schema (a CRD's) to draft-07. Pure; `path`
 * names the node in error messages.
 */
export function convertOpenApiNode(node, path = "") {
  if (!isObject(node)) throw new SchemaGenerationError(`${path || "(root)"}: schema is not an object`);
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "x-kubernetes-preserve-unknown-fields" || key === "x-kubernetes-int-or-string") continue;
    if (MERGE_ONLY_KEYWORDS.has(key)) continue;
    if (key === "x-kubernetes-validations" && isTransitionOnly(value)) continue;
    if (key.startsWith("x-kubernetes-")) {
      throw new SchemaGenerationError(
        `${path || "(root)"}: unsupported CRD keyword ${key}; teach scripts/gen-schemas.mjs how to convert it`,
      );
    }
    if (key === "nullable" || key === "exclusiveMinimum" || key === "exclusiveMaximum") continue; // below
    if (!PORTABLE_KEYWORDS.has(key)) {
      throw new SchemaGenerationError(`${path || "(root)"}: unsupported OpenAPI keyword ${key}`);
    }
    if (key === "properties") {
      out.properties = {};
      for (const [name, sub] of Object.entries(value)) out.properties[name] = convertOpenApiNode(sub, join_(path, name));
    } else if (key === "items") {
      if (!isObject(value)) throw new SchemaGenerationError(`${path}: tuple items are not supported`);
      out.items = convertOpenApiNode(value, `${path}[]`);
    } else if (key === "additionalProperties") {
      out.additionalProperties = isObject(value) ? convertOpenApiNode(value, `${path}{}`) : value;
    } else if (key === "not") {
      out.not = convertOpenApiNode(value, `${path}(not)`);
    } else if (key === "anyOf" || key === "oneOf" || key === "allOf") {
      out[key] = value.map((sub, i) => convertOpenApiNode(sub, `${path}(${key}[${i}])`));
    } else {
      out[key] = clone(value);
    }
  }
  // OpenAPI 3.0 boolean exclusiveMinimum/Maximum -> draft-07 numeric form.
  for (const [flag, bound] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]]) {
    if (node[flag] === true) {
      out[flag] = out[bound];
      delete out[bound];
    }
  }
  if (node["x-kubernetes-int-or-string"] === true) {
    delete out.type;
    const stringBranch = { type: "string" };
    for (const k of STRING_ONLY_KEYWORDS) {
      if (k in out) {
        stringBranch[k] = out[k];
        delete out[k];
      }
    }
    // controller-gen already writes anyOf [integer, string]; replace it with ours.
    out.anyOf = [{ type: "integer" }, stringBranch];
  }
  if (node.nullable === true) {
    if (typeof out.type === "string") out.type = [out.type, "null"];
    else if (out.anyOf) out.anyOf.push({ type: "null" });
  }
  if (node["x-kubernetes-preserve-unknown-fields"] === true) {
    if (out.type !== undefined && out.type !== "object") {
      throw new SchemaGenerationError(
        `${path}: x-kubernetes-preserve-unknown-fields on a non-object is not supported`,
      );
    }
    out.additionalProperties = true;
  }
  // Defaults are applied by the API server before validation: a defaulted required field
  // may be absent in what users write.
  if (Array.isArray(out.required) && isObject(out.properties)) {
    out.required = out.required.filter((name) => out.properties[name]?.default === undefined);
    if (out.required.length === 0) delete out.required;
  }
  return out;
}

/** The part of ObjectMeta that litellm-gitops reads; the rest stays allowed. */
export function objectMetaSchema() {
  return {
    title: "ObjectMeta",
    description:
      "Standard Kubernetes object metadata. litellm-gitops reads `name`, `namespace`, `labels` and " +
      "`annotations`; other ObjectMeta fields (for example `uid` or `ownerReferences`) are accepted, " +
      "as the API server accepts them, and ignored.",
    type: "object",
    properties: {
      name: {
        description:
          "Name of the resource, unique per kind within its namespace. It must be a DNS-1123 " +
          "subdomain and short enough for the object names derived from it (checked by the compiler).",
        type: "string",
      },
      namespace: {
        description:
          "Namespace of the resource. When omitted, the CompilerConfig's `spec.defaults.namespace` " +
          "(default `default`) is used.",
        type: "string",
      },
      labels: {
        description: "Labels of the resource: a map of string keys to string values.",
        type: "object",
        additionalProperties: { type: "string" },
      },
      annotations: {
        description: "Annotations of the resource: a map of string keys to string values.",
        type: "object",
        additionalProperties: { type: "string" },
      },
    },
    required: ["name"],
    additionalProperties: true,
  };
}

/** Replaces `{ $fragment: name | [names], ...rest }` by the fragments merged with rest. */
export function expandFragments(node, fragments, path = "") {
  if (Array.isArray(node)) return node.map((v, i) => expandFragments(v, fragments, `${path}[${i}]`));
  if (!isObject(node)) return node;
  if (!("$fragment" in node)) {
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = expandFragments(v, fragments, join_(path, k));
    return out;
  }
  let out = {};
  {
    const names = Array.isArray(node.$fragment) ? node.$fragment : [node.$fragment];
    for (const name of names) {
      if (!isObject(fragments[name])) {
        throw new SchemaGenerationError(`${path || "(overlay root)"}: unknown $fragment ${JSON.stringify(name)}`);
      }
      out = mergeOverlay(out, expandFragments(fragments[name], fragments, path), path);
    }
  }
  const rest = {};
  for (const [k, v] of Object.entries(node)) {
    if (k !== "$fragment") rest[k] = expandFragments(v, fragments, join_(path, k));
  }
  return mergeOverlay(out, rest, path);
}

/**
 * Deep merge of an overlay onto a schema: `properties` merge per property (recursively),
 * `required` is the union, nested schemas (items, additionalProperties, not) merge
 * recursively, every other key (scalars, enum, anyOf, oneOf, ...) is taken from the overlay.
 */
export function mergeOverlay(base, overlay, path = "") {
  if (!isObject(overlay)) throw new SchemaGenerationError(`${path || "(root)"}: overlay node is not an object`);
  const out = isObject(base) ? clone(base) : {};
  for (const [key, value] of Object.entries(overlay)) {
    if (key === "properties") {
      if (!isObject(value)) throw new SchemaGenerationError(`${path}: overlay properties is not a map`);
      out.properties = isObject(out.properties) ? out.properties : {};
      for (const [name, sub] of Object.entries(value)) {
        out.properties[name] = isObject(sub) ? mergeOverlay(out.properties[name], sub, join_(path, name)) : clone(sub);
      }
    } else if (key === "required") {
      if (!Array.isArray(value)) throw new SchemaGenerationError(`${path}: overlay required is not a list`);
      const union = [...(Array.isArray(out.required) ? out.required : [])];
      for (const name of value) if (!union.includes(name)) union.push(name);
      out.required = union;
    } else if ((key === "items" || key === "additionalProperties" || key === "not") && isObject(value) && isObject(out[key])) {
      out[key] = mergeOverlay(out[key], value, `${path}${key === "items" ? "[]" : `(${key})`}`);
    } else {
      out[key] = clone(value);
    }
  }
  return out;
}

/** Calls visit(node, path, parentKind) for the node and every subschema below it. */
export function walkSchema(node, visit, path = "", how = "root") {
  if (!isObject(node)) return;
  visit(node, path, how);
  if (isObject(node.properties)) {
    for (const [name, sub] of Object.entries(node.properties)) walkSchema(sub, visit, join_(path, name), "property");
  }
  if (isObject(node.items)) walkSchema(node.items, visit, `${path}[]`, "items");
  if (isObject(node.additionalProperties)) walkSchema(node.additionalProperties, visit, `${path}{}`, "additionalProperties");
  if (isObject(node.not)) walkSchema(node.not, visit, `${path}(not)`, "not");
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    if (Array.isArray(node[key])) node[key].forEach((sub, i) => walkSchema(sub, visit, `${path}(${key}[${i}])`, key));
  }
}

/**
 * Every object with `properties` and no word on additionalProperties gets `false`. Only
 * nodes that describe a value (root, properties, items, additionalProperties) are closed:
 * an anyOf/oneOf/allOf/not branch is a constraint on the same value, and closing it would
 * reject the properties that its siblings define.
 */
export function closeObjects(node) {
  if (!isObject(node)) return;
  if (isObject(node.properties) && node.additionalProperties === undefined) node.additionalProperties = false;
  if (isObject(node.properties)) Object.values(node.properties).forEach(closeObjects);
  if (isObject(node.items)) closeObjects(node.items);
  if (isObject(node.additionalProperties)) closeObjects(node.additionalProperties);
}

/** Map of property path -> schema node, for nodes reached through properties/items only. */
export function propertyPaths(schema) {
  const paths = new Map();
  walkSchema(schema, (node, path, how) => {
    if (how === "property" || how === "items") paths.set(path, node);
  });
  return paths;
}

function typeOf(node) {
  if (node.type !== undefined) return JSON.stringify(node.type);
  if (Array.isArray(node.anyOf)) {
    const types = node.anyOf.map((b) => b.type).filter((t) => t !== undefined);
    if (types.length > 0) return `anyOf${JSON.stringify(types)}`;
  }
  return "(any)";
}

function checkSchema(kind, schema, converted) {
  const problems = [];
  const crdPaths = propertyPaths(converted);
  const extensionRoots = [];
  walkSchema(schema, (node, path, how) => {
    if (how === "property") {
      if (typeof node.description !== "string" || node.description.trim() === "") {
        problems.push(`${path}: property has no description (add one to the overlay)`);
      }
    }
    if (node[EXTENSION_KEYWORD] !== undefined) {
      if (node[EXTENSION_KEYWORD] !== true) problems.push(`${path}: ${EXTENSION_KEYWORD} must be true`);
      if (!String(node.description ?? "").startsWith(EXTENSION_PREFIX)) {
        problems.push(`${path}: extension description must start with "${EXTENSION_PREFIX}"`);
      }
      if (crdPaths.has(path)) problems.push(`${path}: marked as an extension but the CRD defines it`);
      extensionRoots.push(path);
    }
    if (Array.isArray(node.required) && isObject(node.properties)) {
      for (const name of node.required) {
        if (!(name in node.properties)) problems.push(`${path || "(root)"}: required ${name} is not a property`);
      }
    }
    if (node.type === "object" && node.properties === undefined && node.additionalProperties === undefined) {
      problems.push(`${path}: object without properties must say additionalProperties explicitly`);
    }
  });
  const underExtension = (path) =>
    extensionRoots.some((root) => path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[]`));
  for (const [path, node] of propertyPaths(schema)) {
    const crdNode = crdPaths.get(path);
    if (crdNode === undefined) {
      const isMetadata = path === "metadata" || METADATA_FIELDS.some((f) => path === `metadata.${f}`);
      if (!isMetadata && !underExtension(path)) {
        problems.push(`${path}: not in the CRD and not marked ${EXTENSION_KEYWORD}`);
      }
    } else if (typeOf(node) !== typeOf(crdNode) && !path.startsWith("metadata") && path !== "apiVersion" && path !== "kind") {
      problems.push(`${path}: type ${typeOf(node)} differs from the CRD's ${typeOf(crdNode)} (do not widen CRD types)`);
    }
  }
  if (problems.length > 0) {
    throw new SchemaGenerationError(`${kind}: the generated schema is not acceptable:\n  - ${problems.join("\n  - ")}`);
  }
}

/** Returns a copy with schema keys in canonical order and `properties` sorted by name. */
export function canonicalize(node, isSchema = true) {
  if (Array.isArray(node)) return node.map((v) => canonicalize(v, isSchema));
  if (!isObject(node)) return node;
  if (!isSchema) {
    const out = {};
    for (const k of Object.keys(node).sort()) out[k] = canonicalize(node[k], false);
    return out;
  }
  const rank = (k) => {
    const i = KEY_ORDER.indexOf(k);
    return i === -1 ? KEY_ORDER.length : i;
  };
  const keys = Object.keys(node).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  const out = {};
  for (const k of keys) {
    const v = node[k];
    if (k === "properties" && isObject(v)) {
      out.properties = {};
      for (const name of Object.keys(v).sort()) out.properties[name] = canonicalize(v[name], true);
    } else if (k === "items" || k === "not" || (k === "additionalProperties" && isObject(v))) {
      out[k] = canonicalize(v, true);
    } else if ((k === "anyOf" || k === "oneOf" || k === "allOf") && Array.isArray(v)) {
      out[k] = v.map((s) => canonicalize(s, true));
    } else {
      out[k] = clone(v); // values (default, enum, const, ...) keep their own order
    }
  }
  return out;
}

/** Builds the schema of one kind. `root` is the repository root. */
export function buildSchema(spec, root = ROOT) {
  const crdFile = join(root, spec.crd);
  const groupVersion = spec.groupVersion ?? GROUP_VERSION;
  const crdSchema = crdVersionSchema(readYamlFile(crdFile), spec.kind, spec.crd, groupVersion);
  if (isObject(crdSchema.properties)) delete crdSchema.properties.status;
  const converted = convertOpenApiNode(crdSchema);

  const schema = clone(converted);
  schema.type = "object";
  schema.properties.apiVersion = {
    ...schema.properties.apiVersion,
    const: groupVersion,
  };
  schema.properties.kind = { ...schema.properties.kind, const: spec.kind };
  schema.properties.metadata = objectMetaSchema();
  schema.required = ["apiVersion", "kind", "metadata", "spec"];

  const fragments = readYamlFile(join(root, FRAGMENTS));
  const overlay = expandFragments(readYamlFile(join(root, spec.overlay)), fragments);
  const merged = mergeOverlay(schema, overlay);
  closeObjects(merged);
  checkSchema(spec.kind, merged, converted);

  return canonicalize({
    $schema: SCHEMA_DIALECT,
    $id: `${ID_BASE}${spec.slug}.json`,
    title: spec.kind,
    ...merged,
  });
}

/** Builds the schema of one of our own kinds from its YAML source. */
export function buildOwnSchema(spec, root = ROOT) {
  const fragments = readYamlFile(join(root, OWN_FRAGMENTS));
  const source = expandFragments(readYamlFile(join(root, spec.source)), fragments);
  if (source.properties?.kind?.const !== spec.kind || source.properties?.apiVersion?.const !== OWN_GROUP_VERSION) {
    throw new SchemaGenerationError(`${spec.source}: apiVersion/kind must be the consts ${OWN_GROUP_VERSION}/${spec.kind}`);
  }
  const schema = { ...source, properties: { ...source.properties, metadata: objectMetaSchema() } };
  schema.properties.metadata.required = ["name"];
  closeObjects(schema);
  const problems = [];
  walkSchema(schema, (node, path, how) => {
    if (how === "property" && (typeof node.description !== "string" || node.description.trim() === "")) {
      problems.push(`${path}: property has no description`);
    }
    if (node[EXTENSION_KEYWORD] !== undefined) problems.push(`${path}: ${EXTENSION_KEYWORD} is for CRD kinds only`);
    if (Array.isArray(node.required) && isObject(node.properties)) {
      for (const name of node.required) {
        if (!(name in node.properties)) problems.push(`${path || "(root)"}: required ${name} is not a property`);
      }
    }
    if (node.type === "object" && node.properties === undefined && node.additionalProperties === undefined) {
      problems.push(`${path}: object without properties must say additionalProperties explicitly`);
    }
  });
  if (problems.length > 0) {
    throw new SchemaGenerationError(`${spec.kind}: the generated schema is not acceptable:\n  - ${problems.join("\n  - ")}`);
  }
  return canonicalize({ $schema: SCHEMA_DIALECT, $id: `${ID_BASE}${spec.slug}.json`, title: spec.kind, ...schema });
}

/** Returns { "<repo-relative path>": "<file content>" } for every generated schema. */
export async function generate({ root = ROOT } = {}) {
  const files = {};
  for (const spec of KINDS) {
    files[spec.out] = `${JSON.stringify(buildSchema(spec, root), null, 2)}\n`;
  }
  for (const spec of OWN_KINDS) {
    files[spec.out] = `${JSON.stringify(buildOwnSchema(spec, root), null, 2)}\n`;
  }
  return files;
}

runGenerator(import.meta.url, ROOT, () => generate(), (err) => (err instanceof SchemaGenerationError ? `gen-schemas: ${err.message}` : err));
