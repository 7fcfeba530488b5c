import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  writeNewFiles
} from "./chunk-B26EZBJF.js";
import {
  toYaml
} from "./chunk-TK4S3H2I.js";
import {
  GITOPS_API_VERSION,
  LITELLM_API_VERSION,
  MASTER_KEY_ENV,
  MAX_FILE_BYTES,
  MAX_INSTANCE_NAME,
  decimalToString,
  diagnosticStream,
  displayPath,
  envNameFor,
  envWord,
  parseDecimal,
  parseSource,
  report
} from "./chunk-T6J4GSBB.js";
import {
  childPointer,
  isRecord,
  locationOf
} from "./chunk-YNR7NBTS.js";
import {
  COMMON_OPTIONS,
  formatOption,
  parse
} from "./chunk-J23Z5L4U.js";
import {
  AMBIENT_CREDENTIALS,
  DURATION,
  EXIT_OK,
  MASK,
  MODEL_INFO_NAMES,
  UsageError,
  collector,
  diagnostic,
  environName,
  environNames,
  environReference,
  hasErrors,
  isCredentialParam,
  isEnvironReference,
  isLiteralSecret,
  packageFile,
  paramByName,
  promoteWarnings,
  providerOf,
  require_dist,
  requiredCredentials,
  sortDiagnostics
} from "./chunk-Q5TSJAU2.js";
import {
  compareStrings
} from "./chunk-EPTGAQBZ.js";
import {
  __toESM
} from "./chunk-3EZK3CXJ.js";

// src/cli/commands/import.ts
import path3 from "node:path";

// src/importer/index.ts
import path2 from "node:path";

// src/importer/detect.ts
var CONFIG_KEYS = /* @__PURE__ */ new Set([
  "model_list",
  "litellm_settings",
  "general_settings",
  "router_settings",
  "environment_variables",
  "callback_settings",
  "credential_list",
  "include",
  "guardrails",
  "policies",
  "policy_attachments",
  "prompts",
  "mcp_servers",
  "mcp_tools",
  "agent_list",
  "vector_store_registry",
  "search_tools",
  "assistant_settings",
  "finetune_settings",
  "files_settings",
  "default_vertex_config",
  "worker_registry"
]);
var HELM_KEYS = /* @__PURE__ */ new Set(["proxy_config", "replicaCount", "masterkeySecretName", "masterkeySecretKey", "proxyConfigMap", "image", "db", "envVars", "environmentSecrets"]);
function detectKind(input, report2) {
  const value = input.doc.value;
  if (Array.isArray(value)) return "model-list";
  if (isRecord(value)) {
    const keys = Object.keys(value);
    if ("proxy_config" in value) return "helm-values";
    if (keys.some((k) => CONFIG_KEYS.has(k))) return "config";
    if (keys.some((k) => HELM_KEYS.has(k))) return "helm-values";
  }
  report2(
    diagnostic(
      "LG6001",
      value === null ? { file: input.file, line: 1, column: 1, pointer: "" } : locationOf(input.doc, ""),
      value === null ? "file is empty" : "neither a LiteLLM config.yaml (model_list, *_settings\u2026), a list of model_list entries, nor litellm-helm values (proxy_config\u2026)",
      "Pass the proxy's config.yaml, a models.yaml holding a bare model list, or the values.yaml of the litellm-helm chart."
    )
  );
  return void 0;
}

