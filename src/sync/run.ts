/**
 * `litellm-gitops sync FILE`: the one runtime command. The CLI calls `runSync`, and the script
 * that the emitted Job runs (bundled from src/sync/script.ts) is this same function, so both
 * behave alike. It imports nothing outside src/sync and src/litellm, and only Node built-ins.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ACCESS_STATE_API_VERSION, ACCESS_STATE_KIND, URL_ENV, type AccessState } from "./access-state.js";
import { apply, type Outcome } from "./apply.js";
import { ApiError, LiteLLMClient } from "./client.js";
import { keyToken } from "./hash.js";
import { KubernetesError, SecretsApi } from "./kubernetes.js";
import { observe } from "./observe.js";
import { LAST_MEMBERSHIP_PHASE, plan, type KeyValueState } from "./plan.js";
import { report, type Report } from "./report.js";
import { waitUntilReady } from "./wait.js";
import { MASTER_KEY_ENV } from "../litellm/env-names.js";

export interface SyncIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** Injected by tests to make the readiness backoff instant. */
  sleep?: (ms: number) => Promise<void>;
}

export const SYNC_USAGE = `Usage: litellm-gitops sync FILE [options]

Applies an access.json (the teams, users, memberships and virtual keys of one LiteLLM proxy,
written by \`build\`) through LiteLLM's management API, then exits. Objects it creates carry
metadata.managed_by: litellm-gitops; objects it did not create are never changed or deleted.

Options:
  --url URL          the proxy (default: $${URL_ENV}, then the file's proxy.url)
  --wait SECONDS     wait up to SECONDS for GET /health/readiness, with backoff (default 300)
  --dry-run          print the plan (objects and field names, never values); send nothing that writes
  --adopt            take over objects with a declared id or alias that litellm-gitops did not
                     create (migrating from the LiteLLM operator: managed_by: litellm-operator)
  --format FORMAT    text (default) or json
  --debug            show the stack trace of an internal error
  -h, --help         this help

Environment:
  ${MASTER_KEY_ENV}  the proxy's master key (required)
  ${URL_ENV}         the proxy URL
  one variable per VirtualKey keySecretRef, named in the file (the Job sets them)
  KUBERNETES_SERVICE_HOST, _PORT  the in-cluster API, for keys LiteLLM generates (their value is
                     written to the Secret <instance>-key-<keyAlias>, data key "key")

Exit status: 0 converged (or nothing to do), 1 LiteLLM refused something or the proxy never
became ready, 2 usage.`;

class Usage extends Error {}

export const OPTIONS = {
  url: { type: "string" },
  wait: { type: "string", default: "300" },
  "dry-run": { type: "boolean", default: false },
  adopt: { type: "boolean", default: false },
  format: { type: "string", default: "text" },
  help: { type: "boolean", short: "h", default: false },
  debug: { type: "boolean", default: false },
} as const;

