/**
 * The checks of one Team, User, VirtualKey or TeamMemberAssociation on its own (what needs
 * no proxy: values, names, references to instances). What needs the proxy (models served,
 * ids unique on it, references between access objects) is resolve/access.ts.
 */
import { parseDecimal } from "../decimal.js";
import { diagnose, type Diagnostic } from "../diagnostics.js";
import { locationOf } from "../parse/locate.js";
import type { ParsedDocument } from "../parse/locate.js";
import { childPointer } from "../pointer.js";
import { resourceKey, type Project, type Resource } from "../resources.js";
import { closest } from "../suggest.js";
import { checkSettings } from "./credentials.js";
import { checkSecretKey, checkSecretName } from "./names.js";
import { checkFloatRange } from "./values.js";
import { DURATION } from "../../litellm/index.js";

type Report = (d: Diagnostic) => void;

/** Keys of `metadata` the sync writes itself (src/sync/access-state.ts): a user's value would be overwritten. */
export const RESERVED_METADATA: readonly string[] = ["managed_by", "litellm_gitops"];

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** The User CRD's string-typed limits: digits only, and within what LiteLLM's int (and JSON) carry exactly. */
export function isWholeNumber(value: string): boolean {
  return /^[0-9]+$/.test(value) && Number.isSafeInteger(Number(value));
}

interface Spec {
  connectionRef: { instanceRef?: { name: string; namespace?: string }; secretRef?: { name: string; keys: { masterKey: string; url: string } } };
  [field: string]: unknown;
}

export function checkAccess(project: Project, report: Report): void {
  const { teams, users, virtualKeys, memberships } = project.access;
  const lists: Array<[string, Resource<{ spec: Spec }>[]]> = [
    ["Team", teams as unknown as Resource<{ spec: Spec }>[]],
    ["User", users as unknown as Resource<{ spec: Spec }>[]],
    ["VirtualKey", virtualKeys as unknown as Resource<{ spec: Spec }>[]],
    ["TeamMemberAssociation", memberships as unknown as Resource<{ spec: Spec }>[]],
  ];
  const instances = new Set(project.instances.map((i) => resourceKey(i.namespace, i.name)));
  for (const [kind, resources] of lists) {
    checkDuplicates(kind, resources, report);
    for (const r of resources) {
      const instance = checkConnection(r, instances, project.invalidInstanceKeys, report);
      checkValues(kind, r, report);
      if (kind === "User") checkUser(r, instance, report);
      if (kind === "VirtualKey") checkKey(r, instance, report);
    }
  }
}

/**
 * What generated keys' Secrets are named after when the connection resolves: the instance, or
 * the connection Secret of a proxy elsewhere (its name and data keys checked). LG3001 when
 * instanceRef names no instance.
 */
function checkConnection(r: Resource<{ spec: Spec }>, instances: ReadonlySet<string>, invalid: ReadonlySet<string>, report: Report): string | undefined {
  const ref = r.value.spec.connectionRef;
  if (!ref.instanceRef) {
    if (!ref.secretRef) return undefined;
    const { name, keys } = ref.secretRef;
    for (const field of ["masterKey", "url"] as const) checkSecretKey(r.doc, `/spec/connectionRef/secretRef/keys/${field}`, keys[field], report);
    return checkSecretName(r.doc, "/spec/connectionRef/secretRef/name", name, report) ? name : undefined;
  }
  const key = resourceKey(ref.instanceRef.namespace ?? r.namespace, ref.instanceRef.name);
  if (instances.has(key)) return ref.instanceRef.name;
  if (invalid.has(key)) return undefined;
  const suggestion = closest(key, instances);
  const at = locationOf(r.doc, "/spec/connectionRef/instanceRef/name");
  report(
    suggestion
      ? diagnose("LG3001", at, "didYouMean", { key, suggestion })
      : instances.size > 0
        ? diagnose("LG3001", at, "known", { key, instances: [...instances].sort().join(", ") })
        : diagnose("LG3001", at, "none", { key }),
  );
  return undefined;
}

