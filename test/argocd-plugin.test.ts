// The Argo CD Config Management Plugin, run the way argocd-cmp-server runs it: the command
// and args from deploy/argocd/plugin.yaml, exec'd without a shell of ours, in the
// Application's source folder, with Argo CD's build environment and `litellm-gitops` on PATH.
// The contract under test (docs/argocd.md): manifests only on stdout, diagnostics on stderr,
// a non-zero exit on any error and then NOTHING on stdout — an empty stream that exits 0
// would make Argo CD prune every object of the Application.
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderRequest } from "../src/cli/argocd-env.js";
import { compileInputs } from "../src/compiler/compile.js";
import { renderInstances } from "../src/render/instances.js";
import { UsageError } from "../src/cli/io.js";
import { kustomizeBuild, parseYamlStream } from "./support/kustomize.js";
import { INSTANCE, model } from "./support/project.js";
import { validateUpstream } from "./support/upstream-schemas.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DEPLOY = path.join(ROOT, "deploy/argocd");
const BIN = path.join(ROOT, "bin/litellm-gitops.js");

interface Command {
  command: string[];
  args?: string[];
}
interface PluginConfig {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: {
    version?: string;
    discover: { find: { command: string[] } };
    generate: Command;
    parameters: { static: Array<{ name: string; collectionType?: string }> };
    preserveFileMode: boolean;
  };
}
type Obj = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } } & Record<string, unknown>;

const plugin = parse(readFileSync(path.join(DEPLOY, "plugin.yaml"), "utf8")) as PluginConfig;

let scratch: string;
let binDir: string;

