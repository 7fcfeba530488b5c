import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import type { Io } from "../src/cli/io.js";

function io(): Io & { out: string; err: string } {
  const sink = { out: "", err: "" };
  return Object.assign(sink, {
    cwd: process.cwd(),
    env: {},
    color: false,
    stdout: { write: (s: string) => (sink.out += s) },
    stderr: { write: (s: string) => (sink.err += s) },
  });
}

describe("the README's quick start project", () => {
  it("has committed rendered output that is up to date (build --check)", async () => {
    const run = io();
    const code = await main(["build", "examples/quickstart", "--out", "examples/quickstart/rendered", "--check", "--strict"], run);
    expect(run.err).toContain("is up to date");
    expect(code).toBe(0);
  });

  it("validates with --strict and no diagnostic", async () => {
    const run = io();
    expect(await main(["validate", "examples/quickstart", "--strict", "--format", "json"], run)).toBe(0);
    expect(JSON.parse(run.out)).toEqual([]);
  });
});
