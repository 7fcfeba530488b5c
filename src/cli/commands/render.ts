import { compileInputs } from "../../compiler/compile.js";
import { effectiveTarget, renderTarget, targetsOfFlag } from "../../render/targets.js";
import { toYamlStream } from "../../render/yaml.js";
import { COMMON_OPTIONS, DEFAULT_OUT, formatOption, parse } from "../args.js";
import { CACHE_OPTIONS, CACHE_USAGE, cacheOption } from "../cache.js";
import { EXIT_INPUT, type Io } from "../io.js";
import { outputCommandStream, report } from "../print.js";
import { renderRequest } from "../argocd-env.js";
import { TARGET_OPTION, TARGET_USAGE, parseTarget } from "../targets.js";

export const usage = `Usage: litellm-gitops render [PATH...] [--instance NAMESPACE/NAME] [--shared include|exclude] [--target manifests|helm|all] [--strict] [--format text|json|github] [--no-cache] [--cache-dir DIR]

Prints every Kubernetes object the project compiles to as one multi-document YAML stream
on stdout (the Argo CD Config Management Plugin contract). Diagnostics go to stderr; on
any error the exit code is 1 (2 for bad usage) and stdout stays empty.

--instance NAMESPACE/NAME prints one instance, with the namespace-shared ExternalSecrets it
reads (Secrets two proxies of the namespace read; --shared exclude leaves them out);
--instance NAMESPACE/_shared prints only those shared ExternalSecrets. One Argo CD
Application per instance (--shared exclude) and one for NAMESPACE/_shared then own every
object once. See docs/argocd.md.

Under Argo CD, ARGOCD_APP_PARAMETERS (parameters paths, instance, shared, strict, target) and
ARGOCD_ENV_LITELLM_GITOPS_PATHS / _INSTANCE / _SHARED / _STRICT / _TARGET fill in what the command line leaves
out; flags win, then parameters, then ARGOCD_ENV_*. See docs/argocd.md.

With the helm target it prints the Argo CD Application and/or Flux HelmRelease (with its
chart source) of each instance, then its ExternalSecrets; \`all\` prints the manifests and
then the wrappers. See docs/helm.md.
${TARGET_USAGE}${CACHE_USAGE}`;

/** The flags this command accepts (its --help names each one; test/cli-help.test.ts checks). */
export const OPTIONS = { ...COMMON_OPTIONS, ...CACHE_OPTIONS, ...TARGET_OPTION, instance: { type: "string" }, shared: { type: "string" } } as const;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = formatOption(values.format);
  // Flags, then Argo CD's plugin parameters and ARGOCD_ENV_* (docs/argocd.md); bad input throws UsageError.
  const request = renderRequest({ positionals, instance: values.instance, strict: values.strict, target: values.target, shared: values.shared }, io.env);
  const targetFlag = parseTarget(request.target);
  const wanted = request.instance;
  const outcome = compileInputs(request.paths, { cwd: io.cwd, exclude: [DEFAULT_OUT], strict: request.strict, cacheDir: cacheOption(values, io), targets: targetsOfFlag(targetFlag) });
  const code = report(outcome, io, format, outputCommandStream(io, format, outcome));
  if (!outcome.result) return code;
  const target = effectiveTarget(targetFlag, outcome.result.settings);
  const { instances, external, shared, objects } = renderTarget(outcome.result, target, wanted, request.shared);
  // --instance names an instance, a proxy elsewhere by its connection Secret (its folder's name), or a namespace's _shared folder.
  if (wanted !== undefined && instances.length === 0 && external.length === 0 && !shared.some((s) => s.dir === wanted)) {
    io.stderr.write(
      wanted.endsWith("/_shared")
        ? `litellm-gitops render: namespace ${wanted.split("/")[0]} has no Secret that two proxies read, so no ${wanted} folder\n`
        : `litellm-gitops render: no instance ${wanted} in the project (nor a proxy reached through a connection Secret of that name)\n`,
    );
    return EXIT_INPUT;
  }
  if (targetFlag === undefined && target === "all") {
    io.stderr.write("litellm-gitops render: CompilerConfig spec.targets has both targets, so this prints both; applied together they run every proxy twice (pass --target)\n");
  }
  if (objects.length === 0) {
    // An empty stream tells Argo CD that the app has no objects: it would prune everything.
    io.stderr.write("litellm-gitops render: the inputs compile to no object (no LiteLLMInstance found); refusing to print an empty stream\n");
    return EXIT_INPUT;
  }
  // Built completely before the first byte is written: an error never leaves a partial stream.
  const stream = toYamlStream(objects);
  io.stdout.write(stream);
  return code;
}
