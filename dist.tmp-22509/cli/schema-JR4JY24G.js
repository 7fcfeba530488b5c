import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  writeNewFiles
} from "./chunk-B26EZBJF.js";
import {
  parse
} from "./chunk-J23Z5L4U.js";
import {
  EXIT_OK,
  UsageError,
  packageFile
} from "./chunk-Q5TSJAU2.js";
import "./chunk-EPTGAQBZ.js";
import "./chunk-3EZK3CXJ.js";

// src/cli/commands/schema.ts
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var usage = `Usage: litellm-gitops schema [--out DIR] [--force]

Prints the input JSON Schemas (draft-07) as one JSON object {kind: schema} on stdout, or,
with --out, writes one file per kind into DIR: litellminstance.schema.json,
model.schema.json, compilerconfig.schema.json, team.schema.json, user.schema.json,
virtualkey.schema.json and teammemberassociation.schema.json. They are the schemas the compiler validates
with, byte for byte; point an editor at them (docs/editors.md) for completion, hover text
and errors as you type.

  --force   with --out: overwrite schema files that differ (an edited copy); without it,
            exit 1 naming them, nothing written. A symbolic link is never written through.`;
var SCHEMA_FILES = {
  LiteLLMInstance: "litellminstance.schema.json",
  Model: "model.schema.json",
  CompilerConfig: "compilerconfig.schema.json",
  Team: "team.schema.json",
  User: "user.schema.json",
  VirtualKey: "virtualkey.schema.json",
  TeamMemberAssociation: "teammemberassociation.schema.json"
};
function schemaFile(kind) {
  return fileURLToPath(packageFile(`schemas/${SCHEMA_FILES[kind]}`));
}
var OPTIONS = {
  out: { type: "string" },
  force: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
  debug: { type: "boolean", default: false }
};
async function run(argv, io) {
  const { values, positionals } = parse(argv, OPTIONS);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (did you mean --out ${positionals[0]}?)`);
  const kinds = Object.keys(SCHEMA_FILES);
  const texts = new Map(kinds.map((kind) => [kind, readFileSync(schemaFile(kind), "utf8")]));
  if (values.out === void 0) {
    const all = Object.fromEntries(kinds.map((kind) => [kind, JSON.parse(texts.get(kind))]));
    io.stdout.write(JSON.stringify(all, null, 2) + "\n");
    return EXIT_OK;
  }
  const out = path.resolve(io.cwd, values.out);
  return writeNewFiles("schema", out, new Map(kinds.map((kind) => [SCHEMA_FILES[kind], texts.get(kind)])), values.force, io);
}
export {
  SCHEMA_FILES,
  run,
  schemaFile,
  usage
};
