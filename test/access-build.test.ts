// Teams, users, keys and memberships compiled into access.json and the objects that apply it:
// the operator's samples and docs examples (fixed where its docs are wrong) build; every
// emitted object passes the upstream Kubernetes schemas; access.json is the ConfigMap's bytes
// and holds no secret; the Job is named by what it applies; each build-time check is located.
import { cpSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import type { AccessState } from "../src/sync/access-state.js";
import { syncScript } from "../src/sync/bundle.js";
import { compileInputs } from "../src/compiler/compile.js";
import { diffIR } from "../src/diff/diff.js";
import { graphsOf } from "../src/graph/model.js";
import { cli } from "./support/cli.js";
import { kustomizeBuild } from "./support/kustomize.js";
import { writeProject } from "./support/project.js";
import { validateUpstream } from "./support/upstream-schemas.js";

const OPERATOR = fileURLToPath(new URL("../fixtures/upstream/operator/", import.meta.url));

/** The proxy the operator's docs connect to: litellm/litellm-example, serving the models they name. */
const BASE: Record<string, string> = {
  "instance.yaml": `apiVersion: litellm.litellm.ai/v1alpha1
kind: LiteLLMInstance
metadata: {name: litellm-example, namespace: litellm}
spec:
  image: ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1
`,
  "models.yaml": ["gpt-4o", "claude-3-sonnet", "gemini-pro"]
    .map(
      (m) => `apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata: {name: ${m}, namespace: litellm}
spec:
  modelName: ${m}
  connectionRef: {instanceRef: {name: litellm-example}}
  modelSecretRef: {secretName: provider-keys}
  litellmParams: {model: ${m.startsWith("gpt") ? "openai" : m.startsWith("claude") ? "anthropic" : "gemini"}/${m}}
  modelInfo: {accessGroups: [frontier]}
`,
    )
    .join("---\n"),
  "config.yaml": `apiVersion: litellm-gitops.dev/v1alpha1
kind: CompilerConfig
metadata: {name: c}
spec:
  defaults: {namespace: litellm}
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

async function build(files: Record<string, string>, extra: string[] = []) {
  const dir = writeProject({ ...BASE, ...files });
  const r = await cli(dir, ["build", "--out", "out", "--format", "json", ...extra]);
  const diagnostics = r.stdout.trim() ? (JSON.parse(r.stdout) as JsonDiagnostic[]) : [];
  return { dir, out: path.join(dir, "out"), code: r.code, diagnostics, stderr: r.stderr };
}

const instanceDir = (out: string) => path.join(out, "litellm/litellm-example");
const readAccess = (out: string) => JSON.parse(readFileSync(path.join(instanceDir(out), "access.json"), "utf8")) as AccessState;
const readObject = (out: string, file: string) => parseAllDocuments(readFileSync(path.join(instanceDir(out), file), "utf8"))[0]!.toJS() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- Kubernetes objects read back for assertions

/** The operator's docs examples, with the fixes its CRDs require (the originals are tested in access-input.test.ts). */
function fixedDocsExample(file: string): string {
  const text = readFileSync(path.join(OPERATOR, "docs-examples", file), "utf8");
  return text
    .replace('userRole: "admin"', 'userRole: "proxy_admin"')
    .replace("role: member", "role: user")
    .replace("teamAlias: ai-team\n  userEmail: alice@example.com", "teamRef: {name: ai-team}\n  userRef: {name: alice}");
}

/** The Team and Users the association examples refer to, when the example does not declare them. */
const REFERENCED: Record<string, string> = {
  "refs-team.yaml": readFileSync(path.join(OPERATOR, "docs-examples/teams_01.yaml"), "utf8"),
  "refs-alice.yaml": readFileSync(path.join(OPERATOR, "docs-examples/users_01.yaml"), "utf8"),
  "refs-bob.yaml": readFileSync(path.join(OPERATOR, "docs-examples/users_01.yaml"), "utf8")
    .replace(/alice/g, "bob")
    .replace(/name: bob\n/, "name: bob\n"),
};

describe("the operator's examples build", () => {
  it("config/samples: a team, a user with an auto-created key, a membership and a generated key", async () => {
    const dir = writeProject({});
    for (const f of readdirSync(path.join(OPERATOR, "config-samples")).filter((f) => f.startsWith("auth_"))) {
      cpSync(path.join(OPERATOR, "config-samples", f), path.join(dir, f));
    }
    const { code, out, diagnostics } = await build(Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), "utf8")])));
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(code).toBe(0);
    const state = readAccess(out);
    expect(state.proxy).toEqual({ owner: "litellm/litellm-example", namespace: "litellm", url: "http://litellm-example-service.litellm.svc.cluster.local:4000" });
    expect(state.teams.map((t) => [t.resource, t.params.team_alias, t.params.models])).toEqual([["Team/litellm/ai-team", "ai-team", ["gpt-4o"]]]);
    const [alice] = state.users;
    expect(alice).toMatchObject({ resource: "User/litellm/alice", params: { user_email: "alice@example.com", user_role: "internal_user_viewer", max_budget: 10, budget_duration: "1h" } });
    expect(state.memberships).toEqual([{ resource: "TeamMemberAssociation/litellm/alice-ai-team", team_id: state.teams[0]!.team_id, user_id: alice!.user_id, role: "user" }]);
    expect(state.keys.map((k) => [k.key_alias, k.keySource])).toEqual([
      ["alice-key", { generate: { secretName: "litellm-example-key-alice-key", secretKey: "key" } }],
      ["example-service", { generate: { secretName: "litellm-example-key-example-service", secretKey: "key" } }],
    ]);
    expect(state.keys[0]!.params.user_id).toBe(alice!.user_id);
    expect(state.keys[1]!.params).toEqual({ models: ["gpt-4o"], max_budget: 10, budget_duration: "1h", duration: "24h" });
  });

  const examples = readdirSync(path.join(OPERATOR, "docs-examples")).filter((f) => /^(teams|users|virtual-keys|team-member-associations)_/.test(f)).sort();

  it("finds every docs example of the four kinds", () => {
    expect(examples).toHaveLength(10);
  });

  it.each(examples)("docs-examples/%s (fixed) builds with no error", async (file) => {
    const own = fixedDocsExample(file);
    const refs = /kind: TeamMemberAssociation/.test(own) && !/kind: Team\n/.test(own) ? REFERENCED : {};
    const { code, diagnostics, out } = await build({ ...refs, [file]: own });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(code).toBe(0);
    const state = readAccess(out);
    expect(state.teams.length + state.users.length + state.keys.length + state.memberships.length).toBeGreaterThan(0);
  });
});

describe("the emitted objects", () => {
  const project = {
    "team.yaml": `apiVersion: auth.litellm.ai/v1alpha1
kind: Team
metadata: {name: research}
spec:
  teamAlias: research
  teamID: research
  models: [frontier]
  maxBudget: "100.50"
  budgetDuration: 30d
  connectionRef: {instanceRef: {name: litellm-example}}
`,
    "key.yaml": `apiVersion: auth.litellm.ai/v1alpha1
kind: VirtualKey
metadata: {name: ci}
spec:
  keyAlias: ci-bot
  teamID: research
  models: [gpt-4o, "gemini-*"]
  maxBudget: "0.1"
  keySecretRef: {secretName: ci-bot-key}
  connectionRef: {instanceRef: {name: litellm-example}}
---
apiVersion: auth.litellm.ai/v1alpha1
kind: VirtualKey
metadata: {name: notebook}
spec:
  keyAlias: notebook
  teamID: research
  connectionRef: {instanceRef: {name: litellm-example}}
`,
  };

  it("pass the upstream Kubernetes schemas, and kubectl kustomize gives exactly what render prints", async () => {
    const withCron = { ...project, "config.yaml": BASE["config.yaml"]!.replace("spec:\n", "spec:\n  access: {resyncSchedule: '*/30 * * * *'}\n") };
    const { code, out, dir } = await build(withCron);
    expect(code).toBe(0);
    const rendered = await cli(dir, ["render"]);
    expect(rendered.code).toBe(0);
    const objects = parseAllDocuments(rendered.stdout).map((d) => d.toJS() as { kind: string; metadata: { name: string } });
    const kinds = objects.filter((o) => o.metadata.name.startsWith("litellm-example-") && /sync|access|resync/.test(o.metadata.name)).map((o) => o.kind);
    expect(kinds.sort()).toEqual(["ConfigMap", "CronJob", "Job", "Role", "RoleBinding", "ServiceAccount"]);
    for (const o of objects) {
      const r = validateUpstream(o);
      expect(r.errors, `${o.kind} ${o.metadata.name} (${r.schema})`).toEqual([]);
      expect(r.schema, `${o.kind} has an upstream schema`).not.toBe("");
    }
    // kubectl orders objects by kind; the same set, each identical.
    const key = (o: unknown) => { const x = o as { kind: string; metadata: { name: string } }; return `${x.kind}/${x.metadata.name}`; };
    const sorted = (list: unknown[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sorted(kustomizeBuild(out))).toEqual(sorted(objects));
  }, 60_000);

  it("access.json is the ConfigMap's bytes, names no secret value, and reads keys through the Job's env", async () => {
    const { out } = await build(project);
    const text = readFileSync(path.join(instanceDir(out), "access.json"), "utf8");
    const cm = readObject(out, "access-configmap.yaml");
    expect(cm.metadata.name).toBe("litellm-example-access");
    expect(cm.data["access.json"]).toBe(text);
    expect(cm.data["litellm-gitops-sync.mjs"]).toBe(syncScript());
    // The real program, not a stand-in: it is the sync CLI's bundle.
    expect(cm.data["litellm-gitops-sync.mjs"].length).toBeGreaterThan(10_000);
    const state = JSON.parse(text) as AccessState;
    const ci = state.keys.find((k) => k.key_alias === "ci-bot")!;
    expect(ci.keySource).toEqual({ env: "LITELLM_KEY_CI_BOT", secret: { name: "ci-bot-key", key: "key" } });
    expect(ci.params).toEqual({ team_id: "research", models: ["gpt-4o", "gemini-*"], max_budget: 0.1 });
    expect(state.teams[0]!.params).toEqual({ team_alias: "research", models: ["frontier"], max_budget: 100.5, budget_duration: "30d" });
    // Canonical: sorted keys at every level, 2-space indent, trailing newline.
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), Object.keys(flatKeys(JSON.parse(text))).sort(), 2)}\n`);

    const job = readObject(out, "access-job.yaml");
    const container = job.spec.template.spec.containers[0];
    expect(container.command).toEqual(["node", "/litellm-gitops/litellm-gitops-sync.mjs", "/litellm-gitops/access.json"]);
    expect(container.env).toEqual([
      { name: "LITELLM_MASTER_KEY", valueFrom: { secretKeyRef: { name: "litellm-example-master-key", key: "masterKey" } } },
      { name: "LITELLM_KEY_CI_BOT", valueFrom: { secretKeyRef: { name: "ci-bot-key", key: "key" } } },
    ]);
    expect(job.metadata.annotations).toEqual({ "argocd.argoproj.io/hook": "PostSync", "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation" });
    expect(job.spec.backoffLimit).toBe(2);
    expect(job.spec.activeDeadlineSeconds).toBe(900);
    expect(job.spec.template.spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    // The Service selects `app: litellm-<instance>`: the sync pod must not carry it.
    expect(job.spec.template.metadata.labels.app).toBeUndefined();
    expect(job.metadata.labels.app).toBeUndefined();
    // The keySecretRef Secret gets its ExternalSecret like every other Secret.
    const es = readObject(out, "externalsecret-ci-bot-key.yaml");
    expect(es.spec.target.name).toBe("ci-bot-key");
    expect(es.spec.data.map((d: { secretKey: string }) => d.secretKey)).toEqual(["key"]);
    // The Role allows writing exactly the generated key's Secret.
    const role = readObject(out, "access-role.yaml");
    expect(role.rules[0]).toEqual({ apiGroups: [""], resources: ["secrets"], resourceNames: ["litellm-example-key-notebook"], verbs: ["get", "update", "delete"] });
    expect(role.rules[1]).toEqual({ apiGroups: [""], resources: ["secrets"], verbs: ["create"] });
    expect(job.spec.template.spec.automountServiceAccountToken).toBe(true);
  });

  it("a keySecretRef Secret made in the cluster (spec.clusterSecrets) gets no ExternalSecret", async () => {
    const config = BASE["config.yaml"]!.replace("spec:\n", "spec:\n  clusterSecrets: [ci-bot-key]\n");
    const { out, code, diagnostics } = await build({ ...project, "config.yaml": config });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(code).toBe(0);
    const files = readdirSync(instanceDir(out));
    expect(files).not.toContain("externalsecret-ci-bot-key.yaml");
    expect(files).toContain("externalsecret-litellm-example-master-key.yaml");
    const env = readObject(out, "access-job.yaml").spec.template.spec.containers[0].env as Array<{ name: string }>;
    expect(env.map((e) => e.name)).toContain("LITELLM_KEY_CI_BOT");
  });

  it("without generated keys: no Role, no token", async () => {
    const { out } = await build({ "key.yaml": project["key.yaml"].split("---\n")[0]!.replace("  teamID: research\n", "") });
    const files = readdirSync(instanceDir(out));
    expect(files.filter((f) => f.startsWith("access-")).sort()).toEqual(["access-configmap.yaml", "access-job.yaml", "access-serviceaccount.yaml"]);
    expect(readObject(out, "access-job.yaml").spec.template.spec.automountServiceAccountToken).toBe(false);
  });

  it("the Job's name changes exactly when what it applies changes, whatever the file order", async () => {
    const name = async (files: Record<string, string>) => readObject((await build(files)).out, "access-job.yaml").metadata.name as string;
    const a = await name(project);
    expect(a).toMatch(/^litellm-example-sync-[0-9a-f]{10}$/);
    expect(await name({ "z.yaml": project["key.yaml"], "a.yaml": project["team.yaml"] })).toBe(a);
    expect(await name({ ...project, "team.yaml": project["team.yaml"].replace('"100.50"', '"100.5"') })).toBe(a); // same decimal
    expect(await name({ ...project, "team.yaml": project["team.yaml"].replace('"100.50"', '"101"') })).not.toBe(a);
  });

  it("an instance with no access object gets none of these objects", async () => {
    const { out } = await build({});
    expect(readdirSync(instanceDir(out)).filter((f) => f.startsWith("access"))).toEqual([]);
  });

  it("the helm target carries the same objects and access.json beside the chart's wrapper", async () => {
    const { out, code } = await build(project, ["--target", "all"]);
    expect(code).toBe(0);
    const helmDir = path.join(instanceDir(out), "helm");
    expect(readFileSync(path.join(helmDir, "access.json"), "utf8")).toBe(readFileSync(path.join(instanceDir(out), "access.json"), "utf8"));
    for (const f of ["access-configmap.yaml", "access-job.yaml", "access-role.yaml", "access-rolebinding.yaml", "access-serviceaccount.yaml"]) {
      expect(readFileSync(path.join(helmDir, f), "utf8"), f).toBe(readFileSync(path.join(instanceDir(out), f), "utf8"));
    }
    const kustomization = readFileSync(path.join(helmDir, "kustomization.yaml"), "utf8");
    expect(kustomization).toContain("access-job.yaml");
  });
});

