import { createRequire as __litellmGitopsCreateRequire } from "node:module";
const require = __litellmGitopsCreateRequire(import.meta.url);
import {
  compareStrings
} from "./chunk-EPTGAQBZ.js";
import "./chunk-3EZK3CXJ.js";

// src/sync/run.ts
import { readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/sync/access-state.ts
var ACCESS_STATE_API_VERSION = "litellm-gitops.dev/v1alpha1";
var ACCESS_STATE_KIND = "AccessState";
var MANAGED_BY = "litellm-gitops";
var OPERATOR_MANAGED_BY = "litellm-operator";
var MASTER_KEY_ENV = "LITELLM_MASTER_KEY";
var URL_ENV = "LITELLM_URL";

// src/litellm/management-api.ts
var TEAM_NEW_FIELDS = [
  "team_alias",
  "team_id",
  "organization_id",
  "metadata",
  "tpm_limit",
  "rpm_limit",
  "max_budget",
  "soft_budget",
  "budget_duration",
  "models",
  "blocked",
  "model_aliases",
  "tags",
  "guardrails",
  "team_member_permissions",
  "model_rpm_limit",
  "model_tpm_limit"
];
var TEAM_UPDATE_FIELDS = [
  "team_id",
  "team_alias",
  "organization_id",
  "metadata",
  "tpm_limit",
  "rpm_limit",
  "max_budget",
  "soft_budget",
  "models",
  "blocked",
  "budget_duration",
  "tags",
  "model_aliases",
  "guardrails",
  "model_rpm_limit",
  "model_tpm_limit"
];
var USER_NEW_FIELDS = [
  "user_id",
  "user_email",
  "user_alias",
  "user_role",
  "models",
  "max_budget",
  "budget_duration",
  "max_parallel_requests",
  "tpm_limit",
  "rpm_limit",
  "aliases",
  "allowed_cache_controls",
  "guardrails",
  "permissions",
  "model_max_budget",
  "model_rpm_limit",
  "model_tpm_limit",
  "send_invite_email",
  "sso_user_id",
  "blocked",
  "metadata",
  "auto_create_key",
  "teams"
];
var USER_UPDATE_FIELDS = [
  "user_id",
  "user_email",
  "user_alias",
  "user_role",
  "models",
  "max_budget",
  "budget_duration",
  "max_parallel_requests",
  "tpm_limit",
  "rpm_limit",
  "aliases",
  "allowed_cache_controls",
  "permissions",
  "model_max_budget",
  "send_invite_email",
  "sso_user_id",
  "blocked",
  "metadata"
];
var KEY_GENERATE_FIELDS = [
  "key",
  "key_alias",
  "models",
  "team_id",
  "user_id",
  "max_budget",
  "soft_budget",
  "budget_duration",
  "budget_id",
  "duration",
  "max_parallel_requests",
  "tpm_limit",
  "rpm_limit",
  "aliases",
  "allowed_cache_controls",
  "allowed_routes",
  "enforced_params",
  "guardrails",
  "tags",
  "config",
  "permissions",
  "model_max_budget",
  "model_rpm_limit",
  "model_tpm_limit",
  "send_invite_email",
  "metadata",
  "blocked"
];
var KEY_UPDATE_FIELDS = [
  "key",
  "key_alias",
  "models",
  "team_id",
  "user_id",
  "max_budget",
  "budget_duration",
  "budget_id",
  "duration",
  "max_parallel_requests",
  "tpm_limit",
  "rpm_limit",
  "aliases",
  "allowed_cache_controls",
  "allowed_routes",
  "enforced_params",
  "guardrails",
  "tags",
  "config",
  "permissions",
  "model_max_budget",
  "model_rpm_limit",
  "model_tpm_limit",
  "metadata"
];
var METADATA_FIELDS = ["model_rpm_limit", "model_tpm_limit", "guardrails", "tags", "enforced_params"];
var ROUTES = {
  readiness: "/health/readiness",
  teamNew: "/team/new",
  teamUpdate: "/team/update",
  teamDelete: "/team/delete",
  teamInfo: "/team/info",
  teamList: "/v2/team/list",
  teamBlock: "/team/block",
  teamUnblock: "/team/unblock",
  teamPermissionsUpdate: "/team/permissions_update",
  memberAdd: "/team/member_add",
  memberUpdate: "/team/member_update",
  memberDelete: "/team/member_delete",
  userNew: "/user/new",
  userUpdate: "/user/update",
  userDelete: "/user/delete",
  userInfo: "/user/info",
  userList: "/user/list",
  keyGenerate: "/key/generate",
  keyUpdate: "/key/update",
  keyDelete: "/key/delete",
  keyInfo: "/key/info",
  keyList: "/key/list",
  keyBlock: "/key/block",
  keyUnblock: "/key/unblock"
};
var MAX_PAGE_SIZE = 100;
function errorMessage(body) {
  const text = (value) => {
    if (typeof value === "string") return value;
    if (value && typeof value === "object") {
      const o2 = value;
      return text(o2["error"]) ?? text(o2["message"]) ?? text(o2["msg"]) ?? (Array.isArray(value) ? value.map(text).filter(Boolean).join("; ") : void 0);
    }
    return void 0;
  };
  if (!body || typeof body !== "object") return void 0;
  const o = body;
  return text(o["error"]) ?? text(o["detail"]);
}

// src/sync/client.ts
var ApiError = class extends Error {
  constructor(endpoint, status, message) {
    super(message);
    this.endpoint = endpoint;
    this.status = status;
  }
  endpoint;
  status;
};
var LiteLLMClient = class {
  constructor(baseUrl, masterKey, timeoutMs = 3e4) {
    this.baseUrl = baseUrl;
    this.masterKey = masterKey;
    this.timeoutMs = timeoutMs;
  }
  baseUrl;
  masterKey;
  timeoutMs;
  url(path3, query) {
    const url = new URL(this.baseUrl.replace(/\/+$/, "") + path3);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== void 0) url.searchParams.set(k, String(v));
    return url;
  }
  async call(request) {
    const endpoint = `${request.method} ${request.path}`;
    let response;
    try {
      response = await fetch(this.url(request.path, request.query), {
        method: request.method,
        headers: {
          authorization: `Bearer ${this.masterKey}`,
          accept: "application/json",
          ...request.body === void 0 ? {} : { "content-type": "application/json" }
        },
        body: request.body === void 0 ? void 0 : JSON.stringify(request.body),
        signal: AbortSignal.timeout(this.timeoutMs)
      });
    } catch (error) {
      throw new ApiError(endpoint, 0, `the proxy did not answer: ${causeOf(error)}`);
    }
    const text = await response.text();
    let body = void 0;
    try {
      body = text === "" ? void 0 : JSON.parse(text);
    } catch {
      body = void 0;
    }
    if (!response.ok) {
      const message = errorMessage(body) ?? (text.slice(0, 500) || response.statusText);
      throw new ApiError(endpoint, response.status, message);
    }
    return body;
  }
  /** `GET /health/readiness`: a public route (`LiteLLMRoutes.public_routes`), asked without the key. */
  async ready() {
    try {
      const response = await fetch(this.url("/health/readiness"), { signal: AbortSignal.timeout(this.timeoutMs) });
      const body = await response.json().catch(() => void 0);
      if (response.ok && body?.db === "connected") return { ready: true, detail: "ready" };
      return { ready: false, detail: response.ok ? `database ${String(body?.db ?? "unknown")}` : `HTTP ${response.status}` };
    } catch (error) {
      return { ready: false, detail: causeOf(error) };
    }
  }
};
function causeOf(error) {
  if (error instanceof Error) {
    const cause = error.cause;
    if (cause instanceof Error) return cause.message;
    return error.name === "TimeoutError" ? "timed out" : error.message;
  }
  return String(error);
}

