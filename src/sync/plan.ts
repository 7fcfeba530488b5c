import {
  KEY_GENERATE_FIELDS,
  KEY_UPDATE_FIELDS,
  METADATA_FIELDS,
  ROUTES,
  TEAM_NEW_FIELDS,
  TEAM_UPDATE_FIELDS,
  USER_NEW_FIELDS,
  USER_UPDATE_FIELDS,
} from "../litellm/management-api.js";
import { OPERATOR_MANAGED_BY, type AccessKey, type AccessMembership, type AccessState, type AccessTeam, type AccessUser } from "./access-state.js";
import { requestHash } from "./hash.js";
import type { Observed, ObservedKey } from "./observe.js";
import { describeOwner, recordOf, withRecord, type Record_ } from "./ownership.js";

export type Kind = "team" | "user" | "membership" | "key";
export type Op = "create" | "update" | "adopt" | "delete" | "block" | "unblock" | "rotate";

/** One HTTP request of an action. Bodies never hold a key value: `keyFromEnv` names where it comes from at run time. */
export interface Step {
  method: "POST";
  path: string;
  body: Record<string, unknown>;
  /** /key/generate with a value from the secret store: the env var the Job set from the Secret. */
  keyFromEnv?: string;
  /** /key/generate of a generated key: write the answer's `key` to this Secret. */
  writeSecret?: { namespace: string; name: string; alias: string };
  /** Delete this Secret (a generated key of ours that left Git). */
  deleteSecret?: { namespace: string; name: string };
}

export interface Action {
  kind: Kind;
  op: Op;
  /** team_id, user_id, key_alias, or `team_id/user_id` for a membership. */
  name: string;
  resource?: string;
  /** Field names that are set, changed or cleared (never values). */
  fields: string[];
  steps: Step[];
  /** Execution order: teams, users, memberships, user records, key removals, keys, user and team removals. */
  phase: number;
}

/** Phases up to this one (teams, users, memberships, user records) run before any key request. */
export const LAST_MEMBERSHIP_PHASE = 4;

export interface Problem {
  kind: Kind;
  name: string;
  resource?: string;
  message: string;
}

export interface Plan {
  actions: Action[];
  errors: Problem[];
  warnings: Problem[];
}

/** What the sync knows of a declared key's value before planning (read from the env or the Secret). */
export type KeyValueState =
  | { token: string }
  /** A generated key whose Secret does not exist (or has no `key`). */
  | { missing: true }
  | { problem: string };

export interface PlanInput {
  state: AccessState;
  observed: Observed;
  keyValues: Map<string, KeyValueState>;
  adopt: boolean;
}

const CLEAR_LIST = new Set(["models", "tags", "guardrails", "allowed_cache_controls", "allowed_routes", "enforced_params", "team_member_permissions"]);
const CLEAR_MAP = new Set(["model_aliases", "aliases", "config", "permissions", "model_max_budget", "model_rpm_limit", "model_tpm_limit"]);
/** Fields that LiteLLM stores inside metadata: dropped from metadata when they leave Git, since every update sends the whole metadata. */
const IN_METADATA = new Set<string>(METADATA_FIELDS);

/** The value that clears a field on `/team/update` and `/key/update` (both take explicit nulls, `exclude_unset`). */
function clearValue(field: string): unknown {
  if (CLEAR_LIST.has(field)) return [];
  if (CLEAR_MAP.has(field)) return {};
  // update_team: "allow unsetting the organization_id" with an empty string.
  if (field === "organization_id") return "";
  return null;
}

function fieldHashes(params: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.keys(params).sort().map((k) => [k, requestHash(params[k])]));
}

/** Fields whose value changed, appeared, or left Git since the recorded request. */
function changedFields(desired: Record<string, string>, recorded: Record_ | undefined): { changed: string[]; removed: string[] } {
  if (!recorded) return { changed: Object.keys(desired).sort(), removed: [] };
  const changed = Object.keys(desired).filter((k) => recorded.fields[k] !== desired[k]);
  const removed = Object.keys(recorded.fields).filter((k) => !(k in desired));
  return { changed: changed.sort(), removed: removed.sort() };
}

function pick(body: Record<string, unknown>, allowed: readonly string[], endpoint: string): Record<string, unknown> {
  const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
  if (unknown.length > 0) throw new Error(`internal: ${unknown.join(", ")} not accepted by ${endpoint}`);
  return body;
}

function paramsOf<T extends object>(params: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
}

/**
 * Compares the desired state with what LiteLLM holds and returns the requests that converge it.
 * Pure: the same inputs give the same plan, whatever the order LiteLLM listed objects in.
 */
