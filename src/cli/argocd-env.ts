/**
 * What `render` compiles when Argo CD runs it as a Config Management Plugin: the inputs an
 * Application can set, merged with the command line. docs/architecture.md ("Output guarantees")
 * allows no environment input except these documented ones (docs/argocd.md lists them):
 *
 *   ARGOCD_APP_PARAMETERS                 JSON array of the Application's plugin parameters:
 *                                         `paths` (array or string), `instance`, `strict`, `target`, `shared`
 *   ARGOCD_ENV_LITELLM_GITOPS_PATHS       paths to compile, separated by spaces or commas
 *   ARGOCD_ENV_LITELLM_GITOPS_INSTANCE    NAMESPACE/NAME: print only this instance (NAMESPACE/_shared:
 *                                         only the namespace's shared ExternalSecrets)
 *   ARGOCD_ENV_LITELLM_GITOPS_SHARED      include | exclude: an instance's shared ExternalSecrets (as --shared)
 *   ARGOCD_ENV_LITELLM_GITOPS_STRICT      true/false: warnings are errors
 *   ARGOCD_ENV_LITELLM_GITOPS_TARGET      manifests | helm | all (as --target)
 *   ARGOCD_APP_SOURCE_PATH                how far paths may climb above the app folder
 *
 * Precedence: command-line flags, then parameters, then ARGOCD_ENV_* (a parameter is the
 * declared, per-Application interface; `env` is often shared through an ApplicationSet
 * template, so the more specific setting wins). Anything malformed is a UsageError (exit 2,
 * nothing on stdout): guessing would render the wrong set of objects, and Argo CD prunes
 * whatever a successful render leaves out.
 */
import path from "node:path";
import { UsageError } from "./io.js";

export const ENV_PATHS = "ARGOCD_ENV_LITELLM_GITOPS_PATHS";
export const ENV_INSTANCE = "ARGOCD_ENV_LITELLM_GITOPS_INSTANCE";
export const ENV_STRICT = "ARGOCD_ENV_LITELLM_GITOPS_STRICT";
export const ENV_TARGET = "ARGOCD_ENV_LITELLM_GITOPS_TARGET";
export const ENV_SHARED = "ARGOCD_ENV_LITELLM_GITOPS_SHARED";
export const ENV_PARAMETERS = "ARGOCD_APP_PARAMETERS";
/** The parameter names plugin.yaml announces (`spec.parameters.static`). */
export const PARAMETER_NAMES = ["paths", "instance", "strict", "target", "shared"] as const;

/** What an instance's render does with the namespace-shared ExternalSecrets it reads (docs/argocd.md). */
export const SHARED_MODES = ["include", "exclude"] as const;
export type SharedMode = (typeof SHARED_MODES)[number];

export interface RenderRequest {
  /** Empty: the current folder (the Application's source path under Argo CD). */
  paths: string[];
  instance?: string;
  strict: boolean;
  /** Unchecked here: `parseTarget` judges it like the flag. */
  target?: string;
  /** Absent: include. */
  shared?: SharedMode;
}

export interface CommandLine {
  positionals: string[];
  instance?: string | undefined;
  /** `--strict` can only turn strictness on, so `false` means "not given". */
  strict: boolean;
  target?: string | undefined;
  shared?: string | undefined;
}

type ParameterName = (typeof PARAMETER_NAMES)[number];
type Parameters = Partial<Record<ParameterName, { value: unknown; source: string }>>;

export function renderRequest(cli: CommandLine, env: NodeJS.ProcessEnv): RenderRequest {
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
  if (instance === undefined) {
    const param = params.instance && stringValue(params.instance.value, params.instance.source);
    const fromEnv = nonEmpty(env[ENV_INSTANCE]);
    if (param) [instance, instanceSource] = [param, params.instance!.source];
    else if (fromEnv) [instance, instanceSource] = [fromEnv, ENV_INSTANCE];
  }
  if (instance !== undefined && !/^[^/\s]+\/[^/\s]+$/.test(instance)) {
    throw new UsageError(`${instanceSource} takes NAMESPACE/NAME, got ${JSON.stringify(instance)}`);
  }

  let strict = cli.strict;
  if (!strict) {
    const param = params.strict && stringValue(params.strict.value, params.strict.source);
    const fromEnv = nonEmpty(env[ENV_STRICT]);
    if (param) strict = booleanWord(param, params.strict!.source);
    else if (fromEnv) strict = booleanWord(fromEnv, ENV_STRICT);
  }

  let target = cli.target;
  if (target === undefined) {
    const param = params.target && stringValue(params.target.value, params.target.source);
    target = param || nonEmpty(env[ENV_TARGET]);
  }

  let shared = cli.shared;
  let sharedSource = "--shared";
  if (shared === undefined) {
    const param = params.shared && stringValue(params.shared.value, params.shared.source);
    const fromEnv = nonEmpty(env[ENV_SHARED]);
    if (param) [shared, sharedSource] = [param, params.shared!.source];
    else if (fromEnv) [shared, sharedSource] = [fromEnv, ENV_SHARED];
  }
  if (shared !== undefined && !(SHARED_MODES as readonly string[]).includes(shared)) {
    throw new UsageError(`${sharedSource} takes ${SHARED_MODES.join(" or ")}, got ${JSON.stringify(shared)}`);
  }

  const request: RenderRequest = { paths, strict };
  if (shared !== undefined) request.shared = shared as SharedMode;
  if (instance !== undefined) request.instance = instance;
  if (target !== undefined) request.target = target;
  return request;
}

