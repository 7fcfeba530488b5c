import { describe, expect, it } from "vitest";
import { cli } from "./support/cli.js";

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
