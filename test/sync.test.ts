import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AccessState } from "../src/sync/access-state.js";
import { cli } from "./support/cli.js";
import { declaredStateDifferences, KEY_VALUE, MASTER_KEY, sampleState, writeState } from "./support/access-state.js";
import { CALLER, FakeLiteLLM, hashToken, startFakeLiteLLM } from "./support/fake-litellm.js";
import { FakeKubernetes } from "./support/fake-kubernetes.js";

let litellm: FakeLiteLLM;
let kube: FakeKubernetes;

beforeEach(async () => {
  litellm = await startFakeLiteLLM({ masterKey: MASTER_KEY });
  kube = await new FakeKubernetes().start();
});
afterEach(async () => {
  await litellm.close();
  await kube.close();
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { LITELLM_MASTER_KEY: MASTER_KEY, LITELLM_URL: litellm.url, LITELLM_KEY_CI: KEY_VALUE, ...kube.env(), ...extra };
}

async function sync(state: AccessState, args: string[] = [], extraEnv: Record<string, string> = {}) {
  const file = writeState(state);
  return cli(path.dirname(file), ["sync", file, "--wait", "0", ...args], env(extraEnv));
}

const meta = (row: Record<string, unknown> | undefined) => row?.["metadata"] as Record<string, unknown>;

describe("sync: create, converge, update, delete", { timeout: 20_000 }, () => {
  it("creates every declared object, marked as ours, and a second run sends nothing", async () => {
    const first = await sync(sampleState());
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);

    const research = litellm.teams.get("team-research")!;
    expect(research["team_alias"]).toBe("research");
    expect(research["max_budget"]).toBe(100);
    expect(meta(research)["managed_by"]).toBe("litellm-gitops");
    expect(meta(research)["cost_center"]).toBe("r-1");
    expect(meta(research)["litellm_gitops"]).toMatchObject({ owner: "ai/proxy", resource: "Team/ai/research" });
    // new_team adds the master key's user as admin; the sync neither fights nor removes it.
    expect(research["members_with_roles"]).toContainEqual({ user_id: CALLER, user_email: null, role: "admin" });
    expect(research["members_with_roles"]).toContainEqual(expect.objectContaining({ user_id: "alice", role: "user" }));
    expect(litellm.memberships.get("team-research/alice")?.max_budget_in_team).toBe(5);

    expect(litellm.users.get("alice")?.["user_email"]).toBe("alice@example.com");
    // auto_create_key was sent as false: no key besides the two VirtualKeys.
    expect([...litellm.keys.values()].map((k) => k["key_alias"]).sort()).toEqual(["bot", "ci"]);

    const ci = [...litellm.keys.values()].find((k) => k["key_alias"] === "ci")!;
    expect(ci["token"]).toBe(hashToken(KEY_VALUE));
    expect(ci["max_budget"]).toBe(10.5);
    const bot = [...litellm.keys.values()].find((k) => k["key_alias"] === "bot")!;
    const written = kube.value("ai", "proxy-key-bot");
    expect(written).toMatch(/^sk-/);
    expect(hashToken(written!)).toBe(bot["token"]);

    expect(declaredStateDifferences(litellm, kube, sampleState(), { LITELLM_KEY_CI: KEY_VALUE }, hashToken)).toEqual([]);

    const posts = litellm.mutating().length;
    const second = await sync(sampleState());
    expect(second.code).toBe(0);
    expect(litellm.mutating().length).toBe(posts);
    expect(second.stdout).toContain("nothing to do");
  });

  it("a changed field sends one update with that field, and the next run nothing", async () => {
    await sync(sampleState());
    const state = sampleState();
    state.teams[0]!.params.max_budget = 250;
    const before = litellm.mutating().length;
    const run = await sync(state);
    expect(run.code).toBe(0);
    const sent = litellm.mutating().slice(before);
    expect(sent.map((r) => r.path)).toEqual(["/team/update"]);
    const body = sent[0]!.body as Record<string, unknown>;
    expect(body["max_budget"]).toBe(250);
    // budget_duration did not change: sending it again would reset the budget window.
    expect(body).not.toHaveProperty("budget_duration");
    expect(run.stdout).toMatch(/update\s+team\s+team-research.*: max_budget/);
    expect(litellm.teams.get("team-research")!["budget_duration"]).toBe("30d");

    const again = litellm.mutating().length;
    await sync(state);
    expect(litellm.mutating().length).toBe(again);
  });

  it("a field removed from Git is cleared on teams and keys (explicit null or empty), and metadata keeps our record", async () => {
    await sync(sampleState());
    const state = sampleState();
    delete state.teams[0]!.params.max_budget;
    delete state.keys[0]!.params.models;
    await sync(state);
    expect(litellm.teams.get("team-research")!["max_budget"]).toBeNull();
    const ci = [...litellm.keys.values()].find((k) => k["key_alias"] === "ci")!;
    expect(ci["models"]).toEqual([]);
    expect(meta(ci)["managed_by"]).toBe("litellm-gitops");
    const posts = litellm.mutating().length;
    await sync(state);
    expect(litellm.mutating().length).toBe(posts);
  });

  it("blocks and unblocks through /team/block, /team/unblock, /key/block, /key/unblock", async () => {
    await sync(sampleState());
    const state = sampleState();
    state.teams[1]!.blocked = true;
    state.keys[0]!.blocked = true;
    const before = litellm.mutating().length;
    await sync(state);
    expect(litellm.mutating().slice(before).map((r) => r.path).sort()).toEqual(["/key/block", "/team/block"]);
    expect(litellm.teams.get("team-support")!["blocked"]).toBe(true);
    await sync(sampleState());
    expect(litellm.teams.get("team-support")!["blocked"]).toBe(false);
  });

  it("removing resources from Git deletes exactly the objects the sync created, never foreign ones", async () => {
    litellm.seedTeam({ team_id: "ui-team", team_alias: "made in the UI" });
    litellm.seedUser({ user_id: "carol", user_email: "carol@example.com" });
    litellm.seedKey("sk-foreign-key-123456", { key_alias: "foreign" });
    await sync(sampleState());
    // Someone adds a UI user to our team: that membership is not ours.
    (litellm.teams.get("team-support")!["members_with_roles"] as unknown[]).push({ user_id: "carol", user_email: null, role: "user" });

    const state = sampleState();
    state.teams = state.teams.filter((t) => t.team_id !== "team-research");
    state.keys = state.keys.filter((k) => k.key_alias !== "ci");
    state.users = state.users.filter((u) => u.user_id !== "alice");
    state.memberships = state.memberships.filter((m) => m.user_id !== "alice");
    const run = await sync(state);
    expect(run.code).toBe(0);
    expect(litellm.teams.has("team-research")).toBe(false);
    expect(litellm.users.has("alice")).toBe(false);
    expect([...litellm.keys.values()].some((k) => k["key_alias"] === "ci")).toBe(false);
    expect(litellm.teams.has("ui-team")).toBe(true);
    expect(litellm.users.has("carol")).toBe(true);
    expect([...litellm.keys.values()].some((k) => k["key_alias"] === "foreign")).toBe(true);
    expect(litellm.teams.get("team-support")!["members_with_roles"]).toContainEqual({ user_id: "carol", user_email: null, role: "user" });
    expect(run.stdout).toMatch(/delete\s+team\s+team-research/);
    expect(run.stdout).not.toContain("warning");
    expect(declaredStateDifferences(litellm, kube, state, { LITELLM_KEY_CI: KEY_VALUE }, hashToken)).toEqual([]);
  });

  it("a membership removed from Git is deleted; the caller's admin membership stays", async () => {
    await sync(sampleState());
    const state = sampleState();
    state.memberships = state.memberships.filter((m) => m.user_id !== "bob");
    const before = litellm.mutating().length;
    await sync(state);
    const sent = litellm.mutating().slice(before);
    expect(sent.map((r) => r.path)).toEqual(["/team/member_delete", "/user/update"]);
    const members = litellm.teams.get("team-support")!["members_with_roles"] as Array<{ user_id: string }>;
    expect(members.map((m) => m.user_id)).toEqual([CALLER]);
    const posts = litellm.mutating().length;
    await sync(state);
    expect(litellm.mutating().length).toBe(posts);
  });

  it("converges in one run when removing a member also deletes that user's keys in the team", async () => {
    await litellm.close();
    litellm = await startFakeLiteLLM({ masterKey: MASTER_KEY, memberDeleteDeletesKeys: true });
    await sync(sampleState());
    const state = sampleState();
    state.memberships = state.memberships.filter((m) => m.user_id !== "bob");
    const run = await sync(state);
    expect(run.code, run.stdout).toBe(0);
    // The key bot (team-support, user bob) went with the membership; this same run re-created it.
    const bot = [...litellm.keys.values()].filter((k) => k["key_alias"] === "bot");
    expect(bot).toHaveLength(1);
    expect(hashToken(kube.value("ai", "proxy-key-bot")!)).toBe(bot[0]!["token"]);
    const posts = litellm.mutating().length;
    expect((await sync(state)).stdout).toContain("nothing to do");
    expect(litellm.mutating().length).toBe(posts);
  });

  it("a role change goes through /team/member_update", async () => {
    litellm.premium = true;
    await sync(sampleState());
    const state = sampleState();
    state.memberships[1]!.role = "admin";
    const before = litellm.mutating().length;
    await sync(state);
    expect(litellm.mutating().slice(before).map((r) => r.path)).toContain("/team/member_update");
    const bob = (litellm.teams.get("team-support")!["members_with_roles"] as Array<{ user_id: string; role: string }>).find((m) => m.user_id === "bob");
    expect(bob?.role).toBe("admin");
  });
});

