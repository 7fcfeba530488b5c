// LiteLLMInstance.spec.modelSelector: one catalog of Models, several proxies; and the
// namespace-shared ExternalSecret of a Secret two proxies read.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { matchesSelector } from "../src/compiler/resolve/selector.js";
import { renderTarget, targetFiles } from "../src/render/targets.js";
import { cli } from "./support/cli.js";
import { kustomizeBuild, parseYamlStream } from "./support/kustomize.js";
import { compileDir, writeProject } from "./support/project.js";

const instance = (name: string, selector: string) => `apiVersion: litellm.litellm.ai/v1alpha1
kind: LiteLLMInstance
metadata: {name: ${name}, namespace: ai}
spec:
  image: ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1
  modelSelector: ${selector}
`;

const CATALOG = `apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata: {name: gpt-4o, namespace: ai, labels: {catalog: shared, tier: premium}}
spec:
  modelSecretRef: {secretName: openai}
  litellmParams: {model: openai/gpt-4o}
---
apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata: {name: mini, namespace: ai, labels: {catalog: shared}}
spec:
  modelSecretRef: {secretName: openai}
  connectionRef: {instanceRef: {name: team-a}}
  litellmParams: {model: openai/gpt-4o-mini}
---
apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata: {name: claude, namespace: ai, labels: {catalog: shared, tier: premium}}
spec:
  modelSecretRef: {secretName: anthropic}
  litellmParams: {model: anthropic/claude-sonnet-4-5}
`;

const TEAM_A = instance("team-a", "{matchLabels: {catalog: shared}}");
const TEAM_B = instance("team-b", "{matchExpressions: [{key: tier, operator: In, values: [premium]}, {key: deprecated, operator: DoesNotExist}]}");

function compile(files: Record<string, string>) {
  const outcome = compileDir(writeProject(files));
  expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return outcome.result!;
}

describe("matchesSelector (LabelSelector semantics)", () => {
  it("requires every matchLabels entry and every expression; NotIn and DoesNotExist hold without the label", () => {
    const labels = { catalog: "shared", tier: "premium" };
    expect(matchesSelector(labels, {})).toBe(true);
    expect(matchesSelector(labels, { matchLabels: { catalog: "shared" } })).toBe(true);
    expect(matchesSelector(labels, { matchLabels: { catalog: "shared", tier: "basic" } })).toBe(false);
    expect(matchesSelector(labels, { matchExpressions: [{ key: "tier", operator: "In", values: ["basic", "premium"] }] })).toBe(true);
    expect(matchesSelector(labels, { matchExpressions: [{ key: "tier", operator: "NotIn", values: ["premium"] }] })).toBe(false);
    expect(matchesSelector({}, { matchExpressions: [{ key: "tier", operator: "NotIn", values: ["premium"] }] })).toBe(true);
    expect(matchesSelector(labels, { matchExpressions: [{ key: "tier", operator: "Exists" }] })).toBe(true);
    expect(matchesSelector(labels, { matchExpressions: [{ key: "tier", operator: "DoesNotExist" }] })).toBe(false);
    expect(matchesSelector({}, { matchExpressions: [{ key: "tier", operator: "In", values: ["premium"] }] })).toBe(false);
  });
});

