/**
 * `import` of another LiteLLM operator's resources (Kubernetes manifests): the
 * home-operations operator's are mapped (home-operations.ts); every other object is named
 * (LG6068), never dropped silently. Pure like every import: reads the files, writes nothing.
 */
import { collector, diagnose, sortDiagnostics } from "../../compiler/diagnostics.js";
import type { ImportContext } from "../context.js";
import { importConfigView, type ImportResult } from "../index.js";
import { maskSources } from "../mask.js";
import { planFiles } from "../plan.js";
import { EnvBook } from "../secrets.js";
import type { ImportOptions } from "../types.js";
import { HOME_OPERATIONS_GROUP, importHomeOperations } from "./home-operations.js";
import { readManifests } from "./read.js";

export { isManifestText } from "./read.js";

export function importOperator(paths: readonly string[], options: ImportOptions): ImportResult {
  const { diagnostics, report } = collector();
  const { texts, manifests } = readManifests(paths, options.cwd, report);
  const ctx: ImportContext = { report, book: new EnvBook(report), hidden: new Map(), mainFile: manifests[0]?.doc.file ?? paths[0] ?? "", once: new Set() };
  const failed = () => diagnostics.some((d) => d.severity === "error");
  const finish = (files: Map<string, string>, mapping: Array<[string, string]> = []): ImportResult => {
    const sorted = sortDiagnostics(diagnostics);
    return { files, diagnostics: sorted, sources: maskSources(texts, ctx.hidden, sorted), view: {}, mapping };
  };
  if (failed()) return finish(new Map());
  if (!manifests.some((m) => m.apiVersion.split("/")[0] === HOME_OPERATIONS_GROUP)) {
    for (const m of manifests) {
      const { line, column } = m.doc.locate("/kind");
      report(diagnose("LG6068", { file: m.doc.file, line, column, pointer: "/kind" }, "noCounterpart", { kind: m.kind, name: m.name, apiVersion: m.apiVersion }));
    }
    report(
      diagnose("LG6001", { file: ctx.mainFile, line: 1, column: 1, pointer: "" }, "noOperatorResource", {}),
    );
    return finish(new Map());
  }
  const part = importHomeOperations(ctx, manifests, options);
  if (!part || failed()) return finish(new Map());
  const { spec, models, objects } = importConfigView(ctx, part.view, part.deployment, options, part.objects);
  if (failed()) return finish(new Map());
  return finish(planFiles({ options, spec, models, objects, clusterSecrets: part.clusterSecrets, sources: [...texts.keys()] }), part.mapping);
}
