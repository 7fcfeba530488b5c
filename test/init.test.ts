// `litellm-gitops init`: the starter project validates and builds with --strict and no
// diagnostic at all, and init never overwrites a file unless told to. The built project also
// serves `build --check`'s report formats (text, github annotations, json).
import { cli as runCli } from "./support/cli.js";
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { initFiles } from "../src/init/project.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "lg-init-"));
  made.push(dir);
  return dir;
}

function run(argv: string[], cwd: string) {
  return runCli(cwd, argv);
}

describe("litellm-gitops init", () => {
  it("writes a project that validates and builds with --strict and no diagnostic", async () => {
    const root = scratch();
    const init = await run(["init", "project"], root);
    expect(init.code).toBe(0);
    expect(init.stdout).toBe("");
    const dir = path.join(root, "project");
    for (const file of initFiles().keys()) expect(existsSync(path.join(dir, file))).toBe(true);

    const validate = await run(["validate", "--strict", "--format", "json"], dir);
    expect(validate.stdout).toBe("[]\n");
    expect(validate.code).toBe(0);
    const build = await run(["build", "--strict", "--format", "json"], dir);
    expect(build.stdout).toBe("[]\n");
    expect(build.code).toBe(0);
    // Text format too: nothing but the summary lines.
    expect((await run(["validate", "--strict"], dir)).stderr).toBe("valid\n");

    const list = await run(["list"], dir);
    expect(list.stdout).toBe("litellm/proxy:\n  claude-sonnet: anthropic/claude-sonnet-4-20250514\n  gpt-4o: openai/gpt-4o\n");
    const config = readFileSync(path.join(dir, "rendered/litellm/proxy/config.yaml"), "utf8");
    expect(config).toContain("api_key: os.environ/OPENAI_API_KEY");
    expect(config).toContain("api_key: os.environ/ANTHROPIC_API_KEY");
    expect(config).toContain("master_key: os.environ/");
    expect(existsSync(path.join(dir, "rendered/litellm/proxy/externalsecret-proxy-master-key.yaml"))).toBe(true);
    expect(readFileSync(path.join(dir, "README.md"), "utf8")).toMatch(/litellm-gitops secrets[\s\S]*litellm-gitops build/);
  });

  it("defaults to the current folder", async () => {
    const dir = scratch();
    expect((await run(["init"], dir)).code).toBe(0);
    expect(existsSync(path.join(dir, "instance.yaml"))).toBe(true);
  });

  it("refuses to overwrite, naming the files and writing nothing, unless --force", async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, "instance.yaml"), "# mine\n");
    const refused = await run(["init"], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("not overwriting existing files:\n  instance.yaml\n");
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(path.join(dir, "instance.yaml"), "utf8")).toBe("# mine\n");
    expect(existsSync(path.join(dir, "compiler-config.yaml"))).toBe(false);

    expect((await run(["init", "--force"], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, "instance.yaml"), "utf8")).toBe(initFiles().get("instance.yaml"));
    // Files that already hold exactly what init writes are left as they are: nothing is overwritten.
    const again = await run(["init"], dir);
    expect(again.code).toBe(0);
    for (const file of initFiles().keys()) expect(again.stderr).toContain(`unchanged ${file}\n`);
  });

  it("gives exit 2 on more than one folder", async () => {
    expect((await run(["init", "a", "b"], scratch())).code).toBe(2);
  });
});

describe("build --check report formats", () => {
  async function builtProject(): Promise<string> {
    const dir = scratch();
    await run(["init"], dir);
    expect((await run(["build"], dir)).code).toBe(0);
    return dir;
  }

  /** One stale, one missing, one no longer produced. */
  async function drift(dir: string): Promise<void> {
    writeFileSync(path.join(dir, "rendered/litellm/proxy/config.yaml"), "stale\n");
    unlinkSync(path.join(dir, "rendered/litellm/proxy/service.yaml"));
    rmSync(path.join(dir, "models/claude-sonnet.yaml"));
  }

  it("passes on a fresh build in every format", async () => {
    const dir = await builtProject();
    const json = await run(["build", "--check", "--format", "json"], dir);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ out: "rendered", upToDate: true, missing: [], stale: [], extra: [], diagnostics: [] });
    const github = await run(["build", "--check", "--format", "github"], dir);
    expect(github.code).toBe(0);
    expect(github.stdout).toBe("");
  });

  it("text: names every drifted file and the fix", async () => {
    const dir = await builtProject();
    await drift(dir);
    const r = await run(["build", "--check"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("missing: rendered/litellm/proxy/service.yaml\n");
    expect(r.stderr).toContain("stale: rendered/litellm/proxy/config.yaml\n");
    expect(r.stderr).toContain("no longer produced: rendered/litellm/proxy/externalsecret-anthropic.yaml\n");
    expect(r.stderr).toContain("run `litellm-gitops build --out rendered`");
  });

  it("github: one ::error annotation per drifted file, with the file", async () => {
    const dir = await builtProject();
    await drift(dir);
    const r = await run(["build", "--check", "--format", "github"], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.every((l) => l.startsWith("::error file=rendered/"))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=rendered\/litellm\/proxy\/service\.yaml,title=LG5002 rendered output is stale::missing/));
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=rendered\/litellm\/proxy\/config\.yaml,.*::stale/));
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=rendered\/litellm\/proxy\/externalsecret-anthropic\.yaml,.*::no longer produced/));
    // Every annotation is one line: the hint is joined with an escaped newline.
    expect(r.stdout).toContain("%0ARun `litellm-gitops build --out rendered` and commit the result.");
  });

  it("json: one object on stdout, with the drift and the diagnostics", async () => {
    const dir = await builtProject();
    await drift(dir);
    const r = await run(["build", "--check", "--format", "json"], dir);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(result.upToDate).toBe(false);
    expect(result.missing).toEqual(["rendered/litellm/proxy/service.yaml"]);
    expect(result.stale).toContain("rendered/litellm/proxy/config.yaml");
    expect(result.extra).toEqual(["rendered/litellm/proxy/externalsecret-anthropic.yaml"]);

    writeFileSync(path.join(dir, "instance.yaml"), readFileSync(path.join(dir, "instance.yaml"), "utf8").replace("replicas:", "replica:"));
    const broken = await run(["build", "--check", "--format", "json"], dir);
    expect(broken.code).toBe(1);
    const failed = JSON.parse(broken.stdout) as { upToDate: unknown; diagnostics: Array<{ code: string }> };
    expect(failed.upToDate).toBeNull();
    expect(failed.diagnostics.map((d) => d.code)).toContain("LG2003");
  });
});
