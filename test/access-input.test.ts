// The operator's auth.litellm.ai kinds as input: read, validated against their schemas, and
// the operator docs' known mistakes answered with a located did-you-mean.
import { cpSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "./support/cli.js";
import { writeProject } from "./support/project.js";

const DOCS = fileURLToPath(new URL("../fixtures/upstream/operator/docs-examples/", import.meta.url));

interface JsonDiagnostic {
  code: string;
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
}

async function diagnosticsOf(files: string[]): Promise<JsonDiagnostic[]> {
  const dir = writeProject({});
  for (const f of files) cpSync(path.join(DOCS, f), path.join(dir, f));
  const r = await cli(dir, ["validate", "--format", "json"]);
  expect(r.code).toBe(1);
  return JSON.parse(r.stdout) as JsonDiagnostic[];
}

describe("the operator docs' mistakes get a did-you-mean", () => {
  it("userRole: admin → proxy_admin, at the value", async () => {
    const [d, ...rest] = await diagnosticsOf(["users_02.yaml"]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "LG2004", file: "users_02.yaml", line: 9, column: 13 });
    expect(d!.hint).toMatch(/^Did you mean "proxy_admin"\?/);
    expect(d!.hint).toContain('"internal_user_viewer"');
  });

  it("role: member → user", async () => {
    const [d, ...rest] = await diagnosticsOf(["team-member-associations_02.yaml"]);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: "LG2004", line: 11, column: 9 });
    expect(d!.hint).toMatch(/^Did you mean "user"\?/);
  });

  it("teamAlias / userEmail on an association → teamRef / userRef", async () => {
    const found = await diagnosticsOf(["teams_03.yaml"]);
    const unknown = found.filter((d) => d.code === "LG2003");
    expect(unknown.map((d) => [d.line, d.column, d.message])).toEqual([
      [12, 3, 'spec: unknown field "teamAlias"'],
      [13, 3, 'spec: unknown field "userEmail"'],
    ]);
    expect(unknown[0]!.hint).toContain("teamRef: {name: <the Team's metadata.name>}");
    expect(unknown[1]!.hint).toContain("userRef: {name: <the User's metadata.name>}");
    expect(found.filter((d) => d.code === "LG2001").map((d) => d.message)).toEqual([
      'spec: missing required field "teamRef"',
      'spec: missing required field "userRef"',
    ]);
  });

  it("an ordinary typo still gets the edit-distance suggestion", async () => {
    const dir = writeProject({
      "team.yaml": `apiVersion: auth.litellm.ai/v1alpha1
kind: Team
metadata: {name: t}
spec:
  teamAlias: t
  maxBudgt: "1"
  connectionRef: {instanceRef: {name: proxy}}
`,
    });
    const r = await cli(dir, ["validate", "--format", "json"]);
    const [d] = JSON.parse(r.stdout) as JsonDiagnostic[];
    expect(d).toMatchObject({ code: "LG2003", line: 6, column: 3, hint: 'Did you mean "maxBudget"?' });
  });

  it("a connectionRef naming neither an instance nor a Secret is refused", async () => {
    const dir = writeProject({
      "key.yaml": `apiVersion: auth.litellm.ai/v1alpha1
kind: VirtualKey
metadata: {name: k}
spec:
  keyAlias: k
  connectionRef: {}
`,
    });
    const r = await cli(dir, ["validate", "--format", "json"]);
    const [d] = JSON.parse(r.stdout) as JsonDiagnostic[];
    expect(d).toMatchObject({ code: "LG2005", line: 6, message: "spec.connectionRef: needs instanceRef or secretRef" });
  });

  it("a look-alike apiVersion is an error, not ignored", async () => {
    const dir = writeProject({
      "team.yaml": `apiVersion: auth.litellm.ai/v1beta1
kind: Team
metadata: {name: t}
spec: {teamAlias: t, connectionRef: {instanceRef: {name: proxy}}}
`,
    });
    const r = await cli(dir, ["validate", "--format", "json"]);
    const [d] = JSON.parse(r.stdout) as JsonDiagnostic[];
    expect(d).toMatchObject({ code: "LG1009", message: "Team is read as apiVersion auth.litellm.ai/v1alpha1, not auth.litellm.ai/v1beta1" });
  });
});

describe("the CRDs' enums are LiteLLM's", () => {
  it("userRole is NewUserRequest.user_role and role is Member.role (src/litellm/access.ts)", async () => {
    const { readFileSync } = await import("node:fs");
    const { USER_ROLES, TEAM_MEMBER_ROLES } = await import("../src/litellm/access.js");
    const schema = (slug: string) => JSON.parse(readFileSync(new URL(`../schemas/${slug}.schema.json`, import.meta.url), "utf8")) as { properties: { spec: { properties: Record<string, { enum?: string[] }> } } };
    expect(schema("user").properties.spec.properties.userRole!.enum).toEqual([...USER_ROLES]);
    expect(schema("teammemberassociation").properties.spec.properties.role!.enum).toEqual([...TEAM_MEMBER_ROLES]);
  });
});
