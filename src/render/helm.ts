import type { IR } from "../compiler/ir.js";
import { argocdApplication, fluxChartSource, fluxHelmRelease } from "../emitters/gitops-wrappers.js";
import { emitHelmValues } from "../emitters/helm-values.js";
import type { K8sObject } from "../emitters/kubernetes/index.js";
import { sharedObjectsOf, type RenderedHelm, type RenderedInstance, type RenderedShared } from "./rendered.js";
import { helmWiringProblems, WiringError } from "./wiring.js";

/**
 * IR ──emit──▶ helm values and wrappers, per instance, from the manifests target's rendering
 * (its config text and ExternalSecrets are reused, so both targets agree by construction).
 * The wiring is checked before anyone writes: see helmWiringProblems.
 */
export function renderHelm(ir: IR, rendered: readonly RenderedInstance[], shared: readonly RenderedShared[] = []): RenderedHelm[] {
  const { settings } = ir;
  return rendered.map((r) => {
    const { config } = r;
    const values = emitHelmValues(r.instance, config, r.configYaml, "helm");
    const wrappers: K8sObject[] = [];
    if (settings.helm.argocd.enabled) wrappers.push(argocdApplication(r.instance, settings, emitHelmValues(r.instance, config, r.configYaml, "argocd")));
    // The HelmRelease carries values.yaml's own values (both use Helm hooks); a copy, so no object is shared.
    if (settings.helm.flux.enabled) wrappers.push(fluxChartSource(r.instance, settings), fluxHelmRelease(r.instance, settings, structuredClone(values)));
    const helm: RenderedHelm = {
      instance: r.instance,
      dir: `${r.dir}/helm`,
      values,
      wrappers,
      externalSecrets: r.objects.filter((o) => o.kind === "ExternalSecret"),
      access: r.accessObjects,
      ...(r.accessJson !== undefined ? { accessJson: r.accessJson } : {}),
    };
    const problems = helmWiringProblems(helm, config, settings.externalSecrets, sharedObjectsOf(shared, r.instance));
    if (problems.length > 0) throw new WiringError(problems);
    return helm;
  });
}
