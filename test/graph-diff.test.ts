// `diff`'s routing picture: the marked part of the graph (src/graph/diff.ts), its Markdown
// under the tables, and `--no-graph`. Mermaid's parser reads the block in graph-browser.test.ts.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileInputs } from "../src/compiler/compile.js";
import type { IR } from "../src/compiler/ir.js";
import { graphDiff, routingChanges } from "../src/graph/diff.js";
import { graphsOf } from "../src/graph/model.js";
import type { ProxyGraph } from "../src/graph/types.js";
import { cli } from "./support/cli.js";

const ROUTING = "fixtures/graph/routing";
const scratch = mkdtempSync(path.join(tmpdir(), "litellm-gitops-graph-diff-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the routing fixture with edits: `{file: [from, to]}` replacements. */
export function editedRouting(edits: Record<string, Array<[string, string]>>): string {
  const dir = mkdtempSync(path.join(scratch, "project-"));
  cpSync(ROUTING, dir, { recursive: true });
  for (const [file, replacements] of Object.entries(edits)) {
    let text = readFileSync(path.join(dir, file), "utf8");
    for (const [from, to] of replacements) {
      expect(text, `${file} has ${from}`).toContain(from);
      text = text.replace(from, to);
    }
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function irOf(dir: string): IR {
  const outcome = compileInputs([dir], { cwd: process.cwd(), exclude: [], strict: false });
  expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return outcome.result!;
}

function lines(graph: ProxyGraph) {
  const facts = (g: ProxyGraph["nodes"][number]) => g.facts.map((x) => (x.name ? `${x.name}: ${x.value}` : x.value)).join("; ");
  return {
    nodes: graph.nodes.map((n) => `${n.mark ?? "context"} ${n.key} | ${n.label}${n.facts.length ? ` | ${facts(n)}` : ""}`),
    edges: graph.edges.map((e) => `${e.mark ?? "context"} ${e.from} -${e.kind}${e.label ? ` (${e.label})` : ""}-> ${e.to}`),
  };
}

/** A price raised, a fallback added, an alias removed, a group added. */
const EDITS = {
  "models/gpt-4o-openai.yaml": [
    ['inputCostPerMillionTokens: "2.5"', 'inputCostPerMillionTokens: "3"'],
    ["rpm: 5000", "rpm: 6000"],
  ],
  "instance.yaml": [
    ["      - gpt-4o-mini: [gpt-4o]", "      - gpt-4o-mini: [gpt-4o, o3]"],
    ["      gpt-4: gpt-4o\n", ""],
  ],
  "models/o3.yaml": [],
} satisfies Record<string, Array<[string, string]>>;

function changedProject(): string {
  const dir = editedRouting({ "models/gpt-4o-openai.yaml": EDITS["models/gpt-4o-openai.yaml"], "instance.yaml": EDITS["instance.yaml"] });
  writeFileSync(
    path.join(dir, "models/o3.yaml"),
    readFileSync(path.join(ROUTING, "models/gpt-4o-mini.yaml"), "utf8")
      .replace("name: gpt-4o-mini", "name: o3")
      .replace('modelName: "gpt-4o-mini"', 'modelName: "o3"')
      .replace('model: "openai/gpt-4o-mini"', 'model: "openai/o3"'),
  );
  return dir;
}

describe("graphDiff", () => {
  it("marks what was added, removed and changed, with old → new prices per million tokens, and what it hangs from", () => {
    const [before] = graphsOf(irOf(ROUTING), { collapseAbove: 0 });
    const [after] = graphsOf(irOf(changedProject()), { collapseAbove: 0 });
    const marked = graphDiff(before, after)!;
    expect(lines(marked)).toEqual({
      nodes: [
        "context proxy | ai/router | routing: usage-based-routing-v2; retries: 3",
        "removed alias:gpt-4 | gpt-4",
        "context group:gpt-4o | gpt-4o | deployments: 2",
        "context group:gpt-4o-mini | gpt-4o-mini | deployments: 1",
        "added group:o3 | o3 | deployments: 1",
        "changed deployment:92aba2c7-95fe-5d0e-9642-316a658f8b5e | openai/gpt-4o | provider: openai; rpm: 5000 → 6000; tpm: 800000; input $/1M tokens: 2.5 → 3; output $/1M tokens: 10",
        "added deployment:ed0ed00a-792c-58c4-8de4-107d909ec9fb | openai/o3 | provider: openai; input $/1M tokens: 0.15; output $/1M tokens: 0.6",
        "context secret:openai | Secret openai | vault: llm/ai/openai [OPENAI_API_KEY]",
      ],
      edges: [
        "context proxy -serves-> group:gpt-4o",
        "context proxy -serves-> group:gpt-4o-mini",
        "added proxy -serves-> group:o3",
        "removed alias:gpt-4 -alias-> group:gpt-4o",
        "context group:gpt-4o -fallback (2)-> group:gpt-4o-mini",
        "context group:gpt-4o-mini -context-window-fallback (1)-> group:gpt-4o",
        "added group:gpt-4o-mini -context-window-fallback (2)-> group:o3",
        "context group:gpt-4o -deployment-> deployment:92aba2c7-95fe-5d0e-9642-316a658f8b5e",
        "added group:o3 -deployment-> deployment:ed0ed00a-792c-58c4-8de4-107d909ec9fb",
        "context deployment:92aba2c7-95fe-5d0e-9642-316a658f8b5e -credential (api_key)-> secret:openai",
        "added deployment:ed0ed00a-792c-58c4-8de4-107d909ec9fb -credential (api_key)-> secret:openai",
      ],
    });
  }, 30_000);

  it("finds no routing change where only the deployment changed (replicas)", () => {
    const dir = editedRouting({ "instance.yaml": [["  masterKeySecretRef:", "  replicas: 4\n  masterKeySecretRef:"]] });
    expect(routingChanges(irOf(ROUTING), irOf(dir)).size).toBe(0);
    // …and a whole new proxy is all added.
    const added = routingChanges(undefined, irOf(ROUTING)).get("ai/router")!;
    expect(added.nodes.every((n) => n.mark === "added")).toBe(true);
    expect(added.edges.every((e) => e.mark === "added")).toBe(true);
  });
});

const GIT_ENV = { GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com", PATH: process.env.PATH };

describe("litellm-gitops diff with the routing picture", () => {
  it("adds a Mermaid block with a legend under the instance's tables; --no-graph leaves it out", async () => {
    const repo = mkdtempSync(path.join(scratch, "repo-"));
    cpSync(ROUTING, repo, { recursive: true });
    const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, env: GIT_ENV, stdio: "pipe" });
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-q", "-m", "base");
    cpSync(changedProject(), repo, { recursive: true });

    const run = await cli(repo, ["diff", "--base", "main"], GIT_ENV);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const md = run.stdout;
    const tables = md.indexOf("**Models changed**");
    const picture = md.indexOf("**Routing graph**");
    const files = md.indexOf("<details>");
    expect(tables).toBeGreaterThan(0);
    expect(picture).toBeGreaterThan(tables);
    expect(files).toBeGreaterThan(picture);
    const block = md.slice(md.indexOf("```mermaid\n") + 11, md.indexOf("\n```\n", picture));
    expect(block).toMatch(/^flowchart LR\n/);
    expect(block).toContain('p0_deployment_92aba2c7("openai/gpt-4o<br/>provider: openai<br/>rpm: 5000 → 6000<br/>tpm: 800000<br/>input $/1M tokens: 2.5 → 3<br/>output $/1M tokens: 10")');
    expect(block).toContain('  subgraph legend["legend"]');
    expect(block).toMatch(/class [\w,]*p0_group_o3[\w,]* added/);
    expect(block).toMatch(/class [\w,]*p0_alias_gpt_4[\w,]* removed/);
    expect(block).toMatch(/class [\w,]*p0_deployment_92aba2c7[\w,]* changed/);
    expect(md).toContain("Legend: green added, red dashed removed, yellow changed");

    const without = await cli(repo, ["diff", "--base", "main", "--no-graph"], GIT_ENV);
    expect(without.stdout).not.toContain("mermaid");
    expect(without.stdout).toBe(md.slice(0, picture) + md.slice(md.indexOf("<details>")));
  }, 30_000);
});
