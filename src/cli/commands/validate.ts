import { compileInputs } from "../../compiler/compile.js";
import { COMMON_OPTIONS, DEFAULT_OUT, formatOption, parse } from "../args.js";
import { CACHE_OPTIONS, CACHE_USAGE, cacheOption } from "../cache.js";
import type { Io } from "../io.js";
import { diagnosticStream, report } from "../print.js";

export const usage = `Usage: litellm-gitops validate [PATH...] [--format text|json|github] [--strict] [--no-cache] [--cache-dir DIR]

Checks LiteLLMInstance, Model and CompilerConfig resources under PATH (files, folders or
globs; default: the current folder) against the schemas and every rule of the compiler,
including those of the resolver (references, env wiring, settings); writes nothing.
Exit 0: valid (warnings allowed); 1: errors; 2: bad usage.
${CACHE_USAGE}`;

const OPTIONS = { ...COMMON_OPTIONS, ...CACHE_OPTIONS } as const;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = formatOption(values.format);
  // The whole compile short of emitting: a pre-commit hook must catch what build would refuse.
  const outcome = compileInputs(positionals, { cwd: io.cwd, exclude: [DEFAULT_OUT], strict: values.strict, cacheDir: cacheOption(values, io) });
  const code = report(outcome, io, format, diagnosticStream(io, format));
  if (format === "text" && outcome.diagnostics.length === 0) io.stderr.write("valid\n");
  return code;
}
