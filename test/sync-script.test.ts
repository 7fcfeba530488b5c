// The sync Job's program as the cluster gets it: taken out of the ConfigMap `<instance>-access`
// that `build` renders (src/sync bundled by scripts/bundle.mjs: one ES module, Node built-ins
// only), run as the Job runs it (`node <script> <access.json>` with the Job's environment). It
// must behave exactly like `litellm-gitops sync`, and a run killed at any point must converge
// when run again.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path, { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { SYNC_SCRIPT_NAME } from "../src/sync/bundle.js";
import { cli } from "./support/cli.js";
import { KEY_VALUE, MASTER_KEY, sampleState, writeState } from "./support/access-state.js";
import { FakeLiteLLM, hashToken, startFakeLiteLLM } from "./support/fake-litellm.js";
import { FakeKubernetes } from "./support/fake-kubernetes.js";
import { writeProject } from "./support/project.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let script = "";

interface BundleModule {
  bundleSyncScript(outfile: string): Promise<unknown>;
}

/** A proxy with one Team: enough for build to render the access ConfigMap. */
const PROJECT: Record<string, string> = {
  "instance.yaml": "apiVersion: litellm.litellm.ai/v1alpha1\nkind: LiteLLMInstance\nmetadata: {name: proxy, namespace: ai}\nspec: {}\n",
  "team.yaml": "apiVersion: auth.litellm.ai/v1alpha1\nkind: Team\nmetadata: {name: research, namespace: ai}\nspec:\n  teamAlias: research\n  connectionRef: {instanceRef: {name: proxy}}\n",
};

beforeAll(async () => {
  const dir = writeProject(PROJECT);
  const built = await cli(dir, ["build", "--out", "out"]);
  expect(built.code, built.stdout + built.stderr).toBe(0);
  const configMap = parseAllDocuments(readFileSync(join(dir, "out/ai/proxy/access-configmap.yaml"), "utf8"))[0]!.toJS() as { data: Record<string, string> };
  const fromConfigMap = configMap.data[SYNC_SCRIPT_NAME];
  expect(fromConfigMap, `the ConfigMap carries ${SYNC_SCRIPT_NAME}`).toBeDefined();
  // The ConfigMap must carry the bundle of the sources under test (else dist/ is stale: npm run build).
  // A computed specifier: the bundler is plain .mjs without declarations.
  const bundler = (await import(pathToFileURL(join(ROOT, "scripts", "bundle.mjs")).href)) as BundleModule;
  const fresh = join(mkdtempSync(join(tmpdir(), "sync-script-")), SYNC_SCRIPT_NAME);
  await bundler.bundleSyncScript(fresh);
  expect(fromConfigMap === readFileSync(fresh, "utf8"), "the rendered ConfigMap's sync program is the bundle of src/sync (if not: npm run build)").toBe(true);
  script = join(mkdtempSync(join(tmpdir(), "job-")), SYNC_SCRIPT_NAME);
  writeFileSync(script, fromConfigMap!);
}, 60_000);

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

async function fakes() {
  const litellm = await startFakeLiteLLM({ masterKey: MASTER_KEY });
  const kube = await new FakeKubernetes().start();
  open.push(litellm, kube);
  const env = { LITELLM_MASTER_KEY: MASTER_KEY, LITELLM_URL: litellm.url, LITELLM_KEY_CI: KEY_VALUE, ...kube.env() };
  return { litellm, kube, env };
}

interface Proc {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The Job's container: `node <script> <access.json>` with only the Job's environment (and PATH). */
function runScript(file: string, env: Record<string, string>, onStart?: (kill: () => void) => void, args: string[] = []): Promise<Proc> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, file, "--wait", "0", ...args], { cwd: path.dirname(file), env: { PATH: process.env["PATH"] ?? "", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    onStart?.(() => child.kill("SIGKILL"));
  });
}

/** What LiteLLM holds, without what differs between two runs (times, randomly generated key values). */
function snapshot(l: FakeLiteLLM) {
  const strip = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([k]) => !["created_at", "updated_at"].includes(k)));
  const keys = [...l.keys.values()].map((k) => (k["key_alias"] === "bot" ? { ...strip(k), token: "generated", key_name: "generated" } : strip(k)));
  return {
    teams: [...l.teams.values()].map(strip).sort((a, b) => String(a["team_id"]).localeCompare(String(b["team_id"]))),
    users: [...l.users.values()].map(strip).sort((a, b) => String(a["user_id"]).localeCompare(String(b["user_id"]))),
    keys: keys.sort((a, b) => String(a["key_alias"]).localeCompare(String(b["key_alias"]))),
    memberships: [...l.memberships.values()].sort((a, b) => `${a.team_id}/${a.user_id}`.localeCompare(`${b.team_id}/${b.user_id}`)),
  };
}

