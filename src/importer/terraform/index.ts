/**
 * `import` of Terraform (configuration or `terraform show -json`) holding resources of the
 * LiteLLM provider → a CompilerConfig, one LiteLLMInstance for the proxy the provider talked
 * to, and one Model per `litellm_model`, laid out as every import is (plan.ts). Pure like the
 * config importer: reads the given files, writes nothing.
 */
import path from "node:path";
import { collector, diagnose, sortDiagnostics } from "../../compiler/diagnostics.js";
import type { ImportContext } from "../context.js";
import type { ImportResult } from "../index.js";
import { maskSources } from "../mask.js";
import type { ImportedModel } from "../models.js";
import { UniqueNames } from "../names.js";
import { planFiles, reportStoreDefault } from "../plan.js";
import { EnvBook } from "../secrets.js";
import { masterKeyRef } from "../settings.js";
import type { ImportOptions, Plain } from "../types.js";
import { importTerraformModel } from "./models.js";
import { readTerraform, type TerraformResource } from "./read.js";
import { ACCESS_TYPES, importAccess } from "./access.js";
import { importIntegrations, INTEGRATION_TYPES } from "./integrations.js";

export { isTerraformPath } from "./read.js";


export async function importTerraform(paths: readonly string[], options: ImportOptions): Promise<ImportResult> {
  const { diagnostics, report } = collector();
  const texts = new Map<string, string>();
  const resources: TerraformResource[] = [];
  for (const given of paths) {
    const input = await readTerraform(path.resolve(options.cwd, given), options.cwd, report);
    if (!input) continue;
    texts.set(input.file, input.text);
    resources.push(...input.resources);
  }
  const ctx: ImportContext = { report, book: new EnvBook(report), hidden: new Map(), mainFile: resources[0]?.file ?? paths[0] ?? "", once: new Set() };
  const finish = (files: Map<string, string>, mapping: Array<[string, string]> = []): ImportResult => {
    const sorted = sortDiagnostics(diagnostics);
    return { files, diagnostics: sorted, sources: maskSources(texts, ctx.hidden, sorted), view: {}, mapping };
  };
  if (diagnostics.some((d) => d.severity === "error")) return finish(new Map());

  const names = new UniqueNames();
  const models: ImportedModel[] = [];
  const mapping: Array<[string, string]> = [];
  for (const resource of resources) {
    if (resource.type === "litellm_model") {
      const model = importTerraformModel(ctx, resource, names, options);
      if (model) {
        models.push(model);
        mapping.push([resource.address, `models/${model.name}.yaml`]);
      }
      continue;
    }
    if (ACCESS_TYPES.has(resource.type) || INTEGRATION_TYPES.has(resource.type)) continue;
    const { line, column } = resource.locate();
    const at = { file: resource.file, line, column, pointer: "" };
    report(diagnose("LG6064", at, "noCounterpart", { address: resource.address, type: resource.type }));
  }
  const access = importAccess(ctx, resources, options);
  const integrations = importIntegrations(ctx, resources, options);
  const objects = [...access.objects, ...integrations.objects];
  mapping.push(...integrations.mapping, ...access.mapping);
  if (models.length === 0 && objects.length === 0 && !diagnostics.some((d) => d.severity === "error")) {
    report(
      diagnose("LG6001", { file: ctx.mainFile, line: 1, column: 1, pointer: "" }, "noTerraformResource", {}),
    );
  }
  if (diagnostics.some((d) => d.severity === "error")) return finish(new Map());

  // The provider talks to a running proxy with its master key; the instance reads it from a Secret.
  const spec: Plain = { masterKeySecretRef: masterKeyRef(ctx, undefined, undefined, undefined) };
  const extraEnvVars = ctx.book.extraEnvVars();
  if (extraEnvVars.length > 0) spec.extraEnvVars = extraEnvVars;
  reportStoreDefault(options, ctx.mainFile, report);
  return finish(planFiles({ options, spec, models, objects, sources: [...texts.keys()] }), mapping);
}
