import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AccessState } from "../../src/sync/access-state.js";

export const MASTER_KEY = "sk-master-0123456789abcdef";
export const KEY_VALUE = "sk-from-store-AAAAAAAAAAAAAAAA";

/** A small desired state: two teams, two users, memberships, a key from the store and a generated one. */
export function sampleState(url: string | null = null): AccessState {
  return {
    apiVersion: "litellm-gitops.dev/v1alpha1",
    kind: "AccessState",
    proxy: { owner: "ai/proxy", namespace: "ai", url },
    teams: [
      { resource: "Team/ai/research", team_id: "team-research", blocked: false, params: { team_alias: "research", models: ["gpt-4o"], max_budget: 100, budget_duration: "30d", metadata: { cost_center: "r-1" } } },
      { resource: "Team/ai/support", team_id: "team-support", blocked: false, params: { team_alias: "support", models: [], tpm_limit: 1000 } },
    ],
    users: [
      { resource: "User/ai/alice", user_id: "alice", params: { user_email: "alice@example.com", user_role: "internal_user", max_budget: 20 } },
      { resource: "User/ai/bob", user_id: "bob", params: { user_email: "bob@example.com" } },
    ],
    memberships: [
      { resource: "TeamMemberAssociation/ai/alice-research", team_id: "team-research", user_id: "alice", role: "user", max_budget_in_team: 5 },
      { resource: "TeamMemberAssociation/ai/bob-support", team_id: "team-support", user_id: "bob", role: "user" },
    ],
    keys: [
      { resource: "VirtualKey/ai/ci", key_alias: "ci", blocked: false, keySource: { env: "LITELLM_KEY_CI", secret: { name: "ci-key", key: "value" } }, params: { team_id: "team-research", models: ["gpt-4o"], max_budget: 10.5 } },
      { resource: "VirtualKey/ai/bot", key_alias: "bot", blocked: false, keySource: { generate: { secretName: "proxy-key-bot", secretKey: "key" } }, params: { team_id: "team-support", user_id: "bob" } },
    ],
  };
}

/** Writes the state to a fresh folder; returns the file. */
export function writeState(state: AccessState, dir = mkdtempSync(path.join(tmpdir(), "access-"))): string {
  const file = path.join(dir, "access.json");
  writeFileSync(file, JSON.stringify(state, null, 2) + "\n");
  return file;
}

/** What LiteLLM (the fake) must hold for `state` to be applied: every declared field, ours, nothing else of ours. */
export function declaredStateDifferences(
  litellm: { teams: Map<string, Record<string, unknown>>; users: Map<string, Record<string, unknown>>; keys: Map<string, Record<string, unknown>>; memberships: Map<string, { max_budget_in_team: number | null }> },
  secrets: { value(namespace: string, name: string): string | undefined },
  state: AccessState,
  keyValues: Record<string, string> = {},
  hash: (key: string) => string,
): string[] {
  const problems: string[] = [];
  const same = (where: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${where}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`);
  };
  const ours = (where: string, row: Record<string, unknown> | undefined, resource: string) => {
    const meta = (row?.["metadata"] ?? {}) as Record<string, unknown>;
    same(`${where} managed_by`, meta["managed_by"], "litellm-gitops");
    same(`${where} resource`, (meta["litellm_gitops"] as Record<string, unknown> | undefined)?.["resource"], resource);
  };
  // Fields LiteLLM keeps inside metadata rather than in a column of their own.
  const folded = new Set(["tags", "guardrails", "model_rpm_limit", "model_tpm_limit", "enforced_params"]);
  const field = (row: Record<string, unknown>, name: string) => (folded.has(name) ? (row["metadata"] as Record<string, unknown>)[name] : name === "metadata" ? undefined : row[name]);
  for (const t of state.teams) {
    const row = litellm.teams.get(t.team_id);
    if (!row) {
      problems.push(`team ${t.team_id} missing`);
      continue;
    }
    ours(`team ${t.team_id}`, row, t.resource);
    same(`team ${t.team_id} blocked`, row["blocked"] === true, t.blocked);
    for (const [k, v] of Object.entries(t.params)) if (k !== "metadata") same(`team ${t.team_id} ${k}`, field(row, k), v);
    for (const [k, v] of Object.entries(t.params.metadata ?? {})) same(`team ${t.team_id} metadata.${k}`, (row["metadata"] as Record<string, unknown>)[k], v);
  }
  for (const u of state.users) {
    const row = litellm.users.get(u.user_id);
    if (!row) {
      problems.push(`user ${u.user_id} missing`);
      continue;
    }
    ours(`user ${u.user_id}`, row, u.resource);
    for (const [k, v] of Object.entries(u.params)) if (k !== "metadata" && !folded.has(k)) same(`user ${u.user_id} ${k}`, row[k], v);
  }
  for (const m of state.memberships) {
    const members = (litellm.teams.get(m.team_id)?.["members_with_roles"] ?? []) as Array<{ user_id: string; role: string }>;
    same(`membership ${m.team_id}/${m.user_id} role`, members.find((x) => x.user_id === m.user_id)?.role, m.role);
    same(`membership ${m.team_id}/${m.user_id} budget`, litellm.memberships.get(`${m.team_id}/${m.user_id}`)?.max_budget_in_team ?? null, m.max_budget_in_team ?? null);
  }
  for (const k of state.keys) {
    const rows = [...litellm.keys.values()].filter((r) => r["key_alias"] === k.key_alias);
    if (rows.length !== 1) {
      problems.push(`key ${k.key_alias}: ${rows.length} keys`);
      continue;
    }
    const row = rows[0]!;
    ours(`key ${k.key_alias}`, row, k.resource);
    same(`key ${k.key_alias} blocked`, row["blocked"] === true, k.blocked);
    for (const [f, v] of Object.entries(k.params)) {
      if (f === "metadata") continue;
      if (f === "soft_budget") same(`key ${k.key_alias} soft_budget`, (row["litellm_budget_table"] as Record<string, unknown> | null)?.["soft_budget"], v);
      else if (f !== "duration") same(`key ${k.key_alias} ${f}`, field(row, f), v);
    }
    if ("env" in k.keySource) same(`key ${k.key_alias} token`, row["token"], hash(keyValues[k.keySource.env] ?? ""));
    else {
      const value = secrets.value(state.proxy.namespace, k.keySource.generate.secretName);
      same(`key ${k.key_alias} Secret ${k.keySource.generate.secretName}`, value === undefined ? undefined : hash(value), row["token"]);
    }
  }
  // Nothing of ours beyond the declared objects.
  const mine = (row: Record<string, unknown>) => ((row["metadata"] ?? {}) as Record<string, unknown>)["managed_by"] === "litellm-gitops";
  for (const [id, row] of litellm.teams) if (mine(row) && !state.teams.some((t) => t.team_id === id)) problems.push(`extra team ${id}`);
  for (const [id, row] of litellm.users) if (mine(row) && !state.users.some((u) => u.user_id === id)) problems.push(`extra user ${id}`);
  for (const row of litellm.keys.values()) if (mine(row) && !state.keys.some((k) => k.key_alias === row["key_alias"])) problems.push(`extra key ${String(row["key_alias"])}`);
  return problems;
}
