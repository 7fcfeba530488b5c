/**
 * `litellm_team`, `litellm_user`, `litellm_key`, `litellm_team_member` and
 * `litellm_team_member_add` → the `auth.litellm.ai` kinds (docs/access.md): Team, User,
 * VirtualKey, TeamMemberAssociation, each bound to the imported instance.
 *
 * Argument tables from both providers' request builders:
 * - BerriAI/terraform-provider-litellm litellm/resource_team.go `buildTeamData`,
 *   litellm/resource_key_utils.go `buildKeyData`, litellm/resource_team_member.go and
 *   resource_team_member_add.go (`/team/member_add`);
 * - ncecere/terraform-provider-litellm internal/provider/resource_team.go,
 *   resource_user.go, resource_key.go, resource_team_member.go, resource_team_member_add.go.
 * Both send an argument only when it is set (`GetOk`: zero values are not sent), so a null,
 * empty or zero value of the state is Terraform's "unset" and is not imported.
 *
 * Identity: a Team's `team_id` and a User's `user_id` are the ids LiteLLM keeps (the state's
 * `id`); keys are found by `key_alias`. A `.tf` file has no ids: a reference
 * `litellm_team.x.id` is resolved to the imported Team, whose id is then its name (LG6066).
 */
import { diagnose } from "../../compiler/diagnostics.js";
import { decimalToString, parseDecimal } from "../../compiler/decimal.js";
import { AUTH_API_VERSION } from "../../compiler/classify/classify.js";
import { TEAM_MEMBER_ROLES } from "../../litellm/index.js";
import { hide, withoutStoredCredentials, type ImportContext } from "../context.js";
import { isSet, locationOf, reportUnknownArguments } from "./arguments.js";
import { dnsLabel, UniqueNames } from "../names.js";
import type { Plain } from "../types.js";
import type { TerraformResource } from "./read.js";
import { own } from "../../records.js";

/** How an argument's value becomes a field's: as written, or the budgets' exact decimal strings. */
type Shape = "copy" | "decimal" | "decimalMap" | "intMap";

interface Field {
  field: string;
  shape?: Shape;
}

const TEAM: Readonly<Record<string, Field>> = {
  team_alias: { field: "teamAlias" },
  organization_id: { field: "organizationID" },
  metadata: { field: "metadata" },
  tpm_limit: { field: "tpmLimit" },
  rpm_limit: { field: "rpmLimit" },
  max_budget: { field: "maxBudget", shape: "decimal" },
  budget_duration: { field: "budgetDuration" },
  models: { field: "models" },
  blocked: { field: "blocked" },
  team_member_permissions: { field: "teamMemberPermissions" },
  tags: { field: "tags" },
  guardrails: { field: "guardrails" },
  model_aliases: { field: "modelAliases" },
};

const USER: Readonly<Record<string, Field>> = {
  user_id: { field: "userID" },
  user_alias: { field: "userAlias" },
  user_email: { field: "userEmail" },
  user_role: { field: "userRole" },
  teams: { field: "teams" },
  models: { field: "models" },
  max_budget: { field: "maxBudget", shape: "decimal" },
  budget_duration: { field: "budgetDuration" },
  tpm_limit: { field: "tpmLimit" },
  rpm_limit: { field: "rpmLimit" },
  metadata: { field: "metadata" },
};

const KEY: Readonly<Record<string, Field>> = {
  key_alias: { field: "keyAlias" },
  models: { field: "models" },
  max_budget: { field: "maxBudget", shape: "decimal" },
  user_id: { field: "userID" },
  team_id: { field: "teamID" },
  max_parallel_requests: { field: "maxParallelRequests" },
  metadata: { field: "metadata" },
  tpm_limit: { field: "tpmLimit" },
  rpm_limit: { field: "rpmLimit" },
  budget_duration: { field: "budgetDuration" },
  allowed_cache_controls: { field: "allowedCacheControls" },
  soft_budget: { field: "softBudget", shape: "decimal" },
  duration: { field: "duration" },
  aliases: { field: "aliases" },
  config: { field: "config" },
  permissions: { field: "permissions" },
  model_max_budget: { field: "modelMaxBudget", shape: "decimalMap" },
  model_rpm_limit: { field: "modelRPMLimit", shape: "intMap" },
  model_tpm_limit: { field: "modelTPMLimit", shape: "intMap" },
  guardrails: { field: "guardrails" },
  blocked: { field: "blocked" },
  tags: { field: "tags" },
  allowed_routes: { field: "allowedRoutes" },
  enforced_params: { field: "enforcedParams" },
  budget_id: { field: "budgetID" },
};