// src/importer/secrets.ts
function envReference(value) {
  return environName(value) || void 0;
}
function isLiteralCredentialParam(key, value) {
  if (!isCredentialParam(key)) return isLiteralSecret(key, value);
  if (value === null || value === void 0 || value === "" || typeof value === "boolean") return false;
  return !isEnvironReference(value);
}
function secretNameForEnv(name) {
  const word = name.toLowerCase().split(/[^a-z0-9]+/).find((w) => w !== "");
  return word ?? "litellm-env";
}
function dataKeyForEnv(name) {
  return name.replace(/[^-._a-zA-Z0-9]/g, "_");
}
function keepsEnvName(name) {
  const secret = secretNameForEnv(name);
  return dataKeyForEnv(name) === name && envNameFor(secret, name) === name;
}
function secretEnvVar(name) {
  return { name, valueFrom: { secretKeyRef: { name: secretNameForEnv(name), key: dataKeyForEnv(name) } } };
}
var EnvBook = class {
  constructor(report2) {
    this.report = report2;
  }
  report;
  /** Set by the compiler (master key, database, Redis, model credentials): never an extraEnvVars entry. */
  generated = /* @__PURE__ */ new Map();
  referenced = /* @__PURE__ */ new Set();
  explicit = /* @__PURE__ */ new Map();
  /** Every name in use: referenced anywhere in the inputs, generated, or handed out. */
  taken = /* @__PURE__ */ new Set();
  /** Identical literal values share one variable (the value is only compared, never kept elsewhere). */
  literalNames = /* @__PURE__ */ new Map();
  /** Pre-pass: every `os.environ/NAME` of the inputs, so that no literal is given a name already meaning something. */
  reserve(name) {
    this.taken.add(name);
  }
  /** The compiler sets NAME: from the instance's own Secret refs, or from a model's modelSecretRef. */
  generate(name, by) {
    if (!this.generated.has(name)) this.generated.set(name, by);
    this.taken.add(name);
  }
  /**
   * Set for the whole instance (master key, database, Redis, an explicit entry): a model must
   * not wire it again from its own Secret, or the compiler would see two sources for one name.
   */
  isInstanceEnv(name) {
    return this.generated.get(name) === "instance" || this.explicit.has(name);
  }
  /** The imported config reads NAME: it must be set on the container. */
  reference(name) {
    this.referenced.add(name);
    this.taken.add(name);
  }
  /** An env variable set explicitly (environment_variables, Helm envVars/extraEnvVars). */
  setExplicit(env, at) {
    if (this.generated.has(env.name)) {
      this.report(
        diagnostic(
          "LG6006",
          locationOf(at.doc, at.pointer, "key"),
          `${env.name} is set by the compiler itself (master key, database, Redis or a model credential); this entry is not imported`,
          "The compiler's value comes from the Secret it names; put the value there."
        )
      );
      return;
    }
    this.explicit.set(env.name, env);
    this.taken.add(env.name);
  }
  /** A name for a literal credential: `base`, or `base_2`, `base_3`… when `base` already means something else. */
  allocate(base, value) {
    const identity = JSON.stringify(value) ?? String(value);
    const known = this.literalNames.get(identity);
    if (known !== void 0) return known;
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}_${n}`;
    this.taken.add(name);
    this.literalNames.set(identity, name);
    return name;
  }
  /** extraEnvVars: the explicit entries, then a secretKeyRef for every other variable read, by name. */
  extraEnvVars() {
    const out = new Map(this.explicit);
    for (const name of this.referenced) {
      if (!this.generated.has(name) && !out.has(name)) out.set(name, secretEnvVar(name));
    }
    return [...out.values()].sort((a, b) => compareStrings(a.name, b.name));
  }
};

// src/importer/context.ts
function replaceLiteral(ctx, at, key, value, baseName, exact = false) {
  const name = exact ? baseName : ctx.book.allocate(baseName, value);
  hide(ctx, at.doc.file, value);
  ctx.report(
    diagnostic(
      "LG6005",
      locationOf(at.doc, at.pointer),
      exact ? `${key} holds a literal credential; imported as ${name} set from Secret ${secretNameForEnv(name)} key ${dataKeyForEnv(name)}` : `${key} holds a literal credential; imported as os.environ/${name}, read from Secret ${secretNameForEnv(name)} key ${dataKeyForEnv(name)}`,
      `Store the value in your secret store under that key (\`litellm-gitops secrets\` lists it) and rotate it: it was committed in plain text.`
    )
  );
  return environReference(name);
}
function hide(ctx, file, value) {
  if (!ctx.hidden.has(file)) ctx.hidden.set(file, /* @__PURE__ */ new Set());
  const set = ctx.hidden.get(file);
  const walk = (v) => {
    if (typeof v === "string" || typeof v === "number") set.add(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
}
function importFreeForm(ctx, value, at, key, parentKey) {
  const env = envReference(value);
  if (env !== void 0) {
    ctx.book.reference(env);
    return value;
  }
  if (isLiteralSecret(key, value)) {
    const base = envWord(key.includes("_") || parentKey === "" ? key : `${parentKey}_${key}`) || "LITELLM_SECRET";
    const replaced = replaceLiteral(ctx, at, key, value, base);
    ctx.book.reference(envReference(replaced));
    return replaced;
  }
  if (Array.isArray(value)) {
    return value.map((item, i) => importFreeForm(ctx, item, { doc: at.doc, pointer: childPointer(at.pointer, i) }, String(i), key));
  }
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = importFreeForm(ctx, v, { doc: at.doc, pointer: childPointer(at.pointer, k) }, k, key);
    return out;
  }
  return value;
}

// src/importer/env-vars.ts
var pythonStr = (v) => typeof v === "boolean" ? v ? "True" : "False" : String(v);
var helmQuote = (v) => String(v);
function importEnvMap(ctx, value, at, what, stringify) {
  if (value === null || value === void 0) return;
  if (!isRecord(value)) {
    ctx.report(diagnostic("LG6004", locationOf(at.doc, at.pointer), `${what} must be a mapping of variable names to values`));
    return;
  }
  for (const [name, v] of Object.entries(value)) {
    const entryAt = { doc: at.doc, pointer: childPointer(at.pointer, name) };
    const env = importEnvValue(ctx, name, v, entryAt, what, stringify);
    if (env) ctx.book.setExplicit(env, entryAt);
  }
}
function importEnvValue(ctx, name, value, at, what, stringify) {
  const ref = envReference(value);
  if (ref !== void 0) return { name, valueFrom: { secretKeyRef: { name: secretNameForEnv(ref), key: dataKeyForEnv(ref) } } };
  if (isLiteralSecret(name, value)) {
    replaceLiteral(ctx, at, `${what}.${name}`, value, name, true);
    return secretEnvVar(name);
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { name, value: stringify(value) };
  ctx.report(
    diagnostic(
      "LG6006",
      locationOf(at.doc, at.pointer, "key"),
      `${what}.${name} is ${value === null ? "empty" : "not a plain value"}; not imported`,
      "Set it in the instance's spec.extraEnvVars if the proxy needs it."
    )
  );
  return void 0;
}
function importEnvList(ctx, value, at) {
  if (isRecord(value)) return importEnvMap(ctx, value, at, "extraEnvVars", helmQuote);
  if (!Array.isArray(value)) return;
  value.forEach((item, i) => {
    const itemAt = { doc: at.doc, pointer: childPointer(at.pointer, i) };
    if (!isRecord(item) || typeof item.name !== "string") {
      ctx.report(diagnostic("LG6004", locationOf(at.doc, itemAt.pointer), "an extraEnvVars entry must be a mapping with a name"));
      return;
    }
    if (item.valueFrom !== void 0) {
      ctx.book.setExplicit(item, itemAt);
      return;
    }
    const env = importEnvValue(ctx, item.name, item.value ?? "", { doc: at.doc, pointer: childPointer(itemAt.pointer, "value") }, "extraEnvVars", helmQuote);
    if (env) ctx.book.setExplicit(env, itemAt);
  });
}

// src/importer/helm.ts
var HANDLED = /* @__PURE__ */ new Set(["proxy_config", "replicaCount", "image", "masterkeySecretName", "masterkeySecretKey", "db", "ingress", "resources", "envVars", "extraEnvVars", "logLevel"]);
var CHART_MASTER_KEY_KEY = "masterkey";
function isSet(value) {
  if (value === null || value === void 0 || value === "" || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return value.enabled !== false && Object.values(value).some(isSet);
  return true;
}
function importHelm(file, report2) {
  const values = file.doc.value;
  const doc = file.doc;
  const at = (pointer) => ({ doc, pointer });
  const notCarried = (pointer, what, hint) => report2(diagnostic("LG6006", locationOf(doc, pointer, "key"), `${what}; not imported`, hint));
  const part = { file, spec: {} };
  for (const [key, value] of Object.entries(values)) {
    if (!HANDLED.has(key) && isSet(value)) {
      notCarried(`/${key}`, `Helm value ${key} has no counterpart in a LiteLLMInstance`, "Carry it over by hand if the proxy depends on it (the compiler's Deployment follows the operator's).");
    }
  }
  if (values.proxy_config !== void 0 && values.proxy_config !== null) {
    if (isRecord(values.proxy_config)) part.proxyConfig = at("/proxy_config");
    else report2(diagnostic("LG6004", locationOf(doc, "/proxy_config"), "proxy_config must be a mapping (the chart writes it as config.yaml)"));
  }
  if (values.replicaCount !== void 0) {
    if (Number.isSafeInteger(values.replicaCount) && values.replicaCount >= 0) part.spec.replicas = values.replicaCount;
    else report2(diagnostic("LG6004", locationOf(doc, "/replicaCount"), "replicaCount must be a whole number"));
  }
  const image = values.image;
  if (isRecord(image)) {
    const repository = typeof image.repository === "string" && image.repository !== "" ? image.repository : "ghcr.io/berriai/litellm";
    const tag = typeof image.tag === "string" || typeof image.tag === "number" ? String(image.tag) : "";
    const digest = typeof image.digest === "string" ? image.digest : "";
    if (digest !== "") part.spec.image = `${repository}@${digest}`;
    else if (tag !== "") part.spec.image = `${repository}:${tag}`;
    else notCarried("/image", "image.tag is empty, so the chart picks the tag from its appVersion", "Set spec.image in the instance to the image you run (the compiler's default applies otherwise).");
    if (isSet(image.pullPolicy)) notCarried("/image/pullPolicy", "image.pullPolicy", "The compiler's Deployment sets its own pull policy.");
  }
  if (typeof values.masterkeySecretName === "string" && values.masterkeySecretName !== "") {
    const key = typeof values.masterkeySecretKey === "string" && values.masterkeySecretKey !== "" ? values.masterkeySecretKey : CHART_MASTER_KEY_KEY;
    part.masterKey = { secretName: values.masterkeySecretName, key, at: at("/masterkeySecretName") };
  } else {
    report2(
      diagnostic(
        "LG6007",
        locationOf(doc, values.masterkeySecretName === void 0 ? "" : "/masterkeySecretName", "key"),
        "masterkeySecretName is not set: the chart generated a random master key (a new one on every render); the imported instance reads the key named by its masterKeySecretRef",
        "Put the master key your clients use into that Secret's key before switching over."
      )
    );
  }
  importDb(values.db, at("/db"), part, report2);
  importIngress(values.ingress, at("/ingress"), part, report2);
  if (isRecord(values.resources) && Object.keys(values.resources).length > 0) part.spec.resources = values.resources;
  return part;
}
function importHelmEnv(ctx, part) {
  const values = part.file.doc.value;
  const doc = part.file.doc;
  importEnvMap(ctx, values.envVars, { doc, pointer: "/envVars" }, "envVars", helmQuote);
  importEnvList(ctx, values.extraEnvVars, { doc, pointer: "/extraEnvVars" });
  const envVars = isRecord(values.envVars) ? values.envVars : {};
  if (typeof values.logLevel === "string" && values.logLevel !== "" && !("LITELLM_LOG" in envVars)) {
    ctx.book.setExplicit({ name: "LITELLM_LOG", value: values.logLevel }, { doc, pointer: "/logLevel" });
  }
}
function importDb(db, at, part, report2) {
  const here = (pointer) => locationOf(at.doc, pointer, "key");
  if (!isRecord(db) || db.useExisting !== true) {
    const standalone = !isRecord(db) || db.deployStandalone !== false;
    if (standalone) {
      report2(
        diagnostic(
          "LG6006",
          isRecord(db) ? here(at.pointer) : { file: at.doc.file, line: 1, column: 1, pointer: "" },
          "the chart deploys its own PostgreSQL (db.deployStandalone); litellm-gitops deploys no database, so it is not imported",
          "Point the instance at a database with spec.databaseSecretRef (a Secret with host, username, password and database name)."
        )
      );
    }
    return;
  }
  const secret = isRecord(db.secret) ? db.secret : {};
  if (typeof secret.name !== "string" || secret.name === "") {
    report2(diagnostic("LG6004", here(childPointer(at.pointer, "secret")), "db.useExisting needs db.secret.name"));
    return;
  }
  const str = (v, fallback) => typeof v === "string" && v !== "" ? v : fallback;
  const hostKey = str(secret.endpointKey, "host");
  const keys = { hostSecret: hostKey, usernameSecret: str(secret.usernameKey, "username"), passwordSecret: str(secret.passwordKey, "password"), dbnameSecret: "dbname" };
  part.spec.databaseSecretRef = { nameRef: secret.name, keys };
  const moved = [
    ...secret.endpointKey ? [] : [`db.endpoint (${JSON.stringify(db.endpoint ?? "localhost")}) \u2192 key ${hostKey}`],
    `db.database (${JSON.stringify(db.database ?? "litellm")}) \u2192 key dbname`
  ];
  report2(
    diagnostic(
      "LG6007",
      here(at.pointer),
      `databaseSecretRef reads every connection detail from Secret ${secret.name}; add these plain chart values to it: ${moved.join(", ")}`,
      "Store them in your secret store next to the user name and password."
    )
  );
  for (const key of ["url", "readReplicaUrl", "connectionPool"]) {
    if (isSet(db[key]) && !(key === "url" && db[key] === "postgresql://$(DATABASE_USERNAME):$(DATABASE_PASSWORD)@$(DATABASE_HOST)/$(DATABASE_NAME)")) {
      report2(diagnostic("LG6006", here(childPointer(at.pointer, key)), `db.${key}; not imported`, "LiteLLM builds DATABASE_URL from the DATABASE_* variables the compiler sets."));
    }
  }
}
function importIngress(ingress, at, part, report2) {
  if (!isRecord(ingress) || ingress.enabled !== true) return;
  const here = (pointer) => locationOf(at.doc, pointer, "key");
  const hosts = Array.isArray(ingress.hosts) ? ingress.hosts : [];
  const first = hosts[0];
  if (!isRecord(first) || typeof first.host !== "string" || first.host === "") {
    report2(diagnostic("LG6006", here(at.pointer), "ingress is enabled without hosts[0].host; not imported", "Set spec.ingress.host in the instance."));
    return;
  }
  const spec = { enabled: true, host: first.host };
  if (typeof ingress.className === "string" && ingress.className !== "") spec.className = ingress.className;
  if (isRecord(ingress.annotations) && Object.keys(ingress.annotations).length > 0) spec.annotations = ingress.annotations;
  const tls = Array.isArray(ingress.tls) ? ingress.tls.find((t) => isRecord(t) && Array.isArray(t.hosts) && t.hosts.includes(first.host)) : void 0;
  if (isRecord(tls)) spec.tls = typeof tls.secretName === "string" && tls.secretName !== "" ? { secretName: tls.secretName } : {};
  else if (Array.isArray(ingress.tls) && ingress.tls.length > 0) {
    report2(diagnostic("LG6006", here(childPointer(at.pointer, "tls")), `ingress.tls has no entry for host ${first.host}; not imported`, "Add spec.ingress.tls to the instance: {} for the controller's default certificate, or {secretName: <tls secret>}."));
  }
  part.spec.ingress = spec;
  hosts.slice(1).forEach((_, i) => report2(diagnostic("LG6006", here(childPointer(childPointer(at.pointer, "hosts"), i + 1)), "ingress host beyond the first; not imported", "An instance's Ingress serves one host.")));
  const paths = Array.isArray(first.paths) ? first.paths : [];
  paths.forEach((p, i) => {
    if (isRecord(p) && (p.path ?? "/") !== "/") {
      report2(diagnostic("LG6006", here(childPointer(childPointer(childPointer(at.pointer, "hosts"), 0), "paths") + `/${i}`), `ingress path ${String(p.path)}; not imported`, "The compiler's Ingress routes / to the proxy."));
    }
  });
  if (isSet(ingress.labels)) report2(diagnostic("LG6006", here(childPointer(at.pointer, "labels")), "ingress.labels; not imported", "Add them with a kustomize patch over the rendered Ingress."));
}

// src/importer/include.ts
import { existsSync } from "node:fs";
import path from "node:path";

// src/importer/read.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync, statSync } from "node:fs";

// src/importer/pyyaml-schema.ts
var BOOL = "tag:yaml.org,2002:bool";
var INT = "tag:yaml.org,2002:int";
var FLOAT = "tag:yaml.org,2002:float";
var TIMESTAMP = "tag:yaml.org,2002:timestamp";
var pyTrue = {
  tag: BOOL,
  default: true,
  identify: (value) => value === true,
  test: /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/,
  resolve: () => true
};
var pyFalse = {
  tag: BOOL,
  default: true,
  identify: (value) => value === false,
  test: /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/,
  resolve: () => false
};
var pyDecimalInt = {
  tag: INT,
  default: true,
  identify: (value) => typeof value === "number" && Number.isInteger(value),
  test: /^[-+]?(?:0|[1-9][0-9_]*)$/,
  // Beyond 2^53 a JS number cannot hold the exact value; no LiteLLM setting is that large.
  resolve: (source) => Number(source.replace(/_/g, ""))
};
var pyFloat = {
  tag: FLOAT,
  default: true,
  identify: (value) => typeof value === "number",
  test: /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
  resolve: (source) => {
    const s = source.replace(/_/g, "");
    if (/nan$/i.test(s)) return NaN;
    if (/inf$/i.test(s)) return s.startsWith("-") ? -Infinity : Infinity;
    return Number(s);
  }
};
function pyyamlTags(tags) {
  const kept = tags.filter((t) => {
    if (typeof t === "string") return true;
    if (t.tag === BOOL || t.tag === FLOAT || t.tag === TIMESTAMP) return false;
    return !(t.tag === INT && t.format === void 0);
  });
  return [...kept, pyTrue, pyFalse, pyDecimalInt, pyFloat];
}

// src/importer/read.ts
function readInput(absolute, cwd) {
  const file = displayPath(absolute, cwd);
  const at = { file, line: 0, column: 0, pointer: "" };
  let text;
  try {
    const size = statSync(absolute).size;
    if (size > MAX_FILE_BYTES) {
      return {
        diagnostics: [
          diagnostic("LG1006", { ...at, line: 1, column: 1 }, `file is ${(size / 1048576).toFixed(1)} MiB; the limit is ${MAX_FILE_BYTES / 1048576} MiB`)
        ]
      };
    }
    text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(absolute));
  } catch (error) {
    if (error instanceof TypeError) {
      return { diagnostics: [diagnostic("LG1002", { ...at, line: 1, column: 1 }, "file is not valid UTF-8", "Save the file as UTF-8.")] };
    }
    const code = error instanceof Error && "code" in error ? String(error.code) : "read error";
    return { diagnostics: [diagnostic("LG1001", at, `cannot read file (${code})`, "Check that the path exists and is readable.")] };
  }
  const parsed = collector();
  const documents = parseSource({ path: file, text }, parsed.report);
  if (parsed.diagnostics.length > 0) return { text, diagnostics: parsed.diagnostics };
  const first = documents[0];
  if (documents.length !== 1 || first === void 0) {
    const what = documents.length === 0 ? "holds no YAML document" : `holds ${documents.length} YAML documents`;
    return {
      text,
      diagnostics: [
        diagnostic(
          "LG6001",
          { ...at, line: 1, column: 1 },
          `${what}; import reads one config.yaml, model list or Helm values document per file`,
          "Split the documents into separate files and pass each of them."
        )
      ]
    };
  }
  const docs11 = (0, import_yaml.parseAllDocuments)(text, { version: "1.1", customTags: pyyamlTags, uniqueKeys: true, prettyErrors: false });
  const doc11 = Array.isArray(docs11) ? docs11[first.index] : void 0;
  if (!doc11 || doc11.errors.length > 0) {
    const problem = doc11?.errors[0];
    const { line, column } = problem ? first.locate("") : { line: 1, column: 1 };
    return {
      text,
      diagnostics: [diagnostic("LG1003", { ...at, line, column }, `YAML 1.1 cannot read this file: ${problem?.message.split("\n")[0] ?? "no document"}`)]
    };
  }
  const value = doc11.toJS({ maxAliasCount: 100 });
  const exotic = exoticValue(value, "");
  if (exotic) {
    const { line, column } = first.locate(exotic.pointer);
    return {
      text,
      diagnostics: [
        diagnostic(
          "LG6004",
          { file, line, column, pointer: exotic.pointer },
          `${exotic.what} cannot be carried into the generated resources (they hold plain YAML data only)`,
          "Write the value as a plain string, number, list or mapping."
        )
      ]
    };
  }
  return { input: { file, absolute, text, doc: { ...first, value } }, text, diagnostics: [] };
}
function exoticValue(value, pointer) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return void 0;
  if (typeof value === "number") return Number.isFinite(value) ? void 0 : { pointer, what: `the number ${String(value)}` };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = exoticValue(value[i], `${pointer}/${i}`);
      if (found) return found;
    }
    return void 0;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      const found = exoticValue(item, childPointer(pointer, key));
      if (found) return found;
    }
    return void 0;
  }
  const kind = value instanceof Uint8Array ? "!!binary" : value instanceof Set ? "!!set" : value instanceof Map ? "!!omap/!!pairs" : typeof value;
  return { pointer, what: `a ${kind} value` };
}

