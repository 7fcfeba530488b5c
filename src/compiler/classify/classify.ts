import { diagnose, type Report } from "../diagnostics.js";
import type { ParsedDocument } from "../parse/locate.js";
import { closest, editDistance } from "../suggest.js";
import { isRecord, own } from "../../records.js";

export const LITELLM_API_VERSION = "litellm.litellm.ai/v1alpha1";
export const GITOPS_API_VERSION = "litellm-gitops.dev/v1alpha1";
/** The operator's teams, users and keys (applied at run time by the sync Job, docs/access.md). */
export const AUTH_API_VERSION = "auth.litellm.ai/v1alpha1";

/** The kinds this compiler reads, with the apiVersion each must carry. */
export const INPUT_KINDS = {
  LiteLLMInstance: LITELLM_API_VERSION,
  Model: LITELLM_API_VERSION,
  CompilerConfig: GITOPS_API_VERSION,
  Team: AUTH_API_VERSION,
  User: AUTH_API_VERSION,
  VirtualKey: AUTH_API_VERSION,
  TeamMemberAssociation: AUTH_API_VERSION,
  Guardrail: GITOPS_API_VERSION,
  MCPServer: GITOPS_API_VERSION,
  Callback: GITOPS_API_VERSION,
} as const;

export type InputKind = keyof typeof INPUT_KINDS;

export type Classified =
  | { role: "input"; kind: InputKind; doc: ParsedDocument }
  | { role: "secret"; doc: ParsedDocument }
  /** A CNPG Cluster, SealedSecret or ExternalSecret: makes Secrets in the cluster (cluster-secrets.ts). */
  | { role: "producer"; doc: ParsedDocument }
  | { role: "ignored" };

/** API groups that are ours: a document in them that we can't read is a mistake, not someone else's file. */
const OUR_GROUPS = new Set(["litellm.litellm.ai", "litellm-gitops.dev", "auth.litellm.ai"]);

/** One of our inputs, by kind. */
export interface Input {
  kind: InputKind;
  doc: ParsedDocument;
}

/**
 * The fourth stage: which documents are ours (inputs, by kind), which are committed Secrets
 * (read only to warn about them) or make Secrets in the cluster, and what is wrong with a document of ours that can't be read.
 * A `kind: List` stands for its items.
 */
export function classifyDocuments(documents: readonly ParsedDocument[], report: Report): Classification {
  const found: Classification = { inputs: [], secrets: [], producers: [] };
  for (const doc of documents.flatMap(listItems)) {
    const classified = classify(doc, report);
    if (classified.role === "secret") found.secrets.push(doc);
    if (classified.role === "producer") found.producers.push(doc);
    if (classified.role === "input") found.inputs.push({ kind: classified.kind, doc });
  }
  return found;
}

export interface Classification {
  inputs: Input[];
  /** Committed `kind: Secret` documents. */
  secrets: ParsedDocument[];
  /** Documents that make Secrets in the cluster (a CNPG Cluster, a SealedSecret, an ExternalSecret): cluster-secrets.ts. */
  producers: ParsedDocument[];
}

