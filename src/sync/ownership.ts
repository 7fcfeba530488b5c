import { MANAGED_BY } from "./access-state.js";
import type { Metadata } from "./observe.js";

/** The sync's record inside an object's `metadata.litellm_gitops`. */
export interface Record_ {
  owner: string;
  resource: string;
  /** requestHash of the parameters last applied. */
  hash: string;
  /** requestHash of each parameter last applied: which fields changed, and which left Git. */
  fields: Record<string, string>;
  /** Users only: requestHash of each membership this sync added, by team_id. */
  memberships?: Record<string, string>;
  /** Keys only: where the value comes from. */
  source?: "env" | "generate";
  /** Generated keys only: the Secret (in the proxy's namespace) the value was written to. */
  secret?: string;
}

export const RECORD_FIELD = "litellm_gitops";

export function recordOf(metadata: Metadata | null | undefined): Record_ | undefined {
  if (!metadata || metadata["managed_by"] !== MANAGED_BY) return undefined;
  const record = metadata[RECORD_FIELD];
  if (!record || typeof record !== "object") return undefined;
  const r = record as Partial<Record_>;
  if (typeof r.owner !== "string" || typeof r.hash !== "string") return undefined;
  return { owner: r.owner, resource: String(r.resource ?? ""), hash: r.hash, fields: r.fields ?? {}, memberships: r.memberships, source: r.source, secret: r.secret };
}

/** Who manages an object, for messages: `litellm-gitops (owner …)`, `litellm-operator`, or nobody. */
export function describeOwner(metadata: Metadata | null | undefined): string {
  const record = recordOf(metadata);
  if (record) return `litellm-gitops (owner ${record.owner}, ${record.resource})`;
  const by = metadata?.["managed_by"];
  return typeof by === "string" && by !== "" ? `managed_by: ${by}` : "not managed by litellm-gitops";
}

/** The metadata the sync sends: the user's entries, then ours (which win). */
export function withRecord(user: Record<string, string> | undefined, record: Record_): Metadata {
  return { ...(user ?? {}), managed_by: MANAGED_BY, [RECORD_FIELD]: record };
}