export function plan(input: PlanInput): Plan {
  const out: Plan = { actions: [], errors: [], warnings: [] };
  const { state, observed, adopt } = input;
  const owner = state.proxy.owner;

  // ---- Teams ----
  const declaredTeams = new Set(state.teams.map((t) => t.team_id));
  // A declared team that is someone else's: its memberships are not touched either.
  const refusedTeams = new Set(state.teams.filter((team) => planTeam(team, owner, observed, adopt, out) === "refused").map((t) => t.team_id));
  const skip = (m: AccessMembership): boolean => {
    if (!refusedTeams.has(m.team_id)) return false;
    out.warnings.push({ kind: "membership", name: `${m.team_id}/${m.user_id}`, resource: m.resource, message: `not applied: team ${m.team_id} is not managed by this sync (see the error above)` });
    return true;
  };

  // ---- Users and their memberships ----
  const declaredUsers = new Set(state.users.map((u) => u.user_id));
  const membershipsByUser = new Map<string, AccessMembership[]>();
  for (const m of state.memberships) if (!skip(m)) membershipsByUser.set(m.user_id, [...(membershipsByUser.get(m.user_id) ?? []), m]);
  for (const user of state.users) planUser(user, membershipsByUser.get(user.user_id) ?? [], owner, observed, adopt, out);
  for (const m of state.memberships) {
    if (!declaredUsers.has(m.user_id) && !refusedTeams.has(m.team_id)) planMembership(m, undefined, observed, out);
  }

  // ---- Keys ----
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
            ...(record.secret && !declaredAliases.has(alias) ? { deleteSecret: { namespace: state.proxy.namespace, name: record.secret } } : {}),
          },
        ],
      });
    }
  }

  // ---- Removals: users, then teams (deleting a team deletes its keys: team_endpoints.py delete_team) ----
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

