import path from "node:path";
import { initFiles } from "../../init/project.js";
import { parse } from "../args.js";
import { EXIT_OK, UsageError, type Io } from "../io.js";
import { writeNewFiles } from "../write-files.js";

export const usage = `Usage: litellm-gitops init [DIR] [--force]

Writes a starter project into DIR (default: the current folder): compiler-config.yaml, one
LiteLLMInstance (instance.yaml) with a master key reference, two Models (models/gpt-4o.yaml,
models/claude-sonnet.yaml) with their credential Secrets, and a README.md with the next
steps. It validates and builds with --strict and no diagnostic.

  --force   overwrite files that already exist (otherwise: exit 1 naming them, nothing written);
            a symbolic link is never written through, even with --force`;

/** The flags this command accepts (its --help names each one; test/cli-help.test.ts checks). */
export const OPTIONS = {
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
  const files = initFiles();

  const code = writeNewFiles("init", dir, files, values.force, io);
  if (code !== EXIT_OK) return code;
  const cd = shown === "" ? "" : `cd ${shown} && `;
  io.stderr.write(`\nNext: ${cd}litellm-gitops secrets   (what the secret store must hold), then litellm-gitops build\n`);
  return EXIT_OK;
}