// src/sync/kubernetes.ts
import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import path from "node:path";
var SERVICE_ACCOUNT_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";
var SECRET_KEY = "key";
var KubernetesError = class extends Error {
};
var SecretsApi = class _SecretsApi {
  constructor(server, token, ca) {
    this.server = server;
    this.token = token;
    this.ca = ca;
  }
  server;
  token;
  ca;
  /**
   * In-cluster config: `KUBERNETES_SERVICE_HOST`/`_PORT` and the mounted token and CA.
   * `KUBERNETES_API_URL` and `LITELLM_GITOPS_SERVICE_ACCOUNT_DIR` replace them (tests, or a
   * run outside the cluster through `kubectl proxy`). Undefined when there is no Kubernetes API.
   */
  static fromEnv(env) {
    const host = env["KUBERNETES_SERVICE_HOST"];
    const override = env["KUBERNETES_API_URL"];
    if (!host && !override) return void 0;
    const server = override ? new URL(override) : new URL(`https://${host.includes(":") ? `[${host}]` : host}:${env["KUBERNETES_SERVICE_PORT"] || "443"}`);
    const dir = env["LITELLM_GITOPS_SERVICE_ACCOUNT_DIR"] || SERVICE_ACCOUNT_DIR;
    let token;
    try {
      token = readFileSync(path.join(dir, "token"), "utf8").trim();
    } catch {
      throw new KubernetesError(`no ServiceAccount token at ${path.join(dir, "token")} (is automountServiceAccountToken disabled?)`);
    }
    let ca;
    try {
      ca = readFileSync(path.join(dir, "ca.crt"));
    } catch {
      ca = void 0;
    }
    return new _SecretsApi(server, token, ca);
  }
  /** The value of `data.key` of the Secret, undefined when the Secret or the entry does not exist. */
  async readKey(namespace, name) {
    const { status, body } = await this.send("GET", secretPath(namespace, name));
    if (status === 404) return void 0;
    if (status !== 200) throw this.error("read", namespace, name, status, body);
    const data = body?.data;
    const encoded = data?.[SECRET_KEY];
    return encoded === void 0 ? void 0 : Buffer.from(encoded, "base64").toString("utf8");
  }
  /** Creates or replaces the Secret with `data.key` = value. */
  async writeKey(namespace, name, value, keyAlias) {
    const secret = {
      apiVersion: "v1",
      kind: "Secret",
      type: "Opaque",
      metadata: {
        name,
        namespace,
        labels: { "app.kubernetes.io/managed-by": "litellm-gitops" },
        annotations: { "litellm-gitops.dev/key-alias": keyAlias }
      },
      data: { [SECRET_KEY]: Buffer.from(value, "utf8").toString("base64") }
    };
    const created = await this.send("POST", `/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets`, secret);
    if (created.status === 201 || created.status === 200) return;
    if (created.status !== 409) throw this.error("create", namespace, name, created.status, created.body);
    const replaced = await this.send("PUT", secretPath(namespace, name), secret);
    if (replaced.status !== 200) throw this.error("replace", namespace, name, replaced.status, replaced.body);
  }
  async deleteSecret(namespace, name) {
    const { status, body } = await this.send("DELETE", secretPath(namespace, name));
    if (status !== 200 && status !== 202 && status !== 404) throw this.error("delete", namespace, name, status, body);
  }
  error(verb, namespace, name, status, body) {
    const message = body?.message;
    return new KubernetesError(`cannot ${verb} Secret ${namespace}/${name}: HTTP ${status}${typeof message === "string" ? `: ${message}` : ""}`);
  }
  send(method, pathname, body) {
    const url = new URL(pathname, this.server);
    const payload = body === void 0 ? void 0 : JSON.stringify(body);
    const request = url.protocol === "https:" ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          ca: this.ca,
          timeout: 3e4,
          headers: {
            authorization: `Bearer ${this.token}`,
            accept: "application/json",
            ...payload === void 0 ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }
          }
        },
        (res) => {
          const chunks = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let parsed;
            try {
              parsed = text ? JSON.parse(text) : void 0;
            } catch {
              parsed = void 0;
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
        }
      );
      req.on("timeout", () => req.destroy(new Error("timed out")));
      req.on("error", (e) => reject(new KubernetesError(`the Kubernetes API did not answer: ${e.message}`)));
      if (payload !== void 0) req.write(payload);
      req.end();
    });
  }
};
function secretPath(namespace, name) {
  return `/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets/${encodeURIComponent(name)}`;
}

