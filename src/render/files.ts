import { objectFileName } from "../emitters/kubernetes/index.js";
import { instanceKustomization, rootKustomization } from "../emitters/kustomization.js";
import { emitFluxObjects, FLUX_DIR, FLUX_KUSTOMIZATION_FILE, GIT_REPOSITORY_FILE, type FluxSettings } from "../emitters/flux.js";
import { helmObjects, type RenderedExternalProxy, type RenderedHelm, type RenderedInstance, type RenderedShared } from "./rendered.js";
import { toYaml } from "./yaml.js";
import { compareStrings } from "../compare.js";

/** Which targets' files `renderTree` writes. */
export interface TreeOptions {
  /** The manifests target (default true): config.yaml, object files and kustomizations. */
  manifests?: boolean;
  /** The helm target's folders (`renderHelm`), when it is wanted. */
  helm?: readonly RenderedHelm[];
  /** DIR/<namespace>/_shared/: ExternalSecrets several instances of the namespace read, for either target. */
  shared?: readonly RenderedShared[];
  /** CompilerConfig `spec.flux`: DIR/flux/ with the GitRepository and Kustomization that apply DIR. */
  flux?: FluxSettings | undefined;
  /** Proxies elsewhere (connectionRef.secretRef): their sync folders, under every target. */
  external?: readonly RenderedExternalProxy[];
}

/** objects ──▶ files: the layout of docs/architecture.md ("Output layout"), as relative path → text. */
export function renderTree(rendered: readonly RenderedInstance[], options: TreeOptions = {}): Map<string, string> {
  const files = new Map<string, string>();
  const manifests = options.manifests ?? true;
  if (manifests) {
    for (const { dir, configYaml, objects, accessJson } of rendered) {
      files.set(`${dir}/config.yaml`, configYaml);
      if (accessJson !== undefined) files.set(`${dir}/access.json`, accessJson);
      const objectFiles: string[] = [];
      for (const object of objects) {
        const name = objectFileName(object);
        objectFiles.push(name);
        files.set(`${dir}/${name}`, toYaml(object));
      }
      files.set(`${dir}/kustomization.yaml`, toYaml(instanceKustomization(objectFiles)));
    }
  }
  for (const { dir, accessJson, objects } of options.external ?? []) {
    files.set(`${dir}/access.json`, accessJson);
    const objectFiles = objects.map(objectFileName);
    objects.forEach((object, i) => files.set(`${dir}/${objectFiles[i]!}`, toYaml(object)));
    files.set(`${dir}/kustomization.yaml`, toYaml(instanceKustomization(objectFiles)));
  }
  for (const helm of options.helm ?? []) renderHelmFolder(helm, files);
  for (const shared of options.shared ?? []) {
    const objectFiles = shared.objects.map((object) => {
      const name = objectFileName(object);
      files.set(`${shared.dir}/${name}`, toYaml(object));
      return name;
    });
    files.set(`${shared.dir}/kustomization.yaml`, toYaml(instanceKustomization(objectFiles)));
  }
  if (options.flux) renderFluxFolder(options.flux, files);
  // The root applies one deployment per instance: the manifests when they are built (as
  // before), else the helm folders. Never both: that would run every proxy twice.
  const roots = [
    ...(manifests ? rendered.map((r) => r.dir) : (options.helm ?? []).map((h) => h.dir)),
    ...(options.external ?? []).map((e) => e.dir),
    ...(options.shared ?? []).map((s) => s.dir),
  ];
  files.set("kustomization.yaml", toYaml(rootKustomization(roots)));
  return new Map([...files.entries()].sort(([a], [b]) => compareStrings(a, b)));
}

/**
 * DIR/<ns>/<inst>/helm/: values.yaml (not an object: never a kustomization resource), one file
 * per wrapper and per ExternalSecret, and a kustomization.yaml over those objects, which is
 * exactly what `render --target helm` prints for the instance: point Argo CD (an app of apps)
 * or a Flux Kustomization at the folder, with the other controller's wrapper turned off.
 */
function renderHelmFolder(helm: RenderedHelm, files: Map<string, string>): void {
  files.set(`${helm.dir}/values.yaml`, toYaml(helm.values));
  if (helm.accessJson !== undefined) files.set(`${helm.dir}/access.json`, helm.accessJson);
  const objectFiles: string[] = [];
  for (const object of helmObjects(helm)) {
    const name = WRAPPER_FILES[object.kind] ?? objectFileName(object);
    objectFiles.push(name);
    files.set(`${helm.dir}/${name}`, toYaml(object));
  }
  files.set(`${helm.dir}/kustomization.yaml`, toYaml(instanceKustomization(objectFiles)));
}

/**
 * DIR/flux/: applied once to bootstrap (`kubectl apply -k DIR/flux`) or from the cluster's Flux
 * tree; deliberately not in DIR/kustomization.yaml (src/emitters/flux.ts says why).
 */
function renderFluxFolder(flux: FluxSettings, files: Map<string, string>): void {
  const { gitRepository, kustomization } = emitFluxObjects(flux);
  files.set(`${FLUX_DIR}/${GIT_REPOSITORY_FILE}`, toYaml(gitRepository));
  files.set(`${FLUX_DIR}/${FLUX_KUSTOMIZATION_FILE}`, toYaml(kustomization));
  files.set(`${FLUX_DIR}/kustomization.yaml`, toYaml(instanceKustomization([GIT_REPOSITORY_FILE, FLUX_KUSTOMIZATION_FILE])));
}

/** One of each per instance, so the kind names the file. */
const WRAPPER_FILES: Readonly<Record<string, string>> = {
  Application: "application.yaml",
  OCIRepository: "ocirepository.yaml",
  HelmRepository: "helmrepository.yaml",
  HelmRelease: "helmrelease.yaml",
};
