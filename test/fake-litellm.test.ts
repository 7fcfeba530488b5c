// The fake LiteLLM API that the sync tests run against must behave as LiteLLM does, or those
// tests prove nothing. Each case is a behaviour read from LiteLLM's source (cited in
// test/support/fake-litellm.ts) that the sync depends on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALLER, FakeLiteLLM, hashToken, NOT_PREMIUM, startFakeLiteLLM } from "./support/fake-litellm.js";

const KEY = "sk-master-test";
let fake: FakeLiteLLM;

beforeAll(async () => {
  fake = await startFakeLiteLLM({ masterKey: KEY });
});
afterAll(async () => fake.close());

async function call(method: "GET" | "POST", path: string, body?: unknown, key: string | null = KEY) {
  const res = await fetch(fake.url + path, {
    method,
    headers: { ...(key === null ? {} : { authorization: `Bearer ${key}` }), "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> }; // any: LiteLLM's bodies, read loosely
}

describe("fake LiteLLM: auth and errors", () => {
  it("refuses a missing or wrong key with 401 in ProxyException's shape, echoing the key's last 4 characters as LiteLLM does", async () => {
    const none = await call("GET", "/team/info?team_id=x", undefined, null);
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ error: { message: "Authentication Error, No api key passed in.", type: "auth_error", param: "None", code: "401" } });
    const wrong = await call("GET", "/team/info?team_id=x", undefined, "sk-wrong-1234");
    expect(wrong.body["error"].message).toContain("Received API Key = sk-...1234");
  });

  it("readiness is public and reports the database", async () => {
    fake.notReadyFor = 1;
    expect((await call("GET", "/health/readiness", undefined, null)).body).toMatchObject({ status: "healthy", db: "Not connected" });
    expect((await call("GET", "/health/readiness", undefined, null)).body).toMatchObject({ status: "healthy", db: "connected" });
  });
});

describe("fake LiteLLM: teams", () => {
  it("/team/new: caller added as admin, duplicate id 400 with LiteLLM's message, unknown fields dropped", async () => {
    const created = await call("POST", "/team/new", { team_id: "t1", team_alias: "alpha", not_a_field: 1 });
    expect(created.status).toBe(200);
    expect(created.body["members_with_roles"]).toEqual([{ user_id: CALLER, user_email: null, role: "admin" }]);
    expect(created.body).not.toHaveProperty("not_a_field");
    const dup = await call("POST", "/team/new", { team_id: "t1" });
    expect(dup.status).toBe(400);
    expect(dup.body["error"].message).toEqual({ error: "Team id = t1 already exists. Please use a different team id." });
  });

  it("/team/update: partial merge, explicit null clears, members and permissions ignored, a folded field alone replaces metadata", async () => {
    await call("POST", "/team/new", { team_id: "t2", team_alias: "beta", max_budget: 5, tpm_limit: 10, metadata: { a: "1" } });
    await call("POST", "/team/update", { team_id: "t2", max_budget: null, members_with_roles: [{ role: "user", user_id: "x" }], team_member_permissions: ["/key/generate"] });
    const row = fake.teams.get("t2")!;
    expect(row["max_budget"]).toBeNull();
    expect(row["tpm_limit"]).toBe(10);
    expect((row["members_with_roles"] as unknown[]).length).toBe(1);
    expect(row["team_member_permissions"]).toBeNull();
    fake.premium = true;
    await call("POST", "/team/update", { team_id: "t2", tags: ["x"] });
    fake.premium = false;
    expect(row["metadata"]).toEqual({ tags: ["x"] });
    expect((await call("POST", "/team/update", { team_id: "nope" })).status).toBe(404);
  });

  it("enterprise-only: truthy tags 403, empty tags fine, admin member 400", async () => {
    const tags = await call("POST", "/team/new", { team_id: "t3", tags: ["a"] });
    expect(tags.status).toBe(403);
    expect(tags.body["error"].message.error).toBe(`This feature is only available for LiteLLM Enterprise users: tags. ${NOT_PREMIUM}`);
    expect((await call("POST", "/team/new", { team_id: "t3", tags: [] })).status).toBe(200);
    const admin = await call("POST", "/team/member_add", { team_id: "t3", member: { user_id: "u", role: "admin" } });
    expect(admin.status).toBe(400);
    expect(admin.body["error"].message.error).toContain("Assigning team admins is a premium feature.");
  });

  it("member add/duplicate/delete; deleting a team deletes its keys", async () => {
    await call("POST", "/team/new", { team_id: "t4" });
    expect((await call("POST", "/team/member_add", { team_id: "t4", member: { user_id: "m1", role: "user" }, max_budget_in_team: 2 })).status).toBe(200);
    expect(fake.users.get("m1")!["teams"]).toEqual(["t4"]);
    const dup = await call("POST", "/team/member_add", { team_id: "t4", member: { user_id: "m1", role: "user" } });
    expect(dup.status).toBe(400);
    expect(dup.body["error"].type).toBe("team_member_already_in_team");
    await call("POST", "/key/generate", { key_alias: "t4-key", team_id: "t4" });
    expect((await call("POST", "/team/member_delete", { team_id: "t4", user_id: "nobody" })).body["error"].message).toEqual({ error: "User not found in team" });
    expect((await call("POST", "/team/member_delete", { team_id: "t4", user_id: "m1" })).status).toBe(200);
    await call("POST", "/team/delete", { team_ids: ["t4"] });
    expect([...fake.keys.values()].some((k) => k["key_alias"] === "t4-key")).toBe(false);
  });

  it("/v2/team/list?team_alias= is a partial, case-insensitive match", async () => {
    await call("POST", "/team/new", { team_id: "t5", team_alias: "AI-research" });
    const found = await call("GET", "/v2/team/list?team_alias=ai&page_size=100");
    expect(found.body["teams"].map((t: { team_id: string }) => t.team_id)).toContain("t5");
    expect((await call("GET", "/v2/team/list?page_size=101")).status).toBe(422);
  });
});

describe("fake LiteLLM: users", () => {
  it("/user/new: duplicate id or email (case-insensitive) 409; auto_create_key defaults to true", async () => {
    const made = await call("POST", "/user/new", { user_id: "u1", user_email: "U1@example.com" });
    expect(made.body["key"]).toMatch(/^sk-/);
    expect((await call("POST", "/user/new", { user_id: "u1" })).body["error"].message).toEqual({ error: "User with id u1 already exists" });
    const email = await call("POST", "/user/new", { user_id: "u2", user_email: "u1@EXAMPLE.com", auto_create_key: false });
    expect(email.status).toBe(409);
    expect(email.body["error"].message).toEqual({ error: "User with email U1@example.com already exists" });
  });

  it("/user/update ignores teams and empty values, cannot clear a list", async () => {
    await call("POST", "/user/new", { user_id: "u3", models: ["a"], auto_create_key: false });
    await call("POST", "/user/update", { user_id: "u3", models: [], teams: ["t1"], user_alias: "x" });
    expect(fake.users.get("u3")!["models"]).toEqual(["a"]);
    expect(fake.users.get("u3")!["teams"]).toEqual([]);
    expect(fake.users.get("u3")!["user_alias"]).toBe("x");
  });
});

describe("fake LiteLLM: keys", () => {
  it("token = sha256 of the key; unique aliases 400; /key/update ignores soft_budget, null clears", async () => {
    const g = await call("POST", "/key/generate", { key: "sk-chosen-value", key_alias: "k1", max_budget: 3, soft_budget: 1 });
    expect(g.body["key"]).toBe("sk-chosen-value");
    expect(fake.keys.get(hashToken("sk-chosen-value"))?.["key_alias"]).toBe("k1");
    const dup = await call("POST", "/key/generate", { key_alias: "k1" });
    expect(dup.status).toBe(400);
    expect(dup.body["error"]).toEqual({ message: "Key with alias 'k1' already exists. Unique key aliases across all keys are required.", type: "bad_request_error", param: "key_alias", code: "400" });
    await call("POST", "/key/update", { key: hashToken("sk-chosen-value"), soft_budget: 9, max_budget: null });
    const row = fake.keys.get(hashToken("sk-chosen-value"))!;
    expect(row["max_budget"]).toBeNull();
    expect(row["litellm_budget_table"]).toEqual({ soft_budget: 1 });
  });

  it("/key/update into another team: the team must call the key's models, have its user as a member (validate_key_team_change)", async () => {
    await call("POST", "/team/new", { team_id: "narrow", models: ["gpt-4o", "anthropic/*"] });
    await call("POST", "/team/new", { team_id: "wide" });
    await call("POST", "/key/generate", { key: "sk-move-me-0001", key_alias: "mover", models: ["anthropic/claude-3-opus", "gpt-4o-mini"] });
    const refused = await call("POST", "/key/update", { key: "sk-move-me-0001", team_id: "narrow" });
    expect(refused.status).toBe(401);
    expect(refused.body["error"]).toEqual({
      message: "team not allowed to access model. This team can only access models=['gpt-4o', 'anthropic/*']. Tried to access gpt-4o-mini",
      type: "team_model_access_denied",
      param: "model",
      code: "401",
    });
    expect(fake.keys.get(hashToken("sk-move-me-0001"))?.["team_id"]).toBeNull();
    // A team without models calls every model; the key's user must still be a member.
    expect((await call("POST", "/key/update", { key: "sk-move-me-0001", team_id: "wide" })).status).toBe(200);
    await call("POST", "/user/new", { user_id: "outsider", user_email: "outsider@example.com" });
    await call("POST", "/key/generate", { key: "sk-move-me-0003", key_alias: "mover-3", user_id: "outsider" });
    const notMember = await call("POST", "/key/update", { key: "sk-move-me-0003", team_id: "wide" });
    expect(notMember.status).toBe(403);
    expect(notMember.body["error"]["message"]).toBe("User=outsider is not a member of the team=wide. Check team members via `/team/info`.");
  });

  it("/key/list?key_alias= is exact; an unknown parameter is ignored and lists every key", async () => {
    await call("POST", "/key/generate", { key_alias: "prod" });
    await call("POST", "/key/generate", { key_alias: "prod-2" });
    expect((await call("GET", "/key/list?key_alias=prod")).body["keys"]).toHaveLength(1);
    expect((await call("GET", "/key/list?alias=prod&size=100")).body["keys"].length).toBe(fake.keys.size);
    const info = await call("GET", "/key/info?key=" + (await call("GET", "/key/list?key_alias=prod")).body["keys"][0]);
    expect(info.body["info"]).not.toHaveProperty("token");
    expect((await call("GET", "/key/info?key=nope")).body["error"]).toMatchObject({ message: "Key not found in database", code: "404" });
  });
});