// src/sync/apply.ts
async function apply(actions, client, secrets, env) {
  const outcomes = [];
  for (const action of actions) outcomes.push(await applyOne(action, client, secrets, env));
  return outcomes;
}
async function applyOne(action, client, secrets, env) {
  for (const step of action.steps) {
    try {
      const body = { ...step.body };
      if (step.keyFromEnv !== void 0) body["key"] = env[step.keyFromEnv];
      if (step.writeSecret && !secrets) throw new KubernetesError("no Kubernetes API to write the generated key to");
      const answer = await client.call({ method: step.method, path: step.path, body });
      if (step.writeSecret) {
        const value = answer?.key;
        if (typeof value !== "string" || value === "") throw new ApiError(`${step.method} ${step.path}`, 200, "LiteLLM answered without the generated key");
        await secrets.writeKey(step.writeSecret.namespace, step.writeSecret.name, value, step.writeSecret.alias);
      }
      if (step.deleteSecret && secrets) await secrets.deleteSecret(step.deleteSecret.namespace, step.deleteSecret.name);
    } catch (error) {
      if (error instanceof ApiError) return { action, status: "failed", endpoint: error.endpoint, message: `${error.status === 0 ? "" : `HTTP ${error.status}: `}${error.message}` };
      if (error instanceof KubernetesError) return { action, status: "failed", endpoint: "Kubernetes", message: error.message };
      throw error;
    }
  }
  return { action, status: "done" };
}

