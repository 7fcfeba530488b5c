import path from "node:path";
import { compileInputs } from "../../compiler/compile.js";
import { effectiveTarget, renderTarget, targetFiles } from "../../render/targets.js";
import { outputDiagnostic } from "../../write/diagnostics.js";
import { driftOf, hasDrift } from "../../write/drift.js";
import { OutputError } from "../../write/errors.js";
import { checkOutput, writeOutput } from "../../write/write.js";
import { COMMON_OPTIONS, DEFAULT_OUT, formatOption, parse } from "../args.js";
import { CACHE_OPTIONS, CACHE_USAGE, cacheOption } from "../cache.js";
import { EXIT_INPUT, EXIT_OK, type Io } from "../io.js";
import { driftGithub } from "../format/github.js";
import { driftJson } from "../format/json.js";
import { driftText } from "../format/text.js";
import { diagnosticStream, report } from "../print.js";
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
  const outcome = compileInputs(positionals, { cwd: io.cwd, exclude: [out], strict: values.strict, cacheDir: cacheOption(values, io) });
  const shown = path.relative(io.cwd, out) || ".";
  // `--check --format json` prints one object holding the diagnostics too, so stdout stays one JSON value.
  const checkJson = values.check && format === "json";
  const code = checkJson ? (outcome.result ? EXIT_OK : EXIT_INPUT) : report(outcome, io, format, diagnosticStream(io, format));
  if (!outcome.result) {
    if (checkJson) io.stdout.write(driftJson(shown, null, 0, outcome.diagnostics));
    return code;
  }
  if (outcome.result.instances.length === 0) {
    // Nothing of ours: writing an empty kustomization would make Flux prune everything it applied.
    io.stderr.write(`litellm-gitops build: no LiteLLMInstance in the inputs; nothing to build, ${shown} left as it is\n`);
    if (checkJson) io.stdout.write(driftJson(shown, null, 0, outcome.diagnostics));
    return code;
  }
  const target = effectiveTarget(targetFlag, outcome.result.settings);
  const files = targetFiles(outcome.result, renderTarget(outcome.result, target));
  try {
    if (values.check) {
      const drift = driftOf(shown, await checkOutput(out, files));
      if (checkJson) io.stdout.write(driftJson(shown, drift, files.size, outcome.diagnostics));
      if (format === "github") io.stdout.write(driftGithub(drift));
      if (!hasDrift(drift)) {
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
