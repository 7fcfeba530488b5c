import { CACHE_USAGE } from "../cache.js";
import { compiledCommand } from "../compiled.js";
import type { Io } from "../io.js";
import { outputCommandStream } from "../print.js";

export const usage = `Usage: litellm-gitops list [PATH...] [--strict] [--no-cache] [--cache-dir DIR]

Lists the models of every instance as "model_name: provider/model" lines, then the Models
that target no instance of this project.
${CACHE_USAGE}`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { outcome, code } = compiledCommand(argv, io, (format, outcome) => ({ stream: outputCommandStream(io, format, outcome), format }));
  const ir = outcome.result;
  if (!ir) return code;
  const lines: string[] = [];
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
