import { compareStrings } from "../compare.js";

/**
 * The `kustomization.yaml` files `build` writes, so Flux (which runs no generators) and
 * `kubectl kustomize` apply exactly the objects `render` prints. Not a Kubernetes object:
 * kustomize reads it and never sends it to the API server.
 */
export interface KustomizationFile {
  apiVersion: "kustomize.config.k8s.io/v1beta1";
  kind: "Kustomization";
  resources: string[];
}

/** Files in an instance folder that are not Kubernetes objects; listing one would break `kubectl kustomize`. */
const NOT_OBJECTS = new Set(["config.yaml", "kustomization.yaml"]);

/** The instance folder's kustomization: its object files, one object each. */
export function instanceKustomization(files: readonly string[]): KustomizationFile {
  for (const f of files) {
    if (NOT_OBJECTS.has(f) || f === "helm" || f.startsWith("helm/")) {
      throw new Error(`${f} is not a Kubernetes object file and cannot be a kustomization resource`);
    }
  }
  return kustomization(files);
}

/** DIR/kustomization.yaml: every instance folder (`<namespace>/<instance>`), each a kustomization of its own. */
export function rootKustomization(instanceDirs: readonly string[]): KustomizationFile {
  return kustomization(instanceDirs);
}

function kustomization(resources: readonly string[]): KustomizationFile {
  const sorted = [...resources].sort(compareStrings);
  for (let i = 1; i < sorted.length; i++) {
    // kustomize rejects a resource listed twice; say which, here, rather than let it fail later.
    if (sorted[i] === sorted[i - 1]) throw new Error(`kustomization resource listed twice: ${sorted[i]}`);
  }
  return { apiVersion: "kustomize.config.k8s.io/v1beta1", kind: "Kustomization", resources: sorted };
}
