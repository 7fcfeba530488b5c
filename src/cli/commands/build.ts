import { existsSync } from "node:fs";
import path from "node:path";
import { collector } from "../../compiler/diagnostics.js";
import { discover } from "../../compiler/discover/discover.js";
import type { CheckResult } from "../../write/check.js";
import { driftOf, hasDrift } from "../../write/drift.js";
import { OutputError } from "../../write/errors.js";
import { COMMON_OPTIONS, DEFAULT_OUT, formatOption, parse } from "../args.js";
import { BuildState, type StateRecorder, type UpToDate } from "../build-state.js";
import { CACHE_OPTIONS, CACHE_USAGE, cacheOption } from "../cache.js";
import { EXIT_INPUT, EXIT_OK, type Io } from "../io.js";
import type { Format } from "../format/names.js";
import { TARGET_OPTION, TARGET_USAGE, parseTarget } from "../targets.js";
import { outputFolder } from "../out-folder.js";
import { trapInterrupts } from "../signals.js";


export const usage = `Usage: litellm-gitops build [PATH...] [--out DIR] [--target manifests|helm|all] [--check] [--strict] [--format text|json|github] [--no-cache] [--cache-dir DIR]

Compiles the project and writes DIR (default: ${DEFAULT_OUT}): per instance
DIR/<namespace>/<instance>/ with config.yaml, one Kubernetes object per file and a
kustomization.yaml, and DIR/kustomization.yaml over all instances; with the helm target,
DIR/<namespace>/<instance>/helm/ with values.yaml, the Argo CD / Flux wrappers, the
ExternalSecrets and a kustomization.yaml (docs/helm.md). Writing is atomic and removes only
files an earlier build wrote.

  --check   write nothing; exit 1 naming every file that is missing, stale or no longer produced
            (--format github: one error annotation per file; json: one object on stdout)
${TARGET_USAGE}${CACHE_USAGE}`;

/** The flags this command accepts (its --help names each one; test/cli-help.test.ts checks). */
export const OPTIONS = { ...COMMON_OPTIONS, ...CACHE_OPTIONS, ...TARGET_OPTION, out: { type: "string", default: DEFAULT_OUT }, check: { type: "boolean", default: false } } as const;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = formatOption(values.format);
  const targetFlag = parseTarget(values.target);
  const out = outputFolder(io.cwd, values.out, positionals);
  const shown = path.relative(io.cwd, out) || ".";
  const cacheDir = cacheOption(values, io);
  const state = cacheDir === undefined ? undefined : BuildState.open(cacheDir, { cwd: io.cwd, paths: positionals, out, strict: values.strict, target: values.target });
  if (state !== undefined) {
    // Nothing changed since the last clean build of this folder: its result, from stats alone.
    const inputs = (onFolder: (dir: string) => void) => {
      const found = collector();
      const files = discover(positionals, { cwd: io.cwd, exclude: [out], onFolder }, found.report);
      return found.diagnostics.length === 0 ? files : undefined;
    };
    const known = state.upToDate(inputs, listedFolders(io.cwd, positionals));
    if (known !== undefined) return await upToDate(io, format, shown, known, values.check);
  }
  const recorder = state?.record();
  try {
    return await compileAndWrite(io, { positionals, format, targetFlag, out, shown, check: values.check, strict: values.strict, cacheDir, recorder });
  } finally {
    recorder?.discard();
  }
}

/** Whether every path given is a file or a folder (discover lists folders itself), not a glob (fast-glob's). */
function listedFolders(cwd: string, paths: readonly string[]): boolean {
  return (paths.length > 0 ? paths : ["."]).every((given) => existsSync(path.resolve(cwd, given)));
}

/**
 * What a full build prints when the output folder is up to date: the warnings it reported,
 * then its summary. The text format prints nothing for no diagnostics, so the common case
 * loads no formatter (the text one loads the YAML parser, for redaction).
 */
async function upToDate(io: Io, format: Format, shown: string, known: UpToDate, check: boolean): Promise<number> {
  const { files, diagnostics, sources } = known;
  if (format !== "text" || diagnostics.length > 0) {
    const [{ diagnosticStream, report }, { driftJson }, { driftGithub }] = await Promise.all([import("../print.js"), import("../format/json.js"), import("../format/github.js")]);
    const drift = driftOf(shown, { missing: [], stale: [], extra: [], conflicts: [], leftovers: [] } satisfies CheckResult);
    if (check && format === "json") io.stdout.write(driftJson(shown, drift, files, diagnostics));
    else report({ result: true, diagnostics, sources }, io, format, diagnosticStream(io, format));
    if (check && format === "github") io.stdout.write(driftGithub(drift));
  }
  io.stderr.write(check ? `${shown} is up to date (${files} files)\n` : `${shown}: 0 written, 0 removed, ${files} unchanged\n`);
  return EXIT_OK;
}

