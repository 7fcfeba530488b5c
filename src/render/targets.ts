import type { IR } from "../compiler/ir.js";
import { renderHelm, type RenderedHelm } from "./helm.js";
import { renderInstances, renderTree, type RenderedInstance } from "./tree.js";

export interface TargetRendering {
  rendered: RenderedInstance[];
  /** The helm target's output, when asked for. */
  helm?: RenderedHelm[];
  /** What `build` writes: relative path → text. */
  files: Map<string, string>;
}

/** IR ──emit──▶ objects ──▶ files for the chosen targets: what `build` writes and `diff` compares. */
export function renderForTargets(ir: IR, targets: { manifests: boolean; helm: boolean }): TargetRendering {
  const rendered = renderInstances(ir);
  const helm = targets.helm ? renderHelm(ir, rendered) : undefined;
  const files = renderTree(rendered, { manifests: targets.manifests, helm, flux: ir.settings.flux });
  return helm ? { rendered, helm, files } : { rendered, files };
}
