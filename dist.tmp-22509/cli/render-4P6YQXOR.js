import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  TARGET_OPTION,
  TARGET_USAGE,
  effectiveTarget,
  parseTarget,
  renderTarget
} from "./chunk-GTMB3WS2.js";
import {
  CACHE_OPTIONS,
  CACHE_USAGE,
  cacheOption,
  compileInputs
} from "./chunk-MYTQ5LBD.js";
import "./chunk-VNTM64NP.js";
import {
  toYamlStream
} from "./chunk-TK4S3H2I.js";
import {
  outputCommandStream,
  report
} from "./chunk-T6J4GSBB.js";
import "./chunk-YNR7NBTS.js";
import {
  COMMON_OPTIONS,
  DEFAULT_OUT,
  formatOption,
  parse
} from "./chunk-J23Z5L4U.js";
import {
  EXIT_INPUT,
  UsageError
} from "./chunk-Q5TSJAU2.js";
import "./chunk-EPTGAQBZ.js";
import "./chunk-3EZK3CXJ.js";

// src/cli/argocd-env.ts
import path from "node:path";
var ENV_PATHS = "ARGOCD_ENV_LITELLM_GITOPS_PATHS";
var ENV_INSTANCE = "ARGOCD_ENV_LITELLM_GITOPS_INSTANCE";
var ENV_STRICT = "ARGOCD_ENV_LITELLM_GITOPS_STRICT";
var ENV_TARGET = "ARGOCD_ENV_LITELLM_GITOPS_TARGET";
var ENV_PARAMETERS = "ARGOCD_APP_PARAMETERS";
var PARAMETER_NAMES = ["paths", "instance", "strict", "target"];
function renderRequest(cli, env) {
  const params = parseParameters(env[ENV_PARAMETERS]);
  const climb = allowedClimb(env.ARGOCD_APP_SOURCE_PATH);
  let paths = cli.positionals;
  if (paths.length === 0) {
    const fromParam = params.paths && pathList(params.paths.value, params.paths.source);
    const fromEnv = pathList(nonEmpty(env[ENV_PATHS]), ENV_PATHS);
    paths = (fromParam?.length ? fromParam : fromEnv) ?? [];
    for (const p of paths) checkPath(p, climb);
  }
  let instance = cli.instance;
  let instanceSource = "--instance";
  if (instance === void 0) {
    const param = params.instance && stringValue(params.instance.value, params.instance.source);
    const fromEnv = nonEmpty(env[ENV_INSTANCE]);
    if (param) [instance, instanceSource] = [param, params.instance.source];
    else if (fromEnv) [instance, instanceSource] = [fromEnv, ENV_INSTANCE];
  }
  if (instance !== void 0 && !/^[^/\s]+\/[^/\s]+$/.test(instance)) {
    throw new UsageError(`${instanceSource} takes NAMESPACE/NAME, got ${JSON.stringify(instance)}`);
  }
  let strict = cli.strict;
  if (!strict) {
    const param = params.strict && stringValue(params.strict.value, params.strict.source);
    const fromEnv = nonEmpty(env[ENV_STRICT]);
    if (param) strict = booleanWord(param, params.strict.source);
    else if (fromEnv) strict = booleanWord(fromEnv, ENV_STRICT);
  }
  let target = cli.target;
  if (target === void 0) {
    const param = params.target && stringValue(params.target.value, params.target.source);
    target = param || nonEmpty(env[ENV_TARGET]);
  }
  const request = { paths, strict };
  if (instance !== void 0) request.instance = instance;
  if (target !== void 0) request.target = target;
  return request;
}
function parseParameters(text) {
  if (text === void 0 || text.trim() === "") return {};
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${ENV_PARAMETERS} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`${ENV_PARAMETERS} must be a JSON array of {"name": \u2026} objects`);
  const out = {};
  parsed.forEach((item, index) => {
    const at = `${ENV_PARAMETERS}[${index}]`;
    if (item === null || typeof item !== "object" || Array.isArray(item)) throw new UsageError(`${at} is not an object`);
    const { name, string, array, map } = item;
    if (typeof name !== "string") throw new UsageError(`${at} has no string "name"`);
    if (!PARAMETER_NAMES.includes(name)) {
      throw new UsageError(`${at}: unknown parameter ${JSON.stringify(name)} (known: ${PARAMETER_NAMES.join(", ")})`);
    }
    if (out[name]) throw new UsageError(`${at}: parameter ${JSON.stringify(name)} is set twice`);
    if (map !== void 0) throw new UsageError(`${at}: parameter ${JSON.stringify(name)} takes no map`);
    out[name] = { value: array !== void 0 ? array : string, source: `parameter "${name}"` };
  });
  return out;
}
function stringValue(value, source) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "string") throw new UsageError(`${source} takes a string`);
  return nonEmpty(value);
}
function pathList(value, source) {
  if (value === void 0 || value === null) return void 0;
  if (Array.isArray(value)) {
    if (!value.every((v) => typeof v === "string")) throw new UsageError(`${source} takes strings`);
    return value.map((v) => v.trim()).filter((v) => v !== "");
  }
  if (typeof value !== "string") throw new UsageError(`${source} takes a string or an array of strings`);
  return value.split(/[\s,]+/).filter((v) => v !== "");
}
function booleanWord(value, source) {
  const word = value.trim().toLowerCase();
  if (["true", "1", "yes", "on"].includes(word)) return true;
  if (["false", "0", "no", "off"].includes(word)) return false;
  throw new UsageError(`${source} must be true or false, got ${JSON.stringify(value)}`);
}
function nonEmpty(value) {
  return value === void 0 || value.trim() === "" ? void 0 : value.trim();
}
function allowedClimb(sourcePath) {
  const normalized = path.posix.normalize(nonEmpty(sourcePath) ?? ".");
  if (normalized === "." || normalized === "/") return 0;
  if (normalized.startsWith("..")) return 0;
  return normalized.replace(/^\/+|\/+$/g, "").split("/").length;
}
function checkPath(p, climb) {
  if (path.posix.isAbsolute(p) || path.win32.isAbsolute(p)) {
    throw new UsageError(`path ${JSON.stringify(p)} from the Application must be relative to its source path`);
  }
  const segments = path.posix.normalize(p.replaceAll("\\", "/")).split("/");
  let ups = 0;
  while (segments[ups] === "..") ups++;
  if (ups > climb) throw new UsageError(`path ${JSON.stringify(p)} from the Application leaves the repository`);
}

