import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cli } from "./support/cli.js";
import { INSTANCE, model, writeProject } from "./support/project.js";

const outs: string[] = [];
afterEach(() => outs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function build(project: string, out: string, ...flags: string[]): Promise<{ code: number; err: string }> {
  const run = await cli(project, ["build", "--out", out, ...flags]);
  return { code: run.code, err: run.stderr };
}

/** Every file under dir with its bytes and mtime, for before/after comparisons. */
function snapshot(dir: string): Map<string, { text: string; mtime: number }> {
  const files = new Map<string, { text: string; mtime: number }>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else files.set(path.relative(dir, p), { text: readFileSync(p, "utf8"), mtime: statSync(p).mtimeMs });
    }
  };
  walk(dir);
  return files;
}

describe("build", () => {
  const project = () =>
    writeProject({
      "instance.yaml": INSTANCE,
      "models/a.yaml": model("a", "model: openai/gpt-4o"),
      "models/b.yaml": model("b", "model: anthropic/claude-3-5-sonnet-20240620"),
    });

  it("changes nothing when run twice", async () => {
    const dir = project();
    const out = mkdtempSync(path.join(tmpdir(), "lg-build-"));
    outs.push(out);
    expect((await build(dir, out)).code).toBe(0);
    const first = snapshot(out);
    const second = await build(dir, out);
    expect(second.code).toBe(0);
    expect(second.err).toMatch(/0 written, 0 removed/);
    expect(snapshot(out)).toEqual(first);
    expect((await build(dir, out, "--check")).code).toBe(0);
  });

  it("removes exactly the traces of a deleted Model, and keeps a user's file", async () => {
    const dir = project();
    const out = mkdtempSync(path.join(tmpdir(), "lg-build-"));
    outs.push(out);
    await build(dir, out);
    writeFileSync(path.join(out, "ai", "proxy", "NOTES.md"), "mine\n");
    writeFileSync(path.join(out, "README.md"), "mine too\n");
    const before = snapshot(out);
    unlinkSync(path.join(dir, "models", "b.yaml"));

    expect((await build(dir, out, "--check")).code).toBe(1);
    expect((await build(dir, out)).code).toBe(0);
    const after = snapshot(out);

    const removed = [...before.keys()].filter((f) => !after.has(f));
    expect(removed).toEqual([path.join("ai", "proxy", "externalsecret-b-secret.yaml")]);
    const changed = [...after.keys()].filter((f) => after.get(f)!.text !== before.get(f)?.text).sort();
    // The config, the ConfigMap carrying it, the Deployment (env and config hash), the kustomization and the ownership manifest.
    expect(changed).toEqual(
      [".litellm-gitops-manifest.json", "ai/proxy/config.yaml", "ai/proxy/configmap.yaml", "ai/proxy/deployment.yaml", "ai/proxy/kustomization.yaml"].map((f) =>
        f.split("/").join(path.sep),
      ),
    );
    expect(after.get(path.join("ai", "proxy", "config.yaml"))!.text).not.toContain("model_name: b");
    expect(after.get(path.join("ai", "proxy", "NOTES.md"))!.text).toBe("mine\n");
    expect(after.get("README.md")!.text).toBe("mine too\n");
  });

  it("leaves the previous output exactly as it was when the input has an error", async () => {
    const dir = project();
    const out = mkdtempSync(path.join(tmpdir(), "lg-build-"));
    outs.push(out);
    await build(dir, out);
    const before = snapshot(out);
    writeFileSync(path.join(dir, "models", "a.yaml"), model("a", "model: openai/gpt-4o\napiBaes: https://x"));
    const failed = await build(dir, out);
    expect(failed.code).toBe(1);
    expect(failed.err).toContain("LG2003");
    expect(snapshot(out)).toEqual(before);
  });

  it("writes no output folder at all when the first build fails", async () => {
    const dir = writeProject({ "instance.yaml": INSTANCE.replace("image:", "imagee:") });
    const out = path.join(mkdtempSync(path.join(tmpdir(), "lg-build-")), "rendered");
    outs.push(path.dirname(out));
    expect((await build(dir, out)).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});
