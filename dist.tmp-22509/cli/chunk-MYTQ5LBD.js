import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  assembleProject,
  clusterMade,
  isSopsEncrypted,
  resolveSettings,
  resourceKey
} from "./chunk-VNTM64NP.js";
import {
  MASTER_KEY_ENV,
  PARSE_SEMANTICS,
  checkNames,
  classifyDocuments,
  closest,
  decimalToNumber,
  discover,
  documentsOf,
  envNameFor,
  isNonNegativeDecimal,
  parseDecimal,
  parseSource,
  parsedText,
  read,
  resolveEnv,
  shiftDecimal
} from "./chunk-T6J4GSBB.js";
import {
  childPointer,
  locationOf
} from "./chunk-YNR7NBTS.js";
import {
  CREDENTIAL_FIELDS,
  DECIMAL_FIELDS,
  DURATION,
  FALLBACK_LISTS,
  MODEL_INFO_NAMES,
  PER_MILLION,
  ROUTING_STRATEGIES,
  collector,
  diagnostic,
  environName,
  environReference,
  isEnvironReference,
  isLiteralSecret,
  knownModel,
  knownProviders,
  packageFile,
  promoteWarnings,
  providerOf,
  requiredCredentials,
  sortDiagnostics
} from "./chunk-Q5TSJAU2.js";
import {
  compareStrings
} from "./chunk-EPTGAQBZ.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-3EZK3CXJ.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/compiler/parse/cache.ts
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
var FORMAT = "litellm-gitops parse cache 1";
var MAX_ENTRIES = 2e5;
var HOUR = 36e5;
var TTL_HOURS = 24;
var crypto;
function sha256(text) {
  crypto ??= createRequire(import.meta.url)("node:crypto");
  return typeof crypto.hash === "function" ? crypto.hash("sha256", text, "base64url") : crypto.createHash("sha256").update(text).digest("base64url");
}
var buildId;
function compilerBuild() {
  if (buildId !== void 0) return buildId;
  try {
    if (true) {
      buildId = `bundle ${"0.1.0 6f81a19f8e7c544a19c32498b9efdd30"}`;
    } else {
      const here = fileURLToPath(import.meta.url);
      const sources = ["parse", "yaml", "locate", "cache"].map((name) => readFileSync(path.join(path.dirname(here), `${name}${path.extname(here)}`), "utf8"));
      const yaml = createRequire(import.meta.url)("yaml/package.json").version;
      buildId = `source ${sha256(sources.join("\0"))} yaml ${yaml}`;
    }
    buildId = `${buildId}; ${PARSE_SEMANTICS}`;
  } catch {
    buildId = null;
  }
  return buildId;
}
function cacheDir(cwd, env2, flag) {
  if (flag) return path.resolve(cwd, flag);
  const configured = env2.LITELLM_GITOPS_CACHE_DIR;
  if (configured) return path.resolve(cwd, configured);
  const nodeModules = path.join(cwd, "node_modules");
  if (isDirectory(nodeModules)) return path.join(nodeModules, ".cache", "litellm-gitops");
  const xdg = env2.XDG_CACHE_HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, "litellm-gitops");
  const home = env2.HOME;
  if (home && path.isAbsolute(home)) return path.join(home, ".cache", "litellm-gitops");
  return void 0;
}
function isDirectory(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
var ParseCache = class _ParseCache {
  constructor(file, build) {
    this.file = file;
    this.build = build;
  }
  file;
  build;
  entries = /* @__PURE__ */ new Map();
  used = /* @__PURE__ */ new Map();
  changed = false;
  now = Math.floor(Date.now() / HOUR);
  /** The cache of a folder; undefined when the compiler build is unknown. Never throws. */
  static open(dir) {
    const build = compilerBuild();
    if (build === null) return void 0;
    const cache2 = new _ParseCache(path.join(dir, `parse-${sha256(build).slice(0, 16)}.cache`), build);
    cache2.load();
    return cache2;
  }
  load() {
    let content;
    try {
      content = readFileSync(this.file, "utf8");
    } catch {
      return;
    }
    const headerEnd = content.indexOf("\n");
    if (headerEnd < 0) return;
    const [format, build, checksum] = content.slice(0, headerEnd).split("	");
    const body = content.slice(headerEnd + 1);
    if (format !== FORMAT || build !== this.build || checksum !== sha256(body)) return;
    let start = 0;
    while (start < body.length) {
      let end = body.indexOf("\n", start);
      if (end < 0) end = body.length;
      const line = body.slice(start, end);
      start = end + 1;
      const first = line.indexOf(" ");
      const second = line.indexOf(" ", first + 1);
      if (first < 0 || second < 0) continue;
      this.entries.set(line.slice(0, first), { stamp: Number(line.slice(first + 1, second)), json: line.slice(second + 1) });
    }
  }
  /** What a text parsed to, when it was parsed before with no diagnostic; else undefined. */
  lookup(text) {
    const key = sha256(text);
    const entry = this.entries.get(key);
    if (!entry) return void 0;
    let parsed;
    try {
      parsed = JSON.parse(entry.json);
    } catch {
      return void 0;
    }
    if (!Array.isArray(parsed?.values) || !Array.isArray(parsed.names) || parsed.names.length !== parsed.values.length) return void 0;
    this.used.set(key, entry.json);
    if (!(entry.stamp >= this.now - 1)) this.changed = true;
    return parsed;
  }
  /** Remembers what a text parsed to, when the parse gave no diagnostic. Call right after parsing. */
  store(text, parsed) {
    if (!isJsonExact(parsed.values, text.includes("*"))) return;
    const key = sha256(text);
    if (this.used.has(key)) return;
    this.used.set(key, JSON.stringify({ values: parsed.values, names: parsed.names }));
    if (!this.entries.has(key)) this.changed = true;
  }
  /** Writes the file when something changed. Never throws: a cache that cannot be written is no cache. */
  save() {
    if (!this.changed) return;
    const lines = [];
    for (const [key, json] of this.used) lines.push(`${key} ${this.now} ${json}`);
    const others = [...this.entries].filter(([key, e]) => !this.used.has(key) && e.stamp >= this.now - TTL_HOURS);
    others.sort((a, b) => b[1].stamp - a[1].stamp);
    for (const [key, e] of others.slice(0, Math.max(0, MAX_ENTRIES - lines.length))) lines.push(`${key} ${e.stamp} ${e.json}`);
    const body = lines.join("\n");
    const temp = `${this.file}.${process.pid}-${process.hrtime.bigint()}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(temp, `${FORMAT}	${this.build}	${sha256(body)}
${body}`);
      renameSync(temp, this.file);
      this.changed = false;
    } catch {
      try {
        rmSync(temp, { force: true });
      } catch {
      }
      return;
    }
    this.removeOtherBuilds();
  }
  /** Files of other compiler builds, not written for a week: an upgraded compiler never reads them. */
  removeOtherBuilds() {
    try {
      const dir = path.dirname(this.file);
      for (const name of readdirSync(dir)) {
        if (!/^parse-[\w-]+\.cache(\..+\.tmp)?$/.test(name) || path.join(dir, name) === this.file) continue;
        const file = path.join(dir, name);
        if (statSync(file).mtimeMs < Date.now() - 7 * 24 * HOUR) rmSync(file, { force: true });
      }
    } catch {
    }
  }
};
function isJsonExact(value, shared = true) {
  const stack = [value];
  const seen = shared ? /* @__PURE__ */ new Set() : void 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (seen && typeof v === "object" && v !== null) {
      if (seen.has(v)) return false;
      seen.add(v);
    }
    if (v === null || typeof v === "string" || typeof v === "boolean") continue;
    if (typeof v === "number") {
      if (!Number.isFinite(v) || Object.is(v, -0)) return false;
      continue;
    }
    if (typeof v !== "object") return false;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) return false;
        stack.push(v[i]);
      }
      continue;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype || Object.prototype.hasOwnProperty.call(v, "__proto__")) return false;
    for (const key in v) stack.push(v[key]);
    if (Object.getOwnPropertySymbols(v).length > 0) return false;
  }
  return true;
}

// src/compiler/parse/index.ts
function parse(sources, cacheDir2, report) {
  const cache2 = cacheDir2 === void 0 ? void 0 : ParseCache.open(cacheDir2);
  const documents = [];
  for (const source of sources) {
    const cached = cache2?.lookup(source.text);
    if (cached) {
      documents.push(...documentsOf(source, cached));
      continue;
    }
    let clean = true;
    const parsed = parseSource(source, (d) => {
      clean = false;
      report(d);
    });
    documents.push(...parsed);
    if (cache2 && clean) cache2.store(source.text, parsedText(parsed));
  }
  cache2?.save();
  return documents;
}

// src/compiler/uuid.ts
import { createHash } from "node:crypto";
var MODEL_ID_NAMESPACE = "345d422b-b9d3-52e7-ab26-281fc6484dd1";
function uuidv5(name, namespace = MODEL_ID_NAMESPACE) {
  const hash = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  hash[6] = hash[6] & 15 | 80;
  hash[8] = hash[8] & 63 | 128;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// src/compiler/resolve/models.ts
var NOT_COPIED = /* @__PURE__ */ new Set(["additionalProp1", "modelInfo", ...PER_MILLION.map(([perMillion]) => perMillion), ...CREDENTIAL_FIELDS]);
function resolveModelResource(resource, report) {
  const spec = resource.value.spec;
  const params = spec.litellmParams ?? { model: "" };
  const pointer = "/spec/litellmParams";
  const provider = providerOf(String(params.model), params.customLLMProvider);
  const secretName = spec.modelSecretRef.secretName;
  const uses = [];
  if (secretName) {
    const keys = spec.modelSecretRef.keys ?? {};
    const wanted = spec.modelSecretRef.keys ? Object.keys(keys) : requiredCredentials(provider);
    for (const param of [...wanted].sort()) {
      if (params[param] !== void 0) continue;
      const key = keys[param] ?? param;
      uses.push({ param, secretName, key, env: envNameFor(secretName, key), doc: resource.doc, pointer: "/spec/modelSecretRef" });
    }
  }
  const info = spec.modelInfo ?? {};
  const modelInfo = {
    ...modelInfoFrom(params.modelInfo),
    ...modelInfoFrom(info)
  };
  const model = {
    id: info.id ?? uuidv5(`Model/${resource.namespace}/${resource.name}`),
    modelName: spec.modelName ?? resource.name,
    origin: `Model ${resource.namespace}/${resource.name}`,
    params: normaliseParams(params, resource.doc, pointer, report),
    passthrough: { ...params.additionalProp1 ?? {} },
    credentials: uses.map(({ param, env: env2 }) => ({ param, env: env2 })),
    modelInfo
  };
  if (provider !== void 0) model.provider = provider;
  return { model, uses, paramsPointer: pointer, doc: resource.doc };
}
function resolveInstanceModel(instance, index, report) {
  const entry = instance.value.spec.models[index];
  const pointer = `/spec/models/${index}/liteLLMParams`;
  const params = entry.liteLLMParams ?? { model: "" };
  const provider = providerOf(String(params.model), params.customLLMProvider);
  const uses = [];
  if (entry.requiresAuth) {
    const credentials = entry.modelCredentials;
    if (!credentials) {
      report(
        diagnostic(
          "LG3014",
          locationOf(instance.doc, `/spec/models/${index}/requiresAuth`),
          `model "${entry.identifier}" requires auth but names no modelCredentials`,
          "Add modelCredentials: {nameRef: <secret>, keys: {apiKey: <data key>}}, or set requiresAuth: false."
        )
      );
    } else {
      const keys = credentials.keys;
      for (const param of Object.keys(keys).sort()) {
        const key = keys[param];
        if (key === void 0 || params[param] !== void 0) continue;
        uses.push({
          param,
          secretName: credentials.nameRef,
          key,
          env: envNameFor(credentials.nameRef, key),
          doc: instance.doc,
          pointer: `/spec/models/${index}/modelCredentials/keys/${param}`
        });
      }
    }
  }
  const model = {
    id: uuidv5(`LiteLLMInstance/${instance.namespace}/${instance.name}/${entry.identifier}`),
    modelName: entry.modelName ?? entry.identifier,
    origin: `LiteLLMInstance ${instance.namespace}/${instance.name} spec.models[${entry.identifier}]`,
    params: normaliseParams(params, instance.doc, pointer, report),
    passthrough: {
      ...params.additionalProp1 ?? {},
      ...entry.additionalProperties ?? {}
    },
    credentials: uses.map(({ param, env: env2 }) => ({ param, env: env2 })),
    modelInfo: modelInfoFrom(params.modelInfo)
  };
  if (provider !== void 0) model.provider = provider;
  return { model, uses, paramsPointer: pointer, doc: instance.doc };
}
function normaliseParams(params, doc, pointer, report) {
  const out = {};
  for (const [key, value] of Object.entries(params)) {
    if (NOT_COPIED.has(key) && !isEnvironReference(value)) continue;
    out[key] = DECIMAL_FIELDS.includes(key) ? toNumber(value) : value;
  }
  for (const [perMillion, perToken] of PER_MILLION) {
    const value = params[perMillion];
    if (value === void 0) continue;
    if (params[perToken] !== void 0) {
      report(
        diagnostic(
          "LG4006",
          locationOf(doc, `${pointer}/${perMillion}`),
          `${perMillion} and ${perToken} are both set`,
          `Keep one: ${perMillion} is converted into ${perToken}.`
        )
      );
      continue;
    }
    const parsed = parseDecimal(value);
    if (parsed) out[perToken] = decimalToNumber(shiftDecimal(parsed, -6));
  }
  return out;
}
function toNumber(value) {
  const parsed = parseDecimal(value);
  return parsed ? decimalToNumber(parsed) : value;
}
function modelInfoFrom(info) {
  const out = {};
  if (!info) return out;
  for (const [key, value] of Object.entries(info)) {
    if (key === "id") continue;
    if (key === "additionalProp1" && value && typeof value === "object") Object.assign(out, value);
    else out[MODEL_INFO_NAMES[key] ?? key] = value;
  }
  return out;
}

// src/compiler/resolve/proxy-settings.ts
function resolveProxySettings(instance, modelNames, report) {
  const spec = instance.value.spec;
  const router = spec.routerSettings ?? {};
  const litellm = spec.litellmSettings ?? {};
  const general = spec.generalSettings ?? {};
  const generatedGeneral = { master_key: environReference(MASTER_KEY_ENV) };
  if (general.store_model_in_db === void 0) generatedGeneral.store_model_in_db = false;
  const generatedRouter = spec.redisSecretRef ? { redis_host: environReference("REDIS_HOST"), redis_port: environReference("REDIS_PORT"), redis_password: environReference("REDIS_PASSWORD") } : {};
  if (spec.databaseSecretRef) checkNotSet(instance, "generalSettings", general, ["database_url"], "databaseSecretRef", report);
  checkNotSet(instance, "generalSettings", general, ["master_key"], "masterKeySecretRef", report);
  checkNotSet(instance, "routerSettings", router, Object.keys(generatedRouter), "redisSecretRef", report);
  checkRoutingStrategy(instance, router, report);
  const serves = modelMatcher(modelNames);
  checkModelReferences(instance, "routerSettings", router, modelNames, serves, report);
  checkModelReferences(instance, "litellmSettings", litellm, modelNames, serves, report);
  return {
    routerSettings: { ...generatedRouter, ...sortedWithout(router, generatedRouter) },
    litellmSettings: sortedWithout(litellm, {}),
    generalSettings: { ...generatedGeneral, ...sortedWithout(general, generatedGeneral) }
  };
}
function sortedWithout(user, generated) {
  return Object.fromEntries(
    Object.keys(user).filter((k) => !(k in generated)).sort().map((k) => [k, user[k]])
  );
}
function checkNotSet(instance, section, values, keys, instead, report) {
  for (const key of keys) {
    if (values[key] === void 0) continue;
    report(
      diagnostic(
        "LG4006",
        locationOf(instance.doc, `/spec/${section}/${key}`, "key"),
        `${section}.${key} is generated by the compiler from spec.${instead}`,
        `Remove ${key} here; set spec.${instead} instead.`
      )
    );
  }
}
function checkRoutingStrategy(instance, router, report) {
  const strategy = router.routing_strategy;
  if (strategy === void 0 || typeof strategy === "string" && ROUTING_STRATEGIES.includes(strategy)) return;
  const suggestion = typeof strategy === "string" ? closest(strategy, ROUTING_STRATEGIES) : void 0;
  report(
    diagnostic(
      "LG4001",
      locationOf(instance.doc, "/spec/routerSettings/routing_strategy"),
      `routing_strategy ${JSON.stringify(strategy)} is not one LiteLLM knows; its Router falls back to simple-shuffle without a word, so this setting would do nothing`,
      suggestion ? `Did you mean "${suggestion}"?` : `Known strategies: ${ROUTING_STRATEGIES.join(", ")}.`
    )
  );
}
function checkModelReferences(instance, section, settings, modelNames, serves, report) {
  const base = `/spec/${section}`;
  const check = (name, pointer, target) => {
    if (typeof name !== "string" || serves(name)) return;
    const suggestion = closest(name, modelNames);
    report(
      diagnostic(
        "LG4002",
        locationOf(instance.doc, pointer, target),
        `"${name}" is not a model_name of instance ${instance.namespace}/${instance.name}`,
        suggestion ? `Did you mean "${suggestion}"?` : `Model names here: ${[...modelNames].sort().join(", ") || "(none)"}.`
      )
    );
  };
  for (const list of FALLBACK_LISTS) {
    const value = settings[list];
    if (!Array.isArray(value)) continue;
    value.forEach((item, i) => {
      if (!item || typeof item !== "object") return;
      for (const [group, fallbacks] of Object.entries(item)) {
        const itemPointer = childPointer(`${base}/${list}/${i}`, group);
        check(group, itemPointer, "key");
        if (Array.isArray(fallbacks)) fallbacks.forEach((f, j) => check(f, `${itemPointer}/${j}`, "value"));
      }
    });
  }
  const defaults = settings.default_fallbacks;
  if (Array.isArray(defaults)) defaults.forEach((f, i) => check(f, `${base}/default_fallbacks/${i}`, "value"));
  const aliases = settings.model_group_alias;
  if (aliases && typeof aliases === "object") {
    for (const [alias, target] of Object.entries(aliases)) {
      const pointer = childPointer(`${base}/model_group_alias`, alias);
      if (typeof target === "string") check(target, pointer, "value");
      else if (target && typeof target === "object") check(target.model, `${pointer}/model`, "value");
    }
  }
}
function modelMatcher(modelNames) {
  const wildcards = [...modelNames].filter((pattern) => pattern.includes("*")).map(wildcardRegex);
  return (name) => modelNames.has(name) || wildcards.some((regex) => regex.test(name));
}
function wildcardRegex(pattern) {
  return new RegExp("^" + pattern.split("*").map(escapeRegex).join(".*") + "$");
}
function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/compiler/remote-key.ts
import { createRequire as createRequire2 } from "node:module";
var TEMPLATE_VARIABLES = ["namespace", "secretName", "key", "instance"];
var TemplateError = class extends Error {
  constructor(message, template, variable) {
    super(message);
    this.template = template;
    this.variable = variable;
  }
  template;
  variable;
  name = "TemplateError";
};
var environment;
function env() {
  environment ??= createRequire2(import.meta.url)("handlebars").create();
  return environment;
}
var cache = /* @__PURE__ */ new Map();
var SAMPLE = {
  namespace: "litellm",
  secretName: "litellm-master-key",
  key: "masterKey",
  instance: "proxy"
};
function compileTemplate(source) {
  const cached = cache.get(source);
  if (cached !== void 0) return cached;
  const analysis = analyse(source);
  if (analysis.problem !== void 0) throw new TemplateError(analysis.problem.message, source, analysis.problem.variable);
  const template = simpleTemplate(source) ?? env().compile(source, { strict: true, noEscape: true });
  const used = analysis.variables;
  const compiled = {
    render(vars) {
      for (const name of used) {
        if (typeof vars[name] !== "string") {
          throw new TemplateError(`template variable "${name}" is not defined`, source, name);
        }
      }
      try {
        return template(vars);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const variable = /^"([^"]+)" not defined/.exec(message)?.[1];
        throw new TemplateError(`cannot render template: ${message}`, source, variable);
      }
    }
  };
  cache.set(source, compiled);
  return compiled;
}
function checkTemplate(source) {
  const analysis = analyse(source);
  if (analysis.problem !== void 0) return analysis.problem.message;
  const rendered = compileTemplate(source).render(SAMPLE);
  if (rendered === "") return "the template renders an empty string";
  if (/[\s\p{Cc}]/u.test(rendered)) {
    return `the template renders ${JSON.stringify(rendered)}, which contains whitespace or a control character`;
  }
  return void 0;
}
function checkRemoteRefTemplates(remoteKeyTemplate, remotePropertyTemplate) {
  const used = /* @__PURE__ */ new Set([...analyse(remoteKeyTemplate).variables, ...analyse(remotePropertyTemplate).variables]);
  const missing = ["secretName", "key"].filter((v) => !used.has(v));
  if (missing.length === 0) return void 0;
  const names = missing.map((v) => `{{${v}}}`).join(" and ");
  return `neither remoteKeyTemplate nor remotePropertyTemplate uses ${names}, so different Secret keys read the same remote value`;
}
function renderRemoteRef(templates, vars) {
  return {
    key: compileTemplate(templates.remoteKeyTemplate).render(vars),
    property: compileTemplate(templates.remotePropertyTemplate).render(vars)
  };
}
var KNOWN = new Set(TEMPLATE_VARIABLES);
var AVAILABLE = TEMPLATE_VARIABLES.map((v) => `{{${v}}}`).join(", ");
var SIMPLE = new RegExp(`^(?:[^{}\\\\]|\\{\\{(?:${TEMPLATE_VARIABLES.join("|")})\\}\\})*$`);
var MUSTACHE = /\{\{(\w+)\}\}/g;
function simpleTemplate(source) {
  if (!SIMPLE.test(source)) return void 0;
  const parts = source.split(MUSTACHE);
  return (vars) => parts.map((part, i) => i % 2 === 1 ? vars[part] : part).join("");
}
function analyse(source) {
  if (SIMPLE.test(source)) {
    const variables2 = [];
    for (const [, name] of source.matchAll(MUSTACHE)) {
      if (!variables2.includes(name)) variables2.push(name);
    }
    return { variables: variables2 };
  }
  let program;
  try {
    program = env().parse(source);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { variables: [], problem: { message: `not a valid template: ${message.split("\n").join(" ")}` } };
  }
  const variables = [];
  for (const node of program.body) {
    if (node.type === "ContentStatement" || node.type === "CommentStatement") continue;
    if (node.type !== "MustacheStatement") {
      return { variables, problem: { message: `only text and {{variable}} are supported (found a ${describe(node)}); variables: ${AVAILABLE}` } };
    }
    const m = node;
    const path2 = m.path;
    const simple = path2.type === "PathExpression" && !path2.data && path2.depth === 0 && path2.parts.length === 1 && m.params.length === 0 && (m.hash === void 0 || m.hash.pairs.length === 0);
    if (!simple) {
      const text = path2.type === "PathExpression" ? path2.original : "literal";
      return { variables, problem: { message: `only plain {{variable}} is supported, not {{${text}\u2026}}; variables: ${AVAILABLE}` } };
    }
    const name = path2.parts[0] ?? "";
    if (!KNOWN.has(name)) {
      return { variables, problem: { message: `unknown variable "${name}"; variables: ${AVAILABLE}`, variable: name } };
    }
    if (!variables.includes(name)) variables.push(name);
  }
  return { variables };
}
function describe(node) {
  switch (node.type) {
    case "BlockStatement":
      return "block {{#\u2026}}";
    case "PartialStatement":
    case "PartialBlockStatement":
      return "partial {{>\u2026}}";
    default:
      return node.type;
  }
}

// src/compiler/resolve/remote-refs.ts
var NO_REF = { key: "", property: "" };
var TEMPLATE_HINT = "Templates see {{namespace}}, {{secretName}}, {{key}} and {{instance}}.";
function remoteRefRenderer(project, settings, report) {
  if (checkTemplates(project, settings, report)) return () => NO_REF;
  let failed = false;
  return (vars) => {
    try {
      return renderRemoteRef(settings, vars);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      if (!failed) {
        failed = true;
        const field = error.template === settings.remoteKeyTemplate ? "remoteKeyTemplate" : "remotePropertyTemplate";
        const at = project.config ? locationOf(project.config.doc, `/spec/${field}`) : { file: "", line: 0, column: 0, pointer: "" };
        report(diagnostic("LG4005", at, `${field}: ${error.message}`, TEMPLATE_HINT));
      }
      return NO_REF;
    }
  };
}
function withRemoteRefs(instance, read2, remoteRef) {
  return read2.map((secret) => ({
    name: secret.name,
    keys: secret.keys.map((key) => ({
      key,
      remoteRef: remoteRef({ namespace: instance.namespace, secretName: secret.name, key, instance: instance.name })
    }))
  }));
}
function checkTemplates(project, settings, report) {
  const config = project.config;
  if (!config) return false;
  let broken = false;
  for (const field of ["remoteKeyTemplate", "remotePropertyTemplate"]) {
    const source = config.value.spec?.[field];
    if (source === void 0) continue;
    const problem = checkTemplate(source);
    if (problem) {
      broken = true;
      report(diagnostic("LG4005", locationOf(config.doc, `/spec/${field}`), `${field}: ${problem}`, TEMPLATE_HINT));
    }
  }
  const ambiguous = broken ? void 0 : checkRemoteRefTemplates(settings.remoteKeyTemplate, settings.remotePropertyTemplate);
  if (ambiguous) {
    report(
      diagnostic(
        "LG4007",
        locationOf(config.doc, config.value.spec?.remoteKeyTemplate !== void 0 ? "/spec/remoteKeyTemplate" : "/spec"),
        ambiguous,
        "Use {{secretName}} in the key and {{key}} in the property (the default), unless the keys are meant to share values."
      )
    );
  }
  return broken;
}

// src/compiler/resolve/secret-origins.ts
function markClusterSecrets(instance, secrets, uses, producers, configured, report) {
  const origins = new Map(secrets.map((s) => [s.name, clusterMade(instance.namespace, s.name, producers, configured)]));
  for (const ref of keyReferences(instance, uses)) {
    const origin = origins.get(ref.secretName);
    if (!origin?.keys || origin.keys.includes(ref.key)) continue;
    const suggestion = origin.keys.find((k) => k.startsWith(ref.key)) ?? closest(ref.key, origin.keys);
    report(
      diagnostic(
        "LG4030",
        locationOf(ref.doc, ref.pointer),
        `Secret ${ref.secretName} is made by ${origin.madeBy}, which writes no key "${ref.key}"`,
        (suggestion ? `Did you mean "${suggestion}"? ` : "") + `Its keys: ${origin.keys.join(", ") || "(none)"}.`
      )
    );
  }
  return secrets.map((s) => {
    const origin = origins.get(s.name);
    return origin ? { ...s, madeBy: origin.madeBy } : s;
  });
}
function keyReferences(instance, uses) {
  const spec = instance.value.spec;
  const doc = instance.doc;
  const refs = [];
  if (spec.masterKeySecretRef) refs.push({ secretName: spec.masterKeySecretRef.secretName, key: spec.masterKeySecretRef.key, doc, pointer: "/spec/masterKeySecretRef/key" });
  for (const field of ["databaseSecretRef", "redisSecretRef"]) {
    const ref = spec[field];
    if (!ref) continue;
    for (const [name, key] of Object.entries(ref.keys)) {
      if (typeof key === "string") refs.push({ secretName: ref.nameRef, key, doc, pointer: `/spec/${field}/keys/${name}` });
    }
  }
  (spec.extraEnvVars ?? []).forEach((envVar, i) => {
    const ref = envVar.valueFrom?.secretKeyRef;
    if (ref?.name && ref.key) refs.push({ secretName: ref.name, key: ref.key, doc, pointer: `/spec/extraEnvVars/${i}/valueFrom/secretKeyRef/key` });
  });
  for (const use of uses) refs.push({ secretName: use.secretName, key: use.key, doc: use.doc, pointer: use.pointer });
  return refs;
}

// src/compiler/resolve/index.ts
function resolve(project, report) {
  const settings = resolveSettings(project.config);
  const remoteRef = remoteRefRenderer(project, settings, report);
  checkFlux(project, report);
  const modelsByInstance = /* @__PURE__ */ new Map();
  const detachedModels = [];
  for (const model of project.models) {
    const ref = model.value.spec.connectionRef;
    if (ref?.instanceRef?.name) {
      const key = resourceKey(ref.instanceRef.namespace ?? model.namespace, ref.instanceRef.name);
      if (!modelsByInstance.has(key)) modelsByInstance.set(key, []);
      modelsByInstance.get(key).push(model);
    } else {
      detachedModels.push(detach(model, report));
    }
  }
  const instances = [...project.instances].sort((a, b) => compareStrings(resourceKey(a.namespace, a.name), resourceKey(b.namespace, b.name))).map(
    (instance) => resolveInstance(instance, modelsByInstance.get(resourceKey(instance.namespace, instance.name)) ?? [], settings, remoteRef, project.producers, report)
  );
  if (settings.externalSecrets) checkSharedSecrets(instances, report);
  detachedModels.sort((a, b) => compareStrings(resourceKey(a.namespace, a.name), resourceKey(b.namespace, b.name)));
  return { settings, instances, detachedModels };
}
function resolveInstance(instance, models, settings, remoteRef, producers, report) {
  const spec = instance.value.spec;
  const resolved = [
    ...(spec.models ?? []).map((_, i) => resolveInstanceModel(instance, i, report)),
    ...models.map((m) => resolveModelResource(m, report))
  ];
  const modelNames = new Set(resolved.map((r) => r.model.modelName));
  const uses = resolved.flatMap((r) => r.uses);
  const { env: env2, masterKey, secrets: read2 } = resolveEnv(instance, uses, report);
  const secrets = markClusterSecrets(instance, withRemoteRefs(instance, read2, remoteRef), uses, producers, settings.clusterSecrets, report);
  const proxy = resolveProxySettings(instance, modelNames, report);
  const envNames = new Set(env2.map((e) => e.name));
  for (const section of ["routerSettings", "litellmSettings", "generalSettings"]) {
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
        "Pin a release tag (ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1) or a digest (@sha256:\u2026)."
      )
    );
  }
  const ir = {
    name: instance.name,
    namespace: instance.namespace,
    source: locationOf(instance.doc, "/metadata/name"),
    image,
    replicas: spec.replicas ?? 1,
    models: resolved.map((r) => r.model).sort((a, b) => compareStrings(a.modelName, b.modelName) || compareStrings(a.id, b.id)),
    masterKey,
    env: env2,
    secrets,
    ...proxy
  };
  if (spec.ingress?.enabled) {
    const { host, className, annotations, tls } = spec.ingress;
    ir.ingress = { host };
    if (className) ir.ingress.className = className;
    if (annotations) ir.ingress.annotations = annotations;
    if (tls) ir.ingress.tls = tls.secretName ? { secretName: tls.secretName } : {};
  }
  if (spec.gateway?.enabled) {
    const parentRefs = spec.gateway.parentRefs ?? [];
    if (parentRefs.length === 0) {
      report(
        diagnostic(
          "LG3013",
          locationOf(instance.doc, "/spec/gateway", "key"),
          "gateway is enabled but names no parentRefs: an HTTPRoute attached to no Gateway routes nothing",
          "Add parentRefs: [{name: my-gateway, namespace: gateway-system}] under spec.gateway."
        )
      );
    }
    ir.gateway = { host: spec.gateway.host, parentRefs };
  }
  if (spec.resources) ir.resources = spec.resources;
  return ir;
}
function detach(model, report) {
  const secretRef = model.value.spec.connectionRef?.secretRef;
  report(
    diagnostic(
      "LG3012",
      locationOf(model.doc, "/spec/connectionRef", "key"),
      `Model ${model.namespace}/${model.name} connects through Secret ${secretRef?.secretName ?? "(unnamed)"} to a proxy this project does not deploy; it is compiled into no config`,
      "Use connectionRef.instanceRef to add it to an instance of this project; `litellm-gitops list` shows such models."
    )
  );
  return {
    name: model.name,
    namespace: model.namespace,
    modelName: model.value.spec.modelName ?? model.name,
    model: model.value.spec.litellmParams?.model ?? "",
    source: locationOf(model.doc, "/metadata/name")
  };
}
function checkEnvReferences(doc, pointer, value, envNames, report) {
  if (typeof value === "string") {
    const name = environName(value);
    if (name === void 0 || envNames.has(name)) return;
    report(
      name === "" ? diagnostic(
        "LG4003",
        locationOf(doc, pointer),
        `${value} names no variable; LiteLLM would read it as empty`,
        "Write os.environ/NAME and set NAME in spec.extraEnvVars from a Secret."
      ) : diagnostic(
        "LG4003",
        locationOf(doc, pointer),
        `os.environ/${name} is not set on the proxy container; LiteLLM would read it as empty`,
        `Add it to spec.extraEnvVars: {name: ${name}, valueFrom: {secretKeyRef: {name: <secret>, key: <key>}}}.`
      )
    );
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkEnvReferences(doc, `${pointer}/${i}`, item, envNames, report));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) checkEnvReferences(doc, childPointer(pointer, key), item, envNames, report);
  }
}
function isUnpinned(image) {
  if (image.includes("@sha256:")) return false;
  const lastSegment = image.slice(image.lastIndexOf("/") + 1);
  const colon = lastSegment.lastIndexOf(":");
  if (colon < 0) return true;
  const tag = lastSegment.slice(colon + 1);
  return !/[0-9]/.test(tag) || /(^|-)latest$/.test(tag);
}
function checkFlux(project, report) {
  const flux = project.config?.value.spec?.flux;
  if (!project.config || !flux?.enabled || flux.gitRepository?.url) return;
  report(
    diagnostic(
      "LG4008",
      locationOf(project.config.doc, "/spec/flux/enabled"),
      "spec.flux is enabled but names no gitRepository.url: no Flux objects can be emitted",
      "Add gitRepository: {url: https://github.com/<org>/<repo>, ref: {branch: main}} under spec.flux, or remove enabled."
    )
  );
}
function checkSharedSecrets(instances, report) {
  const owner = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    for (const secret of instance.secrets) {
      if (secret.madeBy) continue;
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
          "Give each instance its own Secret (two Secrets may read the same remote key through remoteKeyTemplate), or set spec.externalSecrets: false in the CompilerConfig and manage the shared Secret yourself."
        )
      );
    }
  }
}

// src/compiler/rules/sites.ts
function paramsSites(project) {
  const sites = [];
  for (const model of project.models) {
    const params = model.value.spec.litellmParams;
    if (params) sites.push({ doc: model.doc, pointer: "/spec/litellmParams", params });
  }
  for (const instance of project.instances) {
    instance.value.spec.models?.forEach((entry, i) => {
      const params = entry.liteLLMParams;
      if (params) sites.push({ doc: instance.doc, pointer: `/spec/models/${i}/liteLLMParams`, params });
    });
  }
  return sites;
}

// src/compiler/rules/credentials.ts
function checkLiteralCredentials(project, report) {
  for (const { doc, pointer, params } of paramsSites(project)) {
    const passthrough = params.additionalProp1;
    if (passthrough && typeof passthrough === "object") checkSettings(doc, `${pointer}/additionalProp1`, passthrough, report);
    const isModel = pointer === "/spec/litellmParams";
    for (const field of CREDENTIAL_FIELDS) {
      const value = params[field];
      if (typeof value !== "string" || isEnvironReference(value)) continue;
      report(
        diagnostic(
          "LG3008",
          locationOf(doc, `${pointer}/${field}`),
          `${field} holds a literal credential; credentials must not be committed`,
          isModel ? `Remove ${field} here, store the value in the Secret named by spec.modelSecretRef and map it: modelSecretRef: {secretName: my-provider, keys: {${field}: MY_DATA_KEY}}` : `Remove ${field} here and reference a Secret: modelCredentials: {nameRef: my-provider, keys: {${field}: MY_DATA_KEY}}`
        )
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
          `Remove masterKey: the proxy then reads its key from Secret ${instance.name}-master-key (data key masterKey), or name another with masterKeySecretRef: {secretName: <secret>, key: <data key>}.`
        )
      );
    }
    const settings = [
      ["routerSettings", instance.value.spec.routerSettings],
      ["litellmSettings", instance.value.spec.litellmSettings],
      ["generalSettings", instance.value.spec.generalSettings]
    ];
    for (const [field, value] of settings) {
      if (value && typeof value === "object") checkSettings(instance.doc, `/spec/${field}`, value, report);
    }
  }
}
function checkSettings(doc, pointer, value, report) {
  for (const [key, child] of Object.entries(value)) {
    const here = childPointer(pointer, key);
    if (child && typeof child === "object") {
      checkSettings(doc, here, child, report);
    } else if (typeof child === "string" && isLiteralSecret(key, child)) {
      report(
        diagnostic(
          "LG3008",
          locationOf(doc, here),
          `${key} holds a literal credential; credentials must not be committed`,
          `Write \`${key}: os.environ/MY_VARIABLE\` and set MY_VARIABLE from a Secret in spec.extraEnvVars (valueFrom.secretKeyRef).`
        )
      );
    }
  }
}
function checkCommittedSecrets(project, report) {
  const referenced = referencedSecrets(project);
  const configured = project.config?.value.spec?.clusterSecrets ?? [];
  const storeManaged = project.config?.value.spec?.externalSecrets !== false;
  for (const secret of project.secrets) {
    if (isSopsEncrypted(secret)) continue;
    const key = resourceKey(secret.namespace, secret.name);
    const emitsExternalSecret = storeManaged && referenced.has(key) && clusterMade(secret.namespace, secret.name, project.producers, configured) === void 0;
    const value = secret.doc.value;
    for (const field of ["data", "stringData"]) {
      const content = value[field];
      if (!content || typeof content !== "object" || Object.keys(content).length === 0) continue;
      report(
        diagnostic(
          "LG3009",
          locationOf(secret.doc, `/${field}`, "key"),
          `Secret ${secret.namespace}/${secret.name} carries ${field} in Git`,
          emitsExternalSecret ? "Delete this file and let the ExternalSecret that `litellm-gitops build` emits create the Secret from your secret store (`litellm-gitops secrets` lists the keys to fill)." : "Encrypt it: with SOPS (a Secret with a top-level `sops:` block is read as made in the cluster) or as a SealedSecret of the same name; or delete it if nothing reads it."
        )
      );
    }
  }
}
function referencedSecrets(project) {
  const found = /* @__PURE__ */ new Set();
  for (const instance of project.instances) {
    const spec = instance.value.spec;
    const add = (name) => name && found.add(resourceKey(instance.namespace, name));
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

// src/compiler/rules/providers.ts
function checkProviders(project, report) {
  const providers = knownProviders();
  for (const { doc, pointer, params } of paramsSites(project)) {
    const model = params.model;
    const custom = params.customLLMProvider;
    if (typeof custom === "string") {
      if (!providers.has(custom)) {
        const suggestion = closest(custom, providers);
        report(
          diagnostic(
            "LG3002",
            locationOf(doc, `${pointer}/customLLMProvider`),
            `customLLMProvider "${custom}" is not a provider LiteLLM knows`,
            suggestion ? `Did you mean "${suggestion}"?` : "See https://docs.litellm.ai/docs/providers for the list."
          )
        );
      }
      continue;
    }
    if (typeof model !== "string" || isEnvironReference(model) || model === "*") continue;
    const slash = model.indexOf("/");
    if (slash > 0) {
      const prefix = model.slice(0, slash);
      if (providers.has(prefix) || knownModel(model)) continue;
      const suggestion = closest(prefix, providers);
      report(
        diagnostic(
          "LG3002",
          locationOf(doc, `${pointer}/model`),
          `"${prefix}/" is not a provider prefix LiteLLM knows`,
          suggestion ? `Did you mean "${suggestion}/${model.slice(slash + 1)}"?` : "Write the model as <provider>/<model-id>, or set customLLMProvider."
        )
      );
    } else if (!knownModel(model)) {
      report(
        diagnostic(
          "LG3002",
          locationOf(doc, `${pointer}/model`),
          `LiteLLM cannot tell the provider of "${model}"`,
          `Prefix the model with its provider (for example "openai/${model}"), or set customLLMProvider.`
        )
      );
    }
  }
}

// src/compiler/rules/references.ts
function checkDuplicates(project, report) {
  const groups = [
    ["LiteLLMInstance", project.instances],
    ["Model", project.models]
  ];
  for (const [kind, resources] of groups) {
    const first = /* @__PURE__ */ new Map();
    for (const resource of resources) {
      const key = resourceKey(resource.namespace, resource.name);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, resource);
        continue;
      }
      const { line } = earlier.doc.locate("/metadata/name");
      report(
        diagnostic(
          "LG3006",
          locationOf(resource.doc, "/metadata/name"),
          `${kind} ${key} is already defined at ${earlier.doc.file}:${line}`,
          "Rename one of them, or delete the copy."
        )
      );
    }
  }
  for (const instance of project.instances) {
    const seen = /* @__PURE__ */ new Map();
    instance.value.spec.models?.forEach((entry, i) => {
      const earlier = seen.get(entry.identifier);
      if (earlier === void 0) {
        seen.set(entry.identifier, i);
        return;
      }
      report(
        diagnostic(
          "LG3007",
          locationOf(instance.doc, `/spec/models/${i}/identifier`),
          `identifier "${entry.identifier}" is already used by spec.models[${earlier}]`,
          "Each entry of spec.models needs its own identifier; entries may share a modelName instead."
        )
      );
    });
  }
}
function checkInstanceRefs(project, report) {
  const known = new Set(project.instances.map((i) => resourceKey(i.namespace, i.name)));
  for (const model of project.models) {
    const ref = model.value.spec.connectionRef?.instanceRef;
    if (!ref || ref.name === void 0) continue;
    const key = resourceKey(ref.namespace ?? model.namespace, ref.name);
    if (known.has(key) || project.invalidInstanceKeys.has(key) || mayBeIn(project.failedTexts, ref.name)) continue;
    const suggestion = closest(key, known);
    report(
      diagnostic(
        "LG3001",
        locationOf(model.doc, "/spec/connectionRef/instanceRef/name"),
        `instanceRef ${key} names no LiteLLMInstance among the inputs`,
        suggestion ? `Did you mean ${suggestion}?` : known.size > 0 ? `Instances in this project: ${[...known].sort().join(", ")}.` : "Add the LiteLLMInstance to the paths given, or use connectionRef.secretRef for a proxy deployed elsewhere."
      )
    );
  }
}
function mayBeIn(failedTexts2, name) {
  return failedTexts2.some((text) => text === null || text.includes(name));
}

// src/litellm/settings-keys.ts
import { readFileSync as readFileSync2 } from "node:fs";
var data;
function settingsKeys(section) {
  if (!data) {
    const raw = JSON.parse(readFileSync2(packageFile("data/litellm/settings-keys.json"), "utf8"));
    data = {
      router_settings: { keys: new Set(raw.router_settings), exact: true },
      general_settings: { keys: new Set(raw.general_settings), exact: false },
      litellm_settings: { keys: new Set(raw.litellm_settings), exact: false }
    };
  }
  return data[section];
}

// src/compiler/rules/settings-keys.ts
var SECTIONS = [
  ["routerSettings", "router_settings"],
  ["generalSettings", "general_settings"],
  ["litellmSettings", "litellm_settings"]
];
function checkSettingsKeys(project, report) {
  for (const instance of project.instances) {
    for (const [field, section] of SECTIONS) {
      const settings = instance.value.spec[field];
      if (!settings || typeof settings !== "object") continue;
      const { keys, exact } = settingsKeys(section);
      for (const key of Object.keys(settings)) {
        if (keys.has(key)) continue;
        const suggestion = closest(key, keys);
        if (!exact && suggestion === void 0) continue;
        const dropped = section === "router_settings" ? "LiteLLM's Router takes no such argument, and the proxy drops it without a word" : `LiteLLM does not read it from ${section}`;
        report(
          diagnostic(
            "LG3030",
            locationOf(instance.doc, childPointer(`/spec/${field}`, key), "key"),
            `${section}.${key} is not a setting LiteLLM knows: ${dropped}`,
            suggestion ? `Did you mean "${suggestion}"?` : `Known ${section} keys: see data/litellm/settings-keys.json.`
          )
        );
      }
    }
  }
}

// src/compiler/rules/values.ts
function checkValues(project, report) {
  for (const resource of [...project.instances, ...project.models]) checkFinite(resource.doc, resource.value, "", report);
  for (const { doc, pointer, params } of paramsSites(project)) {
    for (const field of DECIMAL_FIELDS) {
      const value = params[field];
      if (value === void 0 || isNonNegativeDecimal(value)) continue;
      report(
        diagnostic(
          "LG3003",
          locationOf(doc, `${pointer}/${field}`),
          `${field} must be a non-negative decimal number`,
          `Write a plain decimal such as "0.000003" or "2.5" (quoted or not); no units, commas or signs.`
        )
      );
    }
    const duration = params.budgetDuration;
    if (typeof duration === "string" && !DURATION.test(duration)) {
      report(
        diagnostic(
          "LG3004",
          locationOf(doc, `${pointer}/budgetDuration`),
          `budgetDuration "${duration}" is not a LiteLLM duration`,
          "Use a whole number and one unit: 30s, 10m, 1h, 7d, 2w or 1mo."
        )
      );
    }
  }
}
function checkFinite(doc, value, pointer, report) {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      report(diagnostic("LG2004", locationOf(doc, pointer), `${pointer.slice(1).replace(/\//g, ".")}: .inf and .nan are not allowed`, "Write a finite number."));
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkFinite(doc, item, `${pointer}/${i}`, report));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) checkFinite(doc, item, childPointer(pointer, key), report);
  }
}

// src/compiler/rules/index.ts
var RULES = [checkNames, checkDuplicates, checkInstanceRefs, checkProviders, checkValues, checkLiteralCredentials, checkCommittedSecrets, checkSettingsKeys];
function checkRules(inputs, found, failedTexts2, report) {
  const project = assembleProject(inputs, found, failedTexts2, report);
  for (const rule of RULES) rule(project, report);
  return project;
}

// src/compiler/generated/validators.ts
var validators_exports = {};
__export(validators_exports, {
  CompilerConfig: () => CompilerConfig,
  LiteLLMInstance: () => LiteLLMInstance,
  Model: () => Model,
  Team: () => Team,
  TeamMemberAssociation: () => TeamMemberAssociation,
  User: () => User,
  VirtualKey: () => VirtualKey
});
var import_ucs2length = __toESM(require_ucs2length(), 1);
var LiteLLMInstance = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://litellm-gitops.dev/schemas/v1alpha1/litellminstance.json", "title": "LiteLLMInstance", "description": "LiteLLMInstance: one LiteLLM proxy deployment, as the LiteLLM operator (litellm.litellm.ai/v1alpha1) defines it, plus the rules of its documentation and the litellm-gitops extensions. litellm-gitops compiles it into a Deployment, Service, ServiceAccount, ConfigMap (the proxy's config.yaml), optional Ingress or HTTPRoute, and the ExternalSecrets of every Secret it refers to.", "type": "object", "properties": { "apiVersion": { "description": "API group and version of the resource: always `litellm.litellm.ai/v1alpha1`.", "type": "string", "const": "litellm.litellm.ai/v1alpha1" }, "kind": { "description": "Kind of the resource: always `LiteLLMInstance`.", "type": "string", "const": "LiteLLMInstance" }, "metadata": { "title": "ObjectMeta", "description": "Standard Kubernetes object metadata. litellm-gitops reads `name`, `namespace`, `labels` and `annotations`; other ObjectMeta fields (for example `uid` or `ownerReferences`) are accepted, as the API server accepts them, and ignored.", "type": "object", "properties": { "annotations": { "description": "Annotations of the resource: a map of string keys to string values.", "type": "object", "additionalProperties": { "type": "string" } }, "labels": { "description": "Labels of the resource: a map of string keys to string values.", "type": "object", "additionalProperties": { "type": "string" } }, "name": { "description": "Name of the resource, unique per kind within its namespace. It must be a DNS-1123 subdomain and short enough for the object names derived from it (checked by the compiler).", "type": "string" }, "namespace": { "description": "Namespace of the resource. When omitted, the CompilerConfig's `spec.defaults.namespace` (default `default`) is used.", "type": "string" } }, "required": ["name"], "additionalProperties": true }, "spec": { "title": "LiteLLMInstanceSpec", "description": "LiteLLMInstanceSpec defines the desired state of LiteLLMInstance.", "type": "object", "properties": { "databaseSecretRef": { "title": "DatabaseSecretRef", "description": "The Secret with the PostgreSQL connection details. The proxy gets them as `DATABASE_HOST`, `DATABASE_USERNAME`, `DATABASE_PASSWORD` and `DATABASE_NAME`.", "type": "object", "properties": { "keys": { "title": "DatabaseSecretKeys", "description": "Which data key of the Secret holds each connection detail.", "type": "object", "properties": { "dbnameSecret": { "description": "Data key holding the database name.", "type": "string" }, "hostSecret": { "description": "Data key holding the database host.", "type": "string" }, "passwordSecret": { "description": "Data key holding the database password.", "type": "string" }, "usernameSecret": { "description": "Data key holding the database user name.", "type": "string" } }, "required": ["dbnameSecret", "hostSecret", "passwordSecret", "usernameSecret"], "additionalProperties": false }, "nameRef": { "description": "Name of the Secret (in the instance's namespace).", "type": "string" } }, "required": ["keys", "nameRef"], "additionalProperties": false }, "extraEnvVars": { "description": "Additional environment variables of the proxy container, in Kubernetes' EnvVar form; appended after the ones the compiler sets.", "type": "array", "items": { "title": "EnvVar", "description": "EnvVar represents an environment variable present in a Container.", "type": "object", "properties": { "name": { "description": "Name of the environment variable.\nMay consist of any printable ASCII characters except '='.", "type": "string" }, "value": { "description": 'Variable references $(VAR_NAME) are expanded\nusing the previously defined environment variables in the container and\nany service environment variables. If a variable cannot be resolved,\nthe reference in the input string will be unchanged. Double $$ are reduced\nto a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.\n"$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".\nEscaped references will never be expanded, regardless of whether the variable\nexists or not.\nDefaults to "".', "type": "string" }, "valueFrom": { "description": "Source for the environment variable's value. Cannot be used if value is not empty.", "type": "object", "properties": { "configMapKeyRef": { "description": "Selects a key of a ConfigMap.", "type": "object", "properties": { "key": { "description": "The key to select.", "type": "string" }, "name": { "description": "Name of the referent.\nThis field is effectively required, but due to backwards compatibility is\nallowed to be empty. Instances of this type with an empty value here are\nalmost certainly wrong.\nMore info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names", "type": "string", "default": "" }, "optional": { "description": "Specify whether the ConfigMap or its key must be defined", "type": "boolean" } }, "required": ["key"], "additionalProperties": false }, "fieldRef": { "description": "Selects a field of the pod: supports metadata.name, metadata.namespace, `metadata.labels['<KEY>']`, `metadata.annotations['<KEY>']`,\nspec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.", "type": "object", "properties": { "apiVersion": { "description": 'Version of the schema the FieldPath is written in terms of, defaults to "v1".', "type": "string" }, "fieldPath": { "description": "Path of the field to select in the specified API version.", "type": "string" } }, "required": ["fieldPath"], "additionalProperties": false }, "fileKeyRef": { "description": "FileKeyRef selects a key of the env file.\nRequires the EnvFiles feature gate to be enabled.", "type": "object", "properties": { "key": { "description": "The key within the env file. An invalid key will prevent the pod from starting.\nThe keys defined within a source may consist of any printable ASCII characters except '='.\nDuring Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.", "type": "string" }, "optional": { "description": "Specify whether the file or its key must be defined. If the file or key\ndoes not exist, then the env var is not published.\nIf optional is set to true and the specified key does not exist,\nthe environment variable will not be set in the Pod's containers.\n\nIf optional is set to false and the specified key does not exist,\nan error will be returned during Pod creation.", "type": "boolean", "default": false }, "path": { "description": "The path within the volume from which to select the file.\nMust be relative and may not contain the '..' path or start with '..'.", "type": "string" }, "volumeName": { "description": "The name of the volume mount containing the env file.", "type": "string" } }, "required": ["key", "path", "volumeName"], "additionalProperties": false }, "resourceFieldRef": { "description": "Selects a resource of the container: only resources limits and requests\n(limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.", "type": "object", "properties": { "containerName": { "description": "Container name: required for volumes, optional for env vars", "type": "string" }, "divisor": { "description": 'Specifies the output format of the exposed resources, defaults to "1"', "anyOf": [{ "type": "integer" }, { "type": "string", "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$" }] }, "resource": { "description": "Required: resource to select", "type": "string" } }, "required": ["resource"], "additionalProperties": false }, "secretKeyRef": { "description": "Selects a key of a secret in the pod's namespace", "type": "object", "properties": { "key": { "description": "The key of the secret to select from.  Must be a valid secret key.", "type": "string" }, "name": { "description": "Name of the referent.\nThis field is effectively required, but due to backwards compatibility is\nallowed to be empty. Instances of this type with an empty value here are\nalmost certainly wrong.\nMore info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names", "type": "string", "default": "" }, "optional": { "description": "Specify whether the Secret or its key must be defined", "type": "boolean" } }, "required": ["key"], "additionalProperties": false } }, "additionalProperties": false } }, "required": ["name"], "additionalProperties": false } }, "gateway": { "title": "GatewaySpec", "description": "Exposure through the Gateway API (an HTTPRoute for the proxy's Service). The operator ignores this field; litellm-gitops emits the HTTPRoute.", "type": "object", "properties": { "enabled": { "description": "Whether to create the HTTPRoute.", "type": "boolean" }, "host": { "description": "Host name the HTTPRoute matches (its `hostnames`).", "type": "string" }, "parentRefs": { "description": "Extension (litellm-gitops): the Gateways (or other parents) the HTTPRoute attaches to, as Gateway API ParentReferences (the HTTPRoute's `spec.parentRefs`).", "x-litellm-gitops-extension": true, "type": "array", "maxItems": 32, "items": { "title": "ParentReference", "description": "A Gateway API ParentReference: an object (usually a Gateway) the route attaches to.", "type": "object", "properties": { "group": { "description": 'Group of the referent. When unspecified, `gateway.networking.k8s.io` is inferred; set `""` for the core API group.', "type": "string", "default": "gateway.networking.k8s.io", "pattern": "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "maxLength": 253 }, "kind": { "description": "Kind of the referent (`Gateway` when unspecified).", "type": "string", "default": "Gateway", "pattern": "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", "minLength": 1, "maxLength": 63 }, "name": { "description": "Name of the referent.", "type": "string", "minLength": 1, "maxLength": 253 }, "namespace": { "description": "Namespace of the referent. When unspecified, the namespace of the route (the instance's namespace).", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "minLength": 1, "maxLength": 63 }, "port": { "description": "Network port the route targets (for a Gateway, its listeners on that port).", "type": "integer", "format": "int32", "minimum": 1, "maximum": 65535 }, "sectionName": { "description": "Name of a section of the referent: for a Gateway, a listener name.", "type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "minLength": 1, "maxLength": 253 } }, "required": ["name"], "additionalProperties": false } } }, "required": ["enabled", "host"], "additionalProperties": false }, "generalSettings": { "title": "GeneralSettings", "description": "Extension (litellm-gitops): passed as config.yaml's `general_settings`, with LiteLLM's own snake_case keys (for example `store_model_in_db: false`). The master key and database URL are set by the compiler from their Secrets, never here.", "x-litellm-gitops-extension": true, "type": "object", "additionalProperties": true }, "image": { "description": "Container image of the LiteLLM proxy. The default is the operator's; the CompilerConfig's `spec.defaults.image` overrides it for instances that do not set it.", "type": "string", "default": "ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1" }, "ingress": { "title": "IngressSpec", "description": "An Ingress for the proxy's Service.", "type": "object", "properties": { "annotations": { "description": "Extension (litellm-gitops): annotations of the Ingress object (for example for cert-manager or the ingress controller).", "x-litellm-gitops-extension": true, "type": "object", "additionalProperties": { "type": "string" } }, "className": { "description": "Extension (litellm-gitops): the Ingress's `spec.ingressClassName`. When omitted, the cluster's default IngressClass applies.", "x-litellm-gitops-extension": true, "type": "string" }, "enabled": { "description": "Whether to create the Ingress.", "type": "boolean" }, "host": { "description": "Host name the Ingress serves.", "type": "string" }, "tls": { "title": "IngressTLS", "description": "Extension (litellm-gitops): serve the host over TLS with the certificate in a Secret (the Ingress's `spec.tls` for `host`).", "x-litellm-gitops-extension": true, "type": "object", "properties": { "secretName": { "description": "Name of the `kubernetes.io/tls` Secret with the certificate (for example one that cert-manager writes). When omitted, the ingress controller's default certificate is used.", "type": "string" } }, "additionalProperties": false } }, "required": ["enabled", "host"], "additionalProperties": false }, "litellmSettings": { "title": "LitellmSettings", "description": "Extension (litellm-gitops): passed as config.yaml's `litellm_settings`, with LiteLLM's own snake_case keys (for example `drop_params: true`, `request_timeout: 600`).", "x-litellm-gitops-extension": true, "type": "object", "additionalProperties": true }, "masterKey": { "description": "Literal master key of the proxy. Accepted by the schema as the operator accepts it, but litellm-gitops rejects a literal credential (a secret in Git): use `masterKeySecretRef` instead.", "type": "string" }, "masterKeySecretRef": { "title": "MasterKeySecretRef", "description": "Extension (litellm-gitops): the Secret and data key holding the proxy's master key. It reaches the container as an environment variable from a `secretKeyRef`; the Secret itself comes from an ExternalSecret unless the CompilerConfig says secrets are managed elsewhere.", "x-litellm-gitops-extension": true, "type": "object", "properties": { "key": { "description": "Data key of the Secret that holds the master key.", "type": "string" }, "secretName": { "description": "Name of the Secret (in the instance's namespace).", "type": "string" } }, "required": ["secretName", "key"], "additionalProperties": false }, "models": { "description": "Models served by this instance, written into the proxy's `model_list`. Models can also be declared as separate `Model` resources whose `connectionRef.instanceRef` names this instance.", "type": "array", "items": { "title": "InstanceModel", "description": "model instance used to create proxy server config map", "type": "object", "properties": { "additionalProperties": { "description": "Free-form additional settings of this model entry (an open object in the operator's CRD).", "type": "object", "additionalProperties": true }, "identifier": { "description": "Unique identifier of the model within this instance (it names the model's credential Secrets and its stable `model_info.id`).", "type": "string" }, "liteLLMParams": { "title": "LiteLLMParams", "description": "LiteLLMParams defines the LiteLLM parameters for a model.", "type": "object", "properties": { "additionalProp1": { "description": "AdditionalProps contains additional properties", "type": "object", "additionalProperties": true }, "apiBase": { "description": "APIBase is the base URL for the API", "type": "string" }, "apiKey": { "description": "APIKey is the API key for the model. litellm-gitops rejects a literal key here (a credential in Git): put it in a Secret named by `modelSecretRef` (Model) or `modelCredentials` (LiteLLMInstance models), or write `os.environ/NAME`.", "type": "string" }, "apiVersion": { "description": "APIVersion is the version of the API", "type": "string" }, "autoRouterConfig": { "description": "AutoRouterConfig is the auto router config", "type": "string" }, "autoRouterConfigPath": { "description": "AutoRouterConfigPath is the auto router config path", "type": "string" }, "autoRouterDefaultModel": { "description": "AutoRouterDefaultModel is the auto router default model", "type": "string" }, "autoRouterEmbeddingModel": { "description": "AutoRouterEmbeddingModel is the auto router embedding model", "type": "string" }, "awsAccessKeyId": { "description": "AWSAccessKeyID is the AWS access key ID. A literal value is rejected (a credential in Git): reference a Secret instead, or write `os.environ/NAME`.", "type": "string" }, "awsRegionName": { "description": "AWSRegionName is the AWS region name", "type": "string" }, "awsSecretAccessKey": { "description": "AWSSecretAccessKey is the AWS secret access key. A literal value is rejected (a credential in Git): reference a Secret instead, or write `os.environ/NAME`.", "type": "string" }, "budgetDuration": { "description": "BudgetDuration is the budget duration, a LiteLLM duration such as `30s`, `10m`, `1h`, `7d` or `1mo`.", "type": "string" }, "configurableClientsideAuthParams": { "description": "ConfigurableClientsideAuthParams are configurable client-side auth parameters", "type": "array", "items": { "type": "object", "additionalProperties": true } }, "customLLMProvider": { "description": "CustomLLMProvider is the custom LLM provider", "type": "string" }, "inputCostPerMillionTokens": { "description": "Extension (litellm-gitops): cost per million input tokens, a decimal string or a number (the LiteLLM Terraform provider's `input_cost_per_million_tokens`). The compiler converts it to LiteLLM's `input_cost_per_token`; do not set both.", "x-litellm-gitops-extension": true, "anyOf": [{ "type": "string" }, { "type": "number" }] }, "inputCostPerPixel": { "description": "InputCostPerPixel is the cost per pixel for input", "type": "string" }, "inputCostPerSecond": { "description": "InputCostPerSecond is the cost per second for input", "type": "string" }, "inputCostPerToken": { "description": 'InputCostPerToken is the cost per input token, as a decimal string (for example `"0.00003"`).', "type": "string" }, "litellmCredentialName": { "description": "LiteLLMCredentialName is the LiteLLM credential name", "type": "string" }, "litellmTraceId": { "description": "LiteLLMTraceID is the LiteLLM trace ID", "type": "string" }, "maxBudget": { "description": 'MaxBudget is the maximum budget, as a decimal string (for example `"100.5"`).', "type": "string" }, "maxFileSizeMb": { "description": "MaxFileSizeMB is the maximum file size in MB", "type": "integer" }, "maxRetries": { "description": "MaxRetries is the maximum number of retries", "type": "integer" }, "mergeReasoningContentInChoices": { "description": "MergeReasoningContentInChoices indicates if to merge reasoning content in choices", "type": "boolean" }, "mockResponse": { "description": "MockResponse is the mock response", "type": "string" }, "model": { "description": "The model LiteLLM calls, usually `<provider>/<model id>` (for example `openai/gpt-4o`, `bedrock/anthropic.claude-3-sonnet`, `vertex_ai/gemini-1.5-pro`); a bare id is fine when LiteLLM knows it. Required (the operator's documentation marks it required). Becomes `litellm_params.model` in config.yaml.", "type": "string" }, "modelInfo": { "title": "LiteLLMModelInfo", "description": "ModelInfo contains additional model information: LiteLLM's `model_info` keys. The object stays open (the CRD preserves unknown fields); `mode`, `tier`, `baseModel` and `accessGroups` are typed.", "type": "object", "properties": { "accessGroups": { "description": "Extension (litellm-gitops): LiteLLM's `model_info.access_groups`, names of model access groups that include this model (keys and teams can be granted an access group).", "x-litellm-gitops-extension": true, "type": "array", "items": { "type": "string" } }, "baseModel": { "description": "Extension (litellm-gitops): LiteLLM's `model_info.base_model`, the model whose prices and context window LiteLLM uses for cost tracking when `model` is a deployment name it does not know (for example an Azure deployment `azure/my-gpt4o` with base model `azure/gpt-4o`).", "x-litellm-gitops-extension": true, "type": "string" }, "mode": { "title": "ModelMode", "description": "Extension (litellm-gitops): what kind of model this is; LiteLLM's `model_info.mode`, which picks the health check and what /model/info shows. Default `chat`.", "x-litellm-gitops-extension": true, "type": "string", "enum": ["audio_speech", "audio_transcription", "batch", "chat", "completion", "container", "embedding", "evaluation", "guardrail", "image_edit", "image_generation", "moderation", "moderations", "ocr", "realtime", "rerank", "responses", "search", "vector_store", "video_generation"] }, "tier": { "title": "ModelTier", "description": "Extension (litellm-gitops): LiteLLM's `model_info.tier`, `free` or `paid` (used by LiteLLM's tier-based routing and model access).", "x-litellm-gitops-extension": true, "type": "string", "enum": ["free", "paid"] } }, "additionalProperties": true }, "organization": { "description": "Organization is the organization name", "type": "string" }, "outputCostPerMillionTokens": { "description": "Extension (litellm-gitops): cost per million output tokens, a decimal string or a number (the LiteLLM Terraform provider's `output_cost_per_million_tokens`). The compiler converts it to LiteLLM's `output_cost_per_token`; do not set both.", "x-litellm-gitops-extension": true, "anyOf": [{ "type": "string" }, { "type": "number" }] }, "outputCostPerPixel": { "description": "OutputCostPerPixel is the cost per pixel for output", "type": "string" }, "outputCostPerSecond": { "description": "OutputCostPerSecond is the cost per second for output", "type": "string" }, "outputCostPerToken": { "description": 'OutputCostPerToken is the cost per output token, as a decimal string (for example `"0.00006"`).', "type": "string" }, "regionName": { "description": "RegionName is the region name for the service", "type": "string" }, "rpm": { "description": "RPM is requests per minute", "type": "integer" }, "streamTimeout": { "description": "StreamTimeout is the stream timeout in seconds", "type": "integer" }, "timeout": { "description": "Timeout is the timeout in seconds", "type": "integer" }, "tpm": { "description": "TPM is tokens per minute", "type": "integer" }, "useInPassThrough": { "description": "UseInPassThrough indicates if to use in pass through", "type": "boolean" }, "useLitellmProxy": { "description": "UseLiteLLMProxy indicates if to use LiteLLM proxy", "type": "boolean" }, "vertexCredentials": { "description": "VertexCredentials is the credentials for Vertex AI (a service account JSON or a path to one). A literal value is rejected (a credential in Git): reference a Secret instead, or write `os.environ/NAME`.", "type": "string" }, "vertexLocation": { "description": "VertexLocation is the location for Vertex AI", "type": "string" }, "vertexProject": { "description": "VertexProject is the Google Cloud project for Vertex AI", "type": "string" }, "watsonxRegionName": { "description": "WatsonXRegionName is the WatsonX region name", "type": "string" } }, "required": ["model"], "additionalProperties": false }, "modelCredentials": { "title": "ModelCredentials", "description": "The Secret holding this model's provider credentials.", "type": "object", "properties": { "keys": { "title": "ModelCredentialKeys", "description": "Which data key of the Secret holds each credential, for example `{apiKey: OPENAI_API_KEY}`.", "type": "object", "properties": { "apiBase": { "description": "Data key holding the API base URL (`api_base`).", "type": "string" }, "apiKey": { "description": "Data key holding the API key (`api_key`).", "type": "string" }, "awsAccessKeyId": { "description": "Data key holding the AWS access key ID (`aws_access_key_id`).", "type": "string" }, "awsSecretAccessKey": { "description": "Data key holding the AWS secret access key (`aws_secret_access_key`).", "type": "string" }, "vertexCredentials": { "description": "Data key holding the Vertex AI credentials (`vertex_credentials`).", "type": "string" }, "vertexProject": { "description": "Data key holding the Vertex AI project (`vertex_project`).", "type": "string" } }, "additionalProperties": false }, "nameRef": { "description": "Name of the Secret (in the instance's namespace).", "type": "string" } }, "required": ["keys", "nameRef"], "additionalProperties": false }, "modelName": { "description": "Public name clients request (`model_name` in config.yaml); several entries may share a name to load-balance.", "type": "string" }, "requiresAuth": { "description": "Whether the model needs credentials; when true, `modelCredentials` names the Secret that holds them.", "type": "boolean" } }, "required": ["identifier", "requiresAuth"], "additionalProperties": false } }, "redisSecretRef": { "title": "RedisSecretRef", "description": "The Secret with the Redis connection details, used by LiteLLM's router for shared rate limits and caching across replicas.", "type": "object", "properties": { "keys": { "title": "RedisSecretKeys", "description": "Which data key of the Secret holds each connection detail.", "type": "object", "properties": { "hostSecret": { "description": "Data key holding the Redis host.", "type": "string" }, "passwordSecret": { "description": "Data key holding the Redis password.", "type": "string" }, "portSecret": { "description": "Data key holding the Redis port.", "type": "string" } }, "required": ["hostSecret", "passwordSecret", "portSecret"], "additionalProperties": false }, "nameRef": { "description": "Name of the Secret (in the instance's namespace).", "type": "string" } }, "required": ["keys", "nameRef"], "additionalProperties": false }, "replicas": { "description": "Number of proxy pods of the Deployment.", "type": "integer", "default": 1, "format": "int32" }, "resources": { "title": "ResourceRequirements", "description": "Extension (litellm-gitops): compute resources of the proxy container (Kubernetes' core ResourceRequirements).", "x-litellm-gitops-extension": true, "type": "object", "properties": { "claims": { "description": "Names of resources, defined in the pod's `spec.resourceClaims`, that the container uses (dynamic resource allocation).", "type": "array", "items": { "title": "ResourceClaim", "type": "object", "properties": { "name": { "description": "Name of an entry in the pod's `spec.resourceClaims`.", "type": "string" }, "request": { "description": "Name of a request in the referenced claim; when empty, everything from the claim is made available.", "type": "string" } }, "required": ["name"], "additionalProperties": false } }, "limits": { "description": "Maximum amount of each compute resource allowed, as Kubernetes quantities (for example `cpu: 500m`, `memory: 1Gi`).", "type": "object", "additionalProperties": { "anyOf": [{ "type": "integer" }, { "type": "string", "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$" }] } }, "requests": { "description": "Minimum amount of each compute resource required, as Kubernetes quantities. When omitted, it defaults to `limits` if that is set.", "type": "object", "additionalProperties": { "anyOf": [{ "type": "integer" }, { "type": "string", "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$" }] } } }, "additionalProperties": false }, "routerSettings": { "title": "RouterSettings", "description": "Extension (litellm-gitops): passed as config.yaml's `router_settings`, with LiteLLM's own snake_case keys (for example `routing_strategy: simple-shuffle`, `num_retries: 2`). The Redis connection from `redisSecretRef` is added by the compiler.", "x-litellm-gitops-extension": true, "type": "object", "additionalProperties": true } }, "additionalProperties": false } }, "required": ["apiVersion", "kind", "metadata", "spec"], "additionalProperties": false };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default ?? import_ucs2length.default;
var pattern0 = new RegExp("^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$", "u");
var pattern1 = new RegExp("^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
var pattern2 = new RegExp("^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", "u");
var pattern3 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var pattern4 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function validate10(data2, { instancePath = "", parentData, parentDataProperty, rootData = data2 } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
    if (data2.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema11.required, parentSchema: schema11, data: data2 };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data2.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.required, parentSchema: schema11, data: data2 };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data2.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema11.required, parentSchema: schema11, data: data2 };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data2.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema11.required, parentSchema: schema11, data: data2 };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data2) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data2.apiVersion !== void 0) {
      let data0 = data2.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.apiVersion.type, parentSchema: schema11.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("litellm.litellm.ai/v1alpha1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "litellm.litellm.ai/v1alpha1" }, message: "must be equal to constant", schema: "litellm.litellm.ai/v1alpha1", parentSchema: schema11.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data2.kind !== void 0) {
      let data1 = data2.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.kind.type, parentSchema: schema11.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("LiteLLMInstance" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "LiteLLMInstance" }, message: "must be equal to constant", schema: "LiteLLMInstance", parentSchema: schema11.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data2.metadata !== void 0) {
      let data22 = data2.metadata;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.name === void 0) {
          const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.metadata.required, parentSchema: schema11.properties.metadata, data: data22 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data22.annotations !== void 0) {
          let data3 = data22.annotations;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key1 in data3) {
              let data4 = data3[key1];
              if (typeof data4 !== "string") {
                const err10 = { instancePath: instancePath + "/metadata/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema11.properties.metadata.properties.annotations.additionalProperties, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.properties.annotations.type, parentSchema: schema11.properties.metadata.properties.annotations, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data22.labels !== void 0) {
          let data5 = data22.labels;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              let data6 = data5[key2];
              if (typeof data6 !== "string") {
                const err12 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema11.properties.metadata.properties.labels.additionalProperties, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.properties.labels.type, parentSchema: schema11.properties.metadata.properties.labels, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data22.name !== void 0) {
          let data7 = data22.name;
          if (typeof data7 !== "string") {
            const err14 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.name.type, parentSchema: schema11.properties.metadata.properties.name, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data22.namespace !== void 0) {
          let data8 = data22.namespace;
          if (typeof data8 !== "string") {
            const err15 = { instancePath: instancePath + "/metadata/namespace", schemaPath: "#/properties/metadata/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.metadata.properties.namespace.type, parentSchema: schema11.properties.metadata.properties.namespace, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.metadata.type, parentSchema: schema11.properties.metadata, data: data22 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data2.spec !== void 0) {
      let data9 = data2.spec;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key3 in data9) {
          if (!func2.call(schema11.properties.spec.properties, key3)) {
            const err17 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec, data: data9 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data9.databaseSecretRef !== void 0) {
          let data10 = data9.databaseSecretRef;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.keys === void 0) {
              const err18 = { instancePath: instancePath + "/spec/databaseSecretRef", schemaPath: "#/properties/spec/properties/databaseSecretRef/required", keyword: "required", params: { missingProperty: "keys" }, message: "must have required property 'keys'", schema: schema11.properties.spec.properties.databaseSecretRef.required, parentSchema: schema11.properties.spec.properties.databaseSecretRef, data: data10 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data10.nameRef === void 0) {
              const err19 = { instancePath: instancePath + "/spec/databaseSecretRef", schemaPath: "#/properties/spec/properties/databaseSecretRef/required", keyword: "required", params: { missingProperty: "nameRef" }, message: "must have required property 'nameRef'", schema: schema11.properties.spec.properties.databaseSecretRef.required, parentSchema: schema11.properties.spec.properties.databaseSecretRef, data: data10 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key4 in data10) {
              if (!(key4 === "keys" || key4 === "nameRef")) {
                const err20 = { instancePath: instancePath + "/spec/databaseSecretRef", schemaPath: "#/properties/spec/properties/databaseSecretRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.databaseSecretRef, data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data10.keys !== void 0) {
              let data11 = data10.keys;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.dbnameSecret === void 0) {
                  const err21 = { instancePath: instancePath + "/spec/databaseSecretRef/keys", schemaPath: "#/properties/spec/properties/databaseSecretRef/properties/keys/required", keyword: "required", params: { missingProperty: "dbnameSecret" }, message: "must have required property 'dbnameSecret'", schema: schema11.properties.spec.properties.databaseSecretRef.properties.keys.required, parentSchema: schema11.properties.spec.properties.databaseSecretRef.properties.keys, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (data11.hostSecret === void 0) {
                  const err22 = { instancePath: instancePath + "/spec/databaseSecretRef/keys", schemaPath: "#/properties/spec/properties/databaseSecretRef/properties/keys/required", keyword: "required", params: { missingProperty: "hostSecret" }, message: "must have required property 'hostSecret'", schema: schema11.properties.spec.properties.databaseSecretRef.properties.keys.required, parentSchema: schema11.properties.spec.properties.databaseSecretRef.properties.keys, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (data11.passwordSecret === void 0) {
                  const err23 = { instancePath: instancePath + "/spec/databaseSecretRef/keys", schemaPath: "#/properties/spec/properties/databaseSecretRef/properties/keys/required", keyword: "required", params: { missingProperty: "passwordSecret" }, message: "must have required property 'passwordSecret'", schema: schema11.properties.spec.properties.databaseSecretRef.properties.keys.required, parentSchema: schema11.properties.spec.properties.databaseSecretRef.properties.keys, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                if (data11.usernameSecret === void 0) {
                  const err24 = { instancePath: instancePath + "/spec/databaseSecretRef/keys", schemaPath: "#/properties/spec/properties/databaseSecretRef/properties/keys/required", keyword: "required", params: { missingProperty: "usernameSecret" }, message: "must have required property 'usernameSecret'", schema: schema11.properties.spec.properties.databaseSecretRef.properties.keys.required, parentSchema: schema11.properties.spec.properties.databaseSecretRef.properties.keys, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                for (const key5 in data11) {
                  if (!(key5 === "dbnameSecret" || key5 === "hostSecret" || key5 === "passwordSecret" || key5 === "usernameSecret")) {
                    const err25 = { instancePath: instancePath + "/spec/databaseSecretRef/keys", schemaPath: "#/properties/spec/properties/databaseSecretRef/properties/keys/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.databaseSecretRef.properties.keys, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data11.dbnameSecret !== void 0) {
                  let data12 = data11.dbnameSecret;
                  if (typeof data12 !== "string") {
                    const err26 = { instancePath: instancePath + "/spec/databaseSecretRef/keys/dbnameSecret", schemaPath: "#/properties/spec/properties/databaseSecretRef/properties/keys/properties/dbnameSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.databaseSecretRef.properties.keys.properties.dbnameSecret.type, parentSchema: schema11.properties.spec.properties.databaseSecretRef.properties.keys.properties.dbnameSecret, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
                if (data11.hostSecret !== void 0) {
                  let data13 = data11.hostSecret;
                  if (typeof data13 !== "string") {
                    const err27 = { instancePath: instancePath + "/spec/databaseSecretRef/keys/hostSecret", schemaPath: "#/properties/spec/properties/databaseSecretRef/properties/keys/properties/hostSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.databaseSecretRef.properties.keys.properties.hostSecret.type, parentSchema: schema11.properties.spec.properties.databaseSecretRef.properties.keys.properties.hostSecret, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data11.passwordSecret !== void 0) {
                  let data14 = data11.passwordSecret;
                  if (typeof data14 !== "string") {
                    const err28 = { instancePath: instancePath + "/spec/databaseSecretRef/keys/passwordSecret", schemaPath: "#/properties/spec/properties/databaseSecretRef/properties/keys/properties/passwordSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.databaseSecretRef.properties.keys.properties.passwordSecret.type, parentSchema: schema11.properties.spec.properties.databaseSecretRef.properties.keys.properties.passwordSecret, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data11.usernameSecret !== void 0) {
                  let data15 = data11.usernameSecret;
                  if (typeof data15 !== "string") {
                    const err29 = { instancePath: instancePath + "/spec/databaseSecretRef/keys/usernameSecret", schemaPath: "#/properties/spec/properties/databaseSecretRef/properties/keys/properties/usernameSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.databaseSecretRef.properties.keys.properties.usernameSecret.type, parentSchema: schema11.properties.spec.properties.databaseSecretRef.properties.keys.properties.usernameSecret, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              } else {
                const err30 = { instancePath: instancePath + "/spec/databaseSecretRef/keys", schemaPath: "#/properties/spec/properties/databaseSecretRef/properties/keys/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.databaseSecretRef.properties.keys.type, parentSchema: schema11.properties.spec.properties.databaseSecretRef.properties.keys, data: data11 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data10.nameRef !== void 0) {
              let data16 = data10.nameRef;
              if (typeof data16 !== "string") {
                const err31 = { instancePath: instancePath + "/spec/databaseSecretRef/nameRef", schemaPath: "#/properties/spec/properties/databaseSecretRef/properties/nameRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.databaseSecretRef.properties.nameRef.type, parentSchema: schema11.properties.spec.properties.databaseSecretRef.properties.nameRef, data: data16 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/spec/databaseSecretRef", schemaPath: "#/properties/spec/properties/databaseSecretRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.databaseSecretRef.type, parentSchema: schema11.properties.spec.properties.databaseSecretRef, data: data10 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data9.extraEnvVars !== void 0) {
          let data17 = data9.extraEnvVars;
          if (Array.isArray(data17)) {
            const len0 = data17.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data18 = data17[i0];
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.name === void 0) {
                  const err33 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0, schemaPath: "#/properties/spec/properties/extraEnvVars/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.spec.properties.extraEnvVars.items.required, parentSchema: schema11.properties.spec.properties.extraEnvVars.items, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                for (const key6 in data18) {
                  if (!(key6 === "name" || key6 === "value" || key6 === "valueFrom")) {
                    const err34 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0, schemaPath: "#/properties/spec/properties/extraEnvVars/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.extraEnvVars.items, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data18.name !== void 0) {
                  let data19 = data18.name;
                  if (typeof data19 !== "string") {
                    const err35 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/name", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.name.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.name, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data18.value !== void 0) {
                  let data20 = data18.value;
                  if (typeof data20 !== "string") {
                    const err36 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/value", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.value.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.value, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data18.valueFrom !== void 0) {
                  let data21 = data18.valueFrom;
                  if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                    for (const key7 in data21) {
                      if (!(key7 === "configMapKeyRef" || key7 === "fieldRef" || key7 === "fileKeyRef" || key7 === "resourceFieldRef" || key7 === "secretKeyRef")) {
                        const err37 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                    if (data21.configMapKeyRef !== void 0) {
                      let data22 = data21.configMapKeyRef;
                      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                        if (data22.key === void 0) {
                          const err38 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/configMapKeyRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/configMapKeyRef/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.configMapKeyRef.required, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.configMapKeyRef, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err38];
                          } else {
                            vErrors.push(err38);
                          }
                          errors++;
                        }
                        for (const key8 in data22) {
                          if (!(key8 === "key" || key8 === "name" || key8 === "optional")) {
                            const err39 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/configMapKeyRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/configMapKeyRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.configMapKeyRef, data: data22 };
                            if (vErrors === null) {
                              vErrors = [err39];
                            } else {
                              vErrors.push(err39);
                            }
                            errors++;
                          }
                        }
                        if (data22.key !== void 0) {
                          let data23 = data22.key;
                          if (typeof data23 !== "string") {
                            const err40 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/configMapKeyRef/key", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/configMapKeyRef/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.configMapKeyRef.properties.key.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.configMapKeyRef.properties.key, data: data23 };
                            if (vErrors === null) {
                              vErrors = [err40];
                            } else {
                              vErrors.push(err40);
                            }
                            errors++;
                          }
                        }
                        if (data22.name !== void 0) {
                          let data24 = data22.name;
                          if (typeof data24 !== "string") {
                            const err41 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/configMapKeyRef/name", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/configMapKeyRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.configMapKeyRef.properties.name.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.configMapKeyRef.properties.name, data: data24 };
                            if (vErrors === null) {
                              vErrors = [err41];
                            } else {
                              vErrors.push(err41);
                            }
                            errors++;
                          }
                        }
                        if (data22.optional !== void 0) {
                          let data25 = data22.optional;
                          if (typeof data25 !== "boolean") {
                            const err42 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/configMapKeyRef/optional", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/configMapKeyRef/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.configMapKeyRef.properties.optional.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.configMapKeyRef.properties.optional, data: data25 };
                            if (vErrors === null) {
                              vErrors = [err42];
                            } else {
                              vErrors.push(err42);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err43 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/configMapKeyRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/configMapKeyRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.configMapKeyRef.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.configMapKeyRef, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                    if (data21.fieldRef !== void 0) {
                      let data26 = data21.fieldRef;
                      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                        if (data26.fieldPath === void 0) {
                          const err44 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/fieldRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/fieldRef/required", keyword: "required", params: { missingProperty: "fieldPath" }, message: "must have required property 'fieldPath'", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fieldRef.required, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fieldRef, data: data26 };
                          if (vErrors === null) {
                            vErrors = [err44];
                          } else {
                            vErrors.push(err44);
                          }
                          errors++;
                        }
                        for (const key9 in data26) {
                          if (!(key9 === "apiVersion" || key9 === "fieldPath")) {
                            const err45 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/fieldRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/fieldRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fieldRef, data: data26 };
                            if (vErrors === null) {
                              vErrors = [err45];
                            } else {
                              vErrors.push(err45);
                            }
                            errors++;
                          }
                        }
                        if (data26.apiVersion !== void 0) {
                          let data27 = data26.apiVersion;
                          if (typeof data27 !== "string") {
                            const err46 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/fieldRef/apiVersion", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/fieldRef/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fieldRef.properties.apiVersion.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fieldRef.properties.apiVersion, data: data27 };
                            if (vErrors === null) {
                              vErrors = [err46];
                            } else {
                              vErrors.push(err46);
                            }
                            errors++;
                          }
                        }
                        if (data26.fieldPath !== void 0) {
                          let data28 = data26.fieldPath;
                          if (typeof data28 !== "string") {
                            const err47 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/fieldRef/fieldPath", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/fieldRef/properties/fieldPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fieldRef.properties.fieldPath.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fieldRef.properties.fieldPath, data: data28 };
                            if (vErrors === null) {
                              vErrors = [err47];
                            } else {
                              vErrors.push(err47);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err48 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/fieldRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/fieldRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fieldRef.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fieldRef, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                    }
                    if (data21.fileKeyRef !== void 0) {
                      let data29 = data21.fileKeyRef;
                      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                        if (data29.key === void 0) {
                          const err49 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/fileKeyRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/fileKeyRef/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef.required, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef, data: data29 };
                          if (vErrors === null) {
                            vErrors = [err49];
                          } else {
                            vErrors.push(err49);
                          }
                          errors++;
                        }
                        if (data29.path === void 0) {
                          const err50 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/fileKeyRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/fileKeyRef/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef.required, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef, data: data29 };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                        if (data29.volumeName === void 0) {
                          const err51 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/fileKeyRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/fileKeyRef/required", keyword: "required", params: { missingProperty: "volumeName" }, message: "must have required property 'volumeName'", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef.required, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef, data: data29 };
                          if (vErrors === null) {
                            vErrors = [err51];
                          } else {
                            vErrors.push(err51);
                          }
                          errors++;
                        }
                        for (const key10 in data29) {
                          if (!(key10 === "key" || key10 === "optional" || key10 === "path" || key10 === "volumeName")) {
                            const err52 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/fileKeyRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/fileKeyRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef, data: data29 };
                            if (vErrors === null) {
                              vErrors = [err52];
                            } else {
                              vErrors.push(err52);
                            }
                            errors++;
                          }
                        }
                        if (data29.key !== void 0) {
                          let data30 = data29.key;
                          if (typeof data30 !== "string") {
                            const err53 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/fileKeyRef/key", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/fileKeyRef/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef.properties.key.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef.properties.key, data: data30 };
                            if (vErrors === null) {
                              vErrors = [err53];
                            } else {
                              vErrors.push(err53);
                            }
                            errors++;
                          }
                        }
                        if (data29.optional !== void 0) {
                          let data31 = data29.optional;
                          if (typeof data31 !== "boolean") {
                            const err54 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/fileKeyRef/optional", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/fileKeyRef/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef.properties.optional.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef.properties.optional, data: data31 };
                            if (vErrors === null) {
                              vErrors = [err54];
                            } else {
                              vErrors.push(err54);
                            }
                            errors++;
                          }
                        }
                        if (data29.path !== void 0) {
                          let data32 = data29.path;
                          if (typeof data32 !== "string") {
                            const err55 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/fileKeyRef/path", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/fileKeyRef/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef.properties.path.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef.properties.path, data: data32 };
                            if (vErrors === null) {
                              vErrors = [err55];
                            } else {
                              vErrors.push(err55);
                            }
                            errors++;
                          }
                        }
                        if (data29.volumeName !== void 0) {
                          let data33 = data29.volumeName;
                          if (typeof data33 !== "string") {
                            const err56 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/fileKeyRef/volumeName", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/fileKeyRef/properties/volumeName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef.properties.volumeName.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef.properties.volumeName, data: data33 };
                            if (vErrors === null) {
                              vErrors = [err56];
                            } else {
                              vErrors.push(err56);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err57 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/fileKeyRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/fileKeyRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.fileKeyRef, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                    if (data21.resourceFieldRef !== void 0) {
                      let data34 = data21.resourceFieldRef;
                      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                        if (data34.resource === void 0) {
                          const err58 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/resourceFieldRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/resourceFieldRef/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef.required, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef, data: data34 };
                          if (vErrors === null) {
                            vErrors = [err58];
                          } else {
                            vErrors.push(err58);
                          }
                          errors++;
                        }
                        for (const key11 in data34) {
                          if (!(key11 === "containerName" || key11 === "divisor" || key11 === "resource")) {
                            const err59 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/resourceFieldRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/resourceFieldRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef, data: data34 };
                            if (vErrors === null) {
                              vErrors = [err59];
                            } else {
                              vErrors.push(err59);
                            }
                            errors++;
                          }
                        }
                        if (data34.containerName !== void 0) {
                          let data35 = data34.containerName;
                          if (typeof data35 !== "string") {
                            const err60 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/resourceFieldRef/containerName", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/resourceFieldRef/properties/containerName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef.properties.containerName.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef.properties.containerName, data: data35 };
                            if (vErrors === null) {
                              vErrors = [err60];
                            } else {
                              vErrors.push(err60);
                            }
                            errors++;
                          }
                        }
                        if (data34.divisor !== void 0) {
                          let data36 = data34.divisor;
                          const _errs87 = errors;
                          let valid15 = false;
                          const _errs88 = errors;
                          if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)))) {
                            const err61 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/resourceFieldRef/divisor", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/resourceFieldRef/properties/divisor/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef.properties.divisor.anyOf[0].type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef.properties.divisor.anyOf[0], data: data36 };
                            if (vErrors === null) {
                              vErrors = [err61];
                            } else {
                              vErrors.push(err61);
                            }
                            errors++;
                          }
                          var _valid0 = _errs88 === errors;
                          valid15 = valid15 || _valid0;
                          if (!valid15) {
                            const _errs90 = errors;
                            if (typeof data36 === "string") {
                              if (!pattern0.test(data36)) {
                                const err62 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/resourceFieldRef/divisor", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/resourceFieldRef/properties/divisor/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$" }, message: 'must match pattern "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"', schema: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$", parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef.properties.divisor.anyOf[1], data: data36 };
                                if (vErrors === null) {
                                  vErrors = [err62];
                                } else {
                                  vErrors.push(err62);
                                }
                                errors++;
                              }
                            } else {
                              const err63 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/resourceFieldRef/divisor", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/resourceFieldRef/properties/divisor/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef.properties.divisor.anyOf[1].type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef.properties.divisor.anyOf[1], data: data36 };
                              if (vErrors === null) {
                                vErrors = [err63];
                              } else {
                                vErrors.push(err63);
                              }
                              errors++;
                            }
                            var _valid0 = _errs90 === errors;
                            valid15 = valid15 || _valid0;
                          }
                          if (!valid15) {
                            const err64 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/resourceFieldRef/divisor", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/resourceFieldRef/properties/divisor/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef.properties.divisor.anyOf, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef.properties.divisor, data: data36 };
                            if (vErrors === null) {
                              vErrors = [err64];
                            } else {
                              vErrors.push(err64);
                            }
                            errors++;
                          } else {
                            errors = _errs87;
                            if (vErrors !== null) {
                              if (_errs87) {
                                vErrors.length = _errs87;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                        if (data34.resource !== void 0) {
                          let data37 = data34.resource;
                          if (typeof data37 !== "string") {
                            const err65 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/resourceFieldRef/resource", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/resourceFieldRef/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef.properties.resource.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef.properties.resource, data: data37 };
                            if (vErrors === null) {
                              vErrors = [err65];
                            } else {
                              vErrors.push(err65);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err66 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/resourceFieldRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/resourceFieldRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.resourceFieldRef, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                    }
                    if (data21.secretKeyRef !== void 0) {
                      let data38 = data21.secretKeyRef;
                      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                        if (data38.key === void 0) {
                          const err67 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/secretKeyRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/secretKeyRef/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.secretKeyRef.required, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.secretKeyRef, data: data38 };
                          if (vErrors === null) {
                            vErrors = [err67];
                          } else {
                            vErrors.push(err67);
                          }
                          errors++;
                        }
                        for (const key12 in data38) {
                          if (!(key12 === "key" || key12 === "name" || key12 === "optional")) {
                            const err68 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/secretKeyRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/secretKeyRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.secretKeyRef, data: data38 };
                            if (vErrors === null) {
                              vErrors = [err68];
                            } else {
                              vErrors.push(err68);
                            }
                            errors++;
                          }
                        }
                        if (data38.key !== void 0) {
                          let data39 = data38.key;
                          if (typeof data39 !== "string") {
                            const err69 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/secretKeyRef/key", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/secretKeyRef/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.secretKeyRef.properties.key.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.secretKeyRef.properties.key, data: data39 };
                            if (vErrors === null) {
                              vErrors = [err69];
                            } else {
                              vErrors.push(err69);
                            }
                            errors++;
                          }
                        }
                        if (data38.name !== void 0) {
                          let data40 = data38.name;
                          if (typeof data40 !== "string") {
                            const err70 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/secretKeyRef/name", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/secretKeyRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.secretKeyRef.properties.name.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.secretKeyRef.properties.name, data: data40 };
                            if (vErrors === null) {
                              vErrors = [err70];
                            } else {
                              vErrors.push(err70);
                            }
                            errors++;
                          }
                        }
                        if (data38.optional !== void 0) {
                          let data41 = data38.optional;
                          if (typeof data41 !== "boolean") {
                            const err71 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/secretKeyRef/optional", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/secretKeyRef/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.secretKeyRef.properties.optional.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.secretKeyRef.properties.optional, data: data41 };
                            if (vErrors === null) {
                              vErrors = [err71];
                            } else {
                              vErrors.push(err71);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err72 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom/secretKeyRef", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/properties/secretKeyRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.secretKeyRef.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.properties.secretKeyRef, data: data38 };
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err73 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0 + "/valueFrom", schemaPath: "#/properties/spec/properties/extraEnvVars/items/properties/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items.properties.valueFrom, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err73];
                    } else {
                      vErrors.push(err73);
                    }
                    errors++;
                  }
                }
              } else {
                const err74 = { instancePath: instancePath + "/spec/extraEnvVars/" + i0, schemaPath: "#/properties/spec/properties/extraEnvVars/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.extraEnvVars.items.type, parentSchema: schema11.properties.spec.properties.extraEnvVars.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/spec/extraEnvVars", schemaPath: "#/properties/spec/properties/extraEnvVars/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.extraEnvVars.type, parentSchema: schema11.properties.spec.properties.extraEnvVars, data: data17 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data9.gateway !== void 0) {
          let data42 = data9.gateway;
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            if (data42.enabled === void 0) {
              const err76 = { instancePath: instancePath + "/spec/gateway", schemaPath: "#/properties/spec/properties/gateway/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'", schema: schema11.properties.spec.properties.gateway.required, parentSchema: schema11.properties.spec.properties.gateway, data: data42 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            if (data42.host === void 0) {
              const err77 = { instancePath: instancePath + "/spec/gateway", schemaPath: "#/properties/spec/properties/gateway/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'", schema: schema11.properties.spec.properties.gateway.required, parentSchema: schema11.properties.spec.properties.gateway, data: data42 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
            for (const key13 in data42) {
              if (!(key13 === "enabled" || key13 === "host" || key13 === "parentRefs")) {
                const err78 = { instancePath: instancePath + "/spec/gateway", schemaPath: "#/properties/spec/properties/gateway/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.gateway, data: data42 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data42.enabled !== void 0) {
              let data43 = data42.enabled;
              if (typeof data43 !== "boolean") {
                const err79 = { instancePath: instancePath + "/spec/gateway/enabled", schemaPath: "#/properties/spec/properties/gateway/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spec.properties.gateway.properties.enabled.type, parentSchema: schema11.properties.spec.properties.gateway.properties.enabled, data: data43 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data42.host !== void 0) {
              let data44 = data42.host;
              if (typeof data44 !== "string") {
                const err80 = { instancePath: instancePath + "/spec/gateway/host", schemaPath: "#/properties/spec/properties/gateway/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.gateway.properties.host.type, parentSchema: schema11.properties.spec.properties.gateway.properties.host, data: data44 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data42.parentRefs !== void 0) {
              let data45 = data42.parentRefs;
              if (Array.isArray(data45)) {
                if (data45.length > 32) {
                  const err81 = { instancePath: instancePath + "/spec/gateway/parentRefs", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
                const len1 = data45.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data46 = data45[i1];
                  if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                    if (data46.name === void 0) {
                      const err82 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1, schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.required, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err82];
                      } else {
                        vErrors.push(err82);
                      }
                      errors++;
                    }
                    for (const key14 in data46) {
                      if (!(key14 === "group" || key14 === "kind" || key14 === "name" || key14 === "namespace" || key14 === "port" || key14 === "sectionName")) {
                        const err83 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1, schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err83];
                        } else {
                          vErrors.push(err83);
                        }
                        errors++;
                      }
                    }
                    if (data46.group !== void 0) {
                      let data47 = data46.group;
                      if (typeof data47 === "string") {
                        if (func3(data47) > 253) {
                          const err84 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/group", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/group/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.group, data: data47 };
                          if (vErrors === null) {
                            vErrors = [err84];
                          } else {
                            vErrors.push(err84);
                          }
                          errors++;
                        }
                        if (!pattern1.test(data47)) {
                          const err85 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/group", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/group/pattern", keyword: "pattern", params: { pattern: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"', schema: "^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.group, data: data47 };
                          if (vErrors === null) {
                            vErrors = [err85];
                          } else {
                            vErrors.push(err85);
                          }
                          errors++;
                        }
                      } else {
                        const err86 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/group", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/group/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.group.type, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.group, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                    if (data46.kind !== void 0) {
                      let data48 = data46.kind;
                      if (typeof data48 === "string") {
                        if (func3(data48) > 63) {
                          const err87 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/kind", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/kind/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.kind, data: data48 };
                          if (vErrors === null) {
                            vErrors = [err87];
                          } else {
                            vErrors.push(err87);
                          }
                          errors++;
                        }
                        if (func3(data48) < 1) {
                          const err88 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/kind", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/kind/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.kind, data: data48 };
                          if (vErrors === null) {
                            vErrors = [err88];
                          } else {
                            vErrors.push(err88);
                          }
                          errors++;
                        }
                        if (!pattern2.test(data48)) {
                          const err89 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/kind", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/kind/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$" }, message: 'must match pattern "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"', schema: "^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$", parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.kind, data: data48 };
                          if (vErrors === null) {
                            vErrors = [err89];
                          } else {
                            vErrors.push(err89);
                          }
                          errors++;
                        }
                      } else {
                        const err90 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/kind", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.kind.type, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.kind, data: data48 };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                    if (data46.name !== void 0) {
                      let data49 = data46.name;
                      if (typeof data49 === "string") {
                        if (func3(data49) > 253) {
                          const err91 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/name", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.name, data: data49 };
                          if (vErrors === null) {
                            vErrors = [err91];
                          } else {
                            vErrors.push(err91);
                          }
                          errors++;
                        }
                        if (func3(data49) < 1) {
                          const err92 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/name", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.name, data: data49 };
                          if (vErrors === null) {
                            vErrors = [err92];
                          } else {
                            vErrors.push(err92);
                          }
                          errors++;
                        }
                      } else {
                        const err93 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/name", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.name.type, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.name, data: data49 };
                        if (vErrors === null) {
                          vErrors = [err93];
                        } else {
                          vErrors.push(err93);
                        }
                        errors++;
                      }
                    }
                    if (data46.namespace !== void 0) {
                      let data50 = data46.namespace;
                      if (typeof data50 === "string") {
                        if (func3(data50) > 63) {
                          const err94 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/namespace", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/namespace/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.namespace, data: data50 };
                          if (vErrors === null) {
                            vErrors = [err94];
                          } else {
                            vErrors.push(err94);
                          }
                          errors++;
                        }
                        if (func3(data50) < 1) {
                          const err95 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/namespace", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.namespace, data: data50 };
                          if (vErrors === null) {
                            vErrors = [err95];
                          } else {
                            vErrors.push(err95);
                          }
                          errors++;
                        }
                        if (!pattern3.test(data50)) {
                          const err96 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/namespace", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.namespace, data: data50 };
                          if (vErrors === null) {
                            vErrors = [err96];
                          } else {
                            vErrors.push(err96);
                          }
                          errors++;
                        }
                      } else {
                        const err97 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/namespace", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.namespace.type, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.namespace, data: data50 };
                        if (vErrors === null) {
                          vErrors = [err97];
                        } else {
                          vErrors.push(err97);
                        }
                        errors++;
                      }
                    }
                    if (data46.port !== void 0) {
                      let data51 = data46.port;
                      if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)))) {
                        const err98 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/port", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.port.type, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.port, data: data51 };
                        if (vErrors === null) {
                          vErrors = [err98];
                        } else {
                          vErrors.push(err98);
                        }
                        errors++;
                      }
                      if (typeof data51 == "number") {
                        if (data51 > 65535 || isNaN(data51)) {
                          const err99 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/port", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.port, data: data51 };
                          if (vErrors === null) {
                            vErrors = [err99];
                          } else {
                            vErrors.push(err99);
                          }
                          errors++;
                        }
                        if (data51 < 1 || isNaN(data51)) {
                          const err100 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/port", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.port, data: data51 };
                          if (vErrors === null) {
                            vErrors = [err100];
                          } else {
                            vErrors.push(err100);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data46.sectionName !== void 0) {
                      let data52 = data46.sectionName;
                      if (typeof data52 === "string") {
                        if (func3(data52) > 253) {
                          const err101 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/sectionName", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/sectionName/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.sectionName, data: data52 };
                          if (vErrors === null) {
                            vErrors = [err101];
                          } else {
                            vErrors.push(err101);
                          }
                          errors++;
                        }
                        if (func3(data52) < 1) {
                          const err102 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/sectionName", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/sectionName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.sectionName, data: data52 };
                          if (vErrors === null) {
                            vErrors = [err102];
                          } else {
                            vErrors.push(err102);
                          }
                          errors++;
                        }
                        if (!pattern4.test(data52)) {
                          const err103 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/sectionName", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/sectionName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.sectionName, data: data52 };
                          if (vErrors === null) {
                            vErrors = [err103];
                          } else {
                            vErrors.push(err103);
                          }
                          errors++;
                        }
                      } else {
                        const err104 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1 + "/sectionName", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/properties/sectionName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.sectionName.type, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.properties.sectionName, data: data52 };
                        if (vErrors === null) {
                          vErrors = [err104];
                        } else {
                          vErrors.push(err104);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err105 = { instancePath: instancePath + "/spec/gateway/parentRefs/" + i1, schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.gateway.properties.parentRefs.items.type, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs.items, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
              } else {
                const err106 = { instancePath: instancePath + "/spec/gateway/parentRefs", schemaPath: "#/properties/spec/properties/gateway/properties/parentRefs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.gateway.properties.parentRefs.type, parentSchema: schema11.properties.spec.properties.gateway.properties.parentRefs, data: data45 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
          } else {
            const err107 = { instancePath: instancePath + "/spec/gateway", schemaPath: "#/properties/spec/properties/gateway/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.gateway.type, parentSchema: schema11.properties.spec.properties.gateway, data: data42 };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
        }
        if (data9.generalSettings !== void 0) {
          let data53 = data9.generalSettings;
          if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
          } else {
            const err108 = { instancePath: instancePath + "/spec/generalSettings", schemaPath: "#/properties/spec/properties/generalSettings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.generalSettings.type, parentSchema: schema11.properties.spec.properties.generalSettings, data: data53 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data9.image !== void 0) {
          let data54 = data9.image;
          if (typeof data54 !== "string") {
            const err109 = { instancePath: instancePath + "/spec/image", schemaPath: "#/properties/spec/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.image.type, parentSchema: schema11.properties.spec.properties.image, data: data54 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        if (data9.ingress !== void 0) {
          let data55 = data9.ingress;
          if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
            if (data55.enabled === void 0) {
              const err110 = { instancePath: instancePath + "/spec/ingress", schemaPath: "#/properties/spec/properties/ingress/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'", schema: schema11.properties.spec.properties.ingress.required, parentSchema: schema11.properties.spec.properties.ingress, data: data55 };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
            if (data55.host === void 0) {
              const err111 = { instancePath: instancePath + "/spec/ingress", schemaPath: "#/properties/spec/properties/ingress/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'", schema: schema11.properties.spec.properties.ingress.required, parentSchema: schema11.properties.spec.properties.ingress, data: data55 };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
            for (const key15 in data55) {
              if (!(key15 === "annotations" || key15 === "className" || key15 === "enabled" || key15 === "host" || key15 === "tls")) {
                const err112 = { instancePath: instancePath + "/spec/ingress", schemaPath: "#/properties/spec/properties/ingress/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.ingress, data: data55 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data55.annotations !== void 0) {
              let data56 = data55.annotations;
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                for (const key16 in data56) {
                  let data57 = data56[key16];
                  if (typeof data57 !== "string") {
                    const err113 = { instancePath: instancePath + "/spec/ingress/annotations/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/ingress/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.ingress.properties.annotations.additionalProperties.type, parentSchema: schema11.properties.spec.properties.ingress.properties.annotations.additionalProperties, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
              } else {
                const err114 = { instancePath: instancePath + "/spec/ingress/annotations", schemaPath: "#/properties/spec/properties/ingress/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.ingress.properties.annotations.type, parentSchema: schema11.properties.spec.properties.ingress.properties.annotations, data: data56 };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            if (data55.className !== void 0) {
              let data58 = data55.className;
              if (typeof data58 !== "string") {
                const err115 = { instancePath: instancePath + "/spec/ingress/className", schemaPath: "#/properties/spec/properties/ingress/properties/className/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.ingress.properties.className.type, parentSchema: schema11.properties.spec.properties.ingress.properties.className, data: data58 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
            if (data55.enabled !== void 0) {
              let data59 = data55.enabled;
              if (typeof data59 !== "boolean") {
                const err116 = { instancePath: instancePath + "/spec/ingress/enabled", schemaPath: "#/properties/spec/properties/ingress/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spec.properties.ingress.properties.enabled.type, parentSchema: schema11.properties.spec.properties.ingress.properties.enabled, data: data59 };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
            if (data55.host !== void 0) {
              let data60 = data55.host;
              if (typeof data60 !== "string") {
                const err117 = { instancePath: instancePath + "/spec/ingress/host", schemaPath: "#/properties/spec/properties/ingress/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.ingress.properties.host.type, parentSchema: schema11.properties.spec.properties.ingress.properties.host, data: data60 };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
            if (data55.tls !== void 0) {
              let data61 = data55.tls;
              if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                for (const key17 in data61) {
                  if (!(key17 === "secretName")) {
                    const err118 = { instancePath: instancePath + "/spec/ingress/tls", schemaPath: "#/properties/spec/properties/ingress/properties/tls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.ingress.properties.tls, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (data61.secretName !== void 0) {
                  let data62 = data61.secretName;
                  if (typeof data62 !== "string") {
                    const err119 = { instancePath: instancePath + "/spec/ingress/tls/secretName", schemaPath: "#/properties/spec/properties/ingress/properties/tls/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.ingress.properties.tls.properties.secretName.type, parentSchema: schema11.properties.spec.properties.ingress.properties.tls.properties.secretName, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                }
              } else {
                const err120 = { instancePath: instancePath + "/spec/ingress/tls", schemaPath: "#/properties/spec/properties/ingress/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.ingress.properties.tls.type, parentSchema: schema11.properties.spec.properties.ingress.properties.tls, data: data61 };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
            }
          } else {
            const err121 = { instancePath: instancePath + "/spec/ingress", schemaPath: "#/properties/spec/properties/ingress/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.ingress.type, parentSchema: schema11.properties.spec.properties.ingress, data: data55 };
            if (vErrors === null) {
              vErrors = [err121];
            } else {
              vErrors.push(err121);
            }
            errors++;
          }
        }
        if (data9.litellmSettings !== void 0) {
          let data63 = data9.litellmSettings;
          if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
          } else {
            const err122 = { instancePath: instancePath + "/spec/litellmSettings", schemaPath: "#/properties/spec/properties/litellmSettings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.litellmSettings.type, parentSchema: schema11.properties.spec.properties.litellmSettings, data: data63 };
            if (vErrors === null) {
              vErrors = [err122];
            } else {
              vErrors.push(err122);
            }
            errors++;
          }
        }
        if (data9.masterKey !== void 0) {
          let data64 = data9.masterKey;
          if (typeof data64 !== "string") {
            const err123 = { instancePath: instancePath + "/spec/masterKey", schemaPath: "#/properties/spec/properties/masterKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.masterKey.type, parentSchema: schema11.properties.spec.properties.masterKey, data: data64 };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
        if (data9.masterKeySecretRef !== void 0) {
          let data65 = data9.masterKeySecretRef;
          if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
            if (data65.secretName === void 0) {
              const err124 = { instancePath: instancePath + "/spec/masterKeySecretRef", schemaPath: "#/properties/spec/properties/masterKeySecretRef/required", keyword: "required", params: { missingProperty: "secretName" }, message: "must have required property 'secretName'", schema: schema11.properties.spec.properties.masterKeySecretRef.required, parentSchema: schema11.properties.spec.properties.masterKeySecretRef, data: data65 };
              if (vErrors === null) {
                vErrors = [err124];
              } else {
                vErrors.push(err124);
              }
              errors++;
            }
            if (data65.key === void 0) {
              const err125 = { instancePath: instancePath + "/spec/masterKeySecretRef", schemaPath: "#/properties/spec/properties/masterKeySecretRef/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema11.properties.spec.properties.masterKeySecretRef.required, parentSchema: schema11.properties.spec.properties.masterKeySecretRef, data: data65 };
              if (vErrors === null) {
                vErrors = [err125];
              } else {
                vErrors.push(err125);
              }
              errors++;
            }
            for (const key18 in data65) {
              if (!(key18 === "key" || key18 === "secretName")) {
                const err126 = { instancePath: instancePath + "/spec/masterKeySecretRef", schemaPath: "#/properties/spec/properties/masterKeySecretRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.masterKeySecretRef, data: data65 };
                if (vErrors === null) {
                  vErrors = [err126];
                } else {
                  vErrors.push(err126);
                }
                errors++;
              }
            }
            if (data65.key !== void 0) {
              let data66 = data65.key;
              if (typeof data66 !== "string") {
                const err127 = { instancePath: instancePath + "/spec/masterKeySecretRef/key", schemaPath: "#/properties/spec/properties/masterKeySecretRef/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.masterKeySecretRef.properties.key.type, parentSchema: schema11.properties.spec.properties.masterKeySecretRef.properties.key, data: data66 };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
            if (data65.secretName !== void 0) {
              let data67 = data65.secretName;
              if (typeof data67 !== "string") {
                const err128 = { instancePath: instancePath + "/spec/masterKeySecretRef/secretName", schemaPath: "#/properties/spec/properties/masterKeySecretRef/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.masterKeySecretRef.properties.secretName.type, parentSchema: schema11.properties.spec.properties.masterKeySecretRef.properties.secretName, data: data67 };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
          } else {
            const err129 = { instancePath: instancePath + "/spec/masterKeySecretRef", schemaPath: "#/properties/spec/properties/masterKeySecretRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.masterKeySecretRef.type, parentSchema: schema11.properties.spec.properties.masterKeySecretRef, data: data65 };
            if (vErrors === null) {
              vErrors = [err129];
            } else {
              vErrors.push(err129);
            }
            errors++;
          }
        }
        if (data9.models !== void 0) {
          let data68 = data9.models;
          if (Array.isArray(data68)) {
            const len2 = data68.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data69 = data68[i2];
              if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                if (data69.identifier === void 0) {
                  const err130 = { instancePath: instancePath + "/spec/models/" + i2, schemaPath: "#/properties/spec/properties/models/items/required", keyword: "required", params: { missingProperty: "identifier" }, message: "must have required property 'identifier'", schema: schema11.properties.spec.properties.models.items.required, parentSchema: schema11.properties.spec.properties.models.items, data: data69 };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
                if (data69.requiresAuth === void 0) {
                  const err131 = { instancePath: instancePath + "/spec/models/" + i2, schemaPath: "#/properties/spec/properties/models/items/required", keyword: "required", params: { missingProperty: "requiresAuth" }, message: "must have required property 'requiresAuth'", schema: schema11.properties.spec.properties.models.items.required, parentSchema: schema11.properties.spec.properties.models.items, data: data69 };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
                for (const key19 in data69) {
                  if (!(key19 === "additionalProperties" || key19 === "identifier" || key19 === "liteLLMParams" || key19 === "modelCredentials" || key19 === "modelName" || key19 === "requiresAuth")) {
                    const err132 = { instancePath: instancePath + "/spec/models/" + i2, schemaPath: "#/properties/spec/properties/models/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.models.items, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
                if (data69.additionalProperties !== void 0) {
                  let data70 = data69.additionalProperties;
                  if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
                  } else {
                    const err133 = { instancePath: instancePath + "/spec/models/" + i2 + "/additionalProperties", schemaPath: "#/properties/spec/properties/models/items/properties/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.models.items.properties.additionalProperties.type, parentSchema: schema11.properties.spec.properties.models.items.properties.additionalProperties, data: data70 };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
                if (data69.identifier !== void 0) {
                  let data71 = data69.identifier;
                  if (typeof data71 !== "string") {
                    const err134 = { instancePath: instancePath + "/spec/models/" + i2 + "/identifier", schemaPath: "#/properties/spec/properties/models/items/properties/identifier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.identifier.type, parentSchema: schema11.properties.spec.properties.models.items.properties.identifier, data: data71 };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                }
                if (data69.liteLLMParams !== void 0) {
                  let data72 = data69.liteLLMParams;
                  if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                    if (data72.model === void 0) {
                      const err135 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.required, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams, data: data72 };
                      if (vErrors === null) {
                        vErrors = [err135];
                      } else {
                        vErrors.push(err135);
                      }
                      errors++;
                    }
                    for (const key20 in data72) {
                      if (!func2.call(schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties, key20)) {
                        const err136 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams, data: data72 };
                        if (vErrors === null) {
                          vErrors = [err136];
                        } else {
                          vErrors.push(err136);
                        }
                        errors++;
                      }
                    }
                    if (data72.additionalProp1 !== void 0) {
                      let data73 = data72.additionalProp1;
                      if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                      } else {
                        const err137 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/additionalProp1", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/additionalProp1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.additionalProp1.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.additionalProp1, data: data73 };
                        if (vErrors === null) {
                          vErrors = [err137];
                        } else {
                          vErrors.push(err137);
                        }
                        errors++;
                      }
                    }
                    if (data72.apiBase !== void 0) {
                      let data74 = data72.apiBase;
                      if (typeof data74 !== "string") {
                        const err138 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/apiBase", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/apiBase/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.apiBase.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.apiBase, data: data74 };
                        if (vErrors === null) {
                          vErrors = [err138];
                        } else {
                          vErrors.push(err138);
                        }
                        errors++;
                      }
                    }
                    if (data72.apiKey !== void 0) {
                      let data75 = data72.apiKey;
                      if (typeof data75 !== "string") {
                        const err139 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/apiKey", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/apiKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.apiKey.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.apiKey, data: data75 };
                        if (vErrors === null) {
                          vErrors = [err139];
                        } else {
                          vErrors.push(err139);
                        }
                        errors++;
                      }
                    }
                    if (data72.apiVersion !== void 0) {
                      let data76 = data72.apiVersion;
                      if (typeof data76 !== "string") {
                        const err140 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/apiVersion", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.apiVersion.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.apiVersion, data: data76 };
                        if (vErrors === null) {
                          vErrors = [err140];
                        } else {
                          vErrors.push(err140);
                        }
                        errors++;
                      }
                    }
                    if (data72.autoRouterConfig !== void 0) {
                      let data77 = data72.autoRouterConfig;
                      if (typeof data77 !== "string") {
                        const err141 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/autoRouterConfig", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/autoRouterConfig/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.autoRouterConfig.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.autoRouterConfig, data: data77 };
                        if (vErrors === null) {
                          vErrors = [err141];
                        } else {
                          vErrors.push(err141);
                        }
                        errors++;
                      }
                    }
                    if (data72.autoRouterConfigPath !== void 0) {
                      let data78 = data72.autoRouterConfigPath;
                      if (typeof data78 !== "string") {
                        const err142 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/autoRouterConfigPath", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/autoRouterConfigPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.autoRouterConfigPath.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.autoRouterConfigPath, data: data78 };
                        if (vErrors === null) {
                          vErrors = [err142];
                        } else {
                          vErrors.push(err142);
                        }
                        errors++;
                      }
                    }
                    if (data72.autoRouterDefaultModel !== void 0) {
                      let data79 = data72.autoRouterDefaultModel;
                      if (typeof data79 !== "string") {
                        const err143 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/autoRouterDefaultModel", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/autoRouterDefaultModel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.autoRouterDefaultModel.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.autoRouterDefaultModel, data: data79 };
                        if (vErrors === null) {
                          vErrors = [err143];
                        } else {
                          vErrors.push(err143);
                        }
                        errors++;
                      }
                    }
                    if (data72.autoRouterEmbeddingModel !== void 0) {
                      let data80 = data72.autoRouterEmbeddingModel;
                      if (typeof data80 !== "string") {
                        const err144 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/autoRouterEmbeddingModel", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/autoRouterEmbeddingModel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.autoRouterEmbeddingModel.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.autoRouterEmbeddingModel, data: data80 };
                        if (vErrors === null) {
                          vErrors = [err144];
                        } else {
                          vErrors.push(err144);
                        }
                        errors++;
                      }
                    }
                    if (data72.awsAccessKeyId !== void 0) {
                      let data81 = data72.awsAccessKeyId;
                      if (typeof data81 !== "string") {
                        const err145 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/awsAccessKeyId", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/awsAccessKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.awsAccessKeyId.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.awsAccessKeyId, data: data81 };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                    }
                    if (data72.awsRegionName !== void 0) {
                      let data82 = data72.awsRegionName;
                      if (typeof data82 !== "string") {
                        const err146 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/awsRegionName", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/awsRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.awsRegionName.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.awsRegionName, data: data82 };
                        if (vErrors === null) {
                          vErrors = [err146];
                        } else {
                          vErrors.push(err146);
                        }
                        errors++;
                      }
                    }
                    if (data72.awsSecretAccessKey !== void 0) {
                      let data83 = data72.awsSecretAccessKey;
                      if (typeof data83 !== "string") {
                        const err147 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/awsSecretAccessKey", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/awsSecretAccessKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.awsSecretAccessKey.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.awsSecretAccessKey, data: data83 };
                        if (vErrors === null) {
                          vErrors = [err147];
                        } else {
                          vErrors.push(err147);
                        }
                        errors++;
                      }
                    }
                    if (data72.budgetDuration !== void 0) {
                      let data84 = data72.budgetDuration;
                      if (typeof data84 !== "string") {
                        const err148 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/budgetDuration", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/budgetDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.budgetDuration.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.budgetDuration, data: data84 };
                        if (vErrors === null) {
                          vErrors = [err148];
                        } else {
                          vErrors.push(err148);
                        }
                        errors++;
                      }
                    }
                    if (data72.configurableClientsideAuthParams !== void 0) {
                      let data85 = data72.configurableClientsideAuthParams;
                      if (Array.isArray(data85)) {
                        const len3 = data85.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                          let data86 = data85[i3];
                          if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
                          } else {
                            const err149 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/configurableClientsideAuthParams/" + i3, schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/configurableClientsideAuthParams/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.configurableClientsideAuthParams.items.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.configurableClientsideAuthParams.items, data: data86 };
                            if (vErrors === null) {
                              vErrors = [err149];
                            } else {
                              vErrors.push(err149);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err150 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/configurableClientsideAuthParams", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/configurableClientsideAuthParams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.configurableClientsideAuthParams.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.configurableClientsideAuthParams, data: data85 };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                    }
                    if (data72.customLLMProvider !== void 0) {
                      let data87 = data72.customLLMProvider;
                      if (typeof data87 !== "string") {
                        const err151 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/customLLMProvider", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/customLLMProvider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.customLLMProvider.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.customLLMProvider, data: data87 };
                        if (vErrors === null) {
                          vErrors = [err151];
                        } else {
                          vErrors.push(err151);
                        }
                        errors++;
                      }
                    }
                    if (data72.inputCostPerMillionTokens !== void 0) {
                      let data88 = data72.inputCostPerMillionTokens;
                      const _errs209 = errors;
                      let valid31 = false;
                      const _errs210 = errors;
                      if (typeof data88 !== "string") {
                        const err152 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/inputCostPerMillionTokens", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/inputCostPerMillionTokens/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.inputCostPerMillionTokens.anyOf[0].type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.inputCostPerMillionTokens.anyOf[0], data: data88 };
                        if (vErrors === null) {
                          vErrors = [err152];
                        } else {
                          vErrors.push(err152);
                        }
                        errors++;
                      }
                      var _valid1 = _errs210 === errors;
                      valid31 = valid31 || _valid1;
                      if (!valid31) {
                        const _errs212 = errors;
                        if (!(typeof data88 == "number")) {
                          const err153 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/inputCostPerMillionTokens", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/inputCostPerMillionTokens/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.inputCostPerMillionTokens.anyOf[1].type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.inputCostPerMillionTokens.anyOf[1], data: data88 };
                          if (vErrors === null) {
                            vErrors = [err153];
                          } else {
                            vErrors.push(err153);
                          }
                          errors++;
                        }
                        var _valid1 = _errs212 === errors;
                        valid31 = valid31 || _valid1;
                      }
                      if (!valid31) {
                        const err154 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/inputCostPerMillionTokens", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/inputCostPerMillionTokens/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.inputCostPerMillionTokens.anyOf, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.inputCostPerMillionTokens, data: data88 };
                        if (vErrors === null) {
                          vErrors = [err154];
                        } else {
                          vErrors.push(err154);
                        }
                        errors++;
                      } else {
                        errors = _errs209;
                        if (vErrors !== null) {
                          if (_errs209) {
                            vErrors.length = _errs209;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data72.inputCostPerPixel !== void 0) {
                      let data89 = data72.inputCostPerPixel;
                      if (typeof data89 !== "string") {
                        const err155 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/inputCostPerPixel", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/inputCostPerPixel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.inputCostPerPixel.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.inputCostPerPixel, data: data89 };
                        if (vErrors === null) {
                          vErrors = [err155];
                        } else {
                          vErrors.push(err155);
                        }
                        errors++;
                      }
                    }
                    if (data72.inputCostPerSecond !== void 0) {
                      let data90 = data72.inputCostPerSecond;
                      if (typeof data90 !== "string") {
                        const err156 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/inputCostPerSecond", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/inputCostPerSecond/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.inputCostPerSecond.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.inputCostPerSecond, data: data90 };
                        if (vErrors === null) {
                          vErrors = [err156];
                        } else {
                          vErrors.push(err156);
                        }
                        errors++;
                      }
                    }
                    if (data72.inputCostPerToken !== void 0) {
                      let data91 = data72.inputCostPerToken;
                      if (typeof data91 !== "string") {
                        const err157 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/inputCostPerToken", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/inputCostPerToken/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.inputCostPerToken.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.inputCostPerToken, data: data91 };
                        if (vErrors === null) {
                          vErrors = [err157];
                        } else {
                          vErrors.push(err157);
                        }
                        errors++;
                      }
                    }
                    if (data72.litellmCredentialName !== void 0) {
                      let data92 = data72.litellmCredentialName;
                      if (typeof data92 !== "string") {
                        const err158 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/litellmCredentialName", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/litellmCredentialName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.litellmCredentialName.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.litellmCredentialName, data: data92 };
                        if (vErrors === null) {
                          vErrors = [err158];
                        } else {
                          vErrors.push(err158);
                        }
                        errors++;
                      }
                    }
                    if (data72.litellmTraceId !== void 0) {
                      let data93 = data72.litellmTraceId;
                      if (typeof data93 !== "string") {
                        const err159 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/litellmTraceId", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/litellmTraceId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.litellmTraceId.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.litellmTraceId, data: data93 };
                        if (vErrors === null) {
                          vErrors = [err159];
                        } else {
                          vErrors.push(err159);
                        }
                        errors++;
                      }
                    }
                    if (data72.maxBudget !== void 0) {
                      let data94 = data72.maxBudget;
                      if (typeof data94 !== "string") {
                        const err160 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/maxBudget", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/maxBudget/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.maxBudget.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.maxBudget, data: data94 };
                        if (vErrors === null) {
                          vErrors = [err160];
                        } else {
                          vErrors.push(err160);
                        }
                        errors++;
                      }
                    }
                    if (data72.maxFileSizeMb !== void 0) {
                      let data95 = data72.maxFileSizeMb;
                      if (!(typeof data95 == "number" && (!(data95 % 1) && !isNaN(data95)))) {
                        const err161 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/maxFileSizeMb", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/maxFileSizeMb/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.maxFileSizeMb.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.maxFileSizeMb, data: data95 };
                        if (vErrors === null) {
                          vErrors = [err161];
                        } else {
                          vErrors.push(err161);
                        }
                        errors++;
                      }
                    }
                    if (data72.maxRetries !== void 0) {
                      let data96 = data72.maxRetries;
                      if (!(typeof data96 == "number" && (!(data96 % 1) && !isNaN(data96)))) {
                        const err162 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/maxRetries", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/maxRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.maxRetries.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.maxRetries, data: data96 };
                        if (vErrors === null) {
                          vErrors = [err162];
                        } else {
                          vErrors.push(err162);
                        }
                        errors++;
                      }
                    }
                    if (data72.mergeReasoningContentInChoices !== void 0) {
                      let data97 = data72.mergeReasoningContentInChoices;
                      if (typeof data97 !== "boolean") {
                        const err163 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/mergeReasoningContentInChoices", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/mergeReasoningContentInChoices/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.mergeReasoningContentInChoices.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.mergeReasoningContentInChoices, data: data97 };
                        if (vErrors === null) {
                          vErrors = [err163];
                        } else {
                          vErrors.push(err163);
                        }
                        errors++;
                      }
                    }
                    if (data72.mockResponse !== void 0) {
                      let data98 = data72.mockResponse;
                      if (typeof data98 !== "string") {
                        const err164 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/mockResponse", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/mockResponse/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.mockResponse.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.mockResponse, data: data98 };
                        if (vErrors === null) {
                          vErrors = [err164];
                        } else {
                          vErrors.push(err164);
                        }
                        errors++;
                      }
                    }
                    if (data72.model !== void 0) {
                      let data99 = data72.model;
                      if (typeof data99 !== "string") {
                        const err165 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/model", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.model.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.model, data: data99 };
                        if (vErrors === null) {
                          vErrors = [err165];
                        } else {
                          vErrors.push(err165);
                        }
                        errors++;
                      }
                    }
                    if (data72.modelInfo !== void 0) {
                      let data100 = data72.modelInfo;
                      if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                        if (data100.accessGroups !== void 0) {
                          let data101 = data100.accessGroups;
                          if (Array.isArray(data101)) {
                            const len4 = data101.length;
                            for (let i4 = 0; i4 < len4; i4++) {
                              let data102 = data101[i4];
                              if (typeof data102 !== "string") {
                                const err166 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/modelInfo/accessGroups/" + i4, schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/modelInfo/properties/accessGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.accessGroups.items.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.accessGroups.items, data: data102 };
                                if (vErrors === null) {
                                  vErrors = [err166];
                                } else {
                                  vErrors.push(err166);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err167 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/modelInfo/accessGroups", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/modelInfo/properties/accessGroups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.accessGroups.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.accessGroups, data: data101 };
                            if (vErrors === null) {
                              vErrors = [err167];
                            } else {
                              vErrors.push(err167);
                            }
                            errors++;
                          }
                        }
                        if (data100.baseModel !== void 0) {
                          let data103 = data100.baseModel;
                          if (typeof data103 !== "string") {
                            const err168 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/modelInfo/baseModel", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/modelInfo/properties/baseModel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.baseModel.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.baseModel, data: data103 };
                            if (vErrors === null) {
                              vErrors = [err168];
                            } else {
                              vErrors.push(err168);
                            }
                            errors++;
                          }
                        }
                        if (data100.mode !== void 0) {
                          let data104 = data100.mode;
                          if (typeof data104 !== "string") {
                            const err169 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/modelInfo/mode", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/modelInfo/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.mode.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.mode, data: data104 };
                            if (vErrors === null) {
                              vErrors = [err169];
                            } else {
                              vErrors.push(err169);
                            }
                            errors++;
                          }
                          if (!(data104 === "audio_speech" || data104 === "audio_transcription" || data104 === "batch" || data104 === "chat" || data104 === "completion" || data104 === "container" || data104 === "embedding" || data104 === "evaluation" || data104 === "guardrail" || data104 === "image_edit" || data104 === "image_generation" || data104 === "moderation" || data104 === "moderations" || data104 === "ocr" || data104 === "realtime" || data104 === "rerank" || data104 === "responses" || data104 === "search" || data104 === "vector_store" || data104 === "video_generation")) {
                            const err170 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/modelInfo/mode", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/modelInfo/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.mode.enum, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.mode, data: data104 };
                            if (vErrors === null) {
                              vErrors = [err170];
                            } else {
                              vErrors.push(err170);
                            }
                            errors++;
                          }
                        }
                        if (data100.tier !== void 0) {
                          let data105 = data100.tier;
                          if (typeof data105 !== "string") {
                            const err171 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/modelInfo/tier", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/modelInfo/properties/tier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.tier.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.tier, data: data105 };
                            if (vErrors === null) {
                              vErrors = [err171];
                            } else {
                              vErrors.push(err171);
                            }
                            errors++;
                          }
                          if (!(data105 === "free" || data105 === "paid")) {
                            const err172 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/modelInfo/tier", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/modelInfo/properties/tier/enum", keyword: "enum", params: { allowedValues: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.tier.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.tier.enum, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.properties.tier, data: data105 };
                            if (vErrors === null) {
                              vErrors = [err172];
                            } else {
                              vErrors.push(err172);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err173 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/modelInfo", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/modelInfo/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.modelInfo, data: data100 };
                        if (vErrors === null) {
                          vErrors = [err173];
                        } else {
                          vErrors.push(err173);
                        }
                        errors++;
                      }
                    }
                    if (data72.organization !== void 0) {
                      let data106 = data72.organization;
                      if (typeof data106 !== "string") {
                        const err174 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/organization", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/organization/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.organization.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.organization, data: data106 };
                        if (vErrors === null) {
                          vErrors = [err174];
                        } else {
                          vErrors.push(err174);
                        }
                        errors++;
                      }
                    }
                    if (data72.outputCostPerMillionTokens !== void 0) {
                      let data107 = data72.outputCostPerMillionTokens;
                      const _errs252 = errors;
                      let valid35 = false;
                      const _errs253 = errors;
                      if (typeof data107 !== "string") {
                        const err175 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/outputCostPerMillionTokens", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/outputCostPerMillionTokens/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.outputCostPerMillionTokens.anyOf[0].type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.outputCostPerMillionTokens.anyOf[0], data: data107 };
                        if (vErrors === null) {
                          vErrors = [err175];
                        } else {
                          vErrors.push(err175);
                        }
                        errors++;
                      }
                      var _valid2 = _errs253 === errors;
                      valid35 = valid35 || _valid2;
                      if (!valid35) {
                        const _errs255 = errors;
                        if (!(typeof data107 == "number")) {
                          const err176 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/outputCostPerMillionTokens", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/outputCostPerMillionTokens/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.outputCostPerMillionTokens.anyOf[1].type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.outputCostPerMillionTokens.anyOf[1], data: data107 };
                          if (vErrors === null) {
                            vErrors = [err176];
                          } else {
                            vErrors.push(err176);
                          }
                          errors++;
                        }
                        var _valid2 = _errs255 === errors;
                        valid35 = valid35 || _valid2;
                      }
                      if (!valid35) {
                        const err177 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/outputCostPerMillionTokens", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/outputCostPerMillionTokens/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.outputCostPerMillionTokens.anyOf, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.outputCostPerMillionTokens, data: data107 };
                        if (vErrors === null) {
                          vErrors = [err177];
                        } else {
                          vErrors.push(err177);
                        }
                        errors++;
                      } else {
                        errors = _errs252;
                        if (vErrors !== null) {
                          if (_errs252) {
                            vErrors.length = _errs252;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data72.outputCostPerPixel !== void 0) {
                      let data108 = data72.outputCostPerPixel;
                      if (typeof data108 !== "string") {
                        const err178 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/outputCostPerPixel", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/outputCostPerPixel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.outputCostPerPixel.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.outputCostPerPixel, data: data108 };
                        if (vErrors === null) {
                          vErrors = [err178];
                        } else {
                          vErrors.push(err178);
                        }
                        errors++;
                      }
                    }
                    if (data72.outputCostPerSecond !== void 0) {
                      let data109 = data72.outputCostPerSecond;
                      if (typeof data109 !== "string") {
                        const err179 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/outputCostPerSecond", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/outputCostPerSecond/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.outputCostPerSecond.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.outputCostPerSecond, data: data109 };
                        if (vErrors === null) {
                          vErrors = [err179];
                        } else {
                          vErrors.push(err179);
                        }
                        errors++;
                      }
                    }
                    if (data72.outputCostPerToken !== void 0) {
                      let data110 = data72.outputCostPerToken;
                      if (typeof data110 !== "string") {
                        const err180 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/outputCostPerToken", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/outputCostPerToken/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.outputCostPerToken.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.outputCostPerToken, data: data110 };
                        if (vErrors === null) {
                          vErrors = [err180];
                        } else {
                          vErrors.push(err180);
                        }
                        errors++;
                      }
                    }
                    if (data72.regionName !== void 0) {
                      let data111 = data72.regionName;
                      if (typeof data111 !== "string") {
                        const err181 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/regionName", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/regionName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.regionName.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.regionName, data: data111 };
                        if (vErrors === null) {
                          vErrors = [err181];
                        } else {
                          vErrors.push(err181);
                        }
                        errors++;
                      }
                    }
                    if (data72.rpm !== void 0) {
                      let data112 = data72.rpm;
                      if (!(typeof data112 == "number" && (!(data112 % 1) && !isNaN(data112)))) {
                        const err182 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/rpm", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/rpm/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.rpm.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.rpm, data: data112 };
                        if (vErrors === null) {
                          vErrors = [err182];
                        } else {
                          vErrors.push(err182);
                        }
                        errors++;
                      }
                    }
                    if (data72.streamTimeout !== void 0) {
                      let data113 = data72.streamTimeout;
                      if (!(typeof data113 == "number" && (!(data113 % 1) && !isNaN(data113)))) {
                        const err183 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/streamTimeout", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/streamTimeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.streamTimeout.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.streamTimeout, data: data113 };
                        if (vErrors === null) {
                          vErrors = [err183];
                        } else {
                          vErrors.push(err183);
                        }
                        errors++;
                      }
                    }
                    if (data72.timeout !== void 0) {
                      let data114 = data72.timeout;
                      if (!(typeof data114 == "number" && (!(data114 % 1) && !isNaN(data114)))) {
                        const err184 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/timeout", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/timeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.timeout.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.timeout, data: data114 };
                        if (vErrors === null) {
                          vErrors = [err184];
                        } else {
                          vErrors.push(err184);
                        }
                        errors++;
                      }
                    }
                    if (data72.tpm !== void 0) {
                      let data115 = data72.tpm;
                      if (!(typeof data115 == "number" && (!(data115 % 1) && !isNaN(data115)))) {
                        const err185 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/tpm", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/tpm/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.tpm.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.tpm, data: data115 };
                        if (vErrors === null) {
                          vErrors = [err185];
                        } else {
                          vErrors.push(err185);
                        }
                        errors++;
                      }
                    }
                    if (data72.useInPassThrough !== void 0) {
                      let data116 = data72.useInPassThrough;
                      if (typeof data116 !== "boolean") {
                        const err186 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/useInPassThrough", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/useInPassThrough/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.useInPassThrough.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.useInPassThrough, data: data116 };
                        if (vErrors === null) {
                          vErrors = [err186];
                        } else {
                          vErrors.push(err186);
                        }
                        errors++;
                      }
                    }
                    if (data72.useLitellmProxy !== void 0) {
                      let data117 = data72.useLitellmProxy;
                      if (typeof data117 !== "boolean") {
                        const err187 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/useLitellmProxy", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/useLitellmProxy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.useLitellmProxy.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.useLitellmProxy, data: data117 };
                        if (vErrors === null) {
                          vErrors = [err187];
                        } else {
                          vErrors.push(err187);
                        }
                        errors++;
                      }
                    }
                    if (data72.vertexCredentials !== void 0) {
                      let data118 = data72.vertexCredentials;
                      if (typeof data118 !== "string") {
                        const err188 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/vertexCredentials", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/vertexCredentials/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.vertexCredentials.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.vertexCredentials, data: data118 };
                        if (vErrors === null) {
                          vErrors = [err188];
                        } else {
                          vErrors.push(err188);
                        }
                        errors++;
                      }
                    }
                    if (data72.vertexLocation !== void 0) {
                      let data119 = data72.vertexLocation;
                      if (typeof data119 !== "string") {
                        const err189 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/vertexLocation", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/vertexLocation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.vertexLocation.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.vertexLocation, data: data119 };
                        if (vErrors === null) {
                          vErrors = [err189];
                        } else {
                          vErrors.push(err189);
                        }
                        errors++;
                      }
                    }
                    if (data72.vertexProject !== void 0) {
                      let data120 = data72.vertexProject;
                      if (typeof data120 !== "string") {
                        const err190 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/vertexProject", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/vertexProject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.vertexProject.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.vertexProject, data: data120 };
                        if (vErrors === null) {
                          vErrors = [err190];
                        } else {
                          vErrors.push(err190);
                        }
                        errors++;
                      }
                    }
                    if (data72.watsonxRegionName !== void 0) {
                      let data121 = data72.watsonxRegionName;
                      if (typeof data121 !== "string") {
                        const err191 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams/watsonxRegionName", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/properties/watsonxRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.watsonxRegionName.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.properties.watsonxRegionName, data: data121 };
                        if (vErrors === null) {
                          vErrors = [err191];
                        } else {
                          vErrors.push(err191);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err192 = { instancePath: instancePath + "/spec/models/" + i2 + "/liteLLMParams", schemaPath: "#/properties/spec/properties/models/items/properties/liteLLMParams/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.models.items.properties.liteLLMParams.type, parentSchema: schema11.properties.spec.properties.models.items.properties.liteLLMParams, data: data72 };
                    if (vErrors === null) {
                      vErrors = [err192];
                    } else {
                      vErrors.push(err192);
                    }
                    errors++;
                  }
                }
                if (data69.modelCredentials !== void 0) {
                  let data122 = data69.modelCredentials;
                  if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
                    if (data122.keys === void 0) {
                      const err193 = { instancePath: instancePath + "/spec/models/" + i2 + "/modelCredentials", schemaPath: "#/properties/spec/properties/models/items/properties/modelCredentials/required", keyword: "required", params: { missingProperty: "keys" }, message: "must have required property 'keys'", schema: schema11.properties.spec.properties.models.items.properties.modelCredentials.required, parentSchema: schema11.properties.spec.properties.models.items.properties.modelCredentials, data: data122 };
                      if (vErrors === null) {
                        vErrors = [err193];
                      } else {
                        vErrors.push(err193);
                      }
                      errors++;
                    }
                    if (data122.nameRef === void 0) {
                      const err194 = { instancePath: instancePath + "/spec/models/" + i2 + "/modelCredentials", schemaPath: "#/properties/spec/properties/models/items/properties/modelCredentials/required", keyword: "required", params: { missingProperty: "nameRef" }, message: "must have required property 'nameRef'", schema: schema11.properties.spec.properties.models.items.properties.modelCredentials.required, parentSchema: schema11.properties.spec.properties.models.items.properties.modelCredentials, data: data122 };
                      if (vErrors === null) {
                        vErrors = [err194];
                      } else {
                        vErrors.push(err194);
                      }
                      errors++;
                    }
                    for (const key21 in data122) {
                      if (!(key21 === "keys" || key21 === "nameRef")) {
                        const err195 = { instancePath: instancePath + "/spec/models/" + i2 + "/modelCredentials", schemaPath: "#/properties/spec/properties/models/items/properties/modelCredentials/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.models.items.properties.modelCredentials, data: data122 };
                        if (vErrors === null) {
                          vErrors = [err195];
                        } else {
                          vErrors.push(err195);
                        }
                        errors++;
                      }
                    }
                    if (data122.keys !== void 0) {
                      let data123 = data122.keys;
                      if (data123 && typeof data123 == "object" && !Array.isArray(data123)) {
                        for (const key22 in data123) {
                          if (!(key22 === "apiBase" || key22 === "apiKey" || key22 === "awsAccessKeyId" || key22 === "awsSecretAccessKey" || key22 === "vertexCredentials" || key22 === "vertexProject")) {
                            const err196 = { instancePath: instancePath + "/spec/models/" + i2 + "/modelCredentials/keys", schemaPath: "#/properties/spec/properties/models/items/properties/modelCredentials/properties/keys/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys, data: data123 };
                            if (vErrors === null) {
                              vErrors = [err196];
                            } else {
                              vErrors.push(err196);
                            }
                            errors++;
                          }
                        }
                        if (data123.apiBase !== void 0) {
                          let data124 = data123.apiBase;
                          if (typeof data124 !== "string") {
                            const err197 = { instancePath: instancePath + "/spec/models/" + i2 + "/modelCredentials/keys/apiBase", schemaPath: "#/properties/spec/properties/models/items/properties/modelCredentials/properties/keys/properties/apiBase/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys.properties.apiBase.type, parentSchema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys.properties.apiBase, data: data124 };
                            if (vErrors === null) {
                              vErrors = [err197];
                            } else {
                              vErrors.push(err197);
                            }
                            errors++;
                          }
                        }
                        if (data123.apiKey !== void 0) {
                          let data125 = data123.apiKey;
                          if (typeof data125 !== "string") {
                            const err198 = { instancePath: instancePath + "/spec/models/" + i2 + "/modelCredentials/keys/apiKey", schemaPath: "#/properties/spec/properties/models/items/properties/modelCredentials/properties/keys/properties/apiKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys.properties.apiKey.type, parentSchema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys.properties.apiKey, data: data125 };
                            if (vErrors === null) {
                              vErrors = [err198];
                            } else {
                              vErrors.push(err198);
                            }
                            errors++;
                          }
                        }
                        if (data123.awsAccessKeyId !== void 0) {
                          let data126 = data123.awsAccessKeyId;
                          if (typeof data126 !== "string") {
                            const err199 = { instancePath: instancePath + "/spec/models/" + i2 + "/modelCredentials/keys/awsAccessKeyId", schemaPath: "#/properties/spec/properties/models/items/properties/modelCredentials/properties/keys/properties/awsAccessKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys.properties.awsAccessKeyId.type, parentSchema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys.properties.awsAccessKeyId, data: data126 };
                            if (vErrors === null) {
                              vErrors = [err199];
                            } else {
                              vErrors.push(err199);
                            }
                            errors++;
                          }
                        }
                        if (data123.awsSecretAccessKey !== void 0) {
                          let data127 = data123.awsSecretAccessKey;
                          if (typeof data127 !== "string") {
                            const err200 = { instancePath: instancePath + "/spec/models/" + i2 + "/modelCredentials/keys/awsSecretAccessKey", schemaPath: "#/properties/spec/properties/models/items/properties/modelCredentials/properties/keys/properties/awsSecretAccessKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys.properties.awsSecretAccessKey.type, parentSchema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys.properties.awsSecretAccessKey, data: data127 };
                            if (vErrors === null) {
                              vErrors = [err200];
                            } else {
                              vErrors.push(err200);
                            }
                            errors++;
                          }
                        }
                        if (data123.vertexCredentials !== void 0) {
                          let data128 = data123.vertexCredentials;
                          if (typeof data128 !== "string") {
                            const err201 = { instancePath: instancePath + "/spec/models/" + i2 + "/modelCredentials/keys/vertexCredentials", schemaPath: "#/properties/spec/properties/models/items/properties/modelCredentials/properties/keys/properties/vertexCredentials/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys.properties.vertexCredentials.type, parentSchema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys.properties.vertexCredentials, data: data128 };
                            if (vErrors === null) {
                              vErrors = [err201];
                            } else {
                              vErrors.push(err201);
                            }
                            errors++;
                          }
                        }
                        if (data123.vertexProject !== void 0) {
                          let data129 = data123.vertexProject;
                          if (typeof data129 !== "string") {
                            const err202 = { instancePath: instancePath + "/spec/models/" + i2 + "/modelCredentials/keys/vertexProject", schemaPath: "#/properties/spec/properties/models/items/properties/modelCredentials/properties/keys/properties/vertexProject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys.properties.vertexProject.type, parentSchema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys.properties.vertexProject, data: data129 };
                            if (vErrors === null) {
                              vErrors = [err202];
                            } else {
                              vErrors.push(err202);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err203 = { instancePath: instancePath + "/spec/models/" + i2 + "/modelCredentials/keys", schemaPath: "#/properties/spec/properties/models/items/properties/modelCredentials/properties/keys/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys.type, parentSchema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.keys, data: data123 };
                        if (vErrors === null) {
                          vErrors = [err203];
                        } else {
                          vErrors.push(err203);
                        }
                        errors++;
                      }
                    }
                    if (data122.nameRef !== void 0) {
                      let data130 = data122.nameRef;
                      if (typeof data130 !== "string") {
                        const err204 = { instancePath: instancePath + "/spec/models/" + i2 + "/modelCredentials/nameRef", schemaPath: "#/properties/spec/properties/models/items/properties/modelCredentials/properties/nameRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.nameRef.type, parentSchema: schema11.properties.spec.properties.models.items.properties.modelCredentials.properties.nameRef, data: data130 };
                        if (vErrors === null) {
                          vErrors = [err204];
                        } else {
                          vErrors.push(err204);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err205 = { instancePath: instancePath + "/spec/models/" + i2 + "/modelCredentials", schemaPath: "#/properties/spec/properties/models/items/properties/modelCredentials/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.models.items.properties.modelCredentials.type, parentSchema: schema11.properties.spec.properties.models.items.properties.modelCredentials, data: data122 };
                    if (vErrors === null) {
                      vErrors = [err205];
                    } else {
                      vErrors.push(err205);
                    }
                    errors++;
                  }
                }
                if (data69.modelName !== void 0) {
                  let data131 = data69.modelName;
                  if (typeof data131 !== "string") {
                    const err206 = { instancePath: instancePath + "/spec/models/" + i2 + "/modelName", schemaPath: "#/properties/spec/properties/models/items/properties/modelName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.models.items.properties.modelName.type, parentSchema: schema11.properties.spec.properties.models.items.properties.modelName, data: data131 };
                    if (vErrors === null) {
                      vErrors = [err206];
                    } else {
                      vErrors.push(err206);
                    }
                    errors++;
                  }
                }
                if (data69.requiresAuth !== void 0) {
                  let data132 = data69.requiresAuth;
                  if (typeof data132 !== "boolean") {
                    const err207 = { instancePath: instancePath + "/spec/models/" + i2 + "/requiresAuth", schemaPath: "#/properties/spec/properties/models/items/properties/requiresAuth/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.spec.properties.models.items.properties.requiresAuth.type, parentSchema: schema11.properties.spec.properties.models.items.properties.requiresAuth, data: data132 };
                    if (vErrors === null) {
                      vErrors = [err207];
                    } else {
                      vErrors.push(err207);
                    }
                    errors++;
                  }
                }
              } else {
                const err208 = { instancePath: instancePath + "/spec/models/" + i2, schemaPath: "#/properties/spec/properties/models/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.models.items.type, parentSchema: schema11.properties.spec.properties.models.items, data: data69 };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
            }
          } else {
            const err209 = { instancePath: instancePath + "/spec/models", schemaPath: "#/properties/spec/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.models.type, parentSchema: schema11.properties.spec.properties.models, data: data68 };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          }
        }
        if (data9.redisSecretRef !== void 0) {
          let data133 = data9.redisSecretRef;
          if (data133 && typeof data133 == "object" && !Array.isArray(data133)) {
            if (data133.keys === void 0) {
              const err210 = { instancePath: instancePath + "/spec/redisSecretRef", schemaPath: "#/properties/spec/properties/redisSecretRef/required", keyword: "required", params: { missingProperty: "keys" }, message: "must have required property 'keys'", schema: schema11.properties.spec.properties.redisSecretRef.required, parentSchema: schema11.properties.spec.properties.redisSecretRef, data: data133 };
              if (vErrors === null) {
                vErrors = [err210];
              } else {
                vErrors.push(err210);
              }
              errors++;
            }
            if (data133.nameRef === void 0) {
              const err211 = { instancePath: instancePath + "/spec/redisSecretRef", schemaPath: "#/properties/spec/properties/redisSecretRef/required", keyword: "required", params: { missingProperty: "nameRef" }, message: "must have required property 'nameRef'", schema: schema11.properties.spec.properties.redisSecretRef.required, parentSchema: schema11.properties.spec.properties.redisSecretRef, data: data133 };
              if (vErrors === null) {
                vErrors = [err211];
              } else {
                vErrors.push(err211);
              }
              errors++;
            }
            for (const key23 in data133) {
              if (!(key23 === "keys" || key23 === "nameRef")) {
                const err212 = { instancePath: instancePath + "/spec/redisSecretRef", schemaPath: "#/properties/spec/properties/redisSecretRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.redisSecretRef, data: data133 };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              }
            }
            if (data133.keys !== void 0) {
              let data134 = data133.keys;
              if (data134 && typeof data134 == "object" && !Array.isArray(data134)) {
                if (data134.hostSecret === void 0) {
                  const err213 = { instancePath: instancePath + "/spec/redisSecretRef/keys", schemaPath: "#/properties/spec/properties/redisSecretRef/properties/keys/required", keyword: "required", params: { missingProperty: "hostSecret" }, message: "must have required property 'hostSecret'", schema: schema11.properties.spec.properties.redisSecretRef.properties.keys.required, parentSchema: schema11.properties.spec.properties.redisSecretRef.properties.keys, data: data134 };
                  if (vErrors === null) {
                    vErrors = [err213];
                  } else {
                    vErrors.push(err213);
                  }
                  errors++;
                }
                if (data134.passwordSecret === void 0) {
                  const err214 = { instancePath: instancePath + "/spec/redisSecretRef/keys", schemaPath: "#/properties/spec/properties/redisSecretRef/properties/keys/required", keyword: "required", params: { missingProperty: "passwordSecret" }, message: "must have required property 'passwordSecret'", schema: schema11.properties.spec.properties.redisSecretRef.properties.keys.required, parentSchema: schema11.properties.spec.properties.redisSecretRef.properties.keys, data: data134 };
                  if (vErrors === null) {
                    vErrors = [err214];
                  } else {
                    vErrors.push(err214);
                  }
                  errors++;
                }
                if (data134.portSecret === void 0) {
                  const err215 = { instancePath: instancePath + "/spec/redisSecretRef/keys", schemaPath: "#/properties/spec/properties/redisSecretRef/properties/keys/required", keyword: "required", params: { missingProperty: "portSecret" }, message: "must have required property 'portSecret'", schema: schema11.properties.spec.properties.redisSecretRef.properties.keys.required, parentSchema: schema11.properties.spec.properties.redisSecretRef.properties.keys, data: data134 };
                  if (vErrors === null) {
                    vErrors = [err215];
                  } else {
                    vErrors.push(err215);
                  }
                  errors++;
                }
                for (const key24 in data134) {
                  if (!(key24 === "hostSecret" || key24 === "passwordSecret" || key24 === "portSecret")) {
                    const err216 = { instancePath: instancePath + "/spec/redisSecretRef/keys", schemaPath: "#/properties/spec/properties/redisSecretRef/properties/keys/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.redisSecretRef.properties.keys, data: data134 };
                    if (vErrors === null) {
                      vErrors = [err216];
                    } else {
                      vErrors.push(err216);
                    }
                    errors++;
                  }
                }
                if (data134.hostSecret !== void 0) {
                  let data135 = data134.hostSecret;
                  if (typeof data135 !== "string") {
                    const err217 = { instancePath: instancePath + "/spec/redisSecretRef/keys/hostSecret", schemaPath: "#/properties/spec/properties/redisSecretRef/properties/keys/properties/hostSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.redisSecretRef.properties.keys.properties.hostSecret.type, parentSchema: schema11.properties.spec.properties.redisSecretRef.properties.keys.properties.hostSecret, data: data135 };
                    if (vErrors === null) {
                      vErrors = [err217];
                    } else {
                      vErrors.push(err217);
                    }
                    errors++;
                  }
                }
                if (data134.passwordSecret !== void 0) {
                  let data136 = data134.passwordSecret;
                  if (typeof data136 !== "string") {
                    const err218 = { instancePath: instancePath + "/spec/redisSecretRef/keys/passwordSecret", schemaPath: "#/properties/spec/properties/redisSecretRef/properties/keys/properties/passwordSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.redisSecretRef.properties.keys.properties.passwordSecret.type, parentSchema: schema11.properties.spec.properties.redisSecretRef.properties.keys.properties.passwordSecret, data: data136 };
                    if (vErrors === null) {
                      vErrors = [err218];
                    } else {
                      vErrors.push(err218);
                    }
                    errors++;
                  }
                }
                if (data134.portSecret !== void 0) {
                  let data137 = data134.portSecret;
                  if (typeof data137 !== "string") {
                    const err219 = { instancePath: instancePath + "/spec/redisSecretRef/keys/portSecret", schemaPath: "#/properties/spec/properties/redisSecretRef/properties/keys/properties/portSecret/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.redisSecretRef.properties.keys.properties.portSecret.type, parentSchema: schema11.properties.spec.properties.redisSecretRef.properties.keys.properties.portSecret, data: data137 };
                    if (vErrors === null) {
                      vErrors = [err219];
                    } else {
                      vErrors.push(err219);
                    }
                    errors++;
                  }
                }
              } else {
                const err220 = { instancePath: instancePath + "/spec/redisSecretRef/keys", schemaPath: "#/properties/spec/properties/redisSecretRef/properties/keys/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.redisSecretRef.properties.keys.type, parentSchema: schema11.properties.spec.properties.redisSecretRef.properties.keys, data: data134 };
                if (vErrors === null) {
                  vErrors = [err220];
                } else {
                  vErrors.push(err220);
                }
                errors++;
              }
            }
            if (data133.nameRef !== void 0) {
              let data138 = data133.nameRef;
              if (typeof data138 !== "string") {
                const err221 = { instancePath: instancePath + "/spec/redisSecretRef/nameRef", schemaPath: "#/properties/spec/properties/redisSecretRef/properties/nameRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.redisSecretRef.properties.nameRef.type, parentSchema: schema11.properties.spec.properties.redisSecretRef.properties.nameRef, data: data138 };
                if (vErrors === null) {
                  vErrors = [err221];
                } else {
                  vErrors.push(err221);
                }
                errors++;
              }
            }
          } else {
            const err222 = { instancePath: instancePath + "/spec/redisSecretRef", schemaPath: "#/properties/spec/properties/redisSecretRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.redisSecretRef.type, parentSchema: schema11.properties.spec.properties.redisSecretRef, data: data133 };
            if (vErrors === null) {
              vErrors = [err222];
            } else {
              vErrors.push(err222);
            }
            errors++;
          }
        }
        if (data9.replicas !== void 0) {
          let data139 = data9.replicas;
          if (!(typeof data139 == "number" && (!(data139 % 1) && !isNaN(data139)))) {
            const err223 = { instancePath: instancePath + "/spec/replicas", schemaPath: "#/properties/spec/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.spec.properties.replicas.type, parentSchema: schema11.properties.spec.properties.replicas, data: data139 };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
        }
        if (data9.resources !== void 0) {
          let data140 = data9.resources;
          if (data140 && typeof data140 == "object" && !Array.isArray(data140)) {
            for (const key25 in data140) {
              if (!(key25 === "claims" || key25 === "limits" || key25 === "requests")) {
                const err224 = { instancePath: instancePath + "/spec/resources", schemaPath: "#/properties/spec/properties/resources/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.resources, data: data140 };
                if (vErrors === null) {
                  vErrors = [err224];
                } else {
                  vErrors.push(err224);
                }
                errors++;
              }
            }
            if (data140.claims !== void 0) {
              let data141 = data140.claims;
              if (Array.isArray(data141)) {
                const len5 = data141.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data142 = data141[i5];
                  if (data142 && typeof data142 == "object" && !Array.isArray(data142)) {
                    if (data142.name === void 0) {
                      const err225 = { instancePath: instancePath + "/spec/resources/claims/" + i5, schemaPath: "#/properties/spec/properties/resources/properties/claims/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.spec.properties.resources.properties.claims.items.required, parentSchema: schema11.properties.spec.properties.resources.properties.claims.items, data: data142 };
                      if (vErrors === null) {
                        vErrors = [err225];
                      } else {
                        vErrors.push(err225);
                      }
                      errors++;
                    }
                    for (const key26 in data142) {
                      if (!(key26 === "name" || key26 === "request")) {
                        const err226 = { instancePath: instancePath + "/spec/resources/claims/" + i5, schemaPath: "#/properties/spec/properties/resources/properties/claims/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.spec.properties.resources.properties.claims.items, data: data142 };
                        if (vErrors === null) {
                          vErrors = [err226];
                        } else {
                          vErrors.push(err226);
                        }
                        errors++;
                      }
                    }
                    if (data142.name !== void 0) {
                      let data143 = data142.name;
                      if (typeof data143 !== "string") {
                        const err227 = { instancePath: instancePath + "/spec/resources/claims/" + i5 + "/name", schemaPath: "#/properties/spec/properties/resources/properties/claims/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.resources.properties.claims.items.properties.name.type, parentSchema: schema11.properties.spec.properties.resources.properties.claims.items.properties.name, data: data143 };
                        if (vErrors === null) {
                          vErrors = [err227];
                        } else {
                          vErrors.push(err227);
                        }
                        errors++;
                      }
                    }
                    if (data142.request !== void 0) {
                      let data144 = data142.request;
                      if (typeof data144 !== "string") {
                        const err228 = { instancePath: instancePath + "/spec/resources/claims/" + i5 + "/request", schemaPath: "#/properties/spec/properties/resources/properties/claims/items/properties/request/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.resources.properties.claims.items.properties.request.type, parentSchema: schema11.properties.spec.properties.resources.properties.claims.items.properties.request, data: data144 };
                        if (vErrors === null) {
                          vErrors = [err228];
                        } else {
                          vErrors.push(err228);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err229 = { instancePath: instancePath + "/spec/resources/claims/" + i5, schemaPath: "#/properties/spec/properties/resources/properties/claims/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.resources.properties.claims.items.type, parentSchema: schema11.properties.spec.properties.resources.properties.claims.items, data: data142 };
                    if (vErrors === null) {
                      vErrors = [err229];
                    } else {
                      vErrors.push(err229);
                    }
                    errors++;
                  }
                }
              } else {
                const err230 = { instancePath: instancePath + "/spec/resources/claims", schemaPath: "#/properties/spec/properties/resources/properties/claims/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.spec.properties.resources.properties.claims.type, parentSchema: schema11.properties.spec.properties.resources.properties.claims, data: data141 };
                if (vErrors === null) {
                  vErrors = [err230];
                } else {
                  vErrors.push(err230);
                }
                errors++;
              }
            }
            if (data140.limits !== void 0) {
              let data145 = data140.limits;
              if (data145 && typeof data145 == "object" && !Array.isArray(data145)) {
                for (const key27 in data145) {
                  let data146 = data145[key27];
                  const _errs341 = errors;
                  let valid45 = false;
                  const _errs342 = errors;
                  if (!(typeof data146 == "number" && (!(data146 % 1) && !isNaN(data146)))) {
                    const err231 = { instancePath: instancePath + "/spec/resources/limits/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/resources/properties/limits/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.spec.properties.resources.properties.limits.additionalProperties.anyOf[0].type, parentSchema: schema11.properties.spec.properties.resources.properties.limits.additionalProperties.anyOf[0], data: data146 };
                    if (vErrors === null) {
                      vErrors = [err231];
                    } else {
                      vErrors.push(err231);
                    }
                    errors++;
                  }
                  var _valid3 = _errs342 === errors;
                  valid45 = valid45 || _valid3;
                  if (!valid45) {
                    const _errs344 = errors;
                    if (typeof data146 === "string") {
                      if (!pattern0.test(data146)) {
                        const err232 = { instancePath: instancePath + "/spec/resources/limits/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/resources/properties/limits/additionalProperties/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$" }, message: 'must match pattern "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"', schema: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$", parentSchema: schema11.properties.spec.properties.resources.properties.limits.additionalProperties.anyOf[1], data: data146 };
                        if (vErrors === null) {
                          vErrors = [err232];
                        } else {
                          vErrors.push(err232);
                        }
                        errors++;
                      }
                    } else {
                      const err233 = { instancePath: instancePath + "/spec/resources/limits/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/resources/properties/limits/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.resources.properties.limits.additionalProperties.anyOf[1].type, parentSchema: schema11.properties.spec.properties.resources.properties.limits.additionalProperties.anyOf[1], data: data146 };
                      if (vErrors === null) {
                        vErrors = [err233];
                      } else {
                        vErrors.push(err233);
                      }
                      errors++;
                    }
                    var _valid3 = _errs344 === errors;
                    valid45 = valid45 || _valid3;
                  }
                  if (!valid45) {
                    const err234 = { instancePath: instancePath + "/spec/resources/limits/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/resources/properties/limits/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.spec.properties.resources.properties.limits.additionalProperties.anyOf, parentSchema: schema11.properties.spec.properties.resources.properties.limits.additionalProperties, data: data146 };
                    if (vErrors === null) {
                      vErrors = [err234];
                    } else {
                      vErrors.push(err234);
                    }
                    errors++;
                  } else {
                    errors = _errs341;
                    if (vErrors !== null) {
                      if (_errs341) {
                        vErrors.length = _errs341;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err235 = { instancePath: instancePath + "/spec/resources/limits", schemaPath: "#/properties/spec/properties/resources/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.resources.properties.limits.type, parentSchema: schema11.properties.spec.properties.resources.properties.limits, data: data145 };
                if (vErrors === null) {
                  vErrors = [err235];
                } else {
                  vErrors.push(err235);
                }
                errors++;
              }
            }
            if (data140.requests !== void 0) {
              let data147 = data140.requests;
              if (data147 && typeof data147 == "object" && !Array.isArray(data147)) {
                for (const key28 in data147) {
                  let data148 = data147[key28];
                  const _errs350 = errors;
                  let valid47 = false;
                  const _errs351 = errors;
                  if (!(typeof data148 == "number" && (!(data148 % 1) && !isNaN(data148)))) {
                    const err236 = { instancePath: instancePath + "/spec/resources/requests/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/resources/properties/requests/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.spec.properties.resources.properties.requests.additionalProperties.anyOf[0].type, parentSchema: schema11.properties.spec.properties.resources.properties.requests.additionalProperties.anyOf[0], data: data148 };
                    if (vErrors === null) {
                      vErrors = [err236];
                    } else {
                      vErrors.push(err236);
                    }
                    errors++;
                  }
                  var _valid4 = _errs351 === errors;
                  valid47 = valid47 || _valid4;
                  if (!valid47) {
                    const _errs353 = errors;
                    if (typeof data148 === "string") {
                      if (!pattern0.test(data148)) {
                        const err237 = { instancePath: instancePath + "/spec/resources/requests/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/resources/properties/requests/additionalProperties/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$" }, message: 'must match pattern "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"', schema: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$", parentSchema: schema11.properties.spec.properties.resources.properties.requests.additionalProperties.anyOf[1], data: data148 };
                        if (vErrors === null) {
                          vErrors = [err237];
                        } else {
                          vErrors.push(err237);
                        }
                        errors++;
                      }
                    } else {
                      const err238 = { instancePath: instancePath + "/spec/resources/requests/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/resources/properties/requests/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.spec.properties.resources.properties.requests.additionalProperties.anyOf[1].type, parentSchema: schema11.properties.spec.properties.resources.properties.requests.additionalProperties.anyOf[1], data: data148 };
                      if (vErrors === null) {
                        vErrors = [err238];
                      } else {
                        vErrors.push(err238);
                      }
                      errors++;
                    }
                    var _valid4 = _errs353 === errors;
                    valid47 = valid47 || _valid4;
                  }
                  if (!valid47) {
                    const err239 = { instancePath: instancePath + "/spec/resources/requests/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/resources/properties/requests/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.spec.properties.resources.properties.requests.additionalProperties.anyOf, parentSchema: schema11.properties.spec.properties.resources.properties.requests.additionalProperties, data: data148 };
                    if (vErrors === null) {
                      vErrors = [err239];
                    } else {
                      vErrors.push(err239);
                    }
                    errors++;
                  } else {
                    errors = _errs350;
                    if (vErrors !== null) {
                      if (_errs350) {
                        vErrors.length = _errs350;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                const err240 = { instancePath: instancePath + "/spec/resources/requests", schemaPath: "#/properties/spec/properties/resources/properties/requests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.resources.properties.requests.type, parentSchema: schema11.properties.spec.properties.resources.properties.requests, data: data147 };
                if (vErrors === null) {
                  vErrors = [err240];
                } else {
                  vErrors.push(err240);
                }
                errors++;
              }
            }
          } else {
            const err241 = { instancePath: instancePath + "/spec/resources", schemaPath: "#/properties/spec/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.resources.type, parentSchema: schema11.properties.spec.properties.resources, data: data140 };
            if (vErrors === null) {
              vErrors = [err241];
            } else {
              vErrors.push(err241);
            }
            errors++;
          }
        }
        if (data9.routerSettings !== void 0) {
          let data149 = data9.routerSettings;
          if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
          } else {
            const err242 = { instancePath: instancePath + "/spec/routerSettings", schemaPath: "#/properties/spec/properties/routerSettings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.properties.routerSettings.type, parentSchema: schema11.properties.spec.properties.routerSettings, data: data149 };
            if (vErrors === null) {
              vErrors = [err242];
            } else {
              vErrors.push(err242);
            }
            errors++;
          }
        }
      } else {
        const err243 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.spec.type, parentSchema: schema11.properties.spec, data: data9 };
        if (vErrors === null) {
          vErrors = [err243];
        } else {
          vErrors.push(err243);
        }
        errors++;
      }
    }
  } else {
    const err244 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data: data2 };
    if (vErrors === null) {
      vErrors = [err244];
    } else {
      vErrors.push(err244);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var Model = validate11;
var schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://litellm-gitops.dev/schemas/v1alpha1/model.json", "title": "Model", "description": "Model: one LiteLLM model deployment (an entry of the proxy's `model_list`), as the LiteLLM operator (litellm.litellm.ai/v1alpha1) defines it, plus the rules of its documentation and the litellm-gitops extensions. litellm-gitops compiles it into the `model_list` of the LiteLLMInstance named by `spec.connectionRef.instanceRef`.", "type": "object", "properties": { "apiVersion": { "description": "API group and version of the resource: always `litellm.litellm.ai/v1alpha1`.", "type": "string", "const": "litellm.litellm.ai/v1alpha1" }, "kind": { "description": "Kind of the resource: always `Model`.", "type": "string", "const": "Model" }, "metadata": { "title": "ObjectMeta", "description": "Standard Kubernetes object metadata. litellm-gitops reads `name`, `namespace`, `labels` and `annotations`; other ObjectMeta fields (for example `uid` or `ownerReferences`) are accepted, as the API server accepts them, and ignored.", "type": "object", "properties": { "annotations": { "description": "Annotations of the resource: a map of string keys to string values.", "type": "object", "additionalProperties": { "type": "string" } }, "labels": { "description": "Labels of the resource: a map of string keys to string values.", "type": "object", "additionalProperties": { "type": "string" } }, "name": { "description": "Name of the resource, unique per kind within its namespace. It must be a DNS-1123 subdomain and short enough for the object names derived from it (checked by the compiler).", "type": "string" }, "namespace": { "description": "Namespace of the resource. When omitted, the CompilerConfig's `spec.defaults.namespace` (default `default`) is used.", "type": "string" } }, "required": ["name"], "additionalProperties": true }, "spec": { "title": "ModelSpec", "description": "ModelSpec defines the desired state of Model.", "type": "object", "properties": { "connectionRef": { "title": "ConnectionRef", "description": "ConnectionRef is the connection reference: the LiteLLM instance this model belongs to, either a LiteLLMInstance among the inputs (`instanceRef`) or a Secret holding the URL and master key of an instance run elsewhere (`secretRef`). One of the two is required.", "type": "object", "properties": { "instanceRef": { "title": "InstanceRef", "description": "Reference to a LiteLLMInstance among the inputs; it must resolve (checked by the compiler).", "type": "object", "properties": { "name": { "description": "Name of the LiteLLMInstance.", "type": "string" }, "namespace": { "description": "Namespace of the LiteLLMInstance; defaults to the namespace of this Model.", "type": "string" } }, "additionalProperties": false }, "secretRef": { "title": "ConnectionSecretRef", "description": "Reference to a Secret holding the connection details of a LiteLLM instance that is not among the inputs (the operator reads its `masterKey` and `url` keys).", "type": "object", "properties": { "namespace": { "description": "Namespace of the Secret; defaults to the namespace of this Model.", "type": "string" }, "secretName": { "description": "Name of the Secret.", "type": "string" } }, "additionalProperties": false } }, "additionalProperties": false, "anyOf": [{ "properties": { "secretRef": true }, "required": ["secretRef"] }, { "properties": { "instanceRef": true }, "required": ["instanceRef"] }] }, "litellmParams": { "title": "LiteLLMParams", "description": "LiteLLMParams contains the LiteLLM parameters", "type": "object", "properties": { "additionalProp1": { "description": "AdditionalProps contains additional properties", "type": "object", "additionalProperties": true }, "apiBase": { "description": "APIBase is the base URL for the API", "type": "string" }, "apiKey": { "description": "APIKey is the API key for the model. litellm-gitops rejects a literal key here (a credential in Git): put it in a Secret named by `modelSecretRef` (Model) or `modelCredentials` (LiteLLMInstance models), or write `os.environ/NAME`.", "type": "string" }, "apiVersion": { "description": "APIVersion is the version of the API", "type": "string" }, "autoRouterConfig": { "description": "AutoRouterConfig is the auto router config", "type": "string" }, "autoRouterConfigPath": { "description": "AutoRouterConfigPath is the auto router config path", "type": "string" }, "autoRouterDefaultModel": { "description": "AutoRouterDefaultModel is the auto router default model", "type": "string" }, "autoRouterEmbeddingModel": { "description": "AutoRouterEmbeddingModel is the auto router embedding model", "type": "string" }, "awsAccessKeyId": { "description": "AWSAccessKeyID is the AWS access key ID. A literal value is rejected (a credential in Git): reference a Secret instead, or write `os.environ/NAME`.", "type": "string" }, "awsRegionName": { "description": "AWSRegionName is the AWS region name", "type": "string" }, "awsSecretAccessKey": { "description": "AWSSecretAccessKey is the AWS secret access key. A literal value is rejected (a credential in Git): reference a Secret instead, or write `os.environ/NAME`.", "type": "string" }, "budgetDuration": { "description": "BudgetDuration is the budget duration, a LiteLLM duration such as `30s`, `10m`, `1h`, `7d` or `1mo`.", "type": "string" }, "configurableClientsideAuthParams": { "description": "ConfigurableClientsideAuthParams are configurable client-side auth parameters", "type": "array", "items": { "type": "object", "additionalProperties": true } }, "customLLMProvider": { "description": "CustomLLMProvider is the custom LLM provider", "type": "string" }, "inputCostPerMillionTokens": { "description": "Extension (litellm-gitops): cost per million input tokens, a decimal string or a number (the LiteLLM Terraform provider's `input_cost_per_million_tokens`). The compiler converts it to LiteLLM's `input_cost_per_token`; do not set both.", "x-litellm-gitops-extension": true, "anyOf": [{ "type": "string" }, { "type": "number" }] }, "inputCostPerPixel": { "description": "InputCostPerPixel is the cost per pixel for input", "type": "string" }, "inputCostPerSecond": { "description": "InputCostPerSecond is the cost per second for input", "type": "string" }, "inputCostPerToken": { "description": 'InputCostPerToken is the cost per input token, as a decimal string (for example `"0.00003"`).', "type": "string" }, "litellmCredentialName": { "description": "LiteLLMCredentialName is the LiteLLM credential name", "type": "string" }, "litellmTraceId": { "description": "LiteLLMTraceID is the LiteLLM trace ID", "type": "string" }, "maxBudget": { "description": 'MaxBudget is the maximum budget, as a decimal string (for example `"100.5"`).', "type": "string" }, "maxFileSizeMb": { "description": "MaxFileSizeMB is the maximum file size in MB", "type": "integer" }, "maxRetries": { "description": "MaxRetries is the maximum number of retries", "type": "integer" }, "mergeReasoningContentInChoices": { "description": "MergeReasoningContentInChoices indicates if to merge reasoning content in choices", "type": "boolean" }, "mockResponse": { "description": "MockResponse is the mock response", "type": "string" }, "model": { "description": "The model LiteLLM calls, usually `<provider>/<model id>` (for example `openai/gpt-4o`, `bedrock/anthropic.claude-3-sonnet`, `vertex_ai/gemini-1.5-pro`); a bare id is fine when LiteLLM knows it. Required (the operator's documentation marks it required). Becomes `litellm_params.model` in config.yaml.", "type": "string" }, "modelInfo": { "title": "LiteLLMModelInfo", "description": "ModelInfo contains additional model information: LiteLLM's `model_info` keys. The object stays open (the CRD preserves unknown fields); `mode`, `tier`, `baseModel` and `accessGroups` are typed.", "type": "object", "properties": { "accessGroups": { "description": "Extension (litellm-gitops): LiteLLM's `model_info.access_groups`, names of model access groups that include this model (keys and teams can be granted an access group).", "x-litellm-gitops-extension": true, "type": "array", "items": { "type": "string" } }, "baseModel": { "description": "Extension (litellm-gitops): LiteLLM's `model_info.base_model`, the model whose prices and context window LiteLLM uses for cost tracking when `model` is a deployment name it does not know (for example an Azure deployment `azure/my-gpt4o` with base model `azure/gpt-4o`).", "x-litellm-gitops-extension": true, "type": "string" }, "mode": { "title": "ModelMode", "description": "Extension (litellm-gitops): what kind of model this is; LiteLLM's `model_info.mode`, which picks the health check and what /model/info shows. Default `chat`.", "x-litellm-gitops-extension": true, "type": "string", "enum": ["audio_speech", "audio_transcription", "batch", "chat", "completion", "container", "embedding", "evaluation", "guardrail", "image_edit", "image_generation", "moderation", "moderations", "ocr", "realtime", "rerank", "responses", "search", "vector_store", "video_generation"] }, "tier": { "title": "ModelTier", "description": "Extension (litellm-gitops): LiteLLM's `model_info.tier`, `free` or `paid` (used by LiteLLM's tier-based routing and model access).", "x-litellm-gitops-extension": true, "type": "string", "enum": ["free", "paid"] } }, "additionalProperties": true }, "organization": { "description": "Organization is the organization name", "type": "string" }, "outputCostPerMillionTokens": { "description": "Extension (litellm-gitops): cost per million output tokens, a decimal string or a number (the LiteLLM Terraform provider's `output_cost_per_million_tokens`). The compiler converts it to LiteLLM's `output_cost_per_token`; do not set both.", "x-litellm-gitops-extension": true, "anyOf": [{ "type": "string" }, { "type": "number" }] }, "outputCostPerPixel": { "description": "OutputCostPerPixel is the cost per pixel for output", "type": "string" }, "outputCostPerSecond": { "description": "OutputCostPerSecond is the cost per second for output", "type": "string" }, "outputCostPerToken": { "description": 'OutputCostPerToken is the cost per output token, as a decimal string (for example `"0.00006"`).', "type": "string" }, "regionName": { "description": "RegionName is the region name for the service", "type": "string" }, "rpm": { "description": "RPM is requests per minute", "type": "integer" }, "streamTimeout": { "description": "StreamTimeout is the stream timeout in seconds", "type": "integer" }, "timeout": { "description": "Timeout is the timeout in seconds", "type": "integer" }, "tpm": { "description": "TPM is tokens per minute", "type": "integer" }, "useInPassThrough": { "description": "UseInPassThrough indicates if to use in pass through", "type": "boolean" }, "useLitellmProxy": { "description": "UseLiteLLMProxy indicates if to use LiteLLM proxy", "type": "boolean" }, "vertexCredentials": { "description": "VertexCredentials is the credentials for Vertex AI (a service account JSON or a path to one). A literal value is rejected (a credential in Git): reference a Secret instead, or write `os.environ/NAME`.", "type": "string" }, "vertexLocation": { "description": "VertexLocation is the location for Vertex AI", "type": "string" }, "vertexProject": { "description": "VertexProject is the Google Cloud project for Vertex AI", "type": "string" }, "watsonxRegionName": { "description": "WatsonXRegionName is the WatsonX region name", "type": "string" } }, "required": ["model"], "additionalProperties": false }, "modelInfo": { "title": "ModelInfo", "description": "ModelInfo contains the model information (LiteLLM's `model_info`). The operator's fields plus the typed litellm-gitops extensions `mode`, `tier`, `baseModel` and `accessGroups`.", "type": "object", "properties": { "accessGroups": { "description": "Extension (litellm-gitops): LiteLLM's `model_info.access_groups`, names of model access groups that include this model (keys and teams can be granted an access group).", "x-litellm-gitops-extension": true, "type": "array", "items": { "type": "string" } }, "additionalProp1": { "description": "AdditionalProps contains additional properties", "type": "object", "additionalProperties": true }, "baseModel": { "description": "Extension (litellm-gitops): LiteLLM's `model_info.base_model`, the model whose prices and context window LiteLLM uses for cost tracking when `model` is a deployment name it does not know (for example an Azure deployment `azure/my-gpt4o` with base model `azure/gpt-4o`).", "x-litellm-gitops-extension": true, "type": "string" }, "dbModel": { "description": "DBModel indicates if this is a database model", "type": "boolean" }, "id": { "description": "ID is the model ID", "type": "string" }, "mode": { "title": "ModelMode", "description": "Extension (litellm-gitops): what kind of model this is; LiteLLM's `model_info.mode`, which picks the health check and what /model/info shows. Default `chat`.", "x-litellm-gitops-extension": true, "type": "string", "enum": ["audio_speech", "audio_transcription", "batch", "chat", "completion", "container", "embedding", "evaluation", "guardrail", "image_edit", "image_generation", "moderation", "moderations", "ocr", "realtime", "rerank", "responses", "search", "vector_store", "video_generation"] }, "teamId": { "description": "TeamID is the team ID", "type": "string" }, "teamPublicModelName": { "description": "TeamPublicModelName is the team public model name", "type": "string" }, "tier": { "title": "ModelTier", "description": "Extension (litellm-gitops): LiteLLM's `model_info.tier`, `free` or `paid` (used by LiteLLM's tier-based routing and model access).", "x-litellm-gitops-extension": true, "type": "string", "enum": ["free", "paid"] } }, "additionalProperties": false }, "modelName": { "description": "ModelName is the name of the model: the public name clients request (`model_name` in config.yaml). Several Models may share a name to load-balance.", "type": "string" }, "modelSecretRef": { "title": "ModelSecretRef", "description": "ModelSecretRef is the model secret reference: the Secret holding this model's provider credentials (API key, API base, AWS or Vertex credentials). Required; write `{}` for providers that need no credentials.", "type": "object", "properties": { "keys": { "title": "ModelSecretKeys", "description": "Extension (litellm-gitops): which data key of the Secret holds each credential, for example `{apiKey: OPENAI_API_KEY}`. When omitted, the operator's convention applies: the data keys are named after the credentials (`apiKey`, `apiBase`, `awsAccessKeyId`, `awsSecretAccessKey`, `vertexCredentials`). When given, it replaces that default as a whole: only the listed credentials are wired.", "x-litellm-gitops-extension": true, "type": "object", "default": { "apiKey": "apiKey", "apiBase": "apiBase", "awsAccessKeyId": "awsAccessKeyId", "awsSecretAccessKey": "awsSecretAccessKey", "vertexCredentials": "vertexCredentials" }, "minProperties": 1, "properties": { "apiBase": { "description": "Data key of the Secret holding the API base URL (`api_base`).", "type": "string" }, "apiKey": { "description": "Data key of the Secret holding the API key (`api_key`).", "type": "string" }, "apiVersion": { "description": "Data key of the Secret holding the API version (`api_version`, Azure).", "type": "string" }, "awsAccessKeyId": { "description": "Data key of the Secret holding the AWS access key ID (`aws_access_key_id`).", "type": "string" }, "awsSecretAccessKey": { "description": "Data key of the Secret holding the AWS secret access key (`aws_secret_access_key`).", "type": "string" }, "awsSessionToken": { "description": "Data key of the Secret holding the AWS session token (`aws_session_token`).", "type": "string" }, "vertexCredentials": { "description": "Data key of the Secret holding the Vertex AI service account JSON (`vertex_credentials`).", "type": "string" } }, "additionalProperties": false }, "namespace": { "description": "Namespace of the Secret; defaults to the namespace of this Model.", "type": "string" }, "secretName": { "description": "Name of the Secret with the model's credentials.", "type": "string" } }, "additionalProperties": false } }, "required": ["modelSecretRef"], "additionalProperties": false } }, "required": ["apiVersion", "kind", "metadata", "spec"], "additionalProperties": false };
function validate11(data2, { instancePath = "", parentData, parentDataProperty, rootData = data2 } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
    if (data2.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema12.required, parentSchema: schema12, data: data2 };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data2.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema12.required, parentSchema: schema12, data: data2 };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data2.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema12.required, parentSchema: schema12, data: data2 };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data2.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema12.required, parentSchema: schema12, data: data2 };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data2) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data2.apiVersion !== void 0) {
      let data0 = data2.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.apiVersion.type, parentSchema: schema12.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("litellm.litellm.ai/v1alpha1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "litellm.litellm.ai/v1alpha1" }, message: "must be equal to constant", schema: "litellm.litellm.ai/v1alpha1", parentSchema: schema12.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data2.kind !== void 0) {
      let data1 = data2.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.kind.type, parentSchema: schema12.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("Model" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Model" }, message: "must be equal to constant", schema: "Model", parentSchema: schema12.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data2.metadata !== void 0) {
      let data22 = data2.metadata;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.name === void 0) {
          const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema12.properties.metadata.required, parentSchema: schema12.properties.metadata, data: data22 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data22.annotations !== void 0) {
          let data3 = data22.annotations;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key1 in data3) {
              let data4 = data3[key1];
              if (typeof data4 !== "string") {
                const err10 = { instancePath: instancePath + "/metadata/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema12.properties.metadata.properties.annotations.additionalProperties, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.metadata.properties.annotations.type, parentSchema: schema12.properties.metadata.properties.annotations, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data22.labels !== void 0) {
          let data5 = data22.labels;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              let data6 = data5[key2];
              if (typeof data6 !== "string") {
                const err12 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema12.properties.metadata.properties.labels.additionalProperties, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.metadata.properties.labels.type, parentSchema: schema12.properties.metadata.properties.labels, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data22.name !== void 0) {
          let data7 = data22.name;
          if (typeof data7 !== "string") {
            const err14 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.metadata.properties.name.type, parentSchema: schema12.properties.metadata.properties.name, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data22.namespace !== void 0) {
          let data8 = data22.namespace;
          if (typeof data8 !== "string") {
            const err15 = { instancePath: instancePath + "/metadata/namespace", schemaPath: "#/properties/metadata/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.metadata.properties.namespace.type, parentSchema: schema12.properties.metadata.properties.namespace, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.metadata.type, parentSchema: schema12.properties.metadata, data: data22 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data2.spec !== void 0) {
      let data9 = data2.spec;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.modelSecretRef === void 0) {
          const err17 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "modelSecretRef" }, message: "must have required property 'modelSecretRef'", schema: schema12.properties.spec.required, parentSchema: schema12.properties.spec, data: data9 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key3 in data9) {
          if (!(key3 === "connectionRef" || key3 === "litellmParams" || key3 === "modelInfo" || key3 === "modelName" || key3 === "modelSecretRef")) {
            const err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.spec, data: data9 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data9.connectionRef !== void 0) {
          let data10 = data9.connectionRef;
          const _errs28 = errors;
          let valid5 = false;
          const _errs29 = errors;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.secretRef === void 0) {
              const err19 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf/0/required", keyword: "required", params: { missingProperty: "secretRef" }, message: "must have required property 'secretRef'", schema: schema12.properties.spec.properties.connectionRef.anyOf[0].required, parentSchema: schema12.properties.spec.properties.connectionRef.anyOf[0], data: data10 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          var _valid0 = _errs29 === errors;
          valid5 = valid5 || _valid0;
          if (!valid5) {
            const _errs30 = errors;
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
              if (data10.instanceRef === void 0) {
                const err20 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf/1/required", keyword: "required", params: { missingProperty: "instanceRef" }, message: "must have required property 'instanceRef'", schema: schema12.properties.spec.properties.connectionRef.anyOf[1].required, parentSchema: schema12.properties.spec.properties.connectionRef.anyOf[1], data: data10 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            var _valid0 = _errs30 === errors;
            valid5 = valid5 || _valid0;
          }
          if (!valid5) {
            const err21 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.spec.properties.connectionRef.anyOf, parentSchema: schema12.properties.spec.properties.connectionRef, data: data10 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          } else {
            errors = _errs28;
            if (vErrors !== null) {
              if (_errs28) {
                vErrors.length = _errs28;
              } else {
                vErrors = null;
              }
            }
          }
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key4 in data10) {
              if (!(key4 === "instanceRef" || key4 === "secretRef")) {
                const err22 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.spec.properties.connectionRef, data: data10 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data10.instanceRef !== void 0) {
              let data11 = data10.instanceRef;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                for (const key5 in data11) {
                  if (!(key5 === "name" || key5 === "namespace")) {
                    const err23 = { instancePath: instancePath + "/spec/connectionRef/instanceRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.spec.properties.connectionRef.properties.instanceRef, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data11.name !== void 0) {
                  let data12 = data11.name;
                  if (typeof data12 !== "string") {
                    const err24 = { instancePath: instancePath + "/spec/connectionRef/instanceRef/name", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.connectionRef.properties.instanceRef.properties.name.type, parentSchema: schema12.properties.spec.properties.connectionRef.properties.instanceRef.properties.name, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data11.namespace !== void 0) {
                  let data13 = data11.namespace;
                  if (typeof data13 !== "string") {
                    const err25 = { instancePath: instancePath + "/spec/connectionRef/instanceRef/namespace", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.connectionRef.properties.instanceRef.properties.namespace.type, parentSchema: schema12.properties.spec.properties.connectionRef.properties.instanceRef.properties.namespace, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = { instancePath: instancePath + "/spec/connectionRef/instanceRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.connectionRef.properties.instanceRef.type, parentSchema: schema12.properties.spec.properties.connectionRef.properties.instanceRef, data: data11 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data10.secretRef !== void 0) {
              let data14 = data10.secretRef;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key6 in data14) {
                  if (!(key6 === "namespace" || key6 === "secretName")) {
                    const err27 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.spec.properties.connectionRef.properties.secretRef, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data14.namespace !== void 0) {
                  let data15 = data14.namespace;
                  if (typeof data15 !== "string") {
                    const err28 = { instancePath: instancePath + "/spec/connectionRef/secretRef/namespace", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.connectionRef.properties.secretRef.properties.namespace.type, parentSchema: schema12.properties.spec.properties.connectionRef.properties.secretRef.properties.namespace, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data14.secretName !== void 0) {
                  let data16 = data14.secretName;
                  if (typeof data16 !== "string") {
                    const err29 = { instancePath: instancePath + "/spec/connectionRef/secretRef/secretName", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.connectionRef.properties.secretRef.properties.secretName.type, parentSchema: schema12.properties.spec.properties.connectionRef.properties.secretRef.properties.secretName, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              } else {
                const err30 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.connectionRef.properties.secretRef.type, parentSchema: schema12.properties.spec.properties.connectionRef.properties.secretRef, data: data14 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.connectionRef.type, parentSchema: schema12.properties.spec.properties.connectionRef, data: data10 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data9.litellmParams !== void 0) {
          let data17 = data9.litellmParams;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.model === void 0) {
              const err32 = { instancePath: instancePath + "/spec/litellmParams", schemaPath: "#/properties/spec/properties/litellmParams/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema12.properties.spec.properties.litellmParams.required, parentSchema: schema12.properties.spec.properties.litellmParams, data: data17 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key7 in data17) {
              if (!func2.call(schema12.properties.spec.properties.litellmParams.properties, key7)) {
                const err33 = { instancePath: instancePath + "/spec/litellmParams", schemaPath: "#/properties/spec/properties/litellmParams/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.spec.properties.litellmParams, data: data17 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data17.additionalProp1 !== void 0) {
              let data18 = data17.additionalProp1;
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
              } else {
                const err34 = { instancePath: instancePath + "/spec/litellmParams/additionalProp1", schemaPath: "#/properties/spec/properties/litellmParams/properties/additionalProp1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.litellmParams.properties.additionalProp1.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.additionalProp1, data: data18 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data17.apiBase !== void 0) {
              let data19 = data17.apiBase;
              if (typeof data19 !== "string") {
                const err35 = { instancePath: instancePath + "/spec/litellmParams/apiBase", schemaPath: "#/properties/spec/properties/litellmParams/properties/apiBase/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.apiBase.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.apiBase, data: data19 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data17.apiKey !== void 0) {
              let data20 = data17.apiKey;
              if (typeof data20 !== "string") {
                const err36 = { instancePath: instancePath + "/spec/litellmParams/apiKey", schemaPath: "#/properties/spec/properties/litellmParams/properties/apiKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.apiKey.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.apiKey, data: data20 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data17.apiVersion !== void 0) {
              let data21 = data17.apiVersion;
              if (typeof data21 !== "string") {
                const err37 = { instancePath: instancePath + "/spec/litellmParams/apiVersion", schemaPath: "#/properties/spec/properties/litellmParams/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.apiVersion.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.apiVersion, data: data21 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data17.autoRouterConfig !== void 0) {
              let data22 = data17.autoRouterConfig;
              if (typeof data22 !== "string") {
                const err38 = { instancePath: instancePath + "/spec/litellmParams/autoRouterConfig", schemaPath: "#/properties/spec/properties/litellmParams/properties/autoRouterConfig/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.autoRouterConfig.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.autoRouterConfig, data: data22 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data17.autoRouterConfigPath !== void 0) {
              let data23 = data17.autoRouterConfigPath;
              if (typeof data23 !== "string") {
                const err39 = { instancePath: instancePath + "/spec/litellmParams/autoRouterConfigPath", schemaPath: "#/properties/spec/properties/litellmParams/properties/autoRouterConfigPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.autoRouterConfigPath.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.autoRouterConfigPath, data: data23 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data17.autoRouterDefaultModel !== void 0) {
              let data24 = data17.autoRouterDefaultModel;
              if (typeof data24 !== "string") {
                const err40 = { instancePath: instancePath + "/spec/litellmParams/autoRouterDefaultModel", schemaPath: "#/properties/spec/properties/litellmParams/properties/autoRouterDefaultModel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.autoRouterDefaultModel.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.autoRouterDefaultModel, data: data24 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data17.autoRouterEmbeddingModel !== void 0) {
              let data25 = data17.autoRouterEmbeddingModel;
              if (typeof data25 !== "string") {
                const err41 = { instancePath: instancePath + "/spec/litellmParams/autoRouterEmbeddingModel", schemaPath: "#/properties/spec/properties/litellmParams/properties/autoRouterEmbeddingModel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.autoRouterEmbeddingModel.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.autoRouterEmbeddingModel, data: data25 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data17.awsAccessKeyId !== void 0) {
              let data26 = data17.awsAccessKeyId;
              if (typeof data26 !== "string") {
                const err42 = { instancePath: instancePath + "/spec/litellmParams/awsAccessKeyId", schemaPath: "#/properties/spec/properties/litellmParams/properties/awsAccessKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.awsAccessKeyId.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.awsAccessKeyId, data: data26 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data17.awsRegionName !== void 0) {
              let data27 = data17.awsRegionName;
              if (typeof data27 !== "string") {
                const err43 = { instancePath: instancePath + "/spec/litellmParams/awsRegionName", schemaPath: "#/properties/spec/properties/litellmParams/properties/awsRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.awsRegionName.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.awsRegionName, data: data27 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data17.awsSecretAccessKey !== void 0) {
              let data28 = data17.awsSecretAccessKey;
              if (typeof data28 !== "string") {
                const err44 = { instancePath: instancePath + "/spec/litellmParams/awsSecretAccessKey", schemaPath: "#/properties/spec/properties/litellmParams/properties/awsSecretAccessKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.awsSecretAccessKey.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.awsSecretAccessKey, data: data28 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data17.budgetDuration !== void 0) {
              let data29 = data17.budgetDuration;
              if (typeof data29 !== "string") {
                const err45 = { instancePath: instancePath + "/spec/litellmParams/budgetDuration", schemaPath: "#/properties/spec/properties/litellmParams/properties/budgetDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.budgetDuration.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.budgetDuration, data: data29 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data17.configurableClientsideAuthParams !== void 0) {
              let data30 = data17.configurableClientsideAuthParams;
              if (Array.isArray(data30)) {
                const len0 = data30.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data31 = data30[i0];
                  if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                  } else {
                    const err46 = { instancePath: instancePath + "/spec/litellmParams/configurableClientsideAuthParams/" + i0, schemaPath: "#/properties/spec/properties/litellmParams/properties/configurableClientsideAuthParams/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.litellmParams.properties.configurableClientsideAuthParams.items.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.configurableClientsideAuthParams.items, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
              } else {
                const err47 = { instancePath: instancePath + "/spec/litellmParams/configurableClientsideAuthParams", schemaPath: "#/properties/spec/properties/litellmParams/properties/configurableClientsideAuthParams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.spec.properties.litellmParams.properties.configurableClientsideAuthParams.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.configurableClientsideAuthParams, data: data30 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data17.customLLMProvider !== void 0) {
              let data32 = data17.customLLMProvider;
              if (typeof data32 !== "string") {
                const err48 = { instancePath: instancePath + "/spec/litellmParams/customLLMProvider", schemaPath: "#/properties/spec/properties/litellmParams/properties/customLLMProvider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.customLLMProvider.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.customLLMProvider, data: data32 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data17.inputCostPerMillionTokens !== void 0) {
              let data33 = data17.inputCostPerMillionTokens;
              const _errs82 = errors;
              let valid12 = false;
              const _errs83 = errors;
              if (typeof data33 !== "string") {
                const err49 = { instancePath: instancePath + "/spec/litellmParams/inputCostPerMillionTokens", schemaPath: "#/properties/spec/properties/litellmParams/properties/inputCostPerMillionTokens/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.inputCostPerMillionTokens.anyOf[0].type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.inputCostPerMillionTokens.anyOf[0], data: data33 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
              var _valid1 = _errs83 === errors;
              valid12 = valid12 || _valid1;
              if (!valid12) {
                const _errs85 = errors;
                if (!(typeof data33 == "number")) {
                  const err50 = { instancePath: instancePath + "/spec/litellmParams/inputCostPerMillionTokens", schemaPath: "#/properties/spec/properties/litellmParams/properties/inputCostPerMillionTokens/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.spec.properties.litellmParams.properties.inputCostPerMillionTokens.anyOf[1].type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.inputCostPerMillionTokens.anyOf[1], data: data33 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                var _valid1 = _errs85 === errors;
                valid12 = valid12 || _valid1;
              }
              if (!valid12) {
                const err51 = { instancePath: instancePath + "/spec/litellmParams/inputCostPerMillionTokens", schemaPath: "#/properties/spec/properties/litellmParams/properties/inputCostPerMillionTokens/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.spec.properties.litellmParams.properties.inputCostPerMillionTokens.anyOf, parentSchema: schema12.properties.spec.properties.litellmParams.properties.inputCostPerMillionTokens, data: data33 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              } else {
                errors = _errs82;
                if (vErrors !== null) {
                  if (_errs82) {
                    vErrors.length = _errs82;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data17.inputCostPerPixel !== void 0) {
              let data34 = data17.inputCostPerPixel;
              if (typeof data34 !== "string") {
                const err52 = { instancePath: instancePath + "/spec/litellmParams/inputCostPerPixel", schemaPath: "#/properties/spec/properties/litellmParams/properties/inputCostPerPixel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.inputCostPerPixel.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.inputCostPerPixel, data: data34 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data17.inputCostPerSecond !== void 0) {
              let data35 = data17.inputCostPerSecond;
              if (typeof data35 !== "string") {
                const err53 = { instancePath: instancePath + "/spec/litellmParams/inputCostPerSecond", schemaPath: "#/properties/spec/properties/litellmParams/properties/inputCostPerSecond/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.inputCostPerSecond.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.inputCostPerSecond, data: data35 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data17.inputCostPerToken !== void 0) {
              let data36 = data17.inputCostPerToken;
              if (typeof data36 !== "string") {
                const err54 = { instancePath: instancePath + "/spec/litellmParams/inputCostPerToken", schemaPath: "#/properties/spec/properties/litellmParams/properties/inputCostPerToken/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.inputCostPerToken.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.inputCostPerToken, data: data36 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data17.litellmCredentialName !== void 0) {
              let data37 = data17.litellmCredentialName;
              if (typeof data37 !== "string") {
                const err55 = { instancePath: instancePath + "/spec/litellmParams/litellmCredentialName", schemaPath: "#/properties/spec/properties/litellmParams/properties/litellmCredentialName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.litellmCredentialName.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.litellmCredentialName, data: data37 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data17.litellmTraceId !== void 0) {
              let data38 = data17.litellmTraceId;
              if (typeof data38 !== "string") {
                const err56 = { instancePath: instancePath + "/spec/litellmParams/litellmTraceId", schemaPath: "#/properties/spec/properties/litellmParams/properties/litellmTraceId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.litellmTraceId.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.litellmTraceId, data: data38 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data17.maxBudget !== void 0) {
              let data39 = data17.maxBudget;
              if (typeof data39 !== "string") {
                const err57 = { instancePath: instancePath + "/spec/litellmParams/maxBudget", schemaPath: "#/properties/spec/properties/litellmParams/properties/maxBudget/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.maxBudget.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.maxBudget, data: data39 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data17.maxFileSizeMb !== void 0) {
              let data40 = data17.maxFileSizeMb;
              if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)))) {
                const err58 = { instancePath: instancePath + "/spec/litellmParams/maxFileSizeMb", schemaPath: "#/properties/spec/properties/litellmParams/properties/maxFileSizeMb/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.spec.properties.litellmParams.properties.maxFileSizeMb.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.maxFileSizeMb, data: data40 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data17.maxRetries !== void 0) {
              let data41 = data17.maxRetries;
              if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)))) {
                const err59 = { instancePath: instancePath + "/spec/litellmParams/maxRetries", schemaPath: "#/properties/spec/properties/litellmParams/properties/maxRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.spec.properties.litellmParams.properties.maxRetries.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.maxRetries, data: data41 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data17.mergeReasoningContentInChoices !== void 0) {
              let data42 = data17.mergeReasoningContentInChoices;
              if (typeof data42 !== "boolean") {
                const err60 = { instancePath: instancePath + "/spec/litellmParams/mergeReasoningContentInChoices", schemaPath: "#/properties/spec/properties/litellmParams/properties/mergeReasoningContentInChoices/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.spec.properties.litellmParams.properties.mergeReasoningContentInChoices.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.mergeReasoningContentInChoices, data: data42 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data17.mockResponse !== void 0) {
              let data43 = data17.mockResponse;
              if (typeof data43 !== "string") {
                const err61 = { instancePath: instancePath + "/spec/litellmParams/mockResponse", schemaPath: "#/properties/spec/properties/litellmParams/properties/mockResponse/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.mockResponse.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.mockResponse, data: data43 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data17.model !== void 0) {
              let data44 = data17.model;
              if (typeof data44 !== "string") {
                const err62 = { instancePath: instancePath + "/spec/litellmParams/model", schemaPath: "#/properties/spec/properties/litellmParams/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.model.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.model, data: data44 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data17.modelInfo !== void 0) {
              let data45 = data17.modelInfo;
              if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                if (data45.accessGroups !== void 0) {
                  let data46 = data45.accessGroups;
                  if (Array.isArray(data46)) {
                    const len1 = data46.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data47 = data46[i1];
                      if (typeof data47 !== "string") {
                        const err63 = { instancePath: instancePath + "/spec/litellmParams/modelInfo/accessGroups/" + i1, schemaPath: "#/properties/spec/properties/litellmParams/properties/modelInfo/properties/accessGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.accessGroups.items.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.accessGroups.items, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err63];
                        } else {
                          vErrors.push(err63);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err64 = { instancePath: instancePath + "/spec/litellmParams/modelInfo/accessGroups", schemaPath: "#/properties/spec/properties/litellmParams/properties/modelInfo/properties/accessGroups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.accessGroups.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.accessGroups, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data45.baseModel !== void 0) {
                  let data48 = data45.baseModel;
                  if (typeof data48 !== "string") {
                    const err65 = { instancePath: instancePath + "/spec/litellmParams/modelInfo/baseModel", schemaPath: "#/properties/spec/properties/litellmParams/properties/modelInfo/properties/baseModel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.baseModel.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.baseModel, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data45.mode !== void 0) {
                  let data49 = data45.mode;
                  if (typeof data49 !== "string") {
                    const err66 = { instancePath: instancePath + "/spec/litellmParams/modelInfo/mode", schemaPath: "#/properties/spec/properties/litellmParams/properties/modelInfo/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.mode.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.mode, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                  if (!(data49 === "audio_speech" || data49 === "audio_transcription" || data49 === "batch" || data49 === "chat" || data49 === "completion" || data49 === "container" || data49 === "embedding" || data49 === "evaluation" || data49 === "guardrail" || data49 === "image_edit" || data49 === "image_generation" || data49 === "moderation" || data49 === "moderations" || data49 === "ocr" || data49 === "realtime" || data49 === "rerank" || data49 === "responses" || data49 === "search" || data49 === "vector_store" || data49 === "video_generation")) {
                    const err67 = { instancePath: instancePath + "/spec/litellmParams/modelInfo/mode", schemaPath: "#/properties/spec/properties/litellmParams/properties/modelInfo/properties/mode/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.mode.enum, parentSchema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.mode, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data45.tier !== void 0) {
                  let data50 = data45.tier;
                  if (typeof data50 !== "string") {
                    const err68 = { instancePath: instancePath + "/spec/litellmParams/modelInfo/tier", schemaPath: "#/properties/spec/properties/litellmParams/properties/modelInfo/properties/tier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.tier.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.tier, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                  if (!(data50 === "free" || data50 === "paid")) {
                    const err69 = { instancePath: instancePath + "/spec/litellmParams/modelInfo/tier", schemaPath: "#/properties/spec/properties/litellmParams/properties/modelInfo/properties/tier/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.tier.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.tier.enum, parentSchema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.properties.tier, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
              } else {
                const err70 = { instancePath: instancePath + "/spec/litellmParams/modelInfo", schemaPath: "#/properties/spec/properties/litellmParams/properties/modelInfo/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.litellmParams.properties.modelInfo.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.modelInfo, data: data45 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data17.organization !== void 0) {
              let data51 = data17.organization;
              if (typeof data51 !== "string") {
                const err71 = { instancePath: instancePath + "/spec/litellmParams/organization", schemaPath: "#/properties/spec/properties/litellmParams/properties/organization/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.organization.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.organization, data: data51 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data17.outputCostPerMillionTokens !== void 0) {
              let data52 = data17.outputCostPerMillionTokens;
              const _errs125 = errors;
              let valid16 = false;
              const _errs126 = errors;
              if (typeof data52 !== "string") {
                const err72 = { instancePath: instancePath + "/spec/litellmParams/outputCostPerMillionTokens", schemaPath: "#/properties/spec/properties/litellmParams/properties/outputCostPerMillionTokens/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.outputCostPerMillionTokens.anyOf[0].type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.outputCostPerMillionTokens.anyOf[0], data: data52 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              var _valid2 = _errs126 === errors;
              valid16 = valid16 || _valid2;
              if (!valid16) {
                const _errs128 = errors;
                if (!(typeof data52 == "number")) {
                  const err73 = { instancePath: instancePath + "/spec/litellmParams/outputCostPerMillionTokens", schemaPath: "#/properties/spec/properties/litellmParams/properties/outputCostPerMillionTokens/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.spec.properties.litellmParams.properties.outputCostPerMillionTokens.anyOf[1].type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.outputCostPerMillionTokens.anyOf[1], data: data52 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
                var _valid2 = _errs128 === errors;
                valid16 = valid16 || _valid2;
              }
              if (!valid16) {
                const err74 = { instancePath: instancePath + "/spec/litellmParams/outputCostPerMillionTokens", schemaPath: "#/properties/spec/properties/litellmParams/properties/outputCostPerMillionTokens/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.properties.spec.properties.litellmParams.properties.outputCostPerMillionTokens.anyOf, parentSchema: schema12.properties.spec.properties.litellmParams.properties.outputCostPerMillionTokens, data: data52 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              } else {
                errors = _errs125;
                if (vErrors !== null) {
                  if (_errs125) {
                    vErrors.length = _errs125;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data17.outputCostPerPixel !== void 0) {
              let data53 = data17.outputCostPerPixel;
              if (typeof data53 !== "string") {
                const err75 = { instancePath: instancePath + "/spec/litellmParams/outputCostPerPixel", schemaPath: "#/properties/spec/properties/litellmParams/properties/outputCostPerPixel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.outputCostPerPixel.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.outputCostPerPixel, data: data53 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data17.outputCostPerSecond !== void 0) {
              let data54 = data17.outputCostPerSecond;
              if (typeof data54 !== "string") {
                const err76 = { instancePath: instancePath + "/spec/litellmParams/outputCostPerSecond", schemaPath: "#/properties/spec/properties/litellmParams/properties/outputCostPerSecond/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.outputCostPerSecond.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.outputCostPerSecond, data: data54 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data17.outputCostPerToken !== void 0) {
              let data55 = data17.outputCostPerToken;
              if (typeof data55 !== "string") {
                const err77 = { instancePath: instancePath + "/spec/litellmParams/outputCostPerToken", schemaPath: "#/properties/spec/properties/litellmParams/properties/outputCostPerToken/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.outputCostPerToken.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.outputCostPerToken, data: data55 };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data17.regionName !== void 0) {
              let data56 = data17.regionName;
              if (typeof data56 !== "string") {
                const err78 = { instancePath: instancePath + "/spec/litellmParams/regionName", schemaPath: "#/properties/spec/properties/litellmParams/properties/regionName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.regionName.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.regionName, data: data56 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
            if (data17.rpm !== void 0) {
              let data57 = data17.rpm;
              if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57)))) {
                const err79 = { instancePath: instancePath + "/spec/litellmParams/rpm", schemaPath: "#/properties/spec/properties/litellmParams/properties/rpm/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.spec.properties.litellmParams.properties.rpm.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.rpm, data: data57 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
            }
            if (data17.streamTimeout !== void 0) {
              let data58 = data17.streamTimeout;
              if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)))) {
                const err80 = { instancePath: instancePath + "/spec/litellmParams/streamTimeout", schemaPath: "#/properties/spec/properties/litellmParams/properties/streamTimeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.spec.properties.litellmParams.properties.streamTimeout.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.streamTimeout, data: data58 };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data17.timeout !== void 0) {
              let data59 = data17.timeout;
              if (!(typeof data59 == "number" && (!(data59 % 1) && !isNaN(data59)))) {
                const err81 = { instancePath: instancePath + "/spec/litellmParams/timeout", schemaPath: "#/properties/spec/properties/litellmParams/properties/timeout/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.spec.properties.litellmParams.properties.timeout.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.timeout, data: data59 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data17.tpm !== void 0) {
              let data60 = data17.tpm;
              if (!(typeof data60 == "number" && (!(data60 % 1) && !isNaN(data60)))) {
                const err82 = { instancePath: instancePath + "/spec/litellmParams/tpm", schemaPath: "#/properties/spec/properties/litellmParams/properties/tpm/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema12.properties.spec.properties.litellmParams.properties.tpm.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.tpm, data: data60 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data17.useInPassThrough !== void 0) {
              let data61 = data17.useInPassThrough;
              if (typeof data61 !== "boolean") {
                const err83 = { instancePath: instancePath + "/spec/litellmParams/useInPassThrough", schemaPath: "#/properties/spec/properties/litellmParams/properties/useInPassThrough/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.spec.properties.litellmParams.properties.useInPassThrough.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.useInPassThrough, data: data61 };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
            }
            if (data17.useLitellmProxy !== void 0) {
              let data62 = data17.useLitellmProxy;
              if (typeof data62 !== "boolean") {
                const err84 = { instancePath: instancePath + "/spec/litellmParams/useLitellmProxy", schemaPath: "#/properties/spec/properties/litellmParams/properties/useLitellmProxy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.spec.properties.litellmParams.properties.useLitellmProxy.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.useLitellmProxy, data: data62 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data17.vertexCredentials !== void 0) {
              let data63 = data17.vertexCredentials;
              if (typeof data63 !== "string") {
                const err85 = { instancePath: instancePath + "/spec/litellmParams/vertexCredentials", schemaPath: "#/properties/spec/properties/litellmParams/properties/vertexCredentials/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.vertexCredentials.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.vertexCredentials, data: data63 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data17.vertexLocation !== void 0) {
              let data64 = data17.vertexLocation;
              if (typeof data64 !== "string") {
                const err86 = { instancePath: instancePath + "/spec/litellmParams/vertexLocation", schemaPath: "#/properties/spec/properties/litellmParams/properties/vertexLocation/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.vertexLocation.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.vertexLocation, data: data64 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data17.vertexProject !== void 0) {
              let data65 = data17.vertexProject;
              if (typeof data65 !== "string") {
                const err87 = { instancePath: instancePath + "/spec/litellmParams/vertexProject", schemaPath: "#/properties/spec/properties/litellmParams/properties/vertexProject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.vertexProject.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.vertexProject, data: data65 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data17.watsonxRegionName !== void 0) {
              let data66 = data17.watsonxRegionName;
              if (typeof data66 !== "string") {
                const err88 = { instancePath: instancePath + "/spec/litellmParams/watsonxRegionName", schemaPath: "#/properties/spec/properties/litellmParams/properties/watsonxRegionName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.litellmParams.properties.watsonxRegionName.type, parentSchema: schema12.properties.spec.properties.litellmParams.properties.watsonxRegionName, data: data66 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
          } else {
            const err89 = { instancePath: instancePath + "/spec/litellmParams", schemaPath: "#/properties/spec/properties/litellmParams/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.litellmParams.type, parentSchema: schema12.properties.spec.properties.litellmParams, data: data17 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data9.modelInfo !== void 0) {
          let data67 = data9.modelInfo;
          if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
            for (const key8 in data67) {
              if (!func2.call(schema12.properties.spec.properties.modelInfo.properties, key8)) {
                const err90 = { instancePath: instancePath + "/spec/modelInfo", schemaPath: "#/properties/spec/properties/modelInfo/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.spec.properties.modelInfo, data: data67 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data67.accessGroups !== void 0) {
              let data68 = data67.accessGroups;
              if (Array.isArray(data68)) {
                const len2 = data68.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data69 = data68[i2];
                  if (typeof data69 !== "string") {
                    const err91 = { instancePath: instancePath + "/spec/modelInfo/accessGroups/" + i2, schemaPath: "#/properties/spec/properties/modelInfo/properties/accessGroups/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelInfo.properties.accessGroups.items.type, parentSchema: schema12.properties.spec.properties.modelInfo.properties.accessGroups.items, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
              } else {
                const err92 = { instancePath: instancePath + "/spec/modelInfo/accessGroups", schemaPath: "#/properties/spec/properties/modelInfo/properties/accessGroups/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.spec.properties.modelInfo.properties.accessGroups.type, parentSchema: schema12.properties.spec.properties.modelInfo.properties.accessGroups, data: data68 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data67.additionalProp1 !== void 0) {
              let data70 = data67.additionalProp1;
              if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
              } else {
                const err93 = { instancePath: instancePath + "/spec/modelInfo/additionalProp1", schemaPath: "#/properties/spec/properties/modelInfo/properties/additionalProp1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.modelInfo.properties.additionalProp1.type, parentSchema: schema12.properties.spec.properties.modelInfo.properties.additionalProp1, data: data70 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data67.baseModel !== void 0) {
              let data71 = data67.baseModel;
              if (typeof data71 !== "string") {
                const err94 = { instancePath: instancePath + "/spec/modelInfo/baseModel", schemaPath: "#/properties/spec/properties/modelInfo/properties/baseModel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelInfo.properties.baseModel.type, parentSchema: schema12.properties.spec.properties.modelInfo.properties.baseModel, data: data71 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data67.dbModel !== void 0) {
              let data72 = data67.dbModel;
              if (typeof data72 !== "boolean") {
                const err95 = { instancePath: instancePath + "/spec/modelInfo/dbModel", schemaPath: "#/properties/spec/properties/modelInfo/properties/dbModel/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.spec.properties.modelInfo.properties.dbModel.type, parentSchema: schema12.properties.spec.properties.modelInfo.properties.dbModel, data: data72 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data67.id !== void 0) {
              let data73 = data67.id;
              if (typeof data73 !== "string") {
                const err96 = { instancePath: instancePath + "/spec/modelInfo/id", schemaPath: "#/properties/spec/properties/modelInfo/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelInfo.properties.id.type, parentSchema: schema12.properties.spec.properties.modelInfo.properties.id, data: data73 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data67.mode !== void 0) {
              let data74 = data67.mode;
              if (typeof data74 !== "string") {
                const err97 = { instancePath: instancePath + "/spec/modelInfo/mode", schemaPath: "#/properties/spec/properties/modelInfo/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelInfo.properties.mode.type, parentSchema: schema12.properties.spec.properties.modelInfo.properties.mode, data: data74 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
              if (!(data74 === "audio_speech" || data74 === "audio_transcription" || data74 === "batch" || data74 === "chat" || data74 === "completion" || data74 === "container" || data74 === "embedding" || data74 === "evaluation" || data74 === "guardrail" || data74 === "image_edit" || data74 === "image_generation" || data74 === "moderation" || data74 === "moderations" || data74 === "ocr" || data74 === "realtime" || data74 === "rerank" || data74 === "responses" || data74 === "search" || data74 === "vector_store" || data74 === "video_generation")) {
                const err98 = { instancePath: instancePath + "/spec/modelInfo/mode", schemaPath: "#/properties/spec/properties/modelInfo/properties/mode/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.modelInfo.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.spec.properties.modelInfo.properties.mode.enum, parentSchema: schema12.properties.spec.properties.modelInfo.properties.mode, data: data74 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data67.teamId !== void 0) {
              let data75 = data67.teamId;
              if (typeof data75 !== "string") {
                const err99 = { instancePath: instancePath + "/spec/modelInfo/teamId", schemaPath: "#/properties/spec/properties/modelInfo/properties/teamId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelInfo.properties.teamId.type, parentSchema: schema12.properties.spec.properties.modelInfo.properties.teamId, data: data75 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data67.teamPublicModelName !== void 0) {
              let data76 = data67.teamPublicModelName;
              if (typeof data76 !== "string") {
                const err100 = { instancePath: instancePath + "/spec/modelInfo/teamPublicModelName", schemaPath: "#/properties/spec/properties/modelInfo/properties/teamPublicModelName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelInfo.properties.teamPublicModelName.type, parentSchema: schema12.properties.spec.properties.modelInfo.properties.teamPublicModelName, data: data76 };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data67.tier !== void 0) {
              let data77 = data67.tier;
              if (typeof data77 !== "string") {
                const err101 = { instancePath: instancePath + "/spec/modelInfo/tier", schemaPath: "#/properties/spec/properties/modelInfo/properties/tier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelInfo.properties.tier.type, parentSchema: schema12.properties.spec.properties.modelInfo.properties.tier, data: data77 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
              if (!(data77 === "free" || data77 === "paid")) {
                const err102 = { instancePath: instancePath + "/spec/modelInfo/tier", schemaPath: "#/properties/spec/properties/modelInfo/properties/tier/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.modelInfo.properties.tier.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.spec.properties.modelInfo.properties.tier.enum, parentSchema: schema12.properties.spec.properties.modelInfo.properties.tier, data: data77 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
          } else {
            const err103 = { instancePath: instancePath + "/spec/modelInfo", schemaPath: "#/properties/spec/properties/modelInfo/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.modelInfo.type, parentSchema: schema12.properties.spec.properties.modelInfo, data: data67 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data9.modelName !== void 0) {
          let data78 = data9.modelName;
          if (typeof data78 !== "string") {
            const err104 = { instancePath: instancePath + "/spec/modelName", schemaPath: "#/properties/spec/properties/modelName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelName.type, parentSchema: schema12.properties.spec.properties.modelName, data: data78 };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data9.modelSecretRef !== void 0) {
          let data79 = data9.modelSecretRef;
          if (data79 && typeof data79 == "object" && !Array.isArray(data79)) {
            for (const key9 in data79) {
              if (!(key9 === "keys" || key9 === "namespace" || key9 === "secretName")) {
                const err105 = { instancePath: instancePath + "/spec/modelSecretRef", schemaPath: "#/properties/spec/properties/modelSecretRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.spec.properties.modelSecretRef, data: data79 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data79.keys !== void 0) {
              let data80 = data79.keys;
              if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                if (Object.keys(data80).length < 1) {
                  const err106 = { instancePath: instancePath + "/spec/modelSecretRef/keys", schemaPath: "#/properties/spec/properties/modelSecretRef/properties/keys/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema12.properties.spec.properties.modelSecretRef.properties.keys, data: data80 };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                for (const key10 in data80) {
                  if (!(key10 === "apiBase" || key10 === "apiKey" || key10 === "apiVersion" || key10 === "awsAccessKeyId" || key10 === "awsSecretAccessKey" || key10 === "awsSessionToken" || key10 === "vertexCredentials")) {
                    const err107 = { instancePath: instancePath + "/spec/modelSecretRef/keys", schemaPath: "#/properties/spec/properties/modelSecretRef/properties/keys/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.spec.properties.modelSecretRef.properties.keys, data: data80 };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
                if (data80.apiBase !== void 0) {
                  let data81 = data80.apiBase;
                  if (typeof data81 !== "string") {
                    const err108 = { instancePath: instancePath + "/spec/modelSecretRef/keys/apiBase", schemaPath: "#/properties/spec/properties/modelSecretRef/properties/keys/properties/apiBase/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelSecretRef.properties.keys.properties.apiBase.type, parentSchema: schema12.properties.spec.properties.modelSecretRef.properties.keys.properties.apiBase, data: data81 };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
                if (data80.apiKey !== void 0) {
                  let data82 = data80.apiKey;
                  if (typeof data82 !== "string") {
                    const err109 = { instancePath: instancePath + "/spec/modelSecretRef/keys/apiKey", schemaPath: "#/properties/spec/properties/modelSecretRef/properties/keys/properties/apiKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelSecretRef.properties.keys.properties.apiKey.type, parentSchema: schema12.properties.spec.properties.modelSecretRef.properties.keys.properties.apiKey, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data80.apiVersion !== void 0) {
                  let data83 = data80.apiVersion;
                  if (typeof data83 !== "string") {
                    const err110 = { instancePath: instancePath + "/spec/modelSecretRef/keys/apiVersion", schemaPath: "#/properties/spec/properties/modelSecretRef/properties/keys/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelSecretRef.properties.keys.properties.apiVersion.type, parentSchema: schema12.properties.spec.properties.modelSecretRef.properties.keys.properties.apiVersion, data: data83 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data80.awsAccessKeyId !== void 0) {
                  let data84 = data80.awsAccessKeyId;
                  if (typeof data84 !== "string") {
                    const err111 = { instancePath: instancePath + "/spec/modelSecretRef/keys/awsAccessKeyId", schemaPath: "#/properties/spec/properties/modelSecretRef/properties/keys/properties/awsAccessKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelSecretRef.properties.keys.properties.awsAccessKeyId.type, parentSchema: schema12.properties.spec.properties.modelSecretRef.properties.keys.properties.awsAccessKeyId, data: data84 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
                if (data80.awsSecretAccessKey !== void 0) {
                  let data85 = data80.awsSecretAccessKey;
                  if (typeof data85 !== "string") {
                    const err112 = { instancePath: instancePath + "/spec/modelSecretRef/keys/awsSecretAccessKey", schemaPath: "#/properties/spec/properties/modelSecretRef/properties/keys/properties/awsSecretAccessKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelSecretRef.properties.keys.properties.awsSecretAccessKey.type, parentSchema: schema12.properties.spec.properties.modelSecretRef.properties.keys.properties.awsSecretAccessKey, data: data85 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data80.awsSessionToken !== void 0) {
                  let data86 = data80.awsSessionToken;
                  if (typeof data86 !== "string") {
                    const err113 = { instancePath: instancePath + "/spec/modelSecretRef/keys/awsSessionToken", schemaPath: "#/properties/spec/properties/modelSecretRef/properties/keys/properties/awsSessionToken/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelSecretRef.properties.keys.properties.awsSessionToken.type, parentSchema: schema12.properties.spec.properties.modelSecretRef.properties.keys.properties.awsSessionToken, data: data86 };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data80.vertexCredentials !== void 0) {
                  let data87 = data80.vertexCredentials;
                  if (typeof data87 !== "string") {
                    const err114 = { instancePath: instancePath + "/spec/modelSecretRef/keys/vertexCredentials", schemaPath: "#/properties/spec/properties/modelSecretRef/properties/keys/properties/vertexCredentials/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelSecretRef.properties.keys.properties.vertexCredentials.type, parentSchema: schema12.properties.spec.properties.modelSecretRef.properties.keys.properties.vertexCredentials, data: data87 };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
              } else {
                const err115 = { instancePath: instancePath + "/spec/modelSecretRef/keys", schemaPath: "#/properties/spec/properties/modelSecretRef/properties/keys/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.modelSecretRef.properties.keys.type, parentSchema: schema12.properties.spec.properties.modelSecretRef.properties.keys, data: data80 };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
            if (data79.namespace !== void 0) {
              let data88 = data79.namespace;
              if (typeof data88 !== "string") {
                const err116 = { instancePath: instancePath + "/spec/modelSecretRef/namespace", schemaPath: "#/properties/spec/properties/modelSecretRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelSecretRef.properties.namespace.type, parentSchema: schema12.properties.spec.properties.modelSecretRef.properties.namespace, data: data88 };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
            if (data79.secretName !== void 0) {
              let data89 = data79.secretName;
              if (typeof data89 !== "string") {
                const err117 = { instancePath: instancePath + "/spec/modelSecretRef/secretName", schemaPath: "#/properties/spec/properties/modelSecretRef/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.spec.properties.modelSecretRef.properties.secretName.type, parentSchema: schema12.properties.spec.properties.modelSecretRef.properties.secretName, data: data89 };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
          } else {
            const err118 = { instancePath: instancePath + "/spec/modelSecretRef", schemaPath: "#/properties/spec/properties/modelSecretRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.properties.modelSecretRef.type, parentSchema: schema12.properties.spec.properties.modelSecretRef, data: data79 };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
      } else {
        const err119 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.spec.type, parentSchema: schema12.properties.spec, data: data9 };
        if (vErrors === null) {
          vErrors = [err119];
        } else {
          vErrors.push(err119);
        }
        errors++;
      }
    }
  } else {
    const err120 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data2 };
    if (vErrors === null) {
      vErrors = [err120];
    } else {
      vErrors.push(err120);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var CompilerConfig = validate12;
var schema13 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://litellm-gitops.dev/schemas/v1alpha1/compilerconfig.json", "title": "CompilerConfig", "description": "CompilerConfig (litellm-gitops.dev/v1alpha1): how litellm-gitops compiles a project. At most one per project; every field is optional and the compiler applies the defaults shown here itself. Hand-written (not generated from a CRD); see docs/schemas.md.", "type": "object", "properties": { "apiVersion": { "description": "API group and version of the resource: always `litellm-gitops.dev/v1alpha1`.", "type": "string", "const": "litellm-gitops.dev/v1alpha1" }, "kind": { "description": "Kind of the resource: always `CompilerConfig`.", "type": "string", "const": "CompilerConfig" }, "metadata": { "title": "CompilerConfigMetadata", "description": "Kubernetes-style metadata. Optional: the compiler reads nothing from it; it only keeps the file shaped like a Kubernetes object for editors and linters.", "type": "object", "properties": { "name": { "description": "Name of the configuration (informational).", "type": "string" }, "namespace": { "description": "Namespace (informational; see `spec.defaults.namespace` for the namespace of resources without one).", "type": "string" }, "labels": { "description": "Labels: a map of string keys to string values (informational).", "type": "object", "additionalProperties": { "type": "string" } }, "annotations": { "description": "Annotations: a map of string keys to string values (informational).", "type": "object", "additionalProperties": { "type": "string" } } }, "additionalProperties": false }, "spec": { "title": "CompilerConfigSpec", "description": "The compiler settings.", "type": "object", "properties": { "secretStore": { "title": "SecretStoreRef", "description": "The External Secrets Operator store that every emitted ExternalSecret reads from (its `spec.secretStoreRef`).", "type": "object", "properties": { "kind": { "description": "Kind of the store: a cluster-wide `ClusterSecretStore` or a namespaced `SecretStore` (which must then exist in every instance's namespace).", "type": "string", "enum": ["ClusterSecretStore", "SecretStore"], "default": "ClusterSecretStore" }, "name": { "description": "Name of the store.", "type": "string", "minLength": 1, "default": "litellm" } }, "additionalProperties": false }, "remoteKeyTemplate": { "description": "Handlebars template of the key in the external secret store (an ExternalSecret's `remoteRef.key`) for each Kubernetes Secret the inputs refer to. Variables: `namespace`, `secretName`, `key` (the Secret's data key) and `instance` (the LiteLLMInstance). A missing variable is a diagnostic, not an empty string.", "type": "string", "minLength": 1, "default": "litellm/{{namespace}}/{{secretName}}" }, "remotePropertyTemplate": { "description": "Handlebars template of the property within the remote key (an ExternalSecret's `remoteRef.property`), with the same variables as `remoteKeyTemplate`.", "type": "string", "minLength": 1, "default": "{{key}}" }, "refreshInterval": { "description": "How often External Secrets Operator re-reads the store (an ExternalSecret's `spec.refreshInterval`): a Go duration such as `1h`, `30m` or `1h30m`; `0` disables refreshing.", "type": "string", "pattern": "^(0|([0-9]+(\\.[0-9]+)?(ns|us|\xB5s|ms|s|m|h))+)$", "default": "1h" }, "externalSecrets": { "description": "Whether to emit an ExternalSecret for every Kubernetes Secret the inputs refer to. `false` means the Secrets are managed elsewhere (SOPS, Sealed Secrets, by hand): only the env wiring (`secretKeyRef`) is emitted.", "type": "boolean", "default": true }, "clusterSecrets": { "description": "Kubernetes Secrets made in the cluster, not fetched from the secret store: referenced as usual, but no ExternalSecret is emitted for them and `secrets` lists them apart. Each item is `name` (that Secret in any namespace) or `namespace/name`. Secrets made by a producer among the inputs (a CloudNativePG `Cluster`'s `<cluster>-app`, a `SealedSecret`, a SOPS-encrypted `Secret`) need not be listed: they are detected.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^([a-z0-9]([-a-z0-9]*[a-z0-9])?/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "maxLength": 317 }, "default": [] }, "targets": { "description": "What `build` emits: `manifests` (plain Kubernetes objects with kustomization.yaml files) and/or `helm` (values for the official litellm-helm chart, with their Argo CD / Flux wrappers).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "enum": ["manifests", "helm"] }, "default": ["manifests"] }, "defaults": { "title": "CompilerDefaults", "description": "Values used where the inputs leave something out.", "type": "object", "properties": { "namespace": { "description": "Namespace of resources without `metadata.namespace` (a DNS-1123 label).", "type": "string", "maxLength": 63, "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "default": "default" }, "image": { "description": "LiteLLM proxy image of instances without `spec.image` (the default is the operator CRD's).", "type": "string", "minLength": 1, "default": "ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1" } }, "additionalProperties": false }, "helm": { "title": "HelmSettings", "description": "Settings of the `helm` target: the litellm-helm chart and the GitOps wrappers emitted around its values.", "type": "object", "properties": { "chart": { "title": "HelmChart", "description": "The litellm-helm chart the values are written for.", "type": "object", "properties": { "repository": { "description": "Chart repository (an OCI or HTTPS Helm repository URL).", "type": "string", "minLength": 1, "default": "oci://ghcr.io/berriai/litellm-helm" }, "version": { "description": "Chart version (litellm-helm versions follow LiteLLM's from 1.84.0 on).", "type": "string", "minLength": 1, "default": "1.85.1" } }, "additionalProperties": false }, "argocd": { "title": "ArgoCDSettings", "description": "An Argo CD Application per instance that installs the chart with the emitted values.", "type": "object", "properties": { "enabled": { "description": "Whether to emit the Argo CD Application.", "type": "boolean", "default": true }, "namespace": { "description": `Namespace of the Application object: the one Argo CD watches for Applications (its own, unless "Applications in any namespace" is enabled). The chart is installed into the instance's namespace either way.`, "type": "string", "maxLength": 63, "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "default": "argocd" }, "project": { "description": "Argo CD project of the Application.", "type": "string", "minLength": 1, "default": "default" }, "destinationServer": { "description": "API server URL of the destination cluster (`spec.destination.server`).", "type": "string", "minLength": 1, "default": "https://kubernetes.default.svc" }, "syncPolicy": { "title": "ArgoCDSyncPolicy", "description": "Sync policy of the Application.", "type": "object", "properties": { "automated": { "description": "Whether Argo CD syncs automatically (`syncPolicy.automated`).", "type": "boolean", "default": true } }, "additionalProperties": false } }, "additionalProperties": false }, "flux": { "title": "FluxHelmSettings", "description": "A Flux HelmRelease (with its chart source) per instance that installs the chart with the emitted values.", "type": "object", "properties": { "enabled": { "description": "Whether to emit the Flux HelmRelease and its source.", "type": "boolean", "default": true }, "interval": { "description": "Reconciliation interval of the HelmRelease (a Go duration such as `10m`).", "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "default": "10m" } }, "additionalProperties": false } }, "additionalProperties": false }, "flux": { "title": "FluxSettings", "description": "Flux GitRepository and Kustomization objects that apply the rendered tree: `build` writes them to DIR/flux/ (not part of DIR/kustomization.yaml; apply them once, or from the cluster's Flux tree). See docs/flux.md.", "type": "object", "properties": { "enabled": { "description": "Whether to emit the Flux GitRepository and Kustomization.", "type": "boolean", "default": false }, "gitRepository": { "title": "FluxGitRepository", "description": "The Git repository that holds the rendered output.", "type": "object", "properties": { "url": { "description": "Repository URL (`https://`, `ssh://` or `git@` form).", "type": "string", "minLength": 1 }, "ref": { "title": "FluxGitRef", "description": "Git reference to check out; when several are set, Flux's precedence applies (commit, then semver, then tag, then branch).", "type": "object", "properties": { "branch": { "description": "Branch to follow.", "type": "string" }, "tag": { "description": "Tag to check out.", "type": "string" }, "semver": { "description": "Semantic version range of tags to follow.", "type": "string" }, "commit": { "description": "Commit SHA to check out.", "type": "string" } }, "additionalProperties": false } }, "additionalProperties": false }, "path": { "description": "Path of the rendered tree within the repository (the Kustomization's `spec.path`).", "type": "string", "default": "./rendered" }, "interval": { "description": "Reconciliation interval of the GitRepository and Kustomization (a Go duration such as `10m`).", "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "default": "10m" }, "prune": { "description": "Whether Flux deletes objects that disappeared from the rendered tree.", "type": "boolean", "default": true } }, "additionalProperties": false } }, "additionalProperties": false } }, "additionalProperties": false };
var pattern7 = new RegExp("^(0|([0-9]+(\\.[0-9]+)?(ns|us|\xB5s|ms|s|m|h))+)$", "u");
var pattern8 = new RegExp("^([a-z0-9]([-a-z0-9]*[a-z0-9])?/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "u");
var pattern11 = new RegExp("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "u");
function validate12(data2, { instancePath = "", parentData, parentDataProperty, rootData = data2 } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
    for (const key0 in data2) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data: data2 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data2.apiVersion !== void 0) {
      let data0 = data2.apiVersion;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.apiVersion.type, parentSchema: schema13.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if ("litellm-gitops.dev/v1alpha1" !== data0) {
        const err2 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "litellm-gitops.dev/v1alpha1" }, message: "must be equal to constant", schema: "litellm-gitops.dev/v1alpha1", parentSchema: schema13.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data2.kind !== void 0) {
      let data1 = data2.kind;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.kind.type, parentSchema: schema13.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if ("CompilerConfig" !== data1) {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "CompilerConfig" }, message: "must be equal to constant", schema: "CompilerConfig", parentSchema: schema13.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data2.metadata !== void 0) {
      let data22 = data2.metadata;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        for (const key1 in data22) {
          if (!(key1 === "name" || key1 === "namespace" || key1 === "labels" || key1 === "annotations")) {
            const err5 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.metadata, data: data22 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data22.name !== void 0) {
          let data3 = data22.name;
          if (typeof data3 !== "string") {
            const err6 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.metadata.properties.name.type, parentSchema: schema13.properties.metadata.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data22.namespace !== void 0) {
          let data4 = data22.namespace;
          if (typeof data4 !== "string") {
            const err7 = { instancePath: instancePath + "/metadata/namespace", schemaPath: "#/properties/metadata/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.metadata.properties.namespace.type, parentSchema: schema13.properties.metadata.properties.namespace, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data22.labels !== void 0) {
          let data5 = data22.labels;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              let data6 = data5[key2];
              if (typeof data6 !== "string") {
                const err8 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema13.properties.metadata.properties.labels.additionalProperties, data: data6 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.metadata.properties.labels.type, parentSchema: schema13.properties.metadata.properties.labels, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data22.annotations !== void 0) {
          let data7 = data22.annotations;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key3 in data7) {
              let data8 = data7[key3];
              if (typeof data8 !== "string") {
                const err10 = { instancePath: instancePath + "/metadata/annotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema13.properties.metadata.properties.annotations.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.metadata.properties.annotations.type, parentSchema: schema13.properties.metadata.properties.annotations, data: data7 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.metadata.type, parentSchema: schema13.properties.metadata, data: data22 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data2.spec !== void 0) {
      let data9 = data2.spec;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key4 in data9) {
          if (!func2.call(schema13.properties.spec.properties, key4)) {
            const err13 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.spec, data: data9 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data9.secretStore !== void 0) {
          let data10 = data9.secretStore;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key5 in data10) {
              if (!(key5 === "kind" || key5 === "name")) {
                const err14 = { instancePath: instancePath + "/spec/secretStore", schemaPath: "#/properties/spec/properties/secretStore/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.spec.properties.secretStore, data: data10 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data10.kind !== void 0) {
              let data11 = data10.kind;
              if (typeof data11 !== "string") {
                const err15 = { instancePath: instancePath + "/spec/secretStore/kind", schemaPath: "#/properties/spec/properties/secretStore/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.secretStore.properties.kind.type, parentSchema: schema13.properties.spec.properties.secretStore.properties.kind, data: data11 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              if (!(data11 === "ClusterSecretStore" || data11 === "SecretStore")) {
                const err16 = { instancePath: instancePath + "/spec/secretStore/kind", schemaPath: "#/properties/spec/properties/secretStore/properties/kind/enum", keyword: "enum", params: { allowedValues: schema13.properties.spec.properties.secretStore.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.spec.properties.secretStore.properties.kind.enum, parentSchema: schema13.properties.spec.properties.secretStore.properties.kind, data: data11 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data10.name !== void 0) {
              let data12 = data10.name;
              if (typeof data12 === "string") {
                if (func3(data12) < 1) {
                  const err17 = { instancePath: instancePath + "/spec/secretStore/name", schemaPath: "#/properties/spec/properties/secretStore/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.spec.properties.secretStore.properties.name, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/spec/secretStore/name", schemaPath: "#/properties/spec/properties/secretStore/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.secretStore.properties.name.type, parentSchema: schema13.properties.spec.properties.secretStore.properties.name, data: data12 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/spec/secretStore", schemaPath: "#/properties/spec/properties/secretStore/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.spec.properties.secretStore.type, parentSchema: schema13.properties.spec.properties.secretStore, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data9.remoteKeyTemplate !== void 0) {
          let data13 = data9.remoteKeyTemplate;
          if (typeof data13 === "string") {
            if (func3(data13) < 1) {
              const err20 = { instancePath: instancePath + "/spec/remoteKeyTemplate", schemaPath: "#/properties/spec/properties/remoteKeyTemplate/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.spec.properties.remoteKeyTemplate, data: data13 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/spec/remoteKeyTemplate", schemaPath: "#/properties/spec/properties/remoteKeyTemplate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.remoteKeyTemplate.type, parentSchema: schema13.properties.spec.properties.remoteKeyTemplate, data: data13 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data9.remotePropertyTemplate !== void 0) {
          let data14 = data9.remotePropertyTemplate;
          if (typeof data14 === "string") {
            if (func3(data14) < 1) {
              const err22 = { instancePath: instancePath + "/spec/remotePropertyTemplate", schemaPath: "#/properties/spec/properties/remotePropertyTemplate/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.spec.properties.remotePropertyTemplate, data: data14 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/spec/remotePropertyTemplate", schemaPath: "#/properties/spec/properties/remotePropertyTemplate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.remotePropertyTemplate.type, parentSchema: schema13.properties.spec.properties.remotePropertyTemplate, data: data14 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data9.refreshInterval !== void 0) {
          let data15 = data9.refreshInterval;
          if (typeof data15 === "string") {
            if (!pattern7.test(data15)) {
              const err24 = { instancePath: instancePath + "/spec/refreshInterval", schemaPath: "#/properties/spec/properties/refreshInterval/pattern", keyword: "pattern", params: { pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|\xB5s|ms|s|m|h))+)$" }, message: 'must match pattern "^(0|([0-9]+(\\.[0-9]+)?(ns|us|\xB5s|ms|s|m|h))+)$"', schema: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|\xB5s|ms|s|m|h))+)$", parentSchema: schema13.properties.spec.properties.refreshInterval, data: data15 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/spec/refreshInterval", schemaPath: "#/properties/spec/properties/refreshInterval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.refreshInterval.type, parentSchema: schema13.properties.spec.properties.refreshInterval, data: data15 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data9.externalSecrets !== void 0) {
          let data16 = data9.externalSecrets;
          if (typeof data16 !== "boolean") {
            const err26 = { instancePath: instancePath + "/spec/externalSecrets", schemaPath: "#/properties/spec/properties/externalSecrets/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.spec.properties.externalSecrets.type, parentSchema: schema13.properties.spec.properties.externalSecrets, data: data16 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data9.clusterSecrets !== void 0) {
          let data17 = data9.clusterSecrets;
          if (Array.isArray(data17)) {
            const len0 = data17.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data18 = data17[i0];
              if (typeof data18 === "string") {
                if (func3(data18) > 317) {
                  const err27 = { instancePath: instancePath + "/spec/clusterSecrets/" + i0, schemaPath: "#/properties/spec/properties/clusterSecrets/items/maxLength", keyword: "maxLength", params: { limit: 317 }, message: "must NOT have more than 317 characters", schema: 317, parentSchema: schema13.properties.spec.properties.clusterSecrets.items, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (!pattern8.test(data18)) {
                  const err28 = { instancePath: instancePath + "/spec/clusterSecrets/" + i0, schemaPath: "#/properties/spec/properties/clusterSecrets/items/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: 'must match pattern "^([a-z0-9]([-a-z0-9]*[a-z0-9])?/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"', schema: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?/)?[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", parentSchema: schema13.properties.spec.properties.clusterSecrets.items, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/spec/clusterSecrets/" + i0, schemaPath: "#/properties/spec/properties/clusterSecrets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.clusterSecrets.items.type, parentSchema: schema13.properties.spec.properties.clusterSecrets.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            let i1 = data17.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data17[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err30 = { instancePath: instancePath + "/spec/clusterSecrets", schemaPath: "#/properties/spec/properties/clusterSecrets/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema13.properties.spec.properties.clusterSecrets, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/spec/clusterSecrets", schemaPath: "#/properties/spec/properties/clusterSecrets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.spec.properties.clusterSecrets.type, parentSchema: schema13.properties.spec.properties.clusterSecrets, data: data17 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data9.targets !== void 0) {
          let data19 = data9.targets;
          if (Array.isArray(data19)) {
            if (data19.length < 1) {
              const err32 = { instancePath: instancePath + "/spec/targets", schemaPath: "#/properties/spec/properties/targets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.properties.spec.properties.targets, data: data19 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            const len1 = data19.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data20 = data19[i2];
              if (typeof data20 !== "string") {
                const err33 = { instancePath: instancePath + "/spec/targets/" + i2, schemaPath: "#/properties/spec/properties/targets/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.targets.items.type, parentSchema: schema13.properties.spec.properties.targets.items, data: data20 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              if (!(data20 === "manifests" || data20 === "helm")) {
                const err34 = { instancePath: instancePath + "/spec/targets/" + i2, schemaPath: "#/properties/spec/properties/targets/items/enum", keyword: "enum", params: { allowedValues: schema13.properties.spec.properties.targets.items.enum }, message: "must be equal to one of the allowed values", schema: schema13.properties.spec.properties.targets.items.enum, parentSchema: schema13.properties.spec.properties.targets.items, data: data20 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            let i3 = data19.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data19[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err35 = { instancePath: instancePath + "/spec/targets", schemaPath: "#/properties/spec/properties/targets/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema13.properties.spec.properties.targets, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/spec/targets", schemaPath: "#/properties/spec/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.spec.properties.targets.type, parentSchema: schema13.properties.spec.properties.targets, data: data19 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data9.defaults !== void 0) {
          let data21 = data9.defaults;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key6 in data21) {
              if (!(key6 === "namespace" || key6 === "image")) {
                const err37 = { instancePath: instancePath + "/spec/defaults", schemaPath: "#/properties/spec/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.spec.properties.defaults, data: data21 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data21.namespace !== void 0) {
              let data22 = data21.namespace;
              if (typeof data22 === "string") {
                if (func3(data22) > 63) {
                  const err38 = { instancePath: instancePath + "/spec/defaults/namespace", schemaPath: "#/properties/spec/properties/defaults/properties/namespace/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema13.properties.spec.properties.defaults.properties.namespace, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (!pattern3.test(data22)) {
                  const err39 = { instancePath: instancePath + "/spec/defaults/namespace", schemaPath: "#/properties/spec/properties/defaults/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema13.properties.spec.properties.defaults.properties.namespace, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = { instancePath: instancePath + "/spec/defaults/namespace", schemaPath: "#/properties/spec/properties/defaults/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.defaults.properties.namespace.type, parentSchema: schema13.properties.spec.properties.defaults.properties.namespace, data: data22 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data21.image !== void 0) {
              let data23 = data21.image;
              if (typeof data23 === "string") {
                if (func3(data23) < 1) {
                  const err41 = { instancePath: instancePath + "/spec/defaults/image", schemaPath: "#/properties/spec/properties/defaults/properties/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.spec.properties.defaults.properties.image, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              } else {
                const err42 = { instancePath: instancePath + "/spec/defaults/image", schemaPath: "#/properties/spec/properties/defaults/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.defaults.properties.image.type, parentSchema: schema13.properties.spec.properties.defaults.properties.image, data: data23 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/spec/defaults", schemaPath: "#/properties/spec/properties/defaults/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.spec.properties.defaults.type, parentSchema: schema13.properties.spec.properties.defaults, data: data21 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data9.helm !== void 0) {
          let data24 = data9.helm;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            for (const key7 in data24) {
              if (!(key7 === "chart" || key7 === "argocd" || key7 === "flux")) {
                const err44 = { instancePath: instancePath + "/spec/helm", schemaPath: "#/properties/spec/properties/helm/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.spec.properties.helm, data: data24 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data24.chart !== void 0) {
              let data25 = data24.chart;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                for (const key8 in data25) {
                  if (!(key8 === "repository" || key8 === "version")) {
                    const err45 = { instancePath: instancePath + "/spec/helm/chart", schemaPath: "#/properties/spec/properties/helm/properties/chart/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.spec.properties.helm.properties.chart, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
                if (data25.repository !== void 0) {
                  let data26 = data25.repository;
                  if (typeof data26 === "string") {
                    if (func3(data26) < 1) {
                      const err46 = { instancePath: instancePath + "/spec/helm/chart/repository", schemaPath: "#/properties/spec/properties/helm/properties/chart/properties/repository/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.spec.properties.helm.properties.chart.properties.repository, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  } else {
                    const err47 = { instancePath: instancePath + "/spec/helm/chart/repository", schemaPath: "#/properties/spec/properties/helm/properties/chart/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.helm.properties.chart.properties.repository.type, parentSchema: schema13.properties.spec.properties.helm.properties.chart.properties.repository, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data25.version !== void 0) {
                  let data27 = data25.version;
                  if (typeof data27 === "string") {
                    if (func3(data27) < 1) {
                      const err48 = { instancePath: instancePath + "/spec/helm/chart/version", schemaPath: "#/properties/spec/properties/helm/properties/chart/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.spec.properties.helm.properties.chart.properties.version, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/spec/helm/chart/version", schemaPath: "#/properties/spec/properties/helm/properties/chart/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.helm.properties.chart.properties.version.type, parentSchema: schema13.properties.spec.properties.helm.properties.chart.properties.version, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/spec/helm/chart", schemaPath: "#/properties/spec/properties/helm/properties/chart/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.spec.properties.helm.properties.chart.type, parentSchema: schema13.properties.spec.properties.helm.properties.chart, data: data25 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data24.argocd !== void 0) {
              let data28 = data24.argocd;
              if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                for (const key9 in data28) {
                  if (!(key9 === "enabled" || key9 === "namespace" || key9 === "project" || key9 === "destinationServer" || key9 === "syncPolicy")) {
                    const err51 = { instancePath: instancePath + "/spec/helm/argocd", schemaPath: "#/properties/spec/properties/helm/properties/argocd/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.spec.properties.helm.properties.argocd, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data28.enabled !== void 0) {
                  let data29 = data28.enabled;
                  if (typeof data29 !== "boolean") {
                    const err52 = { instancePath: instancePath + "/spec/helm/argocd/enabled", schemaPath: "#/properties/spec/properties/helm/properties/argocd/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.spec.properties.helm.properties.argocd.properties.enabled.type, parentSchema: schema13.properties.spec.properties.helm.properties.argocd.properties.enabled, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (data28.namespace !== void 0) {
                  let data30 = data28.namespace;
                  if (typeof data30 === "string") {
                    if (func3(data30) > 63) {
                      const err53 = { instancePath: instancePath + "/spec/helm/argocd/namespace", schemaPath: "#/properties/spec/properties/helm/properties/argocd/properties/namespace/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema13.properties.spec.properties.helm.properties.argocd.properties.namespace, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                    if (!pattern3.test(data30)) {
                      const err54 = { instancePath: instancePath + "/spec/helm/argocd/namespace", schemaPath: "#/properties/spec/properties/helm/properties/argocd/properties/namespace/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema13.properties.spec.properties.helm.properties.argocd.properties.namespace, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  } else {
                    const err55 = { instancePath: instancePath + "/spec/helm/argocd/namespace", schemaPath: "#/properties/spec/properties/helm/properties/argocd/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.helm.properties.argocd.properties.namespace.type, parentSchema: schema13.properties.spec.properties.helm.properties.argocd.properties.namespace, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data28.project !== void 0) {
                  let data31 = data28.project;
                  if (typeof data31 === "string") {
                    if (func3(data31) < 1) {
                      const err56 = { instancePath: instancePath + "/spec/helm/argocd/project", schemaPath: "#/properties/spec/properties/helm/properties/argocd/properties/project/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.spec.properties.helm.properties.argocd.properties.project, data: data31 };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/spec/helm/argocd/project", schemaPath: "#/properties/spec/properties/helm/properties/argocd/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.helm.properties.argocd.properties.project.type, parentSchema: schema13.properties.spec.properties.helm.properties.argocd.properties.project, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data28.destinationServer !== void 0) {
                  let data32 = data28.destinationServer;
                  if (typeof data32 === "string") {
                    if (func3(data32) < 1) {
                      const err58 = { instancePath: instancePath + "/spec/helm/argocd/destinationServer", schemaPath: "#/properties/spec/properties/helm/properties/argocd/properties/destinationServer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.spec.properties.helm.properties.argocd.properties.destinationServer, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                  } else {
                    const err59 = { instancePath: instancePath + "/spec/helm/argocd/destinationServer", schemaPath: "#/properties/spec/properties/helm/properties/argocd/properties/destinationServer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.helm.properties.argocd.properties.destinationServer.type, parentSchema: schema13.properties.spec.properties.helm.properties.argocd.properties.destinationServer, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data28.syncPolicy !== void 0) {
                  let data33 = data28.syncPolicy;
                  if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                    for (const key10 in data33) {
                      if (!(key10 === "automated")) {
                        const err60 = { instancePath: instancePath + "/spec/helm/argocd/syncPolicy", schemaPath: "#/properties/spec/properties/helm/properties/argocd/properties/syncPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.spec.properties.helm.properties.argocd.properties.syncPolicy, data: data33 };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                    if (data33.automated !== void 0) {
                      let data34 = data33.automated;
                      if (typeof data34 !== "boolean") {
                        const err61 = { instancePath: instancePath + "/spec/helm/argocd/syncPolicy/automated", schemaPath: "#/properties/spec/properties/helm/properties/argocd/properties/syncPolicy/properties/automated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.spec.properties.helm.properties.argocd.properties.syncPolicy.properties.automated.type, parentSchema: schema13.properties.spec.properties.helm.properties.argocd.properties.syncPolicy.properties.automated, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err61];
                        } else {
                          vErrors.push(err61);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err62 = { instancePath: instancePath + "/spec/helm/argocd/syncPolicy", schemaPath: "#/properties/spec/properties/helm/properties/argocd/properties/syncPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.spec.properties.helm.properties.argocd.properties.syncPolicy.type, parentSchema: schema13.properties.spec.properties.helm.properties.argocd.properties.syncPolicy, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
              } else {
                const err63 = { instancePath: instancePath + "/spec/helm/argocd", schemaPath: "#/properties/spec/properties/helm/properties/argocd/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.spec.properties.helm.properties.argocd.type, parentSchema: schema13.properties.spec.properties.helm.properties.argocd, data: data28 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data24.flux !== void 0) {
              let data35 = data24.flux;
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                for (const key11 in data35) {
                  if (!(key11 === "enabled" || key11 === "interval")) {
                    const err64 = { instancePath: instancePath + "/spec/helm/flux", schemaPath: "#/properties/spec/properties/helm/properties/flux/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.spec.properties.helm.properties.flux, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data35.enabled !== void 0) {
                  let data36 = data35.enabled;
                  if (typeof data36 !== "boolean") {
                    const err65 = { instancePath: instancePath + "/spec/helm/flux/enabled", schemaPath: "#/properties/spec/properties/helm/properties/flux/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.spec.properties.helm.properties.flux.properties.enabled.type, parentSchema: schema13.properties.spec.properties.helm.properties.flux.properties.enabled, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data35.interval !== void 0) {
                  let data37 = data35.interval;
                  if (typeof data37 === "string") {
                    if (!pattern11.test(data37)) {
                      const err66 = { instancePath: instancePath + "/spec/helm/flux/interval", schemaPath: "#/properties/spec/properties/helm/properties/flux/properties/interval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema13.properties.spec.properties.helm.properties.flux.properties.interval, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  } else {
                    const err67 = { instancePath: instancePath + "/spec/helm/flux/interval", schemaPath: "#/properties/spec/properties/helm/properties/flux/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.helm.properties.flux.properties.interval.type, parentSchema: schema13.properties.spec.properties.helm.properties.flux.properties.interval, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
              } else {
                const err68 = { instancePath: instancePath + "/spec/helm/flux", schemaPath: "#/properties/spec/properties/helm/properties/flux/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.spec.properties.helm.properties.flux.type, parentSchema: schema13.properties.spec.properties.helm.properties.flux, data: data35 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
          } else {
            const err69 = { instancePath: instancePath + "/spec/helm", schemaPath: "#/properties/spec/properties/helm/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.spec.properties.helm.type, parentSchema: schema13.properties.spec.properties.helm, data: data24 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data9.flux !== void 0) {
          let data38 = data9.flux;
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            for (const key12 in data38) {
              if (!(key12 === "enabled" || key12 === "gitRepository" || key12 === "path" || key12 === "interval" || key12 === "prune")) {
                const err70 = { instancePath: instancePath + "/spec/flux", schemaPath: "#/properties/spec/properties/flux/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.spec.properties.flux, data: data38 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data38.enabled !== void 0) {
              let data39 = data38.enabled;
              if (typeof data39 !== "boolean") {
                const err71 = { instancePath: instancePath + "/spec/flux/enabled", schemaPath: "#/properties/spec/properties/flux/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.spec.properties.flux.properties.enabled.type, parentSchema: schema13.properties.spec.properties.flux.properties.enabled, data: data39 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data38.gitRepository !== void 0) {
              let data40 = data38.gitRepository;
              if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                for (const key13 in data40) {
                  if (!(key13 === "url" || key13 === "ref")) {
                    const err72 = { instancePath: instancePath + "/spec/flux/gitRepository", schemaPath: "#/properties/spec/properties/flux/properties/gitRepository/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.spec.properties.flux.properties.gitRepository, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
                if (data40.url !== void 0) {
                  let data41 = data40.url;
                  if (typeof data41 === "string") {
                    if (func3(data41) < 1) {
                      const err73 = { instancePath: instancePath + "/spec/flux/gitRepository/url", schemaPath: "#/properties/spec/properties/flux/properties/gitRepository/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.spec.properties.flux.properties.gitRepository.properties.url, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  } else {
                    const err74 = { instancePath: instancePath + "/spec/flux/gitRepository/url", schemaPath: "#/properties/spec/properties/flux/properties/gitRepository/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.flux.properties.gitRepository.properties.url.type, parentSchema: schema13.properties.spec.properties.flux.properties.gitRepository.properties.url, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
                if (data40.ref !== void 0) {
                  let data42 = data40.ref;
                  if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                    for (const key14 in data42) {
                      if (!(key14 === "branch" || key14 === "tag" || key14 === "semver" || key14 === "commit")) {
                        const err75 = { instancePath: instancePath + "/spec/flux/gitRepository/ref", schemaPath: "#/properties/spec/properties/flux/properties/gitRepository/properties/ref/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.spec.properties.flux.properties.gitRepository.properties.ref, data: data42 };
                        if (vErrors === null) {
                          vErrors = [err75];
                        } else {
                          vErrors.push(err75);
                        }
                        errors++;
                      }
                    }
                    if (data42.branch !== void 0) {
                      let data43 = data42.branch;
                      if (typeof data43 !== "string") {
                        const err76 = { instancePath: instancePath + "/spec/flux/gitRepository/ref/branch", schemaPath: "#/properties/spec/properties/flux/properties/gitRepository/properties/ref/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.flux.properties.gitRepository.properties.ref.properties.branch.type, parentSchema: schema13.properties.spec.properties.flux.properties.gitRepository.properties.ref.properties.branch, data: data43 };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                    }
                    if (data42.tag !== void 0) {
                      let data44 = data42.tag;
                      if (typeof data44 !== "string") {
                        const err77 = { instancePath: instancePath + "/spec/flux/gitRepository/ref/tag", schemaPath: "#/properties/spec/properties/flux/properties/gitRepository/properties/ref/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.flux.properties.gitRepository.properties.ref.properties.tag.type, parentSchema: schema13.properties.spec.properties.flux.properties.gitRepository.properties.ref.properties.tag, data: data44 };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                    if (data42.semver !== void 0) {
                      let data45 = data42.semver;
                      if (typeof data45 !== "string") {
                        const err78 = { instancePath: instancePath + "/spec/flux/gitRepository/ref/semver", schemaPath: "#/properties/spec/properties/flux/properties/gitRepository/properties/ref/properties/semver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.flux.properties.gitRepository.properties.ref.properties.semver.type, parentSchema: schema13.properties.spec.properties.flux.properties.gitRepository.properties.ref.properties.semver, data: data45 };
                        if (vErrors === null) {
                          vErrors = [err78];
                        } else {
                          vErrors.push(err78);
                        }
                        errors++;
                      }
                    }
                    if (data42.commit !== void 0) {
                      let data46 = data42.commit;
                      if (typeof data46 !== "string") {
                        const err79 = { instancePath: instancePath + "/spec/flux/gitRepository/ref/commit", schemaPath: "#/properties/spec/properties/flux/properties/gitRepository/properties/ref/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.flux.properties.gitRepository.properties.ref.properties.commit.type, parentSchema: schema13.properties.spec.properties.flux.properties.gitRepository.properties.ref.properties.commit, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err79];
                        } else {
                          vErrors.push(err79);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err80 = { instancePath: instancePath + "/spec/flux/gitRepository/ref", schemaPath: "#/properties/spec/properties/flux/properties/gitRepository/properties/ref/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.spec.properties.flux.properties.gitRepository.properties.ref.type, parentSchema: schema13.properties.spec.properties.flux.properties.gitRepository.properties.ref, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
              } else {
                const err81 = { instancePath: instancePath + "/spec/flux/gitRepository", schemaPath: "#/properties/spec/properties/flux/properties/gitRepository/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.spec.properties.flux.properties.gitRepository.type, parentSchema: schema13.properties.spec.properties.flux.properties.gitRepository, data: data40 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data38.path !== void 0) {
              let data47 = data38.path;
              if (typeof data47 !== "string") {
                const err82 = { instancePath: instancePath + "/spec/flux/path", schemaPath: "#/properties/spec/properties/flux/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.flux.properties.path.type, parentSchema: schema13.properties.spec.properties.flux.properties.path, data: data47 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
            if (data38.interval !== void 0) {
              let data48 = data38.interval;
              if (typeof data48 === "string") {
                if (!pattern11.test(data48)) {
                  const err83 = { instancePath: instancePath + "/spec/flux/interval", schemaPath: "#/properties/spec/properties/flux/properties/interval/pattern", keyword: "pattern", params: { pattern: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$" }, message: 'must match pattern "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$"', schema: "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", parentSchema: schema13.properties.spec.properties.flux.properties.interval, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              } else {
                const err84 = { instancePath: instancePath + "/spec/flux/interval", schemaPath: "#/properties/spec/properties/flux/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.spec.properties.flux.properties.interval.type, parentSchema: schema13.properties.spec.properties.flux.properties.interval, data: data48 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data38.prune !== void 0) {
              let data49 = data38.prune;
              if (typeof data49 !== "boolean") {
                const err85 = { instancePath: instancePath + "/spec/flux/prune", schemaPath: "#/properties/spec/properties/flux/properties/prune/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.spec.properties.flux.properties.prune.type, parentSchema: schema13.properties.spec.properties.flux.properties.prune, data: data49 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
          } else {
            const err86 = { instancePath: instancePath + "/spec/flux", schemaPath: "#/properties/spec/properties/flux/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.spec.properties.flux.type, parentSchema: schema13.properties.spec.properties.flux, data: data38 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
      } else {
        const err87 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.spec.type, parentSchema: schema13.properties.spec, data: data9 };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
  } else {
    const err88 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data: data2 };
    if (vErrors === null) {
      vErrors = [err88];
    } else {
      vErrors.push(err88);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var Team = validate13;
var schema14 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://litellm-gitops.dev/schemas/v1alpha1/team.json", "title": "Team", "description": "Team: a LiteLLM team (`/team/new`), as the LiteLLM operator (auth.litellm.ai/v1alpha1) defines it. litellm-gitops validates it and writes it into the desired state (`access.json`) that the sync Job of its proxy applies through LiteLLM's management API (see docs/access.md).", "type": "object", "properties": { "apiVersion": { "description": "API group and version of the resource: always `auth.litellm.ai/v1alpha1`.", "type": "string", "const": "auth.litellm.ai/v1alpha1" }, "kind": { "description": "Kind of the resource: always `Team`.", "type": "string", "const": "Team" }, "metadata": { "title": "ObjectMeta", "description": "Standard Kubernetes object metadata. litellm-gitops reads `name`, `namespace`, `labels` and `annotations`; other ObjectMeta fields (for example `uid` or `ownerReferences`) are accepted, as the API server accepts them, and ignored.", "type": "object", "properties": { "annotations": { "description": "Annotations of the resource: a map of string keys to string values.", "type": "object", "additionalProperties": { "type": "string" } }, "labels": { "description": "Labels of the resource: a map of string keys to string values.", "type": "object", "additionalProperties": { "type": "string" } }, "name": { "description": "Name of the resource, unique per kind within its namespace. It must be a DNS-1123 subdomain and short enough for the object names derived from it (checked by the compiler).", "type": "string" }, "namespace": { "description": "Namespace of the resource. When omitted, the CompilerConfig's `spec.defaults.namespace` (default `default`) is used.", "type": "string" } }, "required": ["name"], "additionalProperties": true }, "spec": { "title": "TeamSpec", "description": "TeamSpec defines the desired state of Team", "type": "object", "properties": { "blocked": { "description": "Blocked is a flag indicating if the team is blocked or not - will stop all calls from keys with this team_id", "type": "boolean" }, "budgetDuration": { "description": "BudgetDuration is how often the budget resets (`budget_duration`): a whole number and one unit, `30s`, `30m`, `30h`, `30d`, `2w` or `1mo`. Never, when empty.", "type": "string" }, "connectionRef": { "title": "AuthConnectionRef", "description": "ConnectionRef is the LiteLLM proxy this object lives in: a LiteLLMInstance of the project (`instanceRef`; its sync Job applies the object), or a Secret holding the URL and master key of a proxy deployed elsewhere (`secretRef`; a sync Job is emitted that reads them). One of the two is required.", "type": "object", "properties": { "instanceRef": { "title": "AuthInstanceRef", "description": "A LiteLLMInstance among the inputs; it must resolve (checked by the compiler).", "type": "object", "properties": { "name": { "description": "Name of the LiteLLMInstance.", "type": "string" }, "namespace": { "description": "Namespace of the LiteLLMInstance; defaults to the namespace of this resource (the operator ignores this field; litellm-gitops honours it).", "type": "string" } }, "required": ["name"], "additionalProperties": false }, "secretRef": { "title": "AuthConnectionSecretRef", "description": "A Secret, in the namespace of this resource, holding the URL and the master key of a LiteLLM proxy that this project does not deploy. The sync Job reads both from it.", "type": "object", "properties": { "keys": { "title": "AuthConnectionSecretKeys", "description": "Which data keys of the Secret hold the connection details.", "type": "object", "properties": { "masterKey": { "description": "Data key holding the proxy's master key (the operator's default is `masterkey`).", "type": "string" }, "url": { "description": "Data key holding the proxy's base URL, such as `http://litellm.ai.svc:4000` (the operator's default is `url`).", "type": "string" } }, "required": ["masterKey", "url"], "additionalProperties": false }, "name": { "description": "Name of the Secret.", "type": "string" } }, "required": ["keys", "name"], "additionalProperties": false } }, "additionalProperties": false, "anyOf": [{ "properties": { "instanceRef": true }, "required": ["instanceRef"] }, { "properties": { "secretRef": true }, "required": ["secretRef"] }] }, "guardrails": { "description": "Guardrails enabled for the team (`guardrails`): names of guardrails of the proxy (checked by the compiler). LiteLLM refuses them without an enterprise licence.", "type": "array", "items": { "type": "string" } }, "maxBudget": { "description": 'MaxBudget is the maximum budget of the team in USD (`max_budget`), a non-negative decimal string such as `"100"` or `"12.50"`.', "type": "string" }, "metadata": { "description": "Metadata is the metadata of the team", "type": "object", "additionalProperties": { "type": "string" } }, "modelAliases": { "description": "ModelAliases are model aliases for the team", "type": "object", "additionalProperties": { "type": "string" } }, "models": { "description": "Models the team's keys may call (`models`): model names served by the proxy, access groups its models carry (`modelInfo.accessGroups`), or wildcards that match served models (checked by the compiler). Empty means every model.", "type": "array", "items": { "type": "string" } }, "organizationID": { "description": "OrganizationID is the ID of the organization that the team belongs to. If not set, the team will be created with no organization.", "type": "string" }, "rpmLimit": { "description": "RPMLimit is the maximum requests per minute limit for the team - all keys associated with this team_id will have at max this RPM limit", "type": "integer" }, "tags": { "description": "Tags for tracking spend and/or doing tag-based routing. Requires Enterprise license", "type": "array", "items": { "type": "string" } }, "teamAlias": { "description": "TeamAlias is the alias of the team (`team_alias`); unique per proxy (checked by the compiler).", "type": "string" }, "teamID": { "description": "TeamID is the ID of the team (`team_id`), unique per proxy. When empty, litellm-gitops derives a stable one from the resource (`<namespace>-<name>`), so the team keeps its identity across syncs; VirtualKeys and Users may name it in `teamID`/`teams`.", "type": "string" }, "teamMemberPermissions": { "description": 'TeamMemberPermissions is the list of routes that non-admin team members can access. Example: ["/key/generate", "/key/update", "/key/delete"]', "type": "array", "items": { "type": "string" } }, "tpmLimit": { "description": "TPMLimit is the maximum tokens per minute limit for the team - all keys with this team_id will have at max this TPM limit", "type": "integer" } }, "required": ["connectionRef", "teamAlias"], "additionalProperties": false } }, "required": ["apiVersion", "kind", "metadata", "spec"], "additionalProperties": false };
function validate13(data2, { instancePath = "", parentData, parentDataProperty, rootData = data2 } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
    if (data2.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema14.required, parentSchema: schema14, data: data2 };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data2.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema14.required, parentSchema: schema14, data: data2 };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data2.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema14.required, parentSchema: schema14, data: data2 };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data2.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema14.required, parentSchema: schema14, data: data2 };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data2) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data2.apiVersion !== void 0) {
      let data0 = data2.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.apiVersion.type, parentSchema: schema14.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("auth.litellm.ai/v1alpha1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "auth.litellm.ai/v1alpha1" }, message: "must be equal to constant", schema: "auth.litellm.ai/v1alpha1", parentSchema: schema14.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data2.kind !== void 0) {
      let data1 = data2.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.kind.type, parentSchema: schema14.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("Team" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Team" }, message: "must be equal to constant", schema: "Team", parentSchema: schema14.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data2.metadata !== void 0) {
      let data22 = data2.metadata;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.name === void 0) {
          const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema14.properties.metadata.required, parentSchema: schema14.properties.metadata, data: data22 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data22.annotations !== void 0) {
          let data3 = data22.annotations;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key1 in data3) {
              let data4 = data3[key1];
              if (typeof data4 !== "string") {
                const err10 = { instancePath: instancePath + "/metadata/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema14.properties.metadata.properties.annotations.additionalProperties, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.metadata.properties.annotations.type, parentSchema: schema14.properties.metadata.properties.annotations, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data22.labels !== void 0) {
          let data5 = data22.labels;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              let data6 = data5[key2];
              if (typeof data6 !== "string") {
                const err12 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema14.properties.metadata.properties.labels.additionalProperties, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.metadata.properties.labels.type, parentSchema: schema14.properties.metadata.properties.labels, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data22.name !== void 0) {
          let data7 = data22.name;
          if (typeof data7 !== "string") {
            const err14 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.metadata.properties.name.type, parentSchema: schema14.properties.metadata.properties.name, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data22.namespace !== void 0) {
          let data8 = data22.namespace;
          if (typeof data8 !== "string") {
            const err15 = { instancePath: instancePath + "/metadata/namespace", schemaPath: "#/properties/metadata/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.metadata.properties.namespace.type, parentSchema: schema14.properties.metadata.properties.namespace, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.metadata.type, parentSchema: schema14.properties.metadata, data: data22 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data2.spec !== void 0) {
      let data9 = data2.spec;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.connectionRef === void 0) {
          const err17 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "connectionRef" }, message: "must have required property 'connectionRef'", schema: schema14.properties.spec.required, parentSchema: schema14.properties.spec, data: data9 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data9.teamAlias === void 0) {
          const err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "teamAlias" }, message: "must have required property 'teamAlias'", schema: schema14.properties.spec.required, parentSchema: schema14.properties.spec, data: data9 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key3 in data9) {
          if (!func2.call(schema14.properties.spec.properties, key3)) {
            const err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.spec, data: data9 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data9.blocked !== void 0) {
          let data10 = data9.blocked;
          if (typeof data10 !== "boolean") {
            const err20 = { instancePath: instancePath + "/spec/blocked", schemaPath: "#/properties/spec/properties/blocked/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema14.properties.spec.properties.blocked.type, parentSchema: schema14.properties.spec.properties.blocked, data: data10 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data9.budgetDuration !== void 0) {
          let data11 = data9.budgetDuration;
          if (typeof data11 !== "string") {
            const err21 = { instancePath: instancePath + "/spec/budgetDuration", schemaPath: "#/properties/spec/properties/budgetDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.budgetDuration.type, parentSchema: schema14.properties.spec.properties.budgetDuration, data: data11 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data9.connectionRef !== void 0) {
          let data12 = data9.connectionRef;
          const _errs32 = errors;
          let valid5 = false;
          const _errs33 = errors;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.instanceRef === void 0) {
              const err22 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf/0/required", keyword: "required", params: { missingProperty: "instanceRef" }, message: "must have required property 'instanceRef'", schema: schema14.properties.spec.properties.connectionRef.anyOf[0].required, parentSchema: schema14.properties.spec.properties.connectionRef.anyOf[0], data: data12 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          var _valid0 = _errs33 === errors;
          valid5 = valid5 || _valid0;
          if (!valid5) {
            const _errs34 = errors;
            if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
              if (data12.secretRef === void 0) {
                const err23 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf/1/required", keyword: "required", params: { missingProperty: "secretRef" }, message: "must have required property 'secretRef'", schema: schema14.properties.spec.properties.connectionRef.anyOf[1].required, parentSchema: schema14.properties.spec.properties.connectionRef.anyOf[1], data: data12 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            var _valid0 = _errs34 === errors;
            valid5 = valid5 || _valid0;
          }
          if (!valid5) {
            const err24 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema14.properties.spec.properties.connectionRef.anyOf, parentSchema: schema14.properties.spec.properties.connectionRef, data: data12 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          } else {
            errors = _errs32;
            if (vErrors !== null) {
              if (_errs32) {
                vErrors.length = _errs32;
              } else {
                vErrors = null;
              }
            }
          }
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key4 in data12) {
              if (!(key4 === "instanceRef" || key4 === "secretRef")) {
                const err25 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.spec.properties.connectionRef, data: data12 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data12.instanceRef !== void 0) {
              let data13 = data12.instanceRef;
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.name === void 0) {
                  const err26 = { instancePath: instancePath + "/spec/connectionRef/instanceRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema14.properties.spec.properties.connectionRef.properties.instanceRef.required, parentSchema: schema14.properties.spec.properties.connectionRef.properties.instanceRef, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                for (const key5 in data13) {
                  if (!(key5 === "name" || key5 === "namespace")) {
                    const err27 = { instancePath: instancePath + "/spec/connectionRef/instanceRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.spec.properties.connectionRef.properties.instanceRef, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data13.name !== void 0) {
                  let data14 = data13.name;
                  if (typeof data14 !== "string") {
                    const err28 = { instancePath: instancePath + "/spec/connectionRef/instanceRef/name", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.connectionRef.properties.instanceRef.properties.name.type, parentSchema: schema14.properties.spec.properties.connectionRef.properties.instanceRef.properties.name, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data13.namespace !== void 0) {
                  let data15 = data13.namespace;
                  if (typeof data15 !== "string") {
                    const err29 = { instancePath: instancePath + "/spec/connectionRef/instanceRef/namespace", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.connectionRef.properties.instanceRef.properties.namespace.type, parentSchema: schema14.properties.spec.properties.connectionRef.properties.instanceRef.properties.namespace, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              } else {
                const err30 = { instancePath: instancePath + "/spec/connectionRef/instanceRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.spec.properties.connectionRef.properties.instanceRef.type, parentSchema: schema14.properties.spec.properties.connectionRef.properties.instanceRef, data: data13 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data12.secretRef !== void 0) {
              let data16 = data12.secretRef;
              if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                if (data16.keys === void 0) {
                  const err31 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/required", keyword: "required", params: { missingProperty: "keys" }, message: "must have required property 'keys'", schema: schema14.properties.spec.properties.connectionRef.properties.secretRef.required, parentSchema: schema14.properties.spec.properties.connectionRef.properties.secretRef, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (data16.name === void 0) {
                  const err32 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema14.properties.spec.properties.connectionRef.properties.secretRef.required, parentSchema: schema14.properties.spec.properties.connectionRef.properties.secretRef, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                for (const key6 in data16) {
                  if (!(key6 === "keys" || key6 === "name")) {
                    const err33 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.spec.properties.connectionRef.properties.secretRef, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data16.keys !== void 0) {
                  let data17 = data16.keys;
                  if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                    if (data17.masterKey === void 0) {
                      const err34 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/required", keyword: "required", params: { missingProperty: "masterKey" }, message: "must have required property 'masterKey'", schema: schema14.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.required, parentSchema: schema14.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                    if (data17.url === void 0) {
                      const err35 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema14.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.required, parentSchema: schema14.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                    for (const key7 in data17) {
                      if (!(key7 === "masterKey" || key7 === "url")) {
                        const err36 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                    if (data17.masterKey !== void 0) {
                      let data18 = data17.masterKey;
                      if (typeof data18 !== "string") {
                        const err37 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys/masterKey", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/properties/masterKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.masterKey.type, parentSchema: schema14.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.masterKey, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                    if (data17.url !== void 0) {
                      let data19 = data17.url;
                      if (typeof data19 !== "string") {
                        const err38 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys/url", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.url.type, parentSchema: schema14.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.url, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.type, parentSchema: schema14.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data16.name !== void 0) {
                  let data20 = data16.name;
                  if (typeof data20 !== "string") {
                    const err40 = { instancePath: instancePath + "/spec/connectionRef/secretRef/name", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.connectionRef.properties.secretRef.properties.name.type, parentSchema: schema14.properties.spec.properties.connectionRef.properties.secretRef.properties.name, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.spec.properties.connectionRef.properties.secretRef.type, parentSchema: schema14.properties.spec.properties.connectionRef.properties.secretRef, data: data16 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.spec.properties.connectionRef.type, parentSchema: schema14.properties.spec.properties.connectionRef, data: data12 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data9.guardrails !== void 0) {
          let data21 = data9.guardrails;
          if (Array.isArray(data21)) {
            const len0 = data21.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data22 = data21[i0];
              if (typeof data22 !== "string") {
                const err43 = { instancePath: instancePath + "/spec/guardrails/" + i0, schemaPath: "#/properties/spec/properties/guardrails/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.guardrails.items.type, parentSchema: schema14.properties.spec.properties.guardrails.items, data: data22 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/spec/guardrails", schemaPath: "#/properties/spec/properties/guardrails/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.spec.properties.guardrails.type, parentSchema: schema14.properties.spec.properties.guardrails, data: data21 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data9.maxBudget !== void 0) {
          let data23 = data9.maxBudget;
          if (typeof data23 !== "string") {
            const err45 = { instancePath: instancePath + "/spec/maxBudget", schemaPath: "#/properties/spec/properties/maxBudget/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.maxBudget.type, parentSchema: schema14.properties.spec.properties.maxBudget, data: data23 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data9.metadata !== void 0) {
          let data24 = data9.metadata;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            for (const key8 in data24) {
              let data25 = data24[key8];
              if (typeof data25 !== "string") {
                const err46 = { instancePath: instancePath + "/spec/metadata/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.metadata.additionalProperties.type, parentSchema: schema14.properties.spec.properties.metadata.additionalProperties, data: data25 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/spec/metadata", schemaPath: "#/properties/spec/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.spec.properties.metadata.type, parentSchema: schema14.properties.spec.properties.metadata, data: data24 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data9.modelAliases !== void 0) {
          let data26 = data9.modelAliases;
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            for (const key9 in data26) {
              let data27 = data26[key9];
              if (typeof data27 !== "string") {
                const err48 = { instancePath: instancePath + "/spec/modelAliases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/modelAliases/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.modelAliases.additionalProperties.type, parentSchema: schema14.properties.spec.properties.modelAliases.additionalProperties, data: data27 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/spec/modelAliases", schemaPath: "#/properties/spec/properties/modelAliases/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.spec.properties.modelAliases.type, parentSchema: schema14.properties.spec.properties.modelAliases, data: data26 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data9.models !== void 0) {
          let data28 = data9.models;
          if (Array.isArray(data28)) {
            const len1 = data28.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data29 = data28[i1];
              if (typeof data29 !== "string") {
                const err50 = { instancePath: instancePath + "/spec/models/" + i1, schemaPath: "#/properties/spec/properties/models/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.models.items.type, parentSchema: schema14.properties.spec.properties.models.items, data: data29 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/spec/models", schemaPath: "#/properties/spec/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.spec.properties.models.type, parentSchema: schema14.properties.spec.properties.models, data: data28 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data9.organizationID !== void 0) {
          let data30 = data9.organizationID;
          if (typeof data30 !== "string") {
            const err52 = { instancePath: instancePath + "/spec/organizationID", schemaPath: "#/properties/spec/properties/organizationID/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.organizationID.type, parentSchema: schema14.properties.spec.properties.organizationID, data: data30 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data9.rpmLimit !== void 0) {
          let data31 = data9.rpmLimit;
          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)))) {
            const err53 = { instancePath: instancePath + "/spec/rpmLimit", schemaPath: "#/properties/spec/properties/rpmLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.spec.properties.rpmLimit.type, parentSchema: schema14.properties.spec.properties.rpmLimit, data: data31 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data9.tags !== void 0) {
          let data32 = data9.tags;
          if (Array.isArray(data32)) {
            const len2 = data32.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data33 = data32[i2];
              if (typeof data33 !== "string") {
                const err54 = { instancePath: instancePath + "/spec/tags/" + i2, schemaPath: "#/properties/spec/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.tags.items.type, parentSchema: schema14.properties.spec.properties.tags.items, data: data33 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/spec/tags", schemaPath: "#/properties/spec/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.spec.properties.tags.type, parentSchema: schema14.properties.spec.properties.tags, data: data32 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data9.teamAlias !== void 0) {
          let data34 = data9.teamAlias;
          if (typeof data34 !== "string") {
            const err56 = { instancePath: instancePath + "/spec/teamAlias", schemaPath: "#/properties/spec/properties/teamAlias/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.teamAlias.type, parentSchema: schema14.properties.spec.properties.teamAlias, data: data34 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data9.teamID !== void 0) {
          let data35 = data9.teamID;
          if (typeof data35 !== "string") {
            const err57 = { instancePath: instancePath + "/spec/teamID", schemaPath: "#/properties/spec/properties/teamID/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.teamID.type, parentSchema: schema14.properties.spec.properties.teamID, data: data35 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data9.teamMemberPermissions !== void 0) {
          let data36 = data9.teamMemberPermissions;
          if (Array.isArray(data36)) {
            const len3 = data36.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data37 = data36[i3];
              if (typeof data37 !== "string") {
                const err58 = { instancePath: instancePath + "/spec/teamMemberPermissions/" + i3, schemaPath: "#/properties/spec/properties/teamMemberPermissions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.spec.properties.teamMemberPermissions.items.type, parentSchema: schema14.properties.spec.properties.teamMemberPermissions.items, data: data37 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/spec/teamMemberPermissions", schemaPath: "#/properties/spec/properties/teamMemberPermissions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.properties.spec.properties.teamMemberPermissions.type, parentSchema: schema14.properties.spec.properties.teamMemberPermissions, data: data36 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data9.tpmLimit !== void 0) {
          let data38 = data9.tpmLimit;
          if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)))) {
            const err60 = { instancePath: instancePath + "/spec/tpmLimit", schemaPath: "#/properties/spec/properties/tpmLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.properties.spec.properties.tpmLimit.type, parentSchema: schema14.properties.spec.properties.tpmLimit, data: data38 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.properties.spec.type, parentSchema: schema14.properties.spec, data: data9 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
  } else {
    const err62 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data2 };
    if (vErrors === null) {
      vErrors = [err62];
    } else {
      vErrors.push(err62);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var User = validate14;
var schema15 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://litellm-gitops.dev/schemas/v1alpha1/user.json", "title": "User", "description": "User: a LiteLLM internal user (`/user/new`), as the LiteLLM operator (auth.litellm.ai/v1alpha1) defines it. litellm-gitops validates it and writes it into the desired state (`access.json`) that the sync Job of its proxy applies through LiteLLM's management API (see docs/access.md).", "type": "object", "properties": { "apiVersion": { "description": "API group and version of the resource: always `auth.litellm.ai/v1alpha1`.", "type": "string", "const": "auth.litellm.ai/v1alpha1" }, "kind": { "description": "Kind of the resource: always `User`.", "type": "string", "const": "User" }, "metadata": { "title": "ObjectMeta", "description": "Standard Kubernetes object metadata. litellm-gitops reads `name`, `namespace`, `labels` and `annotations`; other ObjectMeta fields (for example `uid` or `ownerReferences`) are accepted, as the API server accepts them, and ignored.", "type": "object", "properties": { "annotations": { "description": "Annotations of the resource: a map of string keys to string values.", "type": "object", "additionalProperties": { "type": "string" } }, "labels": { "description": "Labels of the resource: a map of string keys to string values.", "type": "object", "additionalProperties": { "type": "string" } }, "name": { "description": "Name of the resource, unique per kind within its namespace. It must be a DNS-1123 subdomain and short enough for the object names derived from it (checked by the compiler).", "type": "string" }, "namespace": { "description": "Namespace of the resource. When omitted, the CompilerConfig's `spec.defaults.namespace` (default `default`) is used.", "type": "string" } }, "required": ["name"], "additionalProperties": true }, "spec": { "title": "UserSpec", "description": "UserSpec defines the desired state of User", "type": "object", "properties": { "aliases": { "description": "Aliases is the model aliases for the user", "type": "object", "additionalProperties": { "type": "string" } }, "allowedCacheControls": { "description": "AllowedCacheControls is the list of allowed cache control values", "type": "array", "items": { "type": "string" } }, "autoCreateKey": { "description": "AutoCreateKey: whether LiteLLM creates a key with the user (`auto_create_key`; the operator sends false when omitted, and so does litellm-gitops). The key's value is written by the sync Job to the Secret `<instance>-key-<keyAlias>` (data key `key`), the name the operator uses; `keyAlias` is then required.", "type": "boolean" }, "blocked": { "description": "Blocked is whether the user is blocked", "type": "boolean" }, "budgetDuration": { "description": "BudgetDuration is how often the budget resets (`budget_duration`): `30s`, `30m`, `30h`, `30d`, `2w` or `1mo`.", "type": "string" }, "connectionRef": { "title": "AuthConnectionRef", "description": "ConnectionRef is the LiteLLM proxy this object lives in: a LiteLLMInstance of the project (`instanceRef`; its sync Job applies the object), or a Secret holding the URL and master key of a proxy deployed elsewhere (`secretRef`; a sync Job is emitted that reads them). One of the two is required.", "type": "object", "properties": { "instanceRef": { "title": "AuthInstanceRef", "description": "A LiteLLMInstance among the inputs; it must resolve (checked by the compiler).", "type": "object", "properties": { "name": { "description": "Name of the LiteLLMInstance.", "type": "string" }, "namespace": { "description": "Namespace of the LiteLLMInstance; defaults to the namespace of this resource (the operator ignores this field; litellm-gitops honours it).", "type": "string" } }, "required": ["name"], "additionalProperties": false }, "secretRef": { "title": "AuthConnectionSecretRef", "description": "A Secret, in the namespace of this resource, holding the URL and the master key of a LiteLLM proxy that this project does not deploy. The sync Job reads both from it.", "type": "object", "properties": { "keys": { "title": "AuthConnectionSecretKeys", "description": "Which data keys of the Secret hold the connection details.", "type": "object", "properties": { "masterKey": { "description": "Data key holding the proxy's master key (the operator's default is `masterkey`).", "type": "string" }, "url": { "description": "Data key holding the proxy's base URL, such as `http://litellm.ai.svc:4000` (the operator's default is `url`).", "type": "string" } }, "required": ["masterKey", "url"], "additionalProperties": false }, "name": { "description": "Name of the Secret.", "type": "string" } }, "required": ["keys", "name"], "additionalProperties": false } }, "additionalProperties": false, "anyOf": [{ "properties": { "instanceRef": true }, "required": ["instanceRef"] }, { "properties": { "secretRef": true }, "required": ["secretRef"] }] }, "duration": { "description": "Duration is the validity of the key created with the user (`duration`), a LiteLLM duration such as `30d`.", "type": "string" }, "guardrails": { "description": "Guardrails of the user (`guardrails`), names of guardrails of the proxy.", "type": "array", "items": { "type": "string" } }, "keyAlias": { "description": "KeyAlias is the alias of the key created when `autoCreateKey` is true (`key_alias`); unique per proxy among key aliases.", "type": "string" }, "maxBudget": { "description": "MaxBudget is the maximum budget of the user in USD (`max_budget`), a non-negative decimal string.", "type": "string" }, "maxParallelRequests": { "description": "MaxParallelRequests is the maximum number of parallel requests for the user", "type": "integer" }, "metadata": { "description": "Metadata is the metadata of the user", "type": "object", "additionalProperties": { "type": "string" } }, "modelMaxBudget": { "description": "ModelMaxBudget: budget per model in USD (`model_max_budget`), each a non-negative decimal string, keyed by a model the user may call.", "type": "object", "additionalProperties": { "type": "string" } }, "modelRPMLimit": { "description": "ModelRPMLimit: requests per minute per model (`model_rpm_limit`), each a whole number as a string (the operator's CRD types them as strings).", "type": "object", "additionalProperties": { "type": "string" } }, "modelTPMLimit": { "description": "ModelTPMLimit: tokens per minute per model (`model_tpm_limit`), each a whole number as a string.", "type": "object", "additionalProperties": { "type": "string" } }, "models": { "description": "Models the user may call (`models`): model names served by the proxy, access groups or matching wildcards (checked by the compiler).", "type": "array", "items": { "type": "string" } }, "permissions": { "description": "Permissions is the user-specific permissions", "type": "object", "additionalProperties": { "type": "string" } }, "rpmLimit": { "description": "RPMLimit is the maximum requests per minute for the user", "type": "integer" }, "sendInviteEmail": { "description": "SendInviteEmail is whether to send an invite email to the user - NOTE: the user endpoint will return an error if email alerting is not configured and this is enabled, but the user will still be created.", "type": "boolean" }, "softBudget": { "description": "SoftBudget: spend above which LiteLLM alerts (`soft_budget`), a non-negative decimal string.", "type": "string" }, "spend": { "description": "Spend is the amount already spent (`spend`), a non-negative decimal string. It is LiteLLM's running total: litellm-gitops never sends it (setting it would reset the user's spend at every sync).", "type": "string" }, "ssoUserID": { "description": "SSOUserID is the id of the user in the SSO provider", "type": "string" }, "teams": { "description": "Teams the user joins as a `user` member (`teams`): LiteLLM team IDs, which may be the `teamID` of a Team of the project (or its derived ID) or a team managed elsewhere (warned). For a role or a budget in the team, use a TeamMemberAssociation.", "type": "array", "items": { "type": "string" } }, "tpmLimit": { "description": "TPMLimit is the maximum tokens per minute for the user", "type": "integer" }, "userAlias": { "description": "UserAlias is the alias of the user", "type": "string" }, "userEmail": { "description": "UserEmail is the email of the user (`user_email`); LiteLLM keeps it unique (case-insensitively), and so does the compiler per proxy.", "type": "string" }, "userID": { "description": "UserID is the ID of the user (`user_id`), unique per proxy. When empty, litellm-gitops derives a stable one from the resource (`<namespace>-<name>`).", "type": "string" }, "userRole": { "description": "UserRole is the user's proxy role (`user_role`), one of LiteLLM's `proxy_admin`, `proxy_admin_viewer`, `internal_user`, `internal_user_viewer`.", "type": "string", "enum": ["proxy_admin", "proxy_admin_viewer", "internal_user", "internal_user_viewer"], "x-litellm-gitops-corrections": { "admin": 'Did you mean "proxy_admin"? (The operator\'s docs write `userRole: admin`, which its CRD and LiteLLM reject.)', "viewer": 'Did you mean "proxy_admin_viewer" or "internal_user_viewer"?', "user": 'Did you mean "internal_user"? (`user` is a role inside a team; see TeamMemberAssociation.)', "internal": 'Did you mean "internal_user"?' } } }, "required": ["connectionRef", "userEmail"], "additionalProperties": false } }, "required": ["apiVersion", "kind", "metadata", "spec"], "additionalProperties": false };
function validate14(data2, { instancePath = "", parentData, parentDataProperty, rootData = data2 } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
    if (data2.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema15.required, parentSchema: schema15, data: data2 };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data2.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema15.required, parentSchema: schema15, data: data2 };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data2.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema15.required, parentSchema: schema15, data: data2 };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data2.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema15.required, parentSchema: schema15, data: data2 };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data2) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data2.apiVersion !== void 0) {
      let data0 = data2.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.apiVersion.type, parentSchema: schema15.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("auth.litellm.ai/v1alpha1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "auth.litellm.ai/v1alpha1" }, message: "must be equal to constant", schema: "auth.litellm.ai/v1alpha1", parentSchema: schema15.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data2.kind !== void 0) {
      let data1 = data2.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.kind.type, parentSchema: schema15.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("User" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "User" }, message: "must be equal to constant", schema: "User", parentSchema: schema15.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data2.metadata !== void 0) {
      let data22 = data2.metadata;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.name === void 0) {
          const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.properties.metadata.required, parentSchema: schema15.properties.metadata, data: data22 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data22.annotations !== void 0) {
          let data3 = data22.annotations;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key1 in data3) {
              let data4 = data3[key1];
              if (typeof data4 !== "string") {
                const err10 = { instancePath: instancePath + "/metadata/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema15.properties.metadata.properties.annotations.additionalProperties, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.metadata.properties.annotations.type, parentSchema: schema15.properties.metadata.properties.annotations, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data22.labels !== void 0) {
          let data5 = data22.labels;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              let data6 = data5[key2];
              if (typeof data6 !== "string") {
                const err12 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema15.properties.metadata.properties.labels.additionalProperties, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.metadata.properties.labels.type, parentSchema: schema15.properties.metadata.properties.labels, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data22.name !== void 0) {
          let data7 = data22.name;
          if (typeof data7 !== "string") {
            const err14 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.metadata.properties.name.type, parentSchema: schema15.properties.metadata.properties.name, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data22.namespace !== void 0) {
          let data8 = data22.namespace;
          if (typeof data8 !== "string") {
            const err15 = { instancePath: instancePath + "/metadata/namespace", schemaPath: "#/properties/metadata/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.metadata.properties.namespace.type, parentSchema: schema15.properties.metadata.properties.namespace, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.metadata.type, parentSchema: schema15.properties.metadata, data: data22 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data2.spec !== void 0) {
      let data9 = data2.spec;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.connectionRef === void 0) {
          const err17 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "connectionRef" }, message: "must have required property 'connectionRef'", schema: schema15.properties.spec.required, parentSchema: schema15.properties.spec, data: data9 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data9.userEmail === void 0) {
          const err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "userEmail" }, message: "must have required property 'userEmail'", schema: schema15.properties.spec.required, parentSchema: schema15.properties.spec, data: data9 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key3 in data9) {
          if (!func2.call(schema15.properties.spec.properties, key3)) {
            const err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties.spec, data: data9 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data9.aliases !== void 0) {
          let data10 = data9.aliases;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key4 in data10) {
              let data11 = data10[key4];
              if (typeof data11 !== "string") {
                const err20 = { instancePath: instancePath + "/spec/aliases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/aliases/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.aliases.additionalProperties.type, parentSchema: schema15.properties.spec.properties.aliases.additionalProperties, data: data11 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/spec/aliases", schemaPath: "#/properties/spec/properties/aliases/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.aliases.type, parentSchema: schema15.properties.spec.properties.aliases, data: data10 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data9.allowedCacheControls !== void 0) {
          let data12 = data9.allowedCacheControls;
          if (Array.isArray(data12)) {
            const len0 = data12.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data13 = data12[i0];
              if (typeof data13 !== "string") {
                const err22 = { instancePath: instancePath + "/spec/allowedCacheControls/" + i0, schemaPath: "#/properties/spec/properties/allowedCacheControls/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.allowedCacheControls.items.type, parentSchema: schema15.properties.spec.properties.allowedCacheControls.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/spec/allowedCacheControls", schemaPath: "#/properties/spec/properties/allowedCacheControls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.spec.properties.allowedCacheControls.type, parentSchema: schema15.properties.spec.properties.allowedCacheControls, data: data12 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data9.autoCreateKey !== void 0) {
          let data14 = data9.autoCreateKey;
          if (typeof data14 !== "boolean") {
            const err24 = { instancePath: instancePath + "/spec/autoCreateKey", schemaPath: "#/properties/spec/properties/autoCreateKey/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema15.properties.spec.properties.autoCreateKey.type, parentSchema: schema15.properties.spec.properties.autoCreateKey, data: data14 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data9.blocked !== void 0) {
          let data15 = data9.blocked;
          if (typeof data15 !== "boolean") {
            const err25 = { instancePath: instancePath + "/spec/blocked", schemaPath: "#/properties/spec/properties/blocked/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema15.properties.spec.properties.blocked.type, parentSchema: schema15.properties.spec.properties.blocked, data: data15 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data9.budgetDuration !== void 0) {
          let data16 = data9.budgetDuration;
          if (typeof data16 !== "string") {
            const err26 = { instancePath: instancePath + "/spec/budgetDuration", schemaPath: "#/properties/spec/properties/budgetDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.budgetDuration.type, parentSchema: schema15.properties.spec.properties.budgetDuration, data: data16 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data9.connectionRef !== void 0) {
          let data17 = data9.connectionRef;
          const _errs43 = errors;
          let valid8 = false;
          const _errs44 = errors;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.instanceRef === void 0) {
              const err27 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf/0/required", keyword: "required", params: { missingProperty: "instanceRef" }, message: "must have required property 'instanceRef'", schema: schema15.properties.spec.properties.connectionRef.anyOf[0].required, parentSchema: schema15.properties.spec.properties.connectionRef.anyOf[0], data: data17 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
          var _valid0 = _errs44 === errors;
          valid8 = valid8 || _valid0;
          if (!valid8) {
            const _errs45 = errors;
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
              if (data17.secretRef === void 0) {
                const err28 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf/1/required", keyword: "required", params: { missingProperty: "secretRef" }, message: "must have required property 'secretRef'", schema: schema15.properties.spec.properties.connectionRef.anyOf[1].required, parentSchema: schema15.properties.spec.properties.connectionRef.anyOf[1], data: data17 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            var _valid0 = _errs45 === errors;
            valid8 = valid8 || _valid0;
          }
          if (!valid8) {
            const err29 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.properties.spec.properties.connectionRef.anyOf, parentSchema: schema15.properties.spec.properties.connectionRef, data: data17 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          } else {
            errors = _errs43;
            if (vErrors !== null) {
              if (_errs43) {
                vErrors.length = _errs43;
              } else {
                vErrors = null;
              }
            }
          }
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key5 in data17) {
              if (!(key5 === "instanceRef" || key5 === "secretRef")) {
                const err30 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties.spec.properties.connectionRef, data: data17 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data17.instanceRef !== void 0) {
              let data18 = data17.instanceRef;
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.name === void 0) {
                  const err31 = { instancePath: instancePath + "/spec/connectionRef/instanceRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.properties.spec.properties.connectionRef.properties.instanceRef.required, parentSchema: schema15.properties.spec.properties.connectionRef.properties.instanceRef, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                for (const key6 in data18) {
                  if (!(key6 === "name" || key6 === "namespace")) {
                    const err32 = { instancePath: instancePath + "/spec/connectionRef/instanceRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties.spec.properties.connectionRef.properties.instanceRef, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data18.name !== void 0) {
                  let data19 = data18.name;
                  if (typeof data19 !== "string") {
                    const err33 = { instancePath: instancePath + "/spec/connectionRef/instanceRef/name", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.connectionRef.properties.instanceRef.properties.name.type, parentSchema: schema15.properties.spec.properties.connectionRef.properties.instanceRef.properties.name, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data18.namespace !== void 0) {
                  let data20 = data18.namespace;
                  if (typeof data20 !== "string") {
                    const err34 = { instancePath: instancePath + "/spec/connectionRef/instanceRef/namespace", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.connectionRef.properties.instanceRef.properties.namespace.type, parentSchema: schema15.properties.spec.properties.connectionRef.properties.instanceRef.properties.namespace, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              } else {
                const err35 = { instancePath: instancePath + "/spec/connectionRef/instanceRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.connectionRef.properties.instanceRef.type, parentSchema: schema15.properties.spec.properties.connectionRef.properties.instanceRef, data: data18 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data17.secretRef !== void 0) {
              let data21 = data17.secretRef;
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                if (data21.keys === void 0) {
                  const err36 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/required", keyword: "required", params: { missingProperty: "keys" }, message: "must have required property 'keys'", schema: schema15.properties.spec.properties.connectionRef.properties.secretRef.required, parentSchema: schema15.properties.spec.properties.connectionRef.properties.secretRef, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (data21.name === void 0) {
                  const err37 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema15.properties.spec.properties.connectionRef.properties.secretRef.required, parentSchema: schema15.properties.spec.properties.connectionRef.properties.secretRef, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                for (const key7 in data21) {
                  if (!(key7 === "keys" || key7 === "name")) {
                    const err38 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties.spec.properties.connectionRef.properties.secretRef, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
                if (data21.keys !== void 0) {
                  let data22 = data21.keys;
                  if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                    if (data22.masterKey === void 0) {
                      const err39 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/required", keyword: "required", params: { missingProperty: "masterKey" }, message: "must have required property 'masterKey'", schema: schema15.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.required, parentSchema: schema15.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err39];
                      } else {
                        vErrors.push(err39);
                      }
                      errors++;
                    }
                    if (data22.url === void 0) {
                      const err40 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema15.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.required, parentSchema: schema15.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                    for (const key8 in data22) {
                      if (!(key8 === "masterKey" || key8 === "url")) {
                        const err41 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                    }
                    if (data22.masterKey !== void 0) {
                      let data23 = data22.masterKey;
                      if (typeof data23 !== "string") {
                        const err42 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys/masterKey", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/properties/masterKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.masterKey.type, parentSchema: schema15.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.masterKey, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                    if (data22.url !== void 0) {
                      let data24 = data22.url;
                      if (typeof data24 !== "string") {
                        const err43 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys/url", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.url.type, parentSchema: schema15.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.url, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.type, parentSchema: schema15.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data21.name !== void 0) {
                  let data25 = data21.name;
                  if (typeof data25 !== "string") {
                    const err45 = { instancePath: instancePath + "/spec/connectionRef/secretRef/name", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.connectionRef.properties.secretRef.properties.name.type, parentSchema: schema15.properties.spec.properties.connectionRef.properties.secretRef.properties.name, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
              } else {
                const err46 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.connectionRef.properties.secretRef.type, parentSchema: schema15.properties.spec.properties.connectionRef.properties.secretRef, data: data21 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.connectionRef.type, parentSchema: schema15.properties.spec.properties.connectionRef, data: data17 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data9.duration !== void 0) {
          let data26 = data9.duration;
          if (typeof data26 !== "string") {
            const err48 = { instancePath: instancePath + "/spec/duration", schemaPath: "#/properties/spec/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.duration.type, parentSchema: schema15.properties.spec.properties.duration, data: data26 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data9.guardrails !== void 0) {
          let data27 = data9.guardrails;
          if (Array.isArray(data27)) {
            const len1 = data27.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data28 = data27[i1];
              if (typeof data28 !== "string") {
                const err49 = { instancePath: instancePath + "/spec/guardrails/" + i1, schemaPath: "#/properties/spec/properties/guardrails/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.guardrails.items.type, parentSchema: schema15.properties.spec.properties.guardrails.items, data: data28 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/spec/guardrails", schemaPath: "#/properties/spec/properties/guardrails/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.spec.properties.guardrails.type, parentSchema: schema15.properties.spec.properties.guardrails, data: data27 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data9.keyAlias !== void 0) {
          let data29 = data9.keyAlias;
          if (typeof data29 !== "string") {
            const err51 = { instancePath: instancePath + "/spec/keyAlias", schemaPath: "#/properties/spec/properties/keyAlias/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.keyAlias.type, parentSchema: schema15.properties.spec.properties.keyAlias, data: data29 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data9.maxBudget !== void 0) {
          let data30 = data9.maxBudget;
          if (typeof data30 !== "string") {
            const err52 = { instancePath: instancePath + "/spec/maxBudget", schemaPath: "#/properties/spec/properties/maxBudget/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.maxBudget.type, parentSchema: schema15.properties.spec.properties.maxBudget, data: data30 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data9.maxParallelRequests !== void 0) {
          let data31 = data9.maxParallelRequests;
          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)))) {
            const err53 = { instancePath: instancePath + "/spec/maxParallelRequests", schemaPath: "#/properties/spec/properties/maxParallelRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.spec.properties.maxParallelRequests.type, parentSchema: schema15.properties.spec.properties.maxParallelRequests, data: data31 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data9.metadata !== void 0) {
          let data32 = data9.metadata;
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            for (const key9 in data32) {
              let data33 = data32[key9];
              if (typeof data33 !== "string") {
                const err54 = { instancePath: instancePath + "/spec/metadata/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.metadata.additionalProperties.type, parentSchema: schema15.properties.spec.properties.metadata.additionalProperties, data: data33 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/spec/metadata", schemaPath: "#/properties/spec/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.metadata.type, parentSchema: schema15.properties.spec.properties.metadata, data: data32 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data9.modelMaxBudget !== void 0) {
          let data34 = data9.modelMaxBudget;
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            for (const key10 in data34) {
              let data35 = data34[key10];
              if (typeof data35 !== "string") {
                const err56 = { instancePath: instancePath + "/spec/modelMaxBudget/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/modelMaxBudget/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.modelMaxBudget.additionalProperties.type, parentSchema: schema15.properties.spec.properties.modelMaxBudget.additionalProperties, data: data35 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/spec/modelMaxBudget", schemaPath: "#/properties/spec/properties/modelMaxBudget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.modelMaxBudget.type, parentSchema: schema15.properties.spec.properties.modelMaxBudget, data: data34 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data9.modelRPMLimit !== void 0) {
          let data36 = data9.modelRPMLimit;
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            for (const key11 in data36) {
              let data37 = data36[key11];
              if (typeof data37 !== "string") {
                const err58 = { instancePath: instancePath + "/spec/modelRPMLimit/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/modelRPMLimit/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.modelRPMLimit.additionalProperties.type, parentSchema: schema15.properties.spec.properties.modelRPMLimit.additionalProperties, data: data37 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
          } else {
            const err59 = { instancePath: instancePath + "/spec/modelRPMLimit", schemaPath: "#/properties/spec/properties/modelRPMLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.modelRPMLimit.type, parentSchema: schema15.properties.spec.properties.modelRPMLimit, data: data36 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data9.modelTPMLimit !== void 0) {
          let data38 = data9.modelTPMLimit;
          if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
            for (const key12 in data38) {
              let data39 = data38[key12];
              if (typeof data39 !== "string") {
                const err60 = { instancePath: instancePath + "/spec/modelTPMLimit/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/modelTPMLimit/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.modelTPMLimit.additionalProperties.type, parentSchema: schema15.properties.spec.properties.modelTPMLimit.additionalProperties, data: data39 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
          } else {
            const err61 = { instancePath: instancePath + "/spec/modelTPMLimit", schemaPath: "#/properties/spec/properties/modelTPMLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.modelTPMLimit.type, parentSchema: schema15.properties.spec.properties.modelTPMLimit, data: data38 };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data9.models !== void 0) {
          let data40 = data9.models;
          if (Array.isArray(data40)) {
            const len2 = data40.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data41 = data40[i2];
              if (typeof data41 !== "string") {
                const err62 = { instancePath: instancePath + "/spec/models/" + i2, schemaPath: "#/properties/spec/properties/models/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.models.items.type, parentSchema: schema15.properties.spec.properties.models.items, data: data41 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/spec/models", schemaPath: "#/properties/spec/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.spec.properties.models.type, parentSchema: schema15.properties.spec.properties.models, data: data40 };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data9.permissions !== void 0) {
          let data42 = data9.permissions;
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            for (const key13 in data42) {
              let data43 = data42[key13];
              if (typeof data43 !== "string") {
                const err64 = { instancePath: instancePath + "/spec/permissions/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/permissions/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.permissions.additionalProperties.type, parentSchema: schema15.properties.spec.properties.permissions.additionalProperties, data: data43 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
          } else {
            const err65 = { instancePath: instancePath + "/spec/permissions", schemaPath: "#/properties/spec/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.properties.permissions.type, parentSchema: schema15.properties.spec.properties.permissions, data: data42 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data9.rpmLimit !== void 0) {
          let data44 = data9.rpmLimit;
          if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)))) {
            const err66 = { instancePath: instancePath + "/spec/rpmLimit", schemaPath: "#/properties/spec/properties/rpmLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.spec.properties.rpmLimit.type, parentSchema: schema15.properties.spec.properties.rpmLimit, data: data44 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data9.sendInviteEmail !== void 0) {
          let data45 = data9.sendInviteEmail;
          if (typeof data45 !== "boolean") {
            const err67 = { instancePath: instancePath + "/spec/sendInviteEmail", schemaPath: "#/properties/spec/properties/sendInviteEmail/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema15.properties.spec.properties.sendInviteEmail.type, parentSchema: schema15.properties.spec.properties.sendInviteEmail, data: data45 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data9.softBudget !== void 0) {
          let data46 = data9.softBudget;
          if (typeof data46 !== "string") {
            const err68 = { instancePath: instancePath + "/spec/softBudget", schemaPath: "#/properties/spec/properties/softBudget/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.softBudget.type, parentSchema: schema15.properties.spec.properties.softBudget, data: data46 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data9.spend !== void 0) {
          let data47 = data9.spend;
          if (typeof data47 !== "string") {
            const err69 = { instancePath: instancePath + "/spec/spend", schemaPath: "#/properties/spec/properties/spend/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.spend.type, parentSchema: schema15.properties.spec.properties.spend, data: data47 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data9.ssoUserID !== void 0) {
          let data48 = data9.ssoUserID;
          if (typeof data48 !== "string") {
            const err70 = { instancePath: instancePath + "/spec/ssoUserID", schemaPath: "#/properties/spec/properties/ssoUserID/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.ssoUserID.type, parentSchema: schema15.properties.spec.properties.ssoUserID, data: data48 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data9.teams !== void 0) {
          let data49 = data9.teams;
          if (Array.isArray(data49)) {
            const len3 = data49.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data50 = data49[i3];
              if (typeof data50 !== "string") {
                const err71 = { instancePath: instancePath + "/spec/teams/" + i3, schemaPath: "#/properties/spec/properties/teams/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.teams.items.type, parentSchema: schema15.properties.spec.properties.teams.items, data: data50 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
          } else {
            const err72 = { instancePath: instancePath + "/spec/teams", schemaPath: "#/properties/spec/properties/teams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.properties.spec.properties.teams.type, parentSchema: schema15.properties.spec.properties.teams, data: data49 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data9.tpmLimit !== void 0) {
          let data51 = data9.tpmLimit;
          if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)))) {
            const err73 = { instancePath: instancePath + "/spec/tpmLimit", schemaPath: "#/properties/spec/properties/tpmLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.properties.spec.properties.tpmLimit.type, parentSchema: schema15.properties.spec.properties.tpmLimit, data: data51 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data9.userAlias !== void 0) {
          let data52 = data9.userAlias;
          if (typeof data52 !== "string") {
            const err74 = { instancePath: instancePath + "/spec/userAlias", schemaPath: "#/properties/spec/properties/userAlias/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.userAlias.type, parentSchema: schema15.properties.spec.properties.userAlias, data: data52 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data9.userEmail !== void 0) {
          let data53 = data9.userEmail;
          if (typeof data53 !== "string") {
            const err75 = { instancePath: instancePath + "/spec/userEmail", schemaPath: "#/properties/spec/properties/userEmail/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.userEmail.type, parentSchema: schema15.properties.spec.properties.userEmail, data: data53 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data9.userID !== void 0) {
          let data54 = data9.userID;
          if (typeof data54 !== "string") {
            const err76 = { instancePath: instancePath + "/spec/userID", schemaPath: "#/properties/spec/properties/userID/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.userID.type, parentSchema: schema15.properties.spec.properties.userID, data: data54 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data9.userRole !== void 0) {
          let data55 = data9.userRole;
          if (typeof data55 !== "string") {
            const err77 = { instancePath: instancePath + "/spec/userRole", schemaPath: "#/properties/spec/properties/userRole/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.spec.properties.userRole.type, parentSchema: schema15.properties.spec.properties.userRole, data: data55 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          if (!(data55 === "proxy_admin" || data55 === "proxy_admin_viewer" || data55 === "internal_user" || data55 === "internal_user_viewer")) {
            const err78 = { instancePath: instancePath + "/spec/userRole", schemaPath: "#/properties/spec/properties/userRole/enum", keyword: "enum", params: { allowedValues: schema15.properties.spec.properties.userRole.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.spec.properties.userRole.enum, parentSchema: schema15.properties.spec.properties.userRole, data: data55 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
      } else {
        const err79 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.spec.type, parentSchema: schema15.properties.spec, data: data9 };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
  } else {
    const err80 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data: data2 };
    if (vErrors === null) {
      vErrors = [err80];
    } else {
      vErrors.push(err80);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var VirtualKey = validate15;
var schema16 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://litellm-gitops.dev/schemas/v1alpha1/virtualkey.json", "title": "VirtualKey", "description": "VirtualKey: a LiteLLM virtual key (`/key/generate`), as the LiteLLM operator (auth.litellm.ai/v1alpha1) defines it, plus the litellm-gitops extension `keySecretRef`. litellm-gitops validates it and writes it into the desired state (`access.json`) that the sync Job of its proxy applies through LiteLLM's management API (see docs/access.md).", "type": "object", "properties": { "apiVersion": { "description": "API group and version of the resource: always `auth.litellm.ai/v1alpha1`.", "type": "string", "const": "auth.litellm.ai/v1alpha1" }, "kind": { "description": "Kind of the resource: always `VirtualKey`.", "type": "string", "const": "VirtualKey" }, "metadata": { "title": "ObjectMeta", "description": "Standard Kubernetes object metadata. litellm-gitops reads `name`, `namespace`, `labels` and `annotations`; other ObjectMeta fields (for example `uid` or `ownerReferences`) are accepted, as the API server accepts them, and ignored.", "type": "object", "properties": { "annotations": { "description": "Annotations of the resource: a map of string keys to string values.", "type": "object", "additionalProperties": { "type": "string" } }, "labels": { "description": "Labels of the resource: a map of string keys to string values.", "type": "object", "additionalProperties": { "type": "string" } }, "name": { "description": "Name of the resource, unique per kind within its namespace. It must be a DNS-1123 subdomain and short enough for the object names derived from it (checked by the compiler).", "type": "string" }, "namespace": { "description": "Namespace of the resource. When omitted, the CompilerConfig's `spec.defaults.namespace` (default `default`) is used.", "type": "string" } }, "required": ["name"], "additionalProperties": true }, "spec": { "title": "VirtualKeySpec", "description": "VirtualKeySpec defines the desired state of VirtualKey", "type": "object", "properties": { "aliases": { "description": "Aliases maps additional aliases for the key", "type": "object", "additionalProperties": { "type": "string" } }, "allowedCacheControls": { "description": "AllowedCacheControls defines allowed cache control settings", "type": "array", "items": { "type": "string" } }, "allowedRoutes": { "description": "AllowedRoutes defines allowed API routes", "type": "array", "items": { "type": "string" } }, "blocked": { "description": "Blocked indicates if the key is blocked", "type": "boolean" }, "budgetDuration": { "description": "BudgetDuration is how often the budget resets (`budget_duration`): `30s`, `30m`, `30h`, `30d`, `2w` or `1mo`.", "type": "string" }, "budgetID": { "description": "BudgetID is the identifier for the budget", "type": "string" }, "config": { "description": "Config contains additional configuration settings", "type": "object", "additionalProperties": { "type": "string" } }, "connectionRef": { "title": "AuthConnectionRef", "description": "ConnectionRef is the LiteLLM proxy this object lives in: a LiteLLMInstance of the project (`instanceRef`; its sync Job applies the object), or a Secret holding the URL and master key of a proxy deployed elsewhere (`secretRef`; a sync Job is emitted that reads them). One of the two is required.", "type": "object", "properties": { "instanceRef": { "title": "AuthInstanceRef", "description": "A LiteLLMInstance among the inputs; it must resolve (checked by the compiler).", "type": "object", "properties": { "name": { "description": "Name of the LiteLLMInstance.", "type": "string" }, "namespace": { "description": "Namespace of the LiteLLMInstance; defaults to the namespace of this resource (the operator ignores this field; litellm-gitops honours it).", "type": "string" } }, "required": ["name"], "additionalProperties": false }, "secretRef": { "title": "AuthConnectionSecretRef", "description": "A Secret, in the namespace of this resource, holding the URL and the master key of a LiteLLM proxy that this project does not deploy. The sync Job reads both from it.", "type": "object", "properties": { "keys": { "title": "AuthConnectionSecretKeys", "description": "Which data keys of the Secret hold the connection details.", "type": "object", "properties": { "masterKey": { "description": "Data key holding the proxy's master key (the operator's default is `masterkey`).", "type": "string" }, "url": { "description": "Data key holding the proxy's base URL, such as `http://litellm.ai.svc:4000` (the operator's default is `url`).", "type": "string" } }, "required": ["masterKey", "url"], "additionalProperties": false }, "name": { "description": "Name of the Secret.", "type": "string" } }, "required": ["keys", "name"], "additionalProperties": false } }, "additionalProperties": false, "anyOf": [{ "properties": { "instanceRef": true }, "required": ["instanceRef"] }, { "properties": { "secretRef": true }, "required": ["secretRef"] }] }, "duration": { "description": "Duration is how long the key is valid after it is created (`duration`), a LiteLLM duration such as `30d`; empty means it never expires.", "type": "string" }, "enforcedParams": { "description": "EnforcedParams lists parameters that must be included in requests", "type": "array", "items": { "type": "string" } }, "guardrails": { "description": "Guardrails enabled for the key (`guardrails`), names of guardrails of the proxy. LiteLLM refuses them without an enterprise licence.", "type": "array", "items": { "type": "string" } }, "key": { "description": "Key is a caller-chosen key value (`key`). litellm-gitops rejects a literal value (a credential in Git, LG3008): put the value in the secret store and name it with `keySecretRef`.", "type": "string" }, "keyAlias": { "description": "KeyAlias is the alias of the key (`key_alias`): its identity. LiteLLM keeps it unique, and so does the compiler per proxy. A key without `keySecretRef` is generated by LiteLLM and written to the Secret `<instance>-key-<keyAlias>` (data key `key`), the name the operator uses.", "type": "string" }, "keySecretRef": { "title": "KeySecretRef", "description": "Extension (litellm-gitops): the Kubernetes Secret, in the proxy's namespace, holding this key's value (it must start with `sk-`). The Secret comes from the secret store through an ExternalSecret that `build` emits (or is made in the cluster), so the team that consumes the key reads it from the store and Git never holds it. The sync Job reads it through a `secretKeyRef` and sends it as `key` to `/key/generate`.", "x-litellm-gitops-extension": true, "type": "object", "properties": { "key": { "description": "Data key of the Secret that holds the key value; `key` when omitted.", "type": "string", "default": "key", "minLength": 1 }, "secretName": { "description": "Name of the Secret.", "type": "string", "minLength": 1 } }, "required": ["secretName"], "additionalProperties": false }, "maxBudget": { "description": "MaxBudget is the maximum budget of the key in USD (`max_budget`), a non-negative decimal string. Above its team's budget it is a warning: the team's binds first.", "type": "string" }, "maxParallelRequests": { "description": "MaxParallelRequests limits concurrent requests", "type": "integer" }, "metadata": { "description": "Metadata contains additional metadata", "type": "object", "additionalProperties": { "type": "string" } }, "modelMaxBudget": { "description": "ModelMaxBudget: budget per model in USD (`model_max_budget`), each a non-negative decimal string.", "type": "object", "additionalProperties": { "type": "string" } }, "modelRPMLimit": { "description": "ModelRPMLimit sets RPM limits per model", "type": "object", "additionalProperties": { "type": "integer" } }, "modelTPMLimit": { "description": "ModelTPMLimit sets TPM limits per model", "type": "object", "additionalProperties": { "type": "integer" } }, "models": { "description": "Models the key may call (`models`): model names served by the proxy, access groups or matching wildcards (checked by the compiler).", "type": "array", "items": { "type": "string" } }, "permissions": { "description": "Permissions defines key permissions", "type": "object", "additionalProperties": { "type": "string" } }, "rpmLimit": { "description": "RPMLimit sets global RPM limit", "type": "integer" }, "sendInviteEmail": { "description": "SendInviteEmail indicates whether to send an invite email", "type": "boolean" }, "softBudget": { "description": "SoftBudget is the spend above which LiteLLM alerts (`soft_budget`), a non-negative decimal string.", "type": "string" }, "spend": { "description": "Spend is LiteLLM's running total for the key, a non-negative decimal string; litellm-gitops never sends it.", "type": "string" }, "tags": { "description": "Tags for tracking spend and/or doing tag-based routing. Requires Enterprise license", "type": "array", "items": { "type": "string" } }, "teamID": { "description": "TeamID: the team the key belongs to (`team_id`), the `teamID` (or derived ID) of a Team of the project connected to the same proxy, or a team managed elsewhere (warned).", "type": "string" }, "tpmLimit": { "description": "TPMLimit sets global TPM limit", "type": "integer" }, "userID": { "description": "UserID: the user the key belongs to (`user_id`), the `userID` (or derived ID) of a User of the project connected to the same proxy, or a user managed elsewhere (warned).", "type": "string" } }, "required": ["connectionRef", "keyAlias"], "additionalProperties": false } }, "required": ["apiVersion", "kind", "metadata", "spec"], "additionalProperties": false };
function validate15(data2, { instancePath = "", parentData, parentDataProperty, rootData = data2 } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
    if (data2.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema16.required, parentSchema: schema16, data: data2 };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data2.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema16.required, parentSchema: schema16, data: data2 };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data2.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema16.required, parentSchema: schema16, data: data2 };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data2.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema16.required, parentSchema: schema16, data: data2 };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data2) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data2.apiVersion !== void 0) {
      let data0 = data2.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.apiVersion.type, parentSchema: schema16.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("auth.litellm.ai/v1alpha1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "auth.litellm.ai/v1alpha1" }, message: "must be equal to constant", schema: "auth.litellm.ai/v1alpha1", parentSchema: schema16.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data2.kind !== void 0) {
      let data1 = data2.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.kind.type, parentSchema: schema16.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("VirtualKey" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "VirtualKey" }, message: "must be equal to constant", schema: "VirtualKey", parentSchema: schema16.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data2.metadata !== void 0) {
      let data22 = data2.metadata;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.name === void 0) {
          const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema16.properties.metadata.required, parentSchema: schema16.properties.metadata, data: data22 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data22.annotations !== void 0) {
          let data3 = data22.annotations;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key1 in data3) {
              let data4 = data3[key1];
              if (typeof data4 !== "string") {
                const err10 = { instancePath: instancePath + "/metadata/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema16.properties.metadata.properties.annotations.additionalProperties, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.metadata.properties.annotations.type, parentSchema: schema16.properties.metadata.properties.annotations, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data22.labels !== void 0) {
          let data5 = data22.labels;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              let data6 = data5[key2];
              if (typeof data6 !== "string") {
                const err12 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema16.properties.metadata.properties.labels.additionalProperties, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.metadata.properties.labels.type, parentSchema: schema16.properties.metadata.properties.labels, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data22.name !== void 0) {
          let data7 = data22.name;
          if (typeof data7 !== "string") {
            const err14 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metadata.properties.name.type, parentSchema: schema16.properties.metadata.properties.name, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data22.namespace !== void 0) {
          let data8 = data22.namespace;
          if (typeof data8 !== "string") {
            const err15 = { instancePath: instancePath + "/metadata/namespace", schemaPath: "#/properties/metadata/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.metadata.properties.namespace.type, parentSchema: schema16.properties.metadata.properties.namespace, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.metadata.type, parentSchema: schema16.properties.metadata, data: data22 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data2.spec !== void 0) {
      let data9 = data2.spec;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.connectionRef === void 0) {
          const err17 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "connectionRef" }, message: "must have required property 'connectionRef'", schema: schema16.properties.spec.required, parentSchema: schema16.properties.spec, data: data9 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data9.keyAlias === void 0) {
          const err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "keyAlias" }, message: "must have required property 'keyAlias'", schema: schema16.properties.spec.required, parentSchema: schema16.properties.spec, data: data9 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key3 in data9) {
          if (!func2.call(schema16.properties.spec.properties, key3)) {
            const err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.spec, data: data9 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data9.aliases !== void 0) {
          let data10 = data9.aliases;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key4 in data10) {
              let data11 = data10[key4];
              if (typeof data11 !== "string") {
                const err20 = { instancePath: instancePath + "/spec/aliases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/aliases/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.aliases.additionalProperties.type, parentSchema: schema16.properties.spec.properties.aliases.additionalProperties, data: data11 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/spec/aliases", schemaPath: "#/properties/spec/properties/aliases/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.aliases.type, parentSchema: schema16.properties.spec.properties.aliases, data: data10 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data9.allowedCacheControls !== void 0) {
          let data12 = data9.allowedCacheControls;
          if (Array.isArray(data12)) {
            const len0 = data12.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data13 = data12[i0];
              if (typeof data13 !== "string") {
                const err22 = { instancePath: instancePath + "/spec/allowedCacheControls/" + i0, schemaPath: "#/properties/spec/properties/allowedCacheControls/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.allowedCacheControls.items.type, parentSchema: schema16.properties.spec.properties.allowedCacheControls.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
          } else {
            const err23 = { instancePath: instancePath + "/spec/allowedCacheControls", schemaPath: "#/properties/spec/properties/allowedCacheControls/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.spec.properties.allowedCacheControls.type, parentSchema: schema16.properties.spec.properties.allowedCacheControls, data: data12 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data9.allowedRoutes !== void 0) {
          let data14 = data9.allowedRoutes;
          if (Array.isArray(data14)) {
            const len1 = data14.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data15 = data14[i1];
              if (typeof data15 !== "string") {
                const err24 = { instancePath: instancePath + "/spec/allowedRoutes/" + i1, schemaPath: "#/properties/spec/properties/allowedRoutes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.allowedRoutes.items.type, parentSchema: schema16.properties.spec.properties.allowedRoutes.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/spec/allowedRoutes", schemaPath: "#/properties/spec/properties/allowedRoutes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.spec.properties.allowedRoutes.type, parentSchema: schema16.properties.spec.properties.allowedRoutes, data: data14 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data9.blocked !== void 0) {
          let data16 = data9.blocked;
          if (typeof data16 !== "boolean") {
            const err26 = { instancePath: instancePath + "/spec/blocked", schemaPath: "#/properties/spec/properties/blocked/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.spec.properties.blocked.type, parentSchema: schema16.properties.spec.properties.blocked, data: data16 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data9.budgetDuration !== void 0) {
          let data17 = data9.budgetDuration;
          if (typeof data17 !== "string") {
            const err27 = { instancePath: instancePath + "/spec/budgetDuration", schemaPath: "#/properties/spec/properties/budgetDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.budgetDuration.type, parentSchema: schema16.properties.spec.properties.budgetDuration, data: data17 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data9.budgetID !== void 0) {
          let data18 = data9.budgetID;
          if (typeof data18 !== "string") {
            const err28 = { instancePath: instancePath + "/spec/budgetID", schemaPath: "#/properties/spec/properties/budgetID/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.budgetID.type, parentSchema: schema16.properties.spec.properties.budgetID, data: data18 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data9.config !== void 0) {
          let data19 = data9.config;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            for (const key5 in data19) {
              let data20 = data19[key5];
              if (typeof data20 !== "string") {
                const err29 = { instancePath: instancePath + "/spec/config/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/config/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.config.additionalProperties.type, parentSchema: schema16.properties.spec.properties.config.additionalProperties, data: data20 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/spec/config", schemaPath: "#/properties/spec/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.config.type, parentSchema: schema16.properties.spec.properties.config, data: data19 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data9.connectionRef !== void 0) {
          let data21 = data9.connectionRef;
          const _errs52 = errors;
          let valid11 = false;
          const _errs53 = errors;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.instanceRef === void 0) {
              const err31 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf/0/required", keyword: "required", params: { missingProperty: "instanceRef" }, message: "must have required property 'instanceRef'", schema: schema16.properties.spec.properties.connectionRef.anyOf[0].required, parentSchema: schema16.properties.spec.properties.connectionRef.anyOf[0], data: data21 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
          var _valid0 = _errs53 === errors;
          valid11 = valid11 || _valid0;
          if (!valid11) {
            const _errs54 = errors;
            if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
              if (data21.secretRef === void 0) {
                const err32 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf/1/required", keyword: "required", params: { missingProperty: "secretRef" }, message: "must have required property 'secretRef'", schema: schema16.properties.spec.properties.connectionRef.anyOf[1].required, parentSchema: schema16.properties.spec.properties.connectionRef.anyOf[1], data: data21 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            var _valid0 = _errs54 === errors;
            valid11 = valid11 || _valid0;
          }
          if (!valid11) {
            const err33 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema16.properties.spec.properties.connectionRef.anyOf, parentSchema: schema16.properties.spec.properties.connectionRef, data: data21 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          } else {
            errors = _errs52;
            if (vErrors !== null) {
              if (_errs52) {
                vErrors.length = _errs52;
              } else {
                vErrors = null;
              }
            }
          }
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            for (const key6 in data21) {
              if (!(key6 === "instanceRef" || key6 === "secretRef")) {
                const err34 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.spec.properties.connectionRef, data: data21 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data21.instanceRef !== void 0) {
              let data22 = data21.instanceRef;
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                if (data22.name === void 0) {
                  const err35 = { instancePath: instancePath + "/spec/connectionRef/instanceRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema16.properties.spec.properties.connectionRef.properties.instanceRef.required, parentSchema: schema16.properties.spec.properties.connectionRef.properties.instanceRef, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                for (const key7 in data22) {
                  if (!(key7 === "name" || key7 === "namespace")) {
                    const err36 = { instancePath: instancePath + "/spec/connectionRef/instanceRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.spec.properties.connectionRef.properties.instanceRef, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                }
                if (data22.name !== void 0) {
                  let data23 = data22.name;
                  if (typeof data23 !== "string") {
                    const err37 = { instancePath: instancePath + "/spec/connectionRef/instanceRef/name", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.connectionRef.properties.instanceRef.properties.name.type, parentSchema: schema16.properties.spec.properties.connectionRef.properties.instanceRef.properties.name, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data22.namespace !== void 0) {
                  let data24 = data22.namespace;
                  if (typeof data24 !== "string") {
                    const err38 = { instancePath: instancePath + "/spec/connectionRef/instanceRef/namespace", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.connectionRef.properties.instanceRef.properties.namespace.type, parentSchema: schema16.properties.spec.properties.connectionRef.properties.instanceRef.properties.namespace, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err38];
                    } else {
                      vErrors.push(err38);
                    }
                    errors++;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/spec/connectionRef/instanceRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.connectionRef.properties.instanceRef.type, parentSchema: schema16.properties.spec.properties.connectionRef.properties.instanceRef, data: data22 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data21.secretRef !== void 0) {
              let data25 = data21.secretRef;
              if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                if (data25.keys === void 0) {
                  const err40 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/required", keyword: "required", params: { missingProperty: "keys" }, message: "must have required property 'keys'", schema: schema16.properties.spec.properties.connectionRef.properties.secretRef.required, parentSchema: schema16.properties.spec.properties.connectionRef.properties.secretRef, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                if (data25.name === void 0) {
                  const err41 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema16.properties.spec.properties.connectionRef.properties.secretRef.required, parentSchema: schema16.properties.spec.properties.connectionRef.properties.secretRef, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                for (const key8 in data25) {
                  if (!(key8 === "keys" || key8 === "name")) {
                    const err42 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.spec.properties.connectionRef.properties.secretRef, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
                if (data25.keys !== void 0) {
                  let data26 = data25.keys;
                  if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                    if (data26.masterKey === void 0) {
                      const err43 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/required", keyword: "required", params: { missingProperty: "masterKey" }, message: "must have required property 'masterKey'", schema: schema16.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.required, parentSchema: schema16.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                    if (data26.url === void 0) {
                      const err44 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema16.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.required, parentSchema: schema16.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                    for (const key9 in data26) {
                      if (!(key9 === "masterKey" || key9 === "url")) {
                        const err45 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                    if (data26.masterKey !== void 0) {
                      let data27 = data26.masterKey;
                      if (typeof data27 !== "string") {
                        const err46 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys/masterKey", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/properties/masterKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.masterKey.type, parentSchema: schema16.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.masterKey, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                    }
                    if (data26.url !== void 0) {
                      let data28 = data26.url;
                      if (typeof data28 !== "string") {
                        const err47 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys/url", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.url.type, parentSchema: schema16.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.url, data: data28 };
                        if (vErrors === null) {
                          vErrors = [err47];
                        } else {
                          vErrors.push(err47);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err48 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.type, parentSchema: schema16.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
                if (data25.name !== void 0) {
                  let data29 = data25.name;
                  if (typeof data29 !== "string") {
                    const err49 = { instancePath: instancePath + "/spec/connectionRef/secretRef/name", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.connectionRef.properties.secretRef.properties.name.type, parentSchema: schema16.properties.spec.properties.connectionRef.properties.secretRef.properties.name, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.connectionRef.properties.secretRef.type, parentSchema: schema16.properties.spec.properties.connectionRef.properties.secretRef, data: data25 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.connectionRef.type, parentSchema: schema16.properties.spec.properties.connectionRef, data: data21 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data9.duration !== void 0) {
          let data30 = data9.duration;
          if (typeof data30 !== "string") {
            const err52 = { instancePath: instancePath + "/spec/duration", schemaPath: "#/properties/spec/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.duration.type, parentSchema: schema16.properties.spec.properties.duration, data: data30 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data9.enforcedParams !== void 0) {
          let data31 = data9.enforcedParams;
          if (Array.isArray(data31)) {
            const len2 = data31.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data32 = data31[i2];
              if (typeof data32 !== "string") {
                const err53 = { instancePath: instancePath + "/spec/enforcedParams/" + i2, schemaPath: "#/properties/spec/properties/enforcedParams/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.enforcedParams.items.type, parentSchema: schema16.properties.spec.properties.enforcedParams.items, data: data32 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/spec/enforcedParams", schemaPath: "#/properties/spec/properties/enforcedParams/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.spec.properties.enforcedParams.type, parentSchema: schema16.properties.spec.properties.enforcedParams, data: data31 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data9.guardrails !== void 0) {
          let data33 = data9.guardrails;
          if (Array.isArray(data33)) {
            const len3 = data33.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data34 = data33[i3];
              if (typeof data34 !== "string") {
                const err55 = { instancePath: instancePath + "/spec/guardrails/" + i3, schemaPath: "#/properties/spec/properties/guardrails/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.guardrails.items.type, parentSchema: schema16.properties.spec.properties.guardrails.items, data: data34 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/spec/guardrails", schemaPath: "#/properties/spec/properties/guardrails/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.spec.properties.guardrails.type, parentSchema: schema16.properties.spec.properties.guardrails, data: data33 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data9.key !== void 0) {
          let data35 = data9.key;
          if (typeof data35 !== "string") {
            const err57 = { instancePath: instancePath + "/spec/key", schemaPath: "#/properties/spec/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.key.type, parentSchema: schema16.properties.spec.properties.key, data: data35 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data9.keyAlias !== void 0) {
          let data36 = data9.keyAlias;
          if (typeof data36 !== "string") {
            const err58 = { instancePath: instancePath + "/spec/keyAlias", schemaPath: "#/properties/spec/properties/keyAlias/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.keyAlias.type, parentSchema: schema16.properties.spec.properties.keyAlias, data: data36 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data9.keySecretRef !== void 0) {
          let data37 = data9.keySecretRef;
          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
            if (data37.secretName === void 0) {
              const err59 = { instancePath: instancePath + "/spec/keySecretRef", schemaPath: "#/properties/spec/properties/keySecretRef/required", keyword: "required", params: { missingProperty: "secretName" }, message: "must have required property 'secretName'", schema: schema16.properties.spec.properties.keySecretRef.required, parentSchema: schema16.properties.spec.properties.keySecretRef, data: data37 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            for (const key10 in data37) {
              if (!(key10 === "key" || key10 === "secretName")) {
                const err60 = { instancePath: instancePath + "/spec/keySecretRef", schemaPath: "#/properties/spec/properties/keySecretRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16.properties.spec.properties.keySecretRef, data: data37 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data37.key !== void 0) {
              let data38 = data37.key;
              if (typeof data38 === "string") {
                if (func3(data38) < 1) {
                  const err61 = { instancePath: instancePath + "/spec/keySecretRef/key", schemaPath: "#/properties/spec/properties/keySecretRef/properties/key/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.spec.properties.keySecretRef.properties.key, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = { instancePath: instancePath + "/spec/keySecretRef/key", schemaPath: "#/properties/spec/properties/keySecretRef/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.keySecretRef.properties.key.type, parentSchema: schema16.properties.spec.properties.keySecretRef.properties.key, data: data38 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data37.secretName !== void 0) {
              let data39 = data37.secretName;
              if (typeof data39 === "string") {
                if (func3(data39) < 1) {
                  const err63 = { instancePath: instancePath + "/spec/keySecretRef/secretName", schemaPath: "#/properties/spec/properties/keySecretRef/properties/secretName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16.properties.spec.properties.keySecretRef.properties.secretName, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              } else {
                const err64 = { instancePath: instancePath + "/spec/keySecretRef/secretName", schemaPath: "#/properties/spec/properties/keySecretRef/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.keySecretRef.properties.secretName.type, parentSchema: schema16.properties.spec.properties.keySecretRef.properties.secretName, data: data39 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
          } else {
            const err65 = { instancePath: instancePath + "/spec/keySecretRef", schemaPath: "#/properties/spec/properties/keySecretRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.keySecretRef.type, parentSchema: schema16.properties.spec.properties.keySecretRef, data: data37 };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data9.maxBudget !== void 0) {
          let data40 = data9.maxBudget;
          if (typeof data40 !== "string") {
            const err66 = { instancePath: instancePath + "/spec/maxBudget", schemaPath: "#/properties/spec/properties/maxBudget/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.maxBudget.type, parentSchema: schema16.properties.spec.properties.maxBudget, data: data40 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data9.maxParallelRequests !== void 0) {
          let data41 = data9.maxParallelRequests;
          if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)))) {
            const err67 = { instancePath: instancePath + "/spec/maxParallelRequests", schemaPath: "#/properties/spec/properties/maxParallelRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties.spec.properties.maxParallelRequests.type, parentSchema: schema16.properties.spec.properties.maxParallelRequests, data: data41 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data9.metadata !== void 0) {
          let data42 = data9.metadata;
          if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
            for (const key11 in data42) {
              let data43 = data42[key11];
              if (typeof data43 !== "string") {
                const err68 = { instancePath: instancePath + "/spec/metadata/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/metadata/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.metadata.additionalProperties.type, parentSchema: schema16.properties.spec.properties.metadata.additionalProperties, data: data43 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
          } else {
            const err69 = { instancePath: instancePath + "/spec/metadata", schemaPath: "#/properties/spec/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.metadata.type, parentSchema: schema16.properties.spec.properties.metadata, data: data42 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data9.modelMaxBudget !== void 0) {
          let data44 = data9.modelMaxBudget;
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            for (const key12 in data44) {
              let data45 = data44[key12];
              if (typeof data45 !== "string") {
                const err70 = { instancePath: instancePath + "/spec/modelMaxBudget/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/modelMaxBudget/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.modelMaxBudget.additionalProperties.type, parentSchema: schema16.properties.spec.properties.modelMaxBudget.additionalProperties, data: data45 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
          } else {
            const err71 = { instancePath: instancePath + "/spec/modelMaxBudget", schemaPath: "#/properties/spec/properties/modelMaxBudget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.modelMaxBudget.type, parentSchema: schema16.properties.spec.properties.modelMaxBudget, data: data44 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data9.modelRPMLimit !== void 0) {
          let data46 = data9.modelRPMLimit;
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            for (const key13 in data46) {
              let data47 = data46[key13];
              if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)))) {
                const err72 = { instancePath: instancePath + "/spec/modelRPMLimit/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/modelRPMLimit/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties.spec.properties.modelRPMLimit.additionalProperties.type, parentSchema: schema16.properties.spec.properties.modelRPMLimit.additionalProperties, data: data47 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/spec/modelRPMLimit", schemaPath: "#/properties/spec/properties/modelRPMLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.modelRPMLimit.type, parentSchema: schema16.properties.spec.properties.modelRPMLimit, data: data46 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data9.modelTPMLimit !== void 0) {
          let data48 = data9.modelTPMLimit;
          if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
            for (const key14 in data48) {
              let data49 = data48[key14];
              if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)))) {
                const err74 = { instancePath: instancePath + "/spec/modelTPMLimit/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/modelTPMLimit/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties.spec.properties.modelTPMLimit.additionalProperties.type, parentSchema: schema16.properties.spec.properties.modelTPMLimit.additionalProperties, data: data49 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
          } else {
            const err75 = { instancePath: instancePath + "/spec/modelTPMLimit", schemaPath: "#/properties/spec/properties/modelTPMLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.modelTPMLimit.type, parentSchema: schema16.properties.spec.properties.modelTPMLimit, data: data48 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data9.models !== void 0) {
          let data50 = data9.models;
          if (Array.isArray(data50)) {
            const len4 = data50.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data51 = data50[i4];
              if (typeof data51 !== "string") {
                const err76 = { instancePath: instancePath + "/spec/models/" + i4, schemaPath: "#/properties/spec/properties/models/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.models.items.type, parentSchema: schema16.properties.spec.properties.models.items, data: data51 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
          } else {
            const err77 = { instancePath: instancePath + "/spec/models", schemaPath: "#/properties/spec/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.spec.properties.models.type, parentSchema: schema16.properties.spec.properties.models, data: data50 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data9.permissions !== void 0) {
          let data52 = data9.permissions;
          if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
            for (const key15 in data52) {
              let data53 = data52[key15];
              if (typeof data53 !== "string") {
                const err78 = { instancePath: instancePath + "/spec/permissions/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/permissions/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.permissions.additionalProperties.type, parentSchema: schema16.properties.spec.properties.permissions.additionalProperties, data: data53 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
          } else {
            const err79 = { instancePath: instancePath + "/spec/permissions", schemaPath: "#/properties/spec/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.properties.permissions.type, parentSchema: schema16.properties.spec.properties.permissions, data: data52 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data9.rpmLimit !== void 0) {
          let data54 = data9.rpmLimit;
          if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)))) {
            const err80 = { instancePath: instancePath + "/spec/rpmLimit", schemaPath: "#/properties/spec/properties/rpmLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties.spec.properties.rpmLimit.type, parentSchema: schema16.properties.spec.properties.rpmLimit, data: data54 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data9.sendInviteEmail !== void 0) {
          let data55 = data9.sendInviteEmail;
          if (typeof data55 !== "boolean") {
            const err81 = { instancePath: instancePath + "/spec/sendInviteEmail", schemaPath: "#/properties/spec/properties/sendInviteEmail/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema16.properties.spec.properties.sendInviteEmail.type, parentSchema: schema16.properties.spec.properties.sendInviteEmail, data: data55 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data9.softBudget !== void 0) {
          let data56 = data9.softBudget;
          if (typeof data56 !== "string") {
            const err82 = { instancePath: instancePath + "/spec/softBudget", schemaPath: "#/properties/spec/properties/softBudget/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.softBudget.type, parentSchema: schema16.properties.spec.properties.softBudget, data: data56 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data9.spend !== void 0) {
          let data57 = data9.spend;
          if (typeof data57 !== "string") {
            const err83 = { instancePath: instancePath + "/spec/spend", schemaPath: "#/properties/spec/properties/spend/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.spend.type, parentSchema: schema16.properties.spec.properties.spend, data: data57 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data9.tags !== void 0) {
          let data58 = data9.tags;
          if (Array.isArray(data58)) {
            const len5 = data58.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data59 = data58[i5];
              if (typeof data59 !== "string") {
                const err84 = { instancePath: instancePath + "/spec/tags/" + i5, schemaPath: "#/properties/spec/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.tags.items.type, parentSchema: schema16.properties.spec.properties.tags.items, data: data59 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/spec/tags", schemaPath: "#/properties/spec/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.properties.spec.properties.tags.type, parentSchema: schema16.properties.spec.properties.tags, data: data58 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data9.teamID !== void 0) {
          let data60 = data9.teamID;
          if (typeof data60 !== "string") {
            const err86 = { instancePath: instancePath + "/spec/teamID", schemaPath: "#/properties/spec/properties/teamID/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.teamID.type, parentSchema: schema16.properties.spec.properties.teamID, data: data60 };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
        }
        if (data9.tpmLimit !== void 0) {
          let data61 = data9.tpmLimit;
          if (!(typeof data61 == "number" && (!(data61 % 1) && !isNaN(data61)))) {
            const err87 = { instancePath: instancePath + "/spec/tpmLimit", schemaPath: "#/properties/spec/properties/tpmLimit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties.spec.properties.tpmLimit.type, parentSchema: schema16.properties.spec.properties.tpmLimit, data: data61 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data9.userID !== void 0) {
          let data62 = data9.userID;
          if (typeof data62 !== "string") {
            const err88 = { instancePath: instancePath + "/spec/userID", schemaPath: "#/properties/spec/properties/userID/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties.spec.properties.userID.type, parentSchema: schema16.properties.spec.properties.userID, data: data62 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
        }
      } else {
        const err89 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.properties.spec.type, parentSchema: schema16.properties.spec, data: data9 };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
  } else {
    const err90 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data: data2 };
    if (vErrors === null) {
      vErrors = [err90];
    } else {
      vErrors.push(err90);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var TeamMemberAssociation = validate16;
var schema17 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://litellm-gitops.dev/schemas/v1alpha1/teammemberassociation.json", "title": "TeamMemberAssociation", "description": "TeamMemberAssociation: a User's membership of a Team (`/team/member_add`), as the LiteLLM operator (auth.litellm.ai/v1alpha1) defines it. Both references must resolve to resources of the project connected to the same proxy.", "type": "object", "properties": { "apiVersion": { "description": "API group and version of the resource: always `auth.litellm.ai/v1alpha1`.", "type": "string", "const": "auth.litellm.ai/v1alpha1" }, "kind": { "description": "Kind of the resource: always `TeamMemberAssociation`.", "type": "string", "const": "TeamMemberAssociation" }, "metadata": { "title": "ObjectMeta", "description": "Standard Kubernetes object metadata. litellm-gitops reads `name`, `namespace`, `labels` and `annotations`; other ObjectMeta fields (for example `uid` or `ownerReferences`) are accepted, as the API server accepts them, and ignored.", "type": "object", "properties": { "annotations": { "description": "Annotations of the resource: a map of string keys to string values.", "type": "object", "additionalProperties": { "type": "string" } }, "labels": { "description": "Labels of the resource: a map of string keys to string values.", "type": "object", "additionalProperties": { "type": "string" } }, "name": { "description": "Name of the resource, unique per kind within its namespace. It must be a DNS-1123 subdomain and short enough for the object names derived from it (checked by the compiler).", "type": "string" }, "namespace": { "description": "Namespace of the resource. When omitted, the CompilerConfig's `spec.defaults.namespace` (default `default`) is used.", "type": "string" } }, "required": ["name"], "additionalProperties": true }, "spec": { "title": "TeamMemberAssociationSpec", "description": "TeamMemberAssociationSpec defines the desired state of TeamMemberAssociation", "type": "object", "properties": { "connectionRef": { "title": "AuthConnectionRef", "description": "ConnectionRef is the LiteLLM proxy this object lives in: a LiteLLMInstance of the project (`instanceRef`; its sync Job applies the object), or a Secret holding the URL and master key of a proxy deployed elsewhere (`secretRef`; a sync Job is emitted that reads them). One of the two is required.", "type": "object", "properties": { "instanceRef": { "title": "AuthInstanceRef", "description": "A LiteLLMInstance among the inputs; it must resolve (checked by the compiler).", "type": "object", "properties": { "name": { "description": "Name of the LiteLLMInstance.", "type": "string" }, "namespace": { "description": "Namespace of the LiteLLMInstance; defaults to the namespace of this resource (the operator ignores this field; litellm-gitops honours it).", "type": "string" } }, "required": ["name"], "additionalProperties": false }, "secretRef": { "title": "AuthConnectionSecretRef", "description": "A Secret, in the namespace of this resource, holding the URL and the master key of a LiteLLM proxy that this project does not deploy. The sync Job reads both from it.", "type": "object", "properties": { "keys": { "title": "AuthConnectionSecretKeys", "description": "Which data keys of the Secret hold the connection details.", "type": "object", "properties": { "masterKey": { "description": "Data key holding the proxy's master key (the operator's default is `masterkey`).", "type": "string" }, "url": { "description": "Data key holding the proxy's base URL, such as `http://litellm.ai.svc:4000` (the operator's default is `url`).", "type": "string" } }, "required": ["masterKey", "url"], "additionalProperties": false }, "name": { "description": "Name of the Secret.", "type": "string" } }, "required": ["keys", "name"], "additionalProperties": false } }, "additionalProperties": false, "anyOf": [{ "properties": { "instanceRef": true }, "required": ["instanceRef"] }, { "properties": { "secretRef": true }, "required": ["secretRef"] }] }, "maxBudgetInTeam": { "description": "MaxBudgetInTeam is the user's budget inside the team in USD (`max_budget_in_team`), a non-negative decimal string.", "type": "string" }, "role": { "description": "Role is the user's role in the team (`role`), `admin` or `user`.", "type": "string", "enum": ["admin", "user"], "x-litellm-gitops-corrections": { "member": 'Did you mean "user"? (The operator\'s docs write `role: member`, which its CRD and LiteLLM reject.)', "owner": 'Did you mean "admin"?', "proxy_admin": 'Did you mean "admin"? (`proxy_admin` is a User\'s proxy role, `userRole`.)', "internal_user": 'Did you mean "user"? (`internal_user` is a User\'s proxy role, `userRole`.)' } }, "teamRef": { "title": "TeamRef", "description": "TeamRef is the Team resource (by `name`, and `namespace`, defaulting to this association's) the user joins.", "type": "object", "properties": { "name": { "description": "metadata.name of the referenced resource.", "type": "string" }, "namespace": { "description": "Namespace of the referenced resource; defaults to the namespace of this association.", "type": "string" } }, "required": ["name"], "additionalProperties": false }, "userRef": { "title": "UserRef", "description": "UserRef is the User resource (by `name`, and `namespace`, defaulting to this association's) that joins the team.", "type": "object", "properties": { "name": { "description": "metadata.name of the referenced resource.", "type": "string" }, "namespace": { "description": "Namespace of the referenced resource; defaults to the namespace of this association.", "type": "string" } }, "required": ["name"], "additionalProperties": false } }, "required": ["connectionRef", "role", "teamRef", "userRef"], "additionalProperties": false, "x-litellm-gitops-corrections": { "teamAlias": "A TeamMemberAssociation names the Team resource, not its alias: write `teamRef: {name: <the Team's metadata.name>}`. (The operator's docs use `teamAlias`, which its CRD rejects.)", "userEmail": "A TeamMemberAssociation names the User resource, not its email: write `userRef: {name: <the User's metadata.name>}`. (The operator's docs use `userEmail`, which its CRD rejects.)", "teamID": "Name the Team resource instead: `teamRef: {name: <the Team's metadata.name>}`.", "userID": "Name the User resource instead: `userRef: {name: <the User's metadata.name>}`." } } }, "required": ["apiVersion", "kind", "metadata", "spec"], "additionalProperties": false };
function validate16(data2, { instancePath = "", parentData, parentDataProperty, rootData = data2 } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
    if (data2.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema17.required, parentSchema: schema17, data: data2 };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data2.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema17.required, parentSchema: schema17, data: data2 };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data2.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema17.required, parentSchema: schema17, data: data2 };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data2.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema17.required, parentSchema: schema17, data: data2 };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data2) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data2.apiVersion !== void 0) {
      let data0 = data2.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.apiVersion.type, parentSchema: schema17.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("auth.litellm.ai/v1alpha1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "auth.litellm.ai/v1alpha1" }, message: "must be equal to constant", schema: "auth.litellm.ai/v1alpha1", parentSchema: schema17.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data2.kind !== void 0) {
      let data1 = data2.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.kind.type, parentSchema: schema17.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("TeamMemberAssociation" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "TeamMemberAssociation" }, message: "must be equal to constant", schema: "TeamMemberAssociation", parentSchema: schema17.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data2.metadata !== void 0) {
      let data22 = data2.metadata;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.name === void 0) {
          const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema17.properties.metadata.required, parentSchema: schema17.properties.metadata, data: data22 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data22.annotations !== void 0) {
          let data3 = data22.annotations;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key1 in data3) {
              let data4 = data3[key1];
              if (typeof data4 !== "string") {
                const err10 = { instancePath: instancePath + "/metadata/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema17.properties.metadata.properties.annotations.additionalProperties, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.metadata.properties.annotations.type, parentSchema: schema17.properties.metadata.properties.annotations, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data22.labels !== void 0) {
          let data5 = data22.labels;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key2 in data5) {
              let data6 = data5[key2];
              if (typeof data6 !== "string") {
                const err12 = { instancePath: instancePath + "/metadata/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema17.properties.metadata.properties.labels.additionalProperties, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.metadata.properties.labels.type, parentSchema: schema17.properties.metadata.properties.labels, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data22.name !== void 0) {
          let data7 = data22.name;
          if (typeof data7 !== "string") {
            const err14 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.metadata.properties.name.type, parentSchema: schema17.properties.metadata.properties.name, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data22.namespace !== void 0) {
          let data8 = data22.namespace;
          if (typeof data8 !== "string") {
            const err15 = { instancePath: instancePath + "/metadata/namespace", schemaPath: "#/properties/metadata/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.metadata.properties.namespace.type, parentSchema: schema17.properties.metadata.properties.namespace, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.metadata.type, parentSchema: schema17.properties.metadata, data: data22 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data2.spec !== void 0) {
      let data9 = data2.spec;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.connectionRef === void 0) {
          const err17 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "connectionRef" }, message: "must have required property 'connectionRef'", schema: schema17.properties.spec.required, parentSchema: schema17.properties.spec, data: data9 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data9.role === void 0) {
          const err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema17.properties.spec.required, parentSchema: schema17.properties.spec, data: data9 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data9.teamRef === void 0) {
          const err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "teamRef" }, message: "must have required property 'teamRef'", schema: schema17.properties.spec.required, parentSchema: schema17.properties.spec, data: data9 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data9.userRef === void 0) {
          const err20 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "userRef" }, message: "must have required property 'userRef'", schema: schema17.properties.spec.required, parentSchema: schema17.properties.spec, data: data9 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key3 in data9) {
          if (!(key3 === "connectionRef" || key3 === "maxBudgetInTeam" || key3 === "role" || key3 === "teamRef" || key3 === "userRef")) {
            const err21 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.spec, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data9.connectionRef !== void 0) {
          let data10 = data9.connectionRef;
          const _errs28 = errors;
          let valid5 = false;
          const _errs29 = errors;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.instanceRef === void 0) {
              const err22 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf/0/required", keyword: "required", params: { missingProperty: "instanceRef" }, message: "must have required property 'instanceRef'", schema: schema17.properties.spec.properties.connectionRef.anyOf[0].required, parentSchema: schema17.properties.spec.properties.connectionRef.anyOf[0], data: data10 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          var _valid0 = _errs29 === errors;
          valid5 = valid5 || _valid0;
          if (!valid5) {
            const _errs30 = errors;
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
              if (data10.secretRef === void 0) {
                const err23 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf/1/required", keyword: "required", params: { missingProperty: "secretRef" }, message: "must have required property 'secretRef'", schema: schema17.properties.spec.properties.connectionRef.anyOf[1].required, parentSchema: schema17.properties.spec.properties.connectionRef.anyOf[1], data: data10 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            var _valid0 = _errs30 === errors;
            valid5 = valid5 || _valid0;
          }
          if (!valid5) {
            const err24 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema17.properties.spec.properties.connectionRef.anyOf, parentSchema: schema17.properties.spec.properties.connectionRef, data: data10 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          } else {
            errors = _errs28;
            if (vErrors !== null) {
              if (_errs28) {
                vErrors.length = _errs28;
              } else {
                vErrors = null;
              }
            }
          }
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key4 in data10) {
              if (!(key4 === "instanceRef" || key4 === "secretRef")) {
                const err25 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.spec.properties.connectionRef, data: data10 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data10.instanceRef !== void 0) {
              let data11 = data10.instanceRef;
              if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.name === void 0) {
                  const err26 = { instancePath: instancePath + "/spec/connectionRef/instanceRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema17.properties.spec.properties.connectionRef.properties.instanceRef.required, parentSchema: schema17.properties.spec.properties.connectionRef.properties.instanceRef, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                for (const key5 in data11) {
                  if (!(key5 === "name" || key5 === "namespace")) {
                    const err27 = { instancePath: instancePath + "/spec/connectionRef/instanceRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.spec.properties.connectionRef.properties.instanceRef, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data11.name !== void 0) {
                  let data12 = data11.name;
                  if (typeof data12 !== "string") {
                    const err28 = { instancePath: instancePath + "/spec/connectionRef/instanceRef/name", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.connectionRef.properties.instanceRef.properties.name.type, parentSchema: schema17.properties.spec.properties.connectionRef.properties.instanceRef.properties.name, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data11.namespace !== void 0) {
                  let data13 = data11.namespace;
                  if (typeof data13 !== "string") {
                    const err29 = { instancePath: instancePath + "/spec/connectionRef/instanceRef/namespace", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.connectionRef.properties.instanceRef.properties.namespace.type, parentSchema: schema17.properties.spec.properties.connectionRef.properties.instanceRef.properties.namespace, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              } else {
                const err30 = { instancePath: instancePath + "/spec/connectionRef/instanceRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/instanceRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.spec.properties.connectionRef.properties.instanceRef.type, parentSchema: schema17.properties.spec.properties.connectionRef.properties.instanceRef, data: data11 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data10.secretRef !== void 0) {
              let data14 = data10.secretRef;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.keys === void 0) {
                  const err31 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/required", keyword: "required", params: { missingProperty: "keys" }, message: "must have required property 'keys'", schema: schema17.properties.spec.properties.connectionRef.properties.secretRef.required, parentSchema: schema17.properties.spec.properties.connectionRef.properties.secretRef, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (data14.name === void 0) {
                  const err32 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema17.properties.spec.properties.connectionRef.properties.secretRef.required, parentSchema: schema17.properties.spec.properties.connectionRef.properties.secretRef, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                for (const key6 in data14) {
                  if (!(key6 === "keys" || key6 === "name")) {
                    const err33 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.spec.properties.connectionRef.properties.secretRef, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data14.keys !== void 0) {
                  let data15 = data14.keys;
                  if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                    if (data15.masterKey === void 0) {
                      const err34 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/required", keyword: "required", params: { missingProperty: "masterKey" }, message: "must have required property 'masterKey'", schema: schema17.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.required, parentSchema: schema17.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                    if (data15.url === void 0) {
                      const err35 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema17.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.required, parentSchema: schema17.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err35];
                      } else {
                        vErrors.push(err35);
                      }
                      errors++;
                    }
                    for (const key7 in data15) {
                      if (!(key7 === "masterKey" || key7 === "url")) {
                        const err36 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data15 };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                    if (data15.masterKey !== void 0) {
                      let data16 = data15.masterKey;
                      if (typeof data16 !== "string") {
                        const err37 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys/masterKey", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/properties/masterKey/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.masterKey.type, parentSchema: schema17.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.masterKey, data: data16 };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                    if (data15.url !== void 0) {
                      let data17 = data15.url;
                      if (typeof data17 !== "string") {
                        const err38 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys/url", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.url.type, parentSchema: schema17.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.properties.url, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/spec/connectionRef/secretRef/keys", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/keys/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.spec.properties.connectionRef.properties.secretRef.properties.keys.type, parentSchema: schema17.properties.spec.properties.connectionRef.properties.secretRef.properties.keys, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data14.name !== void 0) {
                  let data18 = data14.name;
                  if (typeof data18 !== "string") {
                    const err40 = { instancePath: instancePath + "/spec/connectionRef/secretRef/name", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.connectionRef.properties.secretRef.properties.name.type, parentSchema: schema17.properties.spec.properties.connectionRef.properties.secretRef.properties.name, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/spec/connectionRef/secretRef", schemaPath: "#/properties/spec/properties/connectionRef/properties/secretRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.spec.properties.connectionRef.properties.secretRef.type, parentSchema: schema17.properties.spec.properties.connectionRef.properties.secretRef, data: data14 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath: instancePath + "/spec/connectionRef", schemaPath: "#/properties/spec/properties/connectionRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.spec.properties.connectionRef.type, parentSchema: schema17.properties.spec.properties.connectionRef, data: data10 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data9.maxBudgetInTeam !== void 0) {
          let data19 = data9.maxBudgetInTeam;
          if (typeof data19 !== "string") {
            const err43 = { instancePath: instancePath + "/spec/maxBudgetInTeam", schemaPath: "#/properties/spec/properties/maxBudgetInTeam/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.maxBudgetInTeam.type, parentSchema: schema17.properties.spec.properties.maxBudgetInTeam, data: data19 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data9.role !== void 0) {
          let data20 = data9.role;
          if (typeof data20 !== "string") {
            const err44 = { instancePath: instancePath + "/spec/role", schemaPath: "#/properties/spec/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.role.type, parentSchema: schema17.properties.spec.properties.role, data: data20 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (!(data20 === "admin" || data20 === "user")) {
            const err45 = { instancePath: instancePath + "/spec/role", schemaPath: "#/properties/spec/properties/role/enum", keyword: "enum", params: { allowedValues: schema17.properties.spec.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.spec.properties.role.enum, parentSchema: schema17.properties.spec.properties.role, data: data20 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data9.teamRef !== void 0) {
          let data21 = data9.teamRef;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.name === void 0) {
              const err46 = { instancePath: instancePath + "/spec/teamRef", schemaPath: "#/properties/spec/properties/teamRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema17.properties.spec.properties.teamRef.required, parentSchema: schema17.properties.spec.properties.teamRef, data: data21 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            for (const key8 in data21) {
              if (!(key8 === "name" || key8 === "namespace")) {
                const err47 = { instancePath: instancePath + "/spec/teamRef", schemaPath: "#/properties/spec/properties/teamRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.spec.properties.teamRef, data: data21 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data21.name !== void 0) {
              let data22 = data21.name;
              if (typeof data22 !== "string") {
                const err48 = { instancePath: instancePath + "/spec/teamRef/name", schemaPath: "#/properties/spec/properties/teamRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.teamRef.properties.name.type, parentSchema: schema17.properties.spec.properties.teamRef.properties.name, data: data22 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data21.namespace !== void 0) {
              let data23 = data21.namespace;
              if (typeof data23 !== "string") {
                const err49 = { instancePath: instancePath + "/spec/teamRef/namespace", schemaPath: "#/properties/spec/properties/teamRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.teamRef.properties.namespace.type, parentSchema: schema17.properties.spec.properties.teamRef.properties.namespace, data: data23 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/spec/teamRef", schemaPath: "#/properties/spec/properties/teamRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.spec.properties.teamRef.type, parentSchema: schema17.properties.spec.properties.teamRef, data: data21 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data9.userRef !== void 0) {
          let data24 = data9.userRef;
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            if (data24.name === void 0) {
              const err51 = { instancePath: instancePath + "/spec/userRef", schemaPath: "#/properties/spec/properties/userRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema17.properties.spec.properties.userRef.required, parentSchema: schema17.properties.spec.properties.userRef, data: data24 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            for (const key9 in data24) {
              if (!(key9 === "name" || key9 === "namespace")) {
                const err52 = { instancePath: instancePath + "/spec/userRef", schemaPath: "#/properties/spec/properties/userRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.spec.properties.userRef, data: data24 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data24.name !== void 0) {
              let data25 = data24.name;
              if (typeof data25 !== "string") {
                const err53 = { instancePath: instancePath + "/spec/userRef/name", schemaPath: "#/properties/spec/properties/userRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.userRef.properties.name.type, parentSchema: schema17.properties.spec.properties.userRef.properties.name, data: data25 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data24.namespace !== void 0) {
              let data26 = data24.namespace;
              if (typeof data26 !== "string") {
                const err54 = { instancePath: instancePath + "/spec/userRef/namespace", schemaPath: "#/properties/spec/properties/userRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.spec.properties.userRef.properties.namespace.type, parentSchema: schema17.properties.spec.properties.userRef.properties.namespace, data: data26 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = { instancePath: instancePath + "/spec/userRef", schemaPath: "#/properties/spec/properties/userRef/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.spec.properties.userRef.type, parentSchema: schema17.properties.spec.properties.userRef, data: data24 };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.spec.type, parentSchema: schema17.properties.spec, data: data9 };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
  } else {
    const err57 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data: data2 };
    if (vErrors === null) {
      vErrors = [err57];
    } else {
      vErrors.push(err57);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}

// src/compiler/schema/schema.ts
var VALIDATORS = validators_exports;
function validatorFor(kind) {
  return VALIDATORS[kind];
}
var MAX_SCHEMA_DIAGNOSTICS = 100;
function checkSchemas(inputs, report) {
  return inputs.map((input) => {
    const errors = validateAgainstSchema(input.kind, input.doc);
    for (const d of errors) report(d);
    return { ...input, valid: errors.length === 0 };
  });
}
function validateAgainstSchema(kind, doc) {
  const validate = validatorFor(kind);
  if (validate(doc.value)) return [];
  const errors = relevantErrors(validate.errors ?? []);
  const diagnostics = errors.slice(0, MAX_SCHEMA_DIAGNOSTICS).map((error) => toDiagnostic(error, doc));
  if (errors.length > MAX_SCHEMA_DIAGNOSTICS) {
    const { line, column } = doc.locate("", "value");
    diagnostics.push(
      diagnostic(
        "LG2005",
        { file: doc.file, line, column, pointer: "" },
        `${errors.length - MAX_SCHEMA_DIAGNOSTICS} more schema problems in this document are not shown`,
        "Fix the problems shown and run again; so many usually mean the document is not the kind it says it is."
      )
    );
  }
  return diagnostics;
}
function relevantErrors(errors) {
  const combinators = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    if (combinators.some((c) => c !== e && e.schemaPath.startsWith(c.schemaPath + "/"))) return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function toDiagnostic(error, doc) {
  const here = (pointer, target, code, message, hint) => {
    const { line, column } = doc.locate(pointer, target);
    return diagnostic(code, { file: doc.file, line, column, pointer }, message, hint);
  };
  const path2 = error.instancePath;
  const field = displayField(path2);
  switch (error.keyword) {
    case "required": {
      const missing = String(error.params.missingProperty);
      return here(
        childPointer(path2, missing),
        "key",
        "LG2001",
        `${field ? field + ": " : ""}missing required field "${missing}"`,
        `Add \`${missing}:\`${field ? ` under \`${field}\`` : " at the top level"}.${describe2(error, missing)}`
      );
    }
    case "additionalProperties": {
      const unknown = String(error.params.additionalProperty);
      const known = Object.keys(propertiesOf(error.parentSchema));
      const suggestion = closest(unknown, known);
      return here(
        childPointer(path2, unknown),
        "key",
        "LG2003",
        `${field ? field + ": " : ""}unknown field "${unknown}"`,
        correction(error.parentSchema, unknown) ?? (suggestion ? `Did you mean "${suggestion}"?` : `Fields allowed here: ${known.join(", ")}.`)
      );
    }
    case "type":
      return here(
        path2,
        "value",
        "LG2002",
        `${field || "document"}: must be ${String(error.params.type).replace(",", " or ")}, found ${typeName(error.data)}`,
        typeHint(String(error.params.type), error.data)
      );
    case "enum": {
      const allowed = `Allowed values: ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}.`;
      const fix = typeof error.data === "string" ? correction(error.parentSchema, error.data) : void 0;
      return here(path2, "value", "LG2004", `${field}: value not allowed`, fix ? `${fix} ${allowed}` : allowed);
    }
    case "const":
      return here(path2, "value", "LG2004", `${field}: must be ${JSON.stringify(error.params.allowedValue)}`);
    case "pattern":
    case "format":
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "minLength":
    case "maxLength":
    case "minItems":
    case "uniqueItems":
      return here(path2, "value", "LG2004", `${field}: ${error.message ?? "value not allowed"}`, explain(error));
    case "anyOf":
    case "oneOf":
      return here(path2, "key", "LG2005", `${field || "document"}: ${alternatives(error.schema)}`, explain(error));
    default:
      return here(path2, "value", "LG2005", `${field || "document"}: ${error.message ?? "schema rule violated"}`);
  }
}
function displayField(pointer) {
  let out = "";
  for (const segment of pointer.split("/").slice(1)) {
    out += /^\d+$/.test(segment) ? `[${segment}]` : (out ? "." : "") + segment.replace(/~1/g, "/").replace(/~0/g, "~");
  }
  return out;
}
function propertiesOf(schema) {
  if (schema && typeof schema === "object" && "properties" in schema) {
    const properties = schema.properties;
    if (properties && typeof properties === "object") return properties;
  }
  return {};
}
function correction(schema, wrong) {
  if (!schema || typeof schema !== "object") return void 0;
  const table = schema["x-litellm-gitops-corrections"];
  if (!table || typeof table !== "object" || !Object.hasOwn(table, wrong)) return void 0;
  const hint = table[wrong];
  return typeof hint === "string" ? hint : void 0;
}
function describe2(error, property) {
  const schema = property ? propertiesOf(error.parentSchema)[property] : error.parentSchema;
  const text = schema && typeof schema === "object" && "description" in schema ? String(schema.description) : "";
  const first = text.split("\n")[0]?.trim();
  return first ? ` (${first})` : "";
}
function explain(error) {
  const text = describe2(error).trim();
  return text ? text.slice(1, -1) : void 0;
}
function alternatives(schema) {
  if (!Array.isArray(schema)) return "does not match any allowed form";
  const required = schema.map(
    (branch) => branch && typeof branch === "object" && "required" in branch && Array.isArray(branch.required) ? branch.required.join(" and ") : void 0
  );
  if (required.every((r) => r !== void 0)) return `needs ${required.join(" or ")}`;
  const types = schema.map(
    (branch) => branch && typeof branch === "object" && "type" in branch ? String(branch.type) : void 0
  );
  if (types.every((t) => t !== void 0)) return `must be ${types.join(" or ")}`;
  return "does not match any allowed form";
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  return `a ${typeof value}`;
}
function typeHint(expected, found) {
  if (expected === "string" && (typeof found === "number" || typeof found === "boolean")) {
    return "Quote the value: YAML reads it as a number or boolean, the field takes a string.";
  }
  if (expected === "integer" && typeof found === "string" && /^\d+$/.test(found)) {
    return "Remove the quotes: the field takes an integer.";
  }
  if (expected === "object" && found === null) return "Give the mapping its fields, or remove the key.";
  return void 0;
}

// src/compiler/compile.ts
function load(paths, options) {
  const { diagnostics, report } = collector();
  const files = discover(paths, options, report);
  const sources = read(files, options.cwd, report);
  const documents = parse(sources, options.cacheDir, report);
  const failed = failedTexts(diagnostics, sources);
  const classified = classifyDocuments(documents, report);
  const project = checkRules(checkSchemas(classified.inputs, report), classified, failed, report);
  if (classified.inputs.length === 0 && diagnostics.length === 0) report(noResources(paths, options.cwd));
  return { project, diagnostics, sources: new Map(sources.map((s) => [s.path, s.text])) };
}
function failedTexts(diagnostics, sources) {
  const files = new Set(diagnostics.filter((d) => d.severity === "error" && /^LG100[1-7]$/.test(d.code)).map((d) => d.file));
  const texts = new Map(sources.map((s) => [s.path, s.text]));
  return [...files].map((file) => texts.get(file) ?? null);
}
function noResources(paths, cwd) {
  const given = paths.length > 0 ? paths.join(" ") : ".";
  return diagnostic(
    "LG1020",
    { file: given, line: 0, column: 0, pointer: "" },
    `no LiteLLMInstance, Model, CompilerConfig or other resource of ours in ${given === "." ? `the current folder (${cwd})` : given}`,
    "Pass the folder that holds the project's resources (apiVersion litellm.litellm.ai/v1alpha1, auth.litellm.ai/v1alpha1 or litellm-gitops.dev/v1alpha1)."
  );
}
function compileInputs(paths, options) {
  const { project, diagnostics, sources } = load(paths, options);
  if (diagnostics.some((d) => d.severity === "error")) return settle(void 0, diagnostics, sources, options);
  const ir = resolve(project, (d) => diagnostics.push(d));
  return settle(ir, diagnostics, sources, options);
}
function settle(result, diagnostics, sources, options) {
  const final = sortDiagnostics(options.strict ? promoteWarnings(diagnostics) : diagnostics);
  const failed = result === void 0 || final.some((d) => d.severity === "error");
  return failed ? { diagnostics: final, sources } : { result, diagnostics: final, sources };
}

// src/cli/cache.ts
var CACHE_OPTIONS = {
  "no-cache": { type: "boolean", default: false },
  "cache-dir": { type: "string" }
};
var CACHE_USAGE = `
  --no-cache       parse every file; neither read nor write the parse cache
  --cache-dir DIR  the parse cache's folder. Default: LITELLM_GITOPS_CACHE_DIR, else
                   ./node_modules/.cache/litellm-gitops when ./node_modules exists, else
                   $XDG_CACHE_HOME/litellm-gitops, else $HOME/.cache/litellm-gitops. The cache
                   only skips parsing unchanged files; it never changes a result.`;
function cacheOption(values, io) {
  if (values["no-cache"]) return void 0;
  return cacheDir(io.cwd, io.env, values["cache-dir"]);
}

export {
  wildcardRegex,
  compileInputs,
  CACHE_OPTIONS,
  CACHE_USAGE,
  cacheOption
};