describe("sync: keys", { timeout: 20_000 }, () => {
  it("a generated key that leaves Git: the key is deleted, and so is its Secret; a Secret the Role may not delete is a warning, not a failure", async () => {
    await sync(sampleState());
    const state = sampleState();
    state.keys = state.keys.filter((k) => k.key_alias !== "bot");
    const run = await sync(state);
    expect(run.code).toBe(0);
    expect(kube.value("ai", "proxy-key-bot")).toBeUndefined();

    await sync(sampleState());
    kube.forbidDeletes = true;
    const forbidden = await sync(state);
    expect(forbidden.code).toBe(0);
    expect([...litellm.keys.values()].some((k) => k["key_alias"] === "bot")).toBe(false);
    expect(forbidden.stdout).toContain("warning: the key was deleted, but its Secret was left in place: cannot delete Secret ai/proxy-key-bot: HTTP 403");
  });

  it("a new value in the store re-creates the key under its alias", async () => {
    await sync(sampleState());
    const rotated = "sk-from-store-BBBBBBBBBBBBBBBB";
    const run = await sync(sampleState(), [], { LITELLM_KEY_CI: rotated });
    expect(run.code).toBe(0);
    const ci = [...litellm.keys.values()].filter((k) => k["key_alias"] === "ci");
    expect(ci).toHaveLength(1);
    expect(ci[0]!["token"]).toBe(hashToken(rotated));
    expect(run.stdout).toMatch(/rotate\s+key\s+ci/);
  });

  it("a generated key whose Secret was lost is generated again and written again", async () => {
    await sync(sampleState());
    kube.secrets.clear();
    const run = await sync(sampleState());
    expect(run.code).toBe(0);
    const bot = [...litellm.keys.values()].filter((k) => k["key_alias"] === "bot");
    expect(bot).toHaveLength(1);
    expect(hashToken(kube.value("ai", "proxy-key-bot")!)).toBe(bot[0]!["token"]);
  });

  it("without a Kubernetes API a generated key is refused with a clear message; the rest applies", async () => {
    const file = writeState(sampleState());
    const run = await cli(path.dirname(file), ["sync", file, "--wait", "0"], { LITELLM_MASTER_KEY: MASTER_KEY, LITELLM_URL: litellm.url, LITELLM_KEY_CI: KEY_VALUE });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("error: key bot (VirtualKey/ai/bot): LiteLLM would generate this key, and its value must go to Secret proxy-key-bot, but there is no Kubernetes API (KUBERNETES_SERVICE_HOST is not set)");
    expect([...litellm.keys.values()].map((k) => k["key_alias"])).toEqual(["ci"]);
  });

  it("a missing keySecretRef variable is an error naming the Secret", async () => {
    const file = writeState(sampleState());
    const run = await cli(path.dirname(file), ["sync", file, "--wait", "0"], { LITELLM_MASTER_KEY: MASTER_KEY, LITELLM_URL: litellm.url, ...kube.env() });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("the environment variable LITELLM_KEY_CI is not set; the Job sets it from Secret ci-key (key value)");
  });

  it("the file's keys are matched by exact alias: a foreign key whose alias merely contains ours is left alone", async () => {
    litellm.seedKey("sk-other-ci-key-99999", { key_alias: "ci-legacy" });
    await sync(sampleState());
    expect([...litellm.keys.values()].some((k) => k["key_alias"] === "ci-legacy")).toBe(true);
    expect([...litellm.keys.values()].filter((k) => k["key_alias"] === "ci")).toHaveLength(1);
  });
});