/** The object exists and is someone else's: an error, or with --adopt the full request that makes it ours. */
function takenBy(kind: Kind, name: string, resource: string, what: string, metadata: Record<string, unknown> | null | undefined, owner: string, adopt: boolean, out: Plan): "adopt" | "refuse" {
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

function planTeam(team: AccessTeam, owner: string, observed: Observed, adopt: boolean, out: Plan): "refused" | "planned" {
  const { metadata, team_member_permissions, ...rest } = team.params;
  const params = paramsOf({ ...rest, ...(team_member_permissions ? { team_member_permissions } : {}), ...(metadata ? { metadata } : {}) });
  const fields = fieldHashes(params);
  const record: Record_ = { owner, resource: team.resource, hash: requestHash(params), fields };
  const meta = withRecord(metadata, record);
  const current = observed.teams.get(team.team_id);
  const name = team.team_id;

  if (!current) {
    // new_team: a caller-set team_id that exists → 400 "Team id = X already exists…".
    const body = pick({ ...params, team_id: team.team_id, metadata: meta, ...(team.blocked ? { blocked: true } : {}) }, TEAM_NEW_FIELDS, ROUTES.teamNew);
    out.actions.push({ kind: "team", op: "create", name, resource: team.resource, fields: Object.keys(fields).concat(team.blocked ? ["blocked"] : []).sort(), phase: 1, steps: [{ method: "POST", path: ROUTES.teamNew, body }] });
    return "planned";
  }
  let recorded = recordOf(current.metadata);
  let op: Op = "update";
  if (!recorded || recorded.owner !== owner) {
    if (takenBy("team", name, team.resource, `team_id ${name} (alias ${String(current.team_alias ?? "none")})`, current.metadata, owner, adopt, out) === "refuse") return "refused";
    recorded = undefined;
    op = "adopt";
  }
  const { changed, removed } = changedFields(fields, recorded);
  const steps: Step[] = [];
  if (changed.length > 0 || removed.length > 0 || recorded?.hash !== record.hash) {
    const body: Record<string, unknown> = { team_id: team.team_id };
    for (const f of changed) if (f !== "team_member_permissions" && f !== "metadata") body[f] = params[f];
    for (const f of removed) if (f !== "team_member_permissions" && f !== "metadata" && !IN_METADATA.has(f)) body[f] = clearValue(f);
    // update_team replaces metadata with what it is sent plus the folded fields sent alongside
    // (_update_metadata_field): send the whole metadata and every folded field still declared.
    body["metadata"] = meta;
    for (const f of METADATA_FIELDS) if (params[f] !== undefined) body[f] = params[f];
    steps.push({ method: "POST", path: ROUTES.teamUpdate, body: pick(body, TEAM_UPDATE_FIELDS, ROUTES.teamUpdate) });
    // UpdateTeamRequest has no team_member_permissions: /team/update would drop it silently.
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

function membershipHash(m: AccessMembership): string {
  return requestHash({ role: m.role, max_budget_in_team: m.max_budget_in_team ?? null });
}

function planUser(user: AccessUser, memberships: AccessMembership[], owner: string, observed: Observed, adopt: boolean, out: Plan): void {
  const { metadata, ...rest } = user.params;
  const params = paramsOf({ ...rest, ...(metadata ? { metadata } : {}) });
  const fields = fieldHashes(params);
  const desiredMemberships = Object.fromEntries(memberships.map((m) => [m.team_id, membershipHash(m)]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
  const current = observed.users.get(user.user_id);
  const name = user.user_id;
  const record: Record_ = { owner, resource: user.resource, hash: requestHash(params), fields, memberships: desiredMemberships };
  const meta = withRecord(metadata, record);

  if (!current) {
    // new_user: 409 "User with id … already exists" / "User with email … already exists"
    // (case-insensitive). auto_create_key defaults to True: a VirtualKey is its own resource.
    const body = pick({ ...params, user_id: user.user_id, metadata: meta, auto_create_key: false }, USER_NEW_FIELDS, ROUTES.userNew);
    out.actions.push({ kind: "user", op: "create", name, resource: user.resource, fields: Object.keys(fields).sort(), phase: 2, steps: [{ method: "POST", path: ROUTES.userNew, body }] });
    for (const m of memberships) planMembership(m, undefined, observed, out);
    return;
  }
  let recorded = recordOf(current.metadata);
  let op: Op = "update";
  if (!recorded || recorded.owner !== owner) {
    if (takenBy("user", name, user.resource, `user_id ${name} (${String(current.user_email ?? "no email")})`, current.metadata, owner, adopt, out) === "refuse") return;
    recorded = undefined;
    op = "adopt";
  }
  for (const m of memberships) planMembership(m, recorded, observed, out);
  // Memberships this sync added earlier that left Git (never one someone else added).
  for (const teamId of Object.keys(recorded?.memberships ?? {}).sort()) {
    if (desiredMemberships[teamId] !== undefined) continue;
    if (!isMember(observed, teamId, name)) continue;
    out.actions.push({
      kind: "membership",
      op: "delete",
      name: `${teamId}/${name}`,
      resource: user.resource,
      fields: [],
      phase: 3,
      steps: [{ method: "POST", path: ROUTES.memberDelete, body: { team_id: teamId, user_id: name } }],
    });
  }

  const { changed, removed } = changedFields(fields, recorded);
  const membershipsChanged = JSON.stringify(recorded?.memberships ?? {}) !== JSON.stringify(desiredMemberships);
  if (changed.length === 0 && removed.length === 0 && !membershipsChanged && recorded?.hash === record.hash) return;
  const body: Record<string, unknown> = { user_id: name };
  const ignored: string[] = [];
  for (const f of changed) {
    if (f === "metadata") continue;
    if ((USER_UPDATE_FIELDS as readonly string[]).includes(f)) body[f] = params[f];
    else ignored.push(f);
  }
  for (const f of removed) {
    // _update_internal_user_params drops None, [] and {}: only max_budget can be cleared (fields_set).
    if (f === "max_budget") body[f] = null;
    else if (f !== "metadata") ignored.push(f);
  }
  body["metadata"] = meta;
  if (ignored.length > 0) {
    out.warnings.push({ kind: "user", name, resource: user.resource, message: `LiteLLM's /user/update does not apply ${ignored.join(", ")} (it ignores empty values and metadata fields); recreate the user to change them` });
  }
  // Phase 4: after the membership requests, so the record never claims a membership not applied.
  out.actions.push({ kind: "user", op, name, resource: user.resource, fields: [...changed, ...removed, ...(membershipsChanged ? ["memberships"] : [])].sort(), phase: 4, steps: [{ method: "POST", path: ROUTES.userUpdate, body: pick(body, USER_UPDATE_FIELDS, ROUTES.userUpdate) }] });
}

function isMember(observed: Observed, teamId: string, userId: string): boolean {
  const team = observed.teams.get(teamId);
  if (team) return (team.members_with_roles ?? []).some((m) => m.user_id === userId);
  return (observed.users.get(userId)?.teams ?? []).includes(teamId);
}

function planMembership(m: AccessMembership, recorded: Record_ | undefined, observed: Observed, out: Plan): void {
  const name = `${m.team_id}/${m.user_id}`;
  const team = observed.teams.get(m.team_id);
  const member = (team?.members_with_roles ?? []).find((x) => x.user_id === m.user_id);
  const budget = m.max_budget_in_team === undefined ? {} : { max_budget_in_team: m.max_budget_in_team };
  if (!member) {
    // team_member_add: 400 "User already in team" when present; an admin member needs a licence.
    out.actions.push({
      kind: "membership",
      op: "create",
      name,
      resource: m.resource,
      fields: ["role", ...Object.keys(budget)],
      phase: 3,
      steps: [{ method: "POST", path: ROUTES.memberAdd, body: { team_id: m.team_id, member: { user_id: m.user_id, role: m.role }, ...budget } }],
    });
    return;
  }
  const changed: string[] = [];
  if (member.role !== m.role) changed.push("role");
  if (recorded?.memberships?.[m.team_id] !== undefined && recorded.memberships[m.team_id] !== membershipHash(m) && member.role === m.role) changed.push("max_budget_in_team");
  if (changed.length === 0) return;
  out.actions.push({
    kind: "membership",
    op: "update",
    name,
    resource: m.resource,
    fields: changed,
    phase: 3,
    steps: [{ method: "POST", path: ROUTES.memberUpdate, body: { team_id: m.team_id, user_id: m.user_id, role: m.role, max_budget_in_team: m.max_budget_in_team ?? null } }],
  });
}

function planKey(key: AccessKey, owner: string, namespace: string, observed: Observed, value: KeyValueState | undefined, adopt: boolean, out: Plan): void {
  const name = key.key_alias;
  if (!value || "problem" in value) {
    out.errors.push({ kind: "key", name, resource: key.resource, message: value && "problem" in value ? value.problem : "the key's value could not be read" });
    return;
  }
  const { metadata, ...rest } = key.params;
  const params = paramsOf({ ...rest, ...(metadata ? { metadata } : {}) });
  const fields = fieldHashes(params);
  const source = "env" in key.keySource ? "env" : "generate";
  const record: Record_ = {
    owner,
    resource: key.resource,
    hash: requestHash(params),
    fields,
    source,
    ...("generate" in key.keySource ? { secret: key.keySource.generate.secretName } : {}),
  };
  const meta = withRecord(metadata, record);
  const current: ObservedKey | undefined = observed.keysByAlias.get(name)?.[0];

  const generate = (): Step => {
    const body = pick({ ...params, key_alias: name, metadata: meta, ...(key.blocked ? { blocked: true } : {}) }, KEY_GENERATE_FIELDS, ROUTES.keyGenerate);
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
  let op: Op = "update";
  if (!recorded || recorded.owner !== owner) {
    if (takenBy("key", name, key.resource, `key_alias ${name}`, current.metadata, owner, adopt, out) === "refuse") return;
    recorded = undefined;
    op = "adopt";
  }
  // The value in the store changed, or a generated key's Secret is gone: the key must be
  // re-created under its alias (LiteLLM keeps aliases unique, so the old one goes first).
  const valueChanged = "missing" in value || value.token !== current.token;
  if (valueChanged) {
    out.actions.push({
      kind: "key",
      op: "rotate",
      name,
      resource: key.resource,
      fields: ["missing" in value ? "key (Secret missing)" : "key", ...createFields],
      phase: 6,
      steps: [{ method: "POST", path: ROUTES.keyDelete, body: { keys: [current.token] } }, generate()],
    });
    return;
  }
  const { changed, removed } = changedFields(fields, recorded);
  const steps: Step[] = [];
  if (changed.length > 0 || removed.length > 0 || recorded?.hash !== record.hash) {
    const body: Record<string, unknown> = { key: current.token };
    const ignored: string[] = [];
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
    // prepare_metadata_fields: sent metadata replaces the stored one, folded fields are added to it.
    body["metadata"] = meta;
    for (const f of METADATA_FIELDS) if (params[f] !== undefined) body[f] = params[f];
    if (ignored.length > 0) {
      out.warnings.push({ kind: "key", name, resource: key.resource, message: `LiteLLM's /key/update does not apply ${ignored.join(", ")}; it takes effect when the key is re-created` });
    }
    steps.push({ method: "POST", path: ROUTES.keyUpdate, body: pick(body, KEY_UPDATE_FIELDS, ROUTES.keyUpdate) });
  }
  const fieldNames = [...changed, ...removed];
  if ((current.blocked === true) !== key.blocked) {
    steps.push({ method: "POST", path: key.blocked ? ROUTES.keyBlock : ROUTES.keyUnblock, body: { key: current.token } });
    fieldNames.push("blocked");
  }
  if (steps.length > 0) out.actions.push({ kind: "key", op, name, resource: key.resource, fields: fieldNames.sort(), phase: 6, steps });
}
