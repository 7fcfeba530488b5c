import { CACHE_USAGE } from "../cache.js";
import { compiledCommand } from "../compiled.js";
export { COMPILED_OPTIONS as OPTIONS } from "../compiled.js";
import type { Io } from "../io.js";
import { diagnosticStream } from "../print.js";

export const usage = `Usage: litellm-gitops validate [PATH...] [--format text|json|github] [--strict] [--no-cache] [--cache-dir DIR]

Checks LiteLLMInstance, Model and CompilerConfig resources under PATH (files, folders or
globs; default: the current folder) against the schemas and every rule of the compiler,
including those of the resolver (references, env wiring, settings); writes nothing.
Exit 0: valid (warnings allowed); 1: errors; 2: bad usage.
${CACHE_USAGE}`;

export async function run(argv: string[], io: Io): Promise<number> {
  // The whole compile short of emitting: a pre-commit hook must catch what build would refuse.
  const { format, outcome, code } = compiledCommand(argv, io, (format) => ({ stream: diagnosticStream(io, format), format }));
  if (format === "text" && outcome.diagnostics.length === 0) io.stderr.write("valid\n");
  return code;
}
