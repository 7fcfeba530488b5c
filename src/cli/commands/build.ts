import path from "node:path";
import { compileInputs } from "../../compiler/compile.js";
import { renderInstances, renderTree } from "../../output/tree.js";
import { OutputError } from "../../output/errors.js";
import { checkOutput, writeOutput } from "../../output/write.js";
import { COMMON_OPTIONS, formatOption, parse } from "../args.js";
import { EXIT_INPUT, EXIT_OK, type Io } from "../io.js";
import { diagnosticStream, report } from "../print.js";

export const DEFAULT_OUT = "rendered";

export const usage = `Usage: litellm-gitops build [PATH...] [--out DIR] [--check] [--strict] [--format text|json|github]

Compiles the project and writes DIR (default: ${DEFAULT_OUT}): per instance
DIR/<namespace>/<instance>/ with config.yaml, one Kubernetes object per file and a
kustomization.yaml, and DIR/kustomization.yaml over all instances. Writing is atomic and
removes only files an earlier build wrote.

  --check   write nothing; exit 1 naming every file that is missing, stale or no longer produced`;

const OPTIONS = { ...COMMON_OPTIONS, out: { type: "string", default: DEFAULT_OUT }, check: { type: "boolean", default: false } } as const;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  if (values.help) {
    io.stdout.write(usage + "\n");
    return 0;
  }
  const format = formatOption(values.format);
  const out = path.resolve(io.cwd, values.out);
  const outcome = compileInputs(positionals, { cwd: io.cwd, exclude: [out], strict: values.strict });
  const code = report(outcome, io, format, diagnosticStream(io, format));
  if (!outcome.result) return code;
  const files = renderTree(renderInstances(outcome.result));
  const shown = path.relative(io.cwd, out) || ".";
  try {
    if (values.check) {
      const drift = await checkOutput(out, files);
      const lines = [
        ...drift.missing.map((f) => `missing: ${shown}/${f}`),
        ...drift.stale.map((f) => `stale: ${shown}/${f}`),
        ...drift.extra.map((f) => `no longer produced: ${shown}/${f}`),
      ];
      if (lines.length === 0) {
        io.stderr.write(`${shown} is up to date (${files.size} files)\n`);
        return EXIT_OK;
      }
      io.stderr.write(`${lines.join("\n")}\n${shown} is out of date: run \`litellm-gitops build --out ${shown}\` and commit the result\n`);
      return EXIT_INPUT;
    }
    const result = await writeOutput(out, files);
    io.stderr.write(
      `${shown}: ${result.written.length} written, ${result.removed.length} removed, ${result.unchanged.length} unchanged\n`,
    );
    return EXIT_OK;
  } catch (error) {
    if (error instanceof OutputError) {
      io.stderr.write(`litellm-gitops build: ${error.message}\n`);
      return EXIT_INPUT;
    }
    throw error;
  }
}