describe("one catalog, two proxies", () => {
  const ir = compile({ "a.yaml": TEAM_A, "b.yaml": TEAM_B, "catalog.yaml": CATALOG });
  const [a, b] = ir.instances;

  it("serves every matching Model of the namespace, a Model both named and selected once", () => {
    expect(a!.models.map((m) => [m.modelName, m.selected ?? false])).toEqual([
      ["claude", true],
      ["gpt-4o", true],
      ["mini", false],
    ]);
    expect(b!.models.map((m) => m.modelName)).toEqual(["claude", "gpt-4o"]);
  });

  it("gives each instance its own model_info.id, and adding a second proxy changes none of the first's", () => {
    const idsA = new Map(a!.models.map((m) => [m.modelName, m.id]));
    for (const m of b!.models) expect(m.id).not.toBe(idsA.get(m.modelName));
    const alone = compile({ "a.yaml": TEAM_A, "catalog.yaml": CATALOG });
    expect(alone.instances[0]!.models.map((m) => m.id)).toEqual(a!.models.map((m) => m.id));
  });

  it("emits one ExternalSecret per shared Secret, for the namespace, with every reader's keys", () => {
    // The default mapping's apiBase may be missing from the remote key (optional, fetched by dataFrom.extract).
    const keys = (secret: string) => [
      { key: "apiBase", optional: true, remoteRef: { key: `litellm/ai/${secret}`, property: "apiBase" } },
      { key: "apiKey", remoteRef: { key: `litellm/ai/${secret}`, property: "apiKey" } },
    ];
    expect(ir.sharedSecrets).toEqual([
      { name: "anthropic", namespace: "ai", keys: keys("anthropic"), readers: ["team-a", "team-b"] },
      { name: "openai", namespace: "ai", keys: keys("openai"), readers: ["team-a", "team-b"] },
    ]);
    const rendering = renderTarget(ir, "manifests");
    const externalSecrets = rendering.objects.filter((o) => o.kind === "ExternalSecret").map((o) => o.metadata.name);
    expect(externalSecrets.filter((n) => n === "openai")).toHaveLength(1);
    const files = targetFiles(ir, rendering);
    expect([...files.keys()].filter((f) => f.startsWith("ai/_shared/"))).toEqual([
      "ai/_shared/externalsecret-anthropic.yaml",
      "ai/_shared/externalsecret-openai.yaml",
      "ai/_shared/kustomization.yaml",
    ]);
    expect(files.get("kustomization.yaml")).toContain("- ai/_shared\n");
    for (const dir of ["ai/team-a", "ai/team-b"]) expect([...files.keys()].some((f) => f.startsWith(`${dir}/externalsecret-openai`))).toBe(false);
  });

  it("render --instance prints the instance and the shared ExternalSecrets it reads", async () => {
    const dir = writeProject({ "a.yaml": TEAM_A, "b.yaml": TEAM_B, "catalog.yaml": CATALOG });
    const r = await cli(dir, ["render", "--instance", "ai/team-b", "--no-cache"]);
    expect(r.code).toBe(0);
    const objects = parseYamlStream(r.stdout) as Array<{ kind: string; metadata: { name: string } }>;
    expect(objects.filter((o) => o.kind === "ExternalSecret").map((o) => o.metadata.name).sort()).toEqual(["anthropic", "openai", "team-b-master-key"]);
    expect(objects.some((o) => o.metadata.name.startsWith("team-a"))).toBe(false);
  });

  it("per-instance Applications and one for NAMESPACE/_shared own every object exactly once", async () => {
    const dir = writeProject({ "a.yaml": TEAM_A, "b.yaml": TEAM_B, "catalog.yaml": CATALOG });
    type Obj = { kind: string; metadata: { namespace: string; name: string } };
    const key = (o: Obj) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`;
    const keysOf = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const r = await cli(dir, ["render", "--no-cache", ...args], env);
      expect(r.code, r.stderr).toBe(0);
      return (parseYamlStream(r.stdout) as Obj[]).map(key);
    };
    const a = await keysOf(["--instance", "ai/team-a", "--shared", "exclude"]);
    // The same through Argo CD's plugin parameters, as an ApplicationSet would set them.
    const b = await keysOf([], { ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: "instance", string: "ai/team-b" }, { name: "shared", string: "exclude" }]) });
    const shared = await keysOf(["--instance", "ai/_shared"]);
    expect(shared).toEqual(["ExternalSecret/ai/anthropic", "ExternalSecret/ai/openai"]);
    expect(a.filter((k) => k.startsWith("ExternalSecret/"))).toEqual(["ExternalSecret/ai/team-a-master-key"]);
    const all = await keysOf([]);
    const owned = [...a, ...b, ...shared];
    expect(new Set(owned).size).toBe(owned.length);
    expect([...owned].sort()).toEqual([...all].sort());
  });

  it("refuses a shared mode it does not know, and a namespace without shared Secrets", async () => {
    const dir = writeProject({ "a.yaml": TEAM_A, "b.yaml": TEAM_B, "catalog.yaml": CATALOG });
    const bad = await cli(dir, ["render", "--no-cache", "--instance", "ai/team-a", "--shared", "only"]);
    expect([bad.code, bad.stdout]).toEqual([2, ""]);
    expect(bad.stderr).toContain('--shared takes include or exclude, got "only"');
    const none = await cli(dir, ["render", "--no-cache", "--instance", "other/_shared"]);
    expect([none.code, none.stdout]).toEqual([1, ""]);
    expect(none.stderr).toContain("namespace other has no Secret that two proxies read, so no other/_shared folder");
  });

  it("kubectl kustomize of the built tree gives exactly the objects render prints", async () => {
    const dir = writeProject({ "a.yaml": TEAM_A, "b.yaml": TEAM_B, "catalog.yaml": CATALOG });
    const out = mkdtempSync(path.join(tmpdir(), "lg-selector-out-"));
    try {
      expect((await cli(dir, ["build", "--out", out, "--no-cache"])).code).toBe(0);
      const rendered = await cli(dir, ["render", "--no-cache"]);
      type Obj = { kind: string; metadata: { namespace: string; name: string } };
      const key = (o: Obj) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`;
      const sorted = (list: unknown[]) => (list as Obj[]).sort((x, y) => key(x).localeCompare(key(y)));
      const fromKustomize = sorted(kustomizeBuild(out));
      const fromRender = sorted(parseYamlStream(rendered.stdout));
      expect(fromKustomize.map(key)).toEqual(fromRender.map(key));
      expect(fromKustomize).toEqual(fromRender);
      expect(readFileSync(path.join(out, "ai/_shared/externalsecret-openai.yaml"), "utf8")).toContain("app.kubernetes.io/component: shared-secret");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("list says which Models came by selector", async () => {
    const dir = writeProject({ "a.yaml": TEAM_A, "b.yaml": TEAM_B, "catalog.yaml": CATALOG });
    const r = await cli(dir, ["list", "--no-cache"]);
    expect(r.stdout).toContain("ai/team-a:\n  claude: anthropic/claude-sonnet-4-5  (by modelSelector: Model ai/claude)\n");
    expect(r.stdout).toContain("  mini: openai/gpt-4o-mini\n");
  });
});
