import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "./support/cli.js";

describe("the README's picture of the quick start", () => {
  it("is what `graph` draws now (regenerate: node scripts/graph-example.mjs)", async () => {
    const run = await cli(process.cwd(), ["graph", "examples/quickstart", "--format", "svg"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(">gpt&#45;4o<");
    expect(readFileSync("docs/images/quickstart.svg", "utf8")).toBe(run.stdout);
  });

  it("is shown in the README", () => {
    expect(readFileSync("README.md", "utf8")).toContain("![The quick-start proxy: model groups, deployments with prices, the fallback, the access group and the Secrets they read](docs/images/quickstart.svg)");
  });
});
