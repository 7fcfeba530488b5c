/**
 * `import` of Terraform: the configuration (`.tf`) and `terraform show -json` of the same
 * project give the same Models and the config.yaml entries the LiteLLM provider would have
 * created (BerriAI/terraform-provider-litellm litellm/resource_model_crud.go
 * createOrUpdateModel; ncecere/terraform-provider-litellm internal/provider/resource_model.go).
 * The golden files under fixtures/import/terraform/{hcl,state}/expected were read line by line
 * against those functions.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { convertStringValue } from "../src/importer/terraform/models.js";
import { cli } from "./support/cli.js";
import { contentTree } from "./support/output-tree.js";

const ROOT = process.cwd();
const FIXTURES = "fixtures/import/terraform";
const CANARIES = ["sk-tfstate-canary-0penai-1234567890", "az-tfstate-canary-azure-0987654321", "AKIATFSTATECANARY0001", "tfstate/canary/aws+secret/0000000000000"];
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lg-tf-"));
  temps.push(dir);
  return dir;
}
/** Every file under a folder, relative path → text. */
function readTree(dir: string): Map<string, string> {
  return new Map(Object.entries(contentTree(dir)).filter(([, text]) => text !== "<dir>"));
}
const codes = (stderr: string) => [...stderr.matchAll(/ (?:warning|error) (LG\d{4}) /g)].map((m) => m[1]);

async function importAndBuild(source: string) {
  const out = tempDir();
  const imported = await cli(ROOT, ["import", source, "--out", out, "--namespace", "ai", "--instance", "gateway"]);
  const files = readTree(out);
  const built = await cli(out, ["build", ".", "--out", path.join(out, "rendered"), "--strict"]);
  const config = readFileSync(path.join(out, "rendered/ai/gateway/config.yaml"), "utf8");
  const access = readFileSync(path.join(out, "rendered/ai/gateway/access.json"), "utf8");
  return { imported, files, built, config, access, out };
}