export async function runSync(argv: string[], io: SyncIo): Promise<number> {
  const secrets: string[] = [];
  const err = (text: string) => io.stderr.write(text);
  try {
    return await sync(argv, io, secrets);
  } catch (error) {
    if (error instanceof Usage) {
      err(`litellm-gitops sync: ${error.message}\nRun "litellm-gitops sync --help" for usage.\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    err(`litellm-gitops sync: internal error: ${redactWith(message, secrets)}\n`);
    if (argv.includes("--debug") && error instanceof Error && error.stack) err(redactWith(error.stack, secrets) + "\n");
    else err("Run again with --debug for details, and report it with the access.json that caused it.\n");
    return 2;
  }
}

async function sync(argv: string[], io: SyncIo, secrets: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new Usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(SYNC_USAGE + "\n");
    return 0;
  }
  const format = values.format;
  if (format !== "text" && format !== "json") throw new Usage("--format must be text or json");
  if (positionals.length !== 1) throw new Usage(positionals.length === 0 ? "which access.json? (litellm-gitops sync FILE)" : "one FILE only");
  const waitSeconds = Number(values.wait);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0) throw new Usage("--wait takes a number of seconds (0 or more)");

  const masterKey = io.env[MASTER_KEY_ENV];
  if (!masterKey) throw new Usage(`the environment variable ${MASTER_KEY_ENV} is not set (the proxy's master key)`);
  secrets.push(masterKey);

  const state = readState(path.resolve(io.cwd, positionals[0]!));
  const url = values.url ?? io.env[URL_ENV] ?? state.proxy.url;
  if (!url) throw new Usage(`no proxy URL: the file has none; pass --url or set ${URL_ENV}`);
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
    if (u.username || u.password) throw new Usage("the proxy URL must not carry credentials");
  } catch (error) {
    if (error instanceof Usage) throw error;
    throw new Usage(`not an http(s) URL: ${redactWith(url, secrets)}`);
  }
  for (const key of state.keys) {
    if ("env" in key.keySource) {
      const value = io.env[key.keySource.env];
      if (value) secrets.push(value);
    }
  }

  const dryRun = values["dry-run"];
  const base: Omit<Report, "ready" | "plan" | "outcomes"> = { url: redactWith(url, secrets), owner: state.proxy.owner, dryRun };
  const print = (r: Report) => io.stdout.write(redactWith(report(r, format), secrets));
  const client = new LiteLLMClient(url, masterKey);

  const readiness = await waitUntilReady(client, waitSeconds, io.sleep);
  if (!readiness.ready) {
    print({ ...base, ready: false, readyDetail: readiness.detail, waitSeconds, plan: { actions: [], errors: [], warnings: [] }, outcomes: [] });
    return 1;
  }

  let k8s: SecretsApi | undefined;
  let k8sProblem: string | undefined;
  try {
    k8s = SecretsApi.fromEnv(io.env);
  } catch (error) {
    k8sProblem = error instanceof Error ? error.message : String(error);
  }

  let observed;
  try {
    observed = await observe(client);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    print({ ...base, ready: true, readError: `${error.endpoint}: HTTP ${error.status}: ${error.message}`, plan: { actions: [], errors: [], warnings: [] }, outcomes: [] });
    return 1;
  }

  const keyValues = new Map<string, KeyValueState>();
  for (const key of state.keys) {
    if ("env" in key.keySource) {
      const value = io.env[key.keySource.env];
      keyValues.set(
        key.key_alias,
        value
          ? { token: keyToken(value) }
          : { problem: `the environment variable ${key.keySource.env} is not set; the Job sets it from Secret ${key.keySource.secret.name} (key ${key.keySource.secret.key})` },
      );
      continue;
    }
    const { secretName } = key.keySource.generate;
    if (!k8s) {
      keyValues.set(key.key_alias, {
        problem: k8sProblem
          ? `LiteLLM would generate this key, but its value cannot be stored in Secret ${secretName}: ${k8sProblem}`
          : `LiteLLM would generate this key, and its value must go to Secret ${secretName}, but there is no Kubernetes API (KUBERNETES_SERVICE_HOST is not set): run the sync as the emitted Job, or give the VirtualKey a keySecretRef`,
      });
      continue;
    }
    try {
      const value = await k8s.readKey(state.proxy.namespace, secretName);
      if (value) secrets.push(value);
      keyValues.set(key.key_alias, value ? { token: keyToken(value) } : { missing: true });
    } catch (error) {
      if (!(error instanceof KubernetesError)) throw error;
      keyValues.set(key.key_alias, { problem: error.message });
    }
  }

  let thePlan = plan({ state, observed, keyValues, adopt: values.adopt });
  let outcomes: Outcome[] = [];
  if (!dryRun) {
    // Teams, users and memberships first. Removing a member may delete that user's keys in
    // the team (reported of some LiteLLM versions), so keys are planned again from a fresh
    // listing when memberships were removed: the run converges instead of updating a key that
    // just vanished.
    const early = thePlan.actions.filter((a) => a.phase <= LAST_MEMBERSHIP_PHASE);
    outcomes = await apply(early, client, k8s, io.env);
    let late = thePlan.actions.filter((a) => a.phase > LAST_MEMBERSHIP_PHASE);
    if (early.some((a) => a.kind === "membership" && a.op === "delete")) {
      const fresh = plan({ state, observed: await observe(client), keyValues, adopt: values.adopt });
      late = fresh.actions.filter((a) => a.phase > LAST_MEMBERSHIP_PHASE);
      const isKey = (p: { kind: string }) => p.kind === "key";
      thePlan = {
        actions: [...early, ...late],
        errors: [...thePlan.errors.filter((e) => !isKey(e)), ...fresh.errors.filter(isKey)],
        warnings: [...thePlan.warnings.filter((w) => !isKey(w)), ...fresh.warnings.filter(isKey)],
      };
    }
    outcomes.push(...(await apply(late, client, k8s, io.env)));
  }
  print({ ...base, ready: true, plan: thePlan, outcomes });
  const failed = outcomes.some((o) => o.status === "failed");
  return thePlan.errors.length > 0 || failed ? 1 : 0;
}

function readState(file: string): AccessState {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new Usage(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch (error) {
    throw new Usage(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const s = state as Partial<AccessState> | null;
  if (!s || s.apiVersion !== ACCESS_STATE_API_VERSION || s.kind !== ACCESS_STATE_KIND) {
    throw new Usage(`${file} is not an access.json (apiVersion ${ACCESS_STATE_API_VERSION}, kind ${ACCESS_STATE_KIND}); build writes one per proxy`);
  }
  const proxy = s.proxy as Partial<AccessState["proxy"]> | undefined;
  if (!proxy || typeof proxy.owner !== "string" || typeof proxy.namespace !== "string") throw new Usage(`${file}: proxy.owner and proxy.namespace are required`);
  for (const list of ["teams", "users", "memberships", "keys"] as const) {
    if (!Array.isArray(s[list])) throw new Usage(`${file}: "${list}" must be a list`);
  }
  // What the planner relies on; the rest is LiteLLM's to judge. A file build wrote always passes.
  const str = (v: unknown) => typeof v === "string" && v !== "";
  const obj = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);
  const check = (list: string, ok: (e: Record<string, unknown>) => boolean, what: string) =>
    (s[list as keyof AccessState] as unknown[]).forEach((e, i) => {
      if (!obj(e) || !ok(e as Record<string, unknown>)) throw new Usage(`${file}: ${list}[${i}] needs ${what}`);
    });
  check("teams", (e) => str(e["team_id"]) && str(e["resource"]) && typeof e["blocked"] === "boolean" && obj(e["params"]) && str((e["params"] as Record<string, unknown>)["team_alias"]), "resource, team_id, blocked and params.team_alias");
  check("users", (e) => str(e["user_id"]) && str(e["resource"]) && obj(e["params"]), "resource, user_id and params");
  check("memberships", (e) => str(e["team_id"]) && str(e["user_id"]) && str(e["resource"]) && (e["role"] === "admin" || e["role"] === "user"), "resource, team_id, user_id and a role (admin or user)");
  check(
    "keys",
    (e) => {
      const source = e["keySource"] as Record<string, unknown> | undefined;
      const validSource = obj(source) && (str(source!["env"]) || (obj(source!["generate"]) && str((source!["generate"] as Record<string, unknown>)["secretName"])));
      return str(e["key_alias"]) && str(e["resource"]) && typeof e["blocked"] === "boolean" && obj(e["params"]) && validSource;
    },
    "resource, key_alias, blocked, params and a keySource (env, or generate.secretName)",
  );
  return s as AccessState;
}

/**
 * Masks every secret value and anything shaped like a LiteLLM key (`sk-…`, which LiteLLM echoes
 * abbreviated in auth errors). The mask is src/litellm/sensitive.ts's MASK, spelled out rather
 * than imported: that module pulls LiteLLM's parameter tables into the Job's bundled program.
 * Here the values are known (the master key, the store's keys), so no key-name policy is needed.
 */
export function redactWith(text: string, secrets: string[]): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) if (s.length >= 4) out = out.split(s).join("****");
  return out.replace(/\bsk-[A-Za-z0-9_.\-]+/g, "sk-****");
}