/** Computed by LiteLLM or Terraform, never sent: `spend` is LiteLLM's running total (docs/access.md). */
const COMPUTED: Readonly<Record<string, ReadonlySet<string>>> = {
  litellm_team: new Set(["id"]),
  litellm_user: new Set(["id", "key"]),
  litellm_key: new Set(["id", "token_id", "spend", "key"]),
  litellm_team_member: new Set(["id"]),
  litellm_team_member_add: new Set(["id"]),
};

export const ACCESS_TYPES = new Set(Object.keys(COMPUTED));

export interface ImportedObject {
  /** Relative path of the file: `teams/research.yaml`. */
  path: string;
  resource: Plain;
}

/** What the access importer gives back: the objects, and the address → file mapping for the report. */
export interface AccessImport {
  objects: ImportedObject[];
  mapping: Array<[string, string]>;
}

interface Target {
  namespace: string;
  instance: string;
}

interface Identified {
  name: string;
  id: string;
  email?: string;
}

export function importAccess(ctx: ImportContext, resources: readonly TerraformResource[], target: Target): AccessImport {
  const objects: ImportedObject[] = [];
  const mapping: Array<[string, string]> = [];
  const teams = new Map<string, Identified>(); // by address and by id
  const users = new Map<string, Identified>();
  const names = { team: new UniqueNames(), user: new UniqueNames(), key: new UniqueNames(), member: new UniqueNames() };
  const connectionRef = { instanceRef: { name: target.instance } };
  const emit = (resource: TerraformResource | undefined, folder: string, kind: string, name: string, spec: Plain) => {
    const path = `${folder}/${name}.yaml`;
    objects.push({ path, resource: { apiVersion: AUTH_API_VERSION, kind, metadata: { name, namespace: target.namespace }, spec: { ...spec, connectionRef } } });
    if (resource) mapping.push([resource.address, path]);
  };

  // Teams and users first: keys and memberships refer to them.
  for (const resource of resources.filter((r) => r.type === "litellm_team")) {
    const spec = fields(ctx, resource, TEAM);
    const name = names.team.take(dnsLabel(resource.localName, "team"));
    const id = idOf(ctx, resource, "team", name);
    teams.set(resource.address, { name, id });
    teams.set(id, { name, id });
    emit(resource, "teams", "Team", name, { teamID: id, ...spec });
  }
  for (const resource of resources.filter((r) => r.type === "litellm_user")) {
    const spec = fields(ctx, resource, USER);
    const name = names.user.take(dnsLabel(resource.localName, "user"));
    const userID = typeof spec.userID === "string" ? spec.userID : idOf(ctx, resource, "user", name);
    if (resource.values.auto_create_key === true) {
      ctx.report(
        diagnose("LG6006", locationOf(resource, "auto_create_key"), "autoCreateKey", { address: resource.address }),
      );
    }
    const known = { name, id: userID, ...(typeof spec.userEmail === "string" ? { email: spec.userEmail } : {}) };
    users.set(resource.address, known);
    users.set(known.id, known);
    emit(resource, "users", "User", name, { userID, ...spec });
  }
  for (const resource of resources.filter((r) => r.type === "litellm_key")) {
    const spec = fields(ctx, resource, KEY);
    for (const [argument, field, known] of [["team_id", "teamID", teams], ["user_id", "userID", users]] as const) {
      const expression = resource.expressions.get(argument);
      if (expression === undefined) continue;
      const referenced = referenceOf(expression, known);
      if (referenced) spec[field] = referenced.id;
      else unevaluable(ctx, resource, argument, expression);
    }
    const name = names.key.take(dnsLabel(resource.localName, "key"));
    if (typeof spec.keyAlias !== "string") {
      spec.keyAlias = name;
      ctx.report(diagnose("LG6065", locationOf(resource), "alias", { address: resource.address, alias: name }));
    }
    keyValue(ctx, resource, spec, name, target.instance);
    emit(resource, "keys", "VirtualKey", name, inTableOrder(spec, KEY));
  }
  for (const resource of resources.filter((r) => r.type === "litellm_team_member" || r.type === "litellm_team_member_add")) {
    unknownArguments(ctx, resource, new Set(["team_id", "user_id", "user_email", "role", "max_budget_in_team", "member"]));
    const team = resolve(ctx, resource, "team_id", teams);
    const members: Plain[] =
      resource.type === "litellm_team_member" ? [resource.values] : Array.isArray(resource.values.member) ? (resource.values.member as Plain[]) : [];
    const budget = decimal(resource.values.max_budget_in_team);
    members.forEach((member, i) => {
      const base = dnsLabel(members.length > 1 ? `${resource.localName}-${i + 1}` : resource.localName, "member");
      if (!team) return;
      const user = memberUser(ctx, resource, member, users, names.user, emit);
      if (!user) return;
      const spec: Plain = { teamRef: { name: team.name }, userRef: { name: user.name }, role: roleOf(ctx, resource, member.role) };
      if (budget !== undefined) spec.maxBudgetInTeam = budget;
      emit(resource, "team-members", "TeamMemberAssociation", names.member.take(base), spec);
    });
  }
  return { objects, mapping };
}

