// Issue 12, class 2: no credential reaches an output file, stdout or stderr. A canary value sits
// in every position a credential can take (URL userinfo and query parameters, header-like keys
// in settings, additionalProp1 and extra_headers, credential-named extraEnvVars, settings
// secrets, block and flow forms); every command (validate, build, render, list, secrets,
// diff, import) runs in every format (text, json, github), and its stdout, stderr and every
// file it wrote are searched for every canary. Each position must also be reported (LG3008 at
// the canary's line), so that a rule that stops flagging one is caught here too.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/compiler/diagnostics.js";
import { cli } from "./support/cli.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FORMATS = ["text", "json", "github"] as const;
const canary = (n: number): string => `cnry${n}Zq7Xv`;
const CANARY = /cnry\d+Zq7Xv/g;

/** Lines added to the quick start's files; each `@N` becomes canary N. */
const MODEL_PARAMS = `    apiBase: https://user:@1@api.openai.com/v1
    additionalProp1:
      api_base: https://api.openai.com/v1?api-key=@2
      extra_headers:
        x-api-key: @3
        Authorization: Bearer @4
        bearer: @5
        auth: @6
        api-key: @7
        apikey: @8
        X_API_KEY: @9
        PASSWD: @10
        Credentials: @11
      flow: {model: x, api_key: @12}
`;
const INSTANCE_SETTINGS = `  generalSettings:
    database_url: postgres://litellm:@13@db:5432/litellm
    alerting_webhook: https://hooks.example.com/x?token=@14
    sas_url: https://acct.blob.core.windows.net/c?sv=2024&sig=@15
    oauth_url: https://idp.example.com/cb?code=@16
    store_url: https://:@17@store.example.com
    X-Auth-Token: "@18"
    password: |
      @19
  extraEnvVars:
    - name: MY_TOKEN
      value: @20
    - name: DB_PASSWORD
      value: "@21"
    - name: GCP_CREDENTIALS
      value: @22
    - name: STRIPE_SECRET
      value: @23
    - name: OPENAI_KEY
      value: @24
    - name: CALLBACK_URL
      value: https://u:@25@callbacks.example.com
`;
const COUNT = 25;

function fill(text: string): string {
  return text.replace(/@(\d+)/g, (_all, n: string) => canary(Number(n)));
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
});

