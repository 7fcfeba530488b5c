/**
 * A fake of LiteLLM's management API for the endpoints the sync uses, behaving as LiteLLM does:
 * status codes, error bodies and messages, partial-merge updates, `token` = sha256 of the key,
 * auth with the master key. Each behaviour names the LiteLLM function it copies, in
 * BerriAI/litellm (index commits read for this: _types.py 00025c84; team_endpoints.py,
 * key_management_endpoints.py and internal_user_endpoints.py as stored in the index):
 *   litellm/proxy/_types.py                                   request models, ProxyException
 *   litellm/proxy/utils.py                                    handle_exception_on_proxy, _premium_user_check
 *   litellm/proxy/auth/user_api_key_auth.py                   user_api_key_auth
 *   litellm/proxy/management_endpoints/team_endpoints.py      new_team, update_team, delete_team, team_info,
 *                                                             list_team_v2, block_team, unblock_team,
 *                                                             team_member_add, team_member_update,
 *                                                             team_member_delete, update_team_member_permissions
 *   litellm/proxy/management_endpoints/internal_user_endpoints.py  new_user, user_info, get_users,
 *                                                             user_update (_update_single_user_helper,
 *                                                             _update_internal_user_params), delete_user
 *   litellm/proxy/management_endpoints/key_management_endpoints.py generate_key_fn, update_key_fn
 *                                                             (prepare_key_update_data, prepare_metadata_fields,
 *                                                             validate_key_team_change),
 *                                                             delete_key_fn, info_key_fn, list_keys, block_key,
 *                                                             unblock_key, _enforce_unique_key_alias
 *   litellm/proxy/health_endpoints/_health_endpoints.py       health_readiness
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Row = Record<string, unknown>;
type Member = { user_id: string | null; user_email: string | null; role: "admin" | "user" };

/** CommonProxyErrors.not_premium_user (_types.py). */
export const NOT_PREMIUM =
  "You must be a LiteLLM Enterprise user to use this feature. If you have a license please set `LITELLM_LICENSE` in your env. Get a 7 day trial key here: https://www.litellm.ai/#trial. Pricing: https://www.litellm.ai/#pricing";
/** litellm_proxy_admin_name: the user_id of the master key (proxy_server.py). */
export const CALLER = "default_user_id";

const TEAM_NEW = ["team_alias", "team_id", "organization_id", "admins", "members", "members_with_roles", "team_member_permissions", "metadata", "tpm_limit", "rpm_limit", "max_budget", "soft_budget", "budget_duration", "models", "blocked", "router_settings", "access_group_ids", "model_aliases", "tags", "guardrails", "policies", "prompts", "object_permission", "allowed_passthrough_routes", "secret_manager_settings", "model_rpm_limit", "rpm_limit_type", "tpm_limit_type", "model_tpm_limit", "team_member_budget", "team_member_rpm_limit", "team_member_tpm_limit", "team_member_key_duration", "team_member_budget_duration", "allowed_vector_store_indexes"];
const TEAM_UPDATE = ["team_id", "team_alias", "organization_id", "metadata", "tpm_limit", "rpm_limit", "max_budget", "soft_budget", "models", "blocked", "budget_duration", "tags", "model_aliases", "guardrails", "policies", "object_permission", "team_member_budget", "team_member_budget_duration", "team_member_rpm_limit", "team_member_tpm_limit", "team_member_key_duration", "allowed_passthrough_routes", "secret_manager_settings", "prompts", "model_rpm_limit", "model_tpm_limit", "allowed_vector_store_indexes", "router_settings", "access_group_ids"];
const GENERATE_BASE = ["key_alias", "duration", "models", "spend", "max_budget", "user_id", "team_id", "agent_id", "max_parallel_requests", "metadata", "tpm_limit", "rpm_limit", "budget_duration", "allowed_cache_controls", "config", "permissions", "model_max_budget", "model_rpm_limit", "model_tpm_limit", "guardrails", "policies", "prompts", "blocked", "aliases", "object_permission"];
const KEY_BASE = [...GENERATE_BASE, "key", "budget_id", "tags", "enforced_params", "allowed_routes", "allowed_passthrough_routes", "allowed_vector_store_indexes", "rpm_limit_type", "tpm_limit_type", "router_settings", "access_group_ids"];
const KEY_GENERATE = [...KEY_BASE, "soft_budget", "send_invite_email", "key_type", "auto_rotate", "rotation_interval", "organization_id", "project_id"];
// UpdateKeyRequest: no soft_budget, no key_type (so /key/update never applies them).
const KEY_UPDATE = [...KEY_BASE, "temp_budget_increase", "temp_budget_expiry", "auto_rotate", "rotation_interval", "organization_id"];
const USER_NEW = [...GENERATE_BASE, "user_email", "user_alias", "user_role", "teams", "auto_create_key", "send_invite_email", "sso_user_id", "organizations", "password"];
// UpdateUserRequest: GenerateRequestBase + password, spend, metadata, user_alias, user_role, max_budget, user_id, user_email. No teams.
const USER_UPDATE = [...GENERATE_BASE, "password", "user_alias", "user_role", "user_email"];
/** LiteLLM_ManagementEndpoint_MetadataFields and _Premium (_types.py). */
const METADATA_FIELDS = ["model_rpm_limit", "model_tpm_limit", "guardrails", "tags", "enforced_params", "temp_budget_increase", "temp_budget_expiry"];
const PREMIUM_FIELDS = ["guardrails", "tags"];
const USER_ROLES = ["proxy_admin", "proxy_admin_viewer", "internal_user", "internal_user_viewer"];