// src/importer/include.ts
function mergeConfig(view, value, at, report2, skip = []) {
  for (const [key, item] of Object.entries(value)) {
    if (skip.includes(key)) continue;
    const keyAt = { doc: at.doc, pointer: childPointer(at.pointer, key) };
    const itemsAt = Array.isArray(item) ? item.map((_, i) => ({ doc: at.doc, pointer: childPointer(keyAt.pointer, i) })) : void 0;
    const existing = view.get(key);
    if (existing && Array.isArray(item)) {
      if (!Array.isArray(existing.value)) {
        report2(
          diagnostic(
            "LG6004",
            locationOf(at.doc, keyAt.pointer, "key"),
            `${key} is a list here but not in ${existing.at.doc.file}; LiteLLM fails to merge them`,
            "Make both a list, or keep the key in one file only."
          )
        );
        continue;
      }
      existing.value = [...existing.value, ...item];
      existing.items = [...existing.items ?? [], ...itemsAt];
      continue;
    }
    if (existing) {
      report2(
        diagnostic(
          "LG6007",
          locationOf(existing.at.doc, existing.at.pointer, "key"),
          `${key} is replaced as a whole by the one in ${at.doc.file} (LiteLLM does not merge mappings across files); this one is not imported`,
          `Keep ${key} in one file.`
        )
      );
    }
    const top = { value: item, at: keyAt, ...itemsAt ? { items: itemsAt } : {} };
    view.set(key, top);
  }
}
function resolveIncludes(main, view, report2, cwd) {
  const files = [];
  const texts = /* @__PURE__ */ new Map();
  const queue = [];
  const enqueue = (file, pointerBase, chain) => {
    const root = file.doc.value;
    const includes = root.include;
    if (includes === void 0 || includes === null) return;
    const includeAt = { doc: file.doc, pointer: childPointer(pointerBase, "include") };
    if (!Array.isArray(includes)) {
      report2(diagnostic("LG6004", locationOf(file.doc, includeAt.pointer), "include must be a list of file paths; LiteLLM refuses to start"));
      return;
    }
    includes.forEach((entry, i) => {
      const from = { doc: file.doc, pointer: childPointer(includeAt.pointer, i) };
      if (typeof entry !== "string" || entry === "") {
        report2(diagnostic("LG6004", locationOf(file.doc, from.pointer), "an include entry must be a file path"));
        return;
      }
      const absolute = path.resolve(path.dirname(file.absolute), entry);
      const fromMain = path.resolve(path.dirname(main.absolute), entry);
      if (chain.length > 1 && absolute !== fromMain) {
        report2(
          diagnostic(
            "LG6007",
            locationOf(file.doc, from.pointer),
            `${entry} is read relative to ${path.basename(file.absolute)}; LiteLLM reads every include relative to the main config's folder, where it would be ${path.relative(cwd, fromMain) || fromMain}`,
            "Write the path relative to the main config (or include the file from the main config) so that both agree."
          )
        );
      }
      queue.push({ absolute, from, chain: [...chain, absolute] });
    });
  };
  enqueue(main, "", [main.absolute]);
  while (queue.length > 0) {
    const next = queue.shift();
    const at = locationOf(next.from.doc, next.from.pointer);
    if (next.chain.slice(0, -1).includes(next.absolute)) {
      const names = next.chain.map((p) => path.relative(cwd, p) || p);
      report2(
        diagnostic(
          "LG6003",
          at,
          `include cycle: ${names.join(" \u2192 ")}; LiteLLM would include these files forever`,
          "Remove the include that leads back to a file already including this one."
        )
      );
      continue;
    }
    if (!existsSync(next.absolute)) {
      report2(
        diagnostic(
          "LG6002",
          at,
          `included file not found: ${path.relative(cwd, next.absolute) || next.absolute}; LiteLLM refuses to start`,
          "Paths in include: are relative to the including file; correct the path, or add the file."
        )
      );
      continue;
    }
    const read = readInput(next.absolute, cwd);
    read.diagnostics.forEach(report2);
    if (read.text !== void 0) texts.set(read.input?.file ?? path.relative(cwd, next.absolute), read.text);
    if (!read.input) continue;
    files.push(read.input);
    const value = read.input.doc.value;
    if (value === null) continue;
    if (!isRecord(value)) {
      report2(diagnostic("LG6004", locationOf(read.input.doc, ""), "an included file must be a mapping of config.yaml keys"));
      continue;
    }
    mergeConfig(view, value, { doc: read.input.doc, pointer: "" }, report2, ["include"]);
    enqueue(read.input, "", next.chain);
  }
  return { files, texts };
}