// src/sync/hash.ts
import { createHash } from "node:crypto";
function canonicalJson(value) {
  return JSON.stringify(
    value,
    (_key, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => compareStrings(a, b))) : v
  );
}
function sha256Hex(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
function requestHash(value) {
  return sha256Hex(canonicalJson(value)).slice(0, 16);
}
function keyToken(key) {
  return sha256Hex(key);
}

// src/sync/observe.ts
async function observe(client) {
  const teams = await pages(client, ROUTES.teamList, "page_size", "teams", "total_pages");
  const users = await pages(client, ROUTES.userList, "page_size", "users", "total_pages");
  const keys = await pages(client, ROUTES.keyList, "size", "keys", "total_pages", { return_full_object: true });
  const observed = { teams: /* @__PURE__ */ new Map(), users: /* @__PURE__ */ new Map(), keysByAlias: /* @__PURE__ */ new Map(), keysByToken: /* @__PURE__ */ new Map() };
  for (const t of teams) if (t && typeof t.team_id === "string") observed.teams.set(t.team_id, t);
  for (const u of users) if (u && typeof u.user_id === "string") observed.users.set(u.user_id, u);
  for (const k of keys) {
    if (!k || typeof k.token !== "string") continue;
    observed.keysByToken.set(k.token, k);
    if (typeof k.key_alias === "string") observed.keysByAlias.set(k.key_alias, [...observed.keysByAlias.get(k.key_alias) ?? [], k]);
  }
  return observed;
}
async function pages(client, path3, sizeParam, itemsField, pagesField, extra = {}) {
  const items = [];
  for (let page = 1; ; page++) {
    const body = await client.call({ method: "GET", path: path3, query: { ...extra, page, [sizeParam]: MAX_PAGE_SIZE } });
    const batch = Array.isArray(body?.[itemsField]) ? body[itemsField] : [];
    items.push(...batch);
    const total = typeof body?.[pagesField] === "number" ? body[pagesField] : page;
    if (page >= total || batch.length === 0) return items;
  }
}

// src/sync/ownership.ts
var RECORD_FIELD = "litellm_gitops";
function recordOf(metadata) {
  if (!metadata || metadata["managed_by"] !== MANAGED_BY) return void 0;
  const record = metadata[RECORD_FIELD];
  if (!record || typeof record !== "object") return void 0;
  const r = record;
  if (typeof r.owner !== "string" || typeof r.hash !== "string") return void 0;
  return { owner: r.owner, resource: String(r.resource ?? ""), hash: r.hash, fields: r.fields ?? {}, memberships: r.memberships, source: r.source, secret: r.secret };
}
function describeOwner(metadata) {
  const record = recordOf(metadata);
  if (record) return `litellm-gitops (owner ${record.owner}, ${record.resource})`;
  const by = metadata?.["managed_by"];
  return typeof by === "string" && by !== "" ? `managed_by: ${by}` : "not managed by litellm-gitops";
}
function withRecord(user, record) {
  return { ...user ?? {}, managed_by: MANAGED_BY, [RECORD_FIELD]: record };
}

// src/sync/plan.ts
var LAST_MEMBERSHIP_PHASE = 4;
var CLEAR_LIST = /* @__PURE__ */ new Set(["models", "tags", "guardrails", "allowed_cache_controls", "allowed_routes", "enforced_params", "team_member_permissions"]);
var CLEAR_MAP = /* @__PURE__ */ new Set(["model_aliases", "aliases", "config", "permissions", "model_max_budget", "model_rpm_limit", "model_tpm_limit"]);
var IN_METADATA = new Set(METADATA_FIELDS);
function clearValue(field) {
  if (CLEAR_LIST.has(field)) return [];
  if (CLEAR_MAP.has(field)) return {};
  if (field === "organization_id") return "";
  return null;
}
function fieldHashes(params) {
  return Object.fromEntries(Object.keys(params).sort().map((k) => [k, requestHash(params[k])]));
}
function changedFields(desired, recorded) {
  if (!recorded) return { changed: Object.keys(desired).sort(), removed: [] };
  const changed = Object.keys(desired).filter((k) => recorded.fields[k] !== desired[k]);
  const removed = Object.keys(recorded.fields).filter((k) => !(k in desired));
  return { changed: changed.sort(), removed: removed.sort() };
}
function pick(body, allowed, endpoint) {
  const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) throw new Error(`internal: ${unknown.join(", ")} not accepted by ${endpoint}`);
  return body;
}
function paramsOf(params) {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== void 0));
}
function plan(input) {
  const out = { actions: [], errors: [], warnings: [] };
  const { state, observed, adopt } = input;
  const owner = state.proxy.owner;
  const declaredTeams = new Set(state.teams.map((t) => t.team_id));
  const refusedTeams = new Set(state.teams.filter((team) => planTeam(team, owner, observed, adopt, out) === "refused").map((t) => t.team_id));
  const skip = (m) => {
    if (!refusedTeams.has(m.team_id)) return false;
    out.warnings.push({ kind: "membership", name: `${m.team_id}/${m.user_id}`, resource: m.resource, message: `not applied: team ${m.team_id} is not managed by this sync (see the error above)` });
    return true;
  };
  const declaredUsers = new Set(state.users.map((u) => u.user_id));
  const membershipsByUser = /* @__PURE__ */ new Map();
  for (const m of state.memberships) if (!skip(m)) membershipsByUser.set(m.user_id, [...membershipsByUser.get(m.user_id) ?? [], m]);
  for (const user of state.users) planUser(user, membershipsByUser.get(user.user_id) ?? [], owner, observed, adopt, out);
  for (const m of state.memberships) {
    if (!declaredUsers.has(m.user_id) && !refusedTeams.has(m.team_id)) planMembership(m, void 0, observed, out);
  }
  const declaredAliases = new Set(state.keys.map((k) => k.key_alias));
  for (const key of state.keys) planKey(key, owner, state.proxy.namespace, observed, input.keyValues.get(key.key_alias), adopt, out);
  for (const [alias, keys] of observed.keysByAlias) {
    for (const k of keys) {
      const record = recordOf(k.metadata);
      if (!record || record.owner !== owner) continue;
      if (declaredAliases.has(alias) && keys.indexOf(k) === 0) continue;
      out.actions.push({
        kind: "key",
        op: "delete",
        name: alias,
        resource: record.resource,
        fields: [],
        phase: 5,
        steps: [
          {
            method: "POST",
            path: ROUTES.keyDelete,
            body: { keys: [k.token] },
            ...record.secret && !declaredAliases.has(alias) ? { deleteSecret: { namespace: state.proxy.namespace, name: record.secret } } : {}
          }
        ]
      });
    }
  }
  for (const [id, u] of observed.users) {
    const record = recordOf(u.metadata);
    if (record?.owner === owner && !declaredUsers.has(id)) {
      out.actions.push({ kind: "user", op: "delete", name: id, resource: record.resource, fields: [], phase: 7, steps: [{ method: "POST", path: ROUTES.userDelete, body: { user_ids: [id] } }] });
    }
  }
  for (const [id, t] of observed.teams) {
    const record = recordOf(t.metadata);
    if (record?.owner === owner && !declaredTeams.has(id)) {
      out.actions.push({ kind: "team", op: "delete", name: id, resource: record.resource, fields: [], phase: 8, steps: [{ method: "POST", path: ROUTES.teamDelete, body: { team_ids: [id] } }] });
    }
  }
  out.actions.sort((a, b) => a.phase - b.phase);
  return out;
}
function takenBy(kind, name, resource, what, metadata, owner, adopt, out) {
  const record = recordOf(metadata);
  if (record && record.owner !== owner) {
    out.errors.push({ kind, name, resource, message: `${what} belongs to another litellm-gitops owner (${record.owner}, ${record.resource}); it is never changed from here` });
    return "refuse";
  }
  if (adopt) return "adopt";
  const by = describeOwner(metadata);
  const hint = metadata?.["managed_by"] === OPERATOR_MANAGED_BY ? " (migrating from the operator: rerun with --adopt)" : "; rerun with --adopt to take it over";
  out.errors.push({ kind, name, resource, message: `${what} already exists and is ${by}${hint}` });
  return "refuse";
}
function planTeam(team, owner, observed, adopt, out) {
  const { metadata, team_member_permissions, ...rest } = team.params;
  const params = paramsOf({ ...rest, ...team_member_permissions ? { team_member_permissions } : {}, ...metadata ? { metadata } : {} });
  const fields = fieldHashes(params);
  const record = { owner, resource: team.resource, hash: requestHash(params), fields };
  const meta = withRecord(metadata, record);
  const current = observed.teams.get(team.team_id);
  const name = team.team_id;
  if (!current) {
    const body = pick({ ...params, team_id: team.team_id, metadata: meta, ...team.blocked ? { blocked: true } : {} }, TEAM_NEW_FIELDS, ROUTES.teamNew);
    out.actions.push({ kind: "team", op: "create", name, resource: team.resource, fields: Object.keys(fields).concat(team.blocked ? ["blocked"] : []).sort(), phase: 1, steps: [{ method: "POST", path: ROUTES.teamNew, body }] });
    return "planned";
  }
  let recorded = recordOf(current.metadata);
  let op = "update";
  if (!recorded || recorded.owner !== owner) {
    if (takenBy("team", name, team.resource, `team_id ${name} (alias ${String(current.team_alias ?? "none")})`, current.metadata, owner, adopt, out) === "refuse") return "refused";
    recorded = void 0;
    op = "adopt";
  }
  const { changed, removed } = changedFields(fields, recorded);
  const steps = [];
  if (changed.length > 0 || removed.length > 0 || recorded?.hash !== record.hash) {
    const body = { team_id: team.team_id };
    for (const f of changed) if (f !== "team_member_permissions" && f !== "metadata") body[f] = params[f];
    for (const f of removed) if (f !== "team_member_permissions" && f !== "metadata" && !IN_METADATA.has(f)) body[f] = clearValue(f);
    body["metadata"] = meta;
    for (const f of METADATA_FIELDS) if (params[f] !== void 0) body[f] = params[f];
    steps.push({ method: "POST", path: ROUTES.teamUpdate, body: pick(body, TEAM_UPDATE_FIELDS, ROUTES.teamUpdate) });
    if (changed.includes("team_member_permissions") || removed.includes("team_member_permissions")) {
      steps.push({ method: "POST", path: ROUTES.teamPermissionsUpdate, body: { team_id: team.team_id, team_member_permissions: team_member_permissions ?? [] } });
    }
  }
  const blockedNow = current.blocked === true;
  const fieldNames = [...changed, ...removed];
  if (blockedNow !== team.blocked) {
    steps.push({ method: "POST", path: team.blocked ? ROUTES.teamBlock : ROUTES.teamUnblock, body: { team_id: team.team_id } });
    fieldNames.push("blocked");
  }
  if (steps.length > 0) out.actions.push({ kind: "team", op, name, resource: team.resource, fields: fieldNames.sort(), phase: 1, steps });
  return "planned";
}
function membershipHash(m) {
  return requestHash({ role: m.role, max_budget_in_team: m.max_budget_in_team ?? null });
}
function planUser(user, memberships, owner, observed, adopt, out) {
  const { metadata, ...rest } = user.params;
  const params = paramsOf({ ...rest, ...metadata ? { metadata } : {} });
  const fields = fieldHashes(params);
  const desiredMemberships = Object.fromEntries(memberships.map((m) => [m.team_id, membershipHash(m)]).sort(([a], [b]) => a < b ? -1 : 1));
  const current = observed.users.get(user.user_id);
  const name = user.user_id;
  const record = { owner, resource: user.resource, hash: requestHash(params), fields, memberships: desiredMemberships };
  const meta = withRecord(metadata, record);
  if (!current) {
    const body2 = pick({ ...params, user_id: user.user_id, metadata: meta, auto_create_key: false }, USER_NEW_FIELDS, ROUTES.userNew);
    out.actions.push({ kind: "user", op: "create", name, resource: user.resource, fields: Object.keys(fields).sort(), phase: 2, steps: [{ method: "POST", path: ROUTES.userNew, body: body2 }] });
    for (const m of memberships) planMembership(m, void 0, observed, out);
    return;
  }
  let recorded = recordOf(current.metadata);
  let op = "update";
  if (!recorded || recorded.owner !== owner) {
    if (takenBy("user", name, user.resource, `user_id ${name} (${String(current.user_email ?? "no email")})`, current.metadata, owner, adopt, out) === "refuse") return;
    recorded = void 0;
    op = "adopt";
  }
  for (const m of memberships) planMembership(m, recorded, observed, out);
  for (const teamId of Object.keys(recorded?.memberships ?? {}).sort()) {
    if (desiredMemberships[teamId] !== void 0) continue;
    if (!isMember(observed, teamId, name)) continue;
    out.actions.push({
      kind: "membership",
      op: "delete",
      name: `${teamId}/${name}`,
      resource: user.resource,
      fields: [],
      phase: 3,
      steps: [{ method: "POST", path: ROUTES.memberDelete, body: { team_id: teamId, user_id: name } }]
    });
  }
  const { changed, removed } = changedFields(fields, recorded);
  const membershipsChanged = JSON.stringify(recorded?.memberships ?? {}) !== JSON.stringify(desiredMemberships);
  if (changed.length === 0 && removed.length === 0 && !membershipsChanged && recorded?.hash === record.hash) return;
  const body = { user_id: name };
  const ignored = [];
  for (const f of changed) {
    if (f === "metadata") continue;
    if (USER_UPDATE_FIELDS.includes(f)) body[f] = params[f];
    else ignored.push(f);
  }
  for (const f of removed) {
    if (f === "max_budget") body[f] = null;
    else if (f !== "metadata") ignored.push(f);
  }
  body["metadata"] = meta;
  if (ignored.length > 0) {
    out.warnings.push({ kind: "user", name, resource: user.resource, message: `LiteLLM's /user/update does not apply ${ignored.join(", ")} (it ignores empty values and metadata fields); recreate the user to change them` });
  }
  out.actions.push({ kind: "user", op, name, resource: user.resource, fields: [...changed, ...removed, ...membershipsChanged ? ["memberships"] : []].sort(), phase: 4, steps: [{ method: "POST", path: ROUTES.userUpdate, body: pick(body, USER_UPDATE_FIELDS, ROUTES.userUpdate) }] });
}
function isMember(observed, teamId, userId) {
  const team = observed.teams.get(teamId);
  if (team) return (team.members_with_roles ?? []).some((m) => m.user_id === userId);
  return (observed.users.get(userId)?.teams ?? []).includes(teamId);
}
function planMembership(m, recorded, observed, out) {
  const name = `${m.team_id}/${m.user_id}`;
  const team = observed.teams.get(m.team_id);
  const member = (team?.members_with_roles ?? []).find((x) => x.user_id === m.user_id);
  const budget = m.max_budget_in_team === void 0 ? {} : { max_budget_in_team: m.max_budget_in_team };
  if (!member) {
    out.actions.push({
      kind: "membership",
      op: "create",
      name,
      resource: m.resource,
      fields: ["role", ...Object.keys(budget)],
      phase: 3,
      steps: [{ method: "POST", path: ROUTES.memberAdd, body: { team_id: m.team_id, member: { user_id: m.user_id, role: m.role }, ...budget } }]
    });
    return;
  }
  const changed = [];
  if (member.role !== m.role) changed.push("role");
  if (recorded?.memberships?.[m.team_id] !== void 0 && recorded.memberships[m.team_id] !== membershipHash(m) && member.role === m.role) changed.push("max_budget_in_team");
  if (changed.length === 0) return;
  out.actions.push({
    kind: "membership",
    op: "update",
    name,
    resource: m.resource,
    fields: changed,
    phase: 3,
    steps: [{ method: "POST", path: ROUTES.memberUpdate, body: { team_id: m.team_id, user_id: m.user_id, role: m.role, max_budget_in_team: m.max_budget_in_team ?? null } }]
  });
}
function planKey(key, owner, namespace, observed, value, adopt, out) {
  const name = key.key_alias;
  if (!value || "problem" in value) {
    out.errors.push({ kind: "key", name, resource: key.resource, message: value && "problem" in value ? value.problem : "the key's value could not be read" });
    return;
  }
  const { metadata, ...rest } = key.params;
  const params = paramsOf({ ...rest, ...metadata ? { metadata } : {} });
  const fields = fieldHashes(params);
  const source = "env" in key.keySource ? "env" : "generate";
  const record = {
    owner,
    resource: key.resource,
    hash: requestHash(params),
    fields,
    source,
    ..."generate" in key.keySource ? { secret: key.keySource.generate.secretName } : {}
  };
  const meta = withRecord(metadata, record);
  const current = observed.keysByAlias.get(name)?.[0];
  const generate = () => {
    const body = pick({ ...params, key_alias: name, metadata: meta, ...key.blocked ? { blocked: true } : {} }, KEY_GENERATE_FIELDS, ROUTES.keyGenerate);
    if ("env" in key.keySource) return { method: "POST", path: ROUTES.keyGenerate, body, keyFromEnv: key.keySource.env };
    return { method: "POST", path: ROUTES.keyGenerate, body, writeSecret: { namespace, name: key.keySource.generate.secretName, alias: name } };
  };
  const createFields = Object.keys(fields).concat(key.blocked ? ["blocked"] : []).sort();
  if ("token" in value) {
    const other = observed.keysByToken.get(value.token);
    if (other && other.key_alias !== name) {
      const secret = "env" in key.keySource ? `Secret ${key.keySource.secret.name} (key ${key.keySource.secret.key})` : "its Secret";
      out.errors.push({ kind: "key", name, resource: key.resource, message: `the value in ${secret} is already the key ${other.key_alias ? `with alias ${other.key_alias}` : "without an alias"}; a key value can serve one alias only` });
      return;
    }
  }
  if (!current) {
    out.actions.push({ kind: "key", op: "create", name, resource: key.resource, fields: createFields, phase: 6, steps: [generate()] });
    return;
  }
  let recorded = recordOf(current.metadata);
  let op = "update";
  if (!recorded || recorded.owner !== owner) {
    if (takenBy("key", name, key.resource, `key_alias ${name}`, current.metadata, owner, adopt, out) === "refuse") return;
    recorded = void 0;
    op = "adopt";
  }
  const valueChanged = "missing" in value || value.token !== current.token;
  if (valueChanged) {
    out.actions.push({
      kind: "key",
      op: "rotate",
      name,
      resource: key.resource,
      fields: ["missing" in value ? "key (Secret missing)" : "key", ...createFields],
      phase: 6,
      steps: [{ method: "POST", path: ROUTES.keyDelete, body: { keys: [current.token] } }, generate()]
    });
    return;
  }
  const { changed, removed } = changedFields(fields, recorded);
  const steps = [];
  if (changed.length > 0 || removed.length > 0 || recorded?.hash !== record.hash) {
    const body = { key: current.token };
    const ignored = [];
    for (const f of changed) {
      if (f === "metadata") continue;
      if (f === "soft_budget") ignored.push(f);
      else body[f] = params[f];
    }
    for (const f of removed) {
      if (f === "metadata" || IN_METADATA.has(f)) continue;
      if (f === "soft_budget") ignored.push(f);
      else body[f] = clearValue(f);
    }
    body["metadata"] = meta;
    for (const f of METADATA_FIELDS) if (params[f] !== void 0) body[f] = params[f];
    if (ignored.length > 0) {
      out.warnings.push({ kind: "key", name, resource: key.resource, message: `LiteLLM's /key/update does not apply ${ignored.join(", ")}; it takes effect when the key is re-created` });
    }
    steps.push({ method: "POST", path: ROUTES.keyUpdate, body: pick(body, KEY_UPDATE_FIELDS, ROUTES.keyUpdate) });
  }
  const fieldNames = [...changed, ...removed];
  if (current.blocked === true !== key.blocked) {
    steps.push({ method: "POST", path: key.blocked ? ROUTES.keyBlock : ROUTES.keyUnblock, body: { key: current.token } });
    fieldNames.push("blocked");
  }
  if (steps.length > 0) out.actions.push({ kind: "key", op, name, resource: key.resource, fields: fieldNames.sort(), phase: 6, steps });
}

