// Flux: the rendered tree applied by a Flux Kustomization (at DIR or at one instance folder),
// and the GitRepository + Kustomization that `build` writes to DIR/flux/ when the
// CompilerConfig asks for them — checked against Flux's own CRD schemas and with kustomize.
import { cli as runCli } from "./support/cli.js";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { emitFluxObjects, fluxGitUrl, type FluxSettings } from "../src/emitters/flux.js";
import { kustomizeBuild, parseYamlStream } from "./support/kustomize.js";
import { INSTANCE, model, writeProject } from "./support/project.js";
import { validateUpstream } from "./support/upstream-schemas.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
type Obj = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; spec?: Record<string, unknown> };

const SETTINGS: FluxSettings = {
  gitRepository: { url: "https://github.com/example-org/llm-platform.git", ref: { branch: "main" } },
  path: "./rendered",
  interval: "10m",
  prune: true,
};

const compilerConfig = (flux: string) => `apiVersion: litellm-gitops.dev/v1alpha1
kind: CompilerConfig
metadata:
  name: platform
spec:
${flux}`;

const FLUX_ON = compilerConfig(`  flux:
    enabled: true
    gitRepository:
      url: git@github.com:example-org/llm-platform.git
      ref:
        tag: v1.2.0
    path: ./deploy/rendered
    interval: 5m
    prune: false
`);

function project(config?: string): string {
  const files: Record<string, string> = { "instance.yaml": INSTANCE, "models/gpt.yaml": model("gpt", "model: openai/gpt-4o") };
  if (config !== undefined) files["compiler-config.yaml"] = config;
  return writeProject(files);
}

function cli(cwd: string, ...argv: string[]) {
  return runCli(cwd, argv);
}

const ids = (objects: unknown[]) => (objects as Obj[]).map((o) => `${o.apiVersion} ${o.kind} ${o.metadata.namespace}/${o.metadata.name}`).sort();

describe("emitFluxObjects", () => {
  it("emits a GitRepository and a Kustomization valid against Flux's CRDs", () => {
    const { gitRepository, kustomization } = emitFluxObjects(SETTINGS);
    expect(validateUpstream(gitRepository).errors).toEqual([]);
    expect(validateUpstream(kustomization).errors).toEqual([]);
    expect(kustomization.spec).toEqual({
      interval: "10m",
      sourceRef: { kind: "GitRepository", name: "litellm-gitops" },
      path: "./rendered",
      prune: true,
      wait: true,
      timeout: "5m",
    });
    // Objects carry their own namespaces; a targetNamespace would move them all.
    expect(kustomization.spec).not.toHaveProperty("targetNamespace");
    expect(gitRepository.metadata.namespace).toBe(kustomization.metadata.namespace);
  });

  it.each([
    ["git@github.com:org/repo.git", "ssh://git@github.com/org/repo.git"],
    ["github.com:org/repo", "ssh://github.com/org/repo"],
    ["ssh://git@github.com/org/repo.git", "ssh://git@github.com/org/repo.git"],
    ["https://github.com/org/repo", "https://github.com/org/repo"],
  ])("turns %s into a URL Flux accepts (%s)", (given, expected) => {
    expect(fluxGitUrl(given)).toBe(expected);
    const { gitRepository } = emitFluxObjects({ ...SETTINGS, gitRepository: { url: given, ref: {} } });
    expect(validateUpstream(gitRepository).errors).toEqual([]);
  });

  it("writes the ref in a fixed order, whatever order it was given in", () => {
    const a = emitFluxObjects({ ...SETTINGS, gitRepository: { url: SETTINGS.gitRepository.url, ref: { commit: "abc", branch: "main" } } });
    expect(Object.keys((a.gitRepository.spec as { ref: object }).ref)).toEqual(["branch", "commit"]);
  });
});