export interface FakeOptions {
  masterKey: string;
  /** LITELLM_LICENSE set: enterprise features allowed. */
  premium?: boolean;
  /** health_readiness answers "db": "Not connected" to this many calls first. */
  notReadyFor?: number;
  /**
   * Removing a member also deletes that user's keys in the team. The issue reports this of
   * LiteLLM; the team_member_delete read for this fake does not do it, so it is off by default
   * and a test turns it on to show the sync converges either way.
   */
  memberDeleteDeletesKeys?: boolean;
}

/** A test's hook: return true to leave the request unanswered (a proxy that hangs while the sync is killed). */
export type Stall = (method: string, path: string, mutationsSoFar: number) => boolean;

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

/** handle_exception_on_proxy: an HTTPException becomes ProxyException(message=detail as is, type internal_server_error). */
function httpException(status: number, detail: unknown, type = "internal_server_error", param: unknown = "None"): HttpError {
  return new HttpError(status, { error: { message: detail, type, param, code: String(status) } });
}
/**
 * validate_key_team_change (key_management_endpoints.py), for the master key (a proxy admin):
 * the team must be able to call each of the key's current models (can_team_access_model →
 * _can_object_call_model, litellm/proxy/auth/auth_checks.py: an empty list or
 * `all-proxy-models` allows all, else the name or a matching wildcard; access groups need the
 * router, which this fake does not have), the key's user must be a member, and its tpm/rpm
 * limits within the team's (the rpm check sits inside the tpm one, as in LiteLLM).
 */
