/**
 * resources ──resolve──▶ AccessIR: the operator's Team, User, VirtualKey and
 * TeamMemberAssociation resources, grouped by the proxy they connect to, checked against that
 * proxy (models it serves, guardrails it has, ids and aliases unique on it, references
 * between them) and turned into the desired state the sync applies (src/sync/access-state.ts).
 * docs/access.md describes the model; each rule cites the LiteLLM behaviour it guards against.
 */
import type {
  AccessKey,
  AccessMembership,
  AccessTeam,
  AccessUser,
  KeyParams,
  ModelMaxBudget,
  ResourceId,
  TeamParams,
  UserParams,
} from "../../sync/access-state.js";
import { resourceId } from "../../sync/access-state.js";
import { decimalToNumber, parseDecimal, type Decimal } from "../decimal.js";
import { diagnose, type Diagnostic, type Location } from "../diagnostics.js";
import { compareStrings } from "../../compare.js";
import type { AccessIR, ExternalProxyIR, InstanceIR, SecretIR } from "../ir.js";
import type { SecretRead } from "./env.js";
import { definedGuardrails, unknownGuardrail } from "./integration-checks.js";
import type { KeyReference } from "./secret-origins.js";
import { locationOf, type ParsedDocument } from "../parse/locate.js";
import { childPointer } from "../pointer.js";
import { resourceKey, type Project, type Resource } from "../resources.js";
import { DURATION, SPECIAL_MODEL_NAMES } from "../../litellm/index.js";
import { closest } from "../suggest.js";
import { uuidv5 } from "../uuid.js";
import { isWholeNumber, RESERVED_METADATA } from "../rules/access.js";
import { modelMatcher } from "./proxy-settings.js";

type Report = (d: Diagnostic) => void;
/**
 * The keySecretRef (and connection) Secrets a proxy's sync reads, as SecretIRs (remote references
 * rendered, cluster-made ones marked); `refs` locate each key read, for checking it against
 * what a Secret's maker writes.
 */
export type SecretsOf = (target: { name: string; namespace: string }, reads: SecretRead[], refs: readonly KeyReference[]) => SecretIR[];
type Kind = "Team" | "User" | "VirtualKey" | "TeamMemberAssociation";

interface AuthSpec {
  connectionRef: { instanceRef?: { name: string; namespace?: string }; secretRef?: ConnectionSecret };
}

/** One auth resource bound to a proxy of the project. */
interface Bound<T> {
  kind: Kind;
  resource: Resource<{ spec: T }>;
  id: ResourceId;
}

/** What an access object may name on its proxy: served names, access groups, aliases, guardrails. */
interface ProxyFacts {
  /** `<namespace>/<instance>`, or `<namespace>/secret/<name>` for a proxy reached through a connection Secret. */
  owner: string;
  /** What generated keys' Secrets are named after: the instance, or the connection Secret. */
  base: string;
  masterKey: { secretName: string; key: string };
  /** A proxy of this project: its models are known and checked. */
  known: boolean;
  serves: (name: string) => boolean;
  modelNames: readonly string[];
  accessGroups: ReadonlySet<string>;
  /** Served model names by access group (`model_info.access_groups`). */
  groupModels: ReadonlyMap<string, readonly string[]>;
  /** router_settings.model_group_alias: alias → the group it names (`"alias": "group"` or `{model: group}`). */
  aliases: ReadonlyMap<string, string | undefined>;
  /** Guardrail names the proxy has; undefined when nothing is known of it (a proxy elsewhere). */
  guardrails?: ReadonlySet<string>;
}


/**
 * Binds every access resource to its proxy and checks it. A LiteLLMInstance of the project
 * gets `instance.access` (and the Secrets of its keySecretRefs in `instance.secrets`, so their
 * ExternalSecrets are emitted like every other Secret's); a proxy reached through a
 * connection Secret (connectionRef.secretRef, as the operator reads it) becomes an
 * ExternalProxyIR with its own sync Job.
 */
