import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  Locator,
  NAME_POINTER,
  PARSE_OPTIONS,
  isRecord,
  locateIn,
  locationOf,
  positionsIn
} from "./chunk-YNR7NBTS.js";
import {
  EXIT_INPUT,
  EXIT_OK,
  diagnostic,
  formatDiagnostics,
  require_dist
} from "./chunk-Q5TSJAU2.js";
import {
  compareStrings
} from "./chunk-EPTGAQBZ.js";
import {
  __toESM
} from "./chunk-3EZK3CXJ.js";

// src/emitters/kubernetes/files.ts
var FILE_BY_KIND = {
  ConfigMap: "configmap.yaml",
  ServiceAccount: "serviceaccount.yaml",
  Deployment: "deployment.yaml",
  Service: "service.yaml",
  Ingress: "ingress.yaml",
  HTTPRoute: "httproute.yaml",
  PodDisruptionBudget: "poddisruptionbudget.yaml"
};
var OBJECT_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
function externalSecretFileName(name) {
  return `externalsecret-${name}.yaml`;
}
function objectFileName(obj) {
  const fixed = FILE_BY_KIND[obj.kind];
  if (fixed !== void 0) return fixed;
  if (obj.kind === "ExternalSecret") {
    if (!OBJECT_NAME.test(obj.metadata.name)) {
      throw new Error(`ExternalSecret name ${JSON.stringify(obj.metadata.name)} cannot be a file name`);
    }
    return externalSecretFileName(obj.metadata.name);
  }
  throw new Error(`no file name for kind ${obj.kind}`);
}