function validateKeyTeamChange(key: Row, team: Row): void {
  const teamModels = (team["models"] as string[] | undefined) ?? [];
  for (const model of (key["models"] as string[] | undefined) ?? []) {
    const allowed =
      teamModels.length === 0 ||
      teamModels.includes("all-proxy-models") ||
      teamModels.includes(model) ||
      teamModels.some((m) => m.includes("*") && new RegExp("^" + m.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$").test(model));
    // ProxyException(type=team_model_access_denied, param="model", code=401); repr of the Python list.
    if (!allowed) {
      throw new HttpError(401, {
        error: { message: `team not allowed to access model. This team can only access models=[${teamModels.map((m) => `'${m}'`).join(", ")}]. Tried to access ${model}`, type: "team_model_access_denied", param: "model", code: "401" },
      });
    }
  }
  const userId = key["user_id"];
  const members = (team["members_with_roles"] as Member[] | undefined) ?? [];
  if (typeof userId === "string" && !members.some((m) => m.user_id === userId)) {
    throw httpException(403, `User=${userId} is not a member of the team=${String(team["team_id"])}. Check team members via \`/team/info\`.`);
  }
  const tpm = key["tpm_limit"] as number | null | undefined;
  const rpm = key["rpm_limit"] as number | null | undefined;
  if (tpm !== null && tpm !== undefined) {
    const teamTpm = team["tpm_limit"] as number | null | undefined;
    const teamRpm = team["rpm_limit"] as number | null | undefined;
    if (teamTpm && tpm > teamTpm) throw httpException(403, `Key=${String(key["token"])} has a tpm_limit=${tpm} which is greater than the team's tpm_limit=${teamTpm}.`);
    if (teamRpm && rpm && rpm > teamRpm) throw httpException(403, `Key=${String(key["token"])} has a rpm_limit=${rpm} which is greater than the team's rpm_limit=${teamRpm}.`);
  }
}

/** FastAPI's own 422 for a body pydantic rejects. */
function validation(msg: string, loc: string[]): HttpError {
  return new HttpError(422, { detail: [{ type: "value_error", loc, msg, input: null }] });
}

export const hashToken = (key: string) => createHash("sha256").update(key, "utf8").digest("hex");
/** _hash_token_if_needed (proxy/utils.py): a value starting with "sk-" is a key, anything else already a hash. */
const tokenOf = (keyOrHash: string) => (keyOrHash.startsWith("sk-") ? hashToken(keyOrHash) : keyOrHash);
const now = () => new Date().toISOString();
const pick = (body: Row, fields: string[]): Row => Object.fromEntries(Object.entries(body).filter(([k]) => fields.includes(k)));

export class FakeLiteLLM {
  readonly teams = new Map<string, Row>();
  readonly users = new Map<string, Row>();
  /** By token (sha256 of the key). */
  readonly keys = new Map<string, Row>();
  /** LiteLLM_TeamMembership, by `${team_id}/${user_id}`. */
  readonly memberships = new Map<string, { team_id: string; user_id: string; max_budget_in_team: number | null }>();
  readonly log: LoggedRequest[] = [];
  premium: boolean;
  notReadyFor: number;
  stall?: Stall;
  private server?: Server;
  url = "";

  constructor(private readonly options: FakeOptions) {
    this.premium = options.premium ?? false;
    this.notReadyFor = options.notReadyFor ?? 0;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Requests that change something (POST), for "a second run sends nothing" assertions. */
  mutating(): LoggedRequest[] {
    return this.log.filter((r) => r.method === "POST");
  }

  // ---- helpers a test uses to set up foreign objects ----
  seedTeam(row: Row): void {
    this.teams.set(String(row["team_id"]), { members_with_roles: [], models: [], blocked: false, metadata: {}, spend: 0, created_at: now(), ...row });
  }
  seedUser(row: Row): void {
    this.users.set(String(row["user_id"]), { teams: [], models: [], metadata: {}, spend: 0, created_at: now(), ...row });
  }
  seedKey(key: string, row: Row): void {
    this.keys.set(hashToken(key), { token: hashToken(key), key_name: `sk-...${key.slice(-4)}`, models: [], metadata: {}, blocked: null, spend: 0, created_at: now(), ...row });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    if (this.stall?.(req.method ?? "GET", url.pathname, this.mutating().length)) return;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: unknown = undefined;
    let status = 200;
    let answer: unknown;
    try {
      if (raw !== "") {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new HttpError(422, { detail: [{ type: "json_invalid", loc: ["body", 0], msg: "JSON decode error" }] });
        }
      }
      answer = this.route(req.method ?? "GET", url.pathname, Object.fromEntries(url.searchParams), (body ?? {}) as Row, req.headers);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      status = error.status;
      answer = error.body;
    }
    this.log.push({ method: req.method ?? "GET", path: url.pathname, query: Object.fromEntries(url.searchParams), body, status });
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(answer));
  }

  /** user_api_key_auth: the master key as `Authorization: Bearer` (or x-litellm-api-key). */
  private auth(headers: IncomingMessage["headers"]): void {
    const header = headers["authorization"] ?? headers["x-litellm-api-key"];
    const value = typeof header === "string" ? header.replace(/^Bearer\s+/i, "") : "";
    if (value === "") throw httpException(401, "Authentication Error, No api key passed in.", "auth_error");
    if (value !== this.options.masterKey) {
      throw httpException(
        401,
        `Authentication Error, Invalid proxy server token passed. Received API Key = sk-...${value.slice(-4)}, Key Hash (Token) =${hashToken(value)}. Unable to find token in cache or \`LiteLLM_VerificationTokenTable\``,
        "auth_error",
      );
    }
  }

  private route(method: string, path: string, query: Record<string, string>, body: Row, headers: IncomingMessage["headers"]): unknown {
    if (method === "GET" && path === "/health/readiness") {
      // health_readiness: 200 whatever the database; "db": "Not connected" without one.
      if (this.notReadyFor > 0) {
        this.notReadyFor--;
        return { status: "healthy", db: "Not connected", cache: null, litellm_version: "1.85.1" };
      }
      return { status: "healthy", db: "connected", cache: null, litellm_version: "1.85.1", success_callbacks: [] };
    }
    this.auth(headers);
    const handlers: Record<string, () => unknown> = {
      "POST /team/new": () => this.teamNew(body),
      "POST /team/update": () => this.teamUpdate(body),
      "POST /team/delete": () => this.teamDelete(body),
      "GET /team/info": () => this.teamInfo(query),
      "GET /v2/team/list": () => this.page(this.teamFilter(query), query, "page_size", (items, total, page, size) => ({ teams: items, total, page, page_size: size, total_pages: Math.ceil(total / size) })),
      "POST /team/block": () => this.teamBlock(body, true),
      "POST /team/unblock": () => this.teamBlock(body, false),
      "POST /team/permissions_update": () => this.teamPermissions(body),
      "POST /team/member_add": () => this.memberAdd(body),
      "POST /team/member_update": () => this.memberUpdate(body),
      "POST /team/member_delete": () => this.memberDelete(body),
      "POST /user/new": () => this.userNew(body),
      "POST /user/update": () => this.userUpdate(body),
      "POST /user/delete": () => this.userDelete(body),
      "GET /user/info": () => this.userInfo(query),
      "GET /user/list": () => this.page([...this.users.values()], query, "page_size", (items, total, page, size) => ({ users: items, total, page, page_size: size, total_pages: Math.ceil(total / size) })),
      "POST /key/generate": () => this.keyGenerate(body),
      "POST /key/update": () => this.keyUpdate(body),
      "POST /key/delete": () => this.keyDelete(body),
      "GET /key/info": () => this.keyInfo(query),
      "GET /key/list": () => this.keyList(query),
      "POST /key/block": () => this.keyBlock(body, true),
      "POST /key/unblock": () => this.keyBlock(body, false),
    };
    const handler = handlers[`${method} ${path}`];
    if (!handler) throw new HttpError(404, { detail: "Not Found" });
    return handler();
  }

  /** Pagination as list_team_v2 / get_users / list_keys: page ≥ 1, size ≤ 100 (FastAPI Query le=100 → 422), newest first. */
  private page(all: Row[], query: Record<string, string>, sizeParam: string, shape: (items: Row[], total: number, page: number, size: number) => unknown): unknown {
    const page = Number(query["page"] ?? 1);
    const size = Number(query[sizeParam] ?? 10);
    if (!(page >= 1)) throw validation("Input should be greater than or equal to 1", ["query", "page"]);
    if (!(size >= 1 && size <= 100)) throw validation("Input should be less than or equal to 100", ["query", sizeParam]);
    const sorted = [...all].sort((a, b) => String(b["created_at"]).localeCompare(String(a["created_at"])));
    return shape(sorted.slice((page - 1) * size, page * size), sorted.length, page, size);
  }

  /** _premium_user_check(feature) via _set_object_metadata_field / _update_metadata_field: 403 for a truthy value. */
  private premiumCheck(data: Row): void {
    if (this.premium) return;
    for (const f of PREMIUM_FIELDS) {
      const v = data[f];
      if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) {
        throw httpException(403, { error: `This feature is only available for LiteLLM Enterprise users: ${f}. ${NOT_PREMIUM}` });
      }
    }
  }

  /** The master key's own user row, created on first use (add_new_member upserts it). */
  private upsertUser(userId: string, email: string | null = null): Row {
    let user = this.users.get(userId);
    if (!user) {
      user = { user_id: userId, user_email: email, user_role: null, teams: [], models: [], metadata: {}, spend: 0, max_budget: null, created_at: now() };
      this.users.set(userId, user);
    }
    return user;
  }

  /** team_member_add's add_new_member: the user row (created when missing), its teams, the membership budget. */
  private addMember(teamId: string, member: Member, maxBudgetInTeam: number | null): void {
    const user = this.upsertUser(member.user_id!, member.user_email);
    const teams = user["teams"] as string[];
    if (!teams.includes(teamId)) teams.push(teamId);
    if (maxBudgetInTeam !== null && maxBudgetInTeam !== undefined) this.memberships.set(`${teamId}/${member.user_id}`, { team_id: teamId, user_id: member.user_id!, max_budget_in_team: maxBudgetInTeam });
  }

  // ---------------- teams ----------------

  private teamNew(input: Row): unknown {
    const data = pick(input, TEAM_NEW);
    if (data["team_id"] === undefined || data["team_id"] === null) data["team_id"] = randomUUID();
    const teamId = String(data["team_id"]);
    // new_team: "Team id = X already exists. Please use a different team id." (400)
    if (this.teams.has(teamId)) throw httpException(400, { error: `Team id = ${teamId} already exists. Please use a different team id.` });
    this.premiumCheck(data);
    const members: Member[] = ((data["members_with_roles"] as Member[] | undefined) ?? []).map((m) => ({ user_id: m.user_id ?? null, user_email: m.user_email ?? null, role: m.role }));
    // new_team: the caller (user_api_key_dict.user_id) is appended as an admin member.
    if (!members.some((m) => m.user_id === CALLER)) members.push({ user_id: CALLER, user_email: null, role: "admin" });
    const metadata: Row = { ...((data["metadata"] as Row | null | undefined) ?? {}) };
    for (const f of METADATA_FIELDS) if (data[f] !== undefined && data[f] !== null) metadata[f] = data[f];
    const row: Row = {
      team_id: teamId,
      team_alias: data["team_alias"] ?? null,
      organization_id: data["organization_id"] ?? null,
      admins: [],
      members: [],
      members_with_roles: members,
      team_member_permissions: data["team_member_permissions"] ?? null,
      metadata,
      tpm_limit: data["tpm_limit"] ?? null,
      rpm_limit: data["rpm_limit"] ?? null,
      max_budget: data["max_budget"] ?? null,
      soft_budget: data["soft_budget"] ?? null,
      budget_duration: data["budget_duration"] ?? null,
      models: data["models"] ?? [],
      blocked: data["blocked"] ?? false,
      spend: 0,
      model_aliases: data["model_aliases"] ?? null,
      created_at: now(),
      updated_at: now(),
    };
    this.teams.set(teamId, row);
    for (const m of members) if (m.user_id) this.addMember(teamId, m, null);
    return row;
  }

  private teamUpdate(input: Row): unknown {
    if (typeof input["team_id"] !== "string") throw validation("Field required", ["body", "team_id"]);
    const teamId = input["team_id"];
    const row = this.teams.get(teamId);
    if (!row) throw httpException(404, { error: `Team not found, passed team_id=${teamId}` });
    // UpdateTeamRequest has neither members_with_roles nor team_member_permissions: dropped.
    const updated: Row = pick(input, TEAM_UPDATE);
    // _update_metadata_field: a premium field needs a licence when truthy; each folded field moves
    // into updated_kv["metadata"], which is created as {field: value} when metadata was not sent.
    this.premiumCheck(updated);
    for (const f of METADATA_FIELDS) {
      if (updated[f] !== undefined && updated[f] !== null) {
        const v = updated[f];
        delete updated[f];
        updated["metadata"] = updated["metadata"] ? { ...(updated["metadata"] as Row), [f]: v } : { [f]: v };
      } else delete updated[f];
    }
    // update_team: data.json(exclude_unset=True) — a field sent as null is written as null.
    for (const [k, v] of Object.entries(updated)) if (k !== "team_id") row[k] = k === "organization_id" && v === "" ? null : v;
    row["updated_at"] = now();
    return { team_id: teamId, data: row };
  }

  private teamDelete(input: Row): unknown {
    const ids = input["team_ids"];
    if (!Array.isArray(ids)) throw validation("Field required", ["body", "team_ids"]);
    for (const id of ids) if (!this.teams.has(String(id))) throw httpException(404, { error: `Team not found, passed team_id=${String(id)}` });
    for (const id of ids.map(String)) {
      // delete_team: the team's keys go first, then every member (team_member_delete), then the team.
      for (const [token, key] of this.keys) if (key["team_id"] === id) this.keys.delete(token);
      for (const m of (this.teams.get(id)!["members_with_roles"] as Member[]) ?? []) this.removeMember(id, m.user_id);
      this.teams.delete(id);
    }
    return { deleted_teams: ids.length };
  }

  private teamInfo(query: Record<string, string>): unknown {
    const id = query["team_id"];
    // team_info: HTTPException re-raised as ProxyException(type auth_error) with detail {"message": ...}.
    if (id === undefined) throw httpException(422, { message: "Malformed request. No team id passed in." }, "auth_error");
    const row = this.teams.get(id);
    if (!row) throw httpException(404, { message: `Team not found, passed team id: ${id}.` }, "auth_error");
    const keys = [...this.keys.values()].filter((k) => k["team_id"] === id).map(({ token: _t, ...k }) => k);
    const team_memberships = [...this.memberships.values()].filter((m) => m.team_id === id).map((m) => ({ team_id: m.team_id, user_id: m.user_id, litellm_budget_table: { max_budget: m.max_budget_in_team } }));
    return { team_id: id, team_info: row, keys, team_memberships };
  }

  /** list_team_v2: team_id and organization_id exact; team_alias `contains`, case-insensitive ("Supports partial matching"). */
  private teamFilter(query: Record<string, string>): Row[] {
    return [...this.teams.values()].filter(
      (t) =>
        (query["team_id"] === undefined || t["team_id"] === query["team_id"]) &&
        (query["organization_id"] === undefined || t["organization_id"] === query["organization_id"]) &&
        (query["team_alias"] === undefined || String(t["team_alias"] ?? "").toLowerCase().includes(query["team_alias"].toLowerCase())),
    );
  }

  private teamBlock(input: Row, blocked: boolean): unknown {
    const row = this.teams.get(String(input["team_id"]));
    if (!row) throw httpException(404, { error: `Team not found, passed team_id=${String(input["team_id"])}` });
    row["blocked"] = blocked;
    return row;
  }

  private teamPermissions(input: Row): unknown {
    const row = this.teams.get(String(input["team_id"]));
    if (!row) throw httpException(404, { error: `Team not found for team_id=${String(input["team_id"])}` });
    row["team_member_permissions"] = input["team_member_permissions"] ?? [];
    return row;
  }

  private memberAdd(input: Row): unknown {
    const teamId = input["team_id"];
    if (typeof teamId !== "string") throw httpException(400, { error: "No team id passed in" });
    const raw = input["member"];
    if (raw === undefined || raw === null) throw httpException(400, { error: "No member/members passed in" });
    const list = (Array.isArray(raw) ? raw : [raw]) as Partial<Member>[];
    for (const m of list) {
      if (m.role !== "admin" && m.role !== "user") throw validation("Input should be 'admin' or 'user'", ["body", "member", "role"]);
      if (!m.user_id && !m.user_email) throw validation("Value error, Either user id or user email must be provided", ["body", "member"]);
    }
    // team_call_validation_checks → _check_team_member_admin_add: 400 without a licence.
    if (!this.premium) {
      const admin = list.find((m) => m.role === "admin");
      if (admin) throw httpException(400, { error: Array.isArray(raw) ? `Assigning team admins is a premium feature. Got=${JSON.stringify(admin)}. ${NOT_PREMIUM}. ` : `Assigning team admins is a premium feature. ${NOT_PREMIUM}` });
    }
    const row = this.teams.get(teamId);
    if (!row) throw httpException(404, { error: `Team not found for team_id=${teamId}` });
    const members = row["members_with_roles"] as Member[];
    const dup = list.filter((m) => members.some((x) => (m.user_id && x.user_id === m.user_id) || (m.user_email && x.user_email === m.user_email)));
    // team_member_add_duplication_check
    if (!Array.isArray(raw) && dup.length === 1) {
      throw new HttpError(400, { error: { message: `User already in team. Member: user_id=${raw && (raw as Member).user_id}, user_email=${(raw as Member).user_email ?? "None"}. Existing members=${JSON.stringify(members)}`, type: "team_member_already_in_team", param: "member", code: "400" } });
    }
    if (Array.isArray(raw) && dup.length === list.length) {
      throw new HttpError(400, { error: { message: `All users are already in team. Existing members=${JSON.stringify(members)}`, type: "team_member_already_in_team", param: "member", code: "400" } });
    }
    const budget = typeof input["max_budget_in_team"] === "number" ? (input["max_budget_in_team"] as number) : null;
    for (const m of list) {
      const userId = m.user_id ?? [...this.users.values()].find((u) => u["user_email"] === m.user_email)?.["user_id"] as string | undefined ?? randomUUID();
      if (!members.some((x) => x.user_id === userId)) members.push({ user_id: userId, user_email: m.user_email ?? null, role: m.role! });
      this.addMember(teamId, { user_id: userId, user_email: m.user_email ?? null, role: m.role! }, budget);
    }
    return { ...row, updated_users: list.map((m) => this.users.get(m.user_id!)), updated_team_memberships: [] };
  }

  private memberUpdate(input: Row): unknown {
    const teamId = input["team_id"];
    if (typeof teamId !== "string") throw httpException(400, { error: "No team id passed in" });
    // team_member_update: detail is a plain string here.
    if (input["role"] === "admin" && !this.premium) throw httpException(400, `Assigning team admins is a premium feature. ${NOT_PREMIUM}`);
    if (!input["user_id"] && !input["user_email"]) throw httpException(400, { error: "Either user_id or user_email needs to be passed in" });
    const row = this.teams.get(teamId);
    if (!row) throw httpException(400, { error: `Team id=${teamId} does not exist in db` });
    const members = row["members_with_roles"] as Member[];
    const member = members.find((m) => (input["user_id"] && m.user_id === input["user_id"]) || (input["user_email"] && m.user_email === input["user_email"]));
    if (!member || !member.user_id) throw httpException(400, { error: `User id doesn't exist in team table. Data=${JSON.stringify(input)}` });
    // _upsert_budget_and_membership: max_budget None removes the member's budget.
    const key = `${teamId}/${member.user_id}`;
    const budget = input["max_budget_in_team"];
    if (typeof budget === "number") this.memberships.set(key, { team_id: teamId, user_id: member.user_id, max_budget_in_team: budget });
    else this.memberships.delete(key);
    if (input["role"] === "admin" || input["role"] === "user") member.role = input["role"];
    return { team_id: teamId, user_id: member.user_id, user_email: input["user_email"] ?? null, max_budget_in_team: budget ?? null, tpm_limit: null, rpm_limit: null };
  }

  private removeMember(teamId: string, userId: string | null): void {
    const row = this.teams.get(teamId);
    if (row) row["members_with_roles"] = (row["members_with_roles"] as Member[]).filter((m) => m.user_id !== userId);
    const user = userId ? this.users.get(userId) : undefined;
    if (user) user["teams"] = (user["teams"] as string[]).filter((t) => t !== teamId);
    this.memberships.delete(`${teamId}/${userId}`);
  }

  private memberDelete(input: Row): unknown {
    const teamId = input["team_id"];
    if (typeof teamId !== "string") throw httpException(400, { error: "No team id passed in" });
    if (!input["user_id"] && !input["user_email"]) throw httpException(400, { error: "Either user_id or user_email needs to be passed in" });
    const row = this.teams.get(teamId);
    if (!row) throw httpException(400, { error: `Team id=${teamId} does not exist in db` });
    const member = (row["members_with_roles"] as Member[]).find((m) => (input["user_id"] && m.user_id === input["user_id"]) || (input["user_email"] && m.user_email === input["user_email"]));
    if (!member) throw httpException(400, { error: "User not found in team" });
    this.removeMember(teamId, member.user_id);
    if (this.options.memberDeleteDeletesKeys) for (const [token, key] of this.keys) if (key["team_id"] === teamId && key["user_id"] === member.user_id) this.keys.delete(token);
    return row;
  }

  // ---------------- users ----------------

  private userNew(input: Row): unknown {
    const data = pick(input, USER_NEW);
    if (data["user_role"] !== undefined && data["user_role"] !== null && !USER_ROLES.includes(String(data["user_role"]))) {
      throw validation("Input should be 'proxy_admin', 'proxy_admin_viewer', 'internal_user' or 'internal_user_viewer'", ["body", "user_role"]);
    }
    const userId = data["user_id"] === undefined || data["user_id"] === null ? randomUUID() : String(data["user_id"]);
    // _check_duplicate_user_id / _check_duplicate_user_email (case-insensitive): 409.
    if (this.users.has(userId)) throw httpException(409, { error: `User with id ${userId} already exists` });
    const email = typeof data["user_email"] === "string" ? data["user_email"].trim() : undefined;
    if (email) {
      const taken = [...this.users.values()].find((u) => typeof u["user_email"] === "string" && (u["user_email"] as string).toLowerCase() === email.toLowerCase());
      if (taken) throw httpException(409, { error: `User with email ${String(taken["user_email"])} already exists` });
    }
    // generate_key_helper_fn folds model_rpm_limit, model_tpm_limit and guardrails into metadata.
    const metadata: Row = { ...((data["metadata"] as Row | undefined) ?? {}) };
    for (const f of ["model_rpm_limit", "model_tpm_limit", "guardrails"]) if (data[f] !== undefined && data[f] !== null) metadata[f] = data[f];
    const row: Row = {
      user_id: userId,
      user_email: email ?? null,
      user_alias: data["user_alias"] ?? null,
      user_role: data["user_role"] ?? null,
      teams: [],
      models: data["models"] ?? [],
      max_budget: data["max_budget"] ?? null,
      budget_duration: data["budget_duration"] ?? null,
      tpm_limit: data["tpm_limit"] ?? null,
      rpm_limit: data["rpm_limit"] ?? null,
      max_parallel_requests: data["max_parallel_requests"] ?? null,
      allowed_cache_controls: data["allowed_cache_controls"] ?? [],
      model_max_budget: data["model_max_budget"] ?? {},
      sso_user_id: data["sso_user_id"] ?? null,
      metadata,
      spend: 0,
      created_at: now(),
      updated_at: now(),
    };
    this.users.set(userId, row);
    // new_user: `teams` adds the user to each team (role user).
    for (const t of (data["teams"] as string[] | undefined) ?? []) {
      const team = this.teams.get(t);
      if (team) {
        (team["members_with_roles"] as Member[]).push({ user_id: userId, user_email: email ?? null, role: "user" });
        this.addMember(t, { user_id: userId, user_email: email ?? null, role: "user" }, null);
      }
    }
    // auto_create_key defaults to True: a key for the user, returned once.
    let key = "";
    if (data["auto_create_key"] !== false) {
      key = `sk-${randomBytes(16).toString("base64url")}`;
      this.keys.set(hashToken(key), { token: hashToken(key), key_name: `sk-...${key.slice(-4)}`, key_alias: data["key_alias"] ?? null, user_id: userId, team_id: null, models: row["models"], metadata: {}, blocked: null, spend: 0, created_at: now() });
    }
    return { ...row, key };
  }

  private userUpdate(input: Row): unknown {
    if (input["user_id"] === undefined && input["user_email"] === undefined) throw validation("Value error, Either user id or user email must be provided", ["body"]);
    const data = pick(input, USER_UPDATE);
    // _update_internal_user_params: None, [] and {} are not written (cannot clear), metadata
    // fields are skipped, max_budget is written when it was sent (fields_set), null included.
    const values: Row = {};
    for (const [k, v] of Object.entries(data)) {
      if (k === "max_budget") values[k] = v;
      else if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0) && !(typeof v === "object" && !Array.isArray(v) && Object.keys(v as object).length === 0) && !METADATA_FIELDS.includes(k)) values[k] = v;
    }
    let user = input["user_id"] !== undefined ? this.users.get(String(input["user_id"])) : [...this.users.values()].find((u) => u["user_email"] === input["user_email"]);
    // _update_single_user_helper: a user that does not exist is inserted with these values.
    if (!user) user = this.upsertUser(String(input["user_id"] ?? randomUUID()), (input["user_email"] as string | undefined) ?? null);
    Object.assign(user, values, { updated_at: now() });
    // The updated row itself (without password) is the answer.
    return user;
  }

  private userDelete(input: Row): unknown {
    const ids = input["user_ids"];
    if (!Array.isArray(ids)) throw validation("Field required", ["body", "user_ids"]);
    for (const id of ids.map(String)) {
      // delete_user: out of every team's members_with_roles, then keys, memberships, the user.
      for (const team of this.teams.values()) team["members_with_roles"] = (team["members_with_roles"] as Member[]).filter((m) => m.user_id !== id);
      for (const [token, key] of this.keys) if (key["user_id"] === id) this.keys.delete(token);
      for (const [k, m] of this.memberships) if (m.user_id === id) this.memberships.delete(k);
      this.users.delete(id);
    }
    return { deleted_users: ids.length };
  }

  private userInfo(query: Record<string, string>): unknown {
    const id = query["user_id"];
    const user = id === undefined ? undefined : this.users.get(id);
    if (!user) throw httpException(404, `User ${String(id)} not found`);
    const keys = [...this.keys.values()].filter((k) => k["user_id"] === id);
    const teams = [...this.teams.values()].filter((t) => (t["members_with_roles"] as Member[]).some((m) => m.user_id === id));
    return { user_id: id, user_info: user, keys, teams };
  }

  // ---------------- keys ----------------

  /** _enforce_unique_key_alias: 400 ProxyException(bad_request_error, param key_alias). */
  private uniqueAlias(alias: unknown, exceptToken?: string): void {
    if (alias === undefined || alias === null) return;
    for (const [token, key] of this.keys) {
      if (key["key_alias"] === alias && token !== exceptToken) {
        throw new HttpError(400, { error: { message: `Key with alias '${String(alias)}' already exists. Unique key aliases across all keys are required.`, type: "bad_request_error", param: "key_alias", code: "400" } });
      }
    }
  }

  private keyGenerate(input: Row): unknown {
    const data = pick(input, KEY_GENERATE);
    this.premiumCheck(data);
    this.uniqueAlias(data["key_alias"]);
    // generate_key_helper_fn: the caller's `key` or a new sk- value; the row is stored by its hash.
    const key = typeof data["key"] === "string" && data["key"] !== "" ? (data["key"] as string) : `sk-${randomBytes(16).toString("base64url")}`;
    const token = hashToken(key);
    const metadata: Row = { ...((data["metadata"] as Row | undefined) ?? {}) };
    for (const f of METADATA_FIELDS) if (data[f] !== undefined && data[f] !== null) metadata[f] = data[f];
    const row: Row = {
      token,
      key_name: `sk-...${key.slice(-4)}`,
      key_alias: data["key_alias"] ?? null,
      models: data["models"] ?? [],
      team_id: data["team_id"] ?? null,
      user_id: data["user_id"] ?? null,
      max_budget: data["max_budget"] ?? null,
      budget_duration: data["budget_duration"] ?? null,
      budget_id: data["budget_id"] ?? null,
      // A soft_budget becomes a LiteLLM_BudgetTable row linked to the key.
      litellm_budget_table: data["soft_budget"] === undefined ? null : { soft_budget: data["soft_budget"] },
      expires: typeof data["duration"] === "string" ? "computed-from-duration" : null,
      tpm_limit: data["tpm_limit"] ?? null,
      rpm_limit: data["rpm_limit"] ?? null,
      max_parallel_requests: data["max_parallel_requests"] ?? null,
      aliases: data["aliases"] ?? {},
      config: data["config"] ?? {},
      permissions: data["permissions"] ?? {},
      allowed_cache_controls: data["allowed_cache_controls"] ?? [],
      allowed_routes: data["allowed_routes"] ?? [],
      model_max_budget: data["model_max_budget"] ?? {},
      metadata,
      blocked: data["blocked"] ?? null,
      spend: 0,
      created_at: now(),
    };
    this.keys.set(token, row);
    return { ...row, key, token_id: token, token: key };
  }

  private keyUpdate(input: Row): unknown {
    if (typeof input["key"] !== "string") throw validation("Field required", ["body", "key"]);
    const token = tokenOf(input["key"]);
    const row = this.keys.get(token);
    // update_key_fn: this is the message LiteLLM gives for a missing key.
    if (!row) throw httpException(404, { error: `Team not found, passed team_id=${String(input["team_id"] ?? "None")}` }, "auth_error");
    const data = pick(input, KEY_UPDATE);
    delete data["key"];
    this.premiumCheck(data);
    if ("key_alias" in data) this.uniqueAlias(data["key_alias"], token);
    // update_key_fn: moving a key into another (existing) team runs validate_key_team_change first.
    const team = typeof data["team_id"] === "string" && data["team_id"] !== row["team_id"] ? this.teams.get(data["team_id"]) : undefined;
    if (team) validateKeyTeamChange(row, team);
    // prepare_key_update_data + prepare_metadata_fields: exclude_unset (null clears); metadata
    // is the sent one (or the stored one when not sent) plus the folded fields that were sent.
    const metadata: Row = { ...((data["metadata"] as Row | undefined) ?? (row["metadata"] as Row) ?? {}) };
    for (const f of METADATA_FIELDS) {
      if (data[f] !== undefined && data[f] !== null) metadata[f] = data[f];
      delete data[f];
    }
    delete data["metadata"];
    for (const [k, v] of Object.entries(data)) {
      if (k === "duration") row["expires"] = v ? "computed-from-duration" : row["expires"];
      else row[k] = v;
    }
    row["metadata"] = metadata;
    row["updated_at"] = now();
    return { key: input["key"], ...row };
  }

  private keyDelete(input: Row): unknown {
    const keys = input["keys"] as string[] | undefined;
    const aliases = input["key_aliases"] as string[] | undefined;
    // KeyRequest.validate_at_least_one
    if (!keys?.length && !aliases?.length) throw validation("Value error, At least one of 'keys' or 'key_aliases' must be provided.", ["body"]);
    if (keys?.length) for (const k of keys) this.keys.delete(tokenOf(k));
    else for (const [token, row] of this.keys) if (aliases!.includes(String(row["key_alias"]))) this.keys.delete(token);
    return { deleted_keys: keys?.length ? keys : aliases };
  }

  private keyInfo(query: Record<string, string>): unknown {
    const key = query["key"];
    const row = key === undefined ? undefined : this.keys.get(tokenOf(key));
    if (!row) throw new HttpError(404, { error: { message: "Key not found in database", type: "not_found_error", param: "key", code: "404" } });
    const { token: _t, ...info } = row;
    return { key, info };
  }

  /**
   * list_keys → _list_key_helper: key_alias, team_id, user_id are exact filters, an unknown
   * parameter is ignored, UI session tokens (team_id "litellm-dashboard") are never listed, and
   * return_full_object gives UserAPIKeyAuth rows (with `token`) instead of bare hashes.
   */
  private keyList(query: Record<string, string>): unknown {
    let all = [...this.keys.values()].filter((k) => k["team_id"] !== "litellm-dashboard");
    for (const f of ["key_alias", "team_id", "user_id"]) if (query[f] !== undefined) all = all.filter((k) => k[f] === query[f]);
    const full = query["return_full_object"] === "true";
    return this.page(all, query, "size", (items, total, page, size) => ({ keys: full ? items : items.map((k) => k["token"]), total_count: total, current_page: page, total_pages: Math.ceil(total / size) }));
  }

  private keyBlock(input: Row, blocked: boolean): unknown {
    if (typeof input["key"] !== "string") throw validation("Field required", ["body", "key"]);
    const row = this.keys.get(tokenOf(input["key"]));
    // block_key/unblock_key hash a "sk-" value, else take it as the hash. A missing key fails in
    // the Prisma update (or, with audit logs on, 404 "Key X not found"); the sync relies on no text.
    if (!row) throw new HttpError(404, { error: { message: `Key ${String(input["key"])} not found`, type: "bad_request_error", param: "key", code: "404" } });
    row["blocked"] = blocked;
    return row;
  }
}

export async function startFakeLiteLLM(options: FakeOptions): Promise<FakeLiteLLM> {
  return new FakeLiteLLM(options).start();
}