// src/sync/report.ts
function rows(r) {
  const status = new Map(r.outcomes.map((o) => [o.action, o]));
  return r.plan.actions.map((a) => {
    const o = status.get(a);
    return {
      kind: a.kind,
      op: a.op,
      name: a.name,
      ...a.resource ? { resource: a.resource } : {},
      fields: a.fields,
      status: o ? o.status : "planned",
      ...o?.endpoint ? { endpoint: o.endpoint } : {},
      ...o?.message ? { message: o.message } : {}
    };
  });
}
function counts(list) {
  const c = { create: 0, update: 0, delete: 0, failed: 0 };
  for (const row of list) {
    if (row.op === "create") c.create++;
    else if (row.op === "delete") c.delete++;
    else c.update++;
    if (row.status === "failed") c.failed++;
  }
  return c;
}
function report(r, format) {
  const list = rows(r);
  const summary = { ...counts(list), errors: r.plan.errors.length, warnings: r.plan.warnings.length };
  if (format === "json") {
    return JSON.stringify(
      {
        url: r.url,
        owner: r.owner,
        dryRun: r.dryRun,
        ready: r.ready,
        ...r.readyDetail ? { readyDetail: r.readyDetail } : {},
        ...r.readError ? { readError: r.readError } : {},
        actions: list,
        errors: r.plan.errors,
        warnings: r.plan.warnings,
        summary
      },
      null,
      2
    ) + "\n";
  }
  const out = [`sync ${r.url} (owner ${r.owner})${r.dryRun ? ": dry run, nothing is sent" : ""}`];
  if (!r.ready) {
    out.push(`error: the proxy did not become ready within ${r.waitSeconds ?? 0}s (GET /health/readiness: ${r.readyDetail ?? "no answer"})`);
    return out.join("\n") + "\n";
  }
  if (r.readError) {
    out.push(`error: cannot list the proxy's teams, users and keys: ${r.readError}`);
    return out.join("\n") + "\n";
  }
  const width = (f) => Math.max(0, ...list.map((x) => f(x).length));
  const wOp = width((x) => x.op);
  const wKind = width((x) => x.kind);
  const wName = width((x) => x.name);
  for (const row of list) {
    const verb2 = r.dryRun ? row.op : row.status === "failed" ? "FAILED" : row.op;
    const head = `  ${verb2.padEnd(Math.max(wOp, 6))}  ${row.kind.padEnd(wKind)}  ${row.name.padEnd(wName)}`;
    const resource = row.resource ? `  (${row.resource})` : "";
    const fields = row.fields.length > 0 ? `: ${row.fields.join(", ")}` : "";
    out.push(`${head}${resource}${fields}`);
    if (row.status === "failed") out.push(`      ${row.op} refused: ${row.endpoint ?? ""}: ${row.message ?? ""}`);
  }
  for (const e of r.plan.errors) out.push(`error: ${line(e)}`);
  for (const w of r.plan.warnings) out.push(`warning: ${line(w)}`);
  const total = list.length;
  const verb = r.dryRun ? "plan" : "applied";
  out.push(
    total === 0 && r.plan.errors.length === 0 ? "nothing to do: LiteLLM already holds the declared state" : `${verb}: ${summary.create} to create, ${summary.update} to update, ${summary.delete} to delete` + (r.dryRun ? "" : `, ${summary.failed} refused`) + (summary.errors > 0 ? `, ${summary.errors} not applied (errors above)` : "")
  );
  return out.join("\n") + "\n";
}
function line(p) {
  return `${p.kind} ${p.name}${p.resource ? ` (${p.resource})` : ""}: ${p.message}`;
}

