// The build-time checks of teams, users, keys and memberships: each reported at the offending
// value, with a hint, and only there (a valid neighbour stays quiet).
import { describe, expect, it } from "vitest";
import { cli } from "./support/cli.js";
import { writeProject } from "./support/project.js";

const BASE: Record<string, string> = {
  "instance.yaml": `apiVersion: litellm.litellm.ai/v1alpha1
kind: LiteLLMInstance
metadata: {name: proxy, namespace: ai}
spec:
  image: ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1
  routerSettings:
    model_group_alias: {smart: gpt-4o}
---
apiVersion: litellm.litellm.ai/v1alpha1
kind: LiteLLMInstance
metadata: {name: other, namespace: ai}
spec:
  image: ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1
`,
  "models.yaml": `apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata: {name: gpt-4o, namespace: ai}
spec:
  modelName: gpt-4o
  connectionRef: {instanceRef: {name: proxy}}
  modelSecretRef: {secretName: openai}
  litellmParams: {model: openai/gpt-4o}
  modelInfo: {accessGroups: [beta]}
---
apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata: {name: anthropic-all, namespace: ai}
spec:
  modelName: "anthropic/*"
  connectionRef: {instanceRef: {name: proxy}}
  modelSecretRef: {secretName: anthropic}
  litellmParams: {model: "anthropic/*"}
`,
};

interface JsonDiagnostic {
  code: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
}

async function check(yaml: string): Promise<JsonDiagnostic[]> {
  const dir = writeProject({ ...BASE, "access.yaml": yaml });
  const r = await cli(dir, ["validate", "--format", "json"]);
  return (JSON.parse(r.stdout || "[]") as JsonDiagnostic[]).filter((d) => d.file === "access.yaml");
}

const team = (name: string, spec: string) => `apiVersion: auth.litellm.ai/v1alpha1
kind: Team
metadata: {name: ${name}, namespace: ai}
spec:
  connectionRef: {instanceRef: {name: proxy}}
${spec}`;
const key = (name: string, spec: string, proxy = "proxy") => `apiVersion: auth.litellm.ai/v1alpha1
kind: VirtualKey
metadata: {name: ${name}, namespace: ai}
spec:
  connectionRef: {instanceRef: {name: ${proxy}}}
${spec}`;
const user = (name: string, spec: string, proxy = "proxy") => `apiVersion: auth.litellm.ai/v1alpha1
kind: User
metadata: {name: ${name}, namespace: ai}
spec:
  connectionRef: {instanceRef: {name: ${proxy}}}
${spec}`;
const where = (ds: JsonDiagnostic[]) => ds.map((d) => `${d.line}:${d.column} ${d.code}`);

describe("models (LG4050)", () => {
  it("accepts served names, wildcard-served names, access groups, aliases, matching wildcards and LiteLLM's special names", async () => {
    const ds = await check(team("t", '  teamAlias: t\n  models: [gpt-4o, anthropic/claude-3-5-sonnet, beta, smart, "gpt-*", all-proxy-models]\n'));
    expect(ds).toEqual([]);
  });

  it("refuses a model the proxy does not serve, at the entry, with a suggestion", async () => {
    const ds = await check(team("t", "  teamAlias: t\n  models: [gpt-4o, gpt4o, openai/*]\n"));
    expect(where(ds)).toEqual(["7:20 LG4050", "7:27 LG4050"]);
    expect(ds[0]!.message).toBe('"gpt4o" is not a model, access group or alias of proxy ai/proxy');
    expect(ds[0]!.hint).toBe('Did you mean "gpt-4o"?');
  });

  it("checks the keys of per-model budgets and limits too", async () => {
    const ds = await check(key("k", '  keyAlias: k\n  modelMaxBudget: {gpt-4o: "1", gpt-5: "2"}\n  modelRPMLimit: {gpt-5: 10}\n'));
    expect(where(ds)).toEqual(["7:33 LG4050", "8:19 LG4050"]);
  });
});

