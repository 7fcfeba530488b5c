// Issue 12, class 1, at the CLI: output folders that overlap the inputs, generators that would
// write through a symbolic link, a stdout that fails, and signals in the middle of a build.
// Every case failed on the main before it (exit 0 with nothing built, a file outside the
// folder overwritten, a raw stack trace, a lock or staging folder left behind).
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { cli } from "./support/cli.js";
import { freshBin, runBin } from "./support/bin.js";
import { contentTree } from "./support/output-tree.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const STACK = /\n\s+at .+:\d+:\d+/;
const temps: string[] = [];
afterEach(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A copy of examples/quickstart without its rendered/ folder, as the cases used. */
function quickstart(): string {
  const tmp = mkdtempSync(path.join(tmpdir(), "lg-cli-hostile-"));
  temps.push(tmp);
  const dir = path.join(tmp, "qs");
  cpSync(path.join(ROOT, "examples/quickstart"), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}rendered`) });
  return dir;
}

describe("an output folder that overlaps the inputs is a usage error naming both", { timeout: 30_000 }, () => {
  it.each([
    ["--out .", ["build", "--out", "."], "the output folder . is the input ."],
    ["--out ''", ["build", "--out", ""], "--out is empty"],
    ["--out ' '", ["build", "--out", " "], "--out is empty"],
    ["--out ..", ["build", "--out", ".."], "contains the input ."],
    ["--out models", ["build", "--out", "models"], "the output folder models holds input resources (models/"],
    ["--out models/ (trailing slash)", ["build", "--out", "models/"], "the output folder models holds input resources"],
    ["--out /", ["build", "--out", "/"], "is the file-system root"],
    ["build --check --out .", ["build", "--check", "--out", "."], "the output folder . is the input ."],
    ["build models --out models", ["build", "models", "--out", "models"], "the output folder models is the input models"],
    ["build models/gpt-4o.yaml --out models", ["build", "models/gpt-4o.yaml", "--out", "models"], "contains the input models/gpt-4o.yaml"],
    ["a glob under --out", ["build", "models/*.yaml", "--out", "models"], "is the input models"],
    ["diff --out .", ["diff", "--base", "HEAD", "--out", "."], "the output folder . is the input ."],
  ])("%s", async (_name, argv, message) => {
    const dir = quickstart();
    const before = contentTree(dir);
    const run = await cli(dir, argv);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
    expect(contentTree(dir)).toEqual(before);
  });

  it("a symbolic link to the project folder as --out", async () => {
    const dir = quickstart();
    const link = path.join(path.dirname(dir), "link");
    symlinkSync(dir, link);
    const run = await cli(dir, ["build", "--out", link]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is the input");
  });

  it("the usual layouts still build: rendered/ inside the project, and a folder outside it", async () => {
    const dir = quickstart();
    expect((await cli(dir, ["build"])).code).toBe(0);
    expect((await cli(dir, ["build", "--out", "../elsewhere"])).code).toBe(0);
    expect((await cli(dir, ["build", "--check"])).code).toBe(0);
    expect(existsSync(path.join(dir, "../elsewhere/kustomization.yaml"))).toBe(true);
  });
});

describe("init, import and schema --out never write through a symbolic link", { timeout: 30_000 }, () => {
  function victim(): string {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "lg-victim-")), "victim.yaml");
    temps.push(path.dirname(file));
    writeFileSync(file, "precious\n");
    return file;
  }

  it.each([["init"], ["init --force"]])("%s: a linked file", async (command) => {
    const dir = quickstart();
    const target = victim();
    rmSync(path.join(dir, "models/gpt-4o.yaml"));
    symlinkSync(target, path.join(dir, "models/gpt-4o.yaml"));
    const run = await cli(dir, command.split(" "));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("models/gpt-4o.yaml is a symbolic link");
    expect(readFileSync(target, "utf8")).toBe("precious\n");
  });

  it("init --force DIR: a linked models/ folder", async () => {
    const dir = path.join(quickstart(), "..", "new");
    mkdirSync(dir);
    const outside = path.dirname(victim());
    writeFileSync(path.join(outside, "gpt-4o.yaml"), "precious\n");
    symlinkSync(outside, path.join(dir, "models"));
    const run = await cli(path.dirname(dir), ["init", "new", "--force"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("new/models is a symbolic link");
    expect(readFileSync(path.join(outside, "gpt-4o.yaml"), "utf8")).toBe("precious\n");
    expect(readdirSync(dir)).toEqual(["models"]);
  });

  it("import --force: a linked target file", async () => {
    const dir = quickstart();
    writeFileSync(path.join(dir, "config.yaml"), "model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: openai/gpt-4o\n      api_key: os.environ/OPENAI_API_KEY\n");
    const out = path.join(dir, "imported");
    expect((await cli(dir, ["import", "config.yaml", "--out", "imported"])).code).toBe(0);
    const written = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith(".yaml")).sort();
    const target = victim();
    const first = written[0]!;
    rmSync(path.join(out, first));
    symlinkSync(target, path.join(out, first));
    const run = await cli(dir, ["import", "config.yaml", "--out", "imported", "--force"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`imported/${first} is a symbolic link`);
    expect(readFileSync(target, "utf8")).toBe("precious\n");
  });

  it("schema --out: refuses an edited file without --force, overwrites it with --force, never through a link", async () => {
    const dir = quickstart();
    expect((await cli(dir, ["schema", "--out", "schemas"])).code).toBe(0);
    // Again with the same bytes: nothing to overwrite.
    const again = await cli(dir, ["schema", "--out", "schemas"]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("unchanged schemas/model.schema.json");
    writeFileSync(path.join(dir, "schemas/model.schema.json"), "{ \"edited\": true }\n");
    const refused = await cli(dir, ["schema", "--out", "schemas"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("not overwriting existing files:\n  schemas/model.schema.json");
    expect(readFileSync(path.join(dir, "schemas/model.schema.json"), "utf8")).toBe("{ \"edited\": true }\n");
    expect((await cli(dir, ["schema", "--out", "schemas", "--force"])).code).toBe(0);
    expect(readFileSync(path.join(dir, "schemas/model.schema.json"), "utf8")).toBe(readFileSync(path.join(ROOT, "schemas/model.schema.json"), "utf8"));
    const target = victim();
    rmSync(path.join(dir, "schemas/model.schema.json"));
    symlinkSync(target, path.join(dir, "schemas/model.schema.json"));
    expect((await cli(dir, ["schema", "--out", "schemas", "--force"])).code).toBe(1);
    expect(readFileSync(target, "utf8")).toBe("precious\n");
  });
});

describe("the process (the bundled bin, built from the current sources)", { timeout: 30_000 }, () => {
  let bin: string;
  beforeAll(async () => {
    bin = await freshBin();
  }, 120_000);

  it.each([
    ["render", ["render"]],
    ["validate --format json", ["validate", "--format", "json"]],
    ["list", ["list"]],
    ["schema", ["schema"]],
  ])("%s > /dev/full: LG5022 on stderr, exit 1, no stack trace", async (_name, args) => {
    const dir = quickstart();
    const full = openSync("/dev/full", "w");
    const { exited } = runBin(bin, args, { cwd: dir, stdout: full });
    const exit = await exited;
    expect(exit.code, exit.stderr).toBe(1);
    expect(exit.stderr).toContain("error LG5022 cannot write to standard output: ENOSPC");
    expect(exit.stderr).not.toMatch(STACK);
  });

  /** A project of `n` Models, each with its own Secret: a build writes some 2n files. */
  function bigProject(n: number): string {
    const dir = quickstart();
    rmSync(path.join(dir, "models"), { recursive: true });
    mkdirSync(path.join(dir, "models"));
    const instance = readFileSync(path.join(dir, "instance.yaml"), "utf8").replace(/    fallbacks:\n.*\n/, "");
    writeFileSync(path.join(dir, "instance.yaml"), instance);
    for (let i = 0; i < n; i++) {
      writeFileSync(
        path.join(dir, `models/m${i}.yaml`),
        `apiVersion: litellm.litellm.ai/v1alpha1\nkind: Model\nmetadata:\n  name: m${i}\n  namespace: ai-platform\nspec:\n  modelName: m${i}\n  connectionRef:\n    instanceRef:\n      name: gateway\n  modelSecretRef:\n    secretName: s${i}\n  litellmParams:\n    model: openai/gpt-4o\n`,
      );
    }
    return dir;
  }

  it("SIGINT or SIGTERM during a build: rolled back or completed, said on stderr, nothing left behind", async () => {
    const dir = bigProject(300);
    expect((await cli(dir, ["build"])).code).toBe(0);
    const before = contentTree(path.join(dir, "rendered"));
    cpSync(path.join(dir, "rendered"), path.join(path.dirname(dir), "before-copy"), { recursive: true });
    // The new version: one model changed.
    writeFileSync(path.join(dir, "models/m0.yaml"), readFileSync(path.join(dir, "models/m0.yaml"), "utf8").replace("gpt-4o", "gpt-4o-mini"));
    const after = path.join(path.dirname(dir), "after");
    expect((await cli(dir, ["build", "--out", after])).code).toBe(0);
    const wanted = contentTree(after);
    const outcomes = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const signal = i % 2 === 0 ? "SIGINT" : "SIGTERM";
      const { child, exited } = runBin(bin, ["build"], { cwd: dir });
      // Wait for the write stage (its lock), then signal it a moment later.
      const rendered = path.join(dir, "rendered");
      const t0 = performance.now();
      while (!existsSync(path.join(rendered, ".litellm-gitops-lock")) && performance.now() - t0 < 60_000 && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      await new Promise((resolve) => setTimeout(resolve, i * 3));
      child.kill(signal);
      const exit = await exited;
      expect(exit.stderr).not.toMatch(STACK);
      const tree = contentTree(rendered);
      expect(Object.keys(tree).filter((p) => /^\.litellm-gitops-(lock|journal|staging)/.test(p))).toEqual([]);
      if (exit.code === 0) {
        outcomes.add("finished");
        expect(tree).toEqual(wanted);
      } else {
        expect(exit.code, exit.stderr).toBe(signal === "SIGINT" ? 130 : 143);
        if (exit.stderr.includes("rolled back")) {
          outcomes.add("rolled back");
          expect(exit.stderr).toContain(`${signal} received before the commit point; rolled back, rendered was left as it was`);
          expect(tree).toEqual(before);
        } else {
          outcomes.add("completed");
          expect(exit.stderr).toContain(`${signal} received after the commit point; the build was completed, then stopped`);
          expect(tree).toEqual(wanted);
        }
      }
      // Back to the old version for the next round.
      if (JSON.stringify(tree) !== JSON.stringify(before)) {
        rmSync(path.join(dir, "rendered"), { recursive: true });
        cpSync(path.join(path.dirname(dir), "before-copy"), path.join(dir, "rendered"), { recursive: true });
      }
    }
    expect(outcomes.has("rolled back")).toBe(true);
  }, 240_000);
});