// src/compiler/rules/names.ts
var SECRET_KEY = /^[-._a-zA-Z0-9]+$/;
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
var MAX_INSTANCE_NAME = 63 - "litellm-".length;
function checkNames(project, report2) {
  for (const instance of project.instances) {
    checkName(instance.doc, "/metadata/name", instance.name, "LiteLLMInstance name", "label", MAX_INSTANCE_NAME, report2);
    const spec = instance.value.spec;
    const secretRefs = [
      ["/spec/databaseSecretRef/nameRef", spec.databaseSecretRef?.nameRef],
      ["/spec/redisSecretRef/nameRef", spec.redisSecretRef?.nameRef],
      ["/spec/masterKeySecretRef/secretName", spec.masterKeySecretRef?.secretName],
      ["/spec/ingress/tls/secretName", spec.ingress?.tls?.secretName],
      ...(spec.models ?? []).map(
        (m, i) => [`/spec/models/${i}/modelCredentials/nameRef`, m.modelCredentials?.nameRef]
      )
    ];
    (spec.extraEnvVars ?? []).forEach((envVar, i) => {
      const ref = envVar.valueFrom?.secretKeyRef;
      if (!ref) return;
      const pointer = `/spec/extraEnvVars/${i}/valueFrom/secretKeyRef`;
      if (ref.name === void 0) {
        report2(
          diagnostic(
            "LG3005",
            locationOf(instance.doc, pointer, "key"),
            `extraEnvVars[${i}] (${envVar.name}) reads a Secret without a name`,
            "Add name: <secret> under secretKeyRef; the compiler emits an ExternalSecret for it."
          )
        );
      } else {
        secretRefs.push([`${pointer}/name`, ref.name]);
      }
    });
    for (const [pointer, name] of secretRefs) {
      if (name !== void 0) checkSecretName(instance.doc, pointer, name, report2);
    }
    for (const [pointer, key] of secretKeysOf(spec)) checkSecretKey(instance.doc, pointer, key, report2);
  }
  for (const model of project.models) {
    checkName(model.doc, "/metadata/name", model.name, "Model name", "subdomain", 253, report2);
    const secretName = model.value.spec.modelSecretRef?.secretName;
    if (secretName !== void 0) checkSecretName(model.doc, "/spec/modelSecretRef/secretName", secretName, report2);
    for (const [param, key] of Object.entries(model.value.spec.modelSecretRef?.keys ?? {})) {
      if (typeof key === "string") checkSecretKey(model.doc, `/spec/modelSecretRef/keys/${param}`, key, report2);
    }
  }
  for (const resource of [...project.instances, ...project.models]) {
    const given = resource.value.metadata.namespace;
    if (typeof given === "string") {
      checkName(resource.doc, "/metadata/namespace", given, "namespace", "label", 63, report2);
    }
  }
}
var MAX_FILE_NAME_BYTES = 255;
function checkSecretName(doc, pointer, name, report2) {
  checkName(doc, pointer, name, "Secret name", "subdomain", 253, report2);
  const file = externalSecretFileName(name);
  const bytes = Buffer.byteLength(file, "utf8");
  if (bytes <= MAX_FILE_NAME_BYTES || name.length > 253) return;
  const max = MAX_FILE_NAME_BYTES - (bytes - Buffer.byteLength(name, "utf8"));
  report2(
    diagnostic(
      "LG3020",
      locationOf(doc, pointer),
      `Secret name of ${name.length} characters makes its ExternalSecret's file name ${bytes} bytes long; file systems allow ${MAX_FILE_NAME_BYTES}`,
      `Use a Secret name of at most ${max} characters (build writes externalsecret-<name>.yaml).`
    )
  );
}
function checkName(doc, pointer, name, what, form, max, report2) {
  const pattern = form === "label" ? DNS_LABEL : DNS_SUBDOMAIN;
  const problems = [];
  const foreign = [...new Set(name.match(/[^\x20-\x7e]/gu) ?? [])].map(
    (c) => "U+" + c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")
  );
  if (foreign.length > 0) problems.push(`contains ${foreign.join(", ")}, which ${foreign.length === 1 ? "is not a printable ASCII character" : "are not printable ASCII characters"}`);
  if (!pattern.test(name)) {
    problems.push(
      form === "label" ? "must be lowercase letters, digits and '-', starting and ending with a letter or digit (RFC 1123 label)" : "must be lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (RFC 1123 subdomain)"
    );
  }
  if (name.length > max) problems.push(`is ${name.length} characters long; at most ${max} are allowed here`);
  if (what === "LiteLLMInstance name" && /^[0-9]/.test(name)) {
    problems.push("must start with a letter, because the Service named after it is an RFC 1035 label");
  }
  if (problems.length === 0) return;
  const suggestion = sanitize(name, max);
  report2(
    diagnostic(
      "LG3005",
      locationOf(doc, pointer),
      `${what} ${JSON.stringify(name.length > 64 ? name.slice(0, 60) + "\u2026" : name)} ${problems.join("; ")}`,
      suggestion && suggestion !== name ? `For example: ${suggestion}` : "Kubernetes object names follow RFC 1123."
    )
  );
}
function sanitize(name, max) {
  return name.normalize("NFKD").toLowerCase().replace(/[^a-z0-9.-]+/g, "-").replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "").slice(0, max).replace(/[^a-z0-9]+$/, "");
}
function secretKeysOf(spec) {
  const keys = [];
  const add = (pointer, record) => {
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
function checkSecretKey(doc, pointer, key, report2) {
  if (SECRET_KEY.test(key) && key.length <= 253) return;
  report2(
    diagnostic(
      "LG3015",
      locationOf(doc, pointer),
      `${JSON.stringify(key.length > 64 ? key.slice(0, 61) + "..." : key)} is not a valid Secret data key`,
      "Secret data keys are letters, digits, '-', '_' and '.' (for example OPENAI_API_KEY or api-key)."
    )
  );
}

// src/cli/print.ts
function report(outcome, io, format, stream) {
  if (outcome.diagnostics.length > 0 || format === "json") {
    stream.write(formatDiagnostics(outcome.diagnostics, { format, color: io.color, sources: outcome.sources }));
  }
  return outcome.result === void 0 ? EXIT_INPUT : EXIT_OK;
}
function diagnosticStream(io, format) {
  return format === "text" ? io.stderr : io.stdout;
}
function outputCommandStream(io, format, outcome) {
  return format === "json" && outcome.result === void 0 ? io.stdout : io.stderr;
}

// src/compiler/suggest.ts
function closest(name, candidates) {
  const lower = name.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance || distance === bestDistance && best !== void 0 && candidate < best) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.ceil(name.length / 3));
  return bestDistance <= limit ? best : void 0;
}
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array(rows * cols).fill(0);
  const at = (i, j) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = value;
    }
  }
  return at(a.length, b.length);
}