function flatKeys(value: unknown, out: Record<string, true> = {}): Record<string, true> {
  if (Array.isArray(value)) value.forEach((v) => flatKeys(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out[k] = true;
      flatKeys(v, out);
    }
  }
  return out;
}

describe("settings and names", () => {
  it("spec.access defaults in the CompilerConfig schema are the ones the compiler applies", async () => {
    const { readFileSync: read } = await import("node:fs");
    const { resolveSettings } = await import("../src/compiler/resolve/settings.js");
    const schema = JSON.parse(read(new URL("../schemas/compilerconfig.schema.json", import.meta.url), "utf8")) as {
      properties: { spec: { properties: { access: { properties: Record<string, { default?: unknown }> } } } };
    };
    const defaults = Object.fromEntries(
      Object.entries(schema.properties.spec.properties.access.properties).filter(([, p]) => p.default !== undefined).map(([k, p]) => [k, p.default]),
    );
    expect(resolveSettings(undefined).access).toEqual(defaults);
  });

  it("the longest instance name still gives a valid Job (63) and CronJob (52) name", async () => {
    const name = "a".repeat(55);
    const files = Object.fromEntries(
      Object.entries({ ...BASE, "config.yaml": BASE["config.yaml"]!.replace("spec:\n", "spec:\n  access: {resyncSchedule: '0 * * * *'}\n") }).map(([f, t]) => [f, t.replace(/litellm-example/g, name)]),
    );
    const dir = writeProject({
      ...files,
      "key.yaml": `apiVersion: auth.litellm.ai/v1alpha1\nkind: VirtualKey\nmetadata: {name: k}\nspec:\n  keyAlias: k\n  connectionRef: {instanceRef: {name: ${name}}}\n`,
    });
    const r = await cli(dir, ["render"]);
    expect(r.code, r.stderr).toBe(0);
    const objects = parseAllDocuments(r.stdout).map((d) => d.toJS() as { kind: string; metadata: { name: string } });
    const job = objects.find((o) => o.kind === "Job")!;
    const cron = objects.find((o) => o.kind === "CronJob")!;
    expect(job.metadata.name.length).toBeLessThanOrEqual(63);
    expect(job.metadata.name).toMatch(/-sync-[0-9a-f]{10}$/);
    expect(cron.metadata.name.length).toBeLessThanOrEqual(52);
    for (const o of [job, cron]) expect(validateUpstream(o).errors).toEqual([]);
  });
});