// src/sync/wait.ts
var defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function waitUntilReady(client, seconds, sleep = defaultSleep) {
  const deadline = Date.now() + seconds * 1e3;
  let delay = 1e3;
  let waited = 0;
  for (let tries = 1; ; tries++) {
    const { ready, detail } = await client.ready();
    if (ready) return { ready, detail, tries };
    const left = Math.min(deadline - Date.now(), seconds * 1e3 - waited);
    if (left <= 0) return { ready: false, detail, tries };
    const pause = Math.min(delay, left);
    await sleep(pause);
    waited += pause;
    delay = Math.min(delay * 2, 1e4);
  }
}

// src/sync/run.ts
var SYNC_USAGE = `Usage: litellm-gitops sync FILE [options]

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
var Usage = class extends Error {
};
var OPTIONS = {
  url: { type: "string" },
  wait: { type: "string", default: "300" },
  "dry-run": { type: "boolean", default: false },
  adopt: { type: "boolean", default: false },
  format: { type: "string", default: "text" },
  help: { type: "boolean", short: "h", default: false },
  debug: { type: "boolean", default: false }
};
async function runSync(argv, io) {
  const secrets = [];
  const err = (text) => io.stderr.write(text);
  try {
    return await sync(argv, io, secrets);
  } catch (error) {
    if (error instanceof Usage) {
      err(`litellm-gitops sync: ${error.message}