// src/compiler/classify/classify.ts
var LITELLM_API_VERSION = "litellm.litellm.ai/v1alpha1";
var GITOPS_API_VERSION = "litellm-gitops.dev/v1alpha1";
var AUTH_API_VERSION = "auth.litellm.ai/v1alpha1";
var INPUT_KINDS = {
  LiteLLMInstance: LITELLM_API_VERSION,
  Model: LITELLM_API_VERSION,
  CompilerConfig: GITOPS_API_VERSION,
  Team: AUTH_API_VERSION,
  User: AUTH_API_VERSION,
  VirtualKey: AUTH_API_VERSION,
  TeamMemberAssociation: AUTH_API_VERSION
};
var OUR_GROUPS = /* @__PURE__ */ new Set(["litellm.litellm.ai", "litellm-gitops.dev", "auth.litellm.ai"]);
function classifyDocuments(documents, report2) {
  const found = { inputs: [], secrets: [], producers: [] };
  for (const doc of documents.flatMap(listItems)) {
    const classified = classify(doc, report2);
    if (classified.role === "secret") found.secrets.push(doc);
    if (classified.role === "producer") found.producers.push(doc);
    if (classified.role === "input") found.inputs.push({ kind: classified.kind, doc });
  }
  return found;
}
function classify(doc, report2) {
  const value = doc.value;
  if (!isRecord(value)) return { role: "ignored" };
  const { apiVersion, kind } = value;
  if (typeof apiVersion === "string" && typeof kind !== "string" && OUR_GROUPS.has(groupOf(apiVersion))) {
    const pointer = kind === void 0 ? "" : "/kind";
    const { line: line2, column: column2 } = doc.locate(pointer === "" ? "/apiVersion" : pointer, pointer === "" ? "key" : "value");
    const kinds = Object.entries(INPUT_KINDS).filter(([, v]) => v === apiVersion).map(([k]) => k);
    report2(
      diagnostic(
        "LG1009",
        { file: doc.file, line: line2, column: column2, pointer },
        kind === void 0 ? `${apiVersion} document without a kind` : `kind must be a string`,
        kinds.length > 0 ? `Add \`kind: ${kinds.join("` or `kind: ")}\`.` : `Kinds read: ${Object.keys(INPUT_KINDS).join(", ")}.`
      )
    );
    return { role: "ignored" };
  }
  if (apiVersion === void 0 && typeof kind === "string" && kind in INPUT_KINDS) {
    const { line: line2, column: column2 } = doc.locate("/kind");
    report2(
      diagnostic(
        "LG1009",
        { file: doc.file, line: line2, column: column2, pointer: "" },
        `${kind} without an apiVersion`,
        `Add \`apiVersion: ${INPUT_KINDS[kind]}\`.`
      )
    );
    return { role: "ignored" };
  }
  if (typeof apiVersion !== "string" || typeof kind !== "string") return { role: "ignored" };
  if (apiVersion === "v1" && kind === "Secret") return { role: "secret", doc };
  if (isProducer(apiVersion, kind)) return { role: "producer", doc };
  const group = groupOf(apiVersion);
  if (!OUR_GROUPS.has(group)) {
    const expected2 = INPUT_KINDS[kind];
    if (expected2 !== void 0 && looksLikeOurs(group, groupOf(expected2))) {
      const { line: line2, column: column2 } = doc.locate("/apiVersion");
      report2(
        diagnostic(
          "LG1030",
          { file: doc.file, line: line2, column: column2, pointer: "/apiVersion" },
          `${kind} under apiVersion ${apiVersion} is not read: ${group} is not ${groupOf(expected2)}`,
          `Write \`apiVersion: ${expected2}\`.`
        )
      );
    }
    return { role: "ignored" };
  }
  const expected = INPUT_KINDS[kind];
  if (expected === apiVersion) return { role: "input", kind, doc };
  if (expected !== void 0) {
    const { line: line2, column: column2 } = doc.locate("/apiVersion");
    report2(
      diagnostic(
        "LG1009",
        { file: doc.file, line: line2, column: column2, pointer: "/apiVersion" },
        `${kind} is read as apiVersion ${expected}, not ${apiVersion}`,
        `Write \`apiVersion: ${expected}\`.`
      )
    );
    return { role: "ignored" };
  }
  const inGroup = Object.entries(INPUT_KINDS).filter(([, version]) => version.startsWith(group + "/")).map(([name]) => name);
  const suggestion = closest(kind, inGroup);
  const { line, column } = doc.locate("/kind");
  report2(
    diagnostic(
      "LG1009",
      { file: doc.file, line, column, pointer: "/kind" },
      `unknown kind ${kind} in ${apiVersion}`,
      suggestion ? `Did you mean \`kind: ${suggestion}\`?` : `Kinds read from ${group}: ${inGroup.join(", ")}.`
    )
  );
  return { role: "ignored" };
}
function looksLikeOurs(group, ours) {
  return group.toLowerCase().includes("litellm") || editDistance(group.toLowerCase(), ours) <= 3;
}
function isProducer(apiVersion, kind) {
  return apiVersion === "postgresql.cnpg.io/v1" && kind === "Cluster" || apiVersion === "bitnami.com/v1alpha1" && kind === "SealedSecret";
}
function groupOf(apiVersion) {
  return apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
}
function listItems(doc) {
  const value = doc.value;
  if (!isRecord(value) || value.apiVersion !== "v1" || value.kind !== "List" || !Array.isArray(value.items)) return [doc];
  return value.items.map((item, i) => ({
    file: doc.file,
    index: doc.index,
    value: item,
    locate: (pointer, target) => doc.locate(`/items/${i}${pointer}`, target)
  }));
}

// src/compiler/discover/discover.ts
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path2 from "node:path";

// src/compiler/discover/display-path.ts
import path from "node:path";
function displayPath(absolute, cwd) {
  const relative = isInside(absolute, cwd) ? absolute.slice(cwd.length + (cwd.endsWith("/") ? 0 : 1)) : path.relative(cwd, absolute);
  const shown = relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join("/");
}
var plainCwd;
function isInside(absolute, cwd) {
  if (path.sep !== "/") return false;
  if (plainCwd?.cwd !== cwd) plainCwd = { cwd, plain: path.isAbsolute(cwd) && path.resolve(cwd) === cwd };
  if (!plainCwd.plain) return false;
  const start = cwd.endsWith("/") ? cwd.length : cwd.length + 1;
  return absolute.length > start && absolute.startsWith(cwd) && absolute[start - 1] === "/" && !absolute.includes("/.") && !absolute.includes("//") && !absolute.endsWith("/");
}

