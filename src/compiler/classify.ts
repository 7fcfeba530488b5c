import { diagnostic, type Diagnostic } from "./diagnostics.js";
import type { ParsedDocument } from "./parse.js";
import { closest } from "./suggest.js";

export const LITELLM_API_VERSION = "litellm.litellm.ai/v1alpha1";
export const GITOPS_API_VERSION = "litellm-gitops.dev/v1alpha1";

/** The kinds this compiler reads, with the apiVersion each must carry. */
export const INPUT_KINDS = {
  LiteLLMInstance: LITELLM_API_VERSION,
  Model: LITELLM_API_VERSION,
  CompilerConfig: GITOPS_API_VERSION,
} as const;

export type InputKind = keyof typeof INPUT_KINDS;

export type Classified =
  | { role: "input"; kind: InputKind; doc: ParsedDocument }
  | { role: "secret"; doc: ParsedDocument }
  | { role: "ignored" };

/** API groups that are ours: a document in them that we can't read is a mistake, not someone else's file. */
const OUR_GROUPS = new Set(["litellm.litellm.ai", "litellm-gitops.dev"]);

export function classify(doc: ParsedDocument, diagnostics: Diagnostic[]): Classified {
  const value = doc.value;
  if (!isRecord(value)) return { role: "ignored" };
  const { apiVersion, kind } = value;
  if (typeof apiVersion !== "string" || typeof kind !== "string") return { role: "ignored" };
  if (apiVersion === "v1" && kind === "Secret") return { role: "secret", doc };
  const group = apiVersion.includes("/") ? apiVersion.slice(0, apiVersion.indexOf("/")) : "";
  if (!OUR_GROUPS.has(group)) return { role: "ignored" };

  const expected = INPUT_KINDS[kind as InputKind] as string | undefined;
  if (expected === apiVersion) return { role: "input", kind: kind as InputKind, doc };
  if (expected !== undefined) {
    const { line, column } = doc.locate("/apiVersion");
    diagnostics.push(
      diagnostic(
        "LG1009",
        { file: doc.file, line, column, pointer: "/apiVersion" },
        `${kind} is read as apiVersion ${expected}, not ${apiVersion}`,
        `Write \`apiVersion: ${expected}\`.`,
      ),
    );
    return { role: "ignored" };
  }
  // The operator's auth.litellm.ai kinds share the litellm.litellm.ai group's domain but are not compiled.
  const inGroup = Object.entries(INPUT_KINDS)
    .filter(([, version]) => version.startsWith(group + "/"))
    .map(([name]) => name);
  const suggestion = closest(kind, inGroup);
  const { line, column } = doc.locate("/kind");
  diagnostics.push(
    diagnostic(
      "LG1009",
      { file: doc.file, line, column, pointer: "/kind" },
      `unknown kind ${kind} in ${apiVersion}`,
      suggestion ? `Did you mean \`kind: ${suggestion}\`?` : `Kinds read from ${group}: ${inGroup.join(", ")}.`,
    ),
  );
  return { role: "ignored" };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