describe("budgets and durations", () => {
  it("budgets are exact non-negative decimals (LG3003)", async () => {
    const ds = await check(team("t", '  teamAlias: t\n  maxBudget: "-5"\n') + "---\n" + key("k", '  keyAlias: k\n  maxBudget: "10 USD"\n  softBudget: "1e2"\n'));
    expect(where(ds)).toEqual(["7:14 LG3003", "15:14 LG3003"]);
  });

  it("budgetDuration and duration have LiteLLM's form (LG3004)", async () => {
    const ds = await check(key("k", "  keyAlias: k\n  budgetDuration: 1month\n  duration: 30d\n"));
    expect(where(ds)).toEqual(["7:19 LG3004"]);
    expect(ds[0]!.hint).toContain("1mo");
  });

  it("per-model limits typed as strings by the User CRD must be whole numbers (LG3050)", async () => {
    const ds = await check(user("u", '  userEmail: u@example.com\n  modelRPMLimit: {gpt-4o: "10", beta: "ten"}\n'));
    expect(where(ds)).toEqual(["7:39 LG3050"]);
  });

  it("a key's or member's budget above its team's is a warning (LG4055)", async () => {
    const ds = await check(
      team("t", '  teamAlias: t\n  teamID: team-t\n  maxBudget: "100"\n') +
        "---\n" +
        key("k", '  keyAlias: k\n  teamID: team-t\n  maxBudget: "100.01"\n') +
        "---\n" +
        key("fine", '  keyAlias: fine\n  teamID: team-t\n  maxBudget: "99.99"\n'),
    );
    expect(ds.map((d) => [d.line, d.code, d.severity])).toEqual([[17, "LG4055", "warning"]]);
    expect(ds[0]!.message).toContain("above the budget of team t (100)");
  });
});

describe("references", () => {
  it("teamID and userID naming nothing of the proxy are warned as external (LG4052), with the likely fix", async () => {
    const ds = await check(team("research", "  teamAlias: research\n") + "---\n" + key("k", "  keyAlias: k\n  teamID: research\n  userID: someone\n"));
    expect(ds.map((d) => [d.line, d.code, d.severity])).toEqual([
      [14, "LG4052", "warning"],
      [15, "LG4052", "warning"],
    ]);
    expect(ds[0]!.hint).toContain("Team/ai/research is a Team of this proxy: refer to it by its teamID");
  });

  it("a team of another proxy is external to this one", async () => {
    const ds = await check(team("t", "  teamAlias: t\n  teamID: shared\n").replace("name: proxy}", "name: other}") + "---\n" + key("k", "  keyAlias: k\n  teamID: shared\n"));
    expect(where(ds)).toEqual(["15:11 LG4052"]);
  });

  it("an association's refs resolve with namespaces honoured, on the association's proxy (LG4053)", async () => {
    const assoc = (teamRef: string, userRef: string) => `apiVersion: auth.litellm.ai/v1alpha1
kind: TeamMemberAssociation
metadata: {name: m, namespace: ai}
spec:
  connectionRef: {instanceRef: {name: proxy}}
  role: user
  teamRef: ${teamRef}
  userRef: ${userRef}
`;
    const people = team("t", "  teamAlias: t\n") + "---\n" + user("u", "  userEmail: u@example.com\n", "other") + "---\n";
    const ds = await check(people + assoc("{name: t, namespace: elsewhere}", "{name: u}"));
    expect(ds.map((d) => [d.line, d.code])).toEqual([
      [21, "LG4053"],
      [22, "LG4053"],
    ]);
    expect(ds[0]!.message).toBe("teamRef elsewhere/t names no Team among the inputs");
    expect(ds[1]!.message).toBe("User ai/u connects to ai/other, but this association connects to ai/proxy");
  });

  it("an instanceRef naming no instance is LG3001", async () => {
    const ds = await check(key("k", "  keyAlias: k\n", "proxxy"));
    expect(ds.map((d) => [d.code, d.hint])).toEqual([["LG3001", "Did you mean ai/proxy?"]]);
  });
});