// src/compiler/discover/discover.ts
var ALWAYS_SKIPPED_NAMES = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var ALWAYS_SKIPPED = ["**/node_modules/**", "**/.git/**"];
var fastGlob;
function fg() {
  fastGlob ??= createRequire(import.meta.url)("fast-glob");
  return fastGlob;
}
function discover(paths, options, report2) {
  const found = /* @__PURE__ */ new Set();
  const plain = /* @__PURE__ */ new Set();
  const excluded = options.exclude.map((dir) => path2.resolve(options.cwd, dir));
  for (const given of paths.length > 0 ? paths : ["."]) {
    const absolute = path2.resolve(options.cwd, given);
    const stat = statOrUndefined(absolute);
    if (stat?.isDirectory()) {
      for (const match of walk(absolute, excluded, plain, (at, why, hint) => report2(unreadable(at, options.cwd, why, hint)))) found.add(match);
      continue;
    }
    if (stat?.isFile() || !stat && lstatOrUndefined(absolute)?.isSymbolicLink()) {
      found.add(absolute);
      continue;
    }
    if (stat) {
      report2(
        diagnostic(
          "LG1001",
          { file: displayPath(absolute, options.cwd), line: 0, column: 0, pointer: "" },
          `not a regular file or folder: ${given}`,
          "Pass YAML files, folders or glob patterns."
        )
      );
      continue;
    }
    if (!fg().isDynamicPattern(given)) {
      report2(
        diagnostic(
          "LG1008",
          { file: displayPath(absolute, options.cwd), line: 0, column: 0, pointer: "" },
          `no such file or folder: ${given}`,
          "Pass files, folders or glob patterns that exist; with no path the current folder is read."
        )
      );
      continue;
    }
    const pattern = path2.isAbsolute(given) ? given : fg().convertPathToPattern(options.cwd) + "/" + given;
    const ignore = [...ALWAYS_SKIPPED, ...excluded.map((dir) => fg().convertPathToPattern(dir) + "/**")];
    const entries = fg().sync(pattern, { ignore, dot: true, onlyFiles: false, absolute: true, followSymbolicLinks: false, objectMode: true });
    const matches = entries.filter((entry) => isFileEntry(entry.path, entry.dirent)).map((entry) => entry.path);
    if (matches.length === 0) {
      report2(
        diagnostic(
          "LG1008",
          { file: given, line: 0, column: 0, pointer: "" },
          `pattern matches no YAML file: ${given}`,
          "Check the glob; patterns are matched relative to the current folder."
        )
      );
    }
    for (const match of matches) found.add(path2.resolve(match));
  }
  return withoutAliases([...found].sort(compareStrings), plain);
}
var YAML_NAME = /\.ya?ml$/;
function unreadable(absolute, cwd, why, hint) {
  return diagnostic("LG1001", { file: displayPath(absolute, cwd), line: 0, column: 0, pointer: "" }, why, hint);
}
function entryKind(entry) {
  if (entry.isFIFO()) return "a FIFO (named pipe)";
  if (entry.isSocket()) return "a socket";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "a device";
  return "not a regular file";
}
function walk(root, excluded, plain, report2) {
  const matches = [];
  if (root.split(path2.sep).some((segment) => ALWAYS_SKIPPED_NAMES.has(segment))) return matches;
  const isExcluded = (p) => excluded.some((dir) => p.startsWith(dir + path2.sep));
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop();
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const code = error instanceof Error && "code" in error ? String(error.code) : "read error";
      if (code === "ENOENT" || code === "ENOTDIR") continue;
      report2(dir, `cannot read folder (${code})`, "Check the folder's permissions, or leave it out of the paths given.");
      continue;
    }
    for (const entry of entries) {
      const full = path2.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!ALWAYS_SKIPPED_NAMES.has(entry.name) && !isExcluded(full + path2.sep)) stack.push(full);
      }
      if (!YAML_NAME.test(entry.name) || isExcluded(full) || entry.isDirectory()) continue;
      if (isFileEntry(full, entry)) {
        matches.push(full);
        if (entry.isFile()) plain.add(full);
        continue;
      }
      const target = entry.isSymbolicLink() ? statOrUndefined(full) : entry;
      if (target && !target.isDirectory()) {
        report2(full, `not a regular file: ${entryKind(target)}`, "Replace it with a regular file, or remove it from the folder.");
      }
    }
  }
  return matches;
}
function withoutAliases(files, plain) {
  const byTarget = /* @__PURE__ */ new Map();
  const realFolders = /* @__PURE__ */ new Map();
  for (const file of files) {
    let target = file;
    try {
      if (plain.has(file)) {
        const folder = path2.dirname(file);
        let real = realFolders.get(folder);
        if (real === void 0) realFolders.set(folder, real = realpathSync(folder));
        target = path2.join(real, path2.basename(file));
      } else {
        target = realpathSync(file);
      }
    } catch {
    }
    const chosen = byTarget.get(target);
    if (chosen === void 0 || file === target && chosen !== target) byTarget.set(target, file);
  }
  const kept = new Set(byTarget.values());
  return files.filter((f) => kept.has(f));
}
function isFileEntry(absolute, dirent) {
  if (dirent.isFile()) return true;
  if (!dirent.isSymbolicLink()) return false;
  const target = statOrUndefined(absolute);
  return target === void 0 || target.isFile();
}
function lstatOrUndefined(p) {
  try {
    return lstatSync(p);
  } catch {
    return void 0;
  }
}
function statOrUndefined(p) {
  try {
    return statSync(p);
  } catch {
    return void 0;
  }
}