Run "litellm-gitops sync --help" for usage.
`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    err(`litellm-gitops sync: internal error: ${redactWith(message, secrets)}
`);
    if (argv.includes("--debug") && error instanceof Error && error.stack) err(redactWith(error.stack, secrets) + "\n");
    else err("Run again with --debug for details, and report it with the access.json that caused it.\n");
    return 2;
  }
}
async function sync(argv, io, secrets) {
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
  const state = readState(path2.resolve(io.cwd, positionals[0]));
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
  const base = { url: redactWith(url, secrets), owner: state.proxy.owner, dryRun };
  const print = (r) => io.stdout.write(redactWith(report(r, format), secrets));
  const client = new LiteLLMClient(url, masterKey);
  const readiness = await waitUntilReady(client, waitSeconds, io.sleep);
  if (!readiness.ready) {
    print({ ...base, ready: false, readyDetail: readiness.detail, waitSeconds, plan: { actions: [], errors: [], warnings: [] }, outcomes: [] });
    return 1;
  }
  let k8s;
  let k8sProblem;
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
  const keyValues = /* @__PURE__ */ new Map();
  for (const key of state.keys) {
    if ("env" in key.keySource) {
      const value = io.env[key.keySource.env];
      keyValues.set(
        key.key_alias,
        value ? { token: keyToken(value) } : { problem: `the environment variable ${key.keySource.env} is not set; the Job sets it from Secret ${key.keySource.secret.name} (key ${key.keySource.secret.key})` }
      );
      continue;
    }
    const { secretName } = key.keySource.generate;
    if (!k8s) {
      keyValues.set(key.key_alias, {
        problem: k8sProblem ? `LiteLLM would generate this key, but its value cannot be stored in Secret ${secretName}: ${k8sProblem}` : `LiteLLM would generate this key, and its value must go to Secret ${secretName}, but there is no Kubernetes API (KUBERNETES_SERVICE_HOST is not set): run the sync as the emitted Job, or give the VirtualKey a keySecretRef`
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
  let outcomes = [];
  if (!dryRun) {
    const early = thePlan.actions.filter((a) => a.phase <= LAST_MEMBERSHIP_PHASE);
    outcomes = await apply(early, client, k8s, io.env);
    let late = thePlan.actions.filter((a) => a.phase > LAST_MEMBERSHIP_PHASE);
    if (early.some((a) => a.kind === "membership" && a.op === "delete")) {
      const fresh = plan({ state, observed: await observe(client), keyValues, adopt: values.adopt });
      late = fresh.actions.filter((a) => a.phase > LAST_MEMBERSHIP_PHASE);
      const isKey = (p) => p.kind === "key";
      thePlan = {
        actions: [...early, ...late],
        errors: [...thePlan.errors.filter((e) => !isKey(e)), ...fresh.errors.filter(isKey)],
        warnings: [...thePlan.warnings.filter((w) => !isKey(w)), ...fresh.warnings.filter(isKey)]
      };
    }
    outcomes.push(...await apply(late, client, k8s, io.env));
  }
  print({ ...base, ready: true, plan: thePlan, outcomes });
  const failed = outcomes.some((o) => o.status === "failed");
  return thePlan.errors.length > 0 || failed ? 1 : 0;
}
function readState(file) {
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch (error) {
    throw new Usage(`cannot read ${file}: ${error.code ?? String(error)}`);
  }
  let state;
  try {
    state = JSON.parse(text);
  } catch (error) {
    throw new Usage(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const s = state;
  if (!s || s.apiVersion !== ACCESS_STATE_API_VERSION || s.kind !== ACCESS_STATE_KIND) {
    throw new Usage(`${file} is not an access.json (apiVersion ${ACCESS_STATE_API_VERSION}, kind ${ACCESS_STATE_KIND}); build writes one per proxy`);
  }
  const proxy = s.proxy;
  if (!proxy || typeof proxy.owner !== "string" || typeof proxy.namespace !== "string") throw new Usage(`${file}: proxy.owner and proxy.namespace are required`);
  for (const list of ["teams", "users", "memberships", "keys"]) {
    if (!Array.isArray(s[list])) throw new Usage(`${file}: "${list}" must be a list`);
  }
  const str = (v) => typeof v === "string" && v !== "";
  const obj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  const check = (list, ok, what) => s[list].forEach((e, i) => {
    if (!obj(e) || !ok(e)) throw new Usage(`${file}: ${list}[${i}] needs ${what}`);
  });
  check("teams", (e) => str(e["team_id"]) && str(e["resource"]) && typeof e["blocked"] === "boolean" && obj(e["params"]) && str(e["params"]["team_alias"]), "resource, team_id, blocked and params.team_alias");
  check("users", (e) => str(e["user_id"]) && str(e["resource"]) && obj(e["params"]), "resource, user_id and params");
  check("memberships", (e) => str(e["team_id"]) && str(e["user_id"]) && str(e["resource"]) && (e["role"] === "admin" || e["role"] === "user"), "resource, team_id, user_id and a role (admin or user)");
  check(
    "keys",
    (e) => {
      const source = e["keySource"];
      const validSource = obj(source) && (str(source["env"]) || obj(source["generate"]) && str(source["generate"]["secretName"]));
      return str(e["key_alias"]) && str(e["resource"]) && typeof e["blocked"] === "boolean" && obj(e["params"]) && validSource;
    },
    "resource, key_alias, blocked, params and a keySource (env, or generate.secretName)"
  );
  return s;
}
function redactWith(text, secrets) {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) if (s.length >= 4) out = out.split(s).join("****");
  return out.replace(/\bsk-[A-Za-z0-9_.\-]+/g, "sk-****");
}

// src/cli/commands/sync.ts
var usage = SYNC_USAGE;
function run(argv, io) {
  return runSync(argv, io);
}
export {
  run,
  usage
};
