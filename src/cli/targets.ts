import { TARGETS, type Target } from "../render/target-names.js";
import { UsageError } from "./io.js";

export const TARGET_OPTION = { target: { type: "string" } } as const;

export const TARGET_USAGE = `  --target manifests|helm|all
            manifests: Kubernetes objects; helm: values for the litellm-helm chart with their
            Argo CD Application / Flux HelmRelease and the ExternalSecrets; all: both.
            Default: CompilerConfig spec.targets, else manifests.`;

/** The --target flag, checked before anything is compiled (a bad value is a usage error, exit 2). */
export function parseTarget(value: string | undefined): Target | undefined {
  if (value === undefined) return undefined;
  if ((TARGETS as readonly string[]).includes(value)) return value as Target;
  throw new UsageError(`--target must be one of ${TARGETS.join(", ")}`);
}