// src/importer/mask.ts
function maskSources(texts, hidden, diagnostics) {
  const out = /* @__PURE__ */ new Map();
  for (const [file, text] of texts) {
    let masked = text;
    const values = [...hidden.get(file) ?? []].filter((v) => v.length > 0).sort((a, b) => b.length - a.length);
    for (const value of values) masked = masked.split(value).join(MASK);
    const lines = masked.split("\n");
    for (const d of diagnostics) {
      if (d.file !== file || d.code !== "LG6005" || d.line < 1) continue;
      const line = lines[d.line - 1];
      if (line !== void 0) lines[d.line - 1] = line.slice(0, Math.max(0, d.column - 1)) + MASK;
    }
    out.set(file, lines.join("\n"));
  }
  return out;
}

// src/importer/names.ts
function dnsLabel(text, fallback, max = 63) {
  const label = text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, max).replace(/-+$/, "");
  return label === "" ? fallback : label;
}
var UniqueNames = class {
  used = /* @__PURE__ */ new Set();
  take(base, max = 63) {
    let name = base;
    for (let n = 2; this.used.has(name); n++) {
      const suffix = `-${n}`;
      name = base.slice(0, max - suffix.length).replace(/-+$/, "") + suffix;
    }
    this.used.add(name);
    return name;
  }
};
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

