import { CACHE_USAGE } from "../cache.js";
import { compiledCommand } from "../compiled.js";
export { COMPILED_OPTIONS as OPTIONS } from "../compiled.js";
import type { Io } from "../io.js";
import { outputCommandStream } from "../print.js";

export const usage = `Usage: litellm-gitops list [PATH...] [--strict] [--format text|json|github] [--no-cache] [--cache-dir DIR]

Lists the models of every instance as "model_name: provider/model" lines (marking those that
came by the instance's modelSelector), its guardrails, MCP servers and callbacks, then the
Models that no instance of this project serves.

  --strict   warnings count as errors (exit 1, nothing listed)
  --format   how diagnostics are printed: text (default), json (a failed run: the array on
             stdout) or github (workflow annotations); the list itself is text
${CACHE_USAGE}`;

export async function run(argv: string[], io: Io): Promise<number> {
  const { outcome, code } = compiledCommand(argv, io, (format, outcome) => ({ stream: outputCommandStream(io, format, outcome), format }));
  const ir = outcome.result;
  if (!ir) return code;
  const lines: string[] = [];
  for (const instance of ir.instances) {
    lines.push(`${instance.namespace}/${instance.name}:`);
    if (instance.models.length === 0) lines.push("  (no models)");
    for (const model of instance.models) {
      lines.push(`  ${model.modelName}: ${String(model.params.model)}${model.selected ? `  (by modelSelector: ${model.origin})` : ""}`);
    }
    for (const g of instance.guardrails) lines.push(`  guardrail ${g.name}: ${g.guardrail}  (${g.origin})`);
    for (const s of instance.mcpServers) lines.push(`  mcp server ${s.name}: ${s.url ?? s.command ?? ""}  (${s.origin})`);
    for (const c of instance.callbacks) lines.push(`  callback ${c.name}: ${c.events.join(", ")}  (${c.origin})`);
  }
  if (ir.detachedModels.length > 0) {
    lines.push("not compiled (a proxy deployed elsewhere, or no instance names or selects them):");
    for (const m of ir.detachedModels) lines.push(`  ${m.modelName}: ${m.model}  (Model ${m.namespace}/${m.name}, ${m.source.file}:${m.source.line})`);
  }
  io.stdout.write(lines.join("\n") + "\n");
  return code;
}