describe("uniqueness per proxy (LG4054)", () => {
  it("key aliases, team ids and aliases, user ids and emails (case-insensitively)", async () => {
    const ds = await check(
      [
        key("a", "  keyAlias: same\n"),
        key("b", "  keyAlias: same\n"),
        team("t1", "  teamAlias: t\n  teamID: x\n"),
        team("t2", "  teamAlias: t\n  teamID: x\n"),
        user("u1", "  userEmail: Ann@Example.com\n"),
        user("u2", "  userEmail: ann@example.com\n"),
        user("u3", "  userEmail: b@example.com\n  autoCreateKey: true\n  keyAlias: same\n"),
      ].join("---\n"),
    );
    expect(ds.filter((d) => d.code === "LG4054").map((d) => d.message.replace(/ \(access\.yaml:\d+\)$/, ""))).toEqual([
      // Users' keys are bound before VirtualKeys (a deterministic order, whatever the files'), so u3 holds the alias.
      'key_alias "same" is already used on proxy ai/proxy by User/ai/u3',
      'key_alias "same" is already used on proxy ai/proxy by User/ai/u3',
      'team_alias "t" is already used on proxy ai/proxy by Team/ai/t1',
      'team_id "x" is already used on proxy ai/proxy by Team/ai/t1',
      'user_email "ann@example.com" is already used on proxy ai/proxy by User/ai/u1',
    ]);
  });

  it("the same alias on two proxies is fine", async () => {
    expect(await check(key("a", "  keyAlias: same\n") + "---\n" + key("b", "  keyAlias: same\n", "other"))).toEqual([]);
  });
});