export function classify(doc: ParsedDocument, report: Report): Classified {
  const value = doc.value;
  if (!isRecord(value)) return { role: "ignored" };
  const { apiVersion, kind } = value;
  // A document of ours that lost its kind or apiVersion would otherwise be skipped without a word.
  if (typeof apiVersion === "string" && typeof kind !== "string" && OUR_GROUPS.has(groupOf(apiVersion))) {
    const pointer = kind === undefined ? "" : "/kind";
    const { line, column } = doc.locate(pointer === "" ? "/apiVersion" : pointer, pointer === "" ? "key" : "value");
    const kinds = Object.entries(INPUT_KINDS).filter(([, v]) => v === apiVersion).map(([k]) => k);
    report(
      kinds.length > 0
        ? diagnose("LG1009", { file: doc.file, line, column, pointer }, kind === undefined ? "noKind" : "kindNotString", { apiVersion, kinds: kinds.join("` or `kind: ") })
        : diagnose("LG1009", { file: doc.file, line, column, pointer }, kind === undefined ? "noKindOfVersion" : "kindNotStringOfVersion", {
            apiVersion,
            kinds: Object.keys(INPUT_KINDS).join(", "),
          }),
    );
    return { role: "ignored" };
  }
  if (apiVersion === undefined && typeof kind === "string" && Object.hasOwn(INPUT_KINDS, kind)) {
    const { line, column } = doc.locate("/kind");
    report(
      diagnose("LG1009", { file: doc.file, line, column, pointer: "" }, "noApiVersion", { kind, expected: INPUT_KINDS[kind as InputKind] }),
    );
    return { role: "ignored" };
  }
  if (typeof apiVersion !== "string" || typeof kind !== "string") return { role: "ignored" };
  if (apiVersion === "v1" && kind === "Secret") return { role: "secret", doc };
  if (isProducer(apiVersion, kind)) return { role: "producer", doc };
  const group = groupOf(apiVersion);
  if (!OUR_GROUPS.has(group)) {
    const expected = own<string>(INPUT_KINDS, kind);
    if (expected !== undefined && looksLikeOurs(group, groupOf(expected))) {
      // A typo in the group would otherwise drop the document from the build without a word.
      const { line, column } = doc.locate("/apiVersion");
      report(
        diagnose("LG1030", { file: doc.file, line, column, pointer: "/apiVersion" }, "lookAlike", { kind, apiVersion, group, ours: groupOf(expected), expected }),
      );
    }
    return { role: "ignored" };
  }

  // own(): `kind: constructor` is an unknown kind, not Object's constructor.
  const expected = own<string>(INPUT_KINDS, kind as string);
  if (expected === apiVersion) return { role: "input", kind: kind as InputKind, doc };
  if (expected !== undefined) {
    const { line, column } = doc.locate("/apiVersion");
    report(
      diagnose("LG1009", { file: doc.file, line, column, pointer: "/apiVersion" }, "wrongApiVersion", { kind, expected, apiVersion }),
    );
    return { role: "ignored" };
  }
  const inGroup = Object.entries(INPUT_KINDS)
    .filter(([, version]) => version.startsWith(group + "/"))
    .map(([name]) => name);
  const suggestion = closest(kind, inGroup);
  const { line, column } = doc.locate("/kind");
  report(
    suggestion
      ? diagnose("LG1009", { file: doc.file, line, column, pointer: "/kind" }, "unknownKind", { kind, apiVersion, suggestion })
      : diagnose("LG1009", { file: doc.file, line, column, pointer: "/kind" }, "unknownKindInGroup", { kind, apiVersion, group, kinds: inGroup.join(", ") }),
  );
  return { role: "ignored" };
}

/**
 * A group that names LiteLLM or is a few edits from ours (`litellm.ai`, `litellm.litelm.ai`,
 * `litellm.litellm.io`, `litellm-gitops.io`): meant to be ours, not another project's kind of
 * the same name.
 */
function looksLikeOurs(group: string, ours: string): boolean {
  return group.toLowerCase().includes("litellm") || editDistance(group.toLowerCase(), ours) <= 3;
}

/**
 * A document that makes Secrets in the cluster: a CloudNativePG Cluster, a SealedSecret, or an
 * ExternalSecret the user keeps beside the resources (cluster-secrets.ts reads them).
 */
function isProducer(apiVersion: string, kind: string): boolean {
  return (
    (apiVersion === "postgresql.cnpg.io/v1" && kind === "Cluster") ||
    (apiVersion === "bitnami.com/v1alpha1" && kind === "SealedSecret") ||
    (kind === "ExternalSecret" && (apiVersion === "external-secrets.io/v1" || apiVersion === "external-secrets.io/v1beta1"))
  );
}

function groupOf(apiVersion: string): string {
  return apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
}


/**
 * A `kind: List` (what `kubectl get -o yaml` writes) stands for its items: each is read as a
 * document of its own, located inside the list.
 */
function listItems(doc: ParsedDocument): ParsedDocument[] {
  const value = doc.value;
  if (!isRecord(value) || value.apiVersion !== "v1" || value.kind !== "List" || !Array.isArray(value.items)) return [doc];
  return value.items.map((item, i) => ({
    file: doc.file,
    index: doc.index,
    value: item,
    locate: (pointer, target) => doc.locate(`/items/${i}${pointer}`, target),
  }));
}
