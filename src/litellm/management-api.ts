/**
 * What we know about LiteLLM's management API (teams, users, keys): the fields each request
 * model accepts, the fields LiteLLM folds into `metadata`, and the ones it ignores on update.
 * The sync (src/sync/) sends nothing outside these lists; the fake API in test/support copies
 * the same behaviour.
 *
 * Source: BerriAI/litellm `litellm/proxy/_types.py` (index commit 00025c84) and the endpoint
 * functions in `litellm/proxy/management_endpoints/{team,internal_user,key_management}_endpoints.py`.
 * No request model forbids extra fields (pydantic's default `extra="ignore"`), so a field that
 * is not listed here would be dropped silently with a 2xx: hence the lists.
 */

/** `NewTeamRequest(TeamBase)` minus `members_with_roles`/`admins`/`members` (memberships go through `/team/member_*`). */
export const TEAM_NEW_FIELDS = [
  "team_alias", "team_id", "organization_id", "metadata", "tpm_limit", "rpm_limit", "max_budget", "soft_budget",
  "budget_duration", "models", "blocked", "model_aliases", "tags", "guardrails", "team_member_permissions",
  "model_rpm_limit", "model_tpm_limit",
] as const;

/**
 * `UpdateTeamRequest`: no `members_with_roles`, no `team_member_permissions` (dropped silently;
 * the permissions go through `/team/permissions_update`). `update_team` builds the row from
 * `data.json(exclude_unset=True)`, so an explicit `null` clears a field.
 */
export const TEAM_UPDATE_FIELDS = [
  "team_id", "team_alias", "organization_id", "metadata", "tpm_limit", "rpm_limit", "max_budget", "soft_budget",
  "models", "blocked", "budget_duration", "tags", "model_aliases", "guardrails", "model_rpm_limit", "model_tpm_limit",
] as const;

/**
 * `NewUserRequest(GenerateRequestBase)`. `auto_create_key` defaults to True upstream: the sync
 * always sends false (keys are VirtualKeys of their own). No `soft_budget`.
 */
export const USER_NEW_FIELDS = [
  "user_id", "user_email", "user_alias", "user_role", "models", "max_budget", "budget_duration",
  "max_parallel_requests", "tpm_limit", "rpm_limit", "aliases", "allowed_cache_controls", "guardrails",
  "permissions", "model_max_budget", "model_rpm_limit", "model_tpm_limit", "send_invite_email", "sso_user_id",
  "blocked", "metadata", "auto_create_key", "teams",
] as const;

/**
 * `UpdateUserRequest`. `_update_internal_user_params` (internal_user_endpoints.py) keeps only
 * values that are not None, [] or {} and not in `LiteLLM_ManagementEndpoint_MetadataFields`:
 * a field cannot be cleared (except `max_budget: null` on recent versions), and `teams` is ignored.
 */
export const USER_UPDATE_FIELDS = [
  "user_id", "user_email", "user_alias", "user_role", "models", "max_budget", "budget_duration",
  "max_parallel_requests", "tpm_limit", "rpm_limit", "aliases", "allowed_cache_controls", "permissions",
  "model_max_budget", "send_invite_email", "sso_user_id", "blocked", "metadata",
] as const;

/** `GenerateKeyRequest(KeyRequestBase(GenerateRequestBase))`. */
export const KEY_GENERATE_FIELDS = [
  "key", "key_alias", "models", "team_id", "user_id", "max_budget", "soft_budget", "budget_duration", "budget_id",
  "duration", "max_parallel_requests", "tpm_limit", "rpm_limit", "aliases", "allowed_cache_controls",
  "allowed_routes", "enforced_params", "guardrails", "tags", "config", "permissions", "model_max_budget",
  "model_rpm_limit", "model_tpm_limit", "send_invite_email", "metadata", "blocked",
] as const;

/**
 * `UpdateKeyRequest`: `key` (the value or its hash) is required; every other default is None
 * (`prepare_key_update_data` uses `exclude_unset`, so `null` clears). `soft_budget` and
 * `key_type` are not applied by `/key/update`.
 */
export const KEY_UPDATE_FIELDS = [
  "key", "key_alias", "models", "team_id", "user_id", "max_budget", "budget_duration", "budget_id", "duration",
  "max_parallel_requests", "tpm_limit", "rpm_limit", "aliases", "allowed_cache_controls", "allowed_routes",
  "enforced_params", "guardrails", "tags", "config", "permissions", "model_max_budget", "model_rpm_limit",
  "model_tpm_limit", "metadata",
] as const;

/**
 * `LiteLLM_ManagementEndpoint_MetadataFields` (_types.py): stored inside `metadata`, not in
 * columns of their own. On `/team/update` and `/key/update` a request that sends one of them
 * without `metadata` makes LiteLLM write `metadata = {that field}` (team_endpoints.py
 * `_update_metadata_field`), so the sync always sends them together with the whole metadata.
 */
export const METADATA_FIELDS = ["model_rpm_limit", "model_tpm_limit", "guardrails", "tags", "enforced_params"] as const;

/**
 * `LiteLLM_ManagementEndpoint_MetadataFields_Premium`: a truthy value needs an enterprise
 * licence (`_premium_user_check`, 403). A team `admin` member needs one too
 * (`_check_team_member_admin_add`, 400), and so do keys with `tags` (`generate_key_fn`).
 */
export const PREMIUM_FIELDS = ["guardrails", "tags"] as const;

/** Routes; each is cited where the sync calls it. */
export const ROUTES = {
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
  keyUnblock: "/key/unblock",
} as const;

/** The page size limit of `/key/list` (`size ≤ 100`), `/v2/team/list` and `/user/list` (`page_size ≤ 100`). */
export const MAX_PAGE_SIZE = 100;

/**
 * The message of a LiteLLM error body. Errors go through `handle_exception_on_proxy`
 * (litellm/proxy/utils.py) into `ProxyException` (_types.py), whose handler answers
 * `{"error": {"message", "type", "param", "code"}}`; `message` is the HTTPException's `detail`
 * as is, often a dict `{"error": "..."}`. Plain FastAPI errors (422) answer `{"detail": ...}`.
 */
export function errorMessage(body: unknown): string | undefined {
  const text = (value: unknown): string | undefined => {
    if (typeof value === "string") return value;
    if (value && typeof value === "object") {
      const o = value as Record<string, unknown>;
      return text(o["error"]) ?? text(o["message"]) ?? text(o["msg"]) ?? (Array.isArray(value) ? value.map(text).filter(Boolean).join("; ") : undefined);
    }
    return undefined;
  };
  if (!body || typeof body !== "object") return undefined;
  const o = body as Record<string, unknown>;
  return text(o["error"]) ?? text(o["detail"]);
}
