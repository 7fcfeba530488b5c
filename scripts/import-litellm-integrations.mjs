#!/usr/bin/env node
// Regenerates data/litellm/integrations.json from a checkout of BerriAI/litellm (the pinned
// version): the guardrail, MCP and callback vocabularies of the Guardrail, MCPServer and
// Callback kinds. The curated parts (callbackEnv, callbackDefaults, mcpAuthTypesWithToken)
// are kept from the current file, and checked against the checkout: every variable name of
// callbackEnv must still occur in the file its entry cites, else the script fails.
//
//   node scripts/import-litellm-integrations.mjs <litellm-checkout> --commit <sha>
//   import { extract } from "./import-litellm-integrations.mjs"   the parsing, for tests

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const OUT = "data/litellm/integrations.json";

export const FILES = {
  guardrails: "litellm/types/guardrails.py",
  mcp: "litellm/types/mcp.py",
  mcpManager: "litellm/proxy/_experimental/mcp_server/mcp_server_manager.py",
  mcpUtils: "litellm/proxy/_experimental/mcp_server/utils.py",
  init: "litellm/__init__.py",
  logging: "litellm/litellm_core_utils/litellm_logging.py",
};

/** The string values of `class <name>(...Enum):`'s `MEMBER = "value"` lines. */
export function enumValues(source, name) {
  const start = source.search(new RegExp(`^class ${name}\\(`, "m"));
  if (start < 0) throw new Error(`class ${name} not found`);
  const body = source.slice(source.indexOf("\n", start) + 1);
  const values = [];
  for (const line of body.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) break; // dedent: the class ended
    const m = /^\s+[A-Za-z_][A-Za-z0-9_]*\s*=\s*"([^"]+)"/.exec(line);
    if (m) values.push(m[1]);
  }
  if (values.length === 0) throw new Error(`class ${name} has no string members`);
  return values;
}

/** The strings of `<name> = Literal[ ... ]`. */
export function literalValues(source, name) {
  const m = new RegExp(`^${name}\\s*=\\s*Literal\\[([\\s\\S]*?)\\]`, "m").exec(source);
  if (!m) throw new Error(`${name} = Literal[...] not found`);
  return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
}

/** The callback names `set_callbacks` compares against (`callback == "x"`). */
export function setCallbacksNames(source) {
  const start = source.indexOf("def set_callbacks(");
  if (start < 0) throw new Error("def set_callbacks( not found");
  const end = source.indexOf("\ndef ", start + 1);
  const body = source.slice(start, end < 0 ? undefined : end);
  return [...body.matchAll(/callback == "([^"]+)"/g)].map((x) => x[1]);
}

const sorted = (values) => [...new Set(values)].sort();

/** The generated lists, from the sources of a checkout (path → text). */
export function extract(read) {
  const separator = /MCP_TOOL_PREFIX_SEPARATOR\s*=\s*os\.environ\.get\(\s*"MCP_TOOL_PREFIX_SEPARATOR"\s*,\s*"([^"]*)"\s*\)/.exec(read(FILES.mcpUtils));
  if (!separator) throw new Error(`${FILES.mcpUtils}: MCP_TOOL_PREFIX_SEPARATOR default not found`);
  if (!read(FILES.mcpUtils).includes("def validate_mcp_server_name(")) throw new Error(`${FILES.mcpUtils}: validate_mcp_server_name not found`);
  const manager = read(FILES.mcpManager);
  if (!/server_config\.get\(\s*"authentication_token"/.test(manager)) throw new Error(`${FILES.mcpManager}: authentication_token is no longer read`);
  return {
    guardrailIntegrations: sorted(enumValues(read(FILES.guardrails), "SupportedGuardrailIntegrations")),
    guardrailModes: sorted(enumValues(read(FILES.guardrails), "GuardrailEventHooks")),
    mcpTransports: sorted(enumValues(read(FILES.mcp), "MCPTransport")),
    mcpAuthTypes: sorted(enumValues(read(FILES.mcp), "MCPAuth")),
    mcpToolPrefixSeparator: separator[1],
    callbacks: sorted([...literalValues(read(FILES.init), "_custom_logger_compatible_callbacks_literal"), ...setCallbacksNames(read(FILES.logging))]),
  };
}

/** Problems of the curated callbackEnv against the checkout: a cited file missing, or a name it no longer reads. */
export function checkCallbackEnv(callbackEnv, read, exists) {
  const problems = [];
  for (const [callback, needs] of Object.entries(callbackEnv)) {
    const file = needs.source.split(",")[0].trim();
    if (!exists(file)) {
      problems.push(`${callback}: ${file} does not exist`);
      continue;
    }
    const text = read(file);
    for (const name of [...needs.required.flat(), ...needs.secret]) {
      if (!text.includes(name)) problems.push(`${callback}: ${file} no longer mentions ${name}`);
    }
  }
  return problems;
}

function main(argv) {
  const checkout = argv[0];
  const commitAt = argv.indexOf("--commit");
  const commit = commitAt >= 0 ? argv[commitAt + 1] : undefined;
  if (!checkout || !commit || !/^[0-9a-f]{7,40}$/.test(commit)) {
    console.error("usage: node scripts/import-litellm-integrations.mjs <litellm-checkout> --commit <sha>");
    process.exit(2);
  }
  const read = (rel) => readFileSync(join(checkout, rel), "utf8");
  const current = JSON.parse(readFileSync(join(ROOT, OUT), "utf8"));
  const lists = extract(read);
  const problems = checkCallbackEnv(current.callbackEnv, read, (rel) => existsSync(join(checkout, rel)));
  if (problems.length > 0) {
    console.error(`callbackEnv is out of date:\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  const at = (file, what) => `${file}, ${what} @ ${commit}`;
  const next = {
    ...current,
    _provenance: {
      generatedBy: "node scripts/import-litellm-integrations.mjs <path to a BerriAI/litellm checkout> --commit <sha>",
      sources: {
        ...current._provenance.sources,
        guardrailIntegrations: at(FILES.guardrails, "enum SupportedGuardrailIntegrations"),
        guardrailModes: at(FILES.guardrails, "enum GuardrailEventHooks"),
        mcpTransports: at(FILES.mcp, "enum MCPTransport"),
        mcpAuthTypes: at(FILES.mcp, "enum MCPAuth"),
        mcpToolPrefixSeparator: at(FILES.mcpUtils, "MCP_TOOL_PREFIX_SEPARATOR and validate_mcp_server_name"),
        callbacks: at(FILES.init, "_custom_logger_compatible_callbacks_literal") + `, plus the string callbacks of set_callbacks in ${FILES.logging}`,
      },
    },
    ...lists,
  };
  writeFileSync(join(ROOT, OUT), JSON.stringify(next, null, 2) + "\n");
  console.log(`wrote ${OUT}: ${lists.guardrailIntegrations.length} guardrails, ${lists.callbacks.length} callbacks, ${lists.mcpAuthTypes.length} MCP auth types`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
