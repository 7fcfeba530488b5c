import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  CACHE_OPTIONS,
  CACHE_USAGE,
  cacheOption,
  compileInputs
} from "./chunk-MYTQ5LBD.js";
import "./chunk-VNTM64NP.js";
import {
  diagnosticStream,
  report
} from "./chunk-T6J4GSBB.js";
import "./chunk-YNR7NBTS.js";
import {
  COMMON_OPTIONS,
  DEFAULT_OUT,
  formatOption,
  parse
} from "./chunk-J23Z5L4U.js";
import "./chunk-Q5TSJAU2.js";
import "./chunk-EPTGAQBZ.js";
import "./chunk-3EZK3CXJ.js";

// src/cli/commands/validate.ts
var usage = `Usage: litellm-gitops validate [PATH...] [--format text|json|github] [--strict] [--no-cache] [--cache-dir DIR]

Checks LiteLLMInstance, Model and CompilerConfig resources under PATH (files, folders or
globs; default: the current folder) against the schemas and every rule of the compiler,
including those of the resolver (references, env wiring, settings); writes nothing.
Exit 0: valid (warnings allowed); 1: errors; 2: bad usage.
${CACHE_USAGE}`;
var OPTIONS = { ...COMMON_OPTIONS, ...CACHE_OPTIONS };
async function run(argv, io) {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = formatOption(values.format);
  const outcome = compileInputs(positionals, { cwd: io.cwd, exclude: [DEFAULT_OUT], strict: values.strict, cacheDir: cacheOption(values, io) });
  const code = report(outcome, io, format, diagnosticStream(io, format));
  if (format === "text" && outcome.diagnostics.length === 0) io.stderr.write("valid\n");
  return code;
}
export {
  run,
  usage
};