describe("keys", () => {
  it("a literal key is LG3008, and its value is never printed", async () => {
    const dir = writeProject({ ...BASE, "access.yaml": key("k", "  keyAlias: k\n  key: sk-live-1234567890abcdef\n") });
    const r = await cli(dir, ["validate"]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain("LG3008");
    expect(r.stdout + r.stderr).not.toContain("sk-live-1234567890abcdef");
  });

  it("a generated key's alias must make a valid Secret name (LG3005); a keySecretRef key may have any alias", async () => {
    const ds = await check(key("a", "  keyAlias: Team Key\n") + "---\n" + key("b", "  keyAlias: Other Key\n  keySecretRef: {secretName: other}\n"));
    expect(where(ds)).toEqual(["6:13 LG3005"]);
    expect(ds[0]!.message).toContain('"proxy-key-Team Key"');
  });

  it("autoCreateKey needs a keyAlias (LG3051)", async () => {
    const ds = await check(user("u", "  userEmail: u@example.com\n  autoCreateKey: true\n"));
    expect(where(ds)).toEqual(["7:18 LG3051"]);
  });

  it("spend and User.softBudget are not sent, with a warning (LG3052)", async () => {
    const ds = await check(user("u", '  userEmail: u@example.com\n  spend: "3"\n  softBudget: "5"\n'));
    expect(ds.map((d) => [d.line, d.code, d.severity])).toEqual([
      [7, "LG3052", "warning"],
      [8, "LG3052", "warning"],
    ]);
  });
});

describe("guardrails (LG4040, as for the instance's own references)", () => {
  const guardrail = `apiVersion: litellm-gitops.dev/v1alpha1
kind: Guardrail
metadata: {name: pii-mask, namespace: ai}
spec:
  instanceRef: {name: proxy}
  guardrail: presidio
  mode: pre_call
`;
  it("a team's, user's or key's guardrail must be one of its proxy's, with a did-you-mean", async () => {
    const ds = await check(
      guardrail +
        "---\n" +
        team("t", "  teamAlias: t\n  guardrails: [pii-mask, pii-mask2]\n") +
        "---\n" +
        user("u", "  userEmail: u@example.com\n  guardrails: [pii_mask]\n") +
        "---\n" +
        key("k", "  keyAlias: k\n  guardrails: [pii-mask]\n", "other"),
    );
    const found = ds.filter((d) => d.code === "LG4040");
    expect(found.map((d) => `${d.line}:${d.column}`)).toEqual(["15:26", "23:16", "31:16"]);
    expect(found[0]!.message).toBe('guardrail "pii-mask2" is not a guardrail of instance ai/proxy');
    expect(found[0]!.hint).toBe('Did you mean "pii-mask"?');
    expect(found[1]!.hint).toBe('Did you mean "pii-mask"?');
    // The other proxy has no guardrail at all: declaring one is the fix.
    expect(found[2]!.message).toBe('guardrail "pii-mask" is not a guardrail of instance ai/other');
    expect(found[2]!.hint).toBe("Declare it: a Guardrail with instanceRef: {name: other} and guardrailName: pii-mask.");
    expect(found.every((d) => d.severity === "error")).toBe(true);
  });

  it("a guardrail defined the old way in litellmSettings counts too", async () => {
    const dir = writeProject({
      ...BASE,
      "instance.yaml": BASE["instance.yaml"]!.replace("  routerSettings:", "  litellmSettings:\n    guardrails: [{legacy-guard: {callbacks: [lakera_prompt_injection], default_on: true}}]\n  routerSettings:"),
      "access.yaml": team("t", "  teamAlias: t\n  guardrails: [legacy-guard]\n"),
    });
    const r = await cli(dir, ["validate", "--format", "json"]);
    expect((JSON.parse(r.stdout || "[]") as JsonDiagnostic[]).filter((d) => d.code === "LG4040")).toEqual([]);
  });
});

describe("a team key's models are its team's (LG4056)", () => {
  const teams = team("narrow", "  teamAlias: narrow\n  teamID: team-narrow\n  models: [beta]\n") + "---\n" + team("open", "  teamAlias: open\n  teamID: team-open\n");
  it("accepts the team's names, models of its access groups, wildcards that reach only those, aliases of those, special names; a team without models allows all", async () => {
    const ds = await check(
      teams +
        "---\n" +
        key("a", "  keyAlias: a\n  teamID: team-narrow\n  models: [beta, gpt-4o, gpt-*, all-team-models, smart]\n") +
        "---\n" +
        key("b", "  keyAlias: b\n  teamID: team-open\n  models: [anthropic/claude-3-5-sonnet, gpt-4o]\n"),
    );
    expect(ds).toEqual([]);
  });

  it("refuses a model the team may not call, at the entry, naming the team and its models", async () => {
    const ds = await check(teams + "---\n" + key("k", '  keyAlias: k\n  teamID: team-narrow\n  models: [gpt-4o, anthropic/claude-3-5-sonnet, "anthropic/*"]\n'));
    expect(where(ds)).toEqual(["25:20 LG4056", "25:49 LG4056"]);
    expect(ds[0]!.message).toBe('team narrow (Team/ai/narrow) may not call "anthropic/claude-3-5-sonnet": LiteLLM refuses every call of this key with it (401: team not allowed to access model)');
    expect(ds[0]!.hint).toContain("(beta)");
    expect(ds[1]!.message).toContain('may not call "anthropic/*"');
    // An access group of the key reaches models; each must be the team's (a team wildcard counts).
    const grouped = await check(
      team("anth", '  teamAlias: anth\n  teamID: team-anth\n  models: ["anthropic/*"]\n') + "---\n" + key("k", "  keyAlias: k\n  teamID: team-anth\n  models: [beta, anthropic/claude-3-opus]\n"),
    );
    expect(where(grouped)).toEqual(["17:12 LG4056"]);
    expect(grouped[0]!.message).toBe('"beta" reaches gpt-4o, which team anth (Team/ai/anth) may not call: LiteLLM refuses those calls of this key (401)');
  });

  it("a team of another proxy, or an undeclared one, is not checked here (LG4052 warns about it)", async () => {
    const ds = await check(teams + "---\n" + key("k", "  keyAlias: k\n  teamID: elsewhere\n  models: [gpt-4o]\n"));
    expect(ds.map((d) => d.code)).toEqual(["LG4052"]);
  });
});

describe("Secrets the access resources read", () => {
  const external = (kind: string, name: string, keys: string, rest: string) => `apiVersion: auth.litellm.ai/v1alpha1
kind: ${kind}
metadata: {name: ${name}, namespace: ai}
spec:
  connectionRef: {secretRef: {name: remote-proxy, keys: ${keys}}}
${rest}`;
  it("two resources naming one connection Secret with different keys: LG4057 at the differing key", async () => {
    const ds = await check(
      external("Team", "a", "{masterKey: master, url: url}", "  teamAlias: a\n") +
        "---\n" +
        external("VirtualKey", "b", "{masterKey: masterkey, url: url}", "  keyAlias: b\n  keySecretRef: {secretName: b-key}\n"),
    );
    expect(where(ds)).toEqual(["12:69 LG4057"]);
    expect(ds[0]!.message).toBe('Secret remote-proxy holds the proxy\'s master key under key "master" according to Team/ai/a (access.yaml:5), not "masterkey"');
    expect(ds[0]!.hint).toContain("write keys.masterKey: master here");
  });

  it("a keySecretRef or connection Secret made by a producer must have the key read (LG4030)", async () => {
    const sealed = (name: string, keys: string) => `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata: {name: ${name}, namespace: ai}
spec:
  encryptedData: {${keys}}
---
`;
    const ds = await check(
      sealed("ci-key", "token: AgBy3i4OJSWK") +
        sealed("remote-proxy", "masterKey: AgBy3i4OJSWK, url: AgBy3i4OJSWK") +
        key("ci", "  keyAlias: ci\n  keySecretRef: {secretName: ci-key}\n") +
        "---\n" +
        key("ok", "  keyAlias: ok\n  keySecretRef: {secretName: ci-key, key: token}\n") +
        "---\n" +
        external("Team", "t", "{masterKey: masterkey, url: url}", "  teamAlias: t\n"),
    );
    expect(where(ds)).toEqual(["19:17 LG4030", "33:69 LG4030"]);
    expect(ds[0]!.message).toBe('Secret ci-key is made by SealedSecret ai/ci-key, which writes no key "key"');
    expect(ds[0]!.hint).toBe("Its keys: token.");
    expect(ds[1]!.hint).toBe('Did you mean "masterKey"? Its keys: masterKey, url.');
  });

  it("a keySecretRef or connection Secret name too long for its ExternalSecret's file name is LG3020", async () => {
    const long = "s".repeat(250);
    const ds = await check(key("k", `  keyAlias: k\n  keySecretRef: {secretName: ${long}}\n`) + "---\n" + external("Team", "t", "{masterKey: m, url: u}", "  teamAlias: t\n").replace("remote-proxy", long));
    expect(ds.map((d) => d.code)).toEqual(["LG3020", "LG3020"]);
    expect(ds[0]!.hint).toBe("Use a Secret name of at most 235 characters (build writes externalsecret-<name>.yaml).");
  });
});

describe("credentials in the free-form fields LiteLLM stores (LG3008)", () => {
  it("are refused at the value in metadata, config and permissions, at any depth, and never printed", async () => {
    const dir = writeProject({
      ...BASE,
      "access.yaml":
        team("t", '  teamAlias: t\n  metadata: {owner: alice, Authorization: "Bearer sk-team-LEAK111"}\n') +
        "---\n" +
        key("k", '  keyAlias: k\n  config: {slack_hook: "https://hooks.example.com/x?token=LEAK222"}\n  permissions: {api_key: sk-perm-LEAK333}\n') +
        "---\n" +
        user("u", "  userID: u\n  userEmail: u@example.com\n  metadata: {note: rotate monthly, x-api-key: LEAK444}\n"),
    });
    for (const format of ["text", "json", "github"]) {
      const r = await cli(dir, ["validate", "--format", format]);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).not.toMatch(/LEAK\d{3}/);
    }
    const r = await cli(dir, ["validate", "--format", "json"]);
    const ds = (JSON.parse(r.stdout) as JsonDiagnostic[]).filter((d) => d.file === "access.yaml" && d.code === "LG3008");
    expect(where(ds)).toEqual(["7:43 LG3008", "15:24 LG3008", "16:26 LG3008", "25:47 LG3008"]);
    expect(ds[0]!.hint).toContain("LiteLLM stores it in its database");
  });

  it("leave ordinary metadata alone", async () => {
    const ds = await check(team("t", "  teamAlias: t\n  metadata: {owner: alice, cost_center: \"4711\", docs: https://wiki.example.com/team}\n"));
    expect(ds).toEqual([]);
  });
});
