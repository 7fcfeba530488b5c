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