describe("sync: ownership and adoption", { timeout: 20_000 }, () => {
  it("a declared id taken by a foreign object is an error naming it; --adopt takes it over, then it converges", async () => {
    litellm.seedTeam({ team_id: "team-research", team_alias: "research", metadata: { managed_by: "litellm-operator" }, max_budget: 1 });
    litellm.seedKey(KEY_VALUE, { key_alias: "ci", metadata: { managed_by: "litellm-operator" } });
    const refused = await sync(sampleState());
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("error: team team-research (Team/ai/research): team_id team-research (alias research) already exists and is managed_by: litellm-operator (migrating from the operator: rerun with --adopt)");
    expect(refused.stdout).toContain("error: key ci (VirtualKey/ai/ci): key_alias ci already exists and is managed_by: litellm-operator");
    expect(litellm.teams.get("team-research")!["max_budget"]).toBe(1);
    expect(meta(litellm.teams.get("team-research"))["managed_by"]).toBe("litellm-operator");

    const adopted = await sync(sampleState(), ["--adopt"]);
    expect(adopted.code).toBe(0);
    expect(declaredStateDifferences(litellm, kube, sampleState(), { LITELLM_KEY_CI: KEY_VALUE }, hashToken)).toEqual([]);
    expect(adopted.stdout).toMatch(/adopt\s+team\s+team-research/);
    expect(litellm.teams.get("team-research")!["max_budget"]).toBe(100);
    expect(meta(litellm.teams.get("team-research"))["managed_by"]).toBe("litellm-gitops");
    // The adopted key keeps its value (the same one the store holds): updated, not re-created.
    expect([...litellm.keys.values()].filter((k) => k["key_alias"] === "ci")[0]!["token"]).toBe(hashToken(KEY_VALUE));

    const posts = litellm.mutating().length;
    expect((await sync(sampleState())).code).toBe(0);
    expect(litellm.mutating().length).toBe(posts);
  });

  it("memberships into a declared team that is someone else's are left alone until it is adopted", async () => {
    litellm.seedTeam({ team_id: "team-support", team_alias: "support", metadata: { managed_by: "litellm-operator" } });
    const run = await sync(sampleState());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("warning: membership team-support/bob (TeamMemberAssociation/ai/bob-support): not applied: team team-support is not managed by this sync");
    expect(litellm.teams.get("team-support")!["members_with_roles"]).toEqual([]);
    expect(litellm.log.some((r) => r.path === "/team/member_add" && (r.body as { team_id: string }).team_id === "team-support")).toBe(false);
  });

  it("an object of another litellm-gitops owner is never taken, even with --adopt", async () => {
    litellm.seedUser({ user_id: "alice", user_email: "alice@example.com", metadata: { managed_by: "litellm-gitops", litellm_gitops: { owner: "other/proxy", resource: "User/other/alice", hash: "x", fields: {} } } });
    const run = await sync(sampleState(), ["--adopt"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("belongs to another litellm-gitops owner (other/proxy, User/other/alice)");
  });

  it("LiteLLM's duplicate-email refusal (409) is reported against the resource, with LiteLLM's message", async () => {
    litellm.seedUser({ user_id: "someone-else", user_email: "ALICE@example.com" });
    const run = await sync(sampleState());
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAILED\s+user\s+alice\s+\(User\/ai\/alice\)/);
    expect(run.stdout).toContain("POST /user/new: HTTP 409: User with email ALICE@example.com already exists");
  });
});

describe("sync: enterprise-only features", { timeout: 20_000 }, () => {
  it("tags on a team without a licence: LiteLLM's refusal is reported against the Team; the others apply", async () => {
    const state = sampleState();
    state.teams[1]!.params.tags = ["prod"];
    const run = await sync(state);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAILED\s+team\s+team-support\s+\(Team\/ai\/support\)/);
    expect(run.stdout).toContain("create refused: POST /team/new: HTTP 403: This feature is only available for LiteLLM Enterprise users: tags.");
    expect(litellm.teams.has("team-research")).toBe(true);
  });

  it("an admin member without a licence: /team/member_add's 400 is reported against the association", async () => {
    const state = sampleState();
    state.memberships[0]!.role = "admin";
    const run = await sync(state);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAILED\s+membership\s+team-research\/alice\s+\(TeamMemberAssociation\/ai\/alice-research\)/);
    expect(run.stdout).toContain("HTTP 400: Assigning team admins is a premium feature.");
  });
});

