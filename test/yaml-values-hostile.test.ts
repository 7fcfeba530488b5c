// Issue 12, class 3: values mean what LiteLLM (PyYAML, YAML 1.1) will read. Merge keys are
// applied, not kept as a literal "<<" key; tags plain data cannot hold and integers beyond
// 2^53 are located errors (fixtures/invalid/yaml-tags, integer-beyond-2-53), never an internal
// error; yes/no/on/off in settings are warned about (fixtures/invalid/yaml11-booleans).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Diagnostic } from "../src/compiler/diagnostics.js";
import { cli } from "./support/cli.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** 1-based line of the first line of instance.yaml in `dir` that contains `text`. */
function lineOf(dir: string, text: string): number {
  return readFileSync(path.join(dir, "instance.yaml"), "utf8").split("\n").findIndex((l) => l.includes(text)) + 1;
}

function project(settings: string): string {
  const tmp = mkdtempSync(path.join(tmpdir(), "lg-values-"));
  temps.push(tmp);
  const dir = path.join(tmp, "qs");
  cpSync(path.join(ROOT, "examples/quickstart"), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}rendered`) });
  const file = path.join(dir, "instance.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace("  litellmSettings:\n    drop_params: true\n", settings));
  return dir;
}

describe("YAML that PyYAML reads otherwise", { timeout: 60_000 }, () => {
  it("merge keys are applied in settings, at any depth, and no \"<<\" key reaches config.yaml", async () => {
    const dir = project(`  litellmSettings:
    drop_params: true
    defaults: &defaults {request_timeout: 30, num_retries: 2}
    cache_params:
      <<: *defaults
      type: redis
`);
    const run = await cli(dir, ["build"]);
    expect(run.code, run.stderr).toBe(0);
    const config = readFileSync(path.join(dir, "rendered/ai-platform/gateway/config.yaml"), "utf8");
    expect(config).not.toContain("<<");
    const settings = (parse(config) as { litellm_settings: Record<string, unknown> }).litellm_settings;
    expect(settings.cache_params).toEqual({ request_timeout: 30, num_retries: 2, type: "redis" });
  });

  it.each([
    ["!!binary", "blob: !!binary aGVsbG8="],
    ["!!set", "tags: !!set {a, b}"],
    ["!!omap", "ordered: !!omap [{a: 1}]"],
    ["!!timestamp", "since: !!timestamp 2024-01-01"],
    ["!Ref", "ref: !Ref other"],
    ["!!python/tuple", "t: !!python/tuple [1, 2]"],
  ])("%s: a located LG1021 from every command, never an internal error", async (tag, line) => {
    const dir = project(`  litellmSettings:\n    drop_params: true\n    ${line}\n`);
    for (const command of ["validate", "build", "render", "list"]) {
      const run = await cli(dir, [command, "--format", "json"]);
      expect(run.code, `${command}: ${run.stderr}`).toBe(1);
      expect(run.stderr).not.toContain("internal error");
      const diagnostics = JSON.parse(run.stdout) as Diagnostic[];
      expect(diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([["LG1021", "instance.yaml", lineOf(dir, line)]]);
      expect(diagnostics[0]!.message).toContain(tag);
    }
  });

  it("yes/no/on/off in settings, in lists too: a warning naming what LiteLLM would read; true/false and other strings: none", async () => {
    const dir = project(`  litellmSettings:\n    drop_params: no\n    set_verbose: false\n    success_callback: ["on"]\n    mode: yes-please\n`);
    const run = await cli(dir, ["validate", "--format", "json"]);
    const warnings = (JSON.parse(run.stdout) as Diagnostic[]).filter((d) => d.code === "LG3021");
    expect(warnings.map((d) => [d.line, d.severity])).toEqual([
      [lineOf(dir, "drop_params: no"), "warning"],
      [lineOf(dir, 'success_callback: ["on"]'), "warning"],
    ]);
    expect(warnings[0]!.message).toContain('LiteLLM would get that string, which Python treats as true');
    expect(warnings[0]!.hint).toContain("drop_params: false");
  });
});