beforeAll(() => {
  // The test runs the compiled CLI, as the sidecar does; `npm ci` (prepare) or `npm run build` makes it.
  if (!existsSync(path.join(ROOT, "dist/cli/main.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  scratch = mkdtempSync(path.join(tmpdir(), "lg-argocd-"));
  binDir = path.join(scratch, "bin");
  mkdirSync(binDir);
  symlinkSync(BIN, path.join(binDir, "litellm-gitops"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A checkout as the sidecar receives it: `repo/<sourcePath>/` holding the project files. */
function checkout(sourcePath: string, files: Record<string, string>, copyFrom?: string): string {
  const repo = mkdtempSync(path.join(scratch, "repo-"));
  const app = path.join(repo, sourcePath);
  mkdirSync(app, { recursive: true });
  if (copyFrom) cpSync(copyFrom, app, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
    writeFileSync(path.join(repo, name), text);
  }
  return repo;
}

/** Argo CD's build environment (user-guide/build-environment.md) plus the Application's plugin env. */
function argocdEnv(sourcePath: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ""}`,
    HOME: scratch,
    ARGOCD_APP_NAME: "litellm",
    ARGOCD_APP_NAMESPACE: "argocd",
    ARGOCD_APP_PROJECT_NAME: "default",
    ARGOCD_APP_REVISION: "0123456789abcdef0123456789abcdef01234567",
    ARGOCD_APP_REVISION_SHORT: "0123456",
    ARGOCD_APP_SOURCE_PATH: sourcePath,
    ARGOCD_APP_SOURCE_REPO_URL: "https://git.example.com/platform/llm.git",
    ARGOCD_APP_SOURCE_TARGET_REVISION: "main",
    KUBE_VERSION: "1.30.0",
    KUBE_API_VERSIONS: "v1,apps/v1,networking.k8s.io/v1,external-secrets.io/v1",
    ...extra,
  };
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** argocd-cmp-server's runCommand: exec command[0] with command[1:] + args, in the app folder. */
function runPluginCommand(cmd: Command, cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  const [file, ...rest] = cmd.command;
  return new Promise((resolve) => {
    execFile(file!, [...rest, ...(cmd.args ?? [])], { cwd, env, encoding: "utf8", maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

function generate(repo: string, sourcePath: string, extra: Record<string, string> = {}): Promise<Run> {
  return runPluginCommand(plugin.spec.generate, path.join(repo, sourcePath), argocdEnv(sourcePath, extra));
}

const ids = (objects: unknown[]) => (objects as Obj[]).map((o) => `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`);

const SECOND_INSTANCE = INSTANCE.replace("name: proxy", "name: batch");
const TWO_INSTANCES = {
  "instances.yaml": `${INSTANCE}---\n${SECOND_INSTANCE}`,
  "models/gpt.yaml": model("gpt", "model: openai/gpt-4o"),
};
/** A project whose only problem is a warning (a Secret with data committed to Git). */
const WITH_WARNING = {
  ...TWO_INSTANCES,
  "secret.yaml": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: leaked\n  namespace: ai\nstringData:\n  token: abc\n",
};

describe("deploy/argocd/plugin.yaml", { timeout: 30_000 }, () => {
  it("is a sidecar ConfigManagementPlugin whose generate runs render without a shell", () => {
    expect(plugin.apiVersion).toBe("argoproj.io/v1alpha1");
    expect(plugin.kind).toBe("ConfigManagementPlugin");
    expect(plugin.metadata.name).toBe("litellm-gitops");
    expect(plugin.spec.version).toBeUndefined();
    expect(plugin.spec.preserveFileMode).toBe(false);
    // A shell pipeline would hide render's exit code behind the last command's.
    expect(plugin.spec.generate.command).toEqual(["litellm-gitops", "render"]);
  });

  it("announces exactly the parameters render reads", () => {
    expect(plugin.spec.parameters.static.map((p) => p.name).sort()).toEqual(["instance", "paths", "shared", "strict", "target"]);
    expect(plugin.spec.parameters.static.find((p) => p.name === "paths")?.collectionType).toBe("array");
  });

  it("discovers a folder with our resources and nothing else", async () => {
    const repo = checkout("apps/litellm", {}, path.join(ROOT, "examples/quickstart"));
    const found = await runPluginCommand(plugin.spec.discover.find, path.join(repo, "apps/litellm"), argocdEnv("apps/litellm"));
    expect(found.code).toBe(0);
    expect(found.stdout.trim()).not.toBe("");

    const other = checkout("apps/web", {
      "apps/web/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n",
      "apps/web/notes.yaml": "# mentions litellm.litellm.ai/v1alpha1 only in a comment\n",
    });
    const none = await runPluginCommand(plugin.spec.discover.find, path.join(other, "apps/web"), argocdEnv("apps/web"));
    expect(none.code).toBe(0);
    expect(none.stdout).toBe("");
  });
});

// Each case spawns the CLI cold, as the sidecar does: generous timeouts for a loaded CI machine.
describe("generate, as the sidecar runs it", { timeout: 60_000 }, () => {
  it("prints the quickstart's objects as a YAML stream, with nothing on stderr", async () => {
    const repo = checkout("apps/litellm", {}, path.join(ROOT, "examples/quickstart"));
    const run = await generate(repo, "apps/litellm");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const objects = parseYamlStream(run.stdout);
    // Exactly the objects the compiler makes of the project, in its order (the checkout also
    // holds the committed rendered/ tree: render must not read it back as input).
    const app = path.join(repo, "apps/litellm");
    const compiled = compileInputs([], { cwd: app, exclude: ["rendered"], strict: false }).result!;
    expect(objects).toEqual(renderInstances(compiled).flatMap((r) => r.objects));
    expect(ids(objects)).toContain("ConfigMap ai-platform/gateway-config");
    for (const object of objects) expect(validateUpstream(object).errors).toEqual([]);
  });

  it("renders the helm wrappers from the target parameter, and from ARGOCD_ENV_LITELLM_GITOPS_TARGET", async () => {
    const repo = checkout("apps/litellm", {}, path.join(ROOT, "examples/quickstart"));
    const settings: Array<Record<string, string>> = [{ ARGOCD_APP_PARAMETERS: '[{"name":"target","string":"helm"}]' }, { ARGOCD_ENV_LITELLM_GITOPS_TARGET: "helm" }];
    for (const extra of settings) {
      const run = await generate(repo, "apps/litellm", extra);
      expect(run.code).toBe(0);
      const kinds = new Set(parseYamlStream(run.stdout).map((o) => (o as { kind: string }).kind));
      expect(kinds).toEqual(new Set(["Application", "OCIRepository", "HelmRelease", "ExternalSecret"]));
    }
    const bad = await generate(repo, "apps/litellm", { ARGOCD_ENV_LITELLM_GITOPS_TARGET: "kustomize" });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
  });

  it("renders one instance from the instance parameter, and from ARGOCD_ENV_LITELLM_GITOPS_INSTANCE", async () => {
    const repo = checkout("llm", prefixed("llm", TWO_INSTANCES));
    const all = parseYamlStream((await generate(repo, "llm")).stdout) as Obj[];
    expect(all.filter((o) => o.kind === "ConfigMap").map((o) => o.metadata.name).sort()).toEqual(["batch-config", "proxy-config"]);

    const viaParameter = await generate(repo, "llm", { ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: "instance", string: "ai/batch" }]) });
    expect(viaParameter.code).toBe(0);
    const batch = parseYamlStream(viaParameter.stdout) as Obj[];
    expect(batch.length).toBeGreaterThan(0);
    expect(batch.every((o) => o.metadata.name.startsWith("batch-"))).toBe(true);

    const viaEnv = await generate(repo, "llm", { ARGOCD_ENV_LITELLM_GITOPS_INSTANCE: "ai/batch" });
    expect(viaEnv.stdout).toBe(viaParameter.stdout);
  });

  it("compiles the paths from ARGOCD_ENV_LITELLM_GITOPS_PATHS, which may reach a sibling folder", async () => {
    const repo = checkout("apps/llm", {
      "apps/llm/instances.yaml": TWO_INSTANCES["instances.yaml"],
      "shared/models/gpt.yaml": TWO_INSTANCES["models/gpt.yaml"],
      "apps/llm/unrelated/broken.yaml": "apiVersion: litellm.litellm.ai/v1alpha1\nkind: Model\nmetadata: {name: x}\n",
    });
    const run = await generate(repo, "apps/llm", { ARGOCD_ENV_LITELLM_GITOPS_PATHS: "instances.yaml, ../../shared/models" });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const config = (parseYamlStream(run.stdout) as Obj[]).find((o) => o.kind === "ConfigMap" && o.metadata.name === "proxy-config");
    expect(JSON.stringify(config)).toContain("openai/gpt-4o");
  });

  it("fails on invalid input with the diagnostic on stderr and an EMPTY stdout", async () => {
    const repo = checkout("llm", prefixed("llm", { "models/orphan.yaml": model("orphan", "model: openai/gpt-4o"), "instances.yaml": SECOND_INSTANCE }));
    const run = await generate(repo, "llm");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("models/orphan.yaml");
    expect(run.stderr).toMatch(/LG\d{4}/);
  });

  it("fails when the instance asked for does not exist, with an empty stdout", async () => {
    const repo = checkout("llm", prefixed("llm", TWO_INSTANCES));
    const run = await generate(repo, "llm", { ARGOCD_ENV_LITELLM_GITOPS_INSTANCE: "ai/nope" });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("ai/nope");
  });

  it("keeps warnings on stderr and exits 0, unless strict is set by parameter or env", async () => {
    const repo = checkout("llm", prefixed("llm", WITH_WARNING));
    const lenient = await generate(repo, "llm");
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/warning/);
    expect(parseYamlStream(lenient.stdout).length).toBeGreaterThan(0);

    const strictSettings: Array<Record<string, string>> = [
      { ARGOCD_ENV_LITELLM_GITOPS_STRICT: "true" },
      { ARGOCD_APP_PARAMETERS: '[{"name":"strict","string":"true"}]' },
    ];
    for (const extra of strictSettings) {
      const strict = await generate(repo, "llm", extra);
      expect(strict.code).toBe(1);
      expect(strict.stdout).toBe("");
      expect(strict.stderr).toContain("secret.yaml");
    }
    // The parameter wins over the shared env.
    const overridden = await generate(repo, "llm", {
      ARGOCD_ENV_LITELLM_GITOPS_STRICT: "true",
      ARGOCD_APP_PARAMETERS: '[{"name":"strict","string":"false"}]',
    });
    expect(overridden.code).toBe(0);
  });

  it.each([
    ["invalid JSON", { ARGOCD_APP_PARAMETERS: "[{name: instance}" }, /ARGOCD_APP_PARAMETERS is not valid JSON/],
    ["a non-array", { ARGOCD_APP_PARAMETERS: '{"name":"instance"}' }, /must be a JSON array/],
    ["an unknown parameter", { ARGOCD_APP_PARAMETERS: '[{"name":"instnace","string":"ai/proxy"}]' }, /unknown parameter "instnace"/],
    ["a path leaving the repository", { ARGOCD_ENV_LITELLM_GITOPS_PATHS: "../../etc" }, /leaves the repository/],
  ])("exits 2 on %s, with a message on stderr and nothing on stdout", async (_what, extra, message) => {
    // The other malformed inputs take the same path (a UsageError); renderRequest's tests cover them.
    const repo = checkout("llm", prefixed("llm", TWO_INSTANCES));
    const run = await generate(repo, "llm", extra);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });
});

describe("renderRequest", () => {
  const cli = { positionals: [] as string[], strict: false };

  it("defaults to the current folder, every instance, not strict", () => {
    expect(renderRequest(cli, {})).toEqual({ paths: [], strict: false });
  });

  it("splits ARGOCD_ENV_LITELLM_GITOPS_PATHS on spaces and commas", () => {
    expect(renderRequest(cli, { ARGOCD_ENV_LITELLM_GITOPS_PATHS: " a.yaml,b  c/**/*.yaml ," }).paths).toEqual(["a.yaml", "b", "c/**/*.yaml"]);
  });

  it("lets flags win over parameters, and parameters over env", () => {
    const env = {
      ARGOCD_ENV_LITELLM_GITOPS_PATHS: "from-env",
      ARGOCD_ENV_LITELLM_GITOPS_INSTANCE: "env/x",
      ARGOCD_APP_PARAMETERS: JSON.stringify([
        { name: "paths", array: ["from-param"] },
        { name: "instance", string: "param/x" },
      ]),
    };
    expect(renderRequest(cli, env)).toEqual({ paths: ["from-param"], instance: "param/x", strict: false });
    expect(renderRequest({ positionals: ["cli"], instance: "cli/x", strict: true }, env)).toEqual({ paths: ["cli"], instance: "cli/x", strict: true });
    expect(renderRequest(cli, { ...env, ARGOCD_APP_PARAMETERS: "" })).toEqual({ paths: ["from-env"], instance: "env/x", strict: false });
  });

  it("treats empty values as unset and accepts a paths parameter given as a string", () => {
    const env = {
      ARGOCD_ENV_LITELLM_GITOPS_INSTANCE: "env/x",
      ARGOCD_APP_PARAMETERS: JSON.stringify([
        { name: "instance", string: "" },
        { name: "paths", string: "a b" },
      ]),
    };
    expect(renderRequest(cli, env)).toEqual({ paths: ["a", "b"], instance: "env/x", strict: false });
  });

  it("takes shared from the flag, then the parameter, then the environment, and refuses other words", () => {
    const env = { ARGOCD_ENV_LITELLM_GITOPS_SHARED: "include", ARGOCD_APP_PARAMETERS: JSON.stringify([{ name: "shared", string: "exclude" }]) };
    expect(renderRequest(cli, env).shared).toBe("exclude");
    expect(renderRequest({ ...cli, shared: "include" }, env).shared).toBe("include");
    expect(renderRequest(cli, { ARGOCD_ENV_LITELLM_GITOPS_SHARED: "exclude" }).shared).toBe("exclude");
    expect(() => renderRequest(cli, { ARGOCD_ENV_LITELLM_GITOPS_SHARED: "no" })).toThrow(/ARGOCD_ENV_LITELLM_GITOPS_SHARED takes include or exclude, got "no"/);
  });

  it("allows climbing to the repository root but not above it", () => {
    expect(renderRequest(cli, { ARGOCD_APP_SOURCE_PATH: "apps/llm", ARGOCD_ENV_LITELLM_GITOPS_PATHS: "../../shared" }).paths).toEqual(["../../shared"]);
    expect(() => renderRequest(cli, { ARGOCD_APP_SOURCE_PATH: "apps/llm", ARGOCD_ENV_LITELLM_GITOPS_PATHS: "../../../x" })).toThrow(UsageError);
    expect(() => renderRequest(cli, { ARGOCD_ENV_LITELLM_GITOPS_PATHS: "a/../../x" })).toThrow(/leaves the repository/);
    // Command-line paths are the operator's own: not restricted.
    expect(renderRequest({ ...cli, positionals: ["/abs"] }, {}).paths).toEqual(["/abs"]);
  });

  it.each([
    ['[{"name":"instance","array":["a/b"]}]', /takes a string/],
    ['[{"name":"paths","array":[1]}]', /takes strings/],
    ['[{"name":"paths","map":{"a":"b"}}]', /takes no map/],
    ['[{"name":"instance","string":"a/b"},{"name":"instance","string":"c/d"}]', /set twice/],
    ['[{"string":"a/b"}]', /no string "name"/],
    ["[null]", /is not an object/],
    ['[{"name":"paths","array":["/etc"]}]', /must be relative/],
    ['[{"name":"strict","string":"maybe"}]', /true or false/],
  ])("rejects ARGOCD_APP_PARAMETERS=%s", (text, message) => {
    expect(() => renderRequest(cli, { ARGOCD_APP_PARAMETERS: text })).toThrow(UsageError);
    expect(() => renderRequest(cli, { ARGOCD_APP_PARAMETERS: text })).toThrow(message);
  });

  it.each([
    [{ ARGOCD_ENV_LITELLM_GITOPS_INSTANCE: "proxy" }, /ARGOCD_ENV_LITELLM_GITOPS_INSTANCE takes NAMESPACE\/NAME/],
    [{ ARGOCD_ENV_LITELLM_GITOPS_STRICT: "maybe" }, /ARGOCD_ENV_LITELLM_GITOPS_STRICT must be true or false/],
    [{ ARGOCD_ENV_LITELLM_GITOPS_PATHS: "C:\\x" }, /must be relative/],
  ])("rejects %o", (env, message) => {
    expect(() => renderRequest(cli, env)).toThrow(message);
  });
});

describe("deploy/argocd: the repo-server sidecar", { timeout: 30_000 }, () => {
  // The stock argocd-repo-server Deployment, cut down to what the patch relies on: the
  // container the patch must leave alone and the var-files/plugins volumes it mounts.
  const STUB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: argocd-repo-server
  namespace: argocd
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: argocd-repo-server}
  template:
    metadata:
      labels: {app.kubernetes.io/name: argocd-repo-server}
    spec:
      containers:
        - name: argocd-repo-server
          image: quay.io/argoproj/argocd:v3.1.0
      volumes:
        - name: var-files
          emptyDir: {}
        - name: plugins
          emptyDir: {}
`;

  it("adds the sidecar and the plugin ConfigMap as Argo CD documents them", () => {
    const overlay = mkdtempSync(path.join(scratch, "overlay-"));
    writeFileSync(path.join(overlay, "argocd.yaml"), STUB);
    writeFileSync(
      path.join(overlay, "kustomization.yaml"),
      `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: argocd\nresources: [argocd.yaml]\ncomponents: [${JSON.stringify(path.relative(overlay, DEPLOY))}]\n`,
    );
    const objects = kustomizeBuild(overlay) as Obj[];
    for (const object of objects) expect(validateUpstream(object).errors).toEqual([]);

    const configMap = objects.find((o) => o.kind === "ConfigMap") as Obj & { data: Record<string, string> };
    expect(configMap.metadata.name).toMatch(/^litellm-gitops-plugin-[a-z0-9]+$/);
    expect(configMap.data["plugin.yaml"]).toBe(readFileSync(path.join(DEPLOY, "plugin.yaml"), "utf8"));

    type Spec = {
      containers: Array<{ name: string; image: string; command?: string[]; securityContext?: { runAsUser?: number }; volumeMounts?: Array<{ name: string; mountPath: string; subPath?: string }> }>;
      volumes: Array<{ name: string; configMap?: { name: string } }>;
    };
    const spec = (objects.find((o) => o.kind === "Deployment") as unknown as { spec: { template: { spec: Spec } } }).spec.template.spec;
    expect(spec.containers.map((c) => c.name).sort()).toEqual(["argocd-repo-server", "litellm-gitops"]);
    const sidecar = spec.containers.find((c) => c.name === "litellm-gitops")!;
    expect(sidecar.command).toEqual(["/var/run/argocd/argocd-cmp-server"]);
    expect(sidecar.securityContext?.runAsUser).toBe(999);
    const mounts = Object.fromEntries((sidecar.volumeMounts ?? []).map((m) => [m.mountPath, m]));
    expect(mounts["/var/run/argocd"]?.name).toBe("var-files");
    expect(mounts["/home/argocd/cmp-server/plugins"]?.name).toBe("plugins");
    expect(mounts["/home/argocd/cmp-server/config/plugin.yaml"]).toMatchObject({ name: "litellm-gitops-plugin", subPath: "plugin.yaml" });
    expect(mounts["/tmp"]?.name).toBe("litellm-gitops-tmp");
    // kustomize followed the generated name into the volume: the repo-server restarts when plugin.yaml changes.
    expect(spec.volumes.find((v) => v.name === "litellm-gitops-plugin")?.configMap?.name).toBe(configMap.metadata.name);
    // Every mount has a volume.
    const volumes = new Set(spec.volumes.map((v) => v.name));
    for (const m of sidecar.volumeMounts ?? []) expect(volumes.has(m.name)).toBe(true);
  });

  it("pins the sidecar image to the package version", () => {
    const version = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    expect(readFileSync(path.join(DEPLOY, "repo-server-patch.yaml"), "utf8")).toContain(`image: litellm-gitops-cmp:${version}`);
  });

  it("has a Dockerfile that ships what the package ships, as user 999", () => {
    // No Docker engine here: check the recipe statically. The build itself is exercised by CI
    // that has one (docs/argocd.md).
    const dockerfile = readFileSync(path.join(DEPLOY, "Dockerfile"), "utf8");
    expect(dockerfile).toMatch(/^FROM node:20-slim AS build$/m);
    expect(dockerfile).toMatch(/^FROM node:20-slim$/m);
    expect(dockerfile).toMatch(/npm ci --omit=dev --ignore-scripts/);
    expect(dockerfile).toMatch(/^USER 999:999$/m);
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap((m) => m[1]!.split(/\s+/));
    for (const source of copied) expect(existsSync(path.join(ROOT, source)), source).toBe(true);
    const shipped = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { files: string[] }).files;
    for (const entry of shipped) expect(dockerfile, `package.json files entry ${entry}`).toMatch(new RegExp(`^COPY .*\\b${entry}\\b`, "m"));
    // The ignore file must let every COPY source through.
    const ignore = readFileSync(path.join(DEPLOY, "Dockerfile.dockerignore"), "utf8");
    for (const source of copied) expect(ignore).toMatch(new RegExp(`^!${source.replaceAll(".", "\\.")}(/\\*\\*)?$`, "m"));
  });
});

function prefixed(prefix: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`${prefix}/${name}`, text]));
}

// The symlink in a temp bin dir must start the CLI: node resolves the link to find dist/.
describe("litellm-gitops on PATH", { timeout: 30_000 }, () => {
  it("starts from the temp bin dir", () => {
    const out = execFileSync("litellm-gitops", ["--version"], { env: argocdEnv("."), encoding: "utf8" });
    expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
