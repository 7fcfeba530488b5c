// The planner on its own: pure, order-independent, and never holding a key value.
import { describe, expect, it } from "vitest";
import { keyToken } from "../src/sync/hash.js";
import type { Observed, ObservedKey, ObservedTeam, ObservedUser } from "../src/sync/observe.js";
import { plan, type KeyValueState } from "../src/sync/plan.js";
import { redactWith } from "../src/sync/run.js";
import { KEY_VALUE, sampleState } from "./support/access-state.js";

function observed(teams: ObservedTeam[], users: ObservedUser[], keys: ObservedKey[]): Observed {
  const o: Observed = { teams: new Map(), users: new Map(), keysByAlias: new Map(), keysByToken: new Map() };
  for (const t of teams) o.teams.set(t.team_id, t);
  for (const u of users) o.users.set(u.user_id, u);
  for (const k of keys) {
    o.keysByToken.set(k.token, k);
    if (k.key_alias) o.keysByAlias.set(k.key_alias, [...(o.keysByAlias.get(k.key_alias) ?? []), k]);
  }
  return o;
}

const ours = (resource: string) => ({ managed_by: "litellm-gitops", litellm_gitops: { owner: "ai/proxy", resource, hash: "old", fields: {} } });
const values = new Map<string, KeyValueState>([
  ["ci", { token: keyToken(KEY_VALUE) }],
  ["bot", { missing: true }],
]);

describe("plan", () => {
  it("is the same whatever order LiteLLM listed objects in", () => {
    const teams: ObservedTeam[] = [
      { team_id: "gone-1", metadata: ours("Team/ai/gone-1"), members_with_roles: [] },
      { team_id: "gone-2", metadata: ours("Team/ai/gone-2"), members_with_roles: [] },
      { team_id: "foreign", metadata: {}, members_with_roles: [] },
    ];
    const users: ObservedUser[] = [
      { user_id: "old-1", metadata: ours("User/ai/old-1") },
      { user_id: "old-2", metadata: ours("User/ai/old-2") },
    ];
    const keys: ObservedKey[] = [
      { token: "t1", key_alias: "k-old-1", metadata: ours("VirtualKey/ai/k1") },
      { token: "t2", key_alias: "k-old-2", metadata: ours("VirtualKey/ai/k2") },
    ];
    const a = plan({ state: sampleState(), observed: observed(teams, users, keys), keyValues: values, adopt: false });
    const b = plan({ state: sampleState(), observed: observed([...teams].reverse(), [...users].reverse(), [...keys].reverse()), keyValues: values, adopt: false });
    const shape = (p: typeof a) => p.actions.map((x) => `${x.phase} ${x.op} ${x.kind} ${x.name}`).sort();
    expect(shape(a)).toEqual(shape(b));
    expect(shape(a).filter((s) => s.includes("delete"))).toEqual(["5 delete key k-old-1", "5 delete key k-old-2", "7 delete user old-1", "7 delete user old-2", "8 delete team gone-1", "8 delete team gone-2"]);
  });

  it("orders teams before memberships before keys, and removals last", () => {
    const p = plan({ state: sampleState(), observed: observed([], [], []), keyValues: values, adopt: false });
    const phases = p.actions.map((a) => a.kind);
    expect(phases.indexOf("membership")).toBeGreaterThan(phases.lastIndexOf("team"));
    expect(phases.indexOf("key")).toBeGreaterThan(phases.lastIndexOf("membership"));
  });

  it("never puts a key value in a request body: it names the env var instead", () => {
    const p = plan({ state: sampleState(), observed: observed([], [], []), keyValues: values, adopt: false });
    const text = JSON.stringify(p);
    expect(text).not.toContain(KEY_VALUE);
    const generate = p.actions.find((a) => a.name === "ci")!.steps[0]!;
    expect(generate.body).not.toHaveProperty("key");
    expect(generate.keyFromEnv).toBe("LITELLM_KEY_CI");
    expect(p.actions.find((a) => a.name === "bot")!.steps[0]!.writeSecret).toEqual({ namespace: "ai", name: "proxy-key-bot", alias: "bot" });
  });

  it("a key value already serving another alias is an error, not a second key", () => {
    const p = plan({ state: sampleState(), observed: observed([], [], [{ token: keyToken(KEY_VALUE), key_alias: "someone-else", metadata: {} }]), keyValues: values, adopt: false });
    expect(p.errors.map((e) => e.message)).toContain("the value in Secret ci-key (key value) is already the key with alias someone-else; a key value can serve one alias only");
    expect(p.actions.some((a) => a.name === "ci")).toBe(false);
  });
});

describe("redaction", () => {
  it("masks the given secrets and anything shaped like a LiteLLM key, longest first", () => {
    expect(redactWith("master sk-abc123 then sk-abc123-longer, key=s3cr3tvalue", ["s3cr3tvalue"])).toBe("master sk-**** then sk-****, key=****");
    expect(redactWith("Received API Key = sk-...WXYZ, ask-me", [])).toBe("Received API Key = sk-****, ask-me");
  });
});