/** Budgets (exact non-negative decimals, LG3003), durations (LG3004), reserved metadata keys (LG3052). */
function checkValues(kind: string, r: Resource<{ spec: Spec }>, report: Report): void {
  const spec = r.value.spec;
  for (const field of ["maxBudget", "softBudget", "spend", "maxBudgetInTeam"]) {
    if (typeof spec[field] === "string") checkDecimal(r.doc, `/spec/${field}`, spec[field], report);
  }
  const perModel = spec.modelMaxBudget;
  if (perModel && typeof perModel === "object") {
    for (const [model, value] of Object.entries(perModel)) checkDecimal(r.doc, childPointer("/spec/modelMaxBudget", model), String(value), report);
  }
  for (const field of ["budgetDuration", "duration"]) {
    const value = spec[field];
    if (typeof value !== "string" || value === "" || DURATION.test(value)) continue;
    report(diagnose("LG3004", locationOf(r.doc, `/spec/${field}`), "notDuration", { field, duration: value }));
  }
  // Free-form objects LiteLLM stores as written: a credential there is one in Git.
  for (const field of ["metadata", "config", "permissions", "aliases", "modelAliases"]) {
    const value = spec[field];
    if (value && typeof value === "object") checkSettings(r.doc, `/spec/${field}`, value, report, "literalAccessField");
  }
  const metadata = spec.metadata;
  if (metadata && typeof metadata === "object") {
    for (const key of Object.keys(metadata)) {
      if (!RESERVED_METADATA.includes(key)) continue;
      report(
        diagnose("LG3052", locationOf(r.doc, childPointer("/spec/metadata", key), "key"), "reservedMetadata", { key }),
      );
    }
  }
  if (spec.spend !== undefined) {
    report(
      diagnose("LG3052", locationOf(r.doc, "/spec/spend", "key"), kind === "User" ? "userSpend" : "keySpend", {}),
    );
  }
}

function checkDecimal(doc: ParsedDocument, pointer: string, value: string, report: Report): void {
  const parsed = parseDecimal(value);
  if (parsed && !parsed.negative) return checkFloatRange(doc, pointer, pointer.slice(pointer.lastIndexOf("/") + 1), value, parsed, report);
  report(diagnose("LG3003", locationOf(doc, pointer), "notBudget", { field: pointer.slice(pointer.lastIndexOf("/") + 1) }));
}

function checkUser(r: Resource<{ spec: Spec }>, instance: string | undefined, report: Report): void {
  const spec = r.value.spec as Spec & { softBudget?: string; autoCreateKey?: boolean; keyAlias?: string; modelRPMLimit?: Record<string, string>; modelTPMLimit?: Record<string, string> };
  // NewUserRequest and UpdateUserRequest have no soft_budget (litellm/proxy/_types.py).
  if (spec.softBudget !== undefined) {
    report(
      diagnose("LG3052", locationOf(r.doc, "/spec/softBudget", "key"), "softBudget", {}),
    );
  }
  for (const field of ["modelRPMLimit", "modelTPMLimit"] as const) {
    for (const [model, value] of Object.entries(spec[field] ?? {})) {
      if (isWholeNumber(value)) continue;
      report(
        diagnose("LG3050", locationOf(r.doc, childPointer(`/spec/${field}`, model)), "notWhole", { value: JSON.stringify(value) }),
      );
    }
  }
  if (spec.autoCreateKey && !spec.keyAlias) {
    report(
      diagnose("LG3051", locationOf(r.doc, "/spec/autoCreateKey"), "noAlias", {}),
    );
  } else if (spec.autoCreateKey && spec.keyAlias && instance) {
    checkGeneratedSecretName(r.doc, instance, spec.keyAlias, report);
  }
}

function checkKey(r: Resource<{ spec: Spec }>, instance: string | undefined, report: Report): void {
  const spec = r.value.spec as Spec & { key?: string; keyAlias: string; keySecretRef?: { secretName: string; key?: string } };
  if (spec.key !== undefined) {
    report(
      diagnose("LG3008", locationOf(r.doc, "/spec/key"), "keyValue", {}),
    );
  }
  if (spec.keySecretRef) {
    const { secretName, key = "key" } = spec.keySecretRef;
    checkSecretName(r.doc, "/spec/keySecretRef/secretName", secretName, report);
    checkSecretKey(r.doc, "/spec/keySecretRef/key", key, report);
  } else if (instance) {
    checkGeneratedSecretName(r.doc, instance, spec.keyAlias, report);
  }
}

/** `<instance>-key-<keyAlias>` (the operator's name for a generated key's Secret) must be a Secret name. */
function checkGeneratedSecretName(doc: ParsedDocument, instance: string, alias: string, report: Report): void {
  const name = `${instance}-key-${alias}`;
  if (name.length <= 253 && DNS_SUBDOMAIN.test(name)) return;
  report(
    diagnose("LG3005", locationOf(doc, "/spec/keyAlias"), "generatedKeySecret", { name: JSON.stringify(name) }),
  );
}

/** Same kind, namespace and name twice (LG3006, as for the other kinds). */
function checkDuplicates(kind: string, resources: readonly Resource<unknown>[], report: Report): void {
  const first = new Map<string, Resource<unknown>>();
  for (const r of resources) {
    const key = resourceKey(r.namespace, r.name);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, r);
      continue;
    }
    report(diagnose("LG3006", locationOf(r.doc, "/metadata/name"), "duplicate", { kind, key, first: `${earlier.doc.file}:${earlier.doc.locate("/metadata/name").line}` }));
  }
}