// src/compiler/read/read.ts
import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
var MAX_FILE_BYTES = 8 * 1024 * 1024;
function read(files, cwd, report2) {
  const sources = [];
  for (const file of files) {
    const source = readSource(file, cwd, report2);
    if (source) sources.push(source);
  }
  return sources;
}
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function readSource(absolute, cwd, report2) {
  const file = displayPath(absolute, cwd);
  const at = { file, line: 0, column: 0, pointer: "" };
  let bytes;
  let fd;
  try {
    fd = openSync(absolute, "r");
    const size = fstatSync(fd).size;
    if (size > MAX_FILE_BYTES) {
      if (mayConcernUsFile(absolute)) report2(tooLarge(at, size));
      return void 0;
    }
    bytes = readFileSync(fd);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "read error";
    const brokenLink = code === "ENOENT" && lstatOrUndefined(absolute)?.isSymbolicLink() === true;
    report2(
      diagnostic(
        "LG1001",
        at,
        `cannot read file (${brokenLink ? "broken symbolic link" : code})`,
        brokenLink ? "Point the link at an existing file, or remove it." : "Check the file's permissions, or exclude it from the paths given."
      )
    );
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  let text;
  try {
    text = UTF8.decode(bytes);
    const utf16 = text.includes("\0") ? utf16WithoutBom(bytes) : void 0;
    if (utf16 !== void 0) {
      if (!mayConcernUs(new TextDecoder(utf16).decode(bytes))) return void 0;
      report2(diagnostic("LG1002", { file, line: 1, column: 1, pointer: "" }, `file is ${utf16.toUpperCase()} without a byte order mark, not UTF-8`, "Save the file as UTF-8."));
      return void 0;
    }
  } catch {
    const utf16 = bytes[0] === 255 && bytes[1] === 254 ? "utf-16le" : bytes[0] === 254 && bytes[1] === 255 ? "utf-16be" : void 0;
    const asText = utf16 ? new TextDecoder(utf16).decode(bytes) : bytes.toString("latin1");
    if (!mayConcernUs(asText)) return void 0;
    const { line, column } = firstInvalidByte(bytes);
    report2(
      diagnostic(
        "LG1002",
        { file, line, column, pointer: "" },
        utf16 ? `file is ${utf16.toUpperCase()}, not UTF-8` : "file is not valid UTF-8",
        utf16 ? "Save the file as UTF-8." : "Save the file as UTF-8 (YAML requires a Unicode encoding)."
      )
    );
    return void 0;
  }
  if (!mayConcernUs(text)) return void 0;
  if (bytes.length > MAX_FILE_BYTES) {
    report2(tooLarge(at, bytes.length));
    return void 0;
  }
  return { path: file, text };
}
function utf16WithoutBom(bytes) {
  if (bytes.length < 2) return void 0;
  if (bytes[0] !== 0 && bytes[1] === 0) return "utf-16le";
  if (bytes[0] === 0 && bytes[1] !== 0) return "utf-16be";
  return void 0;
}
function tooLarge(at, size) {
  return diagnostic(
    "LG1006",
    { ...at, line: 1, column: 1 },
    `file is ${(size / 1048576).toFixed(1)} MiB; the limit is ${MAX_FILE_BYTES / 1048576} MiB`,
    "Split the resources over several files (one Model per file is the usual layout)."
  );
}
function mayConcernUsFile(absolute) {
  const chunk = Buffer.alloc(1024 * 1024);
  const overlap = 16;
  const fd = openSync(absolute, "r");
  try {
    let carried = "";
    for (; ; ) {
      const read2 = readSync(fd, chunk, 0, chunk.length, null);
      if (read2 === 0) return false;
      const text = carried + chunk.toString("latin1", 0, read2);
      if (mayConcernUs(text)) return true;
      carried = text.slice(-overlap);
    }
  } finally {
    closeSync(fd);
  }
}
function mayConcernUs(text) {
  return text.includes("litellm") || /lite?l+m|Secret\b|postgresql\.cnpg\.io/.test(text);
}
function firstInvalidByte(bytes) {
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (isValidPrefix(bytes.subarray(0, mid))) low = mid;
    else high = mid - 1;
  }
  for (let back = 0; back < 3 && low > 0 && !isComplete(bytes.subarray(0, low)); back++) low--;
  const prefix = bytes.subarray(0, low).toString("utf8").replace(/^\uFEFF/, "");
  const lines = prefix.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
function isComplete(bytes) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
function isValidPrefix(bytes) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

// src/compiler/resolve/env.ts
var DATABASE_ENV = [
  ["DATABASE_HOST", "hostSecret", "database host"],
  ["DATABASE_USERNAME", "usernameSecret", "database username"],
  ["DATABASE_PASSWORD", "passwordSecret", "database password"],
  ["DATABASE_NAME", "dbnameSecret", "database name"]
];
var REDIS_ENV = [
  ["REDIS_HOST", "hostSecret", "redis host"],
  ["REDIS_PORT", "portSecret", "redis port"],
  ["REDIS_PASSWORD", "passwordSecret", "redis password"]
];
var MASTER_KEY_ENV = "LITELLM_MASTER_KEY";
function resolveEnv(instance, credentialUses, report2) {
  const spec = instance.value.spec;
  const masterKeyRef = spec.masterKeySecretRef ?? { secretName: `${instance.name}-master-key`, key: "masterKey" };
  const masterKey = secretEnv(MASTER_KEY_ENV, masterKeyRef.secretName, masterKeyRef.key, "master key");
  const generated = [masterKey];
  if (spec.databaseSecretRef) {
    const { nameRef, keys } = spec.databaseSecretRef;
    for (const [name, field, purpose] of DATABASE_ENV) generated.push(secretEnv(name, nameRef, keys[field], purpose));
  }
  if (spec.redisSecretRef) {
    const { nameRef, keys } = spec.redisSecretRef;
    for (const [name, field, purpose] of REDIS_ENV) generated.push(secretEnv(name, nameRef, keys[field], purpose));
  }
  const byName = new Map(generated.map((e) => [e.name, e]));
  const credentials = [];
  for (const use of [...credentialUses].sort((a, b) => compareStrings(a.env, b.env))) {
    const existing = byName.get(use.env);
    if (existing && existing.secretName === use.secretName && existing.key === use.key) continue;
    if (existing) {
      report2(
        diagnostic(
          "LG4004",
          locationOf(use.doc, use.pointer),
          `Secret ${use.secretName} key ${use.key} would be passed as ${use.env}, which already carries ${existing.secretName} key ${existing.key}`,
          "Rename the Secret or the data key so that the two differ after upper-casing and replacing '-' and '.' with '_'."
        )
      );
      continue;
    }
    const entry = secretEnv(use.env, use.secretName, use.key, `model credential ${use.param}`);
    byName.set(use.env, entry);
    credentials.push(entry);
  }
  const extra = [];
  const extraNames = /* @__PURE__ */ new Map();
  (spec.extraEnvVars ?? []).forEach((envVar, i) => {
    const earlier = extraNames.get(envVar.name);
    if (earlier !== void 0) {
      report2(
        diagnostic(
          "LG4004",
          locationOf(instance.doc, `/spec/extraEnvVars/${i}/name`),
          `extraEnvVars sets ${envVar.name} twice (first at extraEnvVars[${earlier}])`,
          "Keep one entry per name."
        )
      );
      return;
    }
    extraNames.set(envVar.name, i);
    if (byName.has(envVar.name)) {
      report2(
        diagnostic(
          "LG4004",
          locationOf(instance.doc, `/spec/extraEnvVars/${i}/name`),
          `extraEnvVars sets ${envVar.name}, which the compiler already sets from Secret ${byName.get(envVar.name).secretName}`,
          "Remove this entry, or pick another name: generated variables carry credentials the config refers to."
        )
      );
      return;
    }
    extra.push({ kind: "extra", name: envVar.name, env: envVar });
  });
  const env = [...generated, ...credentials, ...extra];
  return { env, masterKey, secrets: secretsRead(instance, env) };
}
function secretEnv(name, secretName, key, purpose) {
  return { kind: "secret", name, secretName, key, purpose };
}
function secretsRead(instance, env) {
  const keys = /* @__PURE__ */ new Map();
  const add = (name, key) => {
    if (!keys.has(name)) keys.set(name, /* @__PURE__ */ new Set());
    keys.get(name).add(key);
  };
  for (const entry of env) {
    if (entry.kind === "secret") add(entry.secretName, entry.key);
  }
  for (const envVar of instance.value.spec.extraEnvVars ?? []) {
    const ref = envVar.valueFrom?.secretKeyRef;
    if (ref?.name && ref.key) add(ref.name, ref.key);
  }
  return [...keys.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([name, set]) => ({ name, keys: [...set].sort() }));
}

// src/compiler/decimal.ts
var DECIMAL = /^([+-]?)(?:([0-9]+)(?:\.([0-9]*))?|\.([0-9]+))(?:[eE]([+-]?[0-9]+))?$/;
var MAX_EXPONENT = 1e4;
var ZERO = { negative: false, digits: 0n, scale: 0 };
function parseDecimal(input) {
  let text;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return void 0;
    text = String(input);
  } else if (typeof input === "string") {
    text = input;
  } else {
    return void 0;
  }
  const m = DECIMAL.exec(text);
  if (!m) return void 0;
  const [, sign, intPart = "", fracA, fracB, exp] = m;
  const frac = fracA ?? fracB ?? "";
  let exponent = 0;
  if (exp !== void 0) {
    exponent = Number(exp);
    if (Math.abs(exponent) > MAX_EXPONENT) return void 0;
  }
  const all = intPart + frac;
  let start = 0;
  while (start < all.length && all.charCodeAt(start) === 48) start++;
  if (start === all.length) return ZERO;
  let end = all.length;
  while (all.charCodeAt(end - 1) === 48) end--;
  return {
    negative: sign === "-",
    digits: BigInt(all.slice(start, end)),
    scale: frac.length - exponent - (all.length - end)
  };
}
function shiftDecimal(d, places) {
  if (!Number.isInteger(places)) throw new RangeError(`shiftDecimal: places must be an integer, got ${places}`);
  return d.digits === 0n ? ZERO : { negative: d.negative, digits: d.digits, scale: d.scale - places };
}
function decimalToNumber(d) {
  if (d.digits === 0n) return 0;
  return Number(`${d.negative ? "-" : ""}${d.digits}e${-d.scale}`);
}
function decimalToString(d) {
  const sign = d.negative ? "-" : "";
  const digits = d.digits.toString();
  if (d.scale <= 0) return sign + digits + (d.digits === 0n ? "" : "0".repeat(-d.scale));
  const padded = digits.padStart(d.scale + 1, "0");
  const point = padded.length - d.scale;
  return `${sign}${padded.slice(0, point)}.${padded.slice(point)}`;
}
function isNonNegativeDecimal(input) {
  const d = parseDecimal(input);
  return d !== void 0 && !d.negative;
}

