// From Git to LiteLLM: build the operator's docs examples (fixed where its docs are wrong) with
// a key from the secret store, take the sync program and access.json out of the rendered
// ConfigMap, and run them with the Job's command and environment against the fake LiteLLM and
// Kubernetes APIs: LiteLLM ends with exactly the declared teams, users, memberships and keys,
// and a second run sends nothing.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import type { AccessState } from "../src/sync/access-state.js";
import { declaredStateDifferences } from "./support/access-state.js";
import { cli } from "./support/cli.js";
import { FakeKubernetes } from "./support/fake-kubernetes.js";
import { hashToken, startFakeLiteLLM } from "./support/fake-litellm.js";
import { writeProject } from "./support/project.js";

const DOCS = fileURLToPath(new URL("../fixtures/upstream/operator/docs-examples/", import.meta.url));
const MASTER_KEY = "sk-master-e2e-0123456789";
const STORE_KEY = "sk-from-store-e2e-abcdef0123";

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

function project(): Record<string, string> {
  const doc = (f: string) => readFileSync(path.join(DOCS, f), "utf8");
  return {
    "instance.yaml": `apiVersion: litellm.litellm.ai/v1alpha1
kind: LiteLLMInstance
metadata: {name: litellm-example, namespace: litellm}
spec:
  image: ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1
`,
    "models.yaml": ["gpt-4o", "claude-3-sonnet", "gemini-pro"]
      .map((m) => `apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata: {name: ${m}, namespace: litellm}
spec:
  modelName: ${m}
  connectionRef: {instanceRef: {name: litellm-example}}
  modelSecretRef: {secretName: provider-keys}
  litellmParams: {model: openai/${m}}
`)
      .join("---\n"),
    "config.yaml": "apiVersion: litellm-gitops.dev/v1alpha1\nkind: CompilerConfig\nmetadata: {name: c}\nspec:\n  defaults: {namespace: litellm}\n",
    // The docs' team, user (with an auto-created key), association and keys; the association's
    // `role: member` fixed to `user`; one key takes its value from the secret store.
    "team.yaml": doc("teams_01.yaml"),
    "research.yaml": doc("teams_02.yaml"),
    "alice.yaml": doc("users_01.yaml"),
    "admin.yaml": doc("users_02.yaml").replace('userRole: "admin"', 'userRole: "proxy_admin"'),
    "membership.yaml": doc("team-member-associations_02.yaml").replace("role: member", "role: user").replace(/bob/g, "admin-user"),
    "key.yaml": doc("virtual-keys_01.yaml"),
    "research-key.yaml": doc("virtual-keys_02.yaml").replace("  maxBudget:", "  keySecretRef: {secretName: research-key}\n  maxBudget:"),
  };
}