export function resolveAccess(project: Project, instances: InstanceIR[], secretsOf: SecretsOf, report: Report): ExternalProxyIR[] {
  const byKey = new Map(instances.map((i) => [resourceKey(i.namespace, i.name), i]));
  const groups = new Map<string, Bound<unknown>[]>();
  const connections = new Map<string, { namespace: string; secret: ConnectionSecret; source: Location; doc: ParsedDocument; id: ResourceId }>();
  const bind = (kind: Kind, resource: Resource<{ spec: AuthSpec }>) => {
    const ref = resource.value.spec.connectionRef;
    let key: string;
    if (ref.instanceRef) {
      key = resourceKey(ref.instanceRef.namespace ?? resource.namespace, ref.instanceRef.name);
      if (!byKey.has(key)) return; // rules/access.ts reports it (LG3001)
    } else if (ref.secretRef) {
      key = externalKey(resource.namespace, ref.secretRef.name);
      const first = connections.get(key);
      // The first resource (in id order) names the Secret's keys; every other must name the same.
      if (!first) connections.set(key, { namespace: resource.namespace, secret: ref.secretRef, source: locationOf(resource.doc, "/spec/connectionRef/secretRef/name"), doc: resource.doc, id: resourceId(kind, resource.namespace, resource.name) });
      else checkConnectionKeys(first, resource.doc, ref.secretRef, report);
    } else {
      return;
    }
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push({ kind, resource: resource as Resource<{ spec: unknown }>, id: resourceId(kind, resource.namespace, resource.name) });
  };
  const { teams, users, virtualKeys, memberships } = project.access;
  const byId = <T>(list: Resource<T>[]) => [...list].sort((a, b) => compareStrings(resourceKey(a.namespace, a.name), resourceKey(b.namespace, b.name)));
  for (const r of byId(teams)) bind("Team", r as Resource<{ spec: AuthSpec }>);
  for (const r of byId(users)) bind("User", r as Resource<{ spec: AuthSpec }>);
  for (const r of byId(virtualKeys)) bind("VirtualKey", r as Resource<{ spec: AuthSpec }>);
  for (const r of byId(memberships)) bind("TeamMemberAssociation", r as Resource<{ spec: AuthSpec }>);

  const external: ExternalProxyIR[] = [];
  for (const [key, bound] of groups) {
    const instance = byKey.get(key);
    if (instance) {
      const refs: KeyReference[] = [];
      const access = resolveProxy(proxyFacts(instance), bound, refs, report);
      instance.access = access;
      instance.secrets = mergeSecrets(instance.secrets, secretsOf(instance, groupReads(access.keySecrets), refs));
      continue;
    }
    const { namespace, secret, source, doc } = connections.get(key)!;
    const target = { name: secret.name, namespace };
    const clash = byKey.get(resourceKey(namespace, secret.name));
    if (clash) {
      report(diagnose("LG4051", source, "sharedFolder", { secret: secret.name, folder: `${namespace}/${secret.name}`, instance: resourceKey(namespace, secret.name) }));
      continue;
    }
    const refs: KeyReference[] = [
      { secretName: secret.name, key: secret.keys.masterKey, doc, pointer: "/spec/connectionRef/secretRef/keys/masterKey" },
      { secretName: secret.name, key: secret.keys.url, doc, pointer: "/spec/connectionRef/secretRef/keys/url" },
    ];
    const access = resolveProxy(externalFacts(namespace, secret), bound, refs, report);
    access.url = { secretName: secret.name, key: secret.keys.url };
    const reads = groupReads([...access.keySecrets, { secretName: secret.name, key: secret.keys.masterKey }, { secretName: secret.name, key: secret.keys.url }]);
    external.push({ ...target, source, secrets: secretsOf(target, reads, refs), access });
  }
  checkMembershipProxies(project, new Set([...byKey.keys(), ...connections.keys()]), report);
  return external.sort((a, b) => compareStrings(resourceKey(a.namespace, a.name), resourceKey(b.namespace, b.name)));
}

interface ConnectionSecret {
  name: string;
  keys: { masterKey: string; url: string };
}

/**
 * One connection Secret, one pair of keys: the sync Job reads the URL and master key once per
 * proxy, so a second resource naming other keys of the same Secret would be silently ignored.
 */
function checkConnectionKeys(
  first: { secret: ConnectionSecret; doc: ParsedDocument; id: ResourceId },
  doc: ParsedDocument,
  secret: ConnectionSecret,
  report: Report,
): void {
  for (const field of ["masterKey", "url"] as const) {
    if (secret.keys[field] === first.secret.keys[field]) continue;
    const { line } = first.doc.locate(`/spec/connectionRef/secretRef/keys/${field}`);
    report(
      diagnose("LG4057", locationOf(doc, `/spec/connectionRef/secretRef/keys/${field}`), "keys", {
        secret: secret.name,
        what: field === "url" ? "URL" : "master key",
        first: first.secret.keys[field],
        firstResource: first.id,
        firstAt: `${first.doc.file}:${line}`,
        given: secret.keys[field],
        field,
      }),
    );
  }
}

/** The owner and group key of a proxy reached through Secret `name` (AccessProxy.owner's form). */
function externalKey(namespace: string, name: string): string {
  return `${namespace}/secret/${name}`;
}

/** A proxy this project does not deploy: nothing is known of its models. */
function externalFacts(namespace: string, secret: ConnectionSecret): ProxyFacts {
  return {
    owner: externalKey(namespace, secret.name),
    base: secret.name,
    masterKey: { secretName: secret.name, key: secret.keys.masterKey },
    known: false,
    serves: () => true,
    modelNames: [],
    accessGroups: new Set(),
    groupModels: new Map(),
    aliases: new Map(),
  };
}