/** The fields in the table's order whatever set them first (a `.tf` reference is resolved after the values). */
function inTableOrder(spec: Plain, table: Readonly<Record<string, Field>>): Plain {
  const order = Object.values(table).map((f) => f.field);
  return Object.fromEntries(Object.entries(spec).sort(([a], [b]) => rank(order, a) - rank(order, b)));
}

function rank(order: readonly string[], field: string): number {
  const i = order.indexOf(field);
  return i === -1 ? order.length : i;
}

/** The table's arguments that are set, as fields; the rest reported (LG6006) with a did-you-mean. */
function fields(ctx: ImportContext, resource: TerraformResource, table: Readonly<Record<string, Field>>): Plain {
  const spec: Plain = {};
  for (const [argument, { field, shape = "copy" }] of Object.entries(table)) {
    const value = converted(resource.values[argument], shape);
    if (value !== undefined) spec[field] = withoutStoredCredentials(ctx, resource.file, value, field, resource.address, locationOf(resource, argument));
  }
  for (const [argument, expression] of resource.expressions) {
    if (!Object.hasOwn(table, argument) || argument === "team_id" || argument === "user_id") continue;
    unevaluable(ctx, resource, argument, expression);
  }
  unknownArguments(ctx, resource, new Set(Object.keys(table)));
  return spec;
}

function converted(value: unknown, shape: Shape): unknown {
  if (!isSet(value)) return undefined;
  if (Array.isArray(value)) return value;
  if (typeof value === "object") {
    const entries = Object.entries(value as Plain);
    if (shape === "decimalMap") return Object.fromEntries(entries.map(([k, v]) => [k, decimal(v) ?? String(v)]));
    if (shape === "intMap") return Object.fromEntries(entries.map(([k, v]) => [k, typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v]));
    return value;
  }
  if (shape === "decimal") return decimal(value);
  return value;
}

/** A budget as the exact decimal string the schema wants (`100.5` → `"100.5"`). */
function decimal(value: unknown): string | undefined {
  if (typeof value !== "number" && typeof value !== "string") return undefined;
  if (value === 0 || value === "") return undefined;
  const parsed = parseDecimal(value);
  return parsed ? decimalToString(parsed) : undefined;
}

function unknownArguments(ctx: ImportContext, resource: TerraformResource, known: ReadonlySet<string>): void {
  reportUnknownArguments(ctx, resource, known, own(COMPUTED, resource.type) ?? new Set(), {
    noPlace: own(KIND_OF, resource.type) ?? resource.type,
    otherwise: "unknownAccessArgument",
  });
}

const KIND_OF: Readonly<Record<string, string>> = {
  litellm_team: "Team",
  litellm_user: "User",
  litellm_key: "VirtualKey",
  litellm_team_member: "TeamMemberAssociation",
  litellm_team_member_add: "TeamMemberAssociation",
};

/** The id LiteLLM keeps: the state's `id`; a `.tf` file has none, so the resource's name, with LG6066. */
function idOf(ctx: ImportContext, resource: TerraformResource, what: "team" | "user", name: string): string {
  const id = resource.values.id;
  if (typeof id === "string" && id !== "") return id;
  ctx.report(diagnose("LG6066", locationOf(resource), what, { address: resource.address, id: name }));
  return name;
}

/** `litellm_team.research.id` (or `.team_id`, `.user_id`) → the imported resource it names. */
function referenceOf(expression: string, known: ReadonlyMap<string, Identified>): Identified | undefined {
  const match = /^((?:module\.[\w-]+\.)*litellm_(?:team|user)\.[\w-]+(?:\[[^\]]+\])?)\.(?:id|team_id|user_id)$/.exec(expression.trim());
  return match ? known.get(match[1]!) : undefined;
}

