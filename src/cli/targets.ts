import type { CompilerSettings } from "../compiler/ir.js";
import { UsageError } from "./io.js";

/** What `build` writes and `render` prints: plain manifests, litellm-helm values with their wrappers, or both. */
export type Target = "manifests" | "helm" | "all";

const TARGETS: readonly Target[] = ["manifests", "helm", "all"];

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

/** The flag when given, else what the CompilerConfig asks for (both targets: `all`). */
export function effectiveTarget(flag: Target | undefined, settings: CompilerSettings): Target {
  if (flag !== undefined) return flag;
  const manifests = settings.targets.includes("manifests");
  const helm = settings.targets.includes("helm");
  return manifests && helm ? "all" : helm ? "helm" : "manifests";
}

export function includesManifests(target: Target): boolean {
  return target !== "helm";
}

export function includesHelm(target: Target): boolean {
  return target !== "manifests";
}
