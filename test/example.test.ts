import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "./support/cli.js";
import { kustomizeBuild, parseYamlStream } from "./support/kustomize.js";
import { pyyamlLoad, toPlain } from "./support/pyyaml.js";

describe("the README's quick start project", () => {
  it("has committed rendered output that is up to date (build --check)", async () => {
    const run = await cli(process.cwd(), ["build", "examples/quickstart", "--out", "examples/quickstart/rendered", "--check", "--strict"]);
    expect(run.stderr).toContain("is up to date");
    expect(run.code).toBe(0);
  });

  it("validates with --strict and no diagnostic", async () => {
    const run = await cli(process.cwd(), ["validate", "examples/quickstart", "--strict", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });
});

describe("examples/platform: two proxies sharing a catalog by selector, a guardrail, an MCP server, langfuse and prometheus", () => {
  it("has committed rendered output that is up to date (build --check)", async () => {
    const run = await cli(process.cwd(), ["build", "examples/platform", "--out", "examples/platform/rendered", "--check", "--strict"]);
    expect(run.stderr).toContain("is up to date");
    expect(run.code).toBe(0);
  });

  it("serves the catalog by selector, and wires the shared Secrets once for the namespace", async () => {
    const run = await cli(process.cwd(), ["list", "examples/platform", "--strict"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("ai-platform/support:\n  claude-sonnet: anthropic/claude-sonnet-4-5  (by modelSelector: Model ai-platform/claude-sonnet)\n  gpt-4o: openai/gpt-4o  (by modelSelector: Model ai-platform/gpt-4o)\n  callback langfuse");
    expect(run.stdout).toContain("  o3: openai/o3  (by modelSelector: Model ai-platform/o3-preview)");
    const shared = readdirSync("examples/platform/rendered/ai-platform/_shared").sort();
    expect(shared).toEqual(["externalsecret-anthropic.yaml", "externalsecret-langfuse.yaml", "externalsecret-openai.yaml", "kustomization.yaml"]);
  });

  it("writes config.yaml that PyYAML reads as intended", () => {
    const config = toPlain(pyyamlLoad(readFileSync("examples/platform/rendered/ai-platform/research/config.yaml", "utf8"))) as Record<string, unknown>;
    const settings = config.litellm_settings as Record<string, unknown>;
    expect(settings.success_callback).toEqual(["langfuse"]);
    expect(settings.callbacks).toEqual(["prometheus"]);
    expect((config.guardrails as Array<{ guardrail_name: string }>).map((g) => g.guardrail_name)).toEqual(["pii-mask"]);
    expect(Object.keys(config.mcp_servers as object)).toEqual(["github"]);
  });

  it("builds with kubectl kustomize into exactly the objects render prints", async () => {
    type Obj = { kind: string; metadata: { namespace: string; name: string } };
    const key = (o: Obj) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`;
    const sorted = (list: unknown[]) => (list as Obj[]).sort((a, b) => key(a).localeCompare(key(b)));
    const rendered = await cli(process.cwd(), ["render", "examples/platform", "--strict"]);
    expect(rendered.code).toBe(0);
    expect(sorted(kustomizeBuild("examples/platform/rendered"))).toEqual(sorted(parseYamlStream(rendered.stdout)));
  });
});