function proxyFacts(instance: InstanceIR): ProxyFacts {
  const names = new Set(instance.models.map((m) => m.modelName));
  const groupModels = new Map<string, string[]>();
  for (const m of instance.models) {
    const g = m.modelInfo.access_groups;
    if (!Array.isArray(g)) continue;
    for (const name of g) {
      if (typeof name !== "string") continue;
      if (!groupModels.has(name)) groupModels.set(name, []);
      if (!groupModels.get(name)!.includes(m.modelName)) groupModels.get(name)!.push(m.modelName);
    }
  }
  const groups = new Set(groupModels.keys());
  const aliasMap = instance.routerSettings.model_group_alias;
  const aliases = new Map<string, string | undefined>();
  if (aliasMap && typeof aliasMap === "object") {
    for (const [alias, value] of Object.entries(aliasMap)) {
      const group = typeof value === "string" ? value : (value as { model?: unknown } | null)?.model;
      aliases.set(alias, typeof group === "string" ? group : undefined);
    }
  }
  return {
    owner: resourceKey(instance.namespace, instance.name),
    base: instance.name,
    masterKey: { secretName: instance.masterKey.secretName, key: instance.masterKey.key },
    known: true,
    serves: modelMatcher(names),
    modelNames: [...names].sort(),
    accessGroups: groups,
    groupModels,
    aliases,
    guardrails: definedGuardrails(instance.guardrails, instance.litellmSettings.guardrails),
  };
}

