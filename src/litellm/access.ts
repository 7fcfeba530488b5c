/**
 * What LiteLLM accepts for teams, users, memberships and keys (the pinned version's
 * litellm/proxy/_types.py), as data the compiler's access checks read.
 */

/**
 * `NewUserRequest.user_role` and `UpdateUserRequest.user_role`:
 * `Optional[Literal[LitellmUserRoles.PROXY_ADMIN, PROXY_ADMIN_VIEW_ONLY, INTERNAL_USER,
 * INTERNAL_USER_VIEW_ONLY]]` (litellm/proxy/_types.py). `LitellmUserRoles` has more members
 * (`org_admin`, `team`, `customer`), which /user/new refuses. The operator's CRD enum is the
 * same four (test/access-input.test.ts keeps the two equal).
 */
export const USER_ROLES = ["proxy_admin", "proxy_admin_viewer", "internal_user", "internal_user_viewer"] as const;

/** `Member.role: Literal["admin", "user"]` (litellm/proxy/_types.py; `LiteLLMTeamRoles`). */
export const TEAM_MEMBER_ROLES = ["admin", "user"] as const;

/**
 * `SpecialModelNames` (litellm/proxy/_types.py): entries of a team's or key's `models` that
 * name no model but a rule — every model of the proxy, of the key's team, of the
 * organisation, or none by default.
 */
export const SPECIAL_MODEL_NAMES = ["all-proxy-models", "all-team-models", "all-org-models", "no-default-models"] as const;