// src/importer/params.ts
import { readFileSync as readFileSync2 } from "node:fs";
var schema;
function modelSchema() {
  schema ??= JSON.parse(readFileSync2(packageFile("schemas/model.schema.json"), "utf8"));
  return schema;
}
function fitsSchema(field, value) {
  if (field.anyOf) return field.anyOf.some((f) => fitsSchema(f, value));
  if (field.enum && !field.enum.includes(value)) return false;
  switch (field.type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return Number.isSafeInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value) && (!field.items || value.every((v) => fitsSchema(field.items, v)));
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    default:
      return field.type === void 0;
  }
}
function typedParam(key, value) {
  const param = paramByName(key);
  const field = param?.field;
  const shape = field === void 0 ? void 0 : modelSchema().properties.spec.properties.litellmParams.properties[field];
  if (param === void 0 || field === void 0 || shape === void 0) return void 0;
  if (param.kind === "decimal") {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) return void 0;
    const decimal = parseDecimal(value);
    return decimal ? { field, value: decimalToString(decimal) } : void 0;
  }
  if (param.kind === "duration" && !(typeof value === "string" && DURATION.test(value))) return void 0;
  if (param.kind === "credential" && !isEnvironReference(value)) return void 0;
  return fitsSchema(shape, value) ? { field, value } : void 0;
}
function secretRefField(key) {
  const field = paramByName(key)?.field;
  const keys = modelSchema().properties.spec.properties.modelSecretRef.properties.keys.properties;
  return field !== void 0 && Object.hasOwn(keys, field) ? field : void 0;
}
var INFO_FIELD = Object.fromEntries(Object.entries(MODEL_INFO_NAMES).map(([field, key]) => [key, field]));
function typedInfo(key, value) {
  const field = Object.hasOwn(INFO_FIELD, key) ? INFO_FIELD[key] : void 0;
  const shape = field === void 0 ? void 0 : modelSchema().properties.spec.properties.modelInfo.properties[field];
  return field !== void 0 && shape !== void 0 && fitsSchema(shape, value) ? field : void 0;
}