/** Everything bound to one proxy, in the order of access.json. */
function resolveProxy(proxy: ProxyFacts, bound: Bound<unknown>[], refs: KeyReference[], report: Report): AccessIR {
  const of = <T>(kind: Kind) =>
    bound
      .filter((b) => b.kind === kind)
      .sort((a, b) => compareStrings(a.id, b.id)) as Bound<T>[];
  const teamsIn = of<TeamSpec>("Team");
  const usersIn = of<UserSpec>("User");
  const keysIn = of<KeySpec>("VirtualKey");
  const membershipsIn = of<MembershipSpec>("TeamMemberAssociation");

  const derivedId = (b: Bound<unknown>) => uuidv5(`${proxy.owner}/${b.id}`);
  const unique = uniqueness(proxy, report);

  // Teams first: users, memberships and keys refer to them.
  const teams: AccessTeam[] = [];
  const teamById = new Map<string, { team: AccessTeam; bound: Bound<TeamSpec>; budget?: Decimal }>();
  const teamByResource = new Map<string, AccessTeam>();
  for (const b of teamsIn) {
    const spec = b.resource.value.spec;
    const team_id = spec.teamID || derivedId(b);
    unique("team_id", team_id, b, spec.teamID ? "/spec/teamID" : "/metadata/name");
    unique("team_alias", spec.teamAlias, b, "/spec/teamAlias");
    const params: TeamParams = { team_alias: spec.teamAlias };
    const budget = decimalOf(spec.maxBudget);
    copyModels(proxy, b, spec.models, params, report);
    if (budget) params.max_budget = decimalToNumber(budget);
    if (durationOf(spec.budgetDuration)) params.budget_duration = spec.budgetDuration!;
    if (spec.tpmLimit !== undefined) params.tpm_limit = spec.tpmLimit;
    if (spec.rpmLimit !== undefined) params.rpm_limit = spec.rpmLimit;
    if (spec.organizationID) params.organization_id = spec.organizationID;
    if (spec.modelAliases) {
      checkModelKeys(proxy, b, "/spec/modelAliases", spec.modelAliases, "values", report);
      params.model_aliases = sortedRecord(spec.modelAliases);
    }
    if (spec.tags) params.tags = [...spec.tags];
    if (spec.guardrails) params.guardrails = guardrailNames(proxy, b, spec.guardrails, report);
    if (spec.teamMemberPermissions) params.team_member_permissions = [...spec.teamMemberPermissions];
    const metadata = metadataOf(spec.metadata);
    if (metadata) params.metadata = metadata;
    const team: AccessTeam = { resource: b.id, team_id, blocked: spec.blocked ?? false, params };
    teams.push(team);
    teamById.set(team_id, budget ? { team, bound: b, budget } : { team, bound: b });
    teamByResource.set(resourceKey(b.resource.namespace, b.resource.name), team);
  }

  const users: AccessUser[] = [];
  const userById = new Map<string, AccessUser>();
  const userByResource = new Map<string, AccessUser>();
  const keys: AccessKey[] = [];
  const keySecrets: AccessIR["keySecrets"] = [];
  const generatedSecrets: string[] = [];
  const memberships: AccessMembership[] = [];
  const membershipAt = new Map<string, Bound<unknown>>();
  const addMembership = (m: AccessMembership, b: Bound<unknown>, pointer: string) => {
    const key = `${m.team_id}\u0000${m.user_id}`;
    const earlier = membershipAt.get(key);
    if (earlier) {
      report(diagnose("LG4054", locationOf(b.resource.doc, pointer), "memberTwice", { user: m.user_id, team: m.team_id, earlier: earlier.id }));
      return;
    }
    membershipAt.set(key, b);
    memberships.push(m);
  };

  for (const b of usersIn) {
    const spec = b.resource.value.spec;
    const user_id = spec.userID || derivedId(b);
    unique("user_id", user_id, b, spec.userID ? "/spec/userID" : "/metadata/name");
    // LiteLLM compares emails case-insensitively (_check_duplicate_user_email, internal_user_endpoints.py).
    unique("user_email", spec.userEmail.toLowerCase(), b, "/spec/userEmail");
    const params: UserParams = { user_email: spec.userEmail };
    if (spec.userAlias) params.user_alias = spec.userAlias;
    if (spec.userRole) params.user_role = spec.userRole;
    copyModels(proxy, b, spec.models, params, report);
    const budget = decimalOf(spec.maxBudget);
    if (budget) params.max_budget = decimalToNumber(budget);
    if (durationOf(spec.budgetDuration)) params.budget_duration = spec.budgetDuration!;
    if (spec.maxParallelRequests !== undefined) params.max_parallel_requests = spec.maxParallelRequests;
    if (spec.tpmLimit !== undefined) params.tpm_limit = spec.tpmLimit;
    if (spec.rpmLimit !== undefined) params.rpm_limit = spec.rpmLimit;
    if (spec.aliases) params.aliases = sortedRecord(spec.aliases);
    if (spec.allowedCacheControls) params.allowed_cache_controls = [...spec.allowedCacheControls];
    if (spec.guardrails) params.guardrails = guardrailNames(proxy, b, spec.guardrails, report);
    if (spec.permissions) params.permissions = sortedRecord(spec.permissions);
    if (spec.modelMaxBudget) params.model_max_budget = modelBudgets(proxy, b, "/spec/modelMaxBudget", spec.modelMaxBudget, durationOf(spec.budgetDuration), report);
    if (spec.modelRPMLimit) params.model_rpm_limit = wholeNumberMap(proxy, b, "/spec/modelRPMLimit", spec.modelRPMLimit, report);
    if (spec.modelTPMLimit) params.model_tpm_limit = wholeNumberMap(proxy, b, "/spec/modelTPMLimit", spec.modelTPMLimit, report);
    if (spec.sendInviteEmail !== undefined) params.send_invite_email = spec.sendInviteEmail;
    if (spec.ssoUserID) params.sso_user_id = spec.ssoUserID;
    if (spec.blocked !== undefined) params.blocked = spec.blocked;
    const metadata = metadataOf(spec.metadata);
    if (metadata) params.metadata = metadata;
    const user: AccessUser = { resource: b.id, user_id, params };
    users.push(user);
    userById.set(user_id, user);
    userByResource.set(resourceKey(b.resource.namespace, b.resource.name), user);

    spec.teams?.forEach((teamId, i) => {
      const pointer = `/spec/teams/${i}`;
      if (!teamById.has(teamId)) warnExternal(proxy, b, pointer, "team", teamId, teamsIn, report);
      addMembership({ resource: b.id, team_id: teamId, user_id, role: "user" }, b, pointer);
    });

    // Without a keyAlias there is no Secret for the key (LG3051, rules/access.ts).
    if (spec.autoCreateKey && spec.keyAlias) {
      const secretName = generatedSecretName(proxy.base, spec.keyAlias);
      unique("key_alias", spec.keyAlias, b, "/spec/keyAlias");
      const keyParams: KeyParams = { user_id };
      if (params.models) keyParams.models = [...params.models];
      if (durationOf(spec.duration)) keyParams.duration = spec.duration!;
      keys.push({ resource: b.id, key_alias: spec.keyAlias, blocked: false, keySource: { generate: { secretName, secretKey: "key" } }, params: keyParams });
      generatedSecrets.push(secretName);
    }
  }

  for (const b of membershipsIn) {
    const spec = b.resource.value.spec;
    const team = teamByResource.get(resourceKey(spec.teamRef.namespace ?? b.resource.namespace, spec.teamRef.name));
    const user = userByResource.get(resourceKey(spec.userRef.namespace ?? b.resource.namespace, spec.userRef.name));
    // Unresolved references are reported by checkMembershipProxies (they may resolve on another proxy).
    if (!team || !user) continue;
    const m: AccessMembership = { resource: b.id, team_id: team.team_id, user_id: user.user_id, role: spec.role };
    const budget = decimalOf(spec.maxBudgetInTeam);
    if (budget) {
      m.max_budget_in_team = decimalToNumber(budget);
      aboveTeamBudget(b, "/spec/maxBudgetInTeam", budget, teamById.get(team.team_id), "the member's budget in the team", report);
    }
    addMembership(m, b, "/spec/teamRef");
  }

  for (const b of keysIn) {
    const spec = b.resource.value.spec;
    unique("key_alias", spec.keyAlias, b, "/spec/keyAlias");
    const params: KeyParams = {};
    copyModels(proxy, b, spec.models, params, report);
    if (spec.teamID) {
      params.team_id = spec.teamID;
      const team = teamById.get(spec.teamID);
      if (!team) warnExternal(proxy, b, "/spec/teamID", "team", spec.teamID, teamsIn, report);
      else if (spec.models) checkKeyModelsInTeam(proxy, b, spec.models, team, report);
    }
    if (spec.userID) {
      params.user_id = spec.userID;
      if (!userById.has(spec.userID)) warnExternal(proxy, b, "/spec/userID", "user", spec.userID, usersIn, report);
    }
    const budget = decimalOf(spec.maxBudget);
    if (budget) {
      params.max_budget = decimalToNumber(budget);
      if (spec.teamID) aboveTeamBudget(b, "/spec/maxBudget", budget, teamById.get(spec.teamID), "the key's budget", report);
    }
    const soft = decimalOf(spec.softBudget);
    if (soft) params.soft_budget = decimalToNumber(soft);
    if (durationOf(spec.budgetDuration)) params.budget_duration = spec.budgetDuration!;
    if (durationOf(spec.duration)) params.duration = spec.duration!;
    if (spec.budgetID) params.budget_id = spec.budgetID;
    if (spec.maxParallelRequests !== undefined) params.max_parallel_requests = spec.maxParallelRequests;
    if (spec.tpmLimit !== undefined) params.tpm_limit = spec.tpmLimit;
    if (spec.rpmLimit !== undefined) params.rpm_limit = spec.rpmLimit;
    if (spec.aliases) params.aliases = sortedRecord(spec.aliases);
    if (spec.allowedCacheControls) params.allowed_cache_controls = [...spec.allowedCacheControls];
    if (spec.allowedRoutes) params.allowed_routes = [...spec.allowedRoutes];
    if (spec.enforcedParams) params.enforced_params = [...spec.enforcedParams];
    if (spec.guardrails) params.guardrails = guardrailNames(proxy, b, spec.guardrails, report);
    if (spec.tags) params.tags = [...spec.tags];
    if (spec.config) params.config = sortedRecord(spec.config);
    if (spec.permissions) params.permissions = sortedRecord(spec.permissions);
    if (spec.modelMaxBudget) params.model_max_budget = modelBudgets(proxy, b, "/spec/modelMaxBudget", spec.modelMaxBudget, durationOf(spec.budgetDuration), report);
    if (spec.modelRPMLimit) params.model_rpm_limit = integerMap(proxy, b, "/spec/modelRPMLimit", spec.modelRPMLimit, report);
    if (spec.modelTPMLimit) params.model_tpm_limit = integerMap(proxy, b, "/spec/modelTPMLimit", spec.modelTPMLimit, report);
    if (spec.sendInviteEmail !== undefined) params.send_invite_email = spec.sendInviteEmail;
    const metadata = metadataOf(spec.metadata);
    if (metadata) params.metadata = metadata;

    let keySource: AccessKey["keySource"];
    if (spec.keySecretRef) {
      const secret = { name: spec.keySecretRef.secretName, key: spec.keySecretRef.key ?? "key" };
      const env = keyEnvName(spec.keyAlias, keySecrets);
      keySecrets.push({ env, secretName: secret.name, key: secret.key });
      refs.push({ secretName: secret.name, key: secret.key, doc: b.resource.doc, pointer: spec.keySecretRef.key !== undefined ? "/spec/keySecretRef/key" : "/spec/keySecretRef" });
      keySource = { env, secret };
    } else {
      const secretName = generatedSecretName(proxy.base, spec.keyAlias);
      generatedSecrets.push(secretName);
      keySource = { generate: { secretName, secretKey: "key" } };
    }
    keys.push({ resource: b.id, key_alias: spec.keyAlias, blocked: spec.blocked ?? false, keySource, params });
  }

  return {
    owner: proxy.owner,
    teams: teams.sort((a, b) => compareStrings(a.team_id, b.team_id)),
    users: users.sort((a, b) => compareStrings(a.user_id, b.user_id)),
    memberships: memberships.sort((a, b) => compareStrings(a.team_id, b.team_id) || compareStrings(a.user_id, b.user_id)),
    keys: keys.sort((a, b) => compareStrings(a.key_alias, b.key_alias)),
    masterKey: proxy.masterKey,
    keySecrets: keySecrets.sort((a, b) => compareStrings(a.env, b.env)),
    generatedSecrets: [...new Set(generatedSecrets)].sort(),
  };
}