function resolve(ctx: ImportContext, resource: TerraformResource, argument: string, known: ReadonlyMap<string, Identified>): Identified | undefined {
  const expression = resource.expressions.get(argument);
  if (expression !== undefined) {
    const found = referenceOf(expression, known);
    if (!found) ctx.report(diagnose("LG6067", locationOf(resource, argument), "unresolved", { address: resource.address, argument, value: `\`${expression}\`` }));
    return found;
  }
  const value = resource.values[argument];
  const found = typeof value === "string" ? known.get(value) : undefined;
  if (!found) ctx.report(diagnose("LG6067", locationOf(resource, argument), "unresolved", { address: resource.address, argument, value: JSON.stringify(value ?? null) }));
  return found;
}

/**
 * A member's user: an imported User (by reference or id), else a User of its own — LiteLLM's
 * `/team/member_add` creates the user when it does not exist, so the membership implied one.
 */
function memberUser(
  ctx: ImportContext,
  resource: TerraformResource,
  member: Plain,
  users: Map<string, Identified>,
  names: UniqueNames,
  emit: (resource: TerraformResource | undefined, folder: string, kind: string, name: string, spec: Plain) => void,
): Identified | undefined {
  const expression = resource.type === "litellm_team_member" ? resource.expressions.get("user_id") : undefined;
  if (expression !== undefined) {
    const found = referenceOf(expression, users);
    if (!found) ctx.report(diagnose("LG6067", locationOf(resource, "user_id"), "unresolved", { address: resource.address, argument: "user_id", value: `\`${expression}\`` }));
    return found;
  }
  const id = typeof member.user_id === "string" && member.user_id !== "" ? member.user_id : undefined;
  const email = typeof member.user_email === "string" && member.user_email !== "" ? member.user_email : undefined;
  const found = (id !== undefined ? users.get(id) : undefined) ?? [...users.values()].find((u) => email !== undefined && u.email?.toLowerCase() === email.toLowerCase());
  if (found) return found;
  if (id === undefined && email === undefined) {
    ctx.report(diagnose("LG6067", locationOf(resource, "member"), "unresolved", { address: resource.address, argument: "user_id", value: "null" }));
    return undefined;
  }
  const name = names.take(dnsLabel(id ?? email!, "user"));
  const spec: Plain = {};
  if (id !== undefined) spec.userID = id;
  if (email !== undefined) spec.userEmail = email;
  const made = { name, id: id ?? name, ...(email !== undefined ? { email } : {}) };
  users.set(made.id, made);
  emit(undefined, "users", "User", name, spec);
  return made;
}

/** LiteLLM's team roles are `admin` and `user` (`Member.role`); the provider's schema allows proxy roles too, which LiteLLM refuses. */
function roleOf(ctx: ImportContext, resource: TerraformResource, role: unknown): string {
  if (typeof role === "string" && (TEAM_MEMBER_ROLES as readonly string[]).includes(role)) return role;
  const translated = role === "org_admin" ? "admin" : "user";
  ctx.report(diagnose("LG6060", locationOf(resource, "role"), "role", { address: resource.address, role: String(role), translated }));
  return translated;
}

/**
 * The key's value: known (a literal of the state, or a variable) → the Secret `<name>-key`
 * (`keySecretRef`), so the same key keeps working; unknown (write-only in BerriAI's provider,
 * or never set) → the sync's generated-key Secret, which must hold it before the first sync.
 */
function keyValue(ctx: ImportContext, resource: TerraformResource, spec: Plain, name: string, instance: string): void {
  const expression = resource.expressions.get("key");
  const literal = resource.values.key;
  if (expression === undefined && (typeof literal !== "string" || literal === "")) {
    ctx.report(diagnose("LG6065", locationOf(resource), "generated", { address: resource.address, secret: `${instance}-key-${String(spec.keyAlias)}` }));
    return;
  }
  if (literal !== undefined) hide(ctx, resource.file, literal);
  const secret = `${name}-key`;
  spec.keySecretRef = { secretName: secret };
  ctx.report(
    diagnose("LG6065", locationOf(resource, "key"), "value", { address: resource.address, source: expression !== undefined ? `\`${expression}\`` : resource.written !== undefined ? "a literal in the configuration" : "the state", secret }),
  );
}

function unevaluable(ctx: ImportContext, resource: TerraformResource, argument: string, expression: string): void {
  ctx.report(diagnose("LG6061", locationOf(resource, argument), "expression", { address: resource.address, argument, expression }));
}