// src/importer/models.ts
var ENTRY_KEYS = /* @__PURE__ */ new Set(["model_name", "litellm_params", "model_info"]);
function importModel(ctx, entry, at, names, target) {
  const here = (pointer, target2 = "value") => locationOf(at.doc, pointer, target2);
  const invalid = (pointer, message, hint) => {
    ctx.report(diagnostic("LG6004", here(pointer, pointer === at.pointer ? "value" : "key"), message, hint));
    return void 0;
  };
  if (!isRecord(entry)) return invalid(at.pointer, "a model_list entry must be a mapping with model_name and litellm_params");
  const modelName = entry.model_name;
  if (typeof modelName !== "string" || modelName === "") {
    return invalid(
      modelName === void 0 ? at.pointer : childPointer(at.pointer, "model_name"),
      "model_list entry has no model_name string; LiteLLM cannot route to it",
      "Give every entry a model_name (the name clients request)."
    );
  }
  const paramsAt = childPointer(at.pointer, "litellm_params");
  const params = entry.litellm_params;
  if (!isRecord(params) || typeof params.model !== "string" || params.model === "") {
    return invalid(
      isRecord(params) ? childPointer(paramsAt, "model") : params === void 0 ? at.pointer : paramsAt,
      `model_list entry "${modelName}" has no litellm_params.model; LiteLLM refuses to start`,
      "Set litellm_params.model to <provider>/<model-id>."
    );
  }
  for (const key of Object.keys(entry)) {
    if (ENTRY_KEYS.has(key)) continue;
    ctx.report(
      diagnostic(
        "LG6006",
        here(childPointer(at.pointer, key), "key"),
        `model_list entry "${modelName}": ${key} is outside litellm_params and model_info; a Model has no place for it, so it is not imported`,
        `Move ${key} under litellm_params (where LiteLLM reads tpm, rpm and the other deployment params) and import again.`
      )
    );
  }
  const provider = providerOf(params.model, typeof params.custom_llm_provider === "string" ? params.custom_llm_provider : void 0);
  const typed = { model: params.model };
  const passthrough = {};
  const credentials = [];
  const modelEnv = envReference(params.model);
  if (modelEnv !== void 0) ctx.book.reference(modelEnv);
  for (const [key, value] of Object.entries(params)) {
    if (key === "model") continue;
    const valueAt = { doc: at.doc, pointer: childPointer(paramsAt, key) };
    const env = envReference(value);
    const credential = secretRefField(key) !== void 0;
    if (credential && env !== void 0) {
      credentials.push({ key, env });
      continue;
    }
    if (credential && isLiteralCredentialParam(key, value)) {
      const base = /^(aws|vertex)_/.test(key) ? envWord(key) : `${envWord(provider ?? "litellm")}_${envWord(key)}`;
      credentials.push({ key, env: envReference(replaceLiteral(ctx, valueAt, key, value, base)) });
      continue;
    }
    place(key, importFreeForm(ctx, value, valueAt, key, ""), typed, passthrough);
  }
  if (credentials.length === 0 && params.litellm_credential_name === void 0) warnAmbientCredentials(ctx, at, modelName, provider);
  const { secretRef, wired } = wireCredentials(ctx, credentials, provider, typed);
  for (const { key, env } of credentials) {
    if (wired.has(key)) continue;
    ctx.book.reference(env);
    place(key, environReference(env), typed, passthrough);
  }
  const litellmParams = { ...typed };
  if (Object.keys(passthrough).length > 0) litellmParams.additionalProp1 = passthrough;
  const spec = {
    modelName,
    connectionRef: { instanceRef: { name: target.instance } },
    modelSecretRef: secretRef,
    litellmParams
  };
  const modelInfo = importModelInfo(ctx, entry.model_info, { doc: at.doc, pointer: childPointer(at.pointer, "model_info") }, modelName);
  if (modelInfo === null) return void 0;
  if (Object.keys(modelInfo).length > 0) spec.modelInfo = modelInfo;
  const name = names.take(dnsLabel(modelName.replace(/\*/g, "all"), "model"));
  return {
    name,
    resource: { apiVersion: LITELLM_API_VERSION, kind: "Model", metadata: { name, namespace: target.namespace }, spec }
  };
}
function place(key, value, typed, passthrough) {
  const field = typedParam(key, value);
  if (field) typed[field.field] = field.value;
  else passthrough[key] = value;
}
function wireCredentials(ctx, credentials, provider, typed) {
  const none = { secretRef: {}, wired: /* @__PURE__ */ new Set() };
  const eligible = credentials.filter((c) => keepsEnvName(c.env) && !ctx.book.isInstanceEnv(c.env));
  const anchor = eligible.find((c) => c.key === "api_key") ?? eligible[0];
  if (anchor === void 0) return none;
  const secretName = secretNameForEnv(anchor.env);
  const chosen = eligible.filter((c) => secretNameForEnv(c.env) === secretName);
  const keys = {};
  for (const c of chosen) keys[secretRefField(c.key)] = c.env;
  const inParams = new Set(Object.keys(typed));
  for (const c of credentials) {
    if (chosen.includes(c)) continue;
    const field = typedParam(c.key, environReference(c.env));
    if (field) inParams.add(field.field);
  }
  const complete = requiredCredentials(provider).every((param) => param in keys || inParams.has(param));
  if (!complete) return none;
  for (const c of chosen) ctx.book.generate(c.env, "model");
  return { secretRef: { secretName, keys }, wired: new Set(chosen.map((c) => c.key)) };
}
function warnAmbientCredentials(ctx, at, modelName, provider) {
  if (requiredCredentials(provider).length === 0 || ctx.once.has(`ambient:${provider ?? ""}`)) return;
  const known = provider !== void 0 && Object.hasOwn(AMBIENT_CREDENTIALS, provider) ? AMBIENT_CREDENTIALS[provider] : void 0;
  if (provider !== void 0 && known === void 0 && ctx.book.isInstanceEnv(`${envWord(provider)}_API_KEY`)) return;
  ctx.once.add(`ambient:${provider ?? ""}`);
  const variables = provider === void 0 ? "the provider's key variables" : known ?? `${envWord(provider)}_API_KEY`;
  ctx.report(
    diagnostic(
      "LG6007",
      locationOf(at.doc, childPointer(at.pointer, "litellm_params"), "key"),
      `model "${modelName}"${provider ? ` (${provider})` : ""} names no credential, so LiteLLM took it from the proxy's environment (${variables}); the compiled Deployment sets only the variables the resources name`,
      "Write the credential as os.environ/NAME in the config and import again, or add NAME to the instance's spec.extraEnvVars with a secretKeyRef."
    )
  );
}
function importModelInfo(ctx, info, at, modelName) {
  if (info === void 0 || info === null) return {};
  if (!isRecord(info)) {
    ctx.report(diagnostic("LG6004", locationOf(at.doc, at.pointer), `model_list entry "${modelName}": model_info must be a mapping`));
    return null;
  }
  const out = {};
  const passthrough = {};
  for (const [key, raw] of Object.entries(info)) {
    const valueAt = { doc: at.doc, pointer: childPointer(at.pointer, key) };
    if (key === "id") {
      if (typeof raw === "string" || typeof raw === "number") out.id = String(raw);
      else if (raw !== null) passthrough.id = raw;
      continue;
    }
    const value = importFreeForm(ctx, raw, valueAt, key, "model_info");
    const field = typedInfo(key, value);
    if (field) out[field] = value;
    else passthrough[key] = value;
  }
  if (Object.keys(passthrough).length > 0) out.additionalProp1 = passthrough;
  return out;
}

// src/importer/plan.ts
var SPEC_ORDER = [
  "image",
  "replicas",
  "masterKeySecretRef",
  "databaseSecretRef",
  "redisSecretRef",
  "ingress",
  "resources",
  "extraEnvVars",
  "routerSettings",
  "litellmSettings",
  "generalSettings"
];
function planFiles({ options, spec, models, sources }) {
  const header = `# Imported by \`litellm-gitops import\` from ${sources.join(", ")}.
`;
  const files = /* @__PURE__ */ new Map();
  files.set(
    "compiler-config.yaml",
    header + toYaml({
      apiVersion: GITOPS_API_VERSION,
      kind: "CompilerConfig",
      metadata: { name: options.instance },
      spec: { defaults: { namespace: options.namespace } }
    })
  );
  const ordered = {};
  for (const key of SPEC_ORDER) if (spec[key] !== void 0) ordered[key] = spec[key];
  for (const key of Object.keys(spec)) if (!(key in ordered)) ordered[key] = spec[key];
  files.set(
    "instance.yaml",
    header + toYaml({
      apiVersion: LITELLM_API_VERSION,
      kind: "LiteLLMInstance",
      metadata: { name: options.instance, namespace: options.namespace },
      spec: ordered
    })
  );
  for (const model of models) files.set(`models/${model.name}.yaml`, header + toYaml(model.resource));
  return new Map([...files].sort(([a], [b]) => compareStrings(a, b)));
}