describe.each([
  ["hcl", `${FIXTURES}/hcl/main.tf`],
  ["state", `${FIXTURES}/state/terraform.json`],
])("import of Terraform (%s)", (form, source) => {
  it("writes exactly the reviewed resources and builds the reviewed config.yaml with --strict", async () => {
    const { imported, files, built, config, access } = await importAndBuild(source);
    expect(imported.code).toBe(0);
    expect(built.code).toBe(0);
    const expected = readTree(path.join(FIXTURES, form, "expected"));
    expect(config).toBe(expected.get("config.yaml.expected"));
    expect(access).toBe(expected.get("access.json.expected"));
    expected.delete("config.yaml.expected");
    expected.delete("access.json.expected");
    expect([...files.keys()].filter((f) => !f.startsWith("rendered/"))).toEqual([...expected.keys()]);
    for (const [file, text] of expected) expect(files.get(file), file).toBe(text);
    // The address → file mapping is in the report.
    expect(imported.stderr).toContain("litellm_model.azure_gpt4o → models/azure-gpt4o.yaml");
    for (const line of [
      "litellm_team.research → teams/research.yaml",
      "litellm_key.ci_bot → keys/ci-bot.yaml",
      "litellm_team_member.ann → team-members/ann.yaml",
      "litellm_team_member_add.analysts → team-members/analysts-1.yaml",
      "litellm_team_member_add.analysts → team-members/analysts-2.yaml",
      "litellm_mcp_server.github → mcp-servers/github.yaml",
    ])
      expect(imported.stderr).toContain(line);
  }, 30_000);

  it("reports each credential argument by name, never its value, and skips what it cannot map by name", async () => {
    const { imported, files } = await importAndBuild(source);
    const credentialLines = imported.stderr.split("\n").filter((l) => /LG600[5]|LG6063/.test(l));
    expect(credentialLines.map((l) => /argument (\w+)|credential (\w+)/.exec(l)?.slice(1).find(Boolean)).sort()).toEqual([
      "aws_access_key_id",
      "aws_secret_access_key",
      "model_api_key",
      "model_api_key",
      "model_api_key",
    ]);
    expect(imported.stderr).toMatch(/litellm_organization\.acme: litellm_organization has no counterpart/);
    expect(codes(imported.stderr).filter((c) => c === "LG6064")).toHaveLength(1);
    // A key whose value Terraform does not hold keeps working only through the generated-key Secret.
    expect(imported.stderr).toMatch(/litellm_key\.notebook: the key's value is not in Terraform; the sync keeps the key only if Secret gateway-key-notebook/);
    // Only the configuration lacks LiteLLM's ids.
    expect(codes(imported.stderr).includes("LG6066")).toBe(form === "hcl");
    expect(imported.stderr).toMatch(/mode "embeddings" is not a LiteLLM mode; imported as "embedding"/);
    for (const canary of CANARIES) {
      expect(imported.stderr).not.toContain(canary);
      expect(imported.stdout).not.toContain(canary);
      for (const [file, text] of files) expect(text, file).not.toContain(canary);
    }
  }, 30_000);
});

describe("import of Terraform", () => {
  it("the configuration and the state give one config.yaml, but for the ids LiteLLM gave the models (kept from the state)", () => {
    const hcl = parseYaml(readFileSync(`${FIXTURES}/hcl/expected/config.yaml.expected`, "utf8"));
    const state = parseYaml(readFileSync(`${FIXTURES}/state/expected/config.yaml.expected`, "utf8"));
    const withoutIds = (c: { model_list: Array<{ model_info: { id?: string } }> }) => c.model_list.map(({ model_info: { id, ...info }, ...m }) => ({ ...m, model_info: info }));
    expect(withoutIds(state)).toEqual(withoutIds(hcl));
    const stateIds = state.model_list.map((m: { model_info: { id: string } }) => m.model_info.id).sort();
    const json = JSON.parse(readFileSync(`${FIXTURES}/state/terraform.json`, "utf8"));
    const recorded = json.values.root_module.resources.filter((r: { type: string }) => r.type === "litellm_model").map((r: { values: { id: string } }) => r.values.id).sort();
    expect(stateIds).toEqual(recorded);
  });

  it("secrets lists what to put in the store for the imported credentials", async () => {
    const out = tempDir();
    await cli(ROOT, ["import", `${FIXTURES}/hcl/main.tf`, "--out", out]);
    const run = await cli(out, ["secrets", "--format", "json"]);
    expect(run.code).toBe(0);
    const text = run.stdout;
    for (const key of ["OPENAI_API_KEY", "AZURE_API_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]) expect(text).toContain(key);
  });

  it("an argument set by an expression it cannot evaluate, and count/for_each, are located warnings", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "models.tf"),
      [
        'variable "rpm" { default = 10 }',
        'resource "litellm_model" "fast" {',
        '  count               = 2',
        '  model_name          = "fast"',
        '  custom_llm_provider = "groq"',
        '  base_model          = "llama-3.1-8b-instant"',
        "  rpm                 = var.rpm",
        '  tier                = upper("paid")',
        "}",
        'resource "litellm_organization" "org" {',
        '  organization_alias = "x"',
        "}",
        "",
      ].join("\n"),
    );
    const run = await cli(dir, ["import", "models.tf", "--out", "out"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/models\.tf:7:3 warning LG6061 litellm_model\.fast: rpm is set by `var\.rpm`, which import cannot evaluate; not imported/);
    expect(run.stderr).toMatch(/models\.tf:8:3 warning LG6061 litellm_model\.fast: tier is set by `upper\("paid"\)`/);
    expect(run.stderr).toMatch(/models\.tf:3:3 warning LG6062 litellm_model\.fast uses count; imported as one Model/);
    expect(run.stderr).toMatch(/models\.tf:10:1 warning LG6064 litellm_organization\.org: litellm_organization has no counterpart/);
    const model = parseYaml(readFileSync(path.join(dir, "out/models/fast.yaml"), "utf8"));
    expect(model.spec.litellmParams).toEqual({ model: "groq/llama-3.1-8b-instant", customLLMProvider: "groq" });
  });

  it("an HCL syntax error is LG1003 at its line and column, and nothing is written", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "bad.tf"), 'resource "litellm_model" "x" {\n  model_name = "a", tpm = 1\n}\n');
    const run = await cli(dir, ["import", "bad.tf", "--out", "out"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.tf:2:\d+ error LG1003 HCL syntax error/);
    expect(readdirSync(dir)).toEqual(["bad.tf"]);
  });

  it("a Terraform file and a LiteLLM config in one import are refused (LG6008)", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "config.yaml"), "model_list: []\n");
    const run = await cli(ROOT, ["import", `${FIXTURES}/hcl/main.tf`, path.join(dir, "config.yaml"), "--out", path.join(dir, "out")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("LG6008");
  });

  it("modules and for_each instances of a state become one Model each, named from the address", async () => {
    const dir = tempDir();
    const model = (address: string, name: string, index: string | undefined) => ({
      address,
      mode: "managed",
      type: "litellm_model",
      name,
      ...(index === undefined ? {} : { index }),
      values: { model_name: `m-${index ?? name}`, custom_llm_provider: "openai", base_model: "gpt-4o-mini", tier: "free", id: `id-${index ?? name}` },
    });
    const state = {
      format_version: "1.0",
      values: {
        root_module: {
          resources: [{ address: "data.litellm_model.x", mode: "data", type: "litellm_model", name: "x", values: {} }],
          child_modules: [
            { address: "module.llm", resources: [model('module.llm.litellm_model.team["a"]', "team", "a"), model('module.llm.litellm_model.team["b"]', "team", "b")] },
          ],
        },
      },
    };
    writeFileSync(path.join(dir, "state.json"), JSON.stringify(state, null, 2));
    const run = await cli(dir, ["import", "state.json", "--out", "out"]);
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(dir, "out/models")).sort()).toEqual(["llm-team-a.yaml", "llm-team-b.yaml"]);
    expect(run.stderr).toContain('module.llm.litellm_model.team["a"] → models/llm-team-a.yaml');
    expect(codes(run.stderr)).not.toContain("LG6064"); // a data source is read, not managed: nothing to report
  });

  it("additional_litellm_params are converted as the provider converts them (Go's ParseInt, ParseFloat, ParseBool, then JSON)", () => {
    expect(convertStringValue("30")).toBe(30);
    expect(convertStringValue("0.5")).toBe(0.5);
    expect(convertStringValue("True")).toBe(true);
    expect(convertStringValue("f")).toBe(false);
    expect(convertStringValue('{"a": [1]}')).toEqual({ a: [1] });
    expect(convertStringValue("[oops")).toBe("[oops");
    expect(convertStringValue("gpt-4o")).toBe("gpt-4o");
  });

  it("a credential inside a URL, under a header-like key, or in a misspelt argument is never shown or written", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "m.tf"),
      [
        'resource "litellm_model" "m" {',
        '  model_name          = "a"',
        '  custom_llm_provider = "openai"',
        '  base_model          = "gpt-4o"',
        '  model_api_base      = "https://user:sk-CANARY111@api.example.com/v1?api_key=sk-CANARY222"',
        "  additional_litellm_params = {",
        '    extra_headers = "{\\"Authorization\\": \\"Bearer sk-CANARY333\\"}"',
        '    api-key       = "sk-CANARY444"',
        "  }",
        '  model_api_kye = "sk-CANARY555"',
        "}",
        "",
      ].join("\n"),
    );
    const before = contentTree(dir);
    for (const format of ["text", "json", "github"]) {
      const run = await cli(dir, ["import", "m.tf", "--out", `out-${format}`, "--format", format]);
      expect(run.code).toBe(0);
      expect(run.stdout + run.stderr).not.toContain("CANARY");
      for (const [file, text] of readTree(path.join(dir, `out-${format}`))) expect(text, file).not.toContain("CANARY");
    }
    const run = await cli(dir, ["import", "m.tf", "--out", "out-text", "--force"]);
    expect(run.stderr).toMatch(/m\.tf:5:3 warning LG6005 api_base holds a literal credential/);
    // A nested value is located at the argument that holds it, not at the block.
    expect(run.stderr).toMatch(/m\.tf:6:3 warning LG6005 Authorization holds a literal credential/);
    expect(run.stderr).toMatch(/m\.tf:6:3 warning LG6005 api-key holds a literal credential/);
    expect(run.stderr).toMatch(/m\.tf:10:3 warning LG6006 litellm_model\.m: model_api_kye is not an argument[^\n]*\n(?:.*\n)*?\s+hint: Did you mean model_api_key\?/);
    // Nothing outside the output folders changed.
    const after = Object.fromEntries(Object.entries(contentTree(dir)).filter(([file]) => !file.startsWith("out-")));
    expect(after).toEqual(before);
  });

  it("a credential in a key's, team's or user's metadata is not written (LG6006); an mcp_info that is not a block is refused; neither is ever shown", async () => {
    const dir = tempDir();
    const tf = (mcpInfo: string) =>
      [
        'resource "litellm_team" "t" {',
        '  team_alias = "t"',
        '  metadata   = { owner = "alice", Authorization = "Bearer sk-CANARY666" }',
        "}",
        'resource "litellm_key" "k" {',
        '  key_alias = "ci"',
        '  metadata  = { x-api-key = "CANARY777", note = "rotate" }',
        "}",
        'resource "litellm_mcp_server" "gh" {',
        '  server_name = "github"',
        '  url         = "https://api.example.com/mcp"',
        '  transport   = "http"',
        mcpInfo,
        "}",
        "",
      ].join("\n");
    writeFileSync(path.join(dir, "ok.tf"), tf('  mcp_info { description = "GitHub" }'));
    writeFileSync(path.join(dir, "bad.tf"), tf('  mcp_info    = { headers = jsonencode({ Authorization = "Bearer sk-CANARY888" }) }'));
    for (const format of ["text", "json", "github"]) {
      for (const file of ["ok.tf", "bad.tf"]) {
        const run = await cli(dir, ["import", file, "--out", `out-${format}-${file}`, "--format", format]);
        expect(run.stdout + run.stderr).not.toContain("CANARY");
        expect(run.code).toBe(file === "ok.tf" ? 0 : 1);
      }
    }
    for (const [file, text] of readTree(dir)) if (file.startsWith("out-")) expect(text, file).not.toContain("CANARY");
    const ok = await cli(dir, ["import", "ok.tf", "--out", "again"]);
    expect(ok.stderr).toMatch(/ok\.tf:3:3 warning LG6006 litellm_team\.t: Authorization holds a literal credential; not imported/);
    expect(ok.stderr).toMatch(/ok\.tf:7:3 warning LG6006 litellm_key\.k: x-api-key holds a literal credential; not imported/);
    const key = readFileSync(path.join(dir, "again/keys/k.yaml"), "utf8");
    expect(key).toContain("note: rotate");
    expect(readFileSync(path.join(dir, "again/teams/t.yaml"), "utf8")).toContain("owner: alice");
    const bad = await cli(dir, ["import", "bad.tf", "--out", "never"]);
    expect(bad.stderr).toMatch(/bad\.tf:13:3 error LG6004 litellm_mcp_server\.gh: mcp_info is not a block; not imported/);
    expect(existsSync(path.join(dir, "never"))).toBe(false);
  });

  it("ncecere's users, guardrails (jsonencode), MCP credentials and keys: mapped as the provider sends them, credentials to Secrets", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "main.tf"),
      [
        'resource "litellm_model" "m" {',
        '  model_name          = "gpt-4o"',
        '  custom_llm_provider = "openai"',
        '  base_model          = "gpt-4o"',
        "}",
        'resource "litellm_user" "ann" {',
        '  user_id         = "ann"',
        '  user_email      = "ann@example.com"',
        '  user_role       = "internal_user"',
        '  max_budget      = 12.5',
        '  models          = ["gpt-4o"]',
        "  auto_create_key = true",
        "}",
        'resource "litellm_guardrail" "pii" {',
        '  guardrail_name = "pii-mask"',
        '  guardrail      = "presidio"',
        '  mode           = jsonencode(["pre_call", "post_call"])',
        "  default_on     = true",
        "  litellm_params = jsonencode({",
        '    presidio_analyzer_api_base = "http://presidio-analyzer:3000"',
        '    presidio_api_key           = "pk-CANARY777"',
        '    pii_entities_config        = { EMAIL_ADDRESS = "MASK" }',
        "  })",
        '  guardrail_info = jsonencode({ description = "mask emails" })',
        "}",
        'resource "litellm_mcp_server" "wiki" {',
        '  server_name = "wiki"',
        '  url         = "https://wiki.example.com/mcp"',
        '  transport   = "sse"',
        '  auth_type   = "bearer"',
        '  credentials = { auth_value = "tok-CANARY888" }',
        "}",
        'resource "litellm_key" "k" {',
        '  key_alias = "svc"',
        '  user_id   = litellm_user.ann.user_id',
        '  key       = "sk-CANARY999"',
        "}",
        'resource "litellm_team_member" "x" {',
        '  team_id    = "managed-elsewhere"',
        '  user_id    = "ann"',
        '  user_email = "ann@example.com"',
        '  role       = "internal_user"',
        "}",
        "",
      ].join("\n"),
    );
    const run = await cli(dir, ["import", "main.tf", "--out", "out", "--namespace", "ai", "--instance", "gateway"]);
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).not.toContain("CANARY");
    const files = readTree(path.join(dir, "out"));
    for (const [file, text] of files) expect(text, file).not.toContain("CANARY");
    const read = (file: string) => parseYaml(files.get(file)!);
    expect(read("users/ann.yaml").spec).toEqual({
      userID: "ann",
      userEmail: "ann@example.com",
      userRole: "internal_user",
      models: ["gpt-4o"],
      maxBudget: "12.5",
      connectionRef: { instanceRef: { name: "gateway" } },
    });
    expect(run.stderr).toMatch(/main\.tf:12:3 warning LG6006 litellm_user\.ann: auto_create_key applies when LiteLLM creates the user/);
    // ncecere resource_guardrail.go buildGuardrailRequest: mode parsed from a JSON array, litellm_params merged.
    expect(read("guardrails/pii.yaml").spec).toEqual({
      instanceRef: { name: "gateway" },
      guardrailName: "pii-mask",
      guardrail: "presidio",
      mode: ["pre_call", "post_call"],
      defaultOn: true,
      // The literal key, moved to a variable named after the resource, comes from the Guardrail's own Secret.
      secretRef: { secretName: "pii", keys: { presidio_api_key: "PII_PRESIDIO_API_KEY" } },
      params: {
        presidio_analyzer_api_base: "http://presidio-analyzer:3000",
        pii_entities_config: { EMAIL_ADDRESS: "MASK" },
      },
      info: { description: "mask emails" },
    });
    expect(read("mcp-servers/wiki.yaml").spec).toEqual({
      instanceRef: { name: "gateway" },
      url: "https://wiki.example.com/mcp",
      transport: "sse",
      authType: "bearer_token",
      secretRef: { secretName: "wiki", key: "WIKI_AUTHENTICATION_TOKEN" },
      params: { spec_version: "2024-11-05" },
    });
    expect(run.stderr).toMatch(/main\.tf:30:3 warning LG6060 litellm_mcp_server\.wiki: auth_type "bearer" is not a LiteLLM MCP auth type; imported as "bearer_token"/);
    expect(read("keys/k.yaml").spec).toEqual({ keyAlias: "svc", userID: "ann", keySecretRef: { secretName: "k-key" }, connectionRef: { instanceRef: { name: "gateway" } } });
    expect(run.stderr).toMatch(/main\.tf:36:3 warning LG6065 litellm_key\.k: the key's value \(from a literal in the configuration\) is read from Secret k-key/);
    // A team not among the imported files: the membership cannot name it (teamRef is a resource of the project).
    expect(run.stderr).toMatch(/main\.tf:39:3 warning LG6067 litellm_team_member\.x: team_id = "managed-elsewhere" names no team or user of the imported files/);
    expect([...files.keys()].filter((f) => f.startsWith("team-members/"))).toEqual([]);
    const secrets = await cli(path.join(dir, "out"), ["secrets", "--format", "json"]);
    for (const key of ["PII_PRESIDIO_API_KEY", "WIKI_AUTHENTICATION_TOKEN"]) expect(secrets.stdout).toContain(key);
    const built = await cli(path.join(dir, "out"), ["build", ".", "--out", "rendered"]);
    expect(built.stderr).not.toMatch(/ error /);
    expect(built.code).toBe(0);
  }, 30_000);

  it("a team member's proxy-wide role is translated to a team role (LG6060), and its team resolved by reference", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "main.tf"),
      [
        'resource "litellm_team" "t" {',
        '  team_alias = "t"',
        "}",
        'resource "litellm_team_member" "x" {',
        "  team_id    = litellm_team.t.id",
        '  user_id    = "u1"',
        '  user_email = "u1@example.com"',
        '  role       = "org_admin"',
        "}",
        "",
      ].join("\n"),
    );
    const run = await cli(dir, ["import", "main.tf", "--out", "out"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/main\.tf:8:3 warning LG6060 litellm_team_member\.x: team member role "org_admin" is not a LiteLLM team role; imported as "admin"/);
    const member = parseYaml(readFileSync(path.join(dir, "out/team-members/x.yaml"), "utf8"));
    expect(member.spec).toMatchObject({ teamRef: { name: "t" }, userRef: { name: "u1" }, role: "admin" });
    expect(parseYaml(readFileSync(path.join(dir, "out/users/u1.yaml"), "utf8")).spec).toMatchObject({ userID: "u1", userEmail: "u1@example.com" });
  }, 30_000);

  it("arguments named like prototype members are reported or carried as written, never taken for known ones", async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, "main.tf"),
      [
        'resource "litellm_team" "t" {',
        '  team_alias  = "t"',
        '  constructor = "x"',
        '  __proto__   = "y"',
        "}",
        'resource "litellm_mcp_server" "s" {',
        '  server_name = "s"',
        '  url         = "https://mcp.example.com/mcp"',
        '  transport   = "http"',
        "  mcp_info {",
        '    __proto__ = "z"',
        "  }",
        "}",
        "",
      ].join("\n"),
    );
    const run = await cli(dir, ["import", "main.tf", "--out", "out"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/main\.tf:3:3 warning LG6006 litellm_team\.t: constructor has no place in Team/);
    expect(run.stderr).toMatch(/main\.tf:4:3 warning LG6006 litellm_team\.t: __proto__ has no place in Team/);
    const server = parseYaml(readFileSync(path.join(dir, "out/mcp-servers/s.yaml"), "utf8"), { merge: false });
    expect(Object.hasOwn(server.spec.params.mcp_info, "__proto__")).toBe(true);
  }, 30_000);
});

