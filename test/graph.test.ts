import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { draw, GRAPH_FORMATS } from "../src/cli/commands/graph.js";
import { compileInputs } from "../src/compiler/compile.js";
import type { IR } from "../src/compiler/ir.js";
import { toDot } from "../src/graph/dot.js";
import { toMermaid } from "../src/graph/mermaid.js";
import { graphsOf } from "../src/graph/model.js";
import type { Fact, ProxyGraph } from "../src/graph/types.js";
import { cli } from "./support/cli.js";
import { INSTANCE, compileDir, model, writeProject } from "./support/project.js";

const ROUTING = "fixtures/graph/routing";

function compile(paths: string[]): IR {
  const outcome = compileInputs(paths, { cwd: process.cwd(), exclude: [], strict: true });
  expect(outcome.diagnostics).toEqual([]);
  return outcome.result!;
}

/** A graph in one line per node and edge: exact, and readable in a failure. */
function lines(graph: ProxyGraph) {
  const facts = (f: Fact[]) => f.map((x) => (x.name ? `${x.name}: ${x.value}` : x.value)).join("; ");
  return {
    nodes: graph.nodes.map((n) => `${n.key} | ${n.label}${n.facts.length ? ` | ${facts(n.facts)}` : ""}`),
    edges: graph.edges.map((e) => `${e.from} -${e.kind}${e.label ? ` (${e.label})` : ""}-> ${e.to}`),
    notes: graph.notes,
  };
}

const GPT4O_AZURE = "deployment:1fd90fd4-f68c-5330-8a25-75444448e250";
const OPENAI_WILDCARD = "deployment:34590a9f-e0ab-55f8-8709-1fed4abd1611";
const CLAUDE = "deployment:712b4a3d-1bc6-5769-a6f5-86e471c5b23a";
const GPT4O_OPENAI = "deployment:92aba2c7-95fe-5d0e-9642-316a658f8b5e";
const GPT4O_MINI = "deployment:97eb72fc-4cee-57d5-92f5-252448e7ec33";