describe("a proxy elsewhere (connectionRef.secretRef)", () => {
  const connect = "connectionRef: {secretRef: {name: prod-litellm, keys: {masterKey: masterkey, url: url}}}";
  const files = {
    "external.yaml": `apiVersion: auth.litellm.ai/v1alpha1
kind: Team
metadata: {name: platform}
spec:
  teamAlias: platform
  teamID: platform
  models: [anything-they-serve]
  ${connect}
---
apiVersion: auth.litellm.ai/v1alpha1
kind: VirtualKey
metadata: {name: bot}
spec:
  keyAlias: bot
  teamID: platform
  ${connect}
---
apiVersion: auth.litellm.ai/v1alpha1
kind: VirtualKey
metadata: {name: stored}
spec:
  keyAlias: stored
  keySecretRef: {secretName: stored-key}
  ${connect}
`,
  };

  it("gets its own folder: access.json with no URL, the Job reading URL and master key from the connection Secret", async () => {
    const { out, code, diagnostics, dir } = await build(files);
    expect(diagnostics).toEqual([]);
    expect(code).toBe(0);
    const folder = path.join(out, "litellm/prod-litellm");
    const state = JSON.parse(readFileSync(path.join(folder, "access.json"), "utf8")) as AccessState;
    expect(state.proxy).toEqual({ owner: "litellm/secret/prod-litellm", namespace: "litellm", url: null });
    expect(state.teams[0]!.params.models).toEqual(["anything-they-serve"]); // nothing is known of its models
    expect(state.keys.map((k) => k.keySource)).toEqual([
      { generate: { secretName: "prod-litellm-key-bot", secretKey: "key" } },
      { env: "LITELLM_KEY_STORED", secret: { name: "stored-key", key: "key" } },
    ]);
    const job = parseAllDocuments(readFileSync(path.join(folder, "access-job.yaml"), "utf8"))[0]!.toJS() as { spec: { template: { spec: { containers: Array<{ env: unknown[] }> } } } };
    expect(job.spec.template.spec.containers[0]!.env).toEqual([
      { name: "LITELLM_MASTER_KEY", valueFrom: { secretKeyRef: { name: "prod-litellm", key: "masterkey" } } },
      { name: "LITELLM_URL", valueFrom: { secretKeyRef: { name: "prod-litellm", key: "url" } } },
      { name: "LITELLM_KEY_STORED", valueFrom: { secretKeyRef: { name: "stored-key", key: "key" } } },
    ]);
    const es = parseAllDocuments(readFileSync(path.join(folder, "externalsecret-prod-litellm.yaml"), "utf8"))[0]!.toJS() as { spec: { data: Array<{ secretKey: string }> } };
    expect(es.spec.data.map((d) => d.secretKey)).toEqual(["masterkey", "url"]);
    expect(readFileSync(path.join(out, "kustomization.yaml"), "utf8")).toContain("litellm/prod-litellm");
    const rendered = await cli(dir, ["render"]);
    const objects = parseAllDocuments(rendered.stdout).map((d) => d.toJS() as { kind: string; metadata: { name: string } });
    for (const o of objects) expect(validateUpstream(o).errors, `${o.kind} ${o.metadata.name}`).toEqual([]);
    const key = (o: unknown) => { const x = o as { kind: string; metadata: { name: string } }; return `${x.kind}/${x.metadata.name}`; };
    const sorted = (list: unknown[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sorted(kustomizeBuild(out))).toEqual(sorted(objects));
  }, 60_000);

  it("render --instance, diff and graph show it like an instance", async () => {
    const { dir, code } = await build(files);
    expect(code).toBe(0);
    const alone = await cli(dir, ["render", "--instance", "litellm/prod-litellm"]);
    expect(alone.code, alone.stderr).toBe(0);
    const names = parseAllDocuments(alone.stdout).map((d) => { const o = d.toJS() as { kind: string; metadata: { name: string } }; return `${o.kind}/${o.metadata.name}`; });
    // Its objects only: not the instance's of the same namespace.
    expect(names.filter((n) => !/^Job\//.test(n)).sort()).toEqual([
      "ConfigMap/prod-litellm-access",
      "ExternalSecret/prod-litellm",
      "ExternalSecret/stored-key",
      "Role/prod-litellm-sync",
      "RoleBinding/prod-litellm-sync",
      "ServiceAccount/prod-litellm-sync",
    ]);
    expect(names.filter((n) => /^Job\/prod-litellm-sync-[0-9a-f]{10}$/.test(n))).toHaveLength(1);
    const missing = await cli(dir, ["render", "--instance", "litellm/nope"]);
    expect(missing.code).toBe(1);

    const { result } = compileInputs([], { cwd: dir, exclude: [path.join(dir, "out")], strict: false });
    const diff = diffIR(undefined, result!);
    const external = diff.instances.find((i) => i.dir === "litellm/prod-litellm");
    expect(external).toMatchObject({ status: "added", models: { added: [], removed: [], changed: [] }, settings: [] });
    expect(external!.objects.added.map((o) => o.kind)).toContain("Job");
    expect(diff.files.added).toContain("litellm/prod-litellm/access.json");
    // A changed key budget shows as a changed ConfigMap and Job of that folder.
    const changed = compileInputs([], { cwd: writeProject({ ...BASE, "external.yaml": files["external.yaml"].replace("  keyAlias: bot\n", '  keyAlias: bot\n  maxBudget: "5"\n') }), exclude: [], strict: false }).result!;
    const second = diffIR(result!, changed).instances.find((i) => i.dir === "litellm/prod-litellm")!;
    expect(second.status).toBe("changed");
    expect(second.objects.changed.map((o) => `${o.kind}/${o.name}`)).toEqual(["ConfigMap/prod-litellm-access"]);
    expect(second.objects.added.map((o) => o.kind)).toEqual(["Job"]);

    const graph = graphsOf(result!).find((g) => g.instance === "litellm/prod-litellm")!;
    expect(graph.nodes.map((n) => `${n.kind} ${n.label}`)).toEqual([
      "proxy litellm/prod-litellm",
      "team platform",
      "key bot",
      "key stored",
      "group anything-they-serve",
      "secret Secret prod-litellm",
      "secret Secret stored-key",
    ]);
    expect(graph.edges).toContainEqual({ from: "proxy", to: "secret:prod-litellm", kind: "credential", label: "url, master key" });
    expect(graph.edges).toContainEqual({ from: "team:platform", to: "group:anything-they-serve", kind: "may-call" });
    const drawn = await cli(dir, ["graph", "--instance", "litellm/prod-litellm"]);
    expect(drawn.code, drawn.stderr).toBe(0);
    expect(drawn.stdout).toContain("anything-they-serve");
  }, 60_000);

  it("a connection Secret named like an instance of its namespace is LG4051", async () => {
    const { diagnostics } = await build({ "external.yaml": files["external.yaml"].replace(/prod-litellm/g, "litellm-example") });
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([["LG4051", 8]]);
  });
});