function project(): string {
  const tmp = mkdtempSync(path.join(tmpdir(), "lg-canary-"));
  temps.push(tmp);
  const dir = path.join(tmp, "qs");
  cpSync(path.join(ROOT, "examples/quickstart"), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}rendered`) });
  return dir;
}

function plant(dir: string): void {
  const model = path.join(dir, "models/gpt-4o.yaml");
  writeFileSync(model, readFileSync(model, "utf8").replace("    model: openai/gpt-4o\n", `    model: openai/gpt-4o\n${fill(MODEL_PARAMS)}`));
  const instance = path.join(dir, "instance.yaml");
  writeFileSync(instance, readFileSync(instance, "utf8") + fill(INSTANCE_SETTINGS));
}

/** Every file under `dir` (recursively), as text. */
function filesUnder(dir: string): Array<[string, string]> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .map((f) => [f, readFileSync(path.join(dir, f), "latin1")]);
}

function leaks(...texts: string[]): string[] {
  return [...new Set(texts.flatMap((t) => t.match(CANARY) ?? []))].sort();
}

function git(dir: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { cwd: dir, stdio: "ignore" });
}

describe("canary credentials", { timeout: 60_000 }, () => {
  it("every position is reported as a literal credential (LG3008), at the canary's line", async () => {
    const dir = project();
    plant(dir);
    const run = await cli(dir, ["validate", "--format", "json"]);
    expect(run.code).toBe(1);
    const diagnostics = JSON.parse(run.stdout) as Diagnostic[];
    const flagged = new Set(diagnostics.filter((d) => d.code === "LG3008").map((d) => `${d.file}:${d.line}`));
    const missing: number[] = [];
    for (const file of ["models/gpt-4o.yaml", "instance.yaml"]) {
      readFileSync(path.join(dir, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          for (const m of line.matchAll(CANARY)) {
            const n = Number(/\d+/.exec(m[0])![0]);
            // A block scalar's content (canary 19) is reported at its key's line, the line before.
            if (!flagged.has(`${file}:${n === 19 ? i : i + 1}`)) missing.push(n);
          }
        });
    }
    expect(missing).toEqual([]);
  });

  const commands: string[][] = [["validate"], ["build"], ["build", "--check"], ["render"], ["list"], ["secrets"]];
  for (const command of commands) {
    for (const format of FORMATS) {
      it(`${command.join(" ")} --format ${format}: no canary on stdout, stderr or in any written file`, async () => {
        const dir = project();
        plant(dir);
        const run = await cli(dir, [...command, "--format", format]);
        expect(run.code).toBe(1);
        expect(leaks(run.stdout, run.stderr)).toEqual([]);
        expect(leaks(...filesUnder(path.join(dir, "rendered")).map(([, t]) => t))).toEqual([]);
      });
    }
  }

  for (const format of FORMATS) {
    it(`diff --format ${format}: the canaries in the working tree or in the base never print`, async () => {
      const dir = project();
      git(dir, "init", "-q");
      git(dir, "add", ".");
      git(dir, "commit", "-q", "-m", "base");
      plant(dir);
      const worktree = await cli(dir, ["diff", "--base", "HEAD", "--format", format]);
      expect(worktree.code).not.toBe(0);
      expect(leaks(worktree.stdout, worktree.stderr)).toEqual([]);
      // The canaries committed in the base, the working tree clean again.
      git(dir, "add", ".");
      git(dir, "commit", "-q", "-m", "leaky");
      git(dir, "revert", "--no-edit", "HEAD");
      const base = await cli(dir, ["diff", "--base", "HEAD~1", "--format", format]);
      expect(leaks(base.stdout, base.stderr)).toEqual([]);
    });

    it(`import --format ${format}: literal credentials become Secret references; no canary anywhere`, async () => {
      const dir = project();
      writeFileSync(
        path.join(dir, "config.yaml"),
        fill(`model_list:
  - model_name: gpt-4o
    litellm_params:
      model: openai/gpt-4o
      api_key: @1
      api_base: https://u:@2@api.openai.com/v1
      extra_headers:
        x-api-key: @3
        Authorization: Bearer @4
        auth: @5
general_settings:
  master_key: @6
  database_url: postgres://u:@7@db/x
litellm_settings:
  callback_url: https://hooks.example.com/x?token=@8
environment_variables:
  SLACK_TOKEN: @9
  DB_PASSWORD: "@10"
  WEBHOOK_URL: https://:@11@hooks.example.com
`),
      );
      const run = await cli(dir, ["import", "config.yaml", "--out", "imported", "--format", format]);
      expect(leaks(run.stdout, run.stderr)).toEqual([]);
      const written = filesUnder(path.join(dir, "imported"));
      expect(written.length).toBeGreaterThan(0);
      expect(leaks(...written.map(([, t]) => t))).toEqual([]);
      // What it wrote validates: every credential is a reference now, none a literal.
      const check = await cli(path.join(dir, "imported"), ["validate", "--format", "json"]);
      expect((JSON.parse(check.stdout) as Diagnostic[]).filter((d) => d.code === "LG3008")).toEqual([]);
    });
  }
});

describe("control and escape characters from the input", { timeout: 60_000 }, () => {
  const HOSTILE = ["\u001b[2J", "\u001b]0;pwned\u0007", "\u202e", "\u009b31m", "\u2066"];

  it.each(FORMATS)("--format %s: never sent raw, in messages or frames", async (format) => {
    const dir = project();
    const model = path.join(dir, "models/gpt-4o.yaml");
    // In a value a rule quotes (an unknown provider, a model name), in a key (an unknown field), and beside a frame.
    writeFileSync(
      model,
      readFileSync(model, "utf8")
        .replace("model: openai/gpt-4o", `model: "op\\u202eenai/gpt-4o\\e[2J"`)
        .replace("    tpm: 800000\n", `    "t\\e]0;pwned\\apm": 800000\n`),
    );
    const instance = path.join(dir, "instance.yaml");
    writeFileSync(instance, readFileSync(instance, "utf8").replace("name: gateway", "name: gate\u009b31mway\u2066"));
    for (const command of ["validate", "build", "render", "list"]) {
      const run = await cli(dir, [command, "--format", format]);
      for (const bad of HOSTILE) {
        expect(run.stdout.includes(bad) || run.stderr.includes(bad), `${command}: ${JSON.stringify(bad)}`).toBe(false);
      }
      expect(run.stderr + run.stdout).toMatch(/\\u\{?(001B|202E|009B|2066|001b|202e|009b)/i);
    }
  });
});

describe("import: what include: names", { timeout: 60_000 }, () => {
  function config(include: string): string {
    const dir = project();
    writeFileSync(path.join(dir, "config.yaml"), `include:\n  - ${include}\nmodel_list:\n  - model_name: gpt-4o\n    litellm_params:\n      model: openai/gpt-4o\n`);
    return dir;
  }

  it.each([
    ["an AWS credentials file", "[default]\naws_access_key_id = AKIA@1\naws_secret_access_key = @2\n"],
    ["a passwd file", "root:x:0:0:root:@3:/bin/bash\ndaemon:x:1:1:@4:/usr/sbin:/usr/sbin/nologin\n"],
    ["a .env file", "OPENAI_API_KEY=@5\nDATABASE_URL=postgres://u:@6@db/x\n"],
    ["a YAML list", "- @7\n- @8\n"],
  ])("%s: reported, and no format ever prints its content", async (_what, content) => {
    for (const format of FORMATS) {
      const dir = config("creds");
      writeFileSync(path.join(dir, "creds"), fill(content));
      const run = await cli(dir, ["import", "config.yaml", "--out", "imported", "--format", format]);
      expect(run.code, run.stderr).toBe(1);
      expect(leaks(run.stdout, run.stderr)).toEqual([]);
      expect(existsSync(path.join(dir, "imported"))).toBe(false);
    }
  });

  it.each([
    ["/dev/zero", "/dev/zero", "a device"],
    ["a FIFO", "fifo", "a FIFO (named pipe)"],
    ["a folder", "folder", "a folder"],
  ])("%s: LG1001 without reading it (no hang, no unbounded memory)", async (_what, name, kind) => {
    const dir = config(name);
    if (name === "fifo") execFileSync("mkfifo", [path.join(dir, "fifo")]);
    if (name === "folder") execFileSync("mkdir", [path.join(dir, "folder")]);
    const run = await cli(dir, ["import", "config.yaml", "--format", "json"]);
    expect(run.code).toBe(1);
    const diagnostics = JSON.parse(run.stdout) as Diagnostic[];
    expect(diagnostics.map((d) => [d.code, d.message])).toContainEqual(["LG1001", `not a regular file: ${kind}`]);
  });
});