describe("the bundled sync script", () => {
  it("is one file that imports Node built-ins only", () => {
    const text = readFileSync(script, "utf8");
    const imports = [...text.matchAll(/\bfrom\s+"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)|\brequire\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((s) => !s!.startsWith("node:"))).toEqual([]);
  });

  it("behaves exactly like the CLI: same output, exit code and resulting state, for a run, a no-op, a dry run and a change", async () => {
    const a = await fakes();
    const b = await fakes();
    const changedState = sampleState();
    changedState.teams[0]!.params.max_budget = 7;
    const steps: Array<[string, string[]]> = [
      [writeState(sampleState()), []],
      [writeState(sampleState()), []],
      [writeState(changedState), ["--dry-run"]],
      [writeState(changedState), ["--format", "json"]],
    ];
    for (const [file, args] of steps) {
      const viaCli = await cli(path.dirname(file), ["sync", file, "--wait", "0", ...args], a.env);
      const viaScript = await runScript(file, b.env, undefined, args);
      expect(viaScript.code).toBe(viaCli.code);
      expect(viaScript.stderr).toBe(viaCli.stderr);
      expect(viaScript.stdout.replaceAll(b.litellm.url, "URL")).toBe(viaCli.stdout.replaceAll(a.litellm.url, "URL"));
      expect(snapshot(b.litellm)).toEqual(snapshot(a.litellm));
    }
    expect(b.litellm.teams.get("team-research")!["max_budget"]).toBe(7);
    expect(hashToken(b.kube.value("ai", "proxy-key-bot")!)).toBe([...b.litellm.keys.values()].find((k) => k["key_alias"] === "bot")!["token"]);
  }, 30_000);

  it("refuses like the CLI: usage (exit 2) and LiteLLM's refusals (exit 1), with the same messages", async () => {
    const a = await fakes();
    const file = writeState(sampleState());
    const { LITELLM_MASTER_KEY: _k, ...noKey } = a.env;
    const usage = await runScript(file, noKey);
    const usageCli = await cli(path.dirname(file), ["sync", file, "--wait", "0"], noKey);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe(usageCli.stderr);

    const state = sampleState();
    state.teams[1]!.params.guardrails = ["pii"];
    const refused = writeState(state);
    const proc = await runScript(refused, a.env);
    expect(proc.code).toBe(1);
    expect(proc.stdout).toContain("HTTP 403: This feature is only available for LiteLLM Enterprise users: guardrails.");
  }, 30_000);

  it("a run killed at any point converges when run again, and the run after that sends nothing", async () => {
    const reference = await fakes();
    const file = writeState(sampleState());
    expect((await runScript(file, reference.env)).code).toBe(0);

    // A full run sends 8 POSTs (teams, users, memberships, keys): kill while the 3rd and the 7th hang.
    for (const killAfter of [2, 6]) {
      const f = await fakes();
      let stalled: () => void = () => {};
      const reached = new Promise<void>((resolve) => (stalled = resolve));
      f.litellm.stall = (method, _path, done) => {
        if (method === "POST" && done >= killAfter) {
          stalled();
          return true;
        }
        return false;
      };
      const killed = await runScript(file, f.env, (kill) => void reached.then(kill));
      expect(killed.code).toBeNull();
      f.litellm.stall = undefined;
      const rerun = await runScript(file, f.env);
      expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
      expect(snapshot(f.litellm)).toEqual(snapshot(reference.litellm));
      const posts = f.litellm.mutating().length;
      const third = await runScript(file, f.env);
      expect(third.stdout).toContain("nothing to do");
      expect(f.litellm.mutating().length).toBe(posts);
    }
  }, 60_000);

  it("killed between generating a key and storing it: the next run generates it again and stores it", async () => {
    const f = await fakes();
    f.kube.stallWrites = true;
    const file = writeState(sampleState());
    const writing = new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (f.kube.stalled > 0) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    const killed = await runScript(file, f.env, (kill) => void writing.then(kill));
    expect(killed.code).toBeNull();
    expect([...f.litellm.keys.values()].some((k) => k["key_alias"] === "bot")).toBe(true);
    expect(f.kube.value("ai", "proxy-key-bot")).toBeUndefined();
    f.kube.stallWrites = false;
    const rerun = await runScript(file, f.env);
    expect(rerun.code, rerun.stdout).toBe(0);
    expect(rerun.stdout).toMatch(/rotate\s+key\s+bot.*key \(Secret missing\)/);
    const bot = [...f.litellm.keys.values()].filter((k) => k["key_alias"] === "bot");
    expect(bot).toHaveLength(1);
    expect(hashToken(f.kube.value("ai", "proxy-key-bot")!)).toBe(bot[0]!["token"]);
  }, 30_000);
});