// src/importer/settings.ts
var DEFAULT_MASTER_KEY = { secretName: secretNameForEnv(MASTER_KEY_ENV), key: MASTER_KEY_ENV };
var REDIS_REFS = { redis_host: "REDIS_HOST", redis_port: "REDIS_PORT", redis_password: "REDIS_PASSWORD" };
function sectionOf(ctx, top, key) {
  if (top === void 0 || top.value === null) return void 0;
  if (isRecord(top.value)) return top.value;
  ctx.report(diagnostic("LG6004", locationOf(top.at.doc, top.at.pointer), `${key} must be a mapping; LiteLLM cannot load this config`));
  return void 0;
}
function redisSecretRef(router) {
  if (!router) return void 0;
  const exact = Object.entries(REDIS_REFS).every(([key, env]) => router[key] === environReference(env));
  if (!exact) return void 0;
  return {
    nameRef: secretNameForEnv(REDIS_REFS.redis_host),
    keys: { hostSecret: REDIS_REFS.redis_host, portSecret: REDIS_REFS.redis_port, passwordSecret: REDIS_REFS.redis_password }
  };
}
var REDIS_ENV = Object.values(REDIS_REFS);
function masterKeyRef(ctx, general, generalAt, chart) {
  const value = general?.master_key;
  const at = generalAt && { doc: generalAt.doc, pointer: childPointer(generalAt.pointer, "master_key") };
  const env = envReference(value);
  if (chart && (value === void 0 || value === null || env === "PROXY_MASTER_KEY")) return { secretName: chart.secretName, key: chart.key };
  if (chart) {
    ctx.report(
      diagnostic(
        "LG6006",
        locationOf(chart.at.doc, chart.at.pointer, "key"),
        "masterkeySecretName is not imported: proxy_config's general_settings.master_key sets the key LiteLLM used",
        "The instance's masterKeySecretRef follows general_settings.master_key."
      )
    );
  }
  if (env !== void 0) return { secretName: secretNameForEnv(env), key: dataKeyForEnv(env) };
  if (value !== void 0 && value !== null && value !== "" && at) {
    const hidden = ctx.hidden.get(at.doc.file) ?? /* @__PURE__ */ new Set();
    hidden.add(String(value));
    ctx.hidden.set(at.doc.file, hidden);
    ctx.report(
      diagnostic(
        "LG6005",
        locationOf(at.doc, at.pointer),
        `master_key holds a literal credential; imported as masterKeySecretRef: Secret ${DEFAULT_MASTER_KEY.secretName} key ${DEFAULT_MASTER_KEY.key}`,
        "Store the value in your secret store under that key (`litellm-gitops secrets` lists it) and rotate it: it was committed in plain text."
      )
    );
    return DEFAULT_MASTER_KEY;
  }
  ctx.report(
    diagnostic(
      "LG6007",
      at && generalAt ? locationOf(generalAt.doc, generalAt.pointer, "key") : { file: ctx.mainFile, line: 1, column: 1, pointer: "" },
      `no master_key in the imported files (without one, LiteLLM accepts requests without a key); the compiled proxy requires the key in Secret ${DEFAULT_MASTER_KEY.secretName} key ${DEFAULT_MASTER_KEY.key}`,
      "Create that key in your secret store; clients must then send it (or a virtual key) as their Bearer token."
    )
  );
  return DEFAULT_MASTER_KEY;
}
function importSection(ctx, key, section, at, drop) {
  const out = {};
  for (const [k, v] of Object.entries(section)) {
    if (drop.includes(k)) continue;
    out[k] = importFreeForm(ctx, v, { doc: at.doc, pointer: childPointer(at.pointer, k) }, k, key);
  }
  return out;
}