/**
 * ARGOCD_APP_PARAMETERS: `[{"name":"instance","string":"ns/name"},{"name":"paths","array":[…]}]`.
 * Argo CD sends only the parameters the Application sets, never the announced defaults.
 */
export function parseParameters(text: string | undefined): Parameters {
  if (text === undefined || text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${ENV_PARAMETERS} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`${ENV_PARAMETERS} must be a JSON array of {"name": …} objects`);
  const out: Parameters = {};
  parsed.forEach((item: unknown, index) => {
    const at = `${ENV_PARAMETERS}[${index}]`;
    if (item === null || typeof item !== "object" || Array.isArray(item)) throw new UsageError(`${at} is not an object`);
    const { name, string, array, map } = item as Record<string, unknown>;
    if (typeof name !== "string") throw new UsageError(`${at} has no string "name"`);
    if (!(PARAMETER_NAMES as readonly string[]).includes(name)) {
      // A misspelt parameter would otherwise be ignored silently, and e.g. render every instance.
      throw new UsageError(`${at}: unknown parameter ${JSON.stringify(name)} (known: ${PARAMETER_NAMES.join(", ")})`);
    }
    if (out[name as ParameterName]) throw new UsageError(`${at}: parameter ${JSON.stringify(name)} is set twice`);
    if (map !== undefined) throw new UsageError(`${at}: parameter ${JSON.stringify(name)} takes no map`);
    out[name as ParameterName] = { value: array !== undefined ? array : string, source: `parameter "${name}"` };
  });
  return out;
}

/** A string value, or undefined when unset or empty (Argo CD's UI sends "" for a cleared field). */
function stringValue(value: unknown, source: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new UsageError(`${source} takes a string`);
  return nonEmpty(value);
}

/** Paths from a string ("a b,c") or, for the parameter, a JSON array of strings. */
function pathList(value: unknown, source: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) {
    if (!value.every((v): v is string => typeof v === "string")) throw new UsageError(`${source} takes strings`);
    return value.map((v) => v.trim()).filter((v) => v !== "");
  }
  if (typeof value !== "string") throw new UsageError(`${source} takes a string or an array of strings`);
  return value.split(/[\s,]+/).filter((v) => v !== "");
}

function booleanWord(value: string, source: string): boolean {
  const word = value.trim().toLowerCase();
  if (["true", "1", "yes", "on"].includes(word)) return true;
  if (["false", "0", "no", "off"].includes(word)) return false;
  throw new UsageError(`${source} must be true or false, got ${JSON.stringify(value)}`);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

/**
 * Paths from the Application are relative to the app folder and may reach siblings inside
 * the repository (`../shared-models`), but not leave it: the sidecar holds other
 * Applications' checkouts, and a path is input an Application author controls. The
 * repository root is ARGOCD_APP_SOURCE_PATH levels up.
 */
function allowedClimb(sourcePath: string | undefined): number {
  const normalized = path.posix.normalize(nonEmpty(sourcePath) ?? ".");
  if (normalized === "." || normalized === "/") return 0;
  if (normalized.startsWith("..")) return 0;
  return normalized.replace(/^\/+|\/+$/g, "").split("/").length;
}

function checkPath(p: string, climb: number): void {
  if (path.posix.isAbsolute(p) || path.win32.isAbsolute(p)) {
    throw new UsageError(`path ${JSON.stringify(p)} from the Application must be relative to its source path`);
  }
  const segments = path.posix.normalize(p.replaceAll("\\", "/")).split("/");
  let ups = 0;
  while (segments[ups] === "..") ups++;
  if (ups > climb) throw new UsageError(`path ${JSON.stringify(p)} from the Application leaves the repository`);
}