// ---------------------------------------------------------------------------------------
// Specs as the generated types describe them, narrowed to what is read here.

type TeamSpec = import("../types/team.js").Team["spec"];
type UserSpec = import("../types/user.js").User["spec"];
type KeySpec = import("../types/virtual-key.js").VirtualKey["spec"];
type MembershipSpec = import("../types/team-member-association.js").TeamMemberAssociation["spec"];

// ---------------------------------------------------------------------------------------
// Checks

/**
 * Ids and aliases LiteLLM keeps unique (team_id: new_team's "Team id = X already exists";
 * user_id and user_email: _check_duplicate_user_id/_email; key_alias: _enforce_unique_key_alias)
 * and team_alias (not unique in LiteLLM, but two teams with one alias cannot be told apart in
 * its UI and the operator looked teams up by alias). Per proxy: two proxies have two databases.
 */
const UNIQUE_FIELD = { team_alias: "teamAlias", team_id: "teamID", user_id: "userID", user_email: "userEmail" } as const;

function uniqueness(proxy: ProxyFacts, report: Report) {
  const seen = new Map<string, Bound<unknown>>();
  return (what: "team_id" | "team_alias" | "user_id" | "user_email" | "key_alias", value: string, b: Bound<unknown>, pointer: string) => {
    const key = `${what}\u0000${value}`;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, b);
      return;
    }
    const { line } = earlier.resource.doc.locate("/metadata/name");
    const args = { what, value: JSON.stringify(value), proxy: proxy.owner, earlier: earlier.id, first: `${earlier.resource.doc.file}:${line}` };
    const at = locationOf(b.resource.doc, pointer);
    report(
      what === "key_alias"
        ? diagnose("LG4054", at, "keyAliasTaken", args)
        : diagnose("LG4054", at, "taken", { ...args, kind: what.startsWith("team") ? "Team" : "User", field: UNIQUE_FIELD[what] }),
    );
  };
}

