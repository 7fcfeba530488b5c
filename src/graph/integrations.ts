/**
 * Guardrails and MCP servers in the graph, from the Guardrail and MCPServer resources
 * (InstanceIR.guardrails, .mcpServers), and who asks for which guardrail.
 *
 * LiteLLM's rules (litellm/types/guardrails.py, GuardrailEventHooks and LitellmParams;
 * litellm/integrations/custom_guardrail.py, CustomGuardrail.should_run_guardrail): a
 * guardrail runs at its `mode` (pre_call before the model is called, during_call alongside
 * it, post_call on the response, logging_only, the MCP hooks, or a mode per request tag), on
 * every request when `default_on`, otherwise only on requests that name it in `guardrails`:
 * the request itself, or a key's, team's or deployment's `guardrails` list.
 */
import type { GuardrailIR, InstanceIR, MCPServerIR } from "../compiler/ir.js";
import type { Fact } from "./types.js";

export interface IntegrationGraph {
  node(key: string, kind: "guardrail" | "mcp-server", label: string, facts: Fact[]): void;
  edge(from: string, to: string, kind: "guardrail" | "mcp" | "uses-guardrail", label?: string): void;
  has(key: string): boolean;
  /** Edges to the Secrets these env variables are set from, labelled by the field each fills. */
  credentials(from: string, refs: ReadonlyArray<{ field: string; env: string }>): void;
  proxy: string;
}

export function addIntegrations(instance: InstanceIR, g: IntegrationGraph): void {
  for (const guardrail of instance.guardrails) {
    const key = `guardrail:${guardrail.name}`;
    g.node(key, "guardrail", guardrail.name, guardrailFacts(guardrail));
    g.edge(g.proxy, key, "guardrail", modeText(guardrail.mode));
    g.credentials(key, guardrail.credentials);
  }
  for (const server of instance.mcpServers) {
    const key = `mcp:${server.name}`;
    g.node(key, "mcp-server", server.name, mcpFacts(server));
    g.edge(g.proxy, key, "mcp");
    g.credentials(key, server.credentials);
  }
  // Who names a guardrail: teams, keys and deployments (litellm_params.guardrails).
  const ask = (from: string, names: unknown) => {
    if (!Array.isArray(names)) return;
    for (const name of names) if (typeof name === "string" && g.has(`guardrail:${name}`)) g.edge(from, `guardrail:${name}`, "uses-guardrail");
  };
  for (const team of instance.access?.teams ?? []) ask(`team:${team.team_id}`, team.params.guardrails);
  for (const key of instance.access?.keys ?? []) ask(`key:${key.key_alias}`, key.params.guardrails);
  for (const model of instance.models) if (g.has(`deployment:${model.id}`)) ask(`deployment:${model.id}`, model.passthrough.guardrails);
}

function guardrailFacts(guardrail: GuardrailIR): Fact[] {
  return [
    { name: "integration", value: guardrail.guardrail },
    { name: "mode", value: modeText(guardrail.mode) },
    { name: "", value: guardrail.defaultOn ? "on every request (default_on)" : "when a request, key, team or model asks for it" },
  ];
}

/** `pre_call`; `pre_call, post_call`; `tag pii: pre_call; default: post_call`. */
export function modeText(mode: unknown): string {
  if (typeof mode === "string") return mode;
  if (Array.isArray(mode)) return mode.map(String).join(", ");
  if (mode && typeof mode === "object") {
    const { tags, default: fallback } = mode as { tags?: Record<string, unknown>; default?: unknown };
    const parts = Object.entries(tags ?? {}).map(([tag, m]) => `tag ${tag}: ${modeText(m)}`);
    if (fallback !== undefined) parts.push(`default: ${modeText(fallback)}`);
    return parts.join("; ");
  }
  return String(mode);
}

function mcpFacts(server: MCPServerIR): Fact[] {
  const facts: Fact[] = [{ name: "", value: "MCP server" }];
  if (server.transport) facts.push({ name: "transport", value: server.transport });
  if (server.url) facts.push({ name: "url", value: server.url });
  if (server.command) facts.push({ name: "command", value: [server.command, ...(server.args ?? [])].join(" ") });
  if (server.authType) facts.push({ name: "auth", value: server.authType });
  return facts;
}