describe("sync: dry run, readiness, usage, redaction", { timeout: 20_000 }, () => {
  it("--dry-run prints the plan with field names only and sends nothing that writes", async () => {
    const run = await sync(sampleState(), ["--dry-run"]);
    expect(run.code).toBe(0);
    expect(litellm.mutating()).toEqual([]);
    expect(kube.log.filter((r) => r.method !== "GET")).toEqual([]);
    expect(run.stdout).toContain("dry run, nothing is sent");
    expect(run.stdout).toMatch(/create\s+team\s+team-research\s+\(Team\/ai\/research\): budget_duration, max_budget, metadata, models, team_alias/);
    expect(run.stdout).toMatch(/create\s+key\s+ci\s+\(VirtualKey\/ai\/ci\): max_budget, models, team_id/);
    expect(run.stdout).not.toContain("100");
    expect(run.stdout).not.toContain("alice@example.com");
    expect(run.stdout).toContain("plan: 8 to create, 0 to update, 0 to delete");
  });

  it("--format json gives the same plan as data", async () => {
    const run = await sync(sampleState(), ["--dry-run", "--format", "json"]);
    const doc = JSON.parse(run.stdout) as { dryRun: boolean; actions: Array<{ kind: string; op: string; name: string; fields: string[]; status: string }>; summary: Record<string, number> };
    expect(doc.dryRun).toBe(true);
    expect(doc.summary).toMatchObject({ create: 8, update: 0, delete: 0, errors: 0 });
    expect(doc.actions.find((a) => a.kind === "user" && a.name === "alice")).toMatchObject({ op: "create", status: "planned", fields: ["max_budget", "user_email", "user_role"] });
  });

  it("waits for /health/readiness to report the database before it starts", async () => {
    litellm.notReadyFor = 1;
    const file = writeState(sampleState());
    const run = await cli(path.dirname(file), ["sync", file, "--wait", "5"], env());
    expect(run.code).toBe(0);
    expect(litellm.log.filter((r) => r.path === "/health/readiness")).toHaveLength(2);
  });

  it("a proxy that never becomes ready: exit 1, nothing sent", async () => {
    litellm.notReadyFor = 1000;
    const run = await sync(sampleState());
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("error: the proxy did not become ready within 0s (GET /health/readiness: database Not connected)");
    expect(litellm.mutating()).toEqual([]);
  });

  it("a proxy that is not there at all: exit 1 with the connection error", async () => {
    const file = writeState(sampleState());
    const run = await cli(path.dirname(file), ["sync", file, "--wait", "0"], env({ LITELLM_URL: "http://127.0.0.1:9" }));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("did not become ready");
  });

  it("usage errors exit 2: no master key, no file, a bad --wait, a file that is not an access.json", async () => {
    const file = writeState(sampleState());
    const dir = path.dirname(file);
    const noKey = await cli(dir, ["sync", file], { LITELLM_URL: litellm.url });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain("the environment variable LITELLM_MASTER_KEY is not set");
    expect((await cli(dir, ["sync"], env())).code).toBe(2);
    expect((await cli(dir, ["sync", file, "--wait", "soon"], env())).stderr).toContain("--wait takes a number of seconds");
    const notOurs = writeState({ hello: 1 } as unknown as AccessState);
    const bad = await cli(dir, ["sync", notOurs], env());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("is not an access.json");
    const broken = sampleState();
    delete (broken.keys[1] as Partial<(typeof broken.keys)[number]>).keySource;
    const noSource = await cli(dir, ["sync", writeState(broken)], env());
    expect(noSource.code).toBe(2);
    expect(noSource.stderr).toContain("keys[1] needs resource, key_alias, blocked, params and a keySource (env, or generate.secretName)");
    expect(litellm.log).toEqual([]);
  });

  it("the URL: --url beats LITELLM_URL, which beats the file", async () => {
    const file = writeState(sampleState("http://127.0.0.1:9"));
    const fromEnv = await cli(path.dirname(file), ["sync", file, "--wait", "0", "--dry-run"], env());
    expect(fromEnv.code).toBe(0);
    const { LITELLM_URL: _u, ...withoutUrl } = env();
    const fromFlag = await cli(path.dirname(file), ["sync", file, "--wait", "0", "--dry-run", "--url", litellm.url], { ...withoutUrl, LITELLM_URL: "http://127.0.0.1:9" });
    expect(fromFlag.code).toBe(0);
    const fromFile = await cli(path.dirname(file), ["sync", file, "--wait", "0", "--dry-run"], withoutUrl);
    expect(fromFile.code).toBe(1);
  });

  it("never prints the master key or a key value, in any format, even when LiteLLM echoes the key it got", async () => {
    await sync(sampleState());
    const generated = kube.value("ai", "proxy-key-bot")!;
    for (const format of ["text", "json"]) {
      const wrong = await sync(sampleState(), ["--format", format], { LITELLM_MASTER_KEY: "sk-wrong-master-key-ZZZZ" });
      expect(wrong.code).toBe(1);
      const out = wrong.stdout + wrong.stderr;
      expect(out).toContain("Authentication Error");
      expect(out).not.toContain("sk-wrong-master-key-ZZZZ");
      expect(out).not.toContain("ZZZZ");
      const ok = await sync(sampleState(), ["--format", format, "--dry-run"], { LITELLM_KEY_CI: "sk-rotated-value-QQQQQQ" });
      const text = ok.stdout + ok.stderr;
      for (const secret of [MASTER_KEY, KEY_VALUE, "sk-rotated-value-QQQQQQ", generated]) expect(text).not.toContain(secret);
    }
  });
});
