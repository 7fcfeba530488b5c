import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { InputKind } from "../../compiler/classify/classify.js";
import { packageFile } from "../../package-root.js";
import { parse } from "../args.js";
import { EXIT_OK, UsageError, type Io } from "../io.js";
import { writeNewFiles } from "../write-files.js";

export const usage = `Usage: litellm-gitops schema [--out DIR] [--force]

Prints the input JSON Schemas (draft-07) as one JSON object {kind: schema} on stdout, or,
with --out, writes one file per kind into DIR: litellminstance.schema.json,
model.schema.json, compilerconfig.schema.json, team.schema.json, user.schema.json,
virtualkey.schema.json, teammemberassociation.schema.json, guardrail.schema.json,
mcpserver.schema.json and callback.schema.json. They are the schemas the compiler validates
with, byte for byte; point an editor at them (docs/editors.md) for completion, hover text
and errors as you type.

  --force   with --out: overwrite schema files that differ (an edited copy); without it,
            exit 1 naming them, nothing written. A symbolic link is never written through.`;

/** One file per kind, named as in the package's schemas/ folder (which ships in the npm package). */
export const SCHEMA_FILES: Readonly<Record<InputKind, string>> = {
  LiteLLMInstance: "litellminstance.schema.json",
  Model: "model.schema.json",
  CompilerConfig: "compilerconfig.schema.json",
  Team: "team.schema.json",
  User: "user.schema.json",
  VirtualKey: "virtualkey.schema.json",
  TeamMemberAssociation: "teammemberassociation.schema.json",
  Guardrail: "guardrail.schema.json",
  MCPServer: "mcpserver.schema.json",
  Callback: "callback.schema.json",
};

/** The file in the package's schemas/ folder. */
export function schemaFile(kind: InputKind): string {
  return fileURLToPath(packageFile(`schemas/${SCHEMA_FILES[kind]}`));
}

/** The flags this command accepts (its --help names each one; test/cli-help.test.ts checks). */
export const OPTIONS = {
  out: { type: "string" },
  force: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
  debug: { type: "boolean", default: false },
} as const;

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, OPTIONS);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (did you mean --out ${positionals[0]}?)`);
  const kinds = Object.keys(SCHEMA_FILES) as InputKind[];
  const texts = new Map(kinds.map((kind) => [kind, readFileSync(schemaFile(kind), "utf8")]));
  if (values.out === undefined) {
    const all = Object.fromEntries(kinds.map((kind) => [kind, JSON.parse(texts.get(kind)!) as unknown]));
    io.stdout.write(JSON.stringify(all, null, 2) + "\n");
    return EXIT_OK;
  }
  const out = path.resolve(io.cwd, values.out);
  // Copied as they are, not re-serialised: a committed copy then diffs cleanly against a newer release.
  return writeNewFiles("schema", out, new Map(kinds.map((kind) => [SCHEMA_FILES[kind], texts.get(kind)!])), values.force, io);
}
