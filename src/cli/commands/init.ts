import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { initFiles } from "../../init/project.js";
import { parse } from "../args.js";
import { EXIT_INPUT, EXIT_OK, UsageError, type Io } from "../io.js";

export const usage = `Usage: litellm-gitops init [DIR] [--force]

Writes a starter project into DIR (default: the current folder): compiler-config.yaml, one
LiteLLMInstance (instance.yaml) with a master key reference, two Models (models/gpt-4o.yaml,
models/claude-sonnet.yaml) with their credential Secrets, and a README.md with the next
steps. It validates and builds with --strict and no diagnostic.

  --force   overwrite files that already exist (otherwise: exit 1 naming them, nothing written)`;

const OPTIONS = {
  force: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
  debug: { type: "boolean", default: false },
} as const;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  if (positionals.length > 1) throw new UsageError(`one folder at most, got ${positionals.length}`);
  const dir = path.resolve(io.cwd, positionals[0] ?? ".");
  const relative = path.relative(io.cwd, dir);
  const shown = relative.startsWith("..") || path.isAbsolute(relative) ? dir : relative;
  const show = (file: string) => (shown === "" ? file : `${shown}/${file}`);
  const files = initFiles();

  // All or nothing: check every file before writing any, so a refusal leaves DIR as it was.
  const existing = [...files.keys()].filter((f) => existsSync(path.join(dir, f)));
  if (existing.length > 0 && !values.force) {
    io.stderr.write(
      `litellm-gitops init: not overwriting existing files:\n${existing.map((f) => `  ${show(f)}\n`).join("")}Run with --force to overwrite them.\n`,
    );
    return EXIT_INPUT;
  }
  try {
    for (const [file, text] of files) {
      const target = path.join(dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  } catch (error) {
    io.stderr.write(`litellm-gitops init: cannot write ${shown || "."}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_INPUT;
  }
  for (const file of files.keys()) io.stderr.write(`${existing.includes(file) ? "overwrote" : "created"} ${show(file)}\n`);
  const cd = shown === "" ? "" : `cd ${shown} && `;
  io.stderr.write(`\nNext: ${cd}litellm-gitops secrets   (what the secret store must hold), then litellm-gitops build\n`);
  return EXIT_OK;
}