interface Request {
  positionals: string[];
  format: Format;
  targetFlag: ReturnType<typeof parseTarget>;
  out: string;
  shown: string;
  check: boolean;
  strict: boolean;
  cacheDir: string | undefined;
  recorder: StateRecorder | undefined;
}

async function compileAndWrite(io: Io, request: Request): Promise<number> {
  const { positionals, format, targetFlag, out, shown, recorder } = request;
  // Loaded here, not at start: an up-to-date build never needs the compiler.
  const [{ compileInputs }, { effectiveTarget, renderTarget, targetFiles, targetsOfFlag }, { checkOutput, writeOutput }, { outputDiagnostic }, { diagnosticStream, report }, { driftGithub }, { driftJson }, { driftText }] =
    await Promise.all([
      import("../../compiler/compile.js"),
      import("../../render/targets.js"),
      import("../../write/write.js"),
      import("../../write/diagnostics.js"),
      import("../print.js"),
      import("../format/github.js"),
      import("../format/json.js"),
      import("../format/text.js"),
    ]);
  const outcome = compileInputs(positionals, {
    cwd: io.cwd,
    exclude: [out],
    strict: request.strict,
    cacheDir: request.cacheDir,
    observe: recorder,
    targets: targetsOfFlag(targetFlag),
  });
  // `--check --format json` prints one object holding the diagnostics too, so stdout stays one JSON value.
  const checkJson = request.check && format === "json";
  const code = checkJson ? (outcome.result ? EXIT_OK : EXIT_INPUT) : report(outcome, io, format, diagnosticStream(io, format));
  if (!outcome.result) {
    if (checkJson) io.stdout.write(driftJson(shown, null, 0, outcome.diagnostics));
    return code;
  }
  if (outcome.result.instances.length === 0 && outcome.result.externalProxies.length === 0) {
    // Nothing of ours: writing an empty kustomization would make Flux prune everything it applied.
    // (Teams and keys of a proxy deployed elsewhere are something: its sync objects.)
    io.stderr.write(`litellm-gitops build: no LiteLLMInstance (nor access resources of a proxy elsewhere) in the inputs; nothing to build, ${shown} left as it is\n`);
    if (checkJson) io.stdout.write(driftJson(shown, null, 0, outcome.diagnostics));
    return code;
  }
  const target = effectiveTarget(targetFlag, outcome.result.settings);
  const files = targetFiles(outcome.result, renderTarget(outcome.result, target));
  try {
    if (request.check) {
      const drift = driftOf(shown, await checkOutput(out, files));
      if (checkJson) io.stdout.write(driftJson(shown, drift, files.size, outcome.diagnostics));
      if (format === "github") io.stdout.write(driftGithub(drift));
      if (!hasDrift(drift)) {
        recorder?.save(files, outcome.diagnostics, outcome.sources);
        io.stderr.write(`${shown} is up to date (${files.size} files)\n`);
        return EXIT_OK;
      }
      io.stderr.write(driftText(drift));
      return EXIT_INPUT;
    }
    const interrupts = trapInterrupts();
    try {
      const result = await writeOutput(out, files, { signal: interrupts.signal });
      if (result.abandoned !== undefined) {
        io.stderr.write(`litellm-gitops build: an interrupted build's journal could not be applied (${result.abandoned}); this build replaced its output\n`);
      }
      io.stderr.write(
        `${shown}: ${result.written.length} written, ${result.removed.length} removed, ${result.unchanged.length} unchanged\n`,
      );
      const signal = interrupts.received();
      if (signal === undefined && result.abandoned === undefined) recorder?.save(files, outcome.diagnostics, outcome.sources);
      if (signal === undefined) return EXIT_OK;
      io.stderr.write(`litellm-gitops build: ${signal} received after the commit point; the build was completed, then stopped\n`);
      return interrupts.exitCode();
    } catch (error) {
      if (error instanceof OutputError && error.kind === "interrupted") {
        io.stderr.write(`litellm-gitops build: ${interrupts.received() ?? "interrupted"} received before the commit point; rolled back, ${shown} was left as it was\n`);
        return interrupts.exitCode();
      }
      throw error;
    } finally {
      interrupts.dispose();
    }
  } catch (error) {
    // An unsafe path from the emitters is our bug (exit 2, via main); anything else is the folder's state.
    if (error instanceof OutputError && error.kind !== "invalid-path") {
      report({ diagnostics: [outputDiagnostic(error, shown)], sources: new Map() }, io, format, diagnosticStream(io, format));
      return EXIT_INPUT;
    }
    throw error;
  }
}