/**
 * A model a team, user or key names must be callable on its proxy: a model_name it serves
 * (or one a wildcard model_name matches), an access group of its models
 * (`model_info.access_groups`), a `router_settings.model_group_alias`, a wildcard that
 * matches a served name, or one of LiteLLM's special names (SpecialModelNames). Otherwise
 * LiteLLM accepts the object and every call with that model fails with a 401.
 */
function checkModel(proxy: ProxyFacts, b: Bound<unknown>, pointer: string, model: string, target: "key" | "value", report: Report): void {
  if (!proxy.known) return;
  if (proxy.serves(model) || proxy.accessGroups.has(model) || proxy.aliases.has(model)) return;
  if ((SPECIAL_MODEL_NAMES as readonly string[]).includes(model)) return;
  if (model.includes("*") && proxy.modelNames.some((n) => wildcard(model).test(n))) return;
  const candidates = [...proxy.modelNames, ...proxy.accessGroups, ...proxy.aliases.keys()];
  const suggestion = closest(model, candidates);
  const at = locationOf(b.resource.doc, pointer, target);
  const args = { model: JSON.stringify(model), proxy: proxy.owner };
  const models = [...proxy.modelNames].slice(0, 12).join(", ") + (proxy.modelNames.length > 12 ? ", …" : "");
  report(
    suggestion
      ? diagnose("LG4050", at, "didYouMean", { ...args, suggestion })
      : candidates.length === 0
        ? diagnose("LG4050", at, "servesNone", args)
        : proxy.accessGroups.size > 0
          ? diagnose("LG4050", at, "servesWithGroups", { ...args, models, groups: [...proxy.accessGroups].sort().join(", ") })
          : diagnose("LG4050", at, "serves", { ...args, models }),
  );
}

function copyModels(proxy: ProxyFacts, b: Bound<unknown>, models: string[] | undefined, params: { models?: string[] }, report: Report): void {
  if (!models) return;
  models.forEach((m, i) => checkModel(proxy, b, `/spec/models/${i}`, m, "value", report));
  params.models = [...models];
}

/** Keys of a per-model map (modelMaxBudget, modelRPMLimit…), or values of modelAliases, must be models of the proxy. */
function checkModelKeys(proxy: ProxyFacts, b: Bound<unknown>, pointer: string, map: Record<string, unknown>, which: "keys" | "values", report: Report): void {
  for (const [key, value] of Object.entries(map)) {
    if (which === "keys") checkModel(proxy, b, childPointer(pointer, key), key, "key", report);
    else if (typeof value === "string") checkModel(proxy, b, childPointer(pointer, key), value, "value", report);
  }
}

/**
 * Guardrails a team, user or key enables must be guardrails of its proxy (Guardrail resources,
 * or old-style litellm_settings.guardrails definitions): LiteLLM stores any name
 * (`guardrails` is a free list in NewTeamRequest/GenerateKeyRequest, litellm/proxy/_types.py)
 * and its guardrail hooks run only the names they were configured with, so a misspelt name
 * protects nothing. LG4040, the code of the same mistake in the instance's own settings.
 */
function guardrailNames(proxy: ProxyFacts, b: Bound<unknown>, names: string[], report: Report): string[] {
  const defined = proxy.guardrails;
  if (defined) {
    names.forEach((name, i) => {
      if (defined.has(name)) return;
      report(unknownGuardrail(locationOf(b.resource.doc, `/spec/guardrails/${i}`), name, defined, proxy.owner, proxy.base));
    });
  }
  return [...names];
}

/**
 * A team key calls only what its team may call: on every request LiteLLM's common_checks runs
 * can_team_access_model (litellm/proxy/auth/auth_checks.py), whose _can_object_call_model
 * answers 401 "team not allowed to access model. This team can only access models=[…]", and /key/update refuses to move a key into a team that cannot call the
 * key's models (validate_key_team_change, litellm/proxy/management_endpoints/
 * key_management_endpoints.py). /key/generate with the master key does not check, so without
 * this the key would exist and fail. Team models as can_team_access_model reads them: an empty
 * list or `all-proxy-models` allows every model; an entry is a model name, an access group of
 * the proxy's models, or a wildcard. A key's access group or wildcard must reach only models
 * the team may call; `all-team-models` and the other special names are the team's own.
 */
