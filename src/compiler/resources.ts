import type { CompilerConfig } from "./types/compiler-config.js";
import type { LiteLLMInstance } from "./types/litellm-instance.js";
import type { Model } from "./types/model.js";
import type { ParsedDocument } from "./parse/locate.js";
import type { Team } from "./types/team.js";
import type { TeamMemberAssociation } from "./types/team-member-association.js";
import type { User } from "./types/user.js";
import type { VirtualKey } from "./types/virtual-key.js";
import type { Location } from "./diagnostics.js";
import type { Guardrail } from "./types/guardrail.js";
import type { MCPServer } from "./types/mcp-server.js";
import type { Callback } from "./types/callback.js";

/** A schema-valid input document, typed by the types generated from schemas/. */
export interface Resource<T> {
  doc: ParsedDocument;
  name: string;
  /** metadata.namespace, or the project's default namespace. */
  namespace: string;
  value: T;
}

export type InstanceResource = Resource<LiteLLMInstance>;
export type ModelResource = Resource<Model>;
export type CompilerConfigResource = Resource<CompilerConfig>;
export type TeamResource = Resource<Team>;
export type UserResource = Resource<User>;
export type VirtualKeyResource = Resource<VirtualKey>;
export type MembershipResource = Resource<TeamMemberAssociation>;

/** The operator's auth.litellm.ai resources: applied at run time by a sync Job (docs/access.md). */
export interface AccessResources {
  teams: TeamResource[];
  users: UserResource[];
  virtualKeys: VirtualKeyResource[];
  memberships: MembershipResource[];
}
export type GuardrailResource = Resource<Guardrail>;
export type MCPServerResource = Resource<MCPServer>;
export type CallbackResource = Resource<Callback>;

/** A committed `kind: Secret`: kept only to warn about it; its values are never read. */
export interface SecretDocument {
  doc: ParsedDocument;
  name: string;
  namespace: string;
}

/** Every input of a project after schema validation, in path order. */
export interface Project {
  instances: InstanceResource[];
  models: ModelResource[];
  /** The config.yaml sections declared as resources (litellm-gitops.dev), each bound to one instance. */
  guardrails: GuardrailResource[];
  mcpServers: MCPServerResource[];
  callbacks: CallbackResource[];
  config?: CompilerConfigResource;
  access: AccessResources;
  secrets: SecretDocument[];
  /** Secrets made in the cluster by producers among the inputs (CNPG, Sealed Secrets, SOPS). */
  producers: SecretProducer[];
  /** Instances whose documents failed the schema: references to them are not reported again. */
  invalidInstanceKeys: Set<string>;
  /**
   * Texts of the files that could not be read (null) or parsed: a reference to a name in one
   * of them is not reported as dangling, since the resource may well be there (one YAML error
   * in instance.yaml must not add an LG3001 per Model).
   */
  failedTexts: ReadonlyArray<string | null>;
}

export function resourceKey(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

/**
 * Secrets made in the cluster rather than fetched from the secret store: no ExternalSecret is
 * emitted for them (ESO and their maker would fight over one Secret). Either named in
 * CompilerConfig.spec.clusterSecrets, or detected from a producer among the inputs (cluster-secrets.ts).
 */
export interface SecretProducer {
  namespace: string;
  /** The Secret's name. */
  name: string;
  /** "CloudNativePG Cluster ai/pg": what makes it, for messages and `secrets`. */
  madeBy: string;
  /** The data keys it will hold, when its maker says; a reference to another key is an error. */
  keys?: readonly string[];
  at: Location;
}
