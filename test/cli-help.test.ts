// `<command> --help` is the reference a user reads at the terminal: it must name every flag the
// command's parser accepts (its OPTIONS, as given to node:util parseArgs), and its synopsis
// must name no flag the parser would reject.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Io } from "../src/cli/io.js";
import { COMMANDS, main } from "../src/cli/main.js";
import { LITELLM_DATA_COMMITS, OPERATOR_RELEASE } from "../src/cli/versions.js";
import { OPERATOR_DEFAULT_IMAGE } from "../src/compiler/resolve/settings.js";
import { PINNED_CHART } from "../src/emitters/helm-chart-keys.js";

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = { cwd: "/nonexistent", env: {}, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, color: false };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** The flag as a word of the help text: `--out` matches in "[--out DIR]" but not in "--output". */
function names(text: string, flag: string): boolean {
  const escaped = flag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[\\s\\[,(|])${escaped}(?![\\w-])`, "m").test(text);
}

// The first --help loads the command's chunk of the sources: slow under a busy vitest.
describe.each(Object.keys(COMMANDS))("litellm-gitops %s --help", { timeout: 30_000 }, (name) => {
  it("names every flag the command accepts, long and short", async () => {
    const { OPTIONS } = await COMMANDS[name]!.load();
    const help = await run([name, "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(new RegExp(`^Usage: litellm-gitops ${name}\\b`));
    const missing = Object.entries(OPTIONS).flatMap(([long, spec]) => [
      ...(names(help.stdout, `--${long}`) ? [] : [`--${long}`]),
      ...(spec.short === undefined || names(help.stdout, `-${spec.short}`) ? [] : [`-${spec.short}`]),
    ]);
    expect(missing).toEqual([]);
  });

  it("has a synopsis that names only flags the command accepts", async () => {
    const { OPTIONS } = await COMMANDS[name]!.load();
    const help = await run([name, "--help"]);
    const synopsis = help.stdout.split("\n\n")[0]!;
    const flags = [...synopsis.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1]!);
    expect(flags.filter((f) => !(f in OPTIONS))).toEqual([]);
  });
});

describe("the flag check itself", () => {
  it("tells a flag from a longer one and from a word in prose", () => {
    expect(names("Usage: x [--out DIR]", "--out")).toBe(true);
    expect(names("Usage: x [--output DIR]", "--out")).toBe(false);
    expect(names("Usage: x [--no-cache]", "--no")).toBe(false);
    expect(names("  -h, --help  this help", "-h")).toBe(true);
    expect(names("a well-hidden flag", "-h")).toBe(false);
  });
});

describe("--version", () => {
  const ROOT = new URL("..", import.meta.url);
  const read = (file: string) => readFileSync(new URL(file, ROOT), "utf8");

  it("names the versions the build targets, taken from where they are pinned", async () => {
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    const [first, ...rest] = r.stdout.split("\n");
    expect(first).toBe((JSON.parse(read("package.json")) as { version: string }).version);
    const text = rest.join("\n");
    expect(text).toContain(OPERATOR_DEFAULT_IMAGE);
    expect(text).toContain(`chart ${PINNED_CHART.version} (LiteLLM ${PINNED_CHART.appVersion})`);
    for (const apiVersion of ["litellm.litellm.ai/v1alpha1", "auth.litellm.ai/v1alpha1", "litellm-gitops.dev/v1alpha1"]) expect(text).toContain(apiVersion);
    // Every input kind is listed under its apiVersion, as its schema declares it.
    expect(text).toMatch(/litellm\.litellm\.ai\/v1alpha1: LiteLLMInstance, Model\n/);
  });

  it("quotes the commits and the operator release written in the data's ORIGIN.md files", () => {
    const data = read("data/litellm/ORIGIN.md");
    expect(data).toMatch(new RegExp(`utils\\.py\` @ ${LITELLM_DATA_COMMITS.providers}`));
    expect(data).toMatch(new RegExp(`router\\.py\` \\(BerriAI/litellm @ ${LITELLM_DATA_COMMITS.routerSettings}`));
    expect(read("schemas/upstream/ORIGIN.md")).toContain(`operator release ${OPERATOR_RELEASE}.`);
  });
});

describe("an unknown command", () => {
  it.each([
    ["biuld", "build"],
    ["valdiate", "validate"],
    ["secret", "secrets"],
    ["--grpah", "graph"],
  ])("%s: exit 2 with a did-you-mean (%s) and the command list", async (typed, meant) => {
    const r = await run([typed]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`unknown command "${typed}"\nDid you mean "litellm-gitops ${meant}"?`);
    expect(r.stderr).toContain("Commands:");
  });

  it("suggests nothing for a name close to no command", async () => {
    const r = await run(["deploy-everything"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("Did you mean");
  });
});
