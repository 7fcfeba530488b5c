/** What `build` writes and `render` prints: plain manifests, litellm-helm values with their wrappers, or both. A leaf, so that checking the --target flag loads no renderer. */
export type Target = "manifests" | "helm" | "all";

export const TARGETS: readonly Target[] = ["manifests", "helm", "all"];