// src/compiler/parse/parse.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_COUNT = 100;
var MAX_DEPTH = 64;
var PARSE_SEMANTICS = `yaml strict, uniqueKeys off, maxAliasCount ${MAX_ALIAS_COUNT}, maxDepth ${MAX_DEPTH}`;
function parseSource(source, report2) {
  const documents = [];
  let yamlDocs;
  try {
    yamlDocs = (0, import_yaml.parseAllDocuments)(source.text, PARSE_OPTIONS);
  } catch (error) {
    if (error instanceof RangeError) {
      report2(tooDeep(source.path, 1, 1));
      return documents;
    }
    throw error;
  }
  if (!Array.isArray(yamlDocs)) return documents;
  const at = positionsIn(source.text);
  const mayHaveAliases = source.text.includes("*");
  const locator = new Locator(source.text);
  yamlDocs.forEach((doc, index) => {
    const problems = doc.errors;
    const { duplicates, depth } = problems.length === 0 ? walkNodes(doc) : { duplicates: [], depth: 0 };
    for (const { key, first } of duplicates) {
      const firstLine2 = at(first.range[0]).line;
      report2(
        diagnostic(
          "LG1004",
          { file: source.path, ...at(key.range[0]), pointer: "" },
          `duplicate key ${JSON.stringify(String(key.value))}; the first is on line ${firstLine2}`,
          "Remove or rename one of the two keys: YAML readers disagree on which one wins."
        )
      );
    }
    if (duplicates.length > 0) return;
    const overflow = problems.find((p) => p.message.includes("Maximum call stack size exceeded"));
    if (overflow) {
      const { line, column } = at(firstTooDeepOffset(source.text, index) ?? overflow.pos[0]);
      report2(tooDeep(source.path, line, column));
      return;
    }
    if (problems.length > 0) {
      for (const problem of problems) {
        const opening = problem.code === "MISSING_CHAR" && problem.message.includes("quote") ? unclosedQuoteStart(doc, problem.pos[0]) : void 0;
        const { line, column } = at(opening ?? problem.pos[0]);
        report2(
          diagnostic(
            "LG1003",
            { file: source.path, line, column, pointer: "" },
            firstLine(problem.message) + (opening !== void 0 ? " for the string that starts here" : ""),
            "Fix the YAML syntax at this position; `yamllint` or an editor with YAML support shows the structure."
          )
        );
      }
      return;
    }
    let value;
    let failedAlias = {};
    try {
      if (mayHaveAliases) failedAlias = watchAliases(doc);
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const start = at(doc.range[0]);
      if (error instanceof RangeError) {
        report2(tooDeep(source.path, start.line, start.column));
        return;
      }
      if (error instanceof ReferenceError) {
        const alias = failedAlias.node?.range ? at(failedAlias.node.range[0]) : start;
        const unresolved = error.message.startsWith("Unresolved alias");
        report2(
          unresolved ? diagnostic(
            "LG1003",
            { file: source.path, ...alias, pointer: "" },
            `alias *${failedAlias.node?.source ?? ""} refers to no anchor defined before it`,
            "Define the anchor (&name) before the alias (*name), or write the value out."
          ) : diagnostic(
            "LG1005",
            { file: source.path, ...alias, pointer: "" },
            firstLine(error.message),
            `Write the repeated values out; an alias may be expanded at most ${MAX_ALIAS_COUNT} times.`
          )
        );
        return;
      }
      throw error;
    }
    const deep = mayHaveAliases || depth > MAX_DEPTH ? findTooDeep(value) : void 0;
    if (deep !== void 0) {
      const position = locateIn(doc, deep, "value", at);
      report2(tooDeep(source.path, position.line, position.column));
      return;
    }
    documents.push(locator.document(source.path, index, value, locateIn(doc, NAME_POINTER, "value", at)));
  });
  return documents;
}
function parsedText(documents) {
  return { values: documents.map((d) => d.value), names: documents.map((d) => d.locate(NAME_POINTER)) };
}
function documentsOf(source, parsed) {
  const locator = new Locator(source.text);
  return parsed.values.map((value, index) => locator.document(source.path, index, value, parsed.names[index]));
}
function walkNodes(doc) {
  const duplicates = [];
  let depth = 0;
  const stack = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth: here } = stack.pop();
    if ((0, import_yaml.isMap)(node)) {
      if (here > depth) depth = here;
      const seen = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        const key = pair.key;
        if ((0, import_yaml.isScalar)(key)) {
          const name = String(key.value);
          const first = seen.get(name);
          if (first && key.range && first.range) duplicates.push({ key, first });
          else seen.set(name, key);
        } else if (key) {
          stack.push({ node: key, depth: here + 1 });
        }
        stack.push({ node: pair.value, depth: here + 1 });
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      if (here > depth) depth = here;
      for (const item of node.items) stack.push({ node: item, depth: here + 1 });
    }
  }
  return { duplicates: duplicates.sort((a, b) => a.key.range[0] - b.key.range[0]), depth };
}
function watchAliases(doc) {
  const failed = {};
  (0, import_yaml.visit)(doc, {
    Alias(_key, node) {
      const resolve = node.toJSON;
      node.toJSON = function(...args) {
        try {
          return resolve.apply(this, args);
        } catch (error) {
          failed.node ??= this;
          throw error;
        }
      };
    }
  });
  return failed;
}
function unclosedQuoteStart(doc, end) {
  let start;
  (0, import_yaml.visit)(doc, {
    Scalar(_key, node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (quoted && node.range && node.range[0] < end && node.range[1] >= end - 1) start = node.range[0];
    }
  });
  return start;
}
function tooDeep(file, line, column) {
  return diagnostic(
    "LG1007",
    { file, line, column, pointer: "" },
    `nesting deeper than ${MAX_DEPTH} levels`,
    "No LiteLLM or Kubernetes resource nests this deep; check for a generated or corrupted file."
  );
}
function firstTooDeepOffset(text, index) {
  let documentIndex = -1;
  for (const token of new import_yaml.Parser().parse(text)) {
    if (token.type !== "document" || ++documentIndex !== index) continue;
    const stack = [{ token: token.value, depth: 0 }];
    while (stack.length > 0) {
      const { token: node, depth } = stack.pop();
      if (node?.type !== "block-map" && node?.type !== "block-seq" && node?.type !== "flow-collection") continue;
      if (depth > MAX_DEPTH) return node.offset;
      for (const item of node.items) stack.push({ token: item.value, depth: depth + 1 });
    }
    return void 0;
  }
  return void 0;
}
function findTooDeep(value) {
  const stack = [{ value, depth: 0, pointer: "" }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item.value === null || typeof item.value !== "object") continue;
    if (item.depth > MAX_DEPTH) return item.pointer;
    const entries = Array.isArray(item.value) ? item.value.map((v, i) => [String(i), v]) : Object.entries(item.value);
    for (const [key, child] of entries) {
      stack.push({ value: child, depth: item.depth + 1, pointer: `${item.pointer}/${key}` });
    }
  }
  return void 0;
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}

// src/compiler/resolve/credentials.ts
function envNameFor(secretName, key) {
  const prefix = envWord(secretName);
  const suffix = envWord(key);
  const name = suffix.startsWith(prefix + "_") ? suffix : `${prefix}_${suffix}`;
  return /^[0-9]/.test(name) ? `_${name}` : name;
}
function envWord(s) {
  return s.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "").toUpperCase();
}

export {
  closest,
  LITELLM_API_VERSION,
  GITOPS_API_VERSION,
  classifyDocuments,
  displayPath,
  discover,
  PARSE_SEMANTICS,
  parseSource,
  parsedText,
  documentsOf,
  MAX_FILE_BYTES,
  read,
  MASTER_KEY_ENV,
  resolveEnv,
  parseDecimal,
  shiftDecimal,
  decimalToNumber,
  decimalToString,
  isNonNegativeDecimal,
  envNameFor,
  envWord,
  objectFileName,
  MAX_INSTANCE_NAME,
  checkNames,
  report,
  diagnosticStream,
  outputCommandStream
};
