import type { CompilerSettings, IR } from "../compiler/ir.js";
import type { InstanceIR } from "../compiler/ir.js";
import type { K8sObject } from "../emitters/kubernetes/index.js";
import { renderTree } from "./files.js";
import { renderHelm } from "./helm.js";
import { renderExternalProxies, renderInstances, renderShared } from "./instances.js";
import { helmObjects, sharedObjectsOf, type RenderedExternalProxy, type RenderedHelm, type RenderedInstance, type RenderedShared } from "./rendered.js";

/*
 * The one place that decides what a target produces: `render` prints `objects`, `build` writes
 * `files`, `diff` compares `instances` and `files`. Each of them calls renderTarget.
 */

import type { Target } from "./target-names.js";

export { TARGETS, type Target } from "./target-names.js";

/** The flag when given, else what the CompilerConfig asks for (both targets: `all`). */
export function effectiveTarget(flag: Target | undefined, settings: CompilerSettings): Target {
  if (flag !== undefined) return flag;
  const manifests = settings.targets.includes("manifests");
  const helm = settings.targets.includes("helm");
  return manifests && helm ? "all" : helm ? "helm" : "manifests";
}

/** The CompilerConfig targets a flag stands for (compile's `targets` option); none without a flag. */
export function targetsOfFlag(flag: Target | undefined): Array<"manifests" | "helm"> | undefined {
  if (flag === undefined) return undefined;
  return flag === "all" ? ["helm", "manifests"] : [flag];
}

/** The objects one instance deploys under a target, each once, in render order. */
export interface InstanceObjects {
  /** `<namespace>/<instance>`. */
  dir: string;
  instance: InstanceIR;
  objects: K8sObject[];
}

export interface TargetRendering {
  target: Target;
  rendered: RenderedInstance[];
  /** Proxies elsewhere: their sync objects, the same under every target. */
  external: RenderedExternalProxy[];
  /** The helm target's output, when asked for. */
  helm?: RenderedHelm[];
  /** The namespace-shared ExternalSecrets (DIR/<namespace>/_shared/); with `instance`, those it reads. */
  shared: RenderedShared[];
  /**
   * Per instance, what the target deploys: the manifests, then the helm wrappers (the
   * ExternalSecrets both carry appear once), then the namespace-shared ExternalSecrets it reads.
   */
  instances: InstanceObjects[];
  /** Every object in the order `render` prints them: all instances' manifests, then all instances' helm objects, then the shared ExternalSecrets, each once. */
  objects: K8sObject[];
}

/**
 * IR ──emit──▶ objects for a target. With `instance`, one folder of the output tree (every
 * instance is still emitted and its wiring checked): `<namespace>/<name>`, that instance's
 * objects and, unless `shared` is `exclude`, the namespace-shared ExternalSecrets it reads (so
 * that it can be deployed alone); `<namespace>/_shared`, only the namespace's shared
 * ExternalSecrets (the owner of those when each proxy has an Argo CD Application of its own).
 */
export function renderTarget(ir: IR, target: Target, instance?: string, shared: "include" | "exclude" = "include"): TargetRendering {
  const manifests = target !== "helm";
  const allShared = renderShared(ir);
  const sharedFolder = instance !== undefined && allShared.some((s) => s.dir === instance) ? instance : undefined;
  const rendered = renderInstances(ir, allShared).filter((r) => instance === undefined || r.dir === instance);
  const helm = target !== "manifests" ? renderHelm(ir, rendered, allShared) : undefined;
  const selected =
    instance === undefined
      ? allShared
      : sharedFolder !== undefined
        ? allShared.filter((s) => s.dir === sharedFolder)
        : shared === "exclude"
          ? []
          : allShared
              .map((s) => ({ ...s, objects: rendered.flatMap((r) => sharedObjectsOf([s], r.instance)) }))
              .filter((s) => s.objects.length > 0);
  const helmByDir = new Map((helm ?? []).map((h) => [h.dir, h]));
  // With the manifests, the ExternalSecrets are already among the instance's objects: only the wrappers are added.
  const helmPart = (h: RenderedHelm | undefined): K8sObject[] => (h === undefined ? [] : manifests ? h.wrappers : helmObjects(h));
  const instances = rendered.map((r) => ({
    dir: r.dir,
    instance: r.instance,
    objects: [...(manifests ? r.objects : []), ...helmPart(helmByDir.get(`${r.dir}/helm`)), ...sharedObjectsOf(selected, r.instance)],
  }));
  const external = renderExternalProxies(ir).filter((e) => instance === undefined || e.dir === instance);
  const objects = [
    ...(manifests ? rendered.flatMap((r) => r.objects) : []),
    ...(helm ?? []).flatMap(helmPart),
    ...external.flatMap((e) => e.objects),
    ...selected.flatMap((s) => s.objects),
  ];
  return helm ? { target, rendered, external, helm, shared: selected, instances, objects } : { target, rendered, external, shared: selected, instances, objects };
}

/** objects ──▶ files: what `build` writes for the rendering, as relative path → text. */
export function targetFiles(ir: IR, rendering: TargetRendering): Map<string, string> {
  return renderTree(rendering.rendered, { manifests: rendering.target !== "helm", helm: rendering.helm, shared: rendering.shared, flux: ir.settings.flux, external: rendering.external });
}