describe("build with spec.flux", { timeout: 60_000 }, () => {
  it("writes DIR/flux/ with the two objects, outside the root kustomization", async () => {
    const dir = project(FLUX_ON);
    const run = await cli(dir, "build", "--out", "deploy/rendered");
    expect(run.stderr).not.toMatch(/error/);
    expect(run.code).toBe(0);
    const out = path.join(dir, "deploy/rendered");
    expect(readdirSync(path.join(out, "flux")).sort()).toEqual(["flux-kustomization.yaml", "gitrepository.yaml", "kustomization.yaml"]);

    const gitRepository = parse(readFileSync(path.join(out, "flux/gitrepository.yaml"), "utf8")) as Obj;
    const kustomization = parse(readFileSync(path.join(out, "flux/flux-kustomization.yaml"), "utf8")) as Obj;
    for (const object of [gitRepository, kustomization]) expect(validateUpstream(object).errors).toEqual([]);
    expect(gitRepository.spec).toEqual({ interval: "5m", url: "ssh://git@github.com/example-org/llm-platform.git", ref: { tag: "v1.2.0" } });
    expect(kustomization.spec).toMatchObject({ path: "./deploy/rendered", prune: false, interval: "5m" });

    // DIR/flux is applied on its own (kubectl apply -k DIR/flux)…
    expect(ids(kustomizeBuild(path.join(out, "flux")))).toEqual([
      "kustomize.toolkit.fluxcd.io/v1 Kustomization flux-system/litellm-gitops",
      "source.toolkit.fluxcd.io/v1 GitRepository flux-system/litellm-gitops",
    ]);
    // …and what Flux applies from DIR is exactly what `render` prints: only LiteLLM's objects.
    const rendered = await cli(dir, "render");
    expect(rendered.code).toBe(0);
    const fromDir = kustomizeBuild(out);
    expect(ids(fromDir)).toEqual(ids(parseYamlStream(rendered.stdout)));
    expect((fromDir as Obj[]).some((o) => o.apiVersion.includes("fluxcd.io"))).toBe(false);
    // A Flux Kustomization may also point at one instance folder.
    expect(ids(kustomizeBuild(path.join(out, "ai/proxy")))).toEqual(ids(fromDir));

    // --check covers the flux files like every other output file.
    expect((await cli(dir, "build", "--out", "deploy/rendered", "--check")).code).toBe(0);
    writeFileSync(path.join(dir, "compiler-config.yaml"), FLUX_ON.replace("interval: 5m", "interval: 15m"));
    const stale = await cli(dir, "build", "--out", "deploy/rendered", "--check");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("flux/gitrepository.yaml");
    expect(stale.stderr).toContain("flux/flux-kustomization.yaml");
  });

  it.each([
    ["no CompilerConfig", undefined],
    ["flux not enabled", compilerConfig("  flux:\n    gitRepository:\n      url: https://example.com/r.git\n")],
  ])("writes no flux folder with %s, and removes one an earlier build wrote", async (_what, config) => {
    const dir = project(FLUX_ON);
    expect((await cli(dir, "build")).code).toBe(0);
    expect(existsSync(path.join(dir, "rendered/flux"))).toBe(true);
    if (config === undefined) rmSync(path.join(dir, "compiler-config.yaml"));
    else writeFileSync(path.join(dir, "compiler-config.yaml"), config);
    expect((await cli(dir, "build")).code).toBe(0);
    expect(existsSync(path.join(dir, "rendered/flux"))).toBe(false);
  });
});

describe("docs/flux.md", { timeout: 60_000 }, () => {
  it("shows exactly what build writes for its CompilerConfig example", async () => {
    const doc = readFileSync(path.join(ROOT, "docs/flux.md"), "utf8");
    const blocks = [...doc.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
    const config = blocks.find((b) => b.includes("kind: CompilerConfig"));
    expect(config).toBeDefined();
    const dir = project(config);
    expect((await cli(dir, "build")).code).toBe(0);
    for (const file of ["gitrepository.yaml", "flux-kustomization.yaml"]) {
      expect(blocks, `docs/flux.md shows rendered/flux/${file}`).toContain(readFileSync(path.join(dir, "rendered/flux", file), "utf8"));
    }
  });
});

describe("deploy/flux examples", () => {
  const folder = path.join(ROOT, "deploy/flux");
  const files = readdirSync(folder).filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml");

  it.each(files)("%s is valid against Flux's CRDs", (file) => {
    const object = parse(readFileSync(path.join(folder, file), "utf8")) as Obj;
    expect(validateUpstream(object).errors).toEqual([]);
  });

  it("builds with kustomize, and matches what build emits for the same settings", () => {
    const built = kustomizeBuild(folder) as Obj[];
    const { gitRepository, kustomization } = emitFluxObjects(SETTINGS);
    const strip = (o: Obj) => ({ ...o, metadata: { name: o.metadata.name, namespace: o.metadata.namespace } });
    const byKind = (a: Obj, b: Obj) => a.kind.localeCompare(b.kind);
    expect(built.map(strip).sort(byKind)).toEqual([gitRepository, kustomization].map((o) => strip(o as Obj)).sort(byKind));
  });
});
