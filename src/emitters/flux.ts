/**
 * The Flux objects that apply the rendered tree (CompilerConfig `spec.flux`): a GitRepository
 * for the repository that holds DIR and a Kustomization over its path. Flux runs no
 * generators, so CI commits DIR and Flux applies it through the kustomization.yaml files
 * `build` writes (docs/flux.md).
 *
 * They are written to DIR/flux/, apart from the root kustomization on purpose: applying them
 * is a one-time bootstrap (or part of the cluster's own Flux tree). A Kustomization that
 * applied itself would, with `prune`, delete itself and every LiteLLM object with it the day
 * `spec.flux` is switched off; and `kubectl kustomize DIR` must stay exactly what `render`
 * prints.
 */
import type { CompilerSettings } from "../compiler/ir.js";
import type { K8sObject } from "./kubernetes/index.js";
import { MANAGED_BY } from "./kubernetes/index.js";

export type FluxSettings = NonNullable<CompilerSettings["flux"]>;

/** Where `flux bootstrap` installs the controllers; both objects live beside them. */
export const FLUX_NAMESPACE = "flux-system";
export const FLUX_NAME = "litellm-gitops";
/** Output folder (under DIR) and file names; `kustomization.yaml` is kustomize's, listing the two objects. */
export const FLUX_DIR = "flux";
export const GIT_REPOSITORY_FILE = "gitrepository.yaml";
export const FLUX_KUSTOMIZATION_FILE = "flux-kustomization.yaml";

/** How long Flux waits for the applied objects to become ready before it reports the sync failed. */
const TIMEOUT = "5m";

export function emitFluxObjects(flux: FluxSettings): { gitRepository: K8sObject; kustomization: K8sObject } {
  const metadata = () => ({ name: FLUX_NAME, namespace: FLUX_NAMESPACE, labels: { "app.kubernetes.io/managed-by": MANAGED_BY } });
  const gitRepository: K8sObject = {
    apiVersion: "source.toolkit.fluxcd.io/v1",
    kind: "GitRepository",
    metadata: metadata(),
    spec: { interval: flux.interval, url: fluxGitUrl(flux.gitRepository.url), ref: refInFluxOrder(flux.gitRepository.ref) },
  };
  const kustomization: K8sObject = {
    apiVersion: "kustomize.toolkit.fluxcd.io/v1",
    kind: "Kustomization",
    metadata: metadata(),
    spec: {
      interval: flux.interval,
      sourceRef: { kind: "GitRepository", name: FLUX_NAME },
      path: flux.path,
      prune: flux.prune,
      // No targetNamespace: every rendered object names its namespace, and one target
      // namespace would move them all. `wait` makes the Kustomization's Ready condition mean
      // "the proxies and their ExternalSecrets are ready", not merely "applied".
      wait: true,
      timeout: TIMEOUT,
    },
  };
  return { gitRepository, kustomization };
}

/**
 * Flux accepts only `http(s)://` and `ssh://` URLs; the CompilerConfig also accepts Git's
 * scp-like form (`git@github.com:org/repo.git`), which is `ssh://git@github.com/org/repo.git`.
 */
export function fluxGitUrl(url: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  const scp = /^([^@/:\s]+@)?([^/:\s]+):(?!\/)(.+)$/.exec(url);
  if (scp) return `ssh://${scp[1] ?? ""}${scp[2]}/${scp[3]}`;
  return url;
}

/** A fixed key order, so the output does not depend on the order the user wrote them in. */
function refInFluxOrder(ref: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ["branch", "tag", "semver", "name", "commit"]) {
    const value = ref[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
