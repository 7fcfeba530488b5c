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
import "./chunk-Q5TSJAU2.js";
import "./chunk-EPTGAQBZ.js";
import "./chunk-3EZK3CXJ.js";

// src/cli/commands/list.ts
var usage = `Usage: litellm-gitops list [PATH...] [--strict] [--no-cache] [--cache-dir DIR]

Lists the models of every instance as "model_name: provider/model" lines, then the Models
that target no instance of this project.
${CACHE_USAGE}`;
var OPTIONS = { ...COMMON_OPTIONS, ...CACHE_OPTIONS };
async function run(argv, io) {
  const { values, positionals } = parse(argv, OPTIONS);
  const format = formatOption(values.format);
  const outcome = compileInputs(positionals, { cwd: io.cwd, exclude: [DEFAULT_OUT], strict: values.strict, cacheDir: cacheOption(values, io) });
  const code = report(outcome, io, format, outputCommandStream(io, format, outcome));
  const ir = outcome.result;
  if (!ir) return code;
  const lines = [];
  for (const instance of ir.instances) {
    lines.push(`${instance.namespace}/${instance.name}:`);
    if (instance.models.length === 0) lines.push("  (no models)");
    for (const model of instance.models) lines.push(`  ${model.modelName}: ${String(model.params.model)}`);
  }
  if (ir.detachedModels.length > 0) {
    lines.push("not compiled (connectionRef.secretRef: a proxy deployed elsewhere):");
    for (const m of ir.detachedModels) lines.push(`  ${m.modelName}: ${m.model}  (Model ${m.namespace}/${m.name}, ${m.source.file}:${m.source.line})`);
  }
  io.stdout.write(lines.join("\n") + "\n");
  return code;
}
export {
  run,
  usage
};