describe("graph model", () => {
  it("marks a deployment the proxy serves through its modelSelector, and only that one", () => {
    const selected = `apiVersion: litellm.litellm.ai/v1alpha1
kind: Model
metadata:
  name: shared
  namespace: ai
  labels: {tier: shared}
spec:
  modelName: shared
  modelSecretRef: {secretName: shared-secret}
  litellmParams: {model: openai/gpt-4o-mini}
`;
    const instance = INSTANCE + "  modelSelector:\n    matchLabels: {tier: shared}\n";
    const outcome = compileDir(writeProject({ "i.yaml": instance, "own.yaml": model("own", "model: openai/gpt-4o"), "shared.yaml": selected }));
    expect(outcome.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const deployments = graphsOf(outcome.result!)[0]!.nodes.filter((n) => n.kind === "deployment");
    expect(deployments.map((n) => `${n.label}: ${n.facts.map((f) => `${f.name}=${f.value}`).join(", ")}`).sort()).toEqual([
      "openai/gpt-4o-mini: provider=openai, served by=modelSelector",
      "openai/gpt-4o: provider=openai",
    ]);
  });

  it("has every group, deployment, fallback by kind, alias, access group, wildcard route, callback, guardrail, MCP server, team, key and Secret of the routing fixture", () => {
    const [graph, ...more] = graphsOf(compile([ROUTING]));
    expect(more).toEqual([]);
    expect(graph!.instance).toBe("ai/router");
    expect(lines(graph!)).toEqual({
      nodes: [
        "proxy | ai/router | routing: usage-based-routing-v2; retries: 3",
        "team:platform | platform | team",
        "team:research | research | team; budget: $500 / 30d; rpm limit: 1000",
        "key:ci | ci | virtual key",
        "key:notebook | notebook | virtual key; budget: $50 / 7d; value: generated into Secret router-key-notebook",
        "alias:gpt-4 | gpt-4",
        "alias:legacy-claude | legacy-claude | hidden from /models",
        "alias:o-mini | o-mini",
        "route:openai/o4-mini | openai/o4-mini",
        "any-group | any model group | default_fallbacks / *",
        "access:beta | beta | access group",
        "access:paid | paid | access group",
        "group:claude-sonnet | claude-sonnet | deployments: 1",
        "group:gpt-4o | gpt-4o | deployments: 2",
        "group:gpt-4o-mini | gpt-4o-mini | deployments: 1",
        "group:openai/* | openai/* | wildcard route; deployments: 1",
        `${GPT4O_AZURE} | azure/gpt-4o-eu | provider: azure; rpm: 3000; tpm: 400000; input $/1M tokens: 2.75; output $/1M tokens: 11`,
        `${OPENAI_WILDCARD} | openai/* | provider: openai`,
        `${CLAUDE} | anthropic/claude-sonnet-4-20250514 | provider: anthropic; input $/1M tokens: 3; output $/1M tokens: 15`,
        `${GPT4O_OPENAI} | openai/gpt-4o | provider: openai; rpm: 5000; tpm: 800000; input $/1M tokens: 2.5; output $/1M tokens: 10`,
        `${GPT4O_MINI} | openai/gpt-4o-mini | provider: openai; input $/1M tokens: 0.15; output $/1M tokens: 0.6`,
        "secret:anthropic | Secret anthropic | vault: llm/ai/anthropic [ANTHROPIC_API_KEY]",
        "secret:azure-eu | Secret azure-eu | vault: llm/ai/azure-eu [AZURE_API_KEY]",
        "secret:ci-key | Secret ci-key | vault: llm/ai/ci-key [value]",
        "secret:github-mcp | Secret github-mcp | vault: llm/ai/github-mcp [token]",
        "secret:lakera | Secret lakera | vault: llm/ai/lakera [apiKey]",
        "secret:openai | Secret openai | vault: llm/ai/openai [OPENAI_API_KEY]",
        "secret:router-master-key | Secret router-master-key | vault: llm/ai/router-master-key [masterKey]",
        "guardrail:lakera | lakera | integration: lakera_v2; mode: pre_call, post_call; when a request, key, team or model asks for it",
        "guardrail:pii-mask | pii-mask | integration: presidio; mode: pre_call; on every request (default_on)",
        "mcp:github | github | MCP server; transport: http; url: https://api.githubcopilot.com/mcp; auth: bearer_token",
        "callback:langfuse | langfuse | on: success, failure",
        "callback:sentry | sentry | on: failure",
      ],
      edges: [
        "proxy -serves-> group:claude-sonnet",
        "proxy -serves-> group:gpt-4o",
        "proxy -serves-> group:gpt-4o-mini",
        "proxy -serves-> group:openai/*",
        "key:ci -member-of-> team:research",
        "key:notebook -member-of-> team:research",
        // key:ci has no models of its own: it calls what its team may (member-of), no may-call edge.
        "key:notebook -may-call-> group:gpt-4o-mini",
        "team:platform -may-call (every model)-> proxy",
        "team:research -may-call-> access:paid",
        "team:research -may-call-> group:gpt-4o-mini",
        "team:research -may-call-> route:openai/o4-mini",
        "alias:gpt-4 -alias-> group:gpt-4o",
        "alias:legacy-claude -alias-> group:claude-sonnet",
        // An alias to a name no group has, but a wildcard route serves.
        "alias:o-mini -alias-> route:openai/o4-mini",
        "route:openai/o4-mini -matches-> group:openai/*",
        "access:beta -access-> group:claude-sonnet",
        "access:paid -access-> group:claude-sonnet",
        "access:paid -access-> group:gpt-4o",
        // default_fallbacks is a `*` entry of fallbacks (Router.__init__).
        "any-group -fallback (1)-> group:gpt-4o-mini",
        "group:gpt-4o -fallback (1)-> group:claude-sonnet",
        "group:gpt-4o -fallback (2)-> group:gpt-4o-mini",
        "group:gpt-4o-mini -context-window-fallback (1)-> group:gpt-4o",
        "group:claude-sonnet -content-policy-fallback (1)-> group:gpt-4o",
        `group:claude-sonnet -deployment-> ${CLAUDE}`,
        `group:gpt-4o -deployment-> ${GPT4O_AZURE}`,
        `group:gpt-4o -deployment-> ${GPT4O_OPENAI}`,
        `group:gpt-4o-mini -deployment-> ${GPT4O_MINI}`,
        `group:openai/* -deployment-> ${OPENAI_WILDCARD}`,
        `${GPT4O_AZURE} -credential (api_key)-> secret:azure-eu`,
        `${OPENAI_WILDCARD} -credential (api_key)-> secret:openai`,
        `${CLAUDE} -credential (api_key)-> secret:anthropic`,
        `${GPT4O_OPENAI} -credential (api_key)-> secret:openai`,
        `${GPT4O_MINI} -credential (api_key)-> secret:openai`,
        "guardrail:lakera -credential (api_key)-> secret:lakera",
        "key:ci -credential (key value)-> secret:ci-key",
        "mcp:github -credential (authentication_token)-> secret:github-mcp",
        "proxy -credential (master key)-> secret:router-master-key",
        "proxy -guardrail (pre_call, post_call)-> guardrail:lakera",
        "proxy -guardrail (pre_call)-> guardrail:pii-mask",
        "team:research -uses-guardrail-> guardrail:lakera",
        "proxy -mcp-> mcp:github",
        "proxy -callback (success, failure)-> callback:langfuse",
        "proxy -callback (failure)-> callback:sentry",
      ],
      notes: [],
    });
    // The table keeps every deployment, with prices per million tokens as written.
    expect(graph!.groups.map((g) => [g.name, g.wildcard, g.accessGroups, g.deployments.map((d) => [d.model, d.inputCost, d.outputCost])])).toEqual([
      ["claude-sonnet", false, ["beta", "paid"], [["anthropic/claude-sonnet-4-20250514", "3", "15"]]],
      ["gpt-4o", false, ["paid"], [["azure/gpt-4o-eu", "2.75", "11"], ["openai/gpt-4o", "2.5", "10"]]],
      ["gpt-4o-mini", false, [], [["openai/gpt-4o-mini", "0.15", "0.6"]]],
      ["openai/*", true, [], [["openai/*", undefined, undefined]]],
    ]);
  });

  it("collapses a group beyond the threshold into one node with totals and ranges, and says so", () => {
    const [graph] = graphsOf(compile([ROUTING]), { collapseAbove: 1 });
    const { nodes, edges, notes } = lines(graph!);
    expect(nodes).toContain(
      "collapsed:gpt-4o | 2 deployments | providers: azure, openai; rpm total: 8000; tpm total: 1200000; input $/1M tokens: 2.5–2.75; output $/1M tokens: 10–11",
    );
    expect(nodes.filter((n) => n.startsWith(GPT4O_AZURE) || n.startsWith(GPT4O_OPENAI))).toEqual([]);
    expect(edges).toContain("group:gpt-4o -deployment-> collapsed:gpt-4o");
    // The collapsed node still leads to both Secrets its deployments read, once each.
    expect(edges.filter((e) => e.startsWith("collapsed:gpt-4o -credential"))).toEqual([
      "collapsed:gpt-4o -credential (api_key)-> secret:azure-eu",
      "collapsed:gpt-4o -credential (api_key)-> secret:openai",
    ]);
    expect(notes).toEqual(["gpt-4o: 2 deployments shown as one node (more than 1; --collapse 0 shows each)"]);
    // A group at the threshold is drawn in full; the table always is.
    expect(nodes.some((n) => n.startsWith(GPT4O_MINI))).toBe(true);
    expect(graph!.groups.find((g) => g.name === "gpt-4o")!.deployments).toHaveLength(2);
  });

  it("draws the quick start: database, Redis and master key Secrets on the proxy, shared credentials once", () => {
    const [graph] = graphsOf(compile(["examples/quickstart"]));
    const { nodes, edges } = lines(graph!);
    expect(nodes.filter((n) => n.startsWith("secret:"))).toEqual([
      "secret:aws-bedrock | Secret aws-bedrock | vault: litellm/ai-platform/aws-bedrock [awsAccessKeyId, awsSecretAccessKey]",
      "secret:gateway-master-key | Secret gateway-master-key | vault: litellm/ai-platform/gateway-master-key [masterKey, saltKey]",
      "secret:gateway-postgres | Secret gateway-postgres | vault: litellm/ai-platform/gateway-postgres [dbname, host, password, username]",
      "secret:gateway-redis | Secret gateway-redis | vault: litellm/ai-platform/gateway-redis [host, password, port]",
      "secret:openai | Secret openai | vault: litellm/ai-platform/openai [OPENAI_API_KEY]",
    ]);
    expect(edges.filter((e) => e.startsWith("proxy -credential"))).toEqual([
      "proxy -credential (master key, salt key)-> secret:gateway-master-key",
      "proxy -credential (database)-> secret:gateway-postgres",
      "proxy -credential (redis)-> secret:gateway-redis",
    ]);
    expect(edges.filter((e) => e.includes("aws-bedrock"))).toEqual([
      "deployment:c92aa397-5f96-5468-a27e-26d120b66c15 -credential (aws_access_key_id, aws_secret_access_key)-> secret:aws-bedrock",
    ]);
    expect(nodes).toContain("group:text-embedding-3-small | text-embedding-3-small | mode: embedding; deployments: 1");
    expect(edges).toContain("group:gpt-4o -fallback (1)-> group:claude-sonnet");
  });
});

describe("graph model: Secrets", () => {
  it("shows a Secret made in the cluster by its maker, never a store key, and every Secret without a value", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "litellm-gitops-graph-secrets-"));
    try {
      for (const file of readdirSync(ROUTING, { recursive: true }) as string[]) {
        if (!file.endsWith(".yaml")) continue;
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), readFileSync(path.join(ROUTING, file), "utf8"));
      }
      const config = readFileSync(path.join(dir, "compiler-config.yaml"), "utf8");
      writeFileSync(path.join(dir, "compiler-config.yaml"), config + "  clusterSecrets: [ai/anthropic]\n");
      const [graph] = graphsOf(compile([dir]));
      const secrets = lines(graph!).nodes.filter((n) => n.startsWith("secret:"));
      expect(secrets).toEqual([
        "secret:anthropic | Secret anthropic | keys: ANTHROPIC_API_KEY; made by: CompilerConfig spec.clusterSecrets",
        "secret:azure-eu | Secret azure-eu | vault: llm/ai/azure-eu [AZURE_API_KEY]",
        "secret:ci-key | Secret ci-key | vault: llm/ai/ci-key [value]",
        "secret:github-mcp | Secret github-mcp | vault: llm/ai/github-mcp [token]",
        "secret:lakera | Secret lakera | vault: llm/ai/lakera [apiKey]",
        "secret:openai | Secret openai | vault: llm/ai/openai [OPENAI_API_KEY]",
        "secret:router-master-key | Secret router-master-key | vault: llm/ai/router-master-key [masterKey]",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("graph writers", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "litellm-gitops-graph-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("writes DOT that Graphviz's dot accepts without a warning", () => {
    for (const graphs of [graphsOf(compile([ROUTING])), graphsOf(compile([ROUTING]), { collapseAbove: 1 }), graphsOf(compile(["fixtures/graph"]))]) {
      const run = spawnSync("dot", ["-Tsvg"], { input: toDot(graphs), encoding: "utf8" });
      expect(run.error).toBeUndefined();
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("<svg");
    }
    // The check can fail: dot rejects what is not DOT.
    expect(spawnSync("dot", ["-Tsvg"], { input: "digraph { a -> }", encoding: "utf8" }).status).not.toBe(0);
  }, 30_000);

  it("keeps hostile names inside their labels in Mermaid and DOT", () => {
    const project = path.join(scratch, "hostile");
    mkdirSync(project, { recursive: true });
    const name = 'evil"] --> x; click x "javascript:alert(1)" ```\\l #amp; <b>|';
    writeFileSync(
      path.join(project, "project.yaml"),
      [
        "apiVersion: litellm.litellm.ai/v1alpha1",
        "kind: LiteLLMInstance",
        "metadata: {name: proxy, namespace: ai}",
        "spec:",
        "  image: ghcr.io/berriai/litellm-database:main-v1.74.9.rc.1",
        "  masterKeySecretRef: {secretName: master, key: masterKey}",
        `  routerSettings: {model_group_alias: {${JSON.stringify(name + " alias")}: ${JSON.stringify(name)}}}`,
        "---",
        "apiVersion: litellm.litellm.ai/v1alpha1",
        "kind: Model",
        "metadata: {name: evil, namespace: ai}",
        "spec:",
        `  modelName: ${JSON.stringify(name)}`,
        "  connectionRef: {instanceRef: {name: proxy}}",
        "  modelSecretRef: {secretName: openai, keys: {apiKey: OPENAI_API_KEY}}",
        "  litellmParams: {model: openai/gpt-4o}",
        `  modelInfo: {accessGroups: [${JSON.stringify(name)}]}`,
        "",
      ].join("\n"),
    );
    const graphs = graphsOf(compile([project]));
    expect(graphs[0]!.nodes.map((n) => n.key)).toContain(`group:${name}`);
    const mermaid = toMermaid(graphs);
    expect(mermaid).not.toContain("`");
    expect(mermaid).not.toContain('"javascript');
    expect(mermaid).toContain("evil#34;] --#62; x#59; click x #34;javascript:alert(1)#34; #96;#96;#96;\\l #35;amp#59; #60;b#62;#124;");
    // Every line is a statement of ours: the name never starts one.
    for (const line of mermaid.trimEnd().split("\n")) {
      expect(line).toMatch(/^(flowchart LR|  (subgraph p\d+\["|end$|%% |classDef \w+ |class [\w,]+ \w+$|linkStyle \d+ |p\d+_\w+ [-=.]+[>-]?(\|"[^"]*"\|)? p\d+_\w+$)|    p\d+_\w+[[({>/\\]+"[^"]*"[\])}/\\]+$)/);
    }
    const dot = spawnSync("dot", ["-Tsvg"], { input: toDot(graphs), encoding: "utf8" });
    expect(dot.stderr).toBe("");
    expect(dot.status).toBe(0);
    expect(dot.stdout).toContain("evil&quot;] &#45;&#45;&gt; x; click x &quot;javascript:alert(1)&quot; ```\\l #amp; &lt;b&gt;|");
  });

  it("gives the same bytes in every format whatever order the files come in", async () => {
    const files = (readdirSync(ROUTING, { recursive: true }) as string[]).filter((f) => f.endsWith(".yaml")).map((f) => path.join(ROUTING, f));
    const a = graphsOf(compile(files));
    const b = graphsOf(compile([...files].reverse()));
    expect(b).toEqual(a);
    for (const format of GRAPH_FORMATS) expect(await draw(b, format), format).toBe(await draw(a, format));
  }, 30_000);
});

describe("litellm-gitops graph", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "litellm-gitops-graph-cli-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("prints Mermaid by default and picks the format from --out's extension", async () => {
    const run = await cli(process.cwd(), ["graph", ROUTING]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(toMermaid(graphsOf(compile([ROUTING]))));
    const dir = mkdtempSync(path.join(scratch, "out-"));
    const written = await cli(process.cwd(), ["graph", ROUTING, "--out", path.join(dir, "routing.svg")]);
    expect(written.code).toBe(0);
    // Graphviz writes `-` in text as &#45;.
    expect(readFileSync(path.join(dir, "routing.svg"), "utf8")).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*>gpt&#45;4o&#45;mini<[\s\S]*<\/svg>\n$/);
    expect(readdirSync(dir)).toEqual(["routing.svg"]);
  }, 30_000);

  it("draws one instance with --instance, and says which collapsed", async () => {
    const both = await cli(process.cwd(), ["graph", "fixtures/graph", "--format", "dot"]);
    expect(both.stdout).toContain("<b>ai/edge</b>");
    expect(both.stdout).toContain("cluster_p1");
    const run = await cli(process.cwd(), ["graph", "fixtures/graph", "--instance", "ai/router", "--format", "dot", "--collapse", "1"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("cluster_p0");
    expect(run.stdout).not.toContain("cluster_p1");
    expect(run.stdout).not.toContain("ai/edge");
    expect(run.stderr).toBe("ai/router: gpt-4o: 2 deployments shown as one node (more than 1; --collapse 0 shows each)\n");
  });

  it("refuses bad usage, unknown instances and unwritable files with a diagnostic, writing nothing", async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), "litellm-gitops-graph-refused-"));
    expect((await cli(process.cwd(), ["graph", ROUTING, "--format", "png"])).code).toBe(2);
    expect((await cli(process.cwd(), ["graph", ROUTING, "--collapse", "-1"])).code).toBe(2);
    const missing = await cli(process.cwd(), ["graph", ROUTING, "--instance", "ai/nope"]);
    expect(missing).toMatchObject({ code: 1, stdout: "", stderr: "litellm-gitops graph: no instance ai/nope in the project\n" });
    const yaml = await cli(scratch, ["graph", path.resolve(ROUTING), "--out", "graph.yaml"]);
    expect(yaml.code).toBe(1);
    expect(yaml.stderr).toContain("graph.yaml error LG5080 cannot write the graph: a .yaml/.yml output would be read as an input by the next run");
    const nowhere = await cli(scratch, ["graph", path.resolve(ROUTING), "--out", "no/such/graph.mmd"]);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain("no/such/graph.mmd error LG5080 cannot write the graph: the folder no/such does not exist");
    mkdirSync(path.join(scratch, "folder.svg"));
    const folder = await cli(scratch, ["graph", path.resolve(ROUTING), "--out", "folder.svg"]);
    expect(folder.stderr).toContain("folder.svg error LG5080 cannot write the graph: folder.svg is a folder");
    expect(readdirSync(scratch).sort()).toEqual(["folder.svg"]);
    rmSync(scratch, { recursive: true });
  }, 30_000);

  it("prints the inputs' diagnostics and no graph when they have errors", async () => {
    const run = await cli(process.cwd(), ["graph", "fixtures/invalid/fallback-missing-model"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("LG4002");
  });
});
