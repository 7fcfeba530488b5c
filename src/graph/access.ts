/**
 * Teams and virtual keys in the graph: who may call which model groups, with their budgets
 * and limits, from the proxy's desired access state (InstanceIR.access or ExternalProxyIR.access, access.json's lists).
 *
 * What a `models` entry means is LiteLLM's (litellm/proxy/auth/auth_checks.py,
 * can_key_call_model / _can_object_call_model; docs "Model Access"): a model group, an access
 * group (model_info.access_groups), a wildcard, or the special names `all-proxy-models`
 * (every group) and `all-team-models` (a key: whatever its team may call). An empty list
 * means every model for a team, and the team's models for a key of a team.
 */
import type { AccessKey, AccessTeam } from "../sync/access-state.js";
import type { AccessIR } from "../compiler/ir.js";
import type { Fact } from "./types.js";

/** What access.ts needs of the graph being built (model.ts's builder and its resolvers). */
export interface AccessGraph {
  node(key: string, kind: "team" | "key", label: string, facts: Fact[]): void;
  edge(from: string, to: string, kind: "may-call" | "member-of", label?: string): void;
  /** The node a model name reaches (a group, or a name a wildcard group matches), if any. */
  reach(name: string): string | undefined;
  hasAccessGroup(name: string): boolean;
  /** An edge to the node of a Secret, labelled by what is read from it. */
  secret(from: string, secretName: string, label: string): void;
  proxy: string;
}

export function addAccess(access: AccessIR | undefined, g: AccessGraph): void {
  if (!access) return;
  const teams = new Map(access.teams.map((t) => [t.team_id, t]));
  for (const team of access.teams) {
    const key = `team:${team.team_id}`;
    g.node(key, "team", team.params.team_alias, teamFacts(team));
    mayCall(g, key, team.params.models, undefined);
  }
  for (const k of access.keys) {
    const key = `key:${k.key_alias}`;
    g.node(key, "key", k.key_alias, keyFacts(k));
    const team = k.params.team_id;
    const teamNode = team !== undefined && teams.has(team) ? `team:${team}` : undefined;
    if (teamNode) g.edge(key, teamNode, "member-of");
    mayCall(g, key, k.params.models, teamNode);
    if ("env" in k.keySource) g.secret(key, k.keySource.secret.name, "key value");
  }
}

/** Edges from a team or key to what its `models` let it call. */
function mayCall(g: AccessGraph, from: string, models: readonly string[] | undefined, team: string | undefined): void {
  if (!models || models.length === 0) {
    // A key of a team inherits the team's models (the edge to the team says so); otherwise every model.
    if (!team) g.edge(from, g.proxy, "may-call", "every model");
    return;
  }
  for (const name of models) {
    if (name === "all-proxy-models") g.edge(from, g.proxy, "may-call", "every model");
    else if (name === "all-team-models") {
      if (team) g.edge(from, team, "may-call", "the team's models");
    } else if (g.hasAccessGroup(name)) g.edge(from, `access:${name}`, "may-call");
    else {
      const to = g.reach(name);
      if (to) g.edge(from, to, "may-call");
    }
  }
}

function teamFacts(team: AccessTeam): Fact[] {
  const p = team.params;
  return [
    { name: "", value: "team" },
    ...budget(p.max_budget, p.budget_duration),
    ...limits(p.rpm_limit, p.tpm_limit),
    ...(team.blocked ? [{ name: "", value: "blocked" }] : []),
  ];
}

function keyFacts(key: AccessKey): Fact[] {
  const p = key.params;
  const facts: Fact[] = [{ name: "", value: "virtual key" }];
  if (p.user_id !== undefined) facts.push({ name: "user", value: p.user_id });
  facts.push(...budget(p.max_budget, p.budget_duration));
  if (p.soft_budget !== undefined) facts.push({ name: "soft budget", value: `$${p.soft_budget}` });
  facts.push(...limits(p.rpm_limit, p.tpm_limit));
  if (p.duration !== undefined) facts.push({ name: "expires after", value: p.duration });
  if ("generate" in key.keySource) facts.push({ name: "value", value: `generated into Secret ${key.keySource.generate.secretName}` });
  if (key.blocked) facts.push({ name: "", value: "blocked" });
  return facts;
}

function budget(max: number | undefined, duration: string | undefined): Fact[] {
  if (max === undefined) return [];
  return [{ name: "budget", value: `$${max}${duration ? ` / ${duration}` : ""}` }];
}

function limits(rpm: number | undefined, tpm: number | undefined): Fact[] {
  return [...(rpm !== undefined ? [{ name: "rpm limit", value: String(rpm) }] : []), ...(tpm !== undefined ? [{ name: "tpm limit", value: String(tpm) }] : [])];
}