// src/importer/index.ts
var CARRIED = /* @__PURE__ */ new Set(["model_list", "router_settings", "litellm_settings", "general_settings", "environment_variables"]);
function importFiles(paths, options) {
  const diagnostics = [];
  const report2 = (d) => diagnostics.push(d);
  const texts = /* @__PURE__ */ new Map();
  const view = /* @__PURE__ */ new Map();
  let helm;
  const inputs = [];
  for (const given of paths) {
    const read = readInput(path2.resolve(options.cwd, given), options.cwd);
    read.diagnostics.forEach(report2);
    if (read.text !== void 0) texts.set(read.input?.file ?? given, read.text);
    if (!read.input) continue;
    const input = read.input;
    inputs.push(input);
    const kind = detectKind(input, report2);
    if (kind === "model-list") {
      addModelList(view, input);
    } else if (kind === "config") {
      mergeConfig(view, input.doc.value, { doc: input.doc, pointer: "" }, report2, ["include"]);
      const included = resolveIncludes(input, view, report2, options.cwd);
      for (const [file, text] of included.texts) texts.set(file, text);
    } else if (kind === "helm-values") {
      if (helm) {
        report2(
          diagnostic(
            "LG6008",
            { file: input.file, line: 1, column: 1, pointer: "" },
            `a second Helm values file (the first is ${helm.file.file}); one instance has one set of chart values`,
            "Merge the overrides into one file (as `helm -f a.yaml -f b.yaml` would), or import each into its own instance."
          )
        );
        continue;
      }
      helm = importHelm(input, report2);
      if (helm.proxyConfig) mergeConfig(view, input.doc.value.proxy_config, helm.proxyConfig, report2);
    }
  }
  const mainFile = inputs[0]?.file ?? paths[0] ?? "";
  const ctx = { report: report2, book: new EnvBook(report2), hidden: /* @__PURE__ */ new Map(), mainFile, once: /* @__PURE__ */ new Set() };
  const finish = (files) => {
    const sorted = sortDiagnostics(diagnostics);
    return { files, diagnostics: sorted, sources: maskSources(texts, ctx.hidden, sorted), view: Object.fromEntries([...view].map(([k, v]) => [k, v.value])) };
  };
  if (inputs.length === 0 || diagnostics.some((d) => d.severity === "error")) return finish(/* @__PURE__ */ new Map());
  reportUncarried(view, ctx);
  const spec = importInstanceSpec(ctx, view, helm);
  const models = importModels(ctx, view, options);
  if (diagnostics.some((d) => d.severity === "error")) return finish(/* @__PURE__ */ new Map());
  spec.extraEnvVars = ctx.book.extraEnvVars();
  if (spec.extraEnvVars.length === 0) delete spec.extraEnvVars;
  return finish(planFiles({ options, spec, models, sources: inputs.map((i) => i.file) }));
}
function addModelList(view, input) {
  const items = input.doc.value;
  const at = items.map((_, i) => ({ doc: input.doc, pointer: `/${i}` }));
  const existing = view.get("model_list");
  if (existing && Array.isArray(existing.value)) {
    existing.value = [...existing.value, ...items];
    existing.items = [...existing.items ?? [], ...at];
  } else {
    view.set("model_list", { value: [...items], at: { doc: input.doc, pointer: "" }, items: at });
  }
}
function reportUncarried(view, ctx) {
  for (const [key, top] of view) {
    if (CARRIED.has(key)) continue;
    const read = CONFIG_KEYS.has(key);
    ctx.report(
      diagnostic(
        "LG6006",
        locationOf(top.at.doc, top.at.pointer, "key"),
        read ? `LiteLLM reads ${key}, but a LiteLLMInstance has no place for it; not imported` : `${key} is not a config.yaml key LiteLLM reads; not imported`,
        read ? `Configure ${key} another way (the proxy's UI and database, or a config the compiler does not manage), or drop it.` : "Check the spelling; LiteLLM ignores keys it does not know."
      )
    );
  }
}
function importInstanceSpec(ctx, view, helm) {
  for (const top of view.values()) for (const name of environNames(top.value)) ctx.book.reserve(name);
  const router = sectionOf(ctx, view.get("router_settings"), "router_settings");
  const litellm = sectionOf(ctx, view.get("litellm_settings"), "litellm_settings");
  const general = sectionOf(ctx, view.get("general_settings"), "general_settings");
  const spec = { ...helm?.spec ?? {} };
  ctx.book.generate(MASTER_KEY_ENV, "instance");
  const redis = redisSecretRef(router);
  if (redis) {
    spec.redisSecretRef = redis;
    REDIS_ENV.forEach((name) => ctx.book.generate(name, "instance"));
  }
  if (spec.databaseSecretRef) {
    if (general?.database_url !== void 0) {
      const at = view.get("general_settings").at;
      ctx.report(diagnostic("LG6006", locationOf(helm.file.doc, "/db", "key"), "db.useExisting is not imported: general_settings.database_url sets the database", `The config's database_url (${at.doc.file}) stays as written.`));
      delete spec.databaseSecretRef;
    } else {
      ["DATABASE_HOST", "DATABASE_USERNAME", "DATABASE_PASSWORD", "DATABASE_NAME"].forEach((name) => ctx.book.generate(name, "instance"));
    }
  }
  const envTop = view.get("environment_variables");
  if (envTop) importEnvMap(ctx, envTop.value, envTop.at, "environment_variables", pythonStr);
  if (helm) importHelmEnv(ctx, helm);
  spec.masterKeySecretRef = masterKeyRef(ctx, general, view.get("general_settings")?.at, helm?.masterKey);
  const sections = [
    ["router_settings", "routerSettings", router, redis ? ["redis_host", "redis_port", "redis_password"] : []],
    ["litellm_settings", "litellmSettings", litellm, []],
    // master_key is generated by the compiler from masterKeySecretRef.
    ["general_settings", "generalSettings", general, ["master_key"]]
  ];
  for (const [key, field, section, drop] of sections) {
    if (!section) continue;
    const imported = importSection(ctx, key, section, view.get(key).at, drop);
    if (Object.keys(imported).length > 0) spec[field] = imported;
  }
  return spec;
}
function importModels(ctx, view, options) {
  const top = view.get("model_list");
  if (!top || top.value === null) return [];
  if (!Array.isArray(top.value)) {
    ctx.report(diagnostic("LG6004", locationOf(top.at.doc, top.at.pointer), "model_list must be a list of model entries; LiteLLM cannot load this config"));
    return [];
  }
  const names = new UniqueNames();
  const models = [];
  top.value.forEach((entry, i) => {
    const at = top.items?.[i] ?? { doc: top.at.doc, pointer: childPointer(top.at.pointer, i) };
    const model = importModel(ctx, entry, at, names, { namespace: options.namespace, instance: options.instance });
    if (model) models.push(model);
  });
  return models;
}

// src/cli/commands/import.ts
var usage = `Usage: litellm-gitops import FILE... [--namespace NS] [--instance NAME] [--out DIR] [--force]
                             [--strict] [--format text|json|github]

Brings an existing LiteLLM setup into litellm-gitops. FILE is a LiteLLM config.yaml (its
include: files are read too), a models.yaml holding a bare list of model_list entries, or
the values.yaml of the litellm-helm chart; several are merged as if the first included the
others. Writes DIR/compiler-config.yaml, DIR/instance.yaml (a LiteLLMInstance) and one
DIR/models/<name>.yaml per model_list entry, ready for \`litellm-gitops build DIR\`.

Every os.environ/NAME is read from Secret <first word of NAME> key NAME; a literal
credential is never written: it becomes such a reference, with a warning naming its file
and line. Whatever has no place in the resources is reported key by key. See docs/import.md.

  --namespace NS    namespace of the resources (default: litellm)
  --instance NAME   name of the LiteLLMInstance (default: litellm)
  --out DIR         where to write (default: the current folder)
  --force           overwrite files that already exist (otherwise: exit 1 naming them, nothing written);
                    a symbolic link is never written through, even with --force`;
var OPTIONS = {
  ...COMMON_OPTIONS,
  namespace: { type: "string", default: "litellm" },
  instance: { type: "string", default: "litellm" },
  out: { type: "string", default: "." },
  force: { type: "boolean", default: false }
};
async function run(argv, io) {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = formatOption(values.format);
  if (positionals.length === 0) throw new UsageError("give at least one file to import");
  if (!DNS_LABEL.test(values.namespace) || values.namespace.length > 63) throw new UsageError(`--namespace ${values.namespace} is not a DNS-1123 label`);
  if (!DNS_LABEL.test(values.instance) || values.instance.length > MAX_INSTANCE_NAME) {
    throw new UsageError(`--instance ${values.instance} is not a DNS-1123 label of at most ${MAX_INSTANCE_NAME} characters`);
  }
  const result = importFiles(positionals, { cwd: io.cwd, namespace: values.namespace, instance: values.instance });
  const diagnostics = values.strict ? promoteWarnings(result.diagnostics) : result.diagnostics;
  const failed = hasErrors(diagnostics);
  const code = report({ ...failed ? {} : { result: true }, diagnostics, sources: result.sources }, io, format, diagnosticStream(io, format));
  if (failed) return code;
  const dir = path3.resolve(io.cwd, values.out);
  const written = writeNewFiles("import", dir, result.files, values.force, io);
  if (written !== EXIT_OK) return written;
  const relative = path3.relative(io.cwd, dir);
  const shown = relative === "" ? "." : relative.startsWith("..") || path3.isAbsolute(relative) ? dir : relative;
  const target = shown === "." ? "" : ` ${shown}`;
  io.stderr.write(`
Next: litellm-gitops secrets${target}   (the remote keys to fill), then litellm-gitops build${target}
`);
  return EXIT_OK;
}
export {
  run,
  usage
};