function checkKeyModelsInTeam(
  proxy: ProxyFacts,
  b: Bound<unknown>,
  keyModels: readonly string[],
  team: { team: AccessTeam; bound: Bound<TeamSpec> },
  report: Report,
): void {
  const teamModels = team.team.params.models ?? [];
  if (!proxy.known || teamModels.length === 0 || teamModels.includes("all-proxy-models")) return;
  const teamWildcards = teamModels.filter((m) => m.includes("*")).map(wildcard);
  const teamCalls = (model: string) =>
    teamModels.includes(model) ||
    teamModels.some((g) => proxy.groupModels.get(g)?.includes(model)) ||
    teamWildcards.some((pattern) => pattern.test(model));
  keyModels.forEach((model, i) => {
    if (teamModels.includes(model) || (SPECIAL_MODEL_NAMES as readonly string[]).includes(model)) return;
    // _can_object_call_model allows an alias when the alias or the group it names is allowed.
    const target = proxy.aliases.get(model);
    if (target !== undefined && teamCalls(target)) return;
    const reached = proxy.groupModels.get(model) ?? (model.includes("*") ? proxy.modelNames.filter((n) => wildcard(model).test(n)) : [model]);
    const refused = reached.filter((m) => !teamCalls(m));
    if (refused.length === 0) return;
    const at = locationOf(b.resource.doc, `/spec/models/${i}`);
    const names = { model, team: team.team.params.team_alias, teamResource: team.bound.id, teamModels: teamModels.join(", ") };
    report(reached.length === 1 && reached[0] === model ? diagnose("LG4056", at, "model", names) : diagnose("LG4056", at, "reached", { ...names, refused: refused.join(", ") }));
  });
}

/** A LiteLLM model wildcard (`openai/*`) as a whole-name pattern. */
function wildcard(model: string): RegExp {
  return new RegExp("^" + model.split("*").map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$");
}

/** A budget as an exact decimal; invalid values were reported by rules/access.ts and are left out. */
function decimalOf(value: string | undefined): Decimal | undefined {
  if (value === undefined) return undefined;
  const parsed = parseDecimal(value);
  return parsed && !parsed.negative ? parsed : undefined;
}

/**
 * The operator's `modelMaxBudget: {model: "10"}` as LiteLLM's GenericBudgetConfigType
 * (`{model: {budget_limit: 10}}`, litellm/types/utils.py; a bare number per model is invalid there).
 */
function modelBudgets(proxy: ProxyFacts, b: Bound<unknown>, pointer: string, map: Record<string, string>, period: string | undefined, report: Report): ModelMaxBudget {
  checkModelKeys(proxy, b, pointer, map, "keys", report);
  const out: ModelMaxBudget = {};
  for (const key of Object.keys(map).sort(compareStrings)) {
    const d = decimalOf(map[key]);
    // The resource's own budgetDuration resets the per-model budgets too (BudgetConfig.time_period).
    if (d) out[key] = period ? { budget_limit: decimalToNumber(d), time_period: period } : { budget_limit: decimalToNumber(d) };
  }
  return out;
}

/** The User CRD's string-typed per-model limits as LiteLLM's integers (rules/access.ts reports the rest). */
function wholeNumberMap(proxy: ProxyFacts, b: Bound<unknown>, pointer: string, map: Record<string, string>, report: Report): Record<string, number> {
  checkModelKeys(proxy, b, pointer, map, "keys", report);
  const out: Record<string, number> = {};
  for (const key of Object.keys(map).sort(compareStrings)) {
    if (isWholeNumber(map[key]!)) out[key] = Number(map[key]);
  }
  return out;
}

function integerMap(proxy: ProxyFacts, b: Bound<unknown>, pointer: string, map: Record<string, number>, report: Report): Record<string, number> {
  checkModelKeys(proxy, b, pointer, map, "keys", report);
  return sortedRecord(map);
}

/** budgetDuration and duration in LiteLLM's form; others were reported by rules/access.ts. */
function durationOf(value: string | undefined): string | undefined {
  return value !== undefined && DURATION.test(value) ? value : undefined;
}

/** The user's metadata without the keys the sync writes itself (rules/access.ts warns about those). */
function metadataOf(metadata: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!metadata) return undefined;
  const keys = Object.keys(metadata).filter((k) => !RESERVED_METADATA.includes(k)).sort(compareStrings);
  return keys.length > 0 ? Object.fromEntries(keys.map((k) => [k, metadata[k]!])) : undefined;
}

/** A key's or member's budget above its team's: the team's budget binds first, so the larger one never applies. */
function aboveTeamBudget(
  b: Bound<unknown>,
  pointer: string,
  budget: Decimal,
  team: { team: AccessTeam; bound: Bound<TeamSpec>; budget?: Decimal } | undefined,
  what: string,
  report: Report,
): void {
  if (!team?.budget || compareDecimals(budget, team.budget) <= 0) return;
  report(
    diagnose("LG4055", locationOf(b.resource.doc, pointer), "aboveTeam", {
      what,
      budget: budget.digits === 0n ? "0" : decimalToNumber(budget),
      team: team.team.params.team_alias,
      teamBudget: decimalToNumber(team.budget),
      teamResource: team.bound.id,
    }),
  );
}