// src/cli/commands/render.ts
var usage = `Usage: litellm-gitops render [PATH...] [--instance NAMESPACE/NAME] [--target manifests|helm|all] [--strict] [--format text|json|github] [--no-cache] [--cache-dir DIR]

Prints every Kubernetes object the project compiles to as one multi-document YAML stream
on stdout (the Argo CD Config Management Plugin contract). Diagnostics go to stderr; on
any error the exit code is 1 (2 for bad usage) and stdout stays empty.

Under Argo CD, ARGOCD_APP_PARAMETERS (parameters paths, instance, strict, target) and
ARGOCD_ENV_LITELLM_GITOPS_PATHS / _INSTANCE / _STRICT / _TARGET fill in what the command line leaves
out; flags win, then parameters, then ARGOCD_ENV_*. See docs/argocd.md.

With the helm target it prints the Argo CD Application and/or Flux HelmRelease (with its
chart source) of each instance, then its ExternalSecrets; \`all\` prints the manifests and
then the wrappers. See docs/helm.md.
${TARGET_USAGE}${CACHE_USAGE}`;
var OPTIONS = { ...COMMON_OPTIONS, ...CACHE_OPTIONS, ...TARGET_OPTION, instance: { type: "string" } };
async function run(argv, io) {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = formatOption(values.format);
  const request = renderRequest({ positionals, instance: values.instance, strict: values.strict, target: values.target }, io.env);
  const targetFlag = parseTarget(request.target);
  const wanted = request.instance;
  const outcome = compileInputs(request.paths, { cwd: io.cwd, exclude: [DEFAULT_OUT], strict: request.strict, cacheDir: cacheOption(values, io) });
  const code = report(outcome, io, format, outputCommandStream(io, format, outcome));
  if (!outcome.result) return code;
  const target = effectiveTarget(targetFlag, outcome.result.settings);
  const { instances, objects } = renderTarget(outcome.result, target, wanted);
  if (wanted !== void 0 && instances.length === 0) {
    io.stderr.write(`litellm-gitops render: no instance ${wanted} in the project
`);
    return EXIT_INPUT;
  }
  if (targetFlag === void 0 && target === "all") {
    io.stderr.write("litellm-gitops render: CompilerConfig spec.targets has both targets, so this prints both; applied together they run every proxy twice (pass --target)\n");
  }
  if (objects.length === 0) {
    io.stderr.write("litellm-gitops render: the inputs compile to no object (no LiteLLMInstance found); refusing to print an empty stream\n");
    return EXIT_INPUT;
  }
  const stream = toYamlStream(objects);
  io.stdout.write(stream);
  return code;
}
export {
  run,
  usage
};