function runJob(command: string[], env: Record<string, string>, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const [, script, file] = command;
    const child = spawn(process.execPath, [script!, file!, "--wait", "0"], { cwd, env: { PATH: process.env["PATH"] ?? "", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("build, then the Job's program against LiteLLM", () => {
  it("reaches exactly the declared state, and a second run changes nothing", async () => {
    const dir = writeProject(project());
    const built = await cli(dir, ["build", "--out", "out"]);
    expect(built.code, built.stdout + built.stderr).toBe(0);
    const instanceDir = path.join(dir, "out/litellm/litellm-example");
    const read = (f: string) => parseAllDocuments(readFileSync(path.join(instanceDir, f), "utf8"))[0]!.toJS() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- objects read back
    const configMap = read("access-configmap.yaml");
    const job = read("access-job.yaml");
    const container = job.spec.template.spec.containers[0];
    const mount = container.volumeMounts.find((m: { name: string }) => m.name === "access").mountPath as string;

    // The ConfigMap's files where the Job mounts them (a temporary folder stands for the mount).
    const root = mkdtempSync(path.join(tmpdir(), "lg-job-"));
    for (const [name, text] of Object.entries(configMap.data as Record<string, string>)) writeFileSync(path.join(root, name), text);
    const command = (container.command as string[]).map((arg) => arg.replace(mount, root));

    const litellm = await startFakeLiteLLM({ masterKey: MASTER_KEY });
    const kube = await new FakeKubernetes().start();
    open.push(litellm, kube);
    // The Job's env: each secretKeyRef resolved as the kubelet would, from the store's values.
    const store: Record<string, string> = { "litellm-example-master-key/masterKey": MASTER_KEY, "research-key/key": STORE_KEY };
    const env: Record<string, string> = { LITELLM_URL: litellm.url, ...kube.env() };
    for (const e of container.env as Array<{ name: string; valueFrom: { secretKeyRef: { name: string; key: string } } }>) {
      const value = store[`${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}`];
      expect(value, e.name).toBeDefined();
      env[e.name] = value!;
    }

    const first = await runJob(command, env, root);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const state = JSON.parse(configMap.data["access.json"]) as AccessState;
    // Every declared field, marked as ours, and nothing else of ours (test/support/access-state.ts).
    expect(declaredStateDifferences(litellm, kube, state, env, hashToken)).toEqual([]);

    expect([...litellm.teams.keys()].sort()).toEqual(state.teams.map((t) => t.team_id).sort());
    for (const t of state.teams) expect(litellm.teams.get(t.team_id)).toMatchObject({ team_alias: t.params.team_alias, models: t.params.models });
    // Ours (LiteLLM also holds the master key's own user, which /team/new makes a team admin).
    const ours = [...litellm.users.values()].filter((u) => (u["metadata"] as { managed_by?: string } | undefined)?.managed_by === "litellm-gitops");
    expect(ours.map((u) => u["user_email"]).sort()).toEqual(["admin@example.com", "alice@example.com"]);
    expect(litellm.users.get(state.users.find((u) => u.params.user_email === "admin@example.com")!.user_id)).toMatchObject({ user_role: "proxy_admin", max_budget: 1000 });
    const [membership] = state.memberships;
    const members = litellm.teams.get(membership!.team_id)!["members_with_roles"] as Array<{ user_id: string; role: string }>;
    expect(members).toContainEqual(expect.objectContaining({ user_id: membership!.user_id, role: "user" }));
    const aliases = [...litellm.keys.values()].map((k) => k["key_alias"]).sort();
    expect(aliases).toEqual(["admin-key", "alice-key", "example-service", "research-key"]);
    // The store's key is the key LiteLLM holds; the generated ones went to the operator's Secret names.
    expect(litellm.keys.get(hashToken(STORE_KEY))).toMatchObject({ key_alias: "research-key", max_budget: 250 });
    for (const alias of ["admin-key", "alice-key", "example-service"]) {
      const value = kube.value("litellm", `litellm-example-key-${alias}`);
      expect(value, alias).toMatch(/^sk-/);
      expect(litellm.keys.get(hashToken(value!))?.["key_alias"]).toBe(alias);
    }
    // No key value in what the Job printed.
    for (const secret of [MASTER_KEY, STORE_KEY]) expect(first.stdout + first.stderr).not.toContain(secret);

    const mutations = litellm.mutating().length;
    const second = await runJob(command, env, root);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(litellm.mutating().length).toBe(mutations);
  }, 60_000);
});

describe("a proxy elsewhere (connectionRef.secretRef): build, then its Job against LiteLLM", () => {
  const connect = "connectionRef: {secretRef: {name: prod-litellm, keys: {masterKey: masterkey, url: url}}}";
  const files = {
    "config.yaml": "apiVersion: litellm-gitops.dev/v1alpha1\nkind: CompilerConfig\nmetadata: {name: c}\nspec:\n  defaults: {namespace: platform}\n",
    "access.yaml": `apiVersion: auth.litellm.ai/v1alpha1
kind: Team
metadata: {name: search}
spec:
  teamAlias: search
  teamID: search
  models: [gpt-4o, claude-3-5-sonnet]
  maxBudget: "200"
  budgetDuration: 30d
  ${connect}
---
apiVersion: auth.litellm.ai/v1alpha1
kind: User
metadata: {name: dana}
spec:
  userID: dana
  userEmail: dana@example.com
  userRole: internal_user
  teams: [search]
  ${connect}
---
apiVersion: auth.litellm.ai/v1alpha1
kind: VirtualKey
metadata: {name: indexer}
spec:
  keyAlias: indexer
  teamID: search
  models: [gpt-4o]
  maxBudget: "25.50"
  ${connect}
---
apiVersion: auth.litellm.ai/v1alpha1
kind: VirtualKey
metadata: {name: crawler}
spec:
  keyAlias: crawler
  teamID: search
  keySecretRef: {secretName: crawler-key, key: token}
  ${connect}
`,
  };

  it("the Job reads URL and master key from the connection Secret, reaches exactly the declared state, and a second run changes nothing", async () => {
    const dir = writeProject(files);
    const built = await cli(dir, ["build", "--out", "out"]);
    expect(built.code, built.stdout + built.stderr).toBe(0);
    const folder = path.join(dir, "out/platform/prod-litellm");
    const read = (f: string) => parseAllDocuments(readFileSync(path.join(folder, f), "utf8"))[0]!.toJS() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- objects read back
    const configMap = read("access-configmap.yaml");
    const container = read("access-job.yaml").spec.template.spec.containers[0];
    const mount = container.volumeMounts.find((m: { name: string }) => m.name === "access").mountPath as string;
    const root = mkdtempSync(path.join(tmpdir(), "lg-job-"));
    for (const [name, text] of Object.entries(configMap.data as Record<string, string>)) writeFileSync(path.join(root, name), text);
    const command = (container.command as string[]).map((arg) => arg.replace(mount, root));

    const litellm = await startFakeLiteLLM({ masterKey: MASTER_KEY });
    const kube = await new FakeKubernetes().start();
    open.push(litellm, kube);
    // Only what the kubelet would set from the Secrets: the URL too comes from the connection Secret.
    const store: Record<string, string> = { "prod-litellm/masterkey": MASTER_KEY, "prod-litellm/url": litellm.url, "crawler-key/token": STORE_KEY };
    const env: Record<string, string> = { ...kube.env() };
    for (const e of container.env as Array<{ name: string; valueFrom: { secretKeyRef: { name: string; key: string } } }>) {
      const value = store[`${e.valueFrom.secretKeyRef.name}/${e.valueFrom.secretKeyRef.key}`];
      expect(value, e.name).toBeDefined();
      env[e.name] = value!;
    }
    expect(Object.keys(env)).toContain("LITELLM_URL");

    const first = await runJob(command, env, root);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const state = JSON.parse(configMap.data["access.json"]) as AccessState;
    expect(state.proxy).toEqual({ owner: "platform/secret/prod-litellm", namespace: "platform", url: null });
    expect(declaredStateDifferences(litellm, kube, state, env, hashToken)).toEqual([]);
    expect(litellm.teams.get("search")).toMatchObject({ team_alias: "search", models: ["gpt-4o", "claude-3-5-sonnet"], max_budget: 200, budget_duration: "30d" });
    const members = litellm.teams.get("search")!["members_with_roles"] as Array<{ user_id: string; role: string }>;
    expect(members).toContainEqual(expect.objectContaining({ user_id: "dana", role: "user" }));
    expect(litellm.keys.get(hashToken(STORE_KEY))).toMatchObject({ key_alias: "crawler", team_id: "search" });
    // The generated key went to the Secret named after the connection Secret, in its namespace.
    const generated = kube.value("platform", "prod-litellm-key-indexer");
    expect(generated).toMatch(/^sk-/);
    expect(litellm.keys.get(hashToken(generated!))).toMatchObject({ key_alias: "indexer", max_budget: 25.5, models: ["gpt-4o"] });
    for (const secret of [MASTER_KEY, STORE_KEY, generated!]) expect(first.stdout + first.stderr).not.toContain(secret);

    const mutations = litellm.mutating().length;
    const second = await runJob(command, env, root);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(litellm.mutating().length).toBe(mutations);
  }, 60_000);
});