function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const av = a.digits * 10n ** BigInt(scale - a.scale);
  const bv = b.digits * 10n ** BigInt(scale - b.scale);
  return av < bv ? -1 : av > bv ? 1 : 0;
}

/** A team or user id that no resource of the proxy declares: LiteLLM accepts it (/key/generate does not check the team), so only a warning. */
function warnExternal(proxy: ProxyFacts, b: Bound<unknown>, pointer: string, what: "team" | "user", id: string, declared: Bound<unknown>[], report: Report): void {
  // Naming the resource instead of its id is the likely mistake: say which id it has.
  const sameName = declared.find((d) => d.resource.name === id);
  const at = locationOf(b.resource.doc, pointer);
  const args = { what, id: JSON.stringify(id), proxy: proxy.owner, kind: what === "team" ? "Team" : "User" };
  report(
    sameName
      ? diagnose("LG4052", at, "sameName", { ...args, resource: sameName.id, idField: what === "team" ? "teamID" : "userID" })
      : diagnose("LG4052", at, "undeclared", args),
  );
}

/** `<instance>-key-<keyAlias>`: the Secret the operator writes a generated key to (rules/access.ts checks it is a valid name). */
export function generatedSecretName(instance: string, alias: string): string {
  return `${instance}-key-${alias}`;
}

/** `LITELLM_KEY_<ALIAS>`, upper-cased, other characters `_`; `_2`, `_3`… when two aliases meet. */
function keyEnvName(alias: string, taken: ReadonlyArray<{ env: string }>): string {
  const base = `LITELLM_KEY_${alias.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
  const used = new Set(taken.map((t) => t.env));
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
  return name;
}

/** The keySecretRef Secrets as the reads of the instance (name → keys). */
function groupReads(keySecrets: ReadonlyArray<{ secretName: string; key: string }>): SecretRead[] {
  const keys = new Map<string, Set<string>>();
  for (const { secretName, key } of keySecrets) {
    if (!keys.has(secretName)) keys.set(secretName, new Set());
    keys.get(secretName)!.add(key);
  }
  return [...keys.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([name, set]) => ({ name, keys: [...set].sort(compareStrings) }));
}

/** The instance's Secrets plus those of its keys: one entry per Secret, keys unique and sorted. */
function mergeSecrets(secrets: readonly SecretIR[], add: readonly SecretIR[]): SecretIR[] {
  const byName = new Map(secrets.map((s) => [s.name, { ...s, keys: [...s.keys] }]));
  for (const secret of add) {
    const existing = byName.get(secret.name);
    if (!existing) {
      byName.set(secret.name, { ...secret, keys: [...secret.keys] });
      continue;
    }
    for (const k of secret.keys) if (!existing.keys.some((e) => e.key === k.key)) existing.keys.push(k);
    existing.keys.sort((a, b) => compareStrings(a.key, b.key));
  }
  return [...byName.values()].sort((a, b) => compareStrings(a.name, b.name));
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort(compareStrings).map((k) => [k, record[k]!]));
}

/**
 * A TeamMemberAssociation's teamRef and userRef must name a Team and a User of the project
 * (namespaces honoured, unlike the operator, which reads both from the association's own
 * namespace), and both must live on the association's proxy: a membership joins two rows
 * of one database.
 */
function checkMembershipProxies(project: Project, proxies: ReadonlySet<string>, report: Report): void {
  const proxyOf = (r: Resource<{ spec: AuthSpec }>) => {
    const ref = r.value.spec.connectionRef.instanceRef;
    return ref ? resourceKey(ref.namespace ?? r.namespace, ref.name) : externalKey(r.namespace, r.value.spec.connectionRef.secretRef?.name ?? "");
  };
  const index = <T>(list: Resource<T>[]) => new Map(list.map((r) => [resourceKey(r.namespace, r.name), r]));
  const teams = index(project.access.teams);
  const users = index(project.access.users);
  for (const m of project.access.memberships) {
    const own = proxyOf(m as Resource<{ spec: AuthSpec }>);
    if (!proxies.has(own)) continue; // its connectionRef was reported already
    for (const [field, kind, list] of [
      ["teamRef", "Team", teams],
      ["userRef", "User", users],
    ] as const) {
      const ref = m.value.spec[field];
      const key = resourceKey(ref.namespace ?? m.namespace, ref.name);
      const target = (list as Map<string, Resource<{ spec: AuthSpec }>>).get(key);
      if (!target) {
        const suggestion = closest(key, list.keys());
        const at = locationOf(m.doc, `/spec/${field}/name`);
        report(
          suggestion
            ? diagnose("LG4053", at, "didYouMean", { field, key, kind, suggestion, namespace: m.namespace })
            : diagnose("LG4053", at, "missing", { field, key, kind }),
        );
      } else if (proxyOf(target) !== own) {
        report(diagnose("LG4053", locationOf(m.doc, `/spec/${field}/name`), "otherProxy", { kind, key, proxy: proxyOf(target), own }));
      }
    }
  }
}
